import { SPOKEN_DIGIT } from './detect/number-words';
import { withoutAccents } from './detect/text-scan';
/**
 * Digits said one by one in a voice transcript ("four eight two nine one seven", "tres ocho uno",
 * "quatre sept deux", "drei eins sieben"): a code, a CVV or an SSN read out to the bot arrives as words,
 * so redaction has to find it as words. English "double"/"triple" and hesitations ("uh", "euh", "äh")
 * may stand inside a run.
 */
export type SpokenDigitRun = { start: number; end: number; digits: string };

const REPEAT: Record<string, number> = { double: 2, triple: 3 };

const WORD = String.raw`(?:(?:double|triple)\s+)?(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|z[eé]ro|un|deux|trois|quatre|cinq|sept|huit|neuf|null|eins|zwei|zwo|drei|vier|f(?:[uü]|ue)nf|sechs|sieben|acht|neun)\b`;
// A separator is a few characters at most (no long backtracking over a run of spaces), and at most one hesitation.
const SEPARATOR = String.raw`[\s,.-]{1,3}(?:(?:uh|um|er|erm|ah|eh|euh|äh|ähm)[\s,.-]{1,3})?`;
const RUN = new RegExp(String.raw`\b${WORD}(?:${SEPARATOR}${WORD})*`, 'gi');
/** Is there a digit word at all (before the run search). */
const ANY_DIGIT_WORD =
  /\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|z[eé]ro|un|deux|trois|quatre|cinq|sept|huit|neuf|null|eins|zwei|zwo|drei|vier|f(?:[uü]|ue)nf|sechs|sieben|acht|neun)\b/i;

/** The digits of one matched run: words mapped, "double seven" twice, hesitations dropped. */
function digitsOf(run: string): string {
  let digits = '';
  let times = 1;
  for (const word of run.toLowerCase().split(/[\s,.-]+/)) {
    const repeat = REPEAT[word];
    if (repeat) times = repeat;
    else if (SPOKEN_DIGIT[withoutAccents(word)] !== undefined) {
      digits += SPOKEN_DIGIT[withoutAccents(word)]!.repeat(times);
      times = 1;
    }
  }
  return digits;
}

/** Every run of at least `minDigits` spoken digits in `text`, where it stands and what it says. */
export function findSpokenDigitRuns(text: string, minDigits: number): SpokenDigitRun[] {
  if (!ANY_DIGIT_WORD.test(text)) return [];
  const runs: SpokenDigitRun[] = [];
  for (const m of text.matchAll(RUN)) {
    const digits = digitsOf(m[0]);
    if (digits.length >= minDigits) runs.push({ start: m.index, end: m.index + m[0].length, digits });
  }
  return runs;
}
