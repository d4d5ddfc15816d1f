import { z } from 'zod';
import type { BotAction, Channel, HandoffEventInput, Message } from '../schema/handoff-event';
import { parseOrThrow } from '../schema/validation-error';
import { channelOf, compact, finishMessages, idsFor } from './shared';

/**
 * Dialogflow CX: the `WebhookRequest` of a fulfillment tagged for handoff, to a HandoffEvent. A
 * request describes one turn (no transcript, no timestamps); the session parameters, the intent and
 * its confidence, the phone gateway's caller id and the live-agent-handoff metadata fill the rest.
 * Reference: connectors.md section 4.
 */

export type DialogflowCxConfig = {
  botName?: string;
  /** Fulfillment tags that mean "hand off" (default `baton-handoff`). */
  handoffTags?: string[];
  /** Intents (display names) that mean the customer asked for a person. */
  handoffIntents?: string[];
  /** Session parameter -> customer field. */
  parameterMap?: Partial<Record<'id' | 'name' | 'email' | 'phone' | 'tier', string>>;
  channelOverride?: Record<string, Channel>;
};

export const DIALOGFLOW_DEFAULTS = {
  handoffTags: ['baton-handoff'],
  handoffIntents: ['escalate.live_agent', 'live_agent', 'human_handoff', 'talk_to_agent', 'speak_to_human'],
  parameterMap: { id: 'account_id', name: 'given-name', email: 'email', phone: 'phone', tier: 'tier' },
} as const;

const HUMAN_ESCALATION_EVENT = 'flow-failed-human-escalation';

const responseMessageSchema = z.looseObject({
  text: z.looseObject({ text: z.array(z.string()).optional() }).optional(),
  outputAudioText: z.looseObject({ text: z.string().optional(), ssml: z.string().optional() }).optional(),
  liveAgentHandoff: z.looseObject({ metadata: z.record(z.string(), z.unknown()).optional() }).optional(),
});

export const dialogflowCxRequestSchema = z.looseObject({
  detectIntentResponseId: z.string().optional(),
  text: z.string().optional(),
  transcript: z.string().optional(),
  triggerIntent: z.string().optional(),
  triggerEvent: z.string().optional(),
  dtmfDigits: z.string().optional(),
  languageCode: z.string().optional(),
  fulfillmentInfo: z.looseObject({ tag: z.string().optional() }).optional(),
  intentInfo: z
    .looseObject({
      displayName: z.string().optional(),
      confidence: z.number().optional(),
    })
    .optional(),
  pageInfo: z
    .looseObject({
      displayName: z.string().optional(),
      formInfo: z
        .looseObject({
          parameterInfo: z
            .array(z.looseObject({ displayName: z.string().optional(), state: z.string().optional() }))
            .optional(),
        })
        .optional(),
    })
    .optional(),
  sessionInfo: z.looseObject({
    session: z
      .string({ message: 'is required: the session path (projects/.../sessions/<id>)' })
      .regex(/\/sessions\/[^/]+$/, 'must end with /sessions/<session id>'),
    parameters: z.record(z.string(), z.unknown()).optional(),
  }),
  messages: z.array(responseMessageSchema).optional(),
  payload: z.record(z.string(), z.unknown()).optional(),
  sentimentAnalysisResult: z.looseObject({ score: z.number().optional(), magnitude: z.number().optional() }).optional(),
});
export type DialogflowCxRequest = z.infer<typeof dialogflowCxRequestSchema>;

const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : undefined;

/** The HandoffEvent of a handoff turn; none when the fulfillment is not tagged for handoff and nothing else says so. */
export function dialogflowCxToHandoffEvents(
  payload: unknown,
  config: DialogflowCxConfig = {},
  /** The conversation so far, from Conversation History, when the service could fetch it. */
  history: Message[] = [],
): HandoffEventInput[] {
  const r = parseOrThrow(dialogflowCxRequestSchema, payload);
  const tags = new Set(config.handoffTags ?? DIALOGFLOW_DEFAULTS.handoffTags);
  const intents = new Set(config.handoffIntents ?? DIALOGFLOW_DEFAULTS.handoffIntents);
  const handoffMessage = r.messages?.find((m) => m.liveAgentHandoff)?.liveAgentHandoff;
  const tagged = !!r.fulfillmentInfo?.tag && tags.has(r.fulfillmentInfo.tag);
  const escalationEvent = r.triggerEvent === HUMAN_ESCALATION_EVENT;
  if (!tagged && !handoffMessage && !escalationEvent) return [];

  const sessionId = r.sessionInfo.session.split('/').pop()!;
  const telephony = r.payload?.telephony as { caller_id?: unknown } | undefined;
  const voice = !!telephony || r.transcript !== undefined || r.dtmfDigits !== undefined;
  const said = r.text ?? r.transcript ?? (r.dtmfDigits !== undefined ? `[keypad] ${r.dtmfDigits}` : undefined);
  const drafts: Array<{ role: Message['role']; text: string }> = [];
  if (said) drafts.push({ role: 'customer', text: said });
  for (const m of r.messages ?? []) {
    const text = m.text?.text?.join(' ') ?? m.outputAudioText?.text;
    if (text) drafts.push({ role: 'bot', text });
  }
  // The history ends before this turn (it is logged once answered); if it already holds it, not twice.
  const holdsTurn = !!said && history.filter((m) => m.role === 'customer').at(-1)?.text === said;
  const messages = finishMessages([...history, ...(holdsTurn ? [] : drafts)]);
  if (messages.length === 0) return [];

  const params = r.sessionInfo.parameters ?? {};
  const map = { ...DIALOGFLOW_DEFAULTS.parameterMap, ...config.parameterMap };
  const mapped = new Set(Object.values(map));
  const param = (k: keyof typeof map) => str(params[map[k]]);
  const attributes: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) {
    if (mapped.has(k) || v === null) continue;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') attributes[k] = v;
  }
  if (r.sentimentAnalysisResult) attributes.dialogflowSentiment = r.sentimentAnalysisResult;

  const meta = handoffMessage?.metadata ?? {};
  const metaBy = str(meta.requestedBy);
  const intentName = r.intentInfo?.displayName;
  const requestedBy: 'customer' | 'bot' | 'rule' =
    metaBy === 'customer' || metaBy === 'bot' || metaBy === 'rule'
      ? metaBy
      : escalationEvent || (intentName && intents.has(intentName))
        ? 'customer'
        : 'bot';
  const actions: BotAction[] = (r.pageInfo?.formInfo?.parameterInfo ?? [])
    .filter((p) => p.state === 'INVALID' && p.displayName)
    .map((p) => ({ name: `collect ${p.displayName}`, status: 'failed' as const }));
  const confidence = r.intentInfo?.confidence;
  return [
    compact({
      ...idsFor('dialogflow-cx', sessionId),
      channel: voice ? ('voice' as const) : channelOf(str(r.payload?.channel), config.channelOverride),
      locale: r.languageCode,
      customer: compact({
        id: param('id'),
        name: param('name'),
        email: param('email'),
        phone: str(telephony?.caller_id) ?? param('phone'),
        tier: param('tier'),
        attributes: Object.keys(attributes).length ? attributes : undefined,
      }),
      messages,
      bot: compact({
        name: config.botName,
        intent: intentName,
        confidence: confidence !== undefined && confidence >= 0 && confidence <= 1 ? confidence : undefined,
        actions: actions.length ? actions : undefined,
      }),
      handoff: compact({ requestedBy, note: str(meta.note) ?? r.fulfillmentInfo?.tag }),
    }),
  ];
}

/** What Dialogflow CX waits for: the customer message to say, and the handoff id as a session parameter. */
export function dialogflowCxWebhookResponse(customerMessage: string, handoffId: string) {
  return {
    fulfillmentResponse: { messages: [{ text: { text: [customerMessage] } }], mergeBehavior: 'APPEND' },
    sessionInfo: { parameters: { baton_handoff_id: handoffId } },
  };
}
