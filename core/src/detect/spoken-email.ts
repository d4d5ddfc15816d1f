import { allMatches } from './all-matches';
import { gated } from './literal-gate';

/**
 * An email address read out, as a voice transcript writes it: "john dot smith at gmail dot com",
 * "dana underscore w at outlook dot co dot uk". Only with a domain that ends in "dot" and a known
 * ending, and a local part that is not a word of the sentence ("email me at ...").
 */
const SPOKEN_EMAIL = gated(
  /\b(?!(?:me|is|it|us|you|them|was|be|email|e-mail|mail|address|look|here|there|him|her)\s)([a-z0-9]{1,40}(?:\s+(?:dot|underscore|dash|hyphen|period)\s+[a-z0-9]{1,40}){0,4})\s+at\s+([a-z0-9-]{1,40}(?:\s+dot\s+[a-z0-9-]{1,40}){0,3})\s+dot\s+(com|net|org|io|co|de|fr|es|it|nl|be|ch|at|edu|gov|info|biz|me|us|ca|au|uk|mx)\b/gi,
);
const JOINER: Record<string, string> = { dot: '.', period: '.', underscore: '_', dash: '-', hyphen: '-' };

const joined = (spoken: string) =>
  spoken.replace(/\s+(dot|period|underscore|dash|hyphen)\s+/gi, (_, w: string) => JOINER[w.toLowerCase()]!);

/** An address is named just before: "my email is", "e-mail me at", "correo", "adresse", "E-Mail-Adresse". */
const EMAIL_NAMED = /\b(?:e-?mail|mail|address|correo|adresse|courriel)\b/i;

/** The addresses read out in `text`, written as addresses: with a dot or underscore in the name, or an address named before. */
export function spokenEmailsOf(text: string): string[] {
  if (!/\sdot\s/i.test(text)) return [];
  const found: string[] = [];
  for (const m of allMatches(SPOKEN_EMAIL, text)) {
    const local = m[1]!;
    if (!/\s/.test(local) && !EMAIL_NAMED.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    found.push(`${joined(local)}@${joined(m[2]!)}.${m[3]!}`.toLowerCase());
  }
  return found;
}
