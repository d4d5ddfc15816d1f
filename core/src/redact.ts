import type { HandoffEvent } from './schema/handoff-event';
import { gated, gatedTest, mayMatch } from './detect/literal-gate';
import { redactPasswords } from './redact-password';
import { askedSecretAfter, maskSecurityAnswer, NOTHING_ASKED, redactReply } from './redact-reply';
import { findSpokenDigitRuns } from './spoken-digits';
import { SPOKEN_DIGIT } from './detect/number-words';

export type RedactedText = { text: string; redactions: number; cardLast4: string[] };
export type RedactedEvent = { event: HandoffEvent; redactions: number; cardLast4: string[] };

const DIGIT_RUN = /\d(?:[ -]?\d){12,}/g;
const CVV = gated(
  /\b(cvv2?|cvc2?|cid|csc|security\s+code|card\s+verification\s+(?:code|value|number)|cvn|c[oó]digo\s+de\s+seguridad|cryptogramme(?:\s+visuel)?|code\s+de\s+s[eé]curit[eé]|sicherheitscode|pr[uü]fziffer|kartenpr[uü]f(?:nummer|ziffer)|pr[uü]fnummer)((?:\s+(?:on|at)\s+(?:the\s+)?(?:back|reverse)(?:\s+of\s+(?:the|my)\s+card)?|\s+au\s+dos(?:\s+de\s+(?:la|ma)\s+carte)?|\s+(?:de\s+)?(?:atr[aá]s|detr[aá]s)|\s+auf\s+der\s+r[uü]ckseite)?\W{0,3}(?:is|was|would\s+be|it'?s|it’s|'s|’s|es|era|son|ser[ií]a|est|c['’]est|c\s+est|[eé]tait|ist|war|w[aä]re|lautet)?\W{1,20}?)(\d{3,4}|\d[ -]\d[ -]\d(?:[ -]\d)?)(?![ -]?\d)\b/gi,
);
const OTP = gated(
  /\b(otp|one[\s-]?time\s+(?:pass)?(?:code|password|pin)|verification\s+code|confirmation\s+code|security\s+code|2fa\s+code|auth(?:entication)?\s+code|login\s+code|sms\s+code|passcode|pin(?:\s+(?:code|number))?(?:\s+(?:on|for|of)\s+(?:my|the|this|your)\s+(?:\w+\s+)?card)?|code\s+de\s+v[eé]rification|c[oó]digo\s+de\s+verificaci[oó]n|best[aä]tigungscode|(?:the\s+)?(?:code|otp|pin|passcode|verification\s+code)\s+(?:you|u|they|i)\s+(?:just\s+)?(?:sent|texted|emailed|got|received)(?:\s+me)?(?=\s+(?:is|was|:))|(?:le\s+)?code\s+(?:que\s+(?:vous\s+m'avez|tu\s+m'as|j'ai)\s+(?:envoy[eé]|re[cç]u))(?=\s+(?:est|:))|(?:der\s+)?code,?\s+den\s+(?:sie\s+mir|du\s+mir|ich)\s+(?:geschickt|gesendet|bekommen|erhalten)\s+(?:haben|hast|habe),?(?=\s+(?:ist|lautet|:))|(?:el\s+)?c[oó]digo\s+que\s+(?:me\s+)?(?:enviaron|enviaste|envi[oó]|mandaron|mandaste|lleg[oó]|recib[ií])(?=\s+(?:es|era|:))|(?:got|received|get|receive|recib[ií]|re[cç]u|bekommen|erhalten|llegó|llego)\s+(?:a|an|the|this|that|un|une|el|einen|den)\s+(?:new\s+|verification\s+|security\s+|login\s+|sms\s+|text\s+)?(?:code|otp|pin|passcode|c[oó]digo)(?:\s+(?:by|via|par|por|per)\s+(?:text|sms|e-?mail|mail|texto|message|phone))?|(?:text|sms|texto|message|mensaje|e-?mail|mail|correo|nachricht)\s+(?:with|con|avec|mit)\s+(?:(?:a|an|the|un|una|el|une|le|ein|einem|einen|dem|den)\s+)?(?:(?:new|verification|security|login|one[\s-]time|\d[\s-]digit|six[\s-]digit)\s+)?(?:code|c[oó]digo|otp|pin|passcode)(?:\s+(?:de\s+)?(?:verificaci[oó]n|seguridad|acceso|confirmaci[oó]n|v[eé]rification|s[eé]curit[eé]|connexion))?|(?<!(?:error|zip|postal|promo|discount|coupon|area|country|tracking|reference|product|order|sort|status|access|gift|voucher|fehler)\s)(?:code|c[oó]digo|otp|pin)(?:\s+(?:re[cç]u|recibido|erhalten|bekommen))?\s+(?:by|via|par|por|per)\s+(?:text|sms|e-?mail|mail|texto|message|phone)|(?<!(?:error|zip|postal|promo|discount|coupon|area|country|tracking|reference|product|order|sort|status|access|gift|voucher)\s)code(?=\s+(?:is|was|:)))(\s*(?:is|was|es|era|est|ist|lautet)?\W{1,20}?)(\d(?:[ -]?\d){3,7})\b/gi,
);
const SSN = gated(
  /\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b|\b(ssn|social\s+security(?:\s+(?:number|no\.?|#))?|social)(\s*(?:is|was|:|#)?\W{0,20}?)(\d{9}|\d{3}[ .]\d{2}[ .]\d{4})\b/gi,
);
const IBAN = gated(/\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b/gi);
/**
 * An API key or access token pasted into the chat (a developer's support case): the shapes the big
 * providers issue (Stripe `sk_live_`, OpenAI `sk-`, GitHub `ghp_`, Slack `xoxb-`, AWS `AKIA`, Google
 * `AIza`), or any long token after "api key", "secret key", "access token", "bearer". Not in the
 * contract's list, but a secret the agent must not see: it becomes `[redacted:api_key]`.
 */
const API_KEY = gated(
  /\b(?:(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,99}|sk-(?:live-|proj-|ant-)?[A-Za-z0-9_-]{16,199}|gh[pousr]_[A-Za-z0-9]{30,99}|xox[abposr]-[A-Za-z0-9-]{10,199}|AKIA[0-9A-Z]{16}|AIza[0-9A-Za-z_-]{35})\b|\b((?:api|secret|private|access|auth)[\s_-]?(?:key|token)|bearer)(\s{0,3}(?:is|was|:|=)?\s{0,3}["'`]?)([A-Za-z0-9_\-.+/=]{20,200})/gi,
);
const SECURITY_ANSWER_INLINE = gated(
  /\b(mother'?s\s+maiden\s+name|maiden\s+name|memorable\s+word|security\s+answer|(?:the\s+)?answer\s+to\s+(?:my|the|your)\s+(?:security|secret)\s+question|security\s+question\s+answer|first\s+pet'?s?\s+name|secret\s+word|respuesta\s+(?:de\s+seguridad|secreta)|r[eé]ponse\s+(?:secr[eè]te|de\s+s[eé]curit[eé])|sicherheitsantwort|antwort\s+auf\s+(?:die|meine)\s+sicherheitsfrage|(?:geburts|m[aä]dchen|familien)name\s+(?:meiner|der)\s+mutter|m[aä]dchenname|(?:nombre|apellido)\s+de\s+soltera(?:\s+de\s+mi\s+madre)?|nom\s+de\s+jeune\s+fille(?:\s+de\s+ma\s+m[eè]re)?)(\s+(?:is|was|would\s+be|es|era|est|c['’]est|[eé]tait|ist|war|lautet)\b\s*:?\s*|\s*:\s*)([^\n.,;!?]{1,60})/gi,
);

/**
 * A code named in one sentence and read out in the next: "I read him the code from a text. It was 482913."
 * (en, es, fr, de); codes named and the last one read out: "3 SMS mit Bestätigungscodes ..., der letzte war
 * 583920", "I got two codes I never asked for, the last one was 4471 20".
 */
const CODE_THEN_VALUE = gated(
  /(?<!(?:error|zip|postal|promo|discount|coupon|area|country|tracking|reference|product|order|status|gift|voucher|fehler|erreur|bar|qr)[\s-])\b(code|otp|pin|passcode|c[oó]digo|(?!fehler|error|promo|rabatt|gutschein|aktions|sendungs|tracking|bestell|kunden|produkt|post|zip|bar|qr)[a-zäöüß]{3,20}codes?|codes|otps|pins|c[oó]digos)\b([^.!?\d\n]{0,60}[.!?]\s+(?:it\s+was|it's|it\s+is|that\s+was|era|es|c['’]?[eé]tait|c['’]est|das\s+war|er\s+(?:war|lautet|ist))\s*:?\s*|[^.!?\d\n]{0,80}?\b(?:the\s+(?:last|latest|newest|most\s+recent)(?:\s+one)?|der\s+(?:letzte|neueste|j[uü]ngste)|el\s+[uú]ltimo|le\s+dernier)\s+(?:was|is|war|ist|lautet|era|es|[eé]tait|est)\s*:?\s*)(\d(?:[ -]?\d){3,7})\b/gi,
);

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** The ASCII digits in `text` (what `\d` matches without the u flag). */
function digitCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length >= 13 && digits.length <= 19 && sum % 10 === 0;
}

function ibanValid(raw: string): boolean {
  const s = raw.replace(/ /g, '').toUpperCase();
  if (s.length < 15 || s.length > 34 || !/\d/.test(s.slice(4))) return false;
  const rearranged = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of rearranged) {
    const v = ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return rem === 1;
}

/** A bank account's name right before a number (en, es, fr, de). */
const ACCOUNT_LABEL = /\b(?:iban|konto\w*|bankverbindung|account|acct|cuenta|compte|rib)\b[^.\n]{0,25}$/i;

/** The length and digits of an IBAN, whatever its check digits say. */
function ibanShaped(raw: string): boolean {
  const s = raw.replace(/ /g, '');
  return s.length >= 15 && s.length <= 34 && /^[A-Z]{2}\d{2}\d{6,}/i.test(s);
}

/** How cards are written: one block, blocks of 4 (the last shorter), or Amex/Diners 4-6-5 and 4-6-4. */
function cardLikeGroups(groups: number[]): boolean {
  if (groups.length === 1) return true;
  if (groups.length === 3 && groups[0] === 4 && groups[1] === 6 && (groups[2] === 5 || groups[2] === 4)) return true;
  return groups.every((g, i) => (i < groups.length - 1 ? g === 4 : g >= 1 && g <= 4));
}

/**
 * Masks every Luhn-valid 13-19 digit card number inside a run of digits (spaces and dashes between
 * them). Where the run is split by separators, a card is a span of whole blocks grouped as cards are
 * written (so "112-3345567-8890123", an order number, is left alone however its digits add up); a run
 * without separators is a card only as a whole, never a piece of a longer number (a DHL tracking
 * number "00340434161234567890" is an id the agent needs, and no card).
 */
function maskCards(run: string, found: (last4: string) => void): string {
  const positions: number[] = [];
  const blockStarts: number[] = [];
  for (let i = 0; i < run.length; i++) {
    if (run[i]! >= '0' && run[i]! <= '9') {
      if (i === 0 || run[i - 1] === ' ' || run[i - 1] === '-') blockStarts.push(positions.length);
      positions.push(i);
    }
  }
  const digits = positions.map((p) => run[p]).join('');
  const bounds = [...blockStarts, digits.length];
  const spans: Array<[number, number]> = [];
  if (blockStarts.length === 1) {
    // one unbroken block: a card only if it is all of it (a 20-digit parcel number holds a
    // Luhn-valid 16 somewhere more often than not)
    if (luhnValid(digits)) spans.push([0, digits.length]);
  } else {
    for (let a = 0; a < bounds.length - 1;) {
      let taken = 0;
      // Blocks hold a digit at least, so a span of more than 19 blocks is too long to be a card; and
      // spans only shrink as b falls. Linear in the run (a run of 10,000 one-digit blocks is no card).
      for (let b = Math.min(bounds.length - 1, a + 19); b > a; b--) {
        const length = bounds[b]! - bounds[a]!;
        if (length < 13) break;
        if (length > 19) continue;
        const groups = bounds.slice(a + 1, b + 1).map((end, i) => end - bounds[a + i]!);
        if (cardLikeGroups(groups) && luhnValid(digits.slice(bounds[a]!, bounds[b]!))) {
          spans.push([bounds[a]!, bounds[b]!]);
          taken = b;
          break;
        }
      }
      a = taken || a + 1;
    }
  }
  if (spans.length === 0) return run;
  let out = '';
  let copied = 0;
  for (const [from, to] of spans) {
    const last4 = digits.slice(to - 4, to);
    found(last4);
    out += run.slice(copied, positions[from]) + `[card ••••${last4}]`;
    copied = positions[to - 1]! + 1;
  }
  return out + run.slice(copied);
}

const SPOKEN_DIGITS =
  /\b(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|\d)[\s,.-]+){12,}(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|\d)\b/gi;

/** The first Luhn-valid card number (13-19 digits) inside `digits`, by its last four, or undefined. */
function cardInside(digits: string): string | undefined {
  for (let start = 0; start + 13 <= digits.length; start++)
    for (let l = Math.min(19, digits.length - start); l >= 13; l--)
      if (luhnValid(digits.slice(start, start + l))) return digits.slice(start + l - 4, start + l);
  return undefined;
}

/**
 * A card read out in a voice transcript ("four two four two ...", "cuatro uno tres dos ...", with an "uh"
 * inside): masked like a written one, the whole run.
 */
function maskSpokenCards(text: string, found: (last4: string) => void): string {
  const spoken = maskSpokenEnglishCards(text, found);
  const runs = findSpokenDigitRuns(spoken, 13);
  if (runs.length === 0) return spoken;
  let out = '';
  let copied = 0;
  for (const run of runs) {
    const last4 = cardInside(run.digits);
    if (last4 === undefined) continue;
    found(last4);
    out += spoken.slice(copied, run.start) + `[card ••••${last4}]`;
    copied = run.end;
  }
  return copied === 0 ? spoken : out + spoken.slice(copied);
}

/** English digit words mixed with digits ("4 two 4 two ..."). */
function maskSpokenEnglishCards(text: string, found: (last4: string) => void): string {
  if (!/\b(?:one|two|three|four|five|six|seven|eight|nine)\b/i.test(text)) return text;
  return text.replace(SPOKEN_DIGITS, (run) => {
    const digits = run
      .toLowerCase()
      .split(/[\s,.-]+/)
      .map((w) => (/^\d$/.test(w) ? w : w === 'o' ? '0' : (SPOKEN_DIGIT[w] ?? '')))
      .join('');
    const last4 = cardInside(digits);
    if (last4 === undefined) return run;
    found(last4);
    return `[card ••••${last4}]`;
  });
}

/**
 * A code, CVV or SSN read out after its label ("the code is four eight two nine one seven", "my social is
 * five two three ..."): the labelled passes run once more on a copy with each spoken run written as
 * digits, and a run is masked when a pass takes it whole as its value, so the label rules (an error
 * code is no secret, a CVV is 3-4 digits) are the written ones.
 */
function maskSpokenLabelled(text: string, counted: () => void): string {
  const runs = findSpokenDigitRuns(text, 3);
  if (runs.length === 0) return text;
  let view = '';
  let copied = 0;
  const at = new Map<number, { end: number; run: number }>();
  runs.forEach((r, i) => {
    view += text.slice(copied, r.start);
    at.set(view.length, { end: view.length + r.digits.length, run: i });
    view += r.digits;
    copied = r.end;
  });
  view += text.slice(copied);
  const kinds: Array<string | undefined> = runs.map(() => undefined);
  for (const [re, kind] of [
    [SSN, 'ssn'],
    [CVV, 'cvv'],
    [OTP, 'code'],
  ] as const) {
    if (!mayMatch(re, view)) continue;
    for (const m of view.matchAll(re)) {
      const value = m[m.length - 1] ?? m[0];
      const end = m.index + m[0].length;
      const run = at.get(end - value.length);
      if (run && run.end === end) kinds[run.run] ??= kind;
    }
  }
  let out = '';
  copied = 0;
  runs.forEach((r, i) => {
    if (!kinds[i]) return;
    counted();
    out += text.slice(copied, r.start) + `[redacted:${kinds[i]}]`;
    copied = r.end;
  });
  return copied === 0 ? text : out + text.slice(copied);
}

/** Words a secret comes with (a text with a digit is read anyway). */
const MIGHT_HOLD_SECRET = gated(
  /\bfour\b|\bone\b|\bfive\b|\bnine\b|\buno\b|\bcuatro\b|\bcinco\b|\bnueve\b|\bquatre\b|\bcinq\b|\bneuf\b|\beins\b|\bvier\b|\bf(?:u|ü|ue)nf\b|\bneun\b|password|passwd|pwd|\bpw\b|passphrase|contrase|clave|mot de passe|mdp|passwort|kennwort|maiden|memorable|secret|geburtsname|m[aä]dchenname|familienname|soltera|jeune fille|security answer|security question|first pet|respuesta|r[eé]ponse|sicherheitsantwort|sicherheitsfrage|cvv|cvc|code|c[oó]digo|otp|pin|social|ssn|cryptogramme|pr[uü]f/i,
);
/** The labels a spoken secret needs (see `maskSpokenLabelled`): without one, no digit words are looked for. */
const SPOKEN_SECRET_LABEL = gated(
  /cvv|cvc|cvn|csc|code|c[oó]digo|otp|pin|social|ssn|cryptogramme|pr[uü]f|card\s+verification/i,
);

/** Masks secrets in one text (contract section 5). Emails, phones and order ids are kept. */
export function redactText(text: string): RedactedText {
  // a digit, or a word a secret comes with (the words alone go through the literal gate)
  if (!hasDigit(text) && !gatedTest(MIGHT_HOLD_SECRET, text)) return { text, redactions: 0, cardLast4: [] };
  let redactions = 0;
  const counted = () => {
    redactions++;
  };
  const cardLast4: string[] = [];
  let t = !mayMatch(IBAN, text)
    ? text
    : text.replace(IBAN, (m, at: number) => {
        // a mistyped IBAN is still the customer's account when they say it is one ("auf mein Konto DE98 ...")
        if (!ibanValid(m) && !(ibanShaped(m) && ACCOUNT_LABEL.test(text.slice(Math.max(0, at - 40), at)))) return m;
        redactions++;
        return '[redacted:iban]';
      });
  if (mayMatch(API_KEY, t))
    t = t.replace(API_KEY, (_m, label: string | undefined, gap: string | undefined) => {
      redactions++;
      return label ? `${label}${gap}[redacted:api_key]` : '[redacted:api_key]';
    });
  t = maskSpokenCards(t, (last4) => {
    redactions++;
    if (!cardLast4.includes(last4)) cardLast4.push(last4);
  });
  // Each pass below needs at least so many ASCII digits (DIGIT_RUN 13, SSN 9, CVV 3, OTP 4): a text
  // with fewer skips it (a digit count is cheaper than a regex pass).
  if (digitCount(t) >= 13)
    t = t.replace(DIGIT_RUN, (run) =>
      maskCards(run, (last4) => {
        redactions++;
        if (!cardLast4.includes(last4)) cardLast4.push(last4);
      }),
    );
  if (digitCount(t) >= 9 && mayMatch(SSN, t))
    t = t.replace(SSN, (m, label: string | undefined, gap: string | undefined) => {
      redactions++;
      return label ? `${label}${gap}[redacted:ssn]` : '[redacted:ssn]';
    });
  if (digitCount(t) >= 3 && mayMatch(CVV, t))
    t = t.replace(CVV, (_m, label: string, gap: string) => {
      redactions++;
      return `${label}${gap}[redacted:cvv]`;
    });
  if (digitCount(t) >= 4 && mayMatch(OTP, t))
    t = t.replace(OTP, (_m, label: string, gap: string) => {
      redactions++;
      return `${label}${gap}[redacted:code]`;
    });
  if (digitCount(t) >= 4 && mayMatch(CODE_THEN_VALUE, t))
    t = t.replace(CODE_THEN_VALUE, (_m, label: string, gap: string) => {
      redactions++;
      return `${label}${gap}[redacted:code]`;
    });
  if (mayMatch(SPOKEN_SECRET_LABEL, t)) t = maskSpokenLabelled(t, counted);
  t = redactPasswords(t, counted);
  if (mayMatch(SECURITY_ANSWER_INLINE, t))
    t = t.replace(SECURITY_ANSWER_INLINE, (_m, label: string, gap: string) => {
      redactions++;
      return `${label}${gap}[redacted:security_answer]`;
    });
  return { text: t, redactions, cardLast4 };
}

/**
 * Redacts every string of the event that can carry a secret (messages, bot action details, the
 * handoff note, customer attributes), including the customer's reply right after the bot asks for a
 * secret (a security answer, a CVV, a code, an SSN, a password: see redact-reply.ts).
 * Returns a new event; never mutates its input.
 */
export function redactEvent(event: HandoffEvent): RedactedEvent {
  let redactions = 0;
  const cardLast4: string[] = [];
  const run = (text: string): string => {
    const r = redactText(text);
    redactions += r.redactions;
    for (const l of r.cardLast4) if (!cardLast4.includes(l)) cardLast4.push(l);
    return r.text;
  };
  let asked = NOTHING_ASKED;
  /** What the customer's last reply was asked for (a bot that asks to try again asks it once more). */
  let answered = NOTHING_ASKED;
  const messages = event.messages.map((m) => {
    if (m.role === 'customer' && asked.securityAnswer) {
      const masked = maskSecurityAnswer(m.text);
      if (masked) {
        answered = asked;
        asked = NOTHING_ASKED;
        redactions++;
        return { ...m, text: masked.answer + (masked.rest ? run(masked.rest) : '') };
      }
    }
    let text = run(m.text);
    if (m.role === 'customer' && asked !== NOTHING_ASKED) {
      const reply = redactReply(asked, text);
      redactions += reply.redactions;
      text = reply.text;
    }
    if (m.role === 'bot' || m.role === 'agent') asked = askedSecretAfter(answered, m.text);
    else if (m.role === 'customer') {
      answered = asked;
      asked = NOTHING_ASKED;
    }
    return { ...m, text };
  });
  const redacted: HandoffEvent = { ...event, messages };
  if (event.bot?.actions)
    redacted.bot = {
      ...event.bot,
      actions: event.bot.actions.map((a) => (a.detail === undefined ? a : { ...a, detail: run(a.detail) })),
    };
  if (event.handoff?.note !== undefined) redacted.handoff = { ...event.handoff, note: run(event.handoff.note) };
  if (event.customer?.attributes)
    redacted.customer = {
      ...event.customer,
      attributes: redactValue(event.customer.attributes, run) as Record<string, unknown>,
    };
  return { event: redacted, redactions, cardLast4 };
}

function redactValue(value: unknown, run: (s: string) => string, depth = 0): unknown {
  if (typeof value === 'string') return run(value);
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => redactValue(v, run, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v, run, depth + 1)]));
}
