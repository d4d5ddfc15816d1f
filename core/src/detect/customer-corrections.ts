import type { Turn } from './conversation-view';
import { gated, gatedTest } from './literal-gate';

/**
 * A customer message that turns down what the bot made of the last one and says it again: "no dear i
 * want to know if my refill is ready", "no no, I asked about my deposit", "non, je veux juste savoir...",
 * "nein, ich will wissen...". Said once it is an answer; said again and again, the bot has not understood
 * and the customer is repeating themselves, whatever words they repeat it in (en, es, fr, de; accents off).
 */
const CORRECTS = gated(
  /^(?:(?:oh|um+|uh+|well|ah|er+m?|hmm+|my|god|gosh|ugh|jeez|euh|bah|ay|ach)[\s,.!]+){0,3}(?:no|nope|nah|non|nein)\b[\s,.!]*(?:(?:no|non|nein|dear|sir|ma'am|madam|mate|love|honey|senor|senora|monsieur|madame|that's\s+not\s+(?:it|right|what\s+i\s+(?:said|asked|meant|wanted?))|eso\s+no|c'est\s+pas\s+ca|das\s+nicht)[\s,.!]*){0,3}(?:[\w']+\s+){0,3}?(?:i\s+(?:just\s+|only\s+|simply\s+|really\s+)?(?:want|wanted|need|needed|asked|said|meant|am\s+asking|was\s+asking|am\s+trying|was\s+trying)|i'm\s+(?:just\s+|only\s+)?(?:asking|trying|calling)|(?:yo\s+)?(?:solo\s+|solamente\s+)?(?:quiero|queria|necesito|pregunte|pregunto|dije|digo)|je\s+(?:veux|voulais|demande|demandais|cherche|dis|disais)|j'ai\s+(?:dit|demande)|ich\s+(?:will|wollte|mochte|brauche|frage|fragte|sagte|habe\s+(?:gefragt|gesagt)))\b/,
);

/** How many times the customer turned down the bot's reading and said it again, and the last such message. */
export function countCorrections(customerTurns: readonly Turn[]): { count: number; turn?: Turn } {
  let count = 0;
  let last: Turn | undefined;
  for (const turn of customerTurns) {
    if (turn.index === 0 || !gatedTest(CORRECTS, turn.norm)) continue;
    count++;
    last = turn;
  }
  return last ? { count, turn: last } : { count };
}
