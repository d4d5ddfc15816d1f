import { gated, gatedTest } from './literal-gate';
/** English number words, for voice transcripts ("order one two three four", "two hundred dollars"). */
const UNITS: Record<string, number> = {
  zero: 0,
  oh: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };
const DIGIT_WORD = /^(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)$/;

export const NUMBER_WORD = String.raw`(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|a|and)`;

/** The value of a phrase like "two hundred and fifty" or "a thousand"; undefined if it is not one. */
export function parseNumberWords(phrase: string): number | undefined {
  const words = phrase
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w && w !== 'and');
  if (words.length === 0) return undefined;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const [i, w] of words.entries()) {
    if (w === 'a' && i === 0) {
      current = 1;
      continue;
    }
    if (w in UNITS) current += UNITS[w]!;
    else if (w in TENS) current += TENS[w]!;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w in SCALES) {
      total += (current || 1) * SCALES[w]!;
      current = 0;
    } else return undefined;
    seen = true;
  }
  return seen ? total + current : undefined;
}

/**
 * Rewrites runs of four or more spelled digits as digits ("one two three four" -> "1234"), so the
 * id and phone extractors see what a voice transcript says. Other text is unchanged.
 */
const DIGIT_WORDS = gated(/\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b/i);

export function digitsFromWords(text: string): string {
  if (!gatedTest(DIGIT_WORDS, text)) return text;
  return text.replace(
    /\b(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double\s+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine))[\s,-]+){3,}(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b/gi,
    (run) => {
      const out: string[] = [];
      const words = run
        .toLowerCase()
        .split(/[\s,-]+/)
        .filter(Boolean);
      for (let i = 0; i < words.length; i++) {
        const w = words[i]!;
        if (w === 'double' && words[i + 1] && DIGIT_WORD.test(words[i + 1]!)) {
          const d = String(UNITS[words[i + 1]!]);
          out.push(d, d);
          i++;
        } else if (DIGIT_WORD.test(w)) out.push(String(UNITS[w]));
      }
      return out.join('');
    },
  );
}
