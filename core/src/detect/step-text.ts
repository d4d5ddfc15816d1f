import { splitOnSpaces } from './text-scan';

/** Words that lead into what follows: a cut step does not end on one. */
const TRAILING_LINK =
  /^(?:and|or|but|so|to|the|a|an|of|for|with|from|that|which|than|as|before|after|when|since|until|because|while|i|we|my|your|our|his|her|their|y|o|pero|que|de|del|la|el|los|las|con|para|en|por|mi|mis|su|sus|me|te|se|lo|le|nos|et|ou|mais|qui|le|les|du|des|pour|avec|sur|dans|mon|ma|mes|un|une|und|oder|aber|dass|der|die|das|den|dem|mit|zu|im|auf|mein|meine|meinen|f[uü]r)$/i;

/**
 * What follows a step and is not part of it: how it went ("but it still fails"), the reason, the next
 * clause (in a voice transcript with no stops, "... are you kidding me", "i want ...").
 */
const AFTER_STEP =
  /(?:(?:\s+|,\s*)(?:but|and\s+(?:it|that|there|still|nothing|got|i|they|he|she|then|try\s+again|see\s+if)|are\s+you|this\s+is|that's|it's|i\s+(?:want|need|just\s+want|am|'m)|you\s+guys|honestly|seriously|still|same|however|though|which|because|so\s+(?:that|the|your|you|we|it|they)|to\s+no\s+avail|before\s+(?:i|we)\b|pero|y\s+(?:sigue|todavia|aun|no|nada)|sigue\s+sin|no\s+(?:reply|response|answer|luck)|nada|rien|nichts|it\s+(?:will|should)\s+(?:arrive|be\s+(?:there|delivered|with\s+you))|y\s+(?:ningun[oa]|nadie|me\s+sigue)|mais|et\s+(?:ca|toujours|rien|ce|il|elle|je\s+n|j'ai\s+(?:jamais|pas|rien))|ca\s+ne|toujours|aber|und\s+(?:es|er|sie|immer|trotzdem|nichts)|immer\s+noch|trotzdem)\b|,\s*(?:je|j'|on|il|elle|cela|er|sie)\b).*$/i;

/**
 * "changed my password to Hunter2!": the new secret is no part of the step (an agent needs to know it
 * was changed, never to what).
 */
const SECRET_WORD = /pass|pin|contras|clave|mdp|kennwort/i;
const NEW_SECRET =
  /\b(password|passcode|pin|contrasena|contraseña|clave|mot\s+de\s+passe|mdp|passwort|kennwort)\s+(?:to|into|en|a|zu|auf|in|por|par)\s+\S.*$/i;

/**
 * A step as said, without what follows it, at most ten words (more when the tenth is followed closely
 * by where it went: "sent a request for my data to dpo@example.com").
 */
export function clip(text: string): string {
  let s = text.replace(AFTER_STEP, '');
  if (SECRET_WORD.test(s)) s = s.replace(NEW_SECRET, '$1');
  const words = splitOnSpaces(s);
  // at most ten words (no closures here: this runs for every step)
  let end = words.length;
  if (end > 10) {
    end = 10;
    for (let i = 10; i < 16 && i < words.length; i++) if (words[i]!.includes('@')) end = i + 1;
  }
  // a ")" closes nothing once what it closed is cut off; nor does the step end on a word that only
  // leads into the next ("... hace una semana y")
  const trailing = s.includes('(') ? TRAILING_MARKS : TRAILING_MARKS_AND_PAREN;
  let last = '';
  while (end > 0) {
    last = words[end - 1]!.replace(trailing, '');
    if (last !== '' && (end <= 2 || !TRAILING_LINK.test(last))) break;
    end--;
  }
  if (end === words.length && last === words[end - 1]) return s.trim();
  if (end > 0) words[end - 1] = last;
  words.length = end;
  return words.join(' ');
}
const TRAILING_MARKS = /[,:;>\-–]+$/;
const TRAILING_MARKS_AND_PAREN = /[,:;>\-–)]+$/;

/** "it", "them", "that" alone: a step whose object is said before ("the card ... I cancelled it"). */
export const PRONOUN_OBJECT =
  /^(?:it|them|(?:this|that)(?=$|,|\s+(?:already|again|too|twice|before|yesterday|today|as\s+well|\d)\b))\b/;

/** A thing named before a pronoun, as a clause's subject: "the card is ...", "the app keeps ...". */
const NAMED_THING =
  /\b(?:the|my|our)\s+((?:(?!(?:is|was|are|were|has|had|keeps?|won't|doesn't|isn't|did|and|but|or|on|in|at|for|to|from|with|of|that|which|it|i)\b)[a-z][\w-]*\s+){0,2}(?!(?:is|was|are|were|has|had|and|but|it|i)\b)[a-z][\w-]*)(?=\s+(?:is|was|are|were|has|had|keeps?|won't|doesn't|isn't)\b)/g;

/**
 * What "it" stands for in a step, from the words just before it in the message ("the card is 4716
 * ... (I have already cancelled it with my bank)" gives "the card"), or nothing.
 */
export function namedBefore(text: string, at: number): string | undefined {
  const before = text.slice(Math.max(0, at - 160), at);
  let last: string | undefined;
  NAMED_THING.lastIndex = 0;
  for (let m = NAMED_THING.exec(before); m; m = NAMED_THING.exec(before)) last = m[0];
  return last;
}
