import {
  pageReachesWindowStart,
  sunshinePageMessages,
  type FlatMetadata,
  type SunshineMessage,
} from '@baton/core/connectors';
import { requestJson } from './platform-http';

/** The Sunshine Conversations API calls Baton makes: List Messages (paged backwards) and passControl. */
export type SunshineApi = {
  listMessages(appId: string, conversationId: string, before?: string): Promise<unknown>;
  passControl(
    appId: string,
    conversationId: string,
    body: { switchboardIntegration: string; metadata: FlatMetadata },
  ): Promise<void>;
};

export function createSunshineApi(options: { baseUrl: string; keyId: string; keySecret: string }): SunshineApi {
  const auth = `Basic ${Buffer.from(`${options.keyId}:${options.keySecret}`).toString('base64')}`;
  const base = (appId: string, conversationId: string) =>
    `${options.baseUrl}/v2/apps/${encodeURIComponent(appId)}/conversations/${encodeURIComponent(conversationId)}`;
  return {
    listMessages: (appId, conversationId, before) =>
      requestJson(
        'Sunshine Conversations',
        `${base(appId, conversationId)}/messages${before ? `?page%5Bbefore%5D=${encodeURIComponent(before)}` : ''}`,
        { headers: { authorization: auth } },
      ),
    async passControl(appId, conversationId, body) {
      await requestJson('Sunshine Conversations', `${base(appId, conversationId)}/passControl`, {
        method: 'POST',
        headers: { authorization: auth },
        body,
      });
    },
  };
}

/**
 * The conversation's messages back to the start of the handoff's window: the default (latest) page,
 * then `page[before]` while there is more and the window's start is not yet reached, up to `max`.
 */
export async function fetchSunshineHistory(
  api: SunshineApi,
  appId: string,
  conversationId: string,
  firstMessageId?: string,
  max = 2000,
): Promise<SunshineMessage[]> {
  const pages: SunshineMessage[][] = [];
  let count = 0;
  let before: string | undefined;
  for (;;) {
    const page = sunshinePageMessages(await api.listMessages(appId, conversationId, before));
    pages.unshift(page.messages);
    count += page.messages.length;
    if (!page.hasMore || !page.beforeCursor || count >= max) break;
    if (pageReachesWindowStart(page.messages, firstMessageId)) break;
    before = page.beforeCursor;
  }
  return pages.flat().slice(-max);
}
