import { repairWord } from './fuzzy-words';
import { gated, gatedTest, sameAsScanned } from './literal-gate';
import { isAscii, isPlainWord, isSpaceCode, withoutAccents } from './text-scan';

const FILLERS = /\b(?:u+m+|u+h+|uhm+|erm+|er|ah+|hmm+|mhm+|mm+|eh+|euh+|ehm+|ahm+)\b[,.]?\s*/g;
/** An email's quoted earlier messages and its signature: not what the customer says now. */
export function withoutQuoted(text: string): string {
  return text.includes('\n') ? cutQuoted(text) : text;
}

const QUOTED_EMAIL =
  /(?:^|\n)(?:>[^\n]*|(?:On|El|Le|Am) [^\n]{0,200} (?:wrote|escribi[oó]|a [eé]crit|schrieb[^\n]{0,80}) ?:[^\n]*)(?=\n|$)/g;
/** An Outlook-style quoted message: "-----Original Message-----", or a From:/Sent: header block; all that follows is the earlier thread. */
const EARLIER_MESSAGE =
  /\n[ \t]*(?:-{2,}\s*(?:original message|mensaje original|message d'origine|urspr[uü]ngliche nachricht|forwarded message|mensaje reenviado|message transf[eé]r[eé]|weitergeleitete nachricht)\s*-{2,}|(?:from|de|von):[^\n]*\n[ \t]*(?:sent|date|enviado|fecha|envoy[eé]|gesendet|datum):)[\s\S]*$/i;
/** "Sent from my iPhone": a mail client's line, not the customer's words. */
const SENT_FROM = /\n[ \t]*(?:sent from my|enviado desde mi|envoy[eé] de mon|von meinem)\b[^\n]*/gi;

/** The message without its quoted history, the earlier thread, "Sent from my iPhone" and the signature. */
function cutQuoted(text: string): string {
  return text.replace(EARLIER_MESSAGE, '').replace(QUOTED_EMAIL, '\n').replace(SENT_FROM, '').replace(SIGNATURE, '');
}
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
  wasnt: "wasn't",
  werent: "weren't",
  isnt: "isn't",
  arent: "aren't",
  havent: "haven't",
  hasnt: "hasn't",
  couldnt: "couldn't",
  wouldnt: "wouldn't",
  shouldnt: "shouldn't",
  wont: "won't",
  im: "i'm",
  ive: "i've",
  uhelp: 'you help',
  hlp: 'help',
  hep: 'help',
  thru: 'through',
  sb: 'somebody',
  smb: 'somebody',
};

/** What FILLERS needs, as a quick test: a filler as a whole word. */
/** Verbs that typing runs into the next small word ("filea claim", "talkto someone", "cancelmy order"). */
const RUN_ON_VERB =
  /^(file|lodge|make|submit|open|close|cancel|track|check|talk|speak|chat|contact|need|want|get|help|change|update|reset|return|order|buy|pay)(a|an|the|my|to|me|with|someone|somebody)$/;

/** "filea" is "file a": a verb of the list run into an article, a pronoun or "to". */
function splitMerged(word: string): string | undefined {
  const m = RUN_ON_VERB.exec(word);
  return m ? `${m[1]} ${m[2]}` : undefined;
}

const FILLER_HINT = /\b(?:u+m+|u+h+|uhm+|erm+|er|ah+|hmm+|mhm+|mm+|eh+|euh+|ehm+|ahm+)\b/;
const MERGED_HINT = gated(/(?:to|with|help|chat|talk|speak)(?:someone|somebody|anyone|a|an|the)\b/);
const repaired = new Map<string, string>();

/** Chat shorthand expanded, typos of the key words repaired; memoised (words repeat across messages). */
function fixWord(word: string): string {
  const known = repaired.get(word);
  if (known !== undefined) return known;
  const fixed = CHAT_SHORTHAND[word] ?? splitMerged(word) ?? repairWord(word);
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
 * The words of `t` repaired (`fixWord`), stutters dropped ("to to"), joined by single spaces: what
 * `splitOnSpaces(t).map(fix).filter(not a stutter).join(' ')` gives, but when nothing changes (most
 * messages) `t` itself comes back, without an array of words and a new string.
 */
function fixWords(t: string, keepIm = false): string {
  let out: string | undefined; // the result so far, once it differs from `t`
  let previous = '';
  let words = 0;
  let i = 0;
  const n = t.length;
  while (i < n) {
    let start = i;
    while (start < n && isSpaceCode(t.charCodeAt(start))) start++;
    if (start >= n) {
      if (out === undefined && start > i) out = t.slice(0, i); // trailing white space
      break;
    }
    let end = start + 1;
    while (end < n && !isSpaceCode(t.charCodeAt(end))) end++;
    const raw = t.slice(start, end);
    const word = isPlainWord(raw) ? (keepIm && raw === 'im' ? raw : fixWord(raw)) : fixWordsIn(raw);
    const stutter = word === previous && isPlainWord(word);
    const singleGap = words === 0 ? start === i : start === i + 1 && t.charCodeAt(i) === 32;
    if (out === undefined && (stutter || word !== raw || !singleGap)) out = t.slice(0, words === 0 ? 0 : i);
    if (!stutter) {
      if (out !== undefined) out = words === 0 ? word : `${out} ${word}`;
      previous = word;
      words++;
    }
    i = end;
  }
  return out ?? t;
}

/**
 * Normalises one message for matching: lower case, curly quotes straightened, quoted email replies
 * and signatures cut, voice fillers and stutters removed ("um i want to to talk"), chat shorthand
 * expanded ("u", "wanna"), and typos of the key words repaired. Linear in the text.
 */
export function normalizeText(text: string): string {
  // A bot's messages are templates, met again in conversation after conversation: their normal form
  // is remembered (a hash lookup instead of a walk over every word).
  let known = recent.get(text);
  if (known !== undefined) {
    if (known.lowerCase !== undefined) sameAsScanned(known.lowerCase, text);
    return known.norm;
  }
  known = normalise(text);
  if (text.length <= MAX_REMEMBERED) {
    if (recent.size >= RECENT_TEXTS) recent.clear();
    recent.set(text, known);
  }
  return known.norm;
}

/** Words of a German sentence, where "im" is no "i'm". */
const GERMAN_HINT =
  /\b(?:der|das|und|ich|nicht|ist|mit|wir|auf|ein|eine|einen|bitte|mein|meine|habe|kann|schon|noch|sind|wird)\b/;

/** `lowerCase`: the words joined, when that is the message in lower case. */
type Normalised = { norm: string; lowerCase?: string };
const recent = new Map<string, Normalised>();
const RECENT_TEXTS = 512;
const MAX_REMEMBERED = 2_000;

function normalise(text: string): Normalised {
  let t = text.length > 50_000 ? text.slice(0, 50_000) : text;
  if (t.includes('\n')) t = cutQuoted(t);
  // the message itself in lower case: the literal gate's answer for the message serves for it
  const ascii = isAscii(t);
  const lower = t === text && ascii ? text.toLowerCase() : undefined;
  t = lower ?? t.toLowerCase();
  // Curly quotes straightened; diacritics off ("é" -> "e", "ß" -> "ss"): the phrase lists then match
  // with plain, fast ASCII word boundaries. Both only touch non-ASCII characters.
  if (!ascii) {
    t = t.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"');
    t = withoutAccents(t);
  }
  if (FILLER_HINT.test(t)) t = t.replace(FILLERS, '');
  // chat's "im" is "i'm", German's "im" is "in dem" ("im Ausland", "im Voraus")
  const joined = fixWords(t, t.includes('im ') && GERMAN_HINT.test(t));
  if (joined === lower) sameAsScanned(joined, text);
  const norm = gatedTest(MERGED_HINT, joined) ? joined.replace(MERGED, '$1 $2') : joined;
  return joined === lower ? { norm, lowerCase: joined } : { norm };
}
