import type { Attempt, Entities, Intent, Sentiment } from '../schema/handoff-package';
import type { ReasonFinding } from '../detect/detect-reasons';
import { intentTopic } from './intent-topic';
import { attemptPhrases, capitalise, keyFacts, listPhrase, REASON_PHRASE } from './describe';

export type SummaryInput = {
  name?: string;
  tier?: string;
  intent: Intent;
  firstRequest?: string;
  entities: Entities;
  attempted: Attempt[];
  reasons: ReasonFinding[];
  sentiment: Sentiment;
  botName?: string;
  /** What the bot looked up and found (`botFinding`). */
  botFound?: string;
};

/** 2-4 sentences: who, what, what was tried, where it stands. */
export function composeSummary(s: SummaryInput): string {
  const who = s.name
    ? `${s.name}${s.tier ? ` (${s.tier})` : ''}`
    : s.tier
      ? `${/^[aeiou]/i.test(s.tier) ? 'An' : 'A'} ${s.tier} customer`
      : 'The customer';
  const facts = keyFacts(s.entities);
  const about =
    s.intent.label === 'unknown' || s.intent.label === 'contact.human_agent'
      ? 'their issue'
      : intentTopic(s.intent.label, 'en').replace(/\byour\b/g, 'their');
  const request = s.firstRequest ? `: "${s.firstRequest}"` : '';
  const sentences = [
    `${who} contacted ${s.botName ?? 'the bot'} about ${about}${facts.length ? ` (${listPhrase(facts, 4)})` : ''}${request}.`,
  ];
  if (s.attempted.length > 0) {
    const failed = s.attempted.filter((a) => a.outcome === 'failed');
    sentences.push(
      `Already tried: ${listPhrase(attemptPhrases(s.attempted), 4)}${failed.length ? `; ${failed.length} failed` : ''}.`,
    );
  } else if (!s.botFound) {
    sentences.push('Nothing was tried yet.');
  }
  if (s.botFound) sentences.push(`The bot found: "${s.botFound.replace(/[.!]$/, '')}".`);
  const primary = s.reasons[0];
  if (primary) {
    const others = s.reasons.slice(1).map((r) => REASON_PHRASE[r.code]);
    sentences.push(
      `Handed off because ${REASON_PHRASE[primary.code].startsWith('the ') ? '' : 'of '}${REASON_PHRASE[primary.code]}${others.length ? `; also ${listPhrase(others, 3)}` : ''}.`,
    );
  }
  // four sentences at most: the customer's mood is in the package's sentiment when the bot's finding takes the place
  if (
    sentences.length < 4 &&
    (s.sentiment.label === 'angry' || s.sentiment.label === 'negative' || s.sentiment.trend !== 'steady')
  ) {
    sentences.push(
      capitalise(
        `the customer is ${s.sentiment.label}${s.sentiment.trend !== 'steady' ? ` and ${s.sentiment.trend}` : ''}.`,
      ),
    );
  }
  return sentences.slice(0, 4).join(' ');
}
