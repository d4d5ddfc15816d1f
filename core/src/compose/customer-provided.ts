import type { Turn } from '../detect/conversation-view';
import type { Entities } from '../schema/handoff-package';

const FACT =
  /\d|@|\b(?:my\s+name|i\s+(?:already|have|tried|bought|ordered|paid|use|am\s+using|live|moved)|i've|since|yesterday|last\s+(?:week|month)|error|says|shows|declined|charged|received|never\s+(?:got|received|arrived))\b/i;
const MAX = 8;

/**
 * The facts the customer already gave, so nobody asks again: their identifiers (order, account,
 * email, phone, card ending), then their own sentences that carry a fact (a number, a date, an
 * error, what they did), shortened.
 */
export function collectCustomerProvided(customerTurns: Turn[], customerEntities: Entities): string[] {
  const out: string[] = [];
  const push = (s: string) => {
    if (s && !out.some((x) => x.toLowerCase() === s.toLowerCase())) out.push(s);
  };
  for (const id of customerEntities.orderIds) push(`order ${id}`);
  for (const id of customerEntities.accountIds) push(`account ${id}`);
  for (const e of customerEntities.emails) push(`email ${e}`);
  for (const p of customerEntities.phones) push(`phone ${p}`);
  for (const l of customerEntities.cardLast4) push(`card ending ${l}`);
  for (const a of customerEntities.amounts) push(`amount ${a.text}`);
  for (const c of customerEntities.errorCodes) push(`error ${c}`);
  for (const turn of customerTurns) {
    if (out.length >= MAX + 6) break;
    for (const sentence of turn.text.split(/(?<=[.!?])\s+|\n+/)) {
      const s = sentence.trim();
      if (s.length < 8 || !FACT.test(s) || /\[redacted|\[card/.test(s)) continue;
      push(s.length > 160 ? `${s.slice(0, 157)}…` : s);
      if (out.length >= MAX + 6) break;
    }
  }
  return out.slice(0, MAX + 6);
}
