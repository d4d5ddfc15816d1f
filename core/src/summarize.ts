import { handoffEventSchema, handoffKeyOf, type HandoffEvent } from './schema/handoff-event';
import { type HandoffPackage, type ReasonCode } from './schema/handoff-package';
import { DEFAULT_POLICY, type Policy } from './policy/policy-config';
import { parseOrThrow } from './schema/validation-error';
import { redactEvent } from './redact';
import { extractEntities } from './detect/entities';
import { detectAttempts } from './detect/attempts';

/**
 * The heuristic summarizer: deterministic, no network. Validates the event, redacts it, runs every
 * detector and composes the package. Throws only ValidationError (bad input).
 *
 * SKELETON: the detectors are being filled in under src/detect, src/compose and src/redact.ts.
 */
export function summarize(input: unknown, policy: Policy = DEFAULT_POLICY): HandoffPackage {
  const parsed: HandoffEvent = parseOrThrow(handoffEventSchema, input);
  const { event, redactions, cardLast4 } = redactEvent(parsed);
  const entities = extractEntities(event);
  for (const last4 of cardLast4) if (!entities.cardLast4.includes(last4)) entities.cardLast4.push(last4);
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
    entities,
    attempted: detectAttempts(event),
    customerProvided: [],
    nextSteps: [],
    suggestedGreeting: '',
    customerMessage: "I'm connecting you with a person who will see everything we discussed.",
    whisper: '',
    completeness: { score: 0, missing: [] },
    redactions,
    transcript: event.messages,
    summarizer: 'heuristic',
    version: 1,
  };
}
