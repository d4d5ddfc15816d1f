import { allMatches } from './all-matches';
export { parseAmount } from './amounts';
import type { HandoffEvent } from '../schema/handoff-event';
import { emptyEntities, type Entities } from '../schema/handoff-package';
import { digitsFromWords } from './number-words';
import { addAmount, addAmounts, addAmountsWithoutDigits, localiseDollars } from './amounts';
import { withoutQuoted } from './normalize-text';
import { quotedHeaders } from './quoted-headers';
import { productNamesOf } from './product-names';
import { gated, gatedTest } from './literal-gate';
import { spokenEmailsOf } from './spoken-email';
import { isClearlyId, LABELLED_ID, labelledId, NUMBER_IS, PREFIXED_ID } from './labelled-ids';
import { errorCodesOf, isAfterErrorWord } from './error-codes';
import { resolveDate, type DateLanguage } from './resolve-date';
import { AROUND, dateMentionsOf } from './date-mentions';

const EMAIL = gated(/\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}\b/g);
const URL = gated(/\b(?:https?:\/\/|www\.)[^\s<>"')\]]{2,500}/gi);
/** A phone: international with a one-digit area ("+33 6 71 24 90 18"), in groups, or one run. */
const PHONE = gated(
  /(?<![\w+])\+\d{1,3}[\s.-]?\d(?:[\s.-]\d{2,8}){2,5}(?![\w-])|(?<![\w+])(\+\d{1,3}[\s.-]?)?(\(\d{2,4}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,8}){1,4}(?![\w-])|(?<![\w+])\+\d{8,15}(?!\w)|(?<![\w+.,-])\d{7,15}(?![\w.,-]?\d)/g,
);
/**
 * Words before a number that make it a phone's: "call me", "mi cel es", "rappelez-moi au", "ich bin
 * unter ... erreichbar". "Number" after another thing's name ("the policy number ... it's 523418876")
 * is that thing's.
 */
const PHONE_CONTEXT = gated(
  /\b(?:phone|call|(?<!\b(?:policy|account|order|reference|tracking|case|claim|member|membership|security|serial|card|confirmation|reservation|booking|invoice|model|ticket|rewards|routing|id)\s+)number|mobile|cell|cel|tel|telephone|reach\s+me|text\s+me|whatsapp|tel[eé]fono|t[eé]l[eé]phone|telefon|handy|(?:telefon|handy|mobil(?:funk)?|festnetz|kontakt)nummer|num[eé]ro|n[uú]mero|nummer|rufnummer|portable|m[oó]vil|celular|ll[aá]m(?:ame|enme|ar|en)|rappel(?:er|ez)|appel(?:er|ez)|joindre|joignable|anrufen|zur[uü]ckrufen|r[uü]ckruf|erreichbar|erreichen|unter)\b/i,
);
const ORDER_CONTEXT = gated(
  /\b(?:order|purchase|invoice|confirmation|booking|reservation|tracking|shipment|package|parcel|ticket|receipt|transaction|rma|return|(?:case|claim|incident)\s+(?:number|no\.?|#|id|ref(?:erence)?)|pedido|orden|commande|bestellung|bestellnummer|auftragsnummer|auftrag|rechnungsnummer|buchungsnummer|sendungsnummer|trackingnummer|factura|facture|rechnung|n[uú]mero\s+de\s+(?:seguimiento|env[ií]o|pedido|orden|factura|reserva)|num[eé]ro\s+de\s+(?:suivi|colis|commande|facture|r[eé]servation)|(?:order|bestellung|pedido|orden|commande)\s+(?:\w+\s+){0,2}?(?:die|the|el|le)\s+(?:number|nummer|n[uú]mero|num[eé]ro))(?:\s+(?:number|no\.?|num|id|#|code|ref(?:erence)?|nummer|n[uú]mero|num[eé]ro))?\s*(?:is|was|it['’]?s|es|era|est|c['’]est|ist|lautet|war|:|#|nr\.?|n[ºo°]\.?)?(?:\s+(?:el|la|le|the))?\s*#?\s*((?:[A-Za-z]{1,5}-)?[A-Za-z]{0,5}[-#]?\d[\w-]{2,30}|[A-Z]{2,5}\/\d{2,4}\/\d{2,8})/gi,
);
const ORDER_SHAPE = gated(
  /(?<![\w-])(?:#\d{4,12}|(?:ORD|ORDER|PO|INV|RMA|BK|TKT)[-_]?\d[\w-]{2,20}|[A-Z]{1,3}-\d{3,10}(?:-\d{1,10})?|[A-Z]{2,4}(?:-[A-Z]{2,4}){1,2}-\d{4,10})(?![\w-])/g,
);
/**
 * An error's or a discount's word shortly before, in the same sentence: the code after it is that,
 * not an id ("error code on your last session, STB-22071", "promo code SAVE-20251").
 */
const ERROR_OR_PROMO_BEFORE =
  /\b(?:error|err|code|fault|exception|status|fehler|erreur|c[oó]digo|promo|coupon|voucher|discount|gutschein|rabatt|cup[oó]n|descuento|remise)\b[^.!?\n]*$/i;
function isErrorOrPromo(text: string, index: number): boolean {
  return ERROR_OR_PROMO_BEFORE.test(text.slice(Math.max(0, index - 40), index));
}
const ACCOUNT_CONTEXT = gated(
  /\b(?:account|acct|customer|client|member|membership|user|subscriber|policy|contract|kundennummer|kundenkonto|kontonummer|vertragsnummer|mitgliedsnummer|n[uú]mero\s+de\s+(?:cliente|cuenta|socio)|num[eé]ro\s+(?:de\s+)?(?:client|compte|membre)|cuenta|compte|kunden|konto)(?:\s+(?:number|no\.?|num|id|#|code))?\s*(?:is|was|it['’]?s|es|era|est|c['’]est|ist|lautet|war|:|#|nr\.?)?\s*#?\s*([A-Za-z]{0,5}[-#]?\d[\w-]{3,30})/gi,
);
/** "username is jdoe", "login: jdoe", "login jdoe_93": a name said as one, or shaped like one ("login page" is no user). */
const USERNAME = gated(
  /\b(?:username|user\s+name|user\s*-?id|login|handle|(account|acct)(?:\s+name)?(?=\s*(?:\bis\b|\bwas\b|:)\s*@?[A-Za-z][\w.]*_))(?:\s*(?:\bis\b|\bwas\b|:)\s*@?([A-Za-z][\w.-]{0,38}\w)|\s+@?([A-Za-z][\w-]*(?:\d|[._])[\w.-]*\w))(?![\w-])/gi,
);
const CARD_LAST4 = gated(
  /\b(?:card|visa|mastercard|amex|debit|credit)?\s*(?<!\b(?:phone|mobile|number|cell|line|account|iban|telephone)\s+)(?:ending|ends|ending\s+in|ending\s+with|ends\s+in|ends\s+with|last\s+(?:4|four)(?:\s+digits)?(?:\s+(?:are|is|of))?)\s*(?:in|with|:)?\s*(\d{4})\b|(?<!\d)\[card ••••(\d{4})\](?!\d)/gi,
);
/**
 * A card's ending in Spanish, French and German ("tarjeta terminación 4821", "la Visa acabada en 7012",
 * "celle se terminant par 5521", "endet auf 1234", "mit der Endung 1234", "die auf 1234 endet"), and
 * four digits right after the card's name ("la carte 5521", "my Visa 4242"); not a phone's or an
 * account's ending ("móvil terminado en 4471").
 */
const CARD_LAST4_OTHER = gated(
  /(?:terminaci[oó]n|terminad[ao]\s+en|acabad[ao]\s+en|que\s+(?:termina|acaba)\s+en|terminant\s+par|se\s+termine\s+par|finissant\s+par|termin[ée]e\s+par|endet\s+auf|endend\s+auf|endung|endziffern)\s*:?\s*(\d{4})(?!\d|[.,]\d)|\bauf\s+(\d{4})\s+endet\b|\b(?:card|visa|mastercard|amex|tarjeta|carte|karte|kreditkarte)\s+(\d{4})(?![\d%]|[.,]\d|\s*(?:€|\$|£|eur|usd|euros?|dollars?)|[\s-]\d)/gi,
);
/** A phone's or an account's name just before its ending: "mi móvil terminado en 4471" is no card. */
const NOT_A_CARD_BEFORE =
  /\b(?:m[oó]vil|tel[eé]fono|n[uú]mero|cuenta|l[ií]nea|portable|t[eé]l[eé]phone|num[eé]ro|compte|ligne|handy|telefon|nummer|konto|rufnummer)\s+(?:(?:qui\s+)?se\s+|que\s+|die\s+)?$/i;
const lowerKey = (v: string) => v.toLowerCase();
const idKey = (v: string) => v.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
const phoneKey = (v: string) => v.replace(/\D/g, '');
const wordKey = (v: string) => v.replace(/\W/g, '').toLowerCase();
/** The keys of a list's values, by key function, kept as values are pushed: a lookup instead of a walk over the list (linear in the transcript). */
const keysOf = new WeakMap<string[], Map<(v: string) => string, Set<string>>>();

function keySet(list: string[], key: (v: string) => string): Set<string> {
  let byKey = keysOf.get(list);
  if (!byKey) keysOf.set(list, (byKey = new Map()));
  let keys = byKey.get(key);
  if (!keys) byKey.set(key, (keys = new Set(list.map(key))));
  return keys;
}

function pushUnique(list: string[], value: string, key: (v: string) => string = lowerKey): void {
  const k = key(value);
  if (!k || keySet(list, key).has(k)) return;
  list.push(value);
  for (const [fn, keys] of keysOf.get(list)!) keys.add(fn === key ? k : fn(value));
}

function normalisePhone(raw: string): string {
  const plus = raw.trim().startsWith('+');
  const digits = raw.replace(/\D/g, '');
  if (plus) return `+${digits}`;
  // ten digits are a North American number only as the plan numbers them (area codes start 2-9) and
  // groups them (3-3-4): "06 12 34 56 78" is French, "33 1987 6543" Mexican
  const grouping = raw.trim();
  if (
    digits.length === 10 &&
    /^[2-9]\d{2}[2-9]/.test(digits) &&
    (/^\d+$/.test(grouping) || /^(?:1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}$/.test(grouping))
  )
    return `+1${digits}`;
  if (digits.length === 11 && digits.startsWith('1')) return `+${digits}`;
  return digits;
}

/**
 * Entities of one text into `out`. With `products`, the product names go there instead, before the
 * check against the products already found (which depends on `out`), for `scanBotMessage` to replay.
 */
function scan(text: string, out: Entities, products?: string[]): void {
  const t = digitsFromWords(text);
  const hasAt = t.includes('@');
  const hasUrl = /https?:\/\/|www\./i.test(t);
  if (hasAt) for (const m of allMatches(EMAIL, t)) pushUnique(out.emails, m[0].toLowerCase());
  for (const email of spokenEmailsOf(t)) pushUnique(out.emails, email);
  if (hasUrl) for (const m of allMatches(URL, t)) pushUnique(out.urls, m[0].replace(/[.,;:!?]+$/, ''));
  const withoutUrls = hasAt || hasUrl ? t.replace(URL, ' ').replace(EMAIL, ' ') : t;
  const hasDigit = /\d/.test(withoutUrls);
  if (!hasDigit) {
    scanWithoutDigits(withoutUrls, out, products);
    return;
  }

  const ids = new Set<string>();
  for (const m of allMatches(ORDER_CONTEXT, withoutUrls)) {
    const id = m[1]!.replace(/[-.]+$/, '');
    if (/^\d{1,2}$/.test(id) || /^\d{1,2}(?:st|nd|rd|th)$/i.test(id)) continue;
    ids.add(id.toLowerCase());
    pushUnique(out.orderIds, id, idKey);
  }
  // an id said after "account" is the account's, whatever its shape ("account # CUS-00912")
  for (const m of allMatches(ACCOUNT_CONTEXT, withoutUrls)) {
    const id = m[1]!.replace(/[-.]+$/, '');
    if (ids.has(id.toLowerCase())) continue;
    ids.add(id.toLowerCase());
    pushUnique(out.accountIds, id);
  }
  for (const m of allMatches(LABELLED_ID, withoutUrls)) {
    const found = labelledId(m);
    if (!found || ids.has(found.id.toLowerCase())) continue;
    ids.add(found.id.toLowerCase());
    pushUnique(out[found.kind], found.id, found.kind === 'orderIds' ? idKey : lowerKey);
  }
  for (const m of allMatches(NUMBER_IS, withoutUrls)) {
    const id = m[1]!;
    if (ids.has(id.toLowerCase()) || isErrorOrPromo(withoutUrls, m.index)) continue;
    ids.add(id.toLowerCase());
    pushUnique(out.orderIds, id, idKey);
  }
  for (const m of allMatches(PREFIXED_ID, withoutUrls)) {
    if (ids.has(m[0].toLowerCase()) || !isClearlyId(m) || isErrorOrPromo(withoutUrls, m.index)) continue;
    ids.add(m[0].toLowerCase());
    pushUnique(out.orderIds, m[0], idKey);
  }
  for (const m of allMatches(ORDER_SHAPE, withoutUrls)) {
    const id = m[0].replace(/^#/, '');
    if (ids.has(id.toLowerCase())) continue; // already an order (said after "order") or an account
    if (isAfterErrorWord(withoutUrls, m.index)) continue;
    if (
      /^[A-Z]{1,3}-\d{3,10}$/.test(id) &&
      !/\b(?:order|purchase|booking|ticket|ref|reference|case|rma)\b/i.test(withoutUrls)
    )
      continue;
    ids.add(id.toLowerCase());
    pushUnique(out.orderIds, id, idKey);
  }
  for (const m of allMatches(USERNAME, withoutUrls)) pushUnique(out.accountIds, (m[2] ?? m[3])!);

  for (const m of allMatches(CARD_LAST4, t)) pushUnique(out.cardLast4, (m[1] ?? m[2])!);
  for (const m of allMatches(CARD_LAST4_OTHER, t))
    if (!NOT_A_CARD_BEFORE.test(t.slice(Math.max(0, m.index - 30), m.index)))
      pushUnique(out.cardLast4, (m[1] ?? m[2] ?? m[3])!);

  addAmounts(out, withoutUrls);

  for (const code of errorCodesOf(withoutUrls, ids)) pushUnique(out.errorCodes, code);

  for (const m of allMatches(PHONE, withoutUrls)) {
    const raw = m[0];
    const digits = raw.replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15) continue;
    if (ids.has(raw.toLowerCase()) || [...ids].some((id) => id.replace(/\D/g, '') === digits)) continue;
    const before = withoutUrls.slice(Math.max(0, m.index - 40), m.index);
    const looksLikePhone =
      raw.trim().startsWith('+') ||
      /^\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}$/.test(raw.trim()) ||
      /^0[1-9](?:[\s.-]\d{2}){4}$/.test(raw.trim()) || // French, in pairs: "06 12 34 56 78"
      PHONE_CONTEXT.test(before);
    if (!looksLikePhone || /^\d{4}-\d{2}-\d{2}$/.test(raw.trim()) || /\d{1,2}[/.]\d{1,2}[/.]\d{2,4}/.test(raw))
      continue;
    pushUnique(out.phones, normalisePhone(raw), phoneKey);
  }

  for (const date of dateMentionsOf(withoutUrls)) pushUnique(out.dates, date);
  scanProducts(withoutUrls, out, products);
}

/**
 * The dates from `from` on, said at `at`: the ISO day each names ("March 3rd" said in 2026 is
 * 2026-03-03), as written when there is no time to count from, dropped when they name no day
 * ("last month"); each day once.
 */
function resolveDates(
  out: Entities,
  from: number,
  at: string | undefined,
  language: DateLanguage,
  botSaid = false,
): void {
  if (out.dates.length === from) return;
  const kept = out.dates.slice(0, from);
  for (const entry of out.dates.slice(from)) {
    const cut = entry.indexOf(AROUND);
    const text = cut < 0 ? entry : entry.slice(0, cut);
    // a bot's "today" is the time of the conversation itself ("an address added today"), no day a customer named
    if (botSaid && TODAY.test(text)) continue;
    const [before = '', after = ''] = cut < 0 ? [] : entry.slice(cut + 1).split(AROUND);
    // "hier" is yesterday in French and "here" in German
    const day = /^hier$/i.test(text) && language !== 'fr' ? null : resolveDate(text, at, language, before, after);
    if (day === null) continue;
    const value = day ?? text;
    if (!kept.some((k) => k.toLowerCase() === value.toLowerCase())) kept.push(value);
  }
  out.dates.length = 0;
  out.dates.push(...kept);
  keysOf.delete(out.dates);
}

const TODAY = /^(?:today|hoy|aujourd'hui|heute)$/i;
const NO_IDS: ReadonlySet<string> = new Set();

/** The sender's email and the date in the headers of a quoted or forwarded mail (`quotedHeaders`). */
function scanQuotedHeaders(text: string, out: Entities): void {
  const headers = quotedHeaders(text);
  if (!headers) return;
  for (const m of allMatches(EMAIL, headers)) pushUnique(out.emails, m[0].toLowerCase());
  for (const date of dateMentionsOf(headers)) pushUnique(out.dates, date);
}

/** The kinds that need no digit: amounts in words, snake_case error codes, usernames, dates in words, products. */
function scanWithoutDigits(t: string, out: Entities, products?: string[]): void {
  addAmountsWithoutDigits(out, t);
  if (t.includes('_')) for (const code of errorCodesOf(t, NO_IDS)) pushUnique(out.errorCodes, code);
  if (/\b(?:username|user\s+name|user\s*-?id|login|handle|account|acct)\b/i.test(t))
    for (const m of allMatches(USERNAME, t)) pushUnique(out.accountIds, (m[2] ?? m[3])!);
  for (const date of dateMentionsOf(t, false)) pushUnique(out.dates, date);
  scanProducts(t, out, products);
}

function scanProducts(t: string, out: Entities, products?: string[]): void {
  for (const name of productNamesOf(t)) {
    if (products) products.push(name);
    else addProduct(out.products, name);
  }
}

function addProduct(products: string[], name: string): void {
  // a shorter name already inside a longer one ("iPhone 15" in "iPhone 15 Pro Max") is the same product
  const lower = name.toLowerCase();
  if (products.some((p) => p.toLowerCase().includes(lower))) return;
  // and a longer one said later is the fuller name of one found ("Dyson V15", then "Dyson V15 Detect")
  const shorter = products.findIndex((p) => lower.includes(p.toLowerCase()));
  if (shorter >= 0) {
    products[shorter] = name;
    keysOf.delete(products);
    return;
  }
  pushUnique(products, name);
}

/** The lists `scan` fills with `pushUnique`, each with the key it de-duplicates that list by there. */
const SCANNED_LISTS = [
  ['emails', lowerKey],
  ['urls', lowerKey],
  ['orderIds', idKey],
  ['accountIds', lowerKey],
  ['cardLast4', lowerKey],
  ['errorCodes', lowerKey],
  ['phones', phoneKey],
  ['dates', lowerKey],
] as const;

type BotScan = { found: Entities; products: string[] };
/**
 * For speed: a bot's messages are templates, repeated across conversations, so the scan of a bot
 * message is kept by its exact text (bounded, cleared when full; customers' messages are not kept).
 * The scan depends on nothing but the text; replaying what it found, in order and through the same
 * de-duplication, gives `out` exactly what scanning it again would (a value the scan dropped as a
 * duplicate of its own earlier one is dropped again), and copies, so nothing kept is shared.
 */
const botScans = new Map<string, BotScan>();
const BOT_SCANS = 512;
const BOT_SCAN_MAX_CHARS = 2000;

function scanBotMessage(text: string, out: Entities): void {
  if (text.length > BOT_SCAN_MAX_CHARS) return scan(text, out);
  let kept = botScans.get(text);
  if (!kept) {
    kept = { found: emptyEntities(), products: [] };
    scan(text, kept.found, kept.products);
    if (botScans.size >= BOT_SCANS) botScans.clear();
    botScans.set(text, kept);
  }
  const { found, products } = kept;
  for (const [list, key] of SCANNED_LISTS) for (const v of found[list]) pushUnique(out[list], v, key);
  for (const a of found.amounts) addAmount(out.amounts, a.value, a.currency, a.text);
  for (const name of products) addProduct(out.products, name);
}

/** The bot asks for an order (or account) number, in the four languages. */
const ASKS_ORDER = gated(
  /\b(?:order|booking|reservation|confirmation|tracking|invoice|claim|case|ticket|reference)\s+(?:number|no\.?|id|#|reference|code)|n[uú]mero\s+de\s+(?:pedido|orden|reserva|factura)|num[eé]ro\s+de\s+(?:commande|r[eé]servation|facture|suivi)|bestellnummer|auftragsnummer|rechnungsnummer|buchungsnummer/i,
);
const ASKS_ACCOUNT = gated(
  /\b(?:account|customer|client|member(?:ship)?|policy|rewards|loyalty|patient|contract|registration|subscriber|student|licen[cs]e|project)\s+(?:number|no\.?|id)|n[uú]mero\s+de\s+(?:cuenta|cliente|contrato|socio|p[oó]liza|abonado)|num[eé]ro\s+(?:de\s+)?(?:compte|client|contrat|membre|police|adh[ée]rent)|kundennummer|kontonummer|vertragsnummer|mitgliedsnummer/i,
);
/** The bot asks which card, or for its last four, in the four languages ("Which card is it?", "¿qué tarjeta?", "celle se terminant par ... ?"). */
const ASKS_LAST4 = gated(
  /\blast\s+(?:4|four)\s+(?:digits|numbers)|\bending\s+digits|[uú]ltimos\s+(?:4|cuatro)\s+d[ií]gitos|quatre\s+derniers\s+chiffres|(?:4|quatre)\s+derniers\s+chiffres|letzten\s+(?:4|vier)\s+(?:ziffern|stellen)|\bwhich\s+card\b|qu[eé]\s+tarjeta|quelle\s+carte|welche\s+karte|(?:se\s+)?terminant\s+par|terminaci[oó]n|acabada\s+en|endet\s+auf|\bendziffern/i,
);
/** The bot asks for a phone number, in the four languages. */
const ASKS_PHONE = gated(
  /\b(?:phone|mobile|cell|telephone|contact|callback)\s+number|n[uú]mero\s+de\s+(?:tel[eé]fono|m[oó]vil|celular|l[ií]nea|contacto)|num[eé]ro\s+de\s+(?:t[eé]l[eé]phone|portable|mobile)|telefonnummer|handynummer|rufnummer|mobilnummer/i,
);
const ASKS_SECRET = gated(
  /\b(?:social\s+security|ssn|date\s+of\s+birth|birth\s*date|pin|password|passcode|security\s+code)\b/i,
);
/** A phone number in a short answer: 7 to 15 digits, in groups or not, maybe after a "+". */
const BARE_PHONE = /(?<![\w.,+-])(\+?\d[\d\s.()-]{5,20}\d)(?![\w.,-]?\d)/;
/**
 * An id heard without its letters ("auftragsnummer a fünf fünf null neun eins": 55091) and said in
 * full later ("Auftrag A55091") is that one id: the digits alone go when another id of the list is
 * those digits after letters.
 */
function dropLetterlessEchoes(ids: string[]): void {
  if (ids.length < 2) return;
  const kept = ids.filter(
    (id) =>
      !/^\d+$/.test(id) ||
      !ids.some((other) => other.endsWith(id) && /^[A-Za-z]{1,4}-?$/.test(other.slice(0, -id.length))),
  );
  if (kept.length === ids.length) return;
  ids.length = 0;
  ids.push(...kept);
  keysOf.delete(ids);
}

/** How many words of a long answer the asked id is looked for in: its opening, spelled digits read as one word each. */
const ANSWER_WORDS = 8;
/** An id in a short answer: digits (4-12), optionally after letters and a dash (A-30917, 889412). */
const BARE_ID = gated(/(?<![\w.,-])((?:[A-Za-z]{1,4}-?)?(?:\d{4,12}|\d{2,6}(?:-\d{2,6}){1,3}))(?![\w.,-]?\d)/);

/**
 * Finds every entity kind of the contract in an (already redacted) event: normalised,
 * de-duplicated, in order of first mention. Reads messages, bot action details and the customer's
 * record.
 */
export function extractEntities(event: HandoffEvent, language: DateLanguage = 'en'): Entities {
  const out = emptyEntities();
  let asked: 'orderIds' | 'accountIds' | 'cardLast4' | 'phones' | undefined;
  // a message with no time of its own was said around the last one that has one
  let at = event.messages.find((m) => m.at)?.at;
  for (const m of event.messages) {
    at = m.at ?? at;
    const from = out.dates.length;
    if (m.role === 'bot') scanBotMessage(m.text, out);
    else if (m.role === 'customer' || m.role === 'agent') {
      scan(withoutQuoted(m.text), out);
      scanQuotedHeaders(m.text, out);
    } else scan(m.text, out);
    resolveDates(out, from, at, language, m.role === 'bot');
    if (m.role === 'bot' || m.role === 'agent') {
      // "your policy number or social security number": the answer may be the secret, no id
      asked = gatedTest(ASKS_SECRET, m.text)
        ? undefined
        : gatedTest(ASKS_LAST4, m.text)
          ? 'cardLast4'
          : gatedTest(ASKS_ORDER, m.text)
            ? 'orderIds'
            : gatedTest(ASKS_ACCOUNT, m.text)
              ? 'accountIds'
              : gatedTest(ASKS_PHONE, m.text)
                ? 'phones'
                : undefined;
      continue;
    }
    // "four two four two" after "the last four digits of the card?": the card's last 4.
    if (m.role === 'customer' && asked === 'cardLast4' && m.text.split(/\s+/).length <= 12) {
      const four = /(?<!\d)(\d{4})(?!\d)/.exec(digitsFromWords(m.text).replace(/(\d)\s+(?=\d)/g, '$1'))?.[1];
      if (four) pushUnique(out.cardLast4, four);
      asked = undefined;
      continue;
    }
    // "six one seven five five five zero one nine three", "55 3412 7788": a short answer to "your phone number?"
    if (m.role === 'customer' && asked === 'phones' && m.text.split(/\s+/).length <= 16) {
      const raw = BARE_PHONE.exec(digitsFromWords(m.text))?.[1];
      if (raw && raw.replace(/\D/g, '').length >= 7) pushUnique(out.phones, normalisePhone(raw), phoneKey);
      asked = undefined;
      continue;
    }
    // "Es el 889412", "C'est 77120": a short answer to the bot's question for an order or account number,
    // or the first words of a longer one, as an answer opens with what was asked ("CMP-2291. I had to
    // leave work ...", "contrato 33815 y quiero que ...")
    if (m.role === 'customer' && asked) {
      const words = m.text.split(/\s+/);
      const answer = words.length <= 12 ? m.text : words.slice(0, ANSWER_WORDS).join(' ');
      const id = BARE_ID.exec(digitsFromWords(answer))?.[1];
      if (id) {
        const k = wordKey(id);
        const known = [out.orderIds, out.accountIds, out.phones].some((list) => keySet(list, wordKey).has(k));
        if (!known) pushUnique(out[asked], id);
      }
    }
    asked = undefined;
  }
  for (const a of event.bot?.actions ?? [])
    if (a.detail) {
      const from = out.dates.length;
      scan(a.detail, out);
      resolveDates(out, from, a.at ?? at, language);
    }
  const c = event.customer;
  if (c?.email) pushUnique(out.emails, c.email.toLowerCase());
  if (c?.phone) pushUnique(out.phones, normalisePhone(c.phone), phoneKey);
  // an id named as the account's once ("business account BA-300177") is not also an order where a
  // later message names it bare ("Adding 12 lines to BA-300177")
  const accountKeys = keySet(out.accountIds, idKey);
  if (accountKeys.size > 0 && out.orderIds.some((id) => accountKeys.has(idKey(id)))) {
    const orders = out.orderIds.filter((id) => !accountKeys.has(idKey(id)));
    out.orderIds.length = 0;
    out.orderIds.push(...orders);
    keysOf.delete(out.orderIds);
  }
  dropLetterlessEchoes(out.orderIds);
  dropLetterlessEchoes(out.accountIds);
  localiseDollars(out.amounts, event.locale);
  const plan = c?.attributes?.plan;
  if (typeof plan === 'string' && plan.trim()) pushUnique(out.products, plan.trim());
  return out;
}
