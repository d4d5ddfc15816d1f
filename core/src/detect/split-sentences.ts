/** Splits a normalised message into sentences (and email lines), for evidence and negation scope. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(
    /(?<=[.!?;])\s+|\n+|\s+-\s+|,\s+(?=(?:but|and\s+i|i\s+want|i\s+need|i'd\s+like|pero|mais|aber)\b)/u,
  )) {
    const s = part.trim();
    if (s) out.push(s);
  }
  return out;
}
