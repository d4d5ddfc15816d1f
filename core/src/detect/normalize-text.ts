import { repairWord } from './fuzzy-words';
import { isAscii, isPlainWord, splitOnSpaces } from './text-scan';

const FILLERS = /\b(?:u+m+|u+h+|uhm+|erm+|er|ah+|hmm+|mhm+|mm+)\b[,.]?\s*/g;
/** An email's quoted earlier messages and its signature: not what the customer says now. */
export function withoutQuoted(text: string): string {
  return text.includes('\n') ? text.replace(QUOTED_EMAIL, '\n').replace(SIGNATURE, '') : text;
}

const QUOTED_EMAIL = /(?:^|\n)(?:>[^\n]*|On [^\n]{0,200} wrote:[^\n]*)(?=\n|$)/g;
const SIGNATURE = /\n-- ?\n[\s\S]*$/;
const MERGED = /\b(to|with|help|chat|talk|speak)(someone|somebody|anyone|a|an|the)\b/g;
const CHAT_SHORTHAND: Record<string, string> = {
  u: 'you',
  ur: 'your',
  wth: 'with',
  wanna: 'want to',
  gonna: 'going to',
  pls: 'please',
  plz: 'please',
  cant: "can't",
  dont: "don't",
  doesnt: "doesn't",
  didnt: "didn't",
  im: "i'm",
  ive: "i've",
  uhelp: 'you help',
  hlp: 'help',
  hep: 'help',
};

const FILLER_HINT = /\b(?:u+[mh]|uhm|erm|er|ah|hmm|mhm|mm)/;
const MERGED_HINT = /(?:to|with|help|chat|talk|speak)(?:someone|somebody|anyone|a|an|the)\b/;
const repaired = new Map<string, string>();

/** Chat shorthand expanded, typos of the key words repaired; memoised (words repeat across messages). */
function fixWord(word: string): string {
  const known = repaired.get(word);
  if (known !== undefined) return known;
  const fixed = CHAT_SHORTHAND[word] ?? repairWord(word);
  if (repaired.size > 50_000) repaired.clear();
  repaired.set(word, fixed);
  return fixed;
}

/** `token.replace(/[a-z]+/g, fixWord)`, without a regular expression and a callback per token. */
function fixWordsIn(token: string): string {
  let out = '';
  let i = 0;
  while (i < token.length) {
    const letters = isLowerCode(token.charCodeAt(i));
    let j = i + 1;
    while (j < token.length && isLowerCode(token.charCodeAt(j)) === letters) j++;
    out += letters ? fixWord(token.slice(i, j)) : token.slice(i, j);
    i = j;
  }
  return out;
}

const isLowerCode = (c: number) => c >= 97 && c <= 122;

/**
 * Normalises one message for matching: lower case, curly quotes straightened, quoted email replies
 * and signatures cut, voice fillers and stutters removed ("um i want to to talk"), chat shorthand
 * expanded ("u", "wanna"), and typos of the key words repaired. Linear in the text.
 */
export function normalizeText(text: string): string {
  let t = text.length > 50_000 ? text.slice(0, 50_000) : text;
  if (t.includes('\n')) t = t.replace(QUOTED_EMAIL, '\n').replace(SIGNATURE, '');
  t = t.toLowerCase();
  // Curly quotes straightened; diacritics off ("é" -> "e", "ß" -> "ss"): the phrase lists then match
  // with plain, fast ASCII word boundaries. Both only touch non-ASCII characters.
  if (!isAscii(t)) {
    t = t.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"');
    if (!isAscii(t))
      t = t
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/ß/g, 'ss');
  }
  if (FILLER_HINT.test(t)) t = t.replace(FILLERS, '');
  const out: string[] = [];
  let previous = '';
  for (const raw of splitOnSpaces(t)) {
    const word = isPlainWord(raw) ? fixWord(raw) : fixWordsIn(raw);
    if (word === previous && isPlainWord(word)) continue; // "to to", "a a": stutters
    out.push(word);
    previous = word;
  }
  const joined = out.join(' ');
  return MERGED_HINT.test(joined) ? joined.replace(MERGED, '$1 $2') : joined;
}
