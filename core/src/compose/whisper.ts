import type { Attempt, Entities, Intent, ReasonCode, Sentiment } from '../schema/handoff-package';
import { intentPhrase, REASON_PHRASE } from './describe';

const MAX_WORDS = 30;

/** A line for a voice warm transfer: who, what, what failed, mood. At most 30 words. */
export function composeWhisper(w: {
  firstName?: string;
  tier?: string;
  intent: Intent;
  entities: Entities;
  attempted: Attempt[];
  reason: ReasonCode;
  sentiment: Sentiment;
}): string {
  const parts: string[] = [];
  parts.push([w.firstName ?? 'Customer', w.tier].filter(Boolean).join(', '));
  const id = w.entities.orderIds[0]
    ? `order ${w.entities.orderIds[0]}`
    : w.entities.errorCodes[0]
      ? `error ${w.entities.errorCodes[0]}`
      : w.entities.amounts[0]?.text;
  parts.push(`${intentPhrase(w.intent.label)}${id ? ` (${id})` : ''}`);
  const failed = w.attempted.filter((a) => a.outcome === 'failed').length;
  if (w.attempted.length) parts.push(`tried ${w.attempted.length}${failed ? `, ${failed} failed` : ''}`);
  parts.push(REASON_PHRASE[w.reason]);
  if (w.sentiment.label === 'angry' || w.sentiment.label === 'negative') parts.push(w.sentiment.label);
  const words = parts.join('; ').split(/\s+/);
  return (words.length > MAX_WORDS ? words.slice(0, MAX_WORDS) : words).join(' ').replace(/[;,]$/, '') + '.';
}
