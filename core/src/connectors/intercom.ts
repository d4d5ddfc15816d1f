import { z } from 'zod';
import type { Channel, HandoffEventInput, Message } from '../schema/handoff-event';
import { parseOrThrow } from '../schema/validation-error';
import { channelOf, compact, finishMessages, htmlToText, idsFor, toIsoTime } from './shared';

/**
 * Intercom: a helpdesk webhook notification whose item is a conversation. An assignment after Fin
 * escalated (`ai_agent.resolution_state = escalated`) is a handoff; the source message and the
 * conversation parts (HTML) are the transcript. Reference: connectors.md section 6.1.
 */

export type IntercomConfig = {
  botName?: string;
  /** Topics that can mean a handoff (default `conversation.admin.assigned`). */
  escalationTopics?: string[];
  /** Only conversations Fin escalated (default true); false: any assignment on those topics. */
  requireFinEscalated?: boolean;
  channelOverride?: Record<string, Channel>;
};

const INTERCOM_CHANNELS: Record<string, Channel> = {
  conversation: 'chat',
  email: 'email',
  phone_call: 'voice',
  phone_switch: 'voice',
  sms: 'sms',
  facebook: 'messaging',
  instagram: 'messaging',
  twitter: 'messaging',
  whatsapp: 'messaging',
  push: 'chat',
};

const authorSchema = z.looseObject({
  type: z.string().optional(),
  id: z.union([z.string(), z.number()]).optional(),
  name: z.string().nullish(),
  email: z.string().nullish(),
  from_ai_agent: z.boolean().optional(),
  is_ai_answer: z.boolean().optional(),
});

const partSchema = z.looseObject({
  part_type: z.string().optional(),
  body: z.string().nullish(),
  created_at: z.number().optional(),
  author: authorSchema.optional(),
});

export const intercomNotificationSchema = z.looseObject({
  topic: z.string({ message: 'must be the webhook topic' }),
  id: z.string().optional(),
  created_at: z.number().optional(),
  data: z.looseObject({
    item: z.looseObject({
      type: z.string().optional(),
      id: z.union([z.string(), z.number()], { message: 'must be the conversation id' }).transform(String),
      created_at: z.number().optional(),
      ai_agent_participated: z.boolean().nullish(),
      ai_agent: z.looseObject({ resolution_state: z.string().nullish() }).nullish(),
      custom_attributes: z.record(z.string(), z.unknown()).nullish(),
      contacts: z
        .looseObject({
          contacts: z.array(z.looseObject({ id: z.string().optional(), external_id: z.string().nullish() })),
        })
        .nullish(),
      source: z
        .looseObject({
          type: z.string().optional(),
          body: z.string().nullish(),
          author: authorSchema.optional(),
        })
        .nullish(),
      conversation_parts: z.looseObject({ conversation_parts: z.array(partSchema) }).nullish(),
    }),
  }),
});

type Author = z.infer<typeof authorSchema>;

function roleOf(a: Author | undefined): Message['role'] {
  const t = a?.type;
  if (t === 'user' || t === 'lead' || t === 'contact') return 'customer';
  if (t === 'bot' || a?.from_ai_agent || a?.is_ai_answer) return 'bot';
  if (t === 'admin' || t === 'team') return 'agent';
  return 'system';
}

export function intercomToHandoffEvents(payload: unknown, config: IntercomConfig = {}): HandoffEventInput[] {
  const n = parseOrThrow(intercomNotificationSchema, payload);
  const topics = config.escalationTopics ?? ['conversation.admin.assigned'];
  if (!topics.includes(n.topic)) return [];
  const c = n.data.item;
  const escalated = c.ai_agent_participated === true && c.ai_agent?.resolution_state === 'escalated';
  if ((config.requireFinEscalated ?? true) && !escalated) return [];

  const drafts: Array<{ role: Message['role']; text: string; at?: string | undefined }> = [];
  if (c.source?.body)
    drafts.push({ role: roleOf(c.source.author), text: htmlToText(c.source.body), at: toIsoTime(c.created_at, 's') });
  for (const p of c.conversation_parts?.conversation_parts ?? []) {
    if (!p.body || p.part_type === 'note') continue; // internal notes are not part of the conversation
    drafts.push({ role: roleOf(p.author), text: htmlToText(p.body), at: toIsoTime(p.created_at, 's') });
  }
  const messages = finishMessages(drafts);
  if (messages.length === 0) return [];

  const customerAuthor =
    c.source?.author && roleOf(c.source.author) === 'customer'
      ? c.source.author
      : c.conversation_parts?.conversation_parts.find((p) => roleOf(p.author) === 'customer')?.author;
  const contact = c.contacts?.contacts[0];
  const attributes: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(c.custom_attributes ?? {}))
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') attributes[k] = v;
  if (contact?.id) attributes.intercomContactId = contact.id;
  const nativeChannel = c.source?.type;
  if (nativeChannel && !(nativeChannel in INTERCOM_CHANNELS)) attributes.sourceChannel = nativeChannel;
  const botName =
    config.botName ?? c.conversation_parts?.conversation_parts.find((p) => roleOf(p.author) === 'bot')?.author?.name;
  const marker = n.created_at !== undefined ? toIsoTime(n.created_at, 's') : n.id;
  return [
    compact({
      ...idsFor('intercom', c.id, marker),
      channel:
        config.channelOverride?.[nativeChannel ?? ''] ??
        INTERCOM_CHANNELS[nativeChannel ?? ''] ??
        channelOf(nativeChannel, config.channelOverride),
      customer: compact({
        id:
          contact?.external_id ??
          contact?.id ??
          (customerAuthor?.id !== undefined ? String(customerAuthor.id) : undefined),
        name: customerAuthor?.name ?? undefined,
        email: customerAuthor?.email ?? undefined,
        attributes: Object.keys(attributes).length ? attributes : undefined,
      }),
      messages,
      bot: compact({ name: botName ?? undefined }),
      handoff: compact({
        requestedBy: 'bot' as const,
        note: escalated ? 'Fin escalated the conversation' : undefined,
      }),
    }),
  ];
}
