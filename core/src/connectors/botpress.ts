import { z } from 'zod';
import type { Channel, HandoffEventInput, Message } from '../schema/handoff-event';
import { parseOrThrow, ValidationError } from '../schema/validation-error';
import { channelOf, compact, finishMessages, idsFor, isKnownChannel, toIsoTime } from './shared';

/**
 * Botpress Cloud: what Baton's `hitl` integration receives in `startHitl` (the stock HITL plugin
 * calls it with the transcript) and posts to Baton, plus the resolved Botpress user; or a page of the
 * Runtime API's `listMessages` for the pull path. Reference: connectors.md section 3.
 */

export type BotpressConfig = { botName?: string; channelOverride?: Record<string, Channel> };

const optionSchema = z.looseObject({ label: z.string().optional(), value: z.string().optional() });
const cardSchema = z.looseObject({ title: z.string().optional(), subtitle: z.string().optional() });

const payloadSchema = z.looseObject({
  text: z.string().optional(),
  markdown: z.string().optional(),
  title: z.string().optional(),
  imageUrl: z.string().optional(),
  audioUrl: z.string().optional(),
  videoUrl: z.string().optional(),
  fileUrl: z.string().optional(),
  address: z.string().optional(),
  options: z.array(optionSchema).optional(),
  items: z.array(z.unknown()).optional(),
});

const historyItemSchema = z.looseObject({
  source: z.looseObject({
    type: z.enum(['user', 'bot'], { message: 'must be user or bot' }),
    userId: z.string().optional(),
  }),
  type: z.string({ message: 'must name the message type' }),
  payload: payloadSchema,
});

const hitlSessionSchema = z
  .looseObject({
    upstreamConversationId: z.string().min(1).max(150).optional(),
    channel: z.string().optional(),
    locale: z.string().optional(),
    chatbotName: z.string().optional(),
    requestedBy: z.string().optional(),
    intent: z.string().optional(),
    confidence: z.number().optional(),
    startMessageId: z.string().optional(),
    requesterName: z.string().optional(),
    requesterEmail: z.string().optional(),
    tier: z.string().optional(),
  })
  .optional();

export const botpressStartHitlSchema = z.looseObject({
  input: z.looseObject({
    userId: z.string({ message: 'must be the Botpress user id' }).min(1),
    title: z.string().optional(),
    description: z.string().optional(),
    hitlSession: hitlSessionSchema,
    messageHistory: z.array(historyItemSchema, { message: 'must be the messages of the conversation' }),
  }),
  /** The downstream conversation our integration created, when the upstream id is not in hitlSession. */
  conversationId: z.string().optional(),
  user: z
    .looseObject({
      id: z.string().optional(),
      name: z.string().optional(),
      tags: z.record(z.string(), z.string()).optional(),
    })
    .optional(),
});
export type BotpressStartHitl = z.infer<typeof botpressStartHitlSchema>;

type Payload = z.infer<typeof payloadSchema>;

function itemText(type: string, p: Payload): string {
  switch (type) {
    case 'text':
      return p.text ?? '';
    case 'markdown':
      return p.markdown ?? p.text ?? '';
    case 'choice':
    case 'dropdown': {
      const labels = (p.options ?? []).map((o) => o.label ?? o.value).filter(Boolean);
      return [p.text, labels.length ? `[options: ${labels.join(' / ')}]` : ''].filter(Boolean).join(' ');
    }
    case 'card':
      return [p.title, (p as { subtitle?: string }).subtitle].filter(Boolean).join(': ');
    case 'carousel':
      return (p.items ?? [])
        .map((c) => cardSchema.safeParse(c))
        .flatMap((r) => (r.success && r.data.title ? [r.data.title] : []))
        .join(' / ');
    case 'image':
    case 'audio':
    case 'video':
    case 'file':
      return `[${type}] ${p.title ?? ''}`.trim();
    case 'location':
      return `[location] ${p.address ?? p.title ?? ''}`.trim();
    case 'bloc':
      return (p.items ?? [])
        .map((i) => z.looseObject({ type: z.string(), payload: payloadSchema }).safeParse(i))
        .flatMap((r) => (r.success ? [itemText(r.data.type, r.data.payload)] : []))
        .filter(Boolean)
        .join('\n');
    default:
      return p.text ?? '';
  }
}

export function botpressToHandoffEvents(body: unknown, config: BotpressConfig = {}): HandoffEventInput[] {
  const b = parseOrThrow(botpressStartHitlSchema, body);
  const s = b.input.hitlSession ?? {};
  const native = s.upstreamConversationId ?? b.conversationId;
  if (!native) {
    throw new ValidationError([
      {
        path: 'input.hitlSession.upstreamConversationId',
        message: 'is required (or conversationId): the Botpress conversation being handed off',
      },
    ]);
  }
  const messages: Message[] = finishMessages(
    b.input.messageHistory.map((m) => ({
      role: m.source.type === 'user' ? ('customer' as const) : ('bot' as const),
      text: itemText(m.type, m.payload),
    })),
  );
  if (messages.length === 0) return [];
  const tags = b.user?.tags ?? {};
  const requestedBy: 'customer' | 'bot' | 'rule' =
    s.requestedBy === 'customer' || s.requestedBy === 'rule' ? s.requestedBy : 'bot';
  const note = [b.input.title, b.input.description].filter((x) => x && x.trim()).join(': ');
  return [
    compact({
      ...idsFor('botpress', native, s.startMessageId),
      channel: channelOf(s.channel, config.channelOverride),
      locale: s.locale,
      customer: compact({
        id: b.user?.id ?? b.input.userId,
        name: s.requesterName ?? b.user?.name,
        email: s.requesterEmail ?? tags.email,
        tier: s.tier,
        attributes: s.channel && !isKnownChannel(s.channel) ? { sourceChannel: s.channel } : undefined,
      }),
      messages,
      bot: compact({
        name: s.chatbotName ?? config.botName,
        intent: s.intent,
        confidence: s.confidence !== undefined && s.confidence >= 0 && s.confidence <= 1 ? s.confidence : undefined,
      }),
      handoff: compact({
        requestedBy,
        note: note || undefined,
      }),
    }),
  ];
}

/** A Runtime API `listMessages` page (newest first) as messages, oldest first. */
export const botpressMessagesPageSchema = z.looseObject({
  messages: z.array(
    z.looseObject({
      id: z.string(),
      createdAt: z.string().optional(),
      type: z.string(),
      payload: payloadSchema,
      direction: z.enum(['incoming', 'outgoing'], { message: 'must be incoming or outgoing' }),
    }),
  ),
  meta: z.looseObject({ nextToken: z.string().optional() }).optional(),
});

export function botpressPageMessages(page: unknown): { messages: Message[]; nextToken?: string } {
  const p = parseOrThrow(botpressMessagesPageSchema, page);
  const messages = finishMessages(
    p.messages.map((m) => ({
      role: m.direction === 'incoming' ? ('customer' as const) : ('bot' as const),
      text: itemText(m.type, m.payload),
      at: toIsoTime(m.createdAt),
    })),
  );
  return { messages, ...(p.meta?.nextToken ? { nextToken: p.meta.nextToken } : {}) };
}
