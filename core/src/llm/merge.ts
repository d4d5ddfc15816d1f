import {
  PRIORITIES,
  REASON_CODES,
  type Attempt,
  type HandoffPackage,
  type Priority,
  type ReasonCode,
} from '../schema/handoff-package';
import type { Policy } from '../policy/policy-config';
import type { LlmOutput } from './llm-output-schema';
import { Ground } from './grounding';

export type MergeResult = { pkg: HandoffPackage; dropped: string[] };

const WHISPER_MAX_WORDS = 30;

/**
 * Lays the model's answer over the heuristic package, under the rules:
 * - reason code and priority come from the policy; the model may add a trigger or raise priority only
 *   with evidence quoted from the transcript, and can never remove a trigger or lower priority;
 * - every identifier the model writes must occur in the transcript: an invented entity is dropped, a
 *   text that names one is replaced by the heuristic's text;
 * - the deterministic parts (redaction, entities found by rules, completeness, transcript) stay.
 */
export function mergeLlmOutput(heuristic: HandoffPackage, out: LlmOutput, model: string, policy: Policy): MergeResult {
  const ground = new Ground(heuristic);
  const dropped: string[] = [];

  const text = (field: string, value: string, fallback: string): string => {
    const invented = ground.inventedTokens(value);
    if (invented.length === 0) return value.trim();
    dropped.push(`${field}: ${invented.join(', ')}`);
    return fallback;
  };
  const list = (field: string, values: string[]): string[] =>
    values.filter((v) => {
      const invented = ground.inventedTokens(v);
      if (invented.length > 0) dropped.push(`${field}: ${invented.join(', ')}`);
      return invented.length === 0;
    });

  // Reasons: the rules' triggers stay; the model may add one with evidence.
  const triggers = new Set<ReasonCode>(heuristic.reason.triggers);
  for (const t of out.extraTriggers) {
    if (ground.hasQuote(t.evidence)) triggers.add(t.code);
    else dropped.push(`trigger ${t.code}: evidence not in transcript`);
  }
  const orderedTriggers = REASON_CODES.filter((c) => triggers.has(c));
  if (orderedTriggers.length > 1) {
    // out_of_scope means "nothing else fired"; once the model adds a grounded trigger it no longer holds alone.
    const i = orderedTriggers.indexOf('out_of_scope');
    if (i >= 0 && !heuristic.reason.triggers.some((c) => c !== 'out_of_scope')) orderedTriggers.splice(i, 1);
  }

  // Priority: never below the policy's; a grounded added trigger raises it as the policy maps that reason.
  let priority: Priority = heuristic.priority;
  for (const code of orderedTriggers) {
    if (!heuristic.reason.triggers.includes(code) && rank(policy.priorityByReason[code]) > rank(priority))
      priority = policy.priorityByReason[code];
  }
  if (out.priorityRaise && rank(out.priorityRaise.priority) > rank(priority)) {
    if (ground.hasQuote(out.priorityRaise.evidence)) priority = out.priorityRaise.priority;
    else dropped.push(`priority ${out.priorityRaise.priority}: evidence not in transcript`);
  }

  const entities = structuredClone(heuristic.entities);
  const addIds = (kind: 'orderIds' | 'accountIds' | 'emails' | 'errorCodes', values: string[]) => {
    for (const v of values) {
      if (!ground.hasId(v)) dropped.push(`entities.${kind}: ${v}`);
      else if (!entities[kind].some((e) => e.toLowerCase() === v.toLowerCase())) entities[kind].push(v);
    }
  };
  addIds('orderIds', out.entities.orderIds);
  addIds('accountIds', out.entities.accountIds);
  addIds('emails', out.entities.emails);
  addIds('errorCodes', out.entities.errorCodes);
  for (const a of out.entities.amounts) {
    if (!ground.hasAmount(a)) dropped.push(`entities.amounts: ${a.text || a.value}`);
    else if (!entities.amounts.some((e) => e.value === a.value && e.currency === a.currency)) entities.amounts.push(a);
  }

  const attempted: Attempt[] = [...heuristic.attempted];
  const seen = new Set(attempted.map((a) => normalise(a.step)));
  for (const a of out.attempted) {
    if (ground.inventedTokens(a.step).length > 0) {
      dropped.push(`attempted: ${a.step}`);
      continue;
    }
    if (seen.has(normalise(a.step))) continue;
    seen.add(normalise(a.step));
    attempted.push({ step: a.step, outcome: a.outcome, source: 'transcript' });
  }

  const whisperWords = out.whisper.trim().split(/\s+/);
  const whisper = whisperWords.length <= WHISPER_MAX_WORDS ? out.whisper : heuristic.whisper;
  if (whisper !== out.whisper) dropped.push('whisper: over 30 words');

  const nextSteps = list('nextSteps', out.nextSteps);
  const customerProvided = list('customerProvided', out.customerProvided);

  const pkg: HandoffPackage = {
    ...heuristic,
    reason: {
      code: orderedTriggers[0] ?? heuristic.reason.code,
      triggers: orderedTriggers,
      detail:
        orderedTriggers[0] === heuristic.reason.code
          ? heuristic.reason.detail
          : (addedDetail(out, orderedTriggers[0]) ?? heuristic.reason.detail),
    },
    priority,
    intent: out.intent,
    sentiment: out.sentiment,
    summary: text('summary', out.summary, heuristic.summary),
    entities,
    attempted,
    customerProvided: customerProvided.length > 0 ? customerProvided : heuristic.customerProvided,
    nextSteps: nextSteps.length > 0 ? nextSteps : heuristic.nextSteps,
    suggestedGreeting: text('suggestedGreeting', out.suggestedGreeting, heuristic.suggestedGreeting),
    customerMessage: text('customerMessage', out.customerMessage, heuristic.customerMessage),
    whisper: text('whisper', whisper, heuristic.whisper),
    summarizer: `llm:${model}`,
  };
  return { pkg, dropped };
}

function addedDetail(out: LlmOutput, code: ReasonCode | undefined): string | undefined {
  const t = out.extraTriggers.find((x) => x.code === code);
  return t ? `Customer said: "${t.evidence}"` : undefined;
}

function rank(p: Priority): number {
  return PRIORITIES.indexOf(p);
}

function normalise(step: string): string {
  return step
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
