import { gated, gatedTest } from './detect/literal-gate';
import { withoutQuoted } from './detect/normalize-text';
import { looksLikePassword } from './redact-password';
import { findSpokenDigitRuns } from './spoken-digits';

/**
 * A secret given as the answer to the bot (contract section 5): the bot asks for the CVV, a one-time
 * code, the SSN, a password or a security answer, and the customer's next message is that secret,
 * bare ("417"), in a few words ("okay uh it's four eight two nine one seven") or, on email, above the
 * quoted thread. Nothing in such a reply says what it is; only the question does.
 */
export type AskedSecret = {
  securityAnswer: boolean;
  cvv: boolean;
  /** A code of some secret kind (one-time code, PIN): a bare number in reply is it. */
  code: boolean;
  /** The bot sent a one-time code or asks to read it back: a few words around the number are still it. */
  sentCode: boolean;
  ssn: boolean;
  /** Only the last four digits of the SSN were asked for. */
  ssnLast4: boolean;
  password: boolean;
};

export const NOTHING_ASKED: AskedSecret = {
  securityAnswer: false,
  cvv: false,
  code: false,
  sentCode: false,
  ssn: false,
  ssnLast4: false,
  password: false,
};

const SECURITY_QUESTION = gated(
  /\b(?:mother'?s\s+maiden\s+name|maiden\s+name|memorable\s+(?:word|phrase|date|place)|security\s+(?:question|answer)|secret\s+(?:question|answer|word)|(?:name\s+of\s+)?your\s+first\s+(?:pet|dog|cat|school|car|teacher|street)|first\s+(?:pet|dog|cat)'?s?\s+name|city\s+(?:where\s+)?you\s+were\s+born|(?:town|city)\s+of\s+birth|favou?rite\s+(?:teacher|book|food|movie|colou?r)|street\s+you\s+grew\s+up|pregunta\s+(?:de\s+seguridad|secreta)|respuesta\s+(?:de\s+seguridad|secreta)|primera\s+mascota|nombre\s+de\s+(?:tu|su)\s+(?:primer[oa]?\s+)?(?:mascota|perro|gato)|palabra\s+(?:secreta|clave|memorable)|nombre\s+de\s+soltera|apellido\s+de\s+soltera|question\s+(?:secr[eè]te|de\s+s[eé]curit[eé])|r[eé]ponse\s+(?:secr[eè]te|de\s+s[eé]curit[eé])|premier\s+animal|(?:votre|ton)\s+premier\s+(?:chien|chat)|mot\s+(?:secret|m[eé]morable)|nom\s+de\s+jeune\s+fille|sicherheitsfrage|sicherheitsantwort|geheimfrage|ersten\s+haustier|erstes\s+haustier|m[aä]dchenname|(?:geburts|familien|nach)namen?\s+(?:von\s+)?(?:ihrer|deiner|eurer|der)\s+mutter|mother'?s\s+(?:birth|family|last)\s+name|apellido\s+(?:de\s+soltera\s+)?de\s+(?:tu|su)\s+madre|apellido\s+materno|nom\s+de\s+(?:naissance|famille)\s+de\s+(?:votre|ta)\s+m[eè]re)/i,
);
const CVV_QUESTION = gated(
  /\b(?:cvv2?|cvc2?|cvn|csc)\b|card\s+verification|digits?\s+on\s+the\s+back|cryptogramme|pr[uü]f(?:ziffer|nummer)|d[ií]gitos\s+(?:del\s+(?:reverso|dorso)|de\s+atr[aá]s)|chiffres\s+(?:(?:inscrits?|situ[eé]s|figurant)\s+)?(?:au\s+dos|derri[eè]re)|ziffern\s+auf\s+der\s+r[uü]ckseite/i,
);
/** "Security code" is the CVV unless the bot sent it. */
const SECURITY_CODE = gated(/security\s+code|c[oó]digo\s+de\s+seguridad|code\s+de\s+s[eé]curit[eé]|sicherheitscode/i);
const SENT = /\b(?:sent|texted|emailed|text\s+message|sms|app)\b|envi|envoy|geschickt|gesendet/i;
const ASKS_FOR_CODE = gated(
  /\b(?:code|otp|passcode|pin|password|c[oó]digo|tan|(?:best[aä]tigungs|verifizierungs|sicherheits|einmal|anmelde|sms)code)\b/i,
);
/** Codes the agent needs (a zip, a promo, an order): the bot asking for one does not ask for a secret. */
const NOT_A_SECRET_CODE =
  /\b(?:zip|postal|post|promo|promotional|discount|coupon|voucher|gift|order|tracking|reference|ref|booking|error|product|item|area|country|dialing|sort|tax|bar|qr|status|reason|invoice|customer|member)\s+code\b|\bc[oó]digo\s+(?:postal|de\s+(?:descuento|promoci[oó]n|pedido|seguimiento|error|barras|cup[oó]n|referencia|producto|cliente))|\bcode\s+(?:postal|promo|de\s+(?:r[eé]duction|suivi|commande|erreur|promotion|client))|\b(?:gutschein|aktions|rabatt|fehler|sendungs|tracking|produkt|bestell|kunden)code\b/gi;
/** The bot sent a one-time code, or asks for one to be read back: a short reply holding a number is that code. */
const SENT_A_CODE =
  /\b(?:verification|security|one[\s-]?time|confirmation|login|sms|text|\d-digit|(?:four|five|six|eight)[\s-]digit)\s+code|\botp\b|\bpasscode|\bcode\s+(?:we|i)\s+(?:just\s+)?sent|\bsent\s+(?:you\s+)?(?:a|the|an)\s+(?:new\s+)?(?:\S+[\s-]digit\s+)?code|\b(?:read|say|tell|give|enter|type|repeat)\s+(?:me\s+|us\s+)?(?:back\s+)?(?:the|that|this)\s+code|c[oó]digo\s+de\s+(?:verificaci[oó]n|seguridad|confirmaci[oó]n|acceso)|(?:enviado|mandado)\s+un\s+c[oó]digo|\b(?:code|c[oó]digo)\b[^.?!\n]{0,30}\b(?:sent|texted|emailed|envi(?:amos|ado|[eé]|ó)|mand(?:amos|ado|[eé])|envoy[eé]e?|geschickt|gesendet)(?![a-z])|(?:dime|d[ií]game|ind[ií]came|introduce|escribe|l[eé]eme)\s+el\s+c[oó]digo|code\s+de\s+(?:v[eé]rification|s[eé]curit[eé]|confirmation)|(?:envoy[eé]|transmis)\s+un\s+code|(?:lisez|donnez|indiquez|saisissez|entrez|dites)(?:-moi)?\s+(?:le|ce)\s+code|(?:best[aä]tigungs|verifizierungs|sicherheits|einmal)code|\btan\b|code\s+(?:geschickt|gesendet)|nennen\s+sie\s+(?:mir\s+)?(?:bitte\s+)?den\s+code/i;
const SSN_QUESTION = gated(
  /social\s+security|\bssn\b|\bsocial\b.{0,30}\b(?:number|digits)\b|seguro\s+social|(?:last|final)\s+(?:four|4)\s+(?:digits\s+)?of\s+(?:your\s+)?(?:social|ssn)/i,
);
const LAST_FOUR = /\b(?:last|final|[uú]ltimos)\s+(?:four|4|cuatro)\b/i;
const ASKS_FOR_PASSWORD = gated(
  /\b(?:(?:your|the|current|old)\s+password|enter\s+(?:your\s+)?password|password\s*\?|contrase[nñ]a|mot\s+de\s+passe|passwort)\b/i,
);
/** "Never share your password": a warning, not a question. */
const NEVER_SHARE =
  /\b(?:never|don't|do\s+not|jamais|nunca|niemals|nie)\b[^.?!]{0,40}\b(?:share|give|send|partagez|communiquez|compartas|compartir|teilen|weitergeben)/i;

/** What secret the bot's (or agent's) message asks the customer for. */
export function askedSecretOf(text: string): AskedSecret {
  let code = false;
  if (gatedTest(ASKS_FOR_CODE, text)) {
    NOT_A_SECRET_CODE.lastIndex = 0;
    code = ASKS_FOR_CODE.test(text.replace(NOT_A_SECRET_CODE, ' '));
  }
  const ssn = gatedTest(SSN_QUESTION, text);
  return {
    securityAnswer: gatedTest(SECURITY_QUESTION, text),
    cvv: gatedTest(CVV_QUESTION, text) || (gatedTest(SECURITY_CODE, text) && !SENT.test(text)),
    code,
    sentCode: code && SENT_A_CODE.test(text),
    ssn,
    ssnLast4: ssn && LAST_FOUR.test(text),
    password: gatedTest(ASKS_FOR_PASSWORD, text) && !NEVER_SHARE.test(text),
  };
}

/** The bot asks the customer to answer again ("try again", "Magst du es nochmal versuchen?"), not to come back later. */
const ASKS_AGAIN = gated(
  /\b(?:try\s+(?:it\s+)?(?:again|once\s+more)|one\s+more\s+(?:time|try|go)|another\s+(?:try|go)|retry|(?:int[eé]nt(?:alo|elo|arlo|ar|a|e)|prueb(?:a|e|as)|probar)\s+(?:de\s+nuevo|otra\s+vez|nuevamente)|(?:vuelv[ae]s?|volver)\s+a\s+intentarlo|r[eé]essa(?:yer|yez|ie)|essa(?:yer|yez|ie)\s+(?:à|a)\s+nouveau|encore\s+une\s+fois|noch\s*(?:mal|einmal)|erneut)\b/i,
);
const LATER = /\b(?:later|m[aá]s\s+tarde|plus\s+tard|sp[aä]ter)\b/i;

function asksForNothing(asked: AskedSecret): boolean {
  return !Object.values(asked).some(Boolean);
}

/**
 * What the bot's (or agent's) message asks for, given what the customer's last reply `answered`: a
 * secret it names, or, when it names none but asks to try again ("Das hat leider nicht gepasst. Magst
 * du es nochmal versuchen?", "That didn't match, please try again"), the same secret once more.
 */
export function askedSecretAfter(answered: AskedSecret, text: string): AskedSecret {
  const asked = askedSecretOf(text);
  if (asksForNothing(asked) && !asksForNothing(answered) && gatedTest(ASKS_AGAIN, text) && !LATER.test(text))
    return answered;
  return asked;
}

/**
 * The reply to a security question, masked: all of a short reply; on email, the new text above the
 * quoted thread when that is short (the quote is the bot's own question, kept). Undefined when the
 * reply is too long to be an answer.
 */
export function maskSecurityAnswer(text: string): { answer: string; rest: string } | undefined {
  if (text.trim().length === 0) return undefined;
  if (text.length <= 200) return { answer: '[redacted:security_answer]', rest: '' };
  const fresh = withoutQuoted(text).trimEnd();
  if (fresh.trim().length === 0 || fresh.length > 200 || !text.startsWith(fresh)) return undefined;
  return { answer: '[redacted:security_answer]', rest: text.slice(fresh.length) };
}

/** A reply that names what its number is ("order 55123", "zip 94107"): an id the agent needs, not the secret. */
const NAMED_ID =
  /\b(?:order|account|acct|invoice|ticket|case|claim|tracking|booking|zip|postal|post\s*code|phone|pedido|cuenta|factura|reserva|commande|compte|facture|dossier|bestellung|konto|rechnung|kundennummer|sendung)\b/i;
/** The same, right before a number in a longer reply ("my account number is 123456789"). */
const NAMED_ID_BEFORE = new RegExp(
  `${NAMED_ID.source}\\s*(?:number|no\\.?|#|id|n[uú]mero)?\\s*(?:is|es|est|ist|:)?\\s*$`,
  'i',
);

/** A card's last four named as such ("the one ending 4242"): kept for the agent, no CVV or code. */
const CARD_ENDING_BEFORE =
  /(?:ending|ends|last\s+(?:four|4)(?:\s+digits)?|terminad[ao]|acabad[ao]|terminant|termine|endet|endend)\s*(?:in|with|en|par|auf|:)?\s*$/i;

type Candidate = { start: number; end: number; digits: string };

/** Written numbers of `min` to `max` digits (spaces or dashes inside), not part of a date, amount, time or masked card. */
function writtenNumbers(text: string, min: number, max: number): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(/(?<![\d•/.,:#$€£-])\d(?:[ -]?\d)*(?![\d/:%]|[.,]\d)/g)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length >= min && digits.length <= max)
      found.push({ start: m.index, end: m.index + m[0].length, digits });
  }
  return found;
}

function numbersIn(text: string, min: number, max: number): Candidate[] {
  const spoken = findSpokenDigitRuns(text, min).filter((r) => r.digits.length <= max);
  return [...writtenNumbers(text, min, max), ...spoken].sort((a, b) => a.start - b.start);
}

/** Nothing but the number (and a full stop). */
function isBare(text: string, c: Candidate): boolean {
  return /^\s*$/.test(text.slice(0, c.start)) && /^\s*[.!]?\s*$/.test(text.slice(c.end));
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Replaces the candidates in `text` (in order) with the marker. */
function replaceAll(text: string, found: Candidate[], marker: string): string {
  let out = '';
  let at = 0;
  for (const c of found) {
    out += text.slice(at, c.start) + marker;
    at = c.end;
  }
  return out + text.slice(at);
}

/** One number in a short reply, a few words around it at most ("it's 417", "okay uh it's four eight two nine one seven"). */
function theNumberOfShortReply(text: string, min: number, max: number): Candidate | undefined {
  if (text.length > 160 || NAMED_ID.test(text)) return undefined;
  const found = numbersIn(text, min, max).filter(
    (c) => !CARD_ENDING_BEFORE.test(text.slice(Math.max(0, c.start - 30), c.start)),
  );
  if (found.length !== 1) return undefined;
  const c = found[0]!;
  return wordCount(text.slice(0, c.start)) <= 5 && wordCount(text.slice(c.end)) <= 4 ? c : undefined;
}

/** Words a customer answers with that are no password: "ok", "yes", "merci". */
const ACKNOWLEDGEMENT =
  /^(?:yes|yeah|yep|yup|nope|sure|okay|ok|thanks|thank\s+you|done|what|why|how|hello|hi|s[ií]|claro|vale|listo|gracias|hola|oui|non|merci|bonjour|d'accord|ja|nein|danke|genau|klar|hallo)[.!?]*$/i;

/**
 * The customer's reply (already through `redactText`) with the secret the bot asked for masked, and
 * how many were masked. The reply to a security question is masked before, with `maskSecurityAnswer`.
 */
export function redactReply(asked: AskedSecret, text: string): { text: string; redactions: number } {
  if (asked.ssn && text.length <= 200) {
    const found = numbersIn(text, 4, 9).filter(
      (c) =>
        (c.digits.length === 9 || (asked.ssnLast4 && c.digits.length === 4)) &&
        !NAMED_ID_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start)),
    );
    if (found.length > 0) return { text: replaceAll(text, found, '[redacted:ssn]'), redactions: found.length };
  }
  if (asked.cvv) {
    const cvv = theNumberOfShortReply(text, 3, 4);
    if (cvv) return { text: replaceAll(text, [cvv], '[redacted:cvv]'), redactions: 1 };
  }
  if (asked.code) {
    const code = theNumberOfShortReply(text, 4, 8);
    // after "what's your PIN?", only a bare number; after a code the bot sent, a few words around it too
    if (code && (asked.sentCode || isBare(text, code)))
      return { text: replaceAll(text, [code], '[redacted:code]'), redactions: 1 };
  }
  if (asked.password && !text.startsWith('[') && text.length <= 80) {
    const words = text.trim().split(/\s+/);
    if (words.length === 1 && words[0]!.length >= 4 && !ACKNOWLEDGEMENT.test(words[0]!))
      return { text: '[redacted:password]', redactions: 1 };
    const shaped = words.filter((w) => looksLikePassword(w) && !w.startsWith('['));
    if (words.length <= 6 && shaped.length === 1) {
      const at = text.indexOf(shaped[0]!);
      return { text: `${text.slice(0, at)}[redacted:password]${text.slice(at + shaped[0]!.length)}`, redactions: 1 };
    }
  }
  return { text, redactions: 0 };
}
