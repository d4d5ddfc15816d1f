import type { Turn } from '../detect/conversation-view';
import { withoutFillers } from './without-fillers';
import { withoutAccents } from '../detect/text-scan';
import type { Entities } from '../schema/handoff-package';
import { NOT_AFTER_ABBREVIATION } from '../detect/split-sentences';
import { normalizeText } from '../detect/normalize-text';
import { reasonPhrases } from '../detect/reason-phrases';
import { DEFAULT_POLICY } from '../policy/policy-config';

/** Sentences and lines: not at the period of a date ("12. Februar") or of an abbreviation ("Nr. 2024-00871"). */
const SENTENCE_OR_LINE = new RegExp(String.raw`(?<!\b\d{1,2}\.)${NOT_AFTER_ABBREVIATION}(?<=[.!?])\s+|\n+`, 'i');
/**
 * What SENTENCE_OR_LINE cannot match without: an end mark before white space, or a line break. Most
 * messages are one sentence, and this quick search spares them the split's look-behinds at every character.
 */
const MAY_BREAK = /[.!?]\s|\n/;

/** Three words at most, ending in "??", "?!" or "!!": an exclamation at the bot. */
const REACTION = /^(?:\S+\s+){0,2}\S+?\s*(?:\?\?|\?!|!\?|!!)[?!]*$/;

/**
 * A sentence that states a fact: a number, an address, what happened or what the customer did, what they
 * have ("got the tenancy agreement"), found or prefer ("Las SIM mejor a la nave de Getafe"), who they speak
 * for ("HOA representative for Maple Court") (en, es, fr, de; accents off).
 */
const FACT =
  /\d|@|\b(?:my\s+name|i\s+(?:already|have|tried|bought|ordered|paid|use|am\s+using|live|moved|got|did)|checked|restarted|reinstalled|cleared|i've|since|yesterday|last\s+(?:week|month)|error|says|(?:text|message|email|screen|app|it|that|error|bank)\s+(?:saying|said)|shows|showing|declined|charged|received|never\s+(?:got|received|arrived|came|asked|ordered|requested|agreed|signed|authori[sz]ed|used|made|booked)|changed|reset|hacked|stolen|someone\s+(?:is|has|had|was|used|logged|got|accessed|stole|took|changed)|wasn't\s+me|didn't\s+(?:order|make|get|receive|work|arrive)|bought|ordered|paid|cancell?ed|delivered|arrived|expired|locked|blocked|broken|damaged|crash\w*|keeps|every\s+time|ago|twice|flooded|missing|not\s+here|stopped|dropping|ya|hace|desde|nunca|no\s+(?:ha\s+)?llegado|no\s+funciona|cobr\w+|pagu[eé]|pagado|ped[ií]|compr[eé]|roto|dañado|danado|deja|depuis|jamais|pas\s+(?:encore\s+)?(?:arrivee?|recue?|livree?)|ne\s+(?:marche|fonctionne)|debite?e?|paye|annule|casse|abime|erreur|deux\s+fois|schon|bereits|seit|nie|nicht\s+(?:angekommen|geliefert|erhalten)|funktioniert\s+nicht|abgebucht|bezahlt|bestellt|storniert|kaputt|beschadigt|fehler|zweimal|uberfallig|got\s+(?:the|a|an|my|our|it|them)|found\s+(?:that|the|a|an|out)|crack(?:ed|s)?|torn|ripped|scratched|dented|smashed|shattered|leak(?:s|ed|ing)|burst|(?:representative|manager|owner|director|administrator|president|treasurer|coordinator)\s+(?:for|of|at)|rather|instead|prefer\w*|mejor\s+(?:a|en|el|la|por)|en\s+(?:vez|lugar)\s+de|plutot|au\s+lieu|lieber|stattdessen)\b/i;
/**
 * A sentence that says what the customer wants or asks ("we need to swap the menu to plated", "can we move
 * to sunday?", "je voudrais savoir si c'est ouvert"): said, so the agent does not ask again (accents off).
 */
const ASKS =
  /\b(?:i|we)\s+(?:want|need|would\s+like|wanna|have\s+to|'d\s+like)\b|^(?:\S+\s+){0,2}?(?:need|needs|have)\s+to\s+\w+|\b(?:just|please|pls|plz)\s+(?:send|give|call|fix|cancel|refund|replace|change|book|move|waive|remove|add|ship|credit)\b|\b(?:i|we)'d\s+like\b|\b(?:can|could|would|will)\s+(?:you|u|we|i)\b|\bhow\s+(?:do|can|could|should|long)\b|\b(?:is|are)\s+there\b|\bdoes\s+(?:it|this|that|the)\b|\?\s*$|\b(?:quiero|necesito|quisiera|queria|me\s+gustaria|puedo|pueden|podeis|podrian|podria)\b|\bje\s+(?:voudrais|veux|souhaite|dois)\b|\bj'aimerais\b|\b(?:pouvez|pourriez|peut-on|est-ce\s+que)\b|\bich\s+(?:mochte|will|brauche|muss|wurde\s+gerne)\b|\b(?:konnen\s+sie|konnten\s+sie|kann\s+ich|konnt\s+ihr|kann\s+man)\b/i;
/** A sentence that only asks for a person, or greets: no fact in it. */
const NOT_A_FACT =
  /^(?:(?:hi|hello|hey|hola|bonjour|hallo|buenos\s+d[ií]as|guten\s+tag)\b[\s,!.]*\w*[\s,!.]*$|(?:\S+\s+){0,5}?(?:talk|speak|chat|hablar|parler|sprechen)\b(?:\s+\S+){0,6}?\s+(?:human|person|agent|someone|manager|representative|persona|agente|humano|conseiller|personne|menschen|mitarbeiter)\b[^.!?]{0,40}[.!?]?$)/i;
/** "I already told you", "Ja, zweimal.": about the conversation, or an answer that means nothing on its own. */
const NO_FACT_OF_ITS_OWN =
  /^(?:(?:ya\s+)?te\s+lo\s+(?:dije|he\s+dicho)|ya\s+(?:te\s+)?lo\s+dije|je\s+(?:vous\s+|te\s+)?l'ai\s+d[eé]j[aà]\s+dit|das\s+habe\s+ich\s+(?:ihnen\s+|dir\s+)?(?:doch\s+)?(?:schon|bereits)\s+gesagt|i\s+(?:already\s+)?told\s+you)\b|^(?:yes|yeah|yep|no|nope|s[ií]|oui|non|ja|nein)\b[\s,.!]*(?:\S+[\s,.!]*){0,2}$/i;
/**
 * A sentence that names something: a name or a noun in capitals inside it ("The one on Camelback Road",
 * "Mir fehlt noch der Lohnzettel", "Betroffen ist der Workspace acme-ch-prod"), or a quoted label
 * ("Auf der Rechnung steht 'Retro Stüberl'"). Words in capitals only ("NOT", "NOW") are emphasis, no name.
 */
const NAMES_SOMETHING = /[^\s.!?¡¿]\s+(?:["'„“«]\s*)?\p{Lu}\p{Ll}{2,}|["'„“«][^"'„“«»”]{3,40}["'”“»]/u;
/** Something missing or not had, at the start: "kein lachs, keine kräuter", "no receipt", "sin factura", "pas de facture". */
const NONE_OF =
  /^(?:no|without|kein(?:e|en|er)?|ohne|sin|ni|pas\s+de|sans)\s+(?!(?:thanks?|thank|good|longer|more|need|matter|sir|again|gracias|merci|danke|problem\w*|idea|worries|way|one|clue|entiendo|comprendo|sé|se|sais|weiß|weiss|ahnung|problema|te\s+preocupes|de\s+quoi|pasa\s+nada)\b)\p{L}{3,}/iu;
/** A run-on sentence (a voice caller's) is cut at its clauses, so a long one gives more than its start (en, es, fr, de). */
const CLAUSE_BREAK =
  /,\s+|\s+(?=(?:and|but|so|because|then|also|y|pero|porque|entonces|et|mais|parce\s+que|donc|puis|und|aber|weil|dann|also)\s)/i;
const LONG = 160;

/** A long sentence in pieces of at most LONG characters, cut where a clause ends (a piece too long for that is clipped). */
function piecesOf(sentence: string): string[] {
  if (sentence.length <= LONG) return [sentence];
  const out: string[] = [];
  let cur = '';
  for (const part of sentence.split(CLAUSE_BREAK)) {
    if (!part) continue;
    if (cur && cur.length + part.length + 1 > LONG) {
      out.push(cur);
      cur = '';
    }
    cur = cur ? `${cur} ${part}` : part;
  }
  if (cur) out.push(cur);
  return out.map((p) => (p.length > LONG ? `${p.slice(0, LONG - 3)}…` : p));
}

const MAX = 8;
const PERSON_REQUEST = reasonPhrases(DEFAULT_POLICY).personRequest;

/** A sentence compared without case, accents, punctuation or chat shorthand: the evidence of a reason is the normal
 * form of a sentence the customer wrote ("can u waive it, we havent" is "can you waive it, we haven't"). */
const keyOf = (s: string) =>
  withoutAccents(s.toLowerCase())
    .replace(/\bu\b/g, 'you')
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** What a sentence that only gives a value says besides it: labels, "my", "is" (en, es, fr, de). */
const LABEL_ONLY =
  /^(?:[\s\W_]|\b(?:my|the|it's|its|is|it|order|id|number|no|username|user|name|account|email|e-mail|mail|phone|mobile|cell|tel|here|sure|yes|ok|mi|el|la|es|pedido|numero|número|usuario|cuenta|correo|telefono|teléfono|si|sí|mon|ma|le|est|c'est|commande|numéro|compte|courriel|téléphone|oui|mein|meine|ist|bestellnummer|bestellung|nummer|kundennummer|benutzername|konto|telefon|handy|ja)\b)*$/i;

/** The sentence gives only values already listed (an id, an email, a phone; longest first) and their labels. */
function onlyGives(sentence: string, values: readonly string[]): boolean {
  // a value and a few labels ("Order ID:", "mi correo es"): a longer sentence says more
  if (sentence.length > values[0]!.length + 40) return false;
  const lower = sentence.toLowerCase();
  let rest = lower;
  let digits: string | undefined;
  for (const v of values) {
    if (/^\d{7}$/.test(v)) {
      digits ??= lower.replace(/\D+/g, ''); // runs of non-digits: one match each, not one per character
      if (digits.endsWith(v) && digits.length <= 15) rest = rest.replace(/[\d()+.\s-]{7,}/g, ' ');
    } else if (rest.includes(v)) rest = rest.split(v).join(' ');
  }
  return rest !== lower && LABEL_ONLY.test(rest);
}

/**
 * The facts the customer already gave, so nobody asks again: their identifiers (order, account,
 * email, phone, card ending), then their own sentences that carry a fact (a number, a date, an
 * error, what they did), shortened.
 */
export function collectCustomerProvided(
  customerTurns: Turn[],
  entities: Entities,
  said: (kind: keyof Entities, value: string) => boolean,
  evidence: readonly string[] = [],
): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  /** The values listed, so a sentence that only gives one of them ("Order ID: 3348917502") is not listed again. */
  const values: string[] = [];
  const full = () => out.length >= MAX + 6;
  const push = (s: string) => {
    const k = keyOf(s);
    if (s && !full() && !seen.has(k)) {
      seen.add(k);
      out.push(s);
    }
  };
  const each = (kind: Exclude<keyof Entities, 'amounts'>, label: string) => {
    for (const v of entities[kind]) {
      if (full()) return;
      if (said(kind, v)) {
        push(`${label} ${v}`);
        values.push(kind === 'phones' ? v.replace(/\D+/g, '').slice(-7) : v.toLowerCase());
      }
    }
  };
  each('orderIds', 'order');
  each('accountIds', 'account');
  each('emails', 'email');
  each('phones', 'phone');
  each('cardLast4', 'card ending');
  for (const a of entities.amounts) {
    if (full()) break;
    if (said('amounts', a.text)) push(`amount ${a.text}`);
  }
  each('errorCodes', 'error');
  let longestFirst: string[] | undefined;
  for (const turn of customerTurns) {
    if (out.length >= MAX + 6) break;
    // a period after a day's number is no sentence end ("am 12. Februar")
    const own = withoutFillers(turn.text);
    for (const sentence of MAY_BREAK.test(own) ? own.split(SENTENCE_OR_LINE) : [own]) {
      const whole = sentence.trim();
      const pieces = piecesOf(whole);
      if (pieces.length === 1) {
        if (keeps(whole)) push(pieces[0]!);
      } else {
        // a run-on sentence that says something: its start, then each later clause that says something itself
        if (keeps(whole)) for (const piece of pieces) if (piece === pieces[0] || keeps(piece)) push(piece);
      }
      if (out.length >= MAX + 6) break;
    }
  }
  /** Whether a sentence carries a fact or a wish of the customer's (not a greeting, a bare request for a person, a reaction). */
  function keeps(s: string): boolean {
    const plain = withoutAccents(s);
    const stated = FACT.test(plain);
    const fact = stated || NAMES_SOMETHING.test(s) || NONE_OF.test(s);
    if (s.length < 8 || !(fact || ASKS.test(plain)) || NOT_A_FACT.test(s) || /\[redacted|\[card/.test(s)) return false;
    // a wish that is only the request for a person ("Ich will mit einem Menschen sprechen") says nothing new
    // (a noun in capitals is no fact there: "Menschen", "Mitarbeiter")
    if (!stated && PERSON_REQUEST.test(normalizeText(s))) return false;
    if (NO_FACT_OF_ITS_OWN.test(s) && !/\d|@/.test(s)) return false;
    // "5-7 days??", "$649?!": a reaction to what the bot said, not a fact of the customer's
    if (REACTION.test(s)) return false;
    if (values.length > 0 && onlyGives(s, (longestFirst ??= [...values].sort((a, b) => b.length - a.length))))
      return false;
    return true;
  }
  const kept = out.slice(0, MAX + 6);
  // the sentences the handoff's reasons were read from ("I'll do a chargeback with my bank"), when none of the
  // customer's own sentences above says them: said, so never asked again (three at most, past the limit)
  for (const e of evidence.slice(0, 3)) {
    const s = withoutFillers(e).trim();
    const k = keyOf(s);
    if (s.length < 8 || /\[redacted|\[card/.test(s) || seen.has(k)) continue;
    seen.add(k);
    kept.push(s.length > 160 ? `${s.slice(0, 157)}…` : s);
  }
  return kept;
}
