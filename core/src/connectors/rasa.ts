import { z } from 'zod';
import type { BotAction, Channel, HandoffEventInput } from '../schema/handoff-event';
import { parseOrThrow, ValidationError } from '../schema/validation-error';
import { channelOf, compact, finishMessages, idsFor, isKnownChannel, toIsoTime } from './shared';

/**
 * Rasa (Open Source 3.x, Pro): a tracker (`GET /conversations/{id}/tracker`, or pushed by a custom
 * action) or the action server's request envelope wrapping one, to a HandoffEvent. Reference:
 * shared/reference/connectors.md section 2.
 */

export type RasaConfig = {
  /** Bot name for the package (Rasa has none). */
  botName?: string;
  /** Slot -> customer field; other slots named in `attributeSlots` land in customer.attributes. */
  slotMap?: Partial<Record<'id' | 'name' | 'email' | 'phone' | 'tier' | 'locale' | 'note', string>>;
  attributeSlots?: string[];
  handoffActions?: string[];
  handoffIntents?: string[];
  fallbackActions?: string[];
  channelOverride?: Record<string, Channel>;
};

export const RASA_DEFAULTS = {
  slotMap: { email: 'email', name: 'name', phone: 'phone', tier: 'tier', locale: 'language', note: 'handoff_reason' },
  handoffActions: ['action_handoff', 'action_human_handoff', 'action_handoff_to_human', 'action_escalate'],
  handoffIntents: ['human_handoff', 'request_human', 'talk_to_human', 'agent', 'handoff'],
  fallbackActions: ['action_default_fallback', 'action_two_stage_fallback', 'nlu_fallback'],
} as const;

const eventSchema = z.looseObject({
  event: z.string({ message: 'must be a string naming the event type' }),
  timestamp: z.number().optional().nullable(),
  text: z.string().optional().nullable(),
  name: z.string().optional().nullable(),
  value: z.unknown().optional(),
  input_channel: z.string().optional().nullable(),
  parse_data: z
    .looseObject({
      intent: z
        .looseObject({ name: z.string().nullable().optional(), confidence: z.number().nullable().optional() })
        .nullish(),
    })
    .nullish(),
  data: z
    .looseObject({
      buttons: z.array(z.looseObject({ title: z.string().optional() })).nullish(),
      quick_replies: z.array(z.looseObject({ title: z.string().optional() })).nullish(),
      image: z.string().nullish(),
      attachment: z.unknown().optional(),
    })
    .nullish(),
});

export const rasaTrackerSchema = z.looseObject({
  sender_id: z.string().min(1, 'must be the Rasa conversation id').max(150).optional(),
  conversation_id: z.string().min(1).max(150).optional(),
  slots: z.record(z.string(), z.unknown()).nullish(),
  latest_message: z
    .looseObject({
      intent: z.looseObject({ name: z.string().nullish(), confidence: z.number().nullish() }).nullish(),
    })
    .nullish(),
  paused: z.boolean().optional(),
  events: z.array(eventSchema, { message: 'must be the list of tracker events (include_events=APPLIED or ALL)' }),
  latest_input_channel: z.string().nullish(),
});
export type RasaTracker = z.infer<typeof rasaTrackerSchema>;

const envelopeSchema = z.looseObject({ next_action: z.string().optional(), tracker: z.unknown() });

type RasaEvent = z.infer<typeof eventSchema>;

/** Replays `rewind` (drop back to before the last user turn) and `undo` (drop the last action), as Rasa does. */
function applied(events: RasaEvent[]): RasaEvent[] {
  const out: RasaEvent[] = [];
  for (const e of events) {
    if (e.event === 'rewind') {
      const i = out.map((x) => x.event).lastIndexOf('user');
      if (i >= 0) out.length = i;
    } else if (e.event === 'undo') {
      const i = out.map((x) => x.event).lastIndexOf('action');
      if (i >= 0) out.splice(i, 1);
    } else if (e.event === 'restart') out.length = 0;
    else out.push(e);
  }
  return out;
}

function botText(e: RasaEvent): string {
  if (e.text) return e.text;
  const titles = [...(e.data?.buttons ?? []), ...(e.data?.quick_replies ?? [])].map((b) => b.title).filter(Boolean);
  if (titles.length) return `[options: ${titles.join(' / ')}]`;
  if (e.data?.image) return '[image]';
  if (e.data?.attachment) return '[attachment]';
  return '';
}

/** A button payload (`/intent{...}`) or an external trigger is not something the customer typed. */
function userText(e: RasaEvent): string {
  const t = e.text ?? '';
  if (t.startsWith('EXTERNAL:')) return '';
  if (t.startsWith('/')) return '';
  return t;
}

const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : undefined;

/**
 * The HandoffEvent of a Rasa tracker, or none when the tracker shows no handoff (no pause, no
 * handoff action, no handoff intent) and `force` is not set (the push path: the custom action that
 * posts it *is* the handoff).
 */
export function rasaToHandoffEvents(
  payload: unknown,
  config: RasaConfig = {},
  options: { force?: boolean } = {},
): HandoffEventInput[] {
  const wrapped = envelopeSchema.safeParse(payload);
  const raw =
    wrapped.success && wrapped.data.tracker && typeof wrapped.data.tracker === 'object'
      ? wrapped.data.tracker
      : payload;
  const tracker = parseOrThrow(rasaTrackerSchema, raw);
  const senderId = tracker.sender_id ?? tracker.conversation_id;
  if (!senderId) throw new ValidationError([{ path: 'sender_id', message: 'is required (the Rasa conversation id)' }]);
  const slotMap = { ...RASA_DEFAULTS.slotMap, ...config.slotMap };
  const handoffActions = new Set(config.handoffActions ?? RASA_DEFAULTS.handoffActions);
  const handoffIntents = new Set(config.handoffIntents ?? RASA_DEFAULTS.handoffIntents);
  const fallbackActions = new Set(config.fallbackActions ?? RASA_DEFAULTS.fallbackActions);

  // The handoff belongs to the current session: events since the last session_started.
  const all = applied(tracker.events);
  const sessionStart = all.map((e) => e.event).lastIndexOf('session_started');
  const events = sessionStart >= 0 ? all.slice(sessionStart) : all;
  const marker =
    sessionStart >= 0
      ? all[sessionStart]!.timestamp
      : (events.find((e) => e.event === 'pause')?.timestamp ?? events[0]?.timestamp);

  const drafts: Array<{ role: 'customer' | 'bot' | 'agent'; text: string; at?: string | undefined }> = [];
  const actions: BotAction[] = [];
  let lastIntent: { name?: string | null; confidence?: number | null } | undefined;
  let paused = tracker.paused === true;
  let handoffAction = false;
  let fallback = false;
  let channel: string | undefined = tracker.latest_input_channel ?? undefined;
  for (const e of events) {
    const at = toIsoTime(e.timestamp ?? undefined, 's');
    switch (e.event) {
      case 'user':
        drafts.push({ role: 'customer', text: userText(e), at });
        if (e.parse_data?.intent) lastIntent = e.parse_data.intent;
        if (e.input_channel) channel = e.input_channel;
        break;
      case 'bot':
        drafts.push({ role: 'bot', text: botText(e), at });
        break;
      case 'agent':
        drafts.push({ role: 'agent', text: e.text ?? '', at });
        break;
      case 'pause':
        paused = true;
        break;
      case 'action': {
        const name = e.name ?? '';
        if (!name || name === 'action_listen' || name === 'action_session_start' || name === 'action_restart') break;
        if (name.startsWith('utter_')) break;
        if (handoffActions.has(name)) handoffAction = true;
        const failed = fallbackActions.has(name);
        if (failed) fallback = true;
        actions.push({ name, status: failed ? 'failed' : 'succeeded', ...(at ? { at } : {}) });
        break;
      }
      case 'action_execution_rejected':
        if (e.name) actions.push({ name: e.name, status: 'failed', ...(at ? { at } : {}) });
        break;
      case 'flow_started':
        if ((e as { flow_id?: string }).flow_id === 'pattern_human_handoff') handoffAction = true;
        break;
      default:
        break;
    }
  }
  const intent = tracker.latest_message?.intent?.name ? tracker.latest_message.intent : lastIntent;
  const intentName = intent?.name ?? undefined;
  const customerAsked = !!intentName && handoffIntents.has(intentName);
  if (intentName === 'nlu_fallback') fallback = true;
  if (!options.force && !paused && !handoffAction && !customerAsked) return [];

  const messages = finishMessages(drafts);
  if (messages.length === 0) return [];
  const slots = tracker.slots ?? {};
  const slot = (key: keyof typeof slotMap) => {
    const name = slotMap[key];
    return name ? str(slots[name]) : undefined;
  };
  const attributes: Record<string, unknown> = {};
  const mapped = new Set(Object.values(slotMap));
  for (const [k, v] of Object.entries(slots)) {
    if (v === null || v === undefined || mapped.has(k) || k === 'requested_slot' || k.startsWith('session_')) continue;
    if (config.attributeSlots && !config.attributeSlots.includes(k)) continue;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') attributes[k] = v;
  }
  if (channel && !isKnownChannel(channel)) attributes.sourceChannel = channel;
  const note = slot('note');
  const markerIso = toIsoTime(marker ?? undefined, 's');
  return [
    compact({
      ...idsFor('rasa', senderId, markerIso),
      channel: channelOf(channel, config.channelOverride),
      locale: slot('locale'),
      customer: compact({
        id: slot('id') ?? senderId,
        name: slot('name'),
        email: slot('email'),
        phone: slot('phone'),
        tier: slot('tier'),
        attributes: Object.keys(attributes).length ? attributes : undefined,
      }),
      messages,
      bot: compact({
        name: config.botName,
        intent: intentName,
        confidence:
          typeof intent?.confidence === 'number' && intent.confidence >= 0 && intent.confidence <= 1
            ? intent.confidence
            : undefined,
        actions: actions.length ? actions.slice(-500) : undefined,
      }),
      handoff: compact({
        requestedBy: customerAsked ? ('customer' as const) : ('bot' as const),
        note:
          note ?? (fallback && !customerAsked ? 'The bot fell back: it did not understand the customer' : undefined),
      }),
    }),
  ];
}
