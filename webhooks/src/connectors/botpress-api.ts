import { botpressPageMessages } from '@baton/core/connectors';
import type { Message } from '@baton/core';
import { requestJson } from './platform-http';

/** Botpress Runtime API `GET /v1/chat/messages` (newest first, `nextToken` pages back), bearer token and `x-bot-id`. */
export type BotpressApi = { listMessages(conversationId: string, nextToken?: string): Promise<unknown> };

export function createBotpressApi(options: { baseUrl: string; token: string; botId: string }): BotpressApi {
  return {
    listMessages(conversationId, nextToken) {
      const q = new URLSearchParams({ conversationId });
      if (nextToken) q.set('nextToken', nextToken);
      return requestJson('Botpress', `${options.baseUrl}/v1/chat/messages?${q}`, {
        headers: { authorization: `Bearer ${options.token}`, 'x-bot-id': options.botId },
      });
    },
  };
}

/** The whole conversation, following `nextToken` back, up to `max` messages, oldest first. */
export async function fetchBotpressHistory(api: BotpressApi, conversationId: string, max = 2000): Promise<Message[]> {
  const pages: Message[][] = [];
  let count = 0;
  let token: string | undefined;
  do {
    const page = botpressPageMessages(await api.listMessages(conversationId, token));
    pages.unshift(page.messages);
    count += page.messages.length;
    token = page.nextToken;
  } while (token && count < max);
  return pages.flat().slice(-max);
}
