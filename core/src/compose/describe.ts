import type { Attempt, Entities, ReasonCode } from '../schema/handoff-package';

/** Short English phrases shared by the texts. */
export const REASON_PHRASE: Record<ReasonCode, string> = {
  customer_requested: 'the customer asked for a person',
  security_risk: 'a possible security issue (account or payment)',
  legal_compliance: 'a legal or compliance matter',
  negative_sentiment: 'the customer is frustrated',
  repeated_failure: 'the bot kept failing or the conversation looped',
  high_value: 'money at stake above the threshold',
  policy_exception: 'the customer asks for an exception to policy',
  vip_customer: 'a VIP customer',
  low_confidence: "the bot wasn't confident it understood",
  out_of_scope: 'the request is outside what the bot can do',
};

export function intentPhrase(label: string): string {
  if (!label || label === 'unknown') return 'an issue';
  const last = label.split(/[./]/).filter(Boolean);
  const words = (last.length > 1 ? last.slice(-2).join(' ') : (last[0] ?? label))
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words;
}

export function listPhrase(items: string[], max = 3): string {
  const xs = items.slice(0, max);
  const more = items.length - xs.length;
  const tail = more > 0 ? ` and ${more} more` : '';
  if (xs.length <= 1) return (xs[0] ?? '') + tail;
  return `${xs.slice(0, -1).join(', ')}${more > 0 ? ', ' : ' and '}${xs[xs.length - 1]}${tail}`;
}

export function attemptPhrase(a: Attempt, times = 1): string {
  const outcome = a.outcome === 'succeeded' ? 'worked' : a.outcome === 'failed' ? 'failed' : 'outcome unknown';
  return `${a.step.replace(/[_]+/g, ' ')} (${outcome}${times === 2 ? ' twice' : times > 2 ? ` ${times} times` : ''})`;
}

/** Each step once, with how many times it was tried with that outcome ("lookup order (failed twice)"). */
export function attemptPhrases(attempts: readonly Attempt[]): string[] {
  const counts = new Map<string, { attempt: Attempt; times: number }>();
  for (const a of attempts) {
    const k = `${a.step}\u0000${a.outcome}`;
    const seen = counts.get(k);
    if (seen) seen.times++;
    else counts.set(k, { attempt: a, times: 1 });
  }
  return [...counts.values()].map(({ attempt, times }) => attemptPhrase(attempt, times));
}

/** The facts worth naming in a sentence: ids, codes, amounts. */
export function keyFacts(e: Entities): string[] {
  const facts: string[] = [];
  for (const id of e.orderIds.slice(0, 2)) facts.push(`order ${id}`);
  for (const id of e.accountIds.slice(0, 1)) facts.push(`account ${id}`);
  for (const a of e.amounts.slice(0, 2)) facts.push(a.text);
  for (const c of e.errorCodes.slice(0, 2)) facts.push(`error ${c}`);
  for (const l of e.cardLast4.slice(0, 1)) facts.push(`card ending ${l}`);
  return facts;
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
