import { z } from 'zod';
import type { Channel, HandoffEventInput, Message } from '../schema/handoff-event';
import { parseOrThrow } from '../schema/validation-error';
import { channelOf, compact, finishMessages, idsFor, isKnownChannel, toIsoTime } from './shared';

/**
 * Microsoft Bot Framework and Copilot Studio: the `handoff.initiate` event activity (EventFactory's
 * createHandoffInitiation, or Copilot Studio's Transfer conversation node over Direct Line) with its
 * `Transcript` attachment, to a HandoffEvent. Reference: connectors.md section 5.
 */

export type BotFrameworkConfig = { botName?: string; channelOverride?: Record<string, Channel> };

const account = z.looseObject({ id: z.string().optional(), name: z.string().optional(), role: z.string().optional() });

const activitySchema = z.looseObject({
  type: z.string().optional(),
  id: z.string().optional(),
  timestamp: z.string().optional(),
  localTimestamp: z.string().optional(),
  locale: z.string().optional(),
  from: account.optional(),
  text: z.string().optional(),
  attachments: z.array(z.looseObject({ contentType: z.string().optional(), name: z.string().optional() })).optional(),
  channelData: z.unknown().optional(),
});
type Activity = z.infer<typeof activitySchema>;

export const botFrameworkHandoffSchema = z.looseObject({
  type: z.string({ message: 'must be the activity type (event)' }),
  name: z.string().optional(),
  id: z.string().optional(),
  timestamp: z.string().optional(),
  channelId: z.string().optional(),
  conversation: z.looseObject({
    id: z.string({ message: 'must be the Bot Framework conversation id' }).min(1).max(150),
  }),
  from: account.optional(),
  recipient: account.optional(),
  relatesTo: z.looseObject({ user: account.optional(), bot: account.optional() }).optional(),
  value: z.record(z.string(), z.unknown()).nullish(),
  attachments: z
    .array(z.looseObject({ contentType: z.string().optional(), name: z.string().optional(), content: z.unknown() }))
    .optional(),
});

const transcriptShapes = z.union([
  z.looseObject({ activities: z.array(z.unknown()) }).transform((t) => t.activities),
  z.looseObject({ transcript: z.array(z.unknown()) }).transform((t) => t.transcript),
  z.array(z.unknown()),
]);

/** The transcript attachment: named Transcript (any case) or any content holding activities, in all three shapes. */
function transcriptOf(attachments: Array<{ name?: string | undefined; content?: unknown }> = []): unknown[] {
  const named = attachments.find((a) => a.name?.toLowerCase() === 'transcript');
  for (const a of named ? [named] : attachments) {
    const r = transcriptShapes.safeParse(a.content);
    if (r.success) return r.data;
  }
  return [];
}

/** Light markdown to text: what an agent reads in a note, not markup. */
function plain(text: string, format?: unknown): string {
  if (format === 'xml') return text.replace(/<[^<>]{0,500}>/g, '');
  return text.replace(/\*\*([^*]+)\*\*/g, '$1').replace(/__([^_]+)__/g, '$1');
}

const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : undefined;

/** `en-us`, `En-US` -> `en-US`. */
function bcp47(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  const [lang, ...rest] = tag.split(/[-_]/);
  return [lang!.toLowerCase(), ...rest.map((p) => (p.length === 2 ? p.toUpperCase() : p))].join('-');
}

function rankedScore(channelData: unknown): number | undefined {
  const d = channelData as
    { ConversationUnderstandingDetail?: { RankedIntents?: Array<{ Score?: unknown }> } } | undefined;
  const s = d?.ConversationUnderstandingDetail?.RankedIntents?.[0]?.Score;
  return typeof s === 'number' && s >= 0 && s <= 1 ? s : undefined;
}

export function botFrameworkToHandoffEvents(payload: unknown, config: BotFrameworkConfig = {}): HandoffEventInput[] {
  const a = parseOrThrow(botFrameworkHandoffSchema, payload);
  if (a.type !== 'event' || a.name !== 'handoff.initiate') return [];
  const value = a.value ?? {};
  const userId = a.relatesTo?.user?.id ?? (a.from?.role !== 'bot' ? a.from?.id : undefined);
  const botId = a.relatesTo?.bot?.id ?? (a.from?.role === 'bot' ? a.from.id : a.recipient?.id);
  const activities = transcriptOf(a.attachments)
    .map((x) => activitySchema.safeParse(x))
    .flatMap((r) => (r.success ? [r.data] : []))
    .filter((x) => (x.type ?? 'message') === 'message');
  const roleOf = (x: Activity): Message['role'] => {
    const role = x.from?.role;
    if (role === 'user') return 'customer';
    if (role === 'bot' || role === 'skill') return 'bot';
    if (x.from?.id && x.from.id === botId) return 'bot';
    if (x.from?.id && x.from.id === userId) return 'customer';
    return 'customer';
  };
  const messages = finishMessages(
    activities.map((x) => ({
      role: roleOf(x),
      text: plain(x.text ?? '', (x as { textFormat?: unknown }).textFormat),
      at: toIsoTime(x.timestamp ?? x.localTimestamp),
    })),
  );
  if (messages.length === 0) {
    const phrase = str(value.va_LastPhrases) ?? str(value.va_LastPhrase);
    if (!phrase) return [];
    messages.push({ role: 'customer', text: phrase });
  }
  const userLocale = [...activities].reverse().find((x) => roleOf(x) === 'customer' && x.locale)?.locale;
  const lastBot = [...activities].reverse().find((x) => roleOf(x) === 'bot' && x.channelData);
  const user = a.relatesTo?.user ?? activities.find((x) => roleOf(x) === 'customer')?.from;
  const confidence =
    typeof value.confidence === 'number' && value.confidence >= 0 && value.confidence <= 1
      ? value.confidence
      : rankedScore(lastBot?.channelData);
  const attributes: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (k.startsWith('va_') || ['intent', 'confidence', 'note', 'requestedBy'].includes(k)) continue;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') attributes[k] = v;
  }
  if (a.channelId && !isKnownChannel(a.channelId)) attributes.sourceChannel = a.channelId;
  const topic = str(value.va_LastTopic);
  const asked = str(value.requestedBy);
  const requestedBy: 'customer' | 'bot' | 'rule' =
    asked === 'customer' || asked === 'rule' || asked === 'bot'
      ? asked
      : topic && /escalat/i.test(topic)
        ? 'customer'
        : 'bot';
  return [
    compact({
      ...idsFor('botframework', a.conversation.id, a.id),
      channel: channelOf(a.channelId, config.channelOverride),
      locale: bcp47(str(value.va_Language) ?? userLocale),
      customer: compact({
        id: user?.id,
        name: user?.name,
        attributes: Object.keys(attributes).length ? attributes : undefined,
      }),
      messages,
      bot: compact({
        name: a.relatesTo?.bot?.name ?? str(value.va_BotName) ?? config.botName,
        intent: str(value.intent) ?? topic,
        confidence,
      }),
      handoff: compact({
        requestedBy,
        note: str(value.va_AgentMessage) ?? str(value.note),
      }),
    }),
  ];
}
