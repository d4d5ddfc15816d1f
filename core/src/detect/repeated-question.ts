import { asciiWords, isAscii } from './text-scan';
import type { Turn } from './conversation-view';

const STOP = new Set(
  [
    'a an the i you me my your to of and or is it this that for on in at be can could would please just so do does did with how what why when where still again ok okay hi hello hey um uh',
    // Spanish, French and German function words and fillers (accents off), so their questions compare by content too
    'el la los las de del y o que en con por para es un una mi tu su no si pero como lo me te se ya eh este pues bueno hola',
    "le les des du et est ce c'est que qui si je tu il elle nous vous ils on ne pas mais ou donc au aux avec pour par sur dans euh alors bonjour oui non d'accord merci",
    'der die das den dem des ein eine und ist ich du sie wir ihr es nicht aber oder wie was wo wann mit fur auf zu im an von bei mein dein hallo ja nein danke',
  ]
    .join(' ')
    .split(' '),
);
const WINDOW = 24;

function contentWords(norm: string): Set<string> {
  const words = new Set<string>();
  const parts = isAscii(norm) ? asciiWords(norm, true) : norm.split(/[^\p{L}\p{N}']+/u);
  for (const w of parts) if (w.length > 1 && !STOP.has(w)) words.add(w);
  return words;
}

function similar(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  // the words shared are counted over the smaller set, which stops once too many of its words are
  // missing for 3/4 of it to be shared (most pairs differ within a word or two)
  const need = 0.75 * small.size;
  let shared = 0;
  let left = small.size;
  for (const w of small) {
    left--;
    if (large.has(w)) shared++;
    else if (shared + left < need) return false;
  }
  return shared / small.size >= 0.75 && shared / large.size >= 0.5;
}

/** A sentence that asks: it ends in "?" or opens with a question word (en, es, fr, de; accents off). */
const ASKS =
  /\?\s*$|^(?:\W*(?:\w+\s+){0,3}?)(?:why|what|when|where|how|which|who|is\s+there|por\s*que|que|cuando|donde|como|cual|pourquoi|quand|quel(?:le)?s?|comment|ou\s+est|warum|wann|wie|was|wo|welche[rsn]?)\b/;
const SENTENCE_END = /(?<=[.!?])\s+/;

/**
 * What a message asks, for comparing: the whole message, and each sentence in it that asks (so
 * "ok but why does it say used? I bought it yesterday" repeats "why does it say used?").
 */
function askedIn(norm: string): Set<string>[] {
  const whole = contentWords(norm);
  if (!/[.!?]\s/.test(norm)) return [whole];
  const out = [whole];
  for (const sentence of norm.split(SENTENCE_END)) {
    if (!ASKS.test(sentence)) continue;
    const words = contentWords(sentence);
    if (words.size >= 2 && words.size < whole.size) out.push(words);
  }
  return out;
}

/**
 * The largest group of customer messages that ask the same thing, compared within a sliding window
 * (linear in the conversation): the same message, or the same question inside longer messages.
 * Returns the count (each message counted once) and the last message of the group.
 */
export function findRepeatedQuestion(customerTurns: Turn[]): { count: number; turn?: Turn } {
  const recent: Array<{ words: Set<string>; count: number; turn: Turn }> = [];
  let best: { count: number; turn?: Turn } = { count: 0 };
  for (const turn of customerTurns) {
    const asked = askedIn(turn.norm).filter((w) => w.size >= 2);
    if (asked.length === 0) continue;
    let matched = false;
    for (const words of asked) {
      const group = recent.find((g) => g.turn !== turn && similar(g.words, words));
      if (!group) continue;
      matched = true;
      group.count++;
      group.turn = turn;
      if (group.count > best.count) best = { count: group.count, turn };
      break;
    }
    if (matched) continue;
    for (const words of asked) {
      recent.push({ words, count: 1, turn });
      if (recent.length > WINDOW) recent.shift();
    }
    if (best.count === 0) best = { count: 1, turn };
  }
  return best;
}
