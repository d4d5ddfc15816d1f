/**
 * A period that ends an abbreviation, not a sentence: "Rechnung Nr. 2024-00871", "Mr. Smith",
 * "z.B.", "No. 4411", "ca. 50 Euro" (a bare "No." answer, and "CA." after a city, still end their sentence).
 */
export const NOT_AFTER_ABBREVIATION = String.raw`(?<!\b(?:nr|ref|tel|mr|mrs|ms|dr|st|sr|sra|srta|mme|mlle|vs|approx|inc|ltd|bzw|usw|bsp|str|geb|z\.b|e\.g|i\.e|u\.a|d\.h)\.)(?:(?<!\b(?:no|ca)\.)|(?=\s+[^#\d\s]))`;

const SENTENCE_BREAK = new RegExp(
  String.raw`${NOT_AFTER_ABBREVIATION}(?<=[.!?;])(?!(?<=\b\d{1,2}\.)\s+(?:januar|j[aä]nner|februar|m[aä]rz|april|mai|juni|juli|august|september|oktober|november|dezember)\b)\s+|\n+|\s+-\s+|,\s+(?=(?:but|and\s+i|i\s+want|i\s+need|i'd\s+like|pero|mais|aber)\b)`,
  'iu',
);

/** Splits a normalised message into sentences (and email lines), for evidence and negation scope. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(SENTENCE_BREAK)) {
    const s = part.trim();
    if (s) out.push(s);
  }
  return out;
}
