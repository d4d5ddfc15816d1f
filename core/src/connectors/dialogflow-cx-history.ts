import { z } from 'zod';
import type { Message } from '../schema/handoff-event';
import { parseOrThrow } from '../schema/validation-error';
import { finishMessages, toIsoTime } from './shared';

/**
 * Dialogflow CX Conversation History (v3beta1 `GET .../agents/<a>/conversations/<id>`): the
 * interactions of a conversation, each a customer query and the agent's answer with its time, as the
 * transcript a webhook request lacks. Reference: connectors.md section 4.4.
 */

const interactionSchema = z.looseObject({
  createTime: z.string().optional(),
  requestUtterances: z.string().optional(),
  responseUtterances: z.string().optional(),
  request: z
    .looseObject({
      queryInput: z
        .looseObject({
          text: z.looseObject({ text: z.string().optional() }).optional(),
          transcript: z.string().optional(),
          dtmf: z.looseObject({ digits: z.string().optional() }).optional(),
        })
        .optional(),
    })
    .optional(),
  response: z
    .looseObject({
      queryResult: z
        .looseObject({
          responseMessages: z
            .array(z.looseObject({ text: z.looseObject({ text: z.array(z.string()).optional() }).optional() }))
            .optional(),
        })
        .optional(),
    })
    .optional(),
});

export const dialogflowCxConversationSchema = z.looseObject({
  name: z.string().optional(),
  interactions: z.array(interactionSchema, { message: 'must be the conversation interactions (GetConversation)' }),
});

/** The conversation's messages, oldest first: each interaction's customer words, then the agent's answer. */
export function dialogflowCxHistoryMessages(conversation: unknown): Message[] {
  const c = parseOrThrow(dialogflowCxConversationSchema, conversation);
  const drafts: Array<{ role: Message['role']; text: string; at?: string | undefined; order: number }> = [];
  const sorted = [...c.interactions].sort(
    (a, b) => (Date.parse(a.createTime ?? '') || 0) - (Date.parse(b.createTime ?? '') || 0),
  );
  for (const i of sorted) {
    const at = toIsoTime(i.createTime);
    const q = i.request?.queryInput;
    const said =
      i.requestUtterances ??
      q?.text?.text ??
      q?.transcript ??
      (q?.dtmf?.digits ? `[keypad] ${q.dtmf.digits}` : undefined);
    if (said) drafts.push({ role: 'customer', text: said, at, order: drafts.length });
    const answer =
      i.responseUtterances ??
      (i.response?.queryResult?.responseMessages ?? [])
        .map((m) => m.text?.text?.join(' ') ?? '')
        .filter(Boolean)
        .join(' ');
    if (answer) drafts.push({ role: 'bot', text: answer, at, order: drafts.length });
  }
  return finishMessages(drafts.map(({ role, text, at }) => ({ role, text, at })));
}

/** `projects/p/locations/l/agents/a[/environments/e]/sessions/s` -> `projects/p/locations/l/agents/a/conversations/s`. */
export function conversationNameOf(sessionPath: string): string | undefined {
  const m = /^(projects\/[^/]+\/locations\/[^/]+\/agents\/[^/]+)(?:\/environments\/[^/]+)?\/sessions\/([^/]+)$/.exec(
    sessionPath,
  );
  return m ? `${m[1]}/conversations/${m[2]}` : undefined;
}
