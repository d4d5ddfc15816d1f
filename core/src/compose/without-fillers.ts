import { withoutQuoted } from '../detect/normalize-text';

/** Words a caller says twice on purpose: digits and number words ("seven seven four"), "very very", "no no". */
const SAID_TWICE =
  /^(?:\d+|zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|z[eé]ro|un|deux|trois|quatre|cinq|six|sept|huit|neuf|null|eins|zwei|zwo|drei|vier|f[uü]nf|sechs|sieben|acht|neun|very|really|no|non|nein|bye|ha)$/i;
const FILLER = /(?<![\p{L}'])(?:u+h+|u+m+|uhm+|erm+|ah+|hmm+|eh+|euh+|äh+m*|ähm|ehm)(?![\p{L}'])[,.]?\s*/giu;
const STUTTER = /(?<![\w'])([\w']+)(?:\s+\1)+(?![\w'])/gi;

/**
 * A message as the customer means it, for quoting: without an email's quoted history, a voice
 * transcript's fillers ("uh", "um", "euh", "äh") and stutters ("my uh my bill" is "my bill").
 */
export function withoutFillers(text: string): string {
  const own = withoutQuoted(text);
  // Most messages hold no stutter and no tab or double space: one walk over the text says so, for
  // less than STUTTER's backtracking pass, which then only runs when it can change something.
  const found = stutterOrSpaces(own);
  let t = own.replace(FILLER, '');
  // a filler dropped can bring two same words together ("my uh my bill")
  if (t !== own || (found & MAY_STUTTER) !== 0)
    t = t.replace(STUTTER, (run, word: string) => (SAID_TWICE.test(word) ? run : word));
  // dropping a filler or a stutter brings no white space together: the text's own spaces tell
  if ((found & SPACES) !== 0) t = t.replace(/[ \t]+/g, ' ');
  return t.trim();
}

const MAY_STUTTER = 1;
const SPACES = 2;
/** ASCII characters: 1 for `[\w']`, 2 for `\s`, 0 for the others. */
const KIND = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  KIND[c] = /[\w']/.test(ch) ? 1 : /\s/.test(ch) ? 2 : 0;
}

/**
 * `MAY_STUTTER` when STUTTER can match: an ASCII text holding a run of `[\w']` followed, across white
 * space only, by the same run (case aside; `|32` folds ASCII letters and leaves digits, `_` and `'`
 * apart), or any text with a character past ASCII (left to STUTTER); `SPACES` for a tab or two spaces.
 */
function stutterOrSpaces(s: string): number {
  let found = 0;
  let prevStart = -1;
  let prevEnd = -1;
  let gapIsSpace = true;
  const n = s.length;
  for (let i = 0; i < n;) {
    const c = s.charCodeAt(i);
    if (c > 127) return MAY_STUTTER | SPACES;
    const kind = KIND[c]!;
    if (kind !== 1) {
      if (kind !== 2) gapIsSpace = false;
      else if (c === 9 || (c === 32 && s.charCodeAt(i + 1) === 32)) found |= SPACES;
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && KIND[s.charCodeAt(end)] === 1) end++;
    if (gapIsSpace && prevStart >= 0 && end - i === prevEnd - prevStart && sameFolded(s, prevStart, i, end - i))
      found |= MAY_STUTTER;
    prevStart = i;
    prevEnd = end;
    gapIsSpace = true;
    i = end;
  }
  return found;
}

function sameFolded(s: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if ((s.charCodeAt(a + k) | 32) !== (s.charCodeAt(b + k) | 32)) return false;
  return true;
}
