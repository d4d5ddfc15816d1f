import { handoffEventSchema, handoffEventSchemaWith, handoffKeyOf, type HandoffEvent } from './schema/handoff-event';
import { DEFAULT_LIMITS, type Limits } from './schema/limits';
import type { Entities, HandoffPackage } from './schema/handoff-package';
import { DEFAULT_POLICY, type Policy } from './policy/policy-config';
import { scorePriority } from './policy/priority';
import { parseOrThrow } from './schema/validation-error';
import { parseEventFast } from './schema/fast-parse';
import { redactEvent } from './redact';
import { extractEntities } from './detect/entities';
import { detectAttempts } from './detect/attempts';
import { viewConversation } from './detect/conversation-view';
import { readSentiment } from './detect/sentiment';
import { detectReasons } from './detect/detect-reasons';
import { detectIntent } from './detect/intent';
import { detectLanguage } from './detect/language';
import { countWords, digitsOf } from './detect/text-scan';
import { findCustomerName, firstName } from './detect/customer-name';
import { composeSummary } from './compose/summary';
import { botFinding } from './compose/bot-finding';
import { composeNextSteps } from './compose/next-steps';
import { composeGreeting } from './compose/greeting';
import { composeCustomerMessage } from './compose/customer-message';
import { composeWhisper } from './compose/whisper';
import { scoreCompleteness } from './compose/completeness';
import { collectCustomerProvided } from './compose/customer-provided';
import { requestQuote, statesTheProblem } from './compose/request-quote';

/**
 * Whether an entity value occurs in the customer's own words (what the customer already told us).
 * Asked lazily, in the order the package lists them, and only until enough are found: each answer
 * reads the customer's text, so asking for every entity of a long transcript would be quadratic.
 */
function saidBy(text: string): (kind: keyof Entities, value: string) => boolean {
  const lower = text.toLowerCase();
  let digits: string | undefined; // the text's digits, only when a phone-like value needs them
  return (kind, value) =>
    kind === 'amounts' || kind === 'cardLast4'
      ? lower.includes(value.toLowerCase())
      : lower.includes(value.toLowerCase()) ||
        (/^\+?\d{7,}$/.test(value) && (digits ??= digitsOf(text)).includes(digitsOf(value).slice(-7)));
}

const schemas = new WeakMap<Limits, ReturnType<typeof handoffEventSchemaWith>>();
function schemaFor(limits: Limits) {
  if (limits === DEFAULT_LIMITS) return handoffEventSchema;
  let schema = schemas.get(limits);
  if (!schema) schemas.set(limits, (schema = handoffEventSchemaWith(limits)));
  return schema;
}

/**
 * The heuristic summarizer: deterministic, no network. Validates the event, redacts it, runs every
 * detector on the redacted text and composes the package. Throws only ValidationError (bad input).
 * Nothing in the transcript can change the policy: it is data to the detectors, never configuration.
 */
export function summarize(
  input: unknown,
  policy: Policy = DEFAULT_POLICY,
  limits: Limits = DEFAULT_LIMITS,
): HandoffPackage {
  return summarizeWithRedactedEvent(input, policy, limits).package;
}

/**
 * `summarize`, also handing back the redacted event the package was made from (what
 * `redactEvent(event).event` returns for the parsed input): a caller that stores the redacted event
 * next to the package (the service's intake) does not redact the transcript a second time.
 * Same validation, errors and package as `summarize`.
 */
export function summarizeWithRedactedEvent(
  input: unknown,
  policy: Policy = DEFAULT_POLICY,
  limits: Limits = DEFAULT_LIMITS,
): { package: HandoffPackage; event: HandoffEvent } {
  // Well-formed events take a fast path with zod's result; anything else is zod's to parse or reject.
  const parsed: HandoffEvent = parseEventFast(input, limits) ?? parseOrThrow(schemaFor(limits), input);
  const { event, redactions, cardLast4 } = redactEvent(parsed);
  return { package: packageOf(event, redactions, cardLast4, policy), event };
}

/** Reasons whose evidence is something the customer told us, kept in `customerProvided`. */
const FACT_REASONS = new Set(['security_risk', 'legal_compliance', 'high_value', 'policy_exception']);

function packageOf(event: HandoffEvent, redactions: number, cardLast4: string[], policy: Policy): HandoffPackage {
  const view = viewConversation(event);
  const language = detectLanguage(view.customer, event.locale);
  const entities = extractEntities(event, language);
  for (const last4 of cardLast4) if (!entities.cardLast4.includes(last4)) entities.cardLast4.push(last4);
  const attempted = detectAttempts(event, view.turns);
  const sentiment = readSentiment(view.customer);
  const reasons = detectReasons({ event, view, entities, sentiment, policy, attempted });
  const triggers = reasons.map((r) => r.code);
  const primary = reasons[0]!;
  const priority = scorePriority(triggers, sentiment.label, policy);
  const intent = detectIntent(event, view.customer, policy);
  const name = findCustomerName(event);
  const customer = { ...(event.customer ?? {}), ...(name && !event.customer?.name ? { name } : {}) };

  const customerText = view.customer.map((t) => t.text).join(' ');
  const completeness = scoreCompleteness({
    name,
    email: customer.email,
    phone: customer.phone,
    customerId: customer.id,
    entities,
    intent,
    customerWords: countWords(customerText),
    attemptedCount: attempted.length,
    reasonIsSpecific: primary.code !== 'out_of_scope' || triggers.length > 1 || !!event.handoff?.note,
  });
  const firstRequest = (
    view.customer.find((t) => countWords(t.text) >= 3 && statesTheProblem(t.text)) ??
    view.customer.find((t) => countWords(t.text) >= 3)
  )?.text;
  const { angryEvidence: _evidence, ...sentimentOut } = sentiment;

  return {
    conversationId: event.conversationId,
    handoffKey: handoffKeyOf(event),
    channel: event.channel,
    reason: { code: primary.code, triggers, detail: primary.detail },
    priority,
    intent,
    sentiment: sentimentOut,
    summary: composeSummary({
      name,
      tier: customer.tier,
      intent,
      firstRequest: firstRequest ? requestQuote(firstRequest) : undefined,
      entities,
      attempted,
      reasons,
      sentiment,
      botName: event.bot?.name,
      botFound: botFinding(view.bot),
    }),
    customer,
    entities,
    attempted,
    customerProvided: collectCustomerProvided(
      view.customer,
      entities,
      saidBy(customerText),
      // a bare request for a person or a cry of frustration is no fact; a threat, a contested charge or a request is
      reasons.flatMap((r) => (r.evidence && FACT_REASONS.has(r.code) ? [r.evidence] : [])),
    ),
    nextSteps: composeNextSteps(
      triggers,
      intent,
      entities,
      attempted,
      completeness.missing.filter((m) => m !== 'what was tried' && m !== 'handoff reason'),
    ),
    suggestedGreeting: composeGreeting({
      firstName: firstName(name),
      intent,
      entities,
      attempted,
      reason: primary.code,
      language,
    }),
    customerMessage: composeCustomerMessage(primary.code, priority, language),
    whisper: composeWhisper({
      firstName: firstName(name),
      tier: customer.tier,
      intent,
      entities,
      attempted,
      reason: primary.code,
      sentiment,
    }),
    completeness,
    redactions,
    transcript: event.messages,
    summarizer: 'heuristic',
    version: 1,
  };
}
