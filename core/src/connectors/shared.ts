import { decodeHTML } from 'entities';
import type { z } from 'zod';
import { ValidationError, toFieldIssues } from '../schema/validation-error';
import type { Channel, HandoffEventInput, Message } from '../schema/handoff-event';
import { DEFAULT_LIMITS } from '../schema/limits';

/**
 * Rules every connector shares (reference: shared/reference/connectors.md section 7): channels,
 * timestamps, text extraction, the handoff key, and the limits a mapped event keeps to.
 */

export type Platform = 'sunshine' | 'rasa' | 'botpress' | 'dialogflow-cx' | 'botframework' | 'intercom';

const CHANNELS: Record<string, Channel> = {
  // chat
  web: 'chat',
  ios: 'chat',
  android: 'chat',
  unity: 'chat',
  sdk: 'chat',
  rest: 'chat',
  socketio: 'chat',
  callback: 'chat',
  webexteams: 'chat',
  rocketchat: 'chat',
  webchat: 'chat',
  directline: 'chat',
  msteams: 'chat',
  emulator: 'chat',
  // messaging apps
  whatsapp: 'messaging',
  messenger: 'messaging',
  facebook: 'messaging',
  instagram: 'messaging',
  telegram: 'messaging',
  line: 'messaging',
  viber: 'messaging',
  wechat: 'messaging',
  twitter: 'messaging',
  apple: 'messaging',
  gbm: 'messaging',
  kakao: 'messaging',
  slack: 'messaging',
  slackconnect: 'messaging',
  kik: 'messaging',
  groupme: 'messaging',
  // sms
  twilio: 'sms',
  messagebird: 'sms',
  googlercs: 'sms',
  sms: 'sms',
  // email
  mailgun: 'email',
  email: 'email',
  // voice
  telephony: 'voice',
  twilio_voice: 'voice',
  audiocodes: 'voice',
  voice: 'voice',
  phone: 'voice',
};

/**
 * The contract's channel for a platform's native channel name; unknown names read as chat and the
 * caller keeps the native value (`customer.attributes.sourceChannel`). `override` maps native names
 * per install (e.g. `twilio` carrying WhatsApp).
 */
export function channelOf(native: string | undefined, override: Record<string, Channel> = {}): Channel {
  if (!native) return 'chat';
  const key = native.trim().toLowerCase();
  return override[key] ?? CHANNELS[key] ?? 'chat';
}

/** True when the native channel name is one the table knows (else it is kept as `sourceChannel`). */
export function isKnownChannel(native: string | undefined): boolean {
  return !!native && native.trim().toLowerCase() in CHANNELS;
}

/**
 * Any platform timestamp as ISO-8601 UTC with milliseconds: unix seconds (Rasa's floats, Intercom's
 * integers), unix milliseconds, or an ISO string with an offset or 7 fractional digits (Bot
 * Framework). Returns undefined for what is not a time.
 */
export function toIsoTime(value: unknown, unit: 'auto' | 's' | 'ms' = 'auto'): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value <= 0) return undefined;
    const ms = unit === 's' ? value * 1000 : unit === 'ms' ? value : value < 1e11 ? value * 1000 : value;
    const d = new Date(Math.round(ms));
    return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
  }
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  if (/^\d+(\.\d+)?$/.test(s)) return toIsoTime(Number(s), unit);
  // Trim fractional seconds beyond milliseconds (2020-02-10T21:51:30.680319+00:00): Date parses 3 digits.
  const trimmed = s.replace(/(\.\d{3})\d+/, '$1');
  const t = Date.parse(trimmed);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

const BLOCK_END = /<\s*(?:br\s*\/?|\/\s*(?:p|div|li|h[1-6]|tr|blockquote|pre))\s*>/gi;
const TAG = /<\/?[a-zA-Z][^<>]{0,2000}>|<!--[^]{0,2000}?-->/g;

/** Intercom and Fin bodies are HTML: tags stripped, entities decoded, line breaks kept. */
export function htmlToText(html: string): string {
  const text = decodeHTML(html.replace(BLOCK_END, '\n').replace(TAG, ''));
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Keeps a message within the contract's limit of characters. */
export function clampText(text: string, max: number = DEFAULT_LIMITS.maxMessageChars): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

type Draft = { role: Message['role']; text: string; at?: string | undefined };

/**
 * Messages in time order (stable on ties; undated ones keep their place), empty ones dropped, each
 * text clamped, and only the most recent `maxMessages` kept.
 */
export function finishMessages(drafts: Draft[], maxMessages: number = DEFAULT_LIMITS.maxMessages): Message[] {
  const kept = drafts.map((m, i) => ({ ...m, text: m.text.trim(), i })).filter((m) => m.text.length > 0);
  const allDated = kept.every((m) => m.at);
  if (allDated) kept.sort((a, b) => Date.parse(a.at!) - Date.parse(b.at!) || a.i - b.i);
  return kept.slice(-maxMessages).map(({ role, text, at }) => ({ role, text: clampText(text), ...(at ? { at } : {}) }));
}

/** `<platform>:<native id>` and the handoff key `<platform>:<native id>:<marker>` (reference 7.1). */
export function idsFor(
  platform: Platform,
  nativeId: string,
  marker?: string,
): Pick<HandoffEventInput, 'conversationId' | 'handoffKey'> {
  const conversationId = `${platform}:${nativeId}`.slice(0, 200);
  return marker ? { conversationId, handoffKey: `${conversationId}:${marker}`.slice(0, 200) } : { conversationId };
}

/** Drops undefined values so a mapped event holds only what the platform knew. */
export function compact<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Like parseOrThrow, with every issue's path under `prefix` (e.g. `events.2.payload`). */
export function parseAt<S extends z.ZodType>(schema: S, value: unknown, prefix: string): z.infer<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  throw new ValidationError(
    toFieldIssues(r.error).map((i) => ({ path: i.path ? `${prefix}.${i.path}` : prefix, message: i.message })),
    { cause: r.error },
  );
}
