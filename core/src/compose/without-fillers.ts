import { withoutQuoted } from '../detect/normalize-text';

/** Words a caller says twice on purpose: digits and number words ("seven seven four"), "very very", "no no". */
const SAID_TWICE =
  /^(?:\d+|zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|z[eé]ro|un|deux|trois|quatre|cinq|six|sept|huit|neuf|null|eins|zwei|zwo|drei|vier|f[uü]nf|sechs|sieben|acht|neun|very|really|no|non|nein|bye|ha)$/i;

/**
 * A message as the customer means it, for quoting: without an email's quoted history, a voice
 * transcript's fillers ("uh", "um", "euh", "äh") and stutters ("my uh my bill" is "my bill").
 */
export function withoutFillers(text: string): string {
  return withoutQuoted(text)
    .replace(/(?<![\p{L}'])(?:u+h+|u+m+|uhm+|erm+|ah+|hmm+|eh+|euh+|äh+m*|ähm|ehm)(?![\p{L}'])[,.]?\s*/giu, '')
    .replace(/(?<![\w'])([\w']+)(?:\s+\1)+(?![\w'])/gi, (run, word: string) => (SAID_TWICE.test(word) ? run : word))
    .replace(/[ \t]+/g, ' ')
    .trim();
}
