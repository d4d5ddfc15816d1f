import { z } from 'zod';
import type { Channel, HandoffEventInput, Message } from '../schema/handoff-event';
import { parseOrThrow } from '../schema/validation-error';
import { channelOf, compact, parseAt, finishMessages, idsFor, isKnownChannel, toIsoTime } from './shared';

/**
 * Zendesk Sunshine Conversations v2: batched webhook events in, one HandoffEvent per escalation.
 * A `switchboard:passControl` to the agent side (or an `offerControl` to it) is a handoff; the
 * transcript comes from List Messages (fetched by the service) or, failing that, from the
 * `conversation:message` events of the same batch. Reference: connectors.md section 1.
 */

export type SunshineConfig = {
  /** Bot name when the pass's metadata has no `baton.botName` (the event does not say who passed). */
  botName?: string;
  /** Switchboard integrations that are "a person": ids, names or integration types. Default: Agent Workspace. */
  agentIntegrations?: string[];
  /** Baton's own switchboard integration (id or name): a pass *to Baton* means "summarise, then pass to agents". */
  batonIntegration?: string;
  /** The bot's Sunshine integration id: its messages show `api:conversations`, like any API client's. */
  botIntegrationIds?: string[];
  channelOverride?: Record<string, Channel>;
};

const flat = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));

const switchboardRef = z.looseObject({
  id: z.string().optional(),
  name: z.string().optional(),
  integrationId: z.string().optional(),
  integrationType: z.string().optional(),
});

const profileSchema = z.looseObject({
  givenName: z.string().optional(),
  surname: z.string().optional(),
  email: z.string().optional(),
  locale: z.string().optional(),
});

const userSchema = z.looseObject({
  id: z.string().optional(),
  externalId: z.string().optional(),
  zendeskId: z.union([z.string(), z.number()]).optional(),
  profile: profileSchema.optional(),
  identities: z.array(z.looseObject({ type: z.string(), value: z.string() })).optional(),
  metadata: flat.optional(),
});

export const sunshineMessageSchema = z.looseObject({
  id: z.string({ message: 'must be the message id' }),
  received: z.string().optional(),
  author: z.looseObject({
    type: z.string({ message: 'must be user or business' }),
    subtypes: z.array(z.string()).optional(),
    userId: z.string().optional(),
    displayName: z.string().optional(),
    user: userSchema.optional(),
  }),
  content: z.looseObject({
    type: z.string(),
    text: z.string().optional(),
    textFallback: z.string().optional(),
    altText: z.string().optional(),
    mediaUrl: z.string().optional(),
  }),
  source: z
    .looseObject({
      type: z.string().optional(),
      integrationId: z.string().optional(),
      client: z
        .looseObject({
          type: z.string().optional(),
          externalId: z.string().optional(),
          displayName: z.string().optional(),
        })
        .optional(),
    })
    .optional(),
  activity: z.looseObject({ type: z.string().optional() }).optional(),
  deleted: z.boolean().optional(),
});
export type SunshineMessage = z.infer<typeof sunshineMessageSchema>;

const conversationSchema = z.looseObject({
  id: z.string({ message: 'must be the conversation id' }).min(1).max(100),
  activeSwitchboardIntegration: switchboardRef.optional(),
  pendingSwitchboardIntegration: switchboardRef.optional(),
  metadata: flat.optional(),
});

const eventSchema = z.looseObject({
  id: z.string({ message: 'must be the event id (Sunshine dedupes on it)' }).min(1).max(100),
  type: z.string({ message: 'must name the trigger' }),
  createdAt: z.string().optional(),
  payload: z.unknown().optional(),
});

export const sunshineWebhookSchema = z.looseObject({
  app: z.looseObject({ id: z.string({ message: 'must be the Sunshine app id' }) }),
  events: z.array(eventSchema, { message: 'must be the array of webhook events' }).max(1000),
});

const switchboardPayload = z.looseObject({
  conversation: conversationSchema,
  metadata: flat.optional().nullable(),
  reason: z.string().optional(),
});
const messagePayload = z.looseObject({ conversation: conversationSchema, message: z.unknown() });

/** One escalation found in a webhook batch. */
export type SunshineTrigger = {
  appId: string;
  eventId: string;
  conversationId: string;
  at?: string | undefined;
  /** `agents`: control went to people; `baton`: control came to Baton, which passes it on with the package. */
  target: 'agents' | 'baton';
  metadata: Record<string, string | number | boolean | null>;
};

const AGENT_WORKSPACE = 'zd:agentWorkspace';

function matches(ref: z.infer<typeof switchboardRef> | undefined, names: string[]): boolean {
  if (!ref) return false;
  return names.some((n) => n === ref.id || n === ref.name || n === ref.integrationId || n === ref.integrationType);
}

/**
 * The escalations of a webhook batch, once per event id within the batch. Passes Zendesk makes
 * itself (`reason: ticketClosed | transferToEmail`) and failures are not handoffs; unknown event
 * types are ignored (Sunshine adds triggers over time).
 */
export function sunshineTriggers(body: unknown, config: SunshineConfig = {}): SunshineTrigger[] {
  const hook = parseOrThrow(sunshineWebhookSchema, body);
  const agents = config.agentIntegrations ?? [AGENT_WORKSPACE];
  const seen = new Set<string>();
  const out: SunshineTrigger[] = [];
  hook.events.forEach((event, i) => {
    if (seen.has(event.id)) return;
    seen.add(event.id);
    if (event.type !== 'switchboard:passControl' && event.type !== 'switchboard:offerControl') return;
    const p = parseAt(switchboardPayload, event.payload ?? {}, `events.${i}.payload`);
    if (p.reason) return; // ticketClosed / transferToEmail: Zendesk moving the conversation, not a bot giving up
    const to =
      event.type === 'switchboard:passControl'
        ? p.conversation.activeSwitchboardIntegration
        : p.conversation.pendingSwitchboardIntegration;
    const target =
      config.batonIntegration && matches(to, [config.batonIntegration])
        ? 'baton'
        : matches(to, agents)
          ? 'agents'
          : undefined;
    if (!target) return;
    out.push({
      appId: hook.app.id,
      eventId: event.id,
      conversationId: p.conversation.id,
      at: toIsoTime(event.createdAt),
      target,
      metadata: { ...(p.metadata ?? {}) },
    });
  });
  return out;
}

/** The `conversation:message` events of a batch, per conversation (the transcript when none is fetched). */
export function sunshineBatchMessages(body: unknown): Map<string, SunshineMessage[]> {
  const hook = parseOrThrow(sunshineWebhookSchema, body);
  const out = new Map<string, SunshineMessage[]>();
  for (const event of hook.events) {
    if (event.type !== 'conversation:message') continue;
    const p = messagePayload.safeParse(event.payload);
    if (!p.success) continue;
    const m = sunshineMessageSchema.safeParse(p.data.message);
    if (!m.success) continue;
    const list = out.get(p.data.conversation.id) ?? [];
    if (!list.some((x) => x.id === m.data.id)) list.push(m.data);
    out.set(p.data.conversation.id, list);
  }
  return out;
}

function roleOf(m: SunshineMessage, config: SunshineConfig): Message['role'] {
  if (m.author.type === 'user') return 'customer';
  const subtypes = m.author.subtypes ?? [];
  if (subtypes.includes('activity') || m.activity) return 'system';
  if (subtypes.includes('agent') || m.source?.type === AGENT_WORKSPACE) return 'agent';
  if (m.source?.integrationId && config.botIntegrationIds?.includes(m.source.integrationId)) return 'bot';
  return 'bot';
}

function hostOf(url: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\/([^/?#@]+@)?([^/?#:]+)/i.exec(url)?.[2] ?? '';
}

/** Plain text first, then the form's fallback, then a placeholder naming the content (never a signed media URL). */
export function sunshineText(m: SunshineMessage): string {
  const c = m.content;
  if (m.activity?.type) return `[${m.activity.type}]`;
  if (c.text?.trim()) return c.text;
  if (c.textFallback?.trim()) return c.textFallback;
  if (c.altText?.trim()) return `[${c.type}] ${c.altText}`;
  if (c.mediaUrl) return `[${c.type} from ${hostOf(c.mediaUrl)}]`;
  return c.type === 'text' ? '' : `[${c.type}]`;
}

/** Messages from the window's start (the pass's `first_message_id`) onward, oldest first. */
export function windowFrom(messages: SunshineMessage[], firstMessageId?: string): SunshineMessage[] {
  const sorted = [...messages].sort(
    (a, b) => (Date.parse(a.received ?? '') || 0) - (Date.parse(b.received ?? '') || 0),
  );
  if (!firstMessageId) return sorted;
  const i = sorted.findIndex((m) => m.id === firstMessageId);
  return i >= 0 ? sorted.slice(i) : sorted;
}

const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : undefined;

/** The HandoffEvent of one trigger and its conversation's messages. */
export function sunshineToHandoffEvent(
  trigger: SunshineTrigger,
  messages: SunshineMessage[],
  config: SunshineConfig = {},
  /** Webhook messages of the same batch: they carry the full user (includeFullUser) that List Messages lacks. */
  identity: SunshineMessage[] = [],
): HandoffEventInput | undefined {
  const md = trigger.metadata;
  const window = windowFrom(
    messages.filter((m) => !m.deleted),
    str(md.first_message_id),
  );
  const mapped = finishMessages(
    window.map((m) => ({ role: roleOf(m, config), text: sunshineText(m), at: toIsoTime(m.received) })),
  );
  if (mapped.length === 0) return undefined;
  const users = [...identity, ...window].filter((m) => m.author.type === 'user');
  const lastUser = users[users.length - 1];
  const user = [...users].reverse().find((m) => m.author.user)?.author.user;
  const profile = user?.profile;
  const displayName = [...users].reverse().find((m) => m.author.displayName)?.author.displayName;
  const client = [...users].reverse().find((m) => m.source?.client)?.source?.client;
  const fullName = [profile?.givenName, profile?.surname].filter(Boolean).join(' ') || undefined;
  const email =
    profile?.email ??
    user?.identities?.find((i) => i.type === 'email')?.value ??
    str(md['dataCapture.systemField.requester.email']);
  const phone =
    client?.externalId && ['twilio', 'whatsapp', 'messagebird'].includes(client.type ?? '')
      ? client.externalId
      : undefined;
  const nativeChannel = lastUser?.source?.type;
  const attributes: Record<string, unknown> = compact({
    suncoUserId: user?.id ?? lastUser?.author.userId,
    zendeskId: user?.zendeskId,
    sourceChannel: nativeChannel && !isKnownChannel(nativeChannel) ? nativeChannel : undefined,
    ...(user?.metadata ?? {}),
  });
  const confidence = Number(md['baton.confidence']);
  const asked = str(md['baton.requestedBy']);
  const requestedBy: 'customer' | 'bot' | 'rule' = asked === 'customer' || asked === 'rule' ? asked : 'bot';
  return compact({
    ...idsFor('sunshine', trigger.conversationId, trigger.eventId),
    channel: channelOf(nativeChannel, config.channelOverride),
    locale: profile?.locale ?? str(md['baton.locale']),
    customer: compact({
      id: user?.externalId ?? user?.id ?? lastUser?.author.userId,
      name: fullName ?? displayName ?? client?.displayName ?? str(md['dataCapture.systemField.requester.name']),
      email,
      phone,
      tier: str(md['baton.customerTier']),
      attributes: Object.keys(attributes).length ? attributes : undefined,
    }),
    messages: mapped,
    bot: compact({
      name: str(md['baton.botName']) ?? config.botName,
      intent: str(md['baton.intent']),
      confidence: md['baton.confidence'] !== undefined && confidence >= 0 && confidence <= 1 ? confidence : undefined,
    }),
    handoff: compact({
      requestedBy,
      note: str(md['baton.note']),
    }),
  });
}

/**
 * `(webhook batch, config, fetched history?) -> HandoffEvent[]`: each escalation of the batch with
 * its conversation's transcript, fetched (List Messages) when given, else the batch's own messages.
 */
export function sunshineToHandoffEvents(
  body: unknown,
  config: SunshineConfig = {},
  fetched: Record<string, SunshineMessage[]> = {},
): HandoffEventInput[] {
  const batch = sunshineBatchMessages(body);
  return sunshineTriggers(body, config).flatMap((t) => {
    const own = batch.get(t.conversationId) ?? [];
    const event = sunshineToHandoffEvent(t, fetched[t.conversationId] ?? own, config, own);
    return event ? [event] : [];
  });
}

/** A List Messages page (`GET /v2/apps/{appId}/conversations/{id}/messages`), validated. */
export const sunshineMessagesPageSchema = z.looseObject({
  messages: z.array(z.unknown()),
  meta: z.looseObject({ hasMore: z.boolean().optional(), beforeCursor: z.string().optional() }).optional(),
});

/** Keeps the messages of a page that parse; an unknown content shape is skipped, not fatal. */
export function sunshinePageMessages(page: unknown): {
  messages: SunshineMessage[];
  hasMore: boolean;
  beforeCursor?: string;
} {
  const p = parseOrThrow(sunshineMessagesPageSchema, page);
  const messages = p.messages.flatMap((m) => {
    const r = sunshineMessageSchema.safeParse(m);
    return r.success ? [r.data] : [];
  });
  return {
    messages,
    hasMore: p.meta?.hasMore === true,
    ...(p.meta?.beforeCursor ? { beforeCursor: p.meta.beforeCursor } : {}),
  };
}

/** True when a page reaches the start of the handoff's window (its first message, or the previous conversation's end). */
export function pageReachesWindowStart(messages: SunshineMessage[], firstMessageId?: string): boolean {
  if (firstMessageId && messages.some((m) => m.id === firstMessageId)) return true;
  return messages.some((m) => m.activity?.type === 'conversation:endedByUser' || m.activity?.type === 'ticket:closed');
}
