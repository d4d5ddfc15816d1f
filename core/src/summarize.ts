import { handoffEventSchema, handoffKeyOf, type HandoffEvent } from './schema/handoff-event';
import { emptyEntities, type HandoffPackage, type ReasonCode } from './schema/handoff-package';
import { DEFAULT_POLICY, type Policy } from './policy/policy-config';
import { parseOrThrow } from './schema/validation-error';

/**
 * The heuristic summarizer: deterministic, no network. Validates the event, redacts it, runs every
 * detector and composes the package. Throws only ValidationError (bad input).
 *
 * SKELETON: the detectors are being filled in under src/detect, src/compose and src/redact.ts.
 */
export function summarize(input: unknown, policy: Policy = DEFAULT_POLICY): HandoffPackage {
  const event: HandoffEvent = parseOrThrow(handoffEventSchema, input);
  const code: ReasonCode = 'out_of_scope';
  return {
    conversationId: event.conversationId,
    handoffKey: handoffKeyOf(event),
    channel: event.channel,
    reason: { code, triggers: [code], detail: 'The bot handed off.' },
    priority: policy.priorityByReason[code],
    intent: { label: event.bot?.intent ?? 'unknown', confidence: event.bot?.confidence ?? 0 },
    sentiment: { label: 'neutral', score: 0, trend: 'steady' },
    summary: '',
    customer: event.customer ?? {},
    entities: emptyEntities(),
    attempted: (event.bot?.actions ?? []).map((a) => ({
      step: a.name,
      outcome: a.status === 'pending' ? 'unknown' : a.status,
      source: 'bot_action' as const,
    })),
    customerProvided: [],
    nextSteps: [],
    suggestedGreeting: '',
    customerMessage: "I'm connecting you with a person who will see everything we discussed.",
    whisper: '',
    completeness: { score: 0, missing: [] },
    redactions: 0,
    transcript: event.messages,
    summarizer: 'heuristic',
    version: 1,
  };
}
