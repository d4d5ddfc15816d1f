/**
 * Whether a day named without its date ("on Friday", "the 28th") is ahead of the message or behind
 * it, from the words of its clause: "next", "by", "will", "bis", "para" look ahead; "last", "since",
 * "seit", "depuis" look back, as does a verb in the past ("I paid on Monday", "it was delivered
 * Friday", "pagué el lunes", "j'ai payé lundi", "am Montag habe ich bezahlt").
 */
export type Direction = 'ahead' | 'behind';

/**
 * Words that put the day ahead: "next Monday", "on Friday I will", "bis Freitag", an appointment ("mi
 * cita del jueves", "mon rendez-vous de mardi", "der Termin am Montag").
 */
const AHEAD =
  /\b(?:next|coming|will|'ll|going\s+to|gonna|until|till|by|due|expected|scheduled|planned|want|need|book(?!ed)\w*|reserv(?!ed)\w*|deliver(?!ed)\w*|arriv(?!ed)\w*|appointment|cita|rendez-vous|rdv|termin|can\s+(?:you|i|we)|could\s+(?:you|i|we)|(?:i|we)\s+can(?!['’]?t|not)|proximo|próximo|que\s+viene|para|antes|hasta|a\s+partir|voy\s+a|vamos\s+a|va\s+a|necesito|quiero|tengo\s+que|prochain|pour|avant|jusqu|d'ici|à\s+partir|prévu|programmé|sera|serai|seront|vais|allons|dois|doit|faut|veux|voudrais|besoin|bis|ab|nächsten|nachsten|kommenden|geplant|soll|wird|werde|muss|brauch\w*|möchte)\b/i;
/**
 * "For" puts the day ahead only right before it ("booked for Friday", "for the 28th"); further back it
 * is what a thing costs or is paid for ("a charge for $389 on the fourteenth"). ("Pour" and "para"
 * look ahead anywhere in the clause: "des billets pour le match samedi".)
 */
const FOR_JUST_BEFORE = /\bfor\s+(?:the\s+)?$/i;
/** Words that put it behind: "last Friday", "since Monday", "seit Montag". */
const BEHIND = /\b(?:last|past|ago|since|pasado|desde|dernier|depuis|letzten|vergangenen|seit)\b/i;
/**
 * A verb in the past: English irregular pasts and -ed forms (not "need", "hundred", the planned
 * "scheduled", nor the polite "I just wanted to", "I was wondering"), Spanish preterites ("pagué", "llegó", "cobraron") and perfects ("han cobrado"),
 * French passé composé ("j'ai payé", "est arrivé"), German "war", "wurde", "hatte".
 */
const PAST =
  /(?<![\p{L}'’])(?:(?:was|were)(?!\s+(?:wondering|hoping|thinking|planning|going|gonna|supposed))|did|didn['’]?t|had|got|went|came|paid|made|sent|bought|said|told|gave|took|saw|left|lost|broke|stole|stolen|spoke|spent|began|ran|wrote|rang|(?!(?:hundred|scheduled|expected|planned|booked|reserved|supposed|interested|needed|wanted)\b)[a-z]{2,}[a-df-z]ed|fue|fui|fueron|hice|hizo|tuve|tuvo|dijo|vino|\p{L}+(?:aron|ieron|aste)|(?!qu[eé](?![\p{L}]))\p{L}{2,}[éó]|(?:he|has|ha|hemos|han)\s+\p{L}+(?:ado|ido)|(?:ai|as|a|avons|avez|ont|suis|est|sommes|sont)\s+(?:\p{L}+\s+)?\p{L}+(?:é|ée|és|ées|u|ue|us|it)|était|avait|war|waren|wurde|wurden|hatte|hatten)(?![\p{L}])/iu;
/**
 * A German perfect: "habe" (said "hab"), "hat", "ist" with a participle in lower case as verbs are
 * written ("habe ... bezahlt", "ist ... gekommen", "ist ... nicht erschienen", "hab ... hochgeladen" with
 * its prefix, "wurde storniert"; "Gebühren" is a noun), or the participle first ("gekauft hab ich ihn").
 */
const PAST_PARTICIPLE_DE =
  /(?<![\p{L}])(?:(?:hab|habe|hat|haben|hast|habt|bin|ist|sind|wurde|wurden)\s+(?:\p{L}+\s+){0,6}?(?:(?:[a-zäöüß]{2,5})?ge[a-zäöüß]{3,}(?:t|en)|(?:be|er|ver|zer|ent)[a-zäöüß]{3,}(?:t|en)|[a-zäöüß]{3,}iert)|ge[a-zäöüß]{3,}(?:t|en)\s+(?:hab|habe|hat|haben|bin|ist|sind))(?![\p{L}])/u;

const clauseBefore = (text: string) => text.split(/[.!?;\n]/).at(-1) ?? '';
const clauseAfter = (text: string) => text.split(/[.!?;\n]/)[0] ?? '';

/**
 * The direction of a day named by `words` ("last Friday", "Friday"), with `before` and `after` the
 * text around it; undefined when nothing in its clause says.
 */
export function directionOf(words: string, before: string, after: string): Direction | undefined {
  // "this Friday" is ahead; "this" further back is no direction ("this happened on Friday")
  if (AHEAD.test(words) || /^this\b/i.test(words)) return 'ahead';
  if (BEHIND.test(words)) return 'behind';
  // before the day, the word nearest it says ("charged for my insurance ... it came out on the first": behind)
  const clause = clauseBefore(before);
  if (FOR_JUST_BEFORE.test(clause)) return 'ahead';
  const ahead = lastIndexOf(AHEAD_ALL, clause);
  const behind = Math.max(
    lastIndexOf(BEHIND_ALL, clause),
    lastIndexOf(PAST_ALL, clause),
    lastIndexOf(PAST_PARTICIPLE_DE_ALL, clause),
  );
  if (ahead >= 0 || behind >= 0) return ahead > behind ? 'ahead' : 'behind';
  // after it, the first one ("am Montag habe ich bezahlt", "Friday I will")
  const next = clauseAfter(after);
  const aheadAfter = firstIndexOf(AHEAD, next);
  const behindAfter = Math.min(firstIndexOf(PAST, next), firstIndexOf(PAST_PARTICIPLE_DE, next));
  if (aheadAfter === Infinity && behindAfter === Infinity)
    // a German perfect around the day: "ist am Montag nicht erschienen", "habe am Freitag bezahlt"
    return PAST_PARTICIPLE_DE.test(`${clause} ${words} ${next}`) ? 'behind' : undefined;
  return aheadAfter < behindAfter ? 'ahead' : 'behind';
}

const AHEAD_ALL = new RegExp(AHEAD.source, 'giu');
const BEHIND_ALL = new RegExp(BEHIND.source, 'giu');
const PAST_ALL = new RegExp(PAST.source, 'giu');
const PAST_PARTICIPLE_DE_ALL = new RegExp(PAST_PARTICIPLE_DE.source, 'gu');

function lastIndexOf(re: RegExp, text: string): number {
  let last = -1;
  for (const m of text.matchAll(re)) last = m.index;
  return last;
}

function firstIndexOf(re: RegExp, text: string): number {
  const m = re.exec(text);
  return m ? m.index : Infinity;
}

/** Whether the clause around a day has words in it at all (a weekday said alone has none). */
export function hasWordsAround(before: string, after: string): boolean {
  return /\p{L}/u.test(clauseBefore(before) + clauseAfter(after));
}
