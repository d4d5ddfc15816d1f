import type { Turn } from './conversation-view';
import { gated, gatedTest } from './literal-gate';
import { parseNumberWords } from './number-words';

/**
 * The bot states a limit ("a pause is possible up to 2 months", "hasta 3 noches", "jusqu'à 10 jours", "bis zu
 * 2 Monate") and the customer's next message wants more of the same unit ("ich bräuchte eher 3 Monate",
 * "I'd need 14 days"): a request beyond policy, which the customer never has to call an exception. On the
 * normal form (lower case, accents off).
 */
const AMOUNT = String.raw`(\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|un[oa]?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|quince|veinte|treinta|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|eine?[mn]?|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|zwolf|vierzehn|funfzehn|zwanzig|dreissig)`;
const UNIT = String.raw`(days?|dias?|jours?|tage?n?|weeks?|semanas?|semaines?|wochen?|months?|mes(?:es)?|mois|monate?n?|nights?|noches?|nuits?|nachte?|nacht|years?|anos?|ans|annees?|jahre?n?|people|persons?|guests?|personas?|personnes?|personen|gaste?|seats?|plazas?|places?|platze?|gb|go)`;
const LIMIT = gated(
  new RegExp(
    String.raw`\b(?:up\s+to|maximum(?:\s+of)?|max\.?|at\s+most|no\s+more\s+than|limited\s+to|hasta|como\s+maximo|un\s+maximo\s+de|maximo|jusqu'a|au\s+maximum|au\s+plus|pas\s+plus\s+de|bis\s+zu|hochstens|maximal|nicht\s+mehr\s+als)\s+${AMOUNT}\s+${UNIT}\b`,
  ),
);
const WANTED = new RegExp(String.raw`\b${AMOUNT}\s+${UNIT}\b`, 'g');

const UNIT_OF: Array<[RegExp, string]> = [
  [/^(?:days?|dias?|jours?|tage?n?)$/, 'day'],
  [/^(?:weeks?|semanas?|semaines?|wochen?)$/, 'week'],
  [/^(?:months?|mes(?:es)?|mois|monate?n?)$/, 'month'],
  [/^(?:nights?|noches?|nuits?|nachte?|nacht)$/, 'night'],
  [/^(?:years?|anos?|ans|annees?|jahre?n?)$/, 'year'],
  [/^(?:people|persons?|guests?|personas?|personnes?|personen|gaste?)$/, 'person'],
  [/^(?:seats?|plazas?|places?|platze?)$/, 'seat'],
  [/^(?:gb|go)$/, 'gb'],
];
const unitOf = (word: string) => UNIT_OF.find(([re]) => re.test(word))?.[1];
const valueOf = (word: string) => (/^\d+$/.test(word) ? Number(word) : parseNumberWords(word));

/** The customer message asking for more than the limit the bot just stated, with the limit; or undefined. */
export function findBeyondLimit(turns: readonly Turn[]): { turn: Turn; limit: string } | undefined {
  for (let i = 0; i < turns.length; i++) {
    const said = turns[i]!;
    if (said.role !== 'bot' || !gatedTest(LIMIT, said.norm)) continue;
    const m = LIMIT.exec(said.norm)!;
    const limit = valueOf(m[1]!);
    const unit = unitOf(m[2]!);
    if (limit === undefined || unit === undefined) continue;
    const reply = turns.slice(i + 1).find((t) => t.role === 'customer');
    if (!reply) continue;
    for (const w of reply.norm.matchAll(WANTED)) {
      const wanted = valueOf(w[1]!);
      if (wanted !== undefined && wanted > limit && unitOf(w[2]!) === unit) return { turn: reply, limit: m[0] };
    }
  }
  return undefined;
}
