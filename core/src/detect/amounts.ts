import { allMatches } from './all-matches';
import type { Amount, Entities } from '../schema/handoff-package';
import { gated } from './literal-gate';
import { NUMBER_WORD, parseNumberWords, spokenPrice } from './number-words';

/** Amounts of one text, with digits in it, into `out`: symbols, codes, words, and bare prices after a money verb. */
export function addAmounts(out: Entities, withoutUrls: string): void {
  for (const m of allMatches(AMOUNT_SYMBOL_FIRST, withoutUrls)) {
    const currency = CURRENCY_SYMBOL[m[1]!.toUpperCase()] ?? CURRENCY_SYMBOL[m[1]!] ?? 'USD';
    addAmount(out.amounts, parseAmount(m[2]!) * scale(m[3]), currency, m[0], true);
    addRangeEnd(out, withoutUrls, m.index, m.index + m[0].length, currency);
  }
  for (const m of allMatches(AMOUNT_CODE, withoutUrls)) {
    if (m[1]) addAmount(out.amounts, parseAmount(m[2]!), m[1].toUpperCase(), m[0], true);
    else {
      const unit = m[4]!.toLowerCase();
      const currency = CURRENCY_SYMBOL[unit] ?? CURRENCY_WORD[unit] ?? unit.toUpperCase();
      addAmount(out.amounts, parseAmount(m[3]!), currency, m[0], true);
      addRangeEnd(out, withoutUrls, m.index, m.index + m[0].length, currency);
    }
  }
  addAmountsInWords(out, withoutUrls);
  addBareCharges(out, withoutUrls);
  addMoneyRanges(out, withoutUrls);
}

/** The amounts of a text with no digit: in words, and spoken prices after a money verb. */
export function addAmountsWithoutDigits(out: Entities, t: string): void {
  if (/\b(?:dollars?|euros?|pounds?|bucks|quid|d[oó]lares|pesos|libras|francs?|franken)\b/i.test(t)) {
    addAmountsInWords(out, t);
  }
  if (MONEY_VERB_OR_PRICE_WORDS.test(t)) addBareCharges(out, t);
  if (MONEY_RANGE_WORDS.test(t)) addMoneyRanges(out, t);
}
/** A money verb, or a tens word a spoken price has ("seventeen ninety nine"): what `CHARGED_BARE` needs without digits. */
const MONEY_VERB_OR_PRICE_WORDS =
  /\b(?:charged|billed|paid|paying|pays?|debited|deducted|refund\w*|cost\w*|price|total|withdr[ea]wn?|transferred|wired|deposit|charge|payment|transfer|withdrawal|fee|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b/i;
const MONEY_RANGE_WORDS = /\bfrom\b/i;

const CURRENCY_SYMBOL: Record<string, string> = {
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  US$: 'USD',
  C$: 'CAD',
  A$: 'AUD',
  CA$: 'CAD',
  AU$: 'AUD',
};
const CURRENCY_WORD: Record<string, string> = {
  usd: 'USD',
  dollar: 'USD',
  dollars: 'USD',
  bucks: 'USD',
  eur: 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  gbp: 'GBP',
  pound: 'GBP',
  pounds: 'GBP',
  quid: 'GBP',
  cad: 'CAD',
  aud: 'AUD',
  chf: 'CHF',
  jpy: 'JPY',
  yen: 'JPY',
  inr: 'INR',
  rupees: 'INR',
  mxn: 'MXN',
  pesos: 'MXN',
  sek: 'SEK',
  nok: 'NOK',
  dkk: 'DKK',
  brl: 'BRL',
  reais: 'BRL',
  dólares: 'USD',
  dolares: 'USD',
  libras: 'GBP',
  franc: 'CHF',
  francs: 'CHF',
  franken: 'CHF',
};
/** A number as amounts are written: thousands apart by a comma, dot, space or apostrophe (Swiss "1'250.00"). */
const NUM = String.raw`\d{1,3}(?:[,.\s'’]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const AMOUNT_SYMBOL_FIRST = gated(
  new RegExp(String.raw`(US\$|C\$|A\$|CA\$|AU\$|[$€£¥₹])\s?(${NUM})(\s?(?:k|m|million|thousand)\b)?`, 'gi'),
);
const AMOUNT_CODE = gated(
  new RegExp(
    String.raw`\b(usd|eur|gbp|cad|aud|chf|jpy|inr|mxn|sek|nok|dkk|brl)\s?(${NUM})\b|(?<![\w.,])(${NUM})\s?(€|£|\$|usd|eur|gbp|cad|aud|chf|jpy|inr|mxn|sek|nok|dkk|brl|dollars?|euros?|pounds?|bucks|quid|yen|rupees|pesos|reais)(?!\w)`,
    'gi',
  ),
);
const AMOUNT_WORDS = gated(
  new RegExp(
    String.raw`\b((?:${NUMBER_WORD}[\s-]+){0,6}${NUMBER_WORD})\s+(dollars?|euros?|pounds?|bucks|quid)\b`,
    'gi',
  ),
);
/**
 * Amounts in Spanish, French and German words ("veinte euros", "quatre-vingt-dix-neuf euros",
 * "zweihundertfünfzig Euro"): the words before the currency, of which the longest tail that is a
 * number (`parseNumberWords`) is the amount.
 */
const AMOUNT_WORDS_OTHER = gated(
  /((?:[a-zà-öø-ÿß]+[\s-]+){0,7}?[a-zà-öø-ÿß]+)\s+(euros?|d[oó]lares|pesos|libras|francs?|franken)(?![a-zà-öø-ÿß])/gi,
);
/** Words a number in words does not start with: "and", and "a" ("de treinta y cinco a cincuenta y dos euros": "to"). */
const CONNECTOR = /^(?:y|et|und|and|a)$/i;

/**
 * The cents said after an amount in words ("... dollars and ninety nine cents", "... euros con noventa",
 * "... euros quatre-vingt-dix", "... Euro fünfzig"): the value in cents and the words, or undefined.
 * After "and", "y", "et" or "und" the word "cents" must follow ("forty dollars and two items" has none),
 * and without it the cents are 10 to 99.
 */
const CENTS_LEAD = /^\s*,?\s*(?:(and|y|con|et|und)\s+)?/i;
const CENTS_WORD = /^\s+(?:cents?|centavos|c[eé]ntimos|centimes|cent)(?![a-zà-öø-ÿß])/i;
const WORD_AHEAD = /^[a-zà-öø-ÿß]+(?:-[a-zà-öø-ÿß]+)*/i;
function centsAfter(text: string, end: number): { cents: number; words: string } | undefined {
  const rest = text.slice(end, end + 80);
  const lead = CENTS_LEAD.exec(rest)!;
  const connector = lead[1]?.toLowerCase();
  // up to four words, each with its end in `rest`
  const ends: number[] = [];
  let at = lead[0].length;
  while (ends.length < 4) {
    const w = WORD_AHEAD.exec(rest.slice(at));
    if (!w) break;
    at += w[0].length;
    ends.push(at);
    const gap = /^\s+/.exec(rest.slice(at));
    if (!gap) break;
    at += gap[0].length;
  }
  for (let k = ends.length; k >= 1; k--) {
    const end = ends[k - 1]!;
    const words = rest.slice(lead[0].length, end);
    const value = parseNumberWords(words.replace(/-/g, ' '));
    if (value === undefined || !Number.isInteger(value) || value < 1 || value > 99) continue;
    // "... con noventa dos veces": the last number counts the times, not the cents
    if (/^\s+(?:veces|vez|fois|mal|times)(?![a-zà-öø-ÿß])/i.test(rest.slice(end))) continue;
    const centsWord = CENTS_WORD.exec(rest.slice(end));
    if (!centsWord && ((connector && connector !== 'con') || value < 10)) continue;
    return { cents: value, words: rest.slice(0, end + (centsWord?.[0].length ?? 0)) };
  }
  return undefined;
}

/** The words a spoken price's cents end in ("... ninety nine", "... fifty", "... fifteen"). */
const CENTS_WORDS =
  'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|one|two|three|four|five|six|seven|eight|nine';
/**
 * A price with no currency, right after the money verb it goes with: "I was charged 49.99",
 * "they billed me forty nine ninety nine", "a refund of 120.00", "I'm paying seventeen ninety nine"
 * (in the currency already seen, else dollars). Not a count ("charged 3 times") or a share ("paid
 * 50%"). Group 1: the money verb; 2: a weaker lead ("it's", "for", "to", "price like"), after which
 * only a price said with its cents counts ("it's twenty two ninety nine", not "for two hundred").
 */
const CHARGED_BARE = gated(
  new RegExp(
    String.raw`\b(?:(charged|billed|paid|paying|pays?|debited|deducted|refunded|refund\s+of|costs?|costing|price\s+(?:is|was)|total\s+(?:is|was|of)|withdr[ea]wn?|transferred|wired|(?:deposit|charge|payment|transfer|withdrawal|fee)\s+of|(?:the|a|that|this)(?=\s+\d{1,3}(?:,\d{3})*(?:\.\d{2})?\s+(?:charge|payment|refund|transfer|deposit|fee|withdrawal|debit)\b))|(it['’]?s|that['’]?s|for|to|at|price|priced)(?=\s+(?:(?:like|about|around|only|just)\s+)?(?:${NUMBER_WORD})[\s-]+(?:[a-z]+[\s-]+){0,4}?(?:${CENTS_WORDS})\b))\s+(?:me\s+|us\s+|him\s+|her\s+)?(?:(?:like|about|around|almost|over|nearly|roughly|only|just|another|an\s+extra|exactly)\s+)?(\d{1,3}(?:,\d{3})+(?:\.\d{2})?|\d{1,6}[.,]\d{2}|\d{2,6}|(?:${NUMBER_WORD})(?:[\s-]+(?:${NUMBER_WORD})){0,6})(?![\w.,%$€£]|[\s-]+(?:and\s+)?(?!a\b|and\b)(?:${NUMBER_WORD})\b|\s*(?:%|percent|times|x\b|days?|weeks?|months?|years?|hours?|minutes?|items?|tickets?|bills?|invoices?|people|users?|seats?|lines?|gb|mb|of\s+(?:them|us|my|the)|dollars?|euros?|pounds?|bucks|quid|usd|eur|gbp))`,
    'gi',
  ),
);
/** "nineteen eighty eight", "twenty twenty five": a year said, not a price. */
const SPOKEN_YEAR =
  /^(?:nineteen|twenty)[\s-]+(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?$/i;
function addBareCharges(out: Entities, text: string): void {
  for (const m of allMatches(CHARGED_BARE, text)) {
    const said = m[3]!;
    if (/^(?:a|an|and)$/i.test(said) || /^(?:19|20)\d{2}$/.test(said)) continue; // "paid 2024 invoice": a year
    const value = /\d/.test(said) ? parseAmount(said) : spokenPrice(said.replace(/\s+and$/i, ''));
    if (value === undefined || !(value >= 1) || (Number.isInteger(value) && value < 10 && !/\d/.test(said))) continue;
    if (m[2] && (/\d/.test(said) || Number.isInteger(value) || SPOKEN_YEAR.test(said))) continue;
    addAmount(out.amounts, value, out.amounts[0]?.currency ?? 'USD', said);
  }
}

/**
 * The other end of a range whose one end has the currency: "from like sixty dollars to ninety one",
 * "de treinta y cinco a cincuenta y dos euros", "von 40 auf 55 €". `start` and `end` are where the
 * amount with the currency was written; the number before "to" ("a", "à", "auf", "bis") or after it
 * is an amount in the same currency.
 */
const RANGE_FROM = String.raw`(?:from|de|desde|von)\s+(?:(?:like|about|around|unos|environ|etwa)\s+)?`;
const RANGE_TO = String.raw`\s+(?:to|a|à|auf|bis|hasta)\s+(?:(?:like|about|around|unos|environ|etwa)\s+)?`;
const RANGE_START_BEFORE = new RegExp(
  String.raw`\b${RANGE_FROM}(\d[\d.,'’]*|\p{L}+(?:[\s-]+\p{L}+){0,5})${RANGE_TO}$`,
  'iu',
);
const RANGE_FROM_BEFORE = new RegExp(String.raw`\b${RANGE_FROM}$`, 'iu');
const RANGE_END_AFTER = new RegExp(String.raw`^${RANGE_TO}(\d[\d.,'’]*\d|\d|\p{L}+(?:[\s-]+\p{L}+){0,5})`, 'iu');
const RANGE_UNIT_AFTER =
  /^\s*(?:%|percent|[€$£]|days?|weeks?|months?|years?|hours?|minutes?|items?|people|users?|gb|mb)/i;

function addRangeEnd(out: Entities, text: string, start: number, end: number, currency: string): void {
  const before = text.slice(Math.max(0, start - 80), start);
  const first = RANGE_START_BEFORE.exec(before);
  if (first) addRangeNumber(out, first[1]!, currency, 'tail');
  else if (RANGE_FROM_BEFORE.test(before)) {
    const after = RANGE_END_AFTER.exec(text.slice(end, end + 80));
    if (after && !RANGE_UNIT_AFTER.test(text.slice(end + after[0].length)))
      addRangeNumber(out, after[1]!, currency, 'head');
  }
}

/** The number in `said` (digits, or the longest run of words at its `tail` or `head` that is a number) as an amount. */
function addRangeNumber(out: Entities, said: string, currency: string, keep: 'tail' | 'head'): void {
  if (/^\d/.test(said)) {
    addAmount(out.amounts, parseAmount(said.replace(/[.,]$/, '')), currency, said);
    return;
  }
  const words = said.split(/[\s-]+/);
  for (let k = words.length; k >= 1; k--) {
    const part = (keep === 'tail' ? words.slice(words.length - k) : words.slice(0, k)).join(' ');
    if (CONNECTOR.test(part.split(' ', 1)[0]!) || CONNECTOR.test(part.split(' ').at(-1)!)) continue;
    const value = spokenPrice(part) ?? parseNumberWords(part);
    if (value === undefined) continue;
    if (value >= 1) addAmount(out.amounts, value, currency, part);
    return;
  }
}

/**
 * A range said after a money word, with no currency at either end: "raise my withdrawal limit from
 * like five hundred to eight hundred", "the bill went from 60 to 91" (in the currency already seen,
 * else dollars). Group 1: the first end, 2: the second.
 */
const MONEY_RANGE = gated(
  new RegExp(
    String.raw`\b(?:limit|bill|price|fee|rent|payment|premium|balance|charge|cost|budget|salary)s?\b[^.!?\n]{0,60}?\bfrom\s+(?:(?:like|about|around)\s+)?(\d{2,6}|(?:${NUMBER_WORD})(?:[\s-]+(?:${NUMBER_WORD})){0,5})\s+to\s+(?:(?:like|about|around)\s+)?(\d{2,6}|(?:${NUMBER_WORD})(?:[\s-]+(?:${NUMBER_WORD})){0,5})(?![\w.,%$€£]|\s*(?:%|percent|times|days?|weeks?|months?|years?|hours?|minutes?|items?|people|users?|gb|mb|dollars?|euros?|pounds?|bucks))`,
    'gi',
  ),
);
function addMoneyRanges(out: Entities, text: string): void {
  for (const m of allMatches(MONEY_RANGE, text)) {
    const ends = [m[1]!, m[2]!].map((said) => (/\d/.test(said) ? parseAmount(said) : spokenPrice(said)));
    if (ends.some((v) => v === undefined || v < 10)) continue;
    const currency = out.amounts[0]?.currency ?? 'USD';
    addAmount(out.amounts, ends[0]!, currency, m[1]!);
    addAmount(out.amounts, ends[1]!, currency, m[2]!);
  }
}

/** Amounts written in words, in the four languages, with the cents said after them. */
function addAmountsInWords(out: Entities, text: string): void {
  for (const m of allMatches(AMOUNT_WORDS, text)) {
    const value = spokenPrice(m[1]!);
    if (value === undefined) continue;
    const c = centsAfter(text, m.index + m[0].length);
    const currency = CURRENCY_WORD[m[2]!.toLowerCase()] ?? 'USD';
    addAmount(out.amounts, c ? Math.round(value * 100 + c.cents) / 100 : value, currency, c ? m[0] + c.words : m[0]);
    addRangeEnd(out, text, m.index, m.index + m[0].length + (c?.words.length ?? 0), currency);
  }
  for (const m of allMatches(AMOUNT_WORDS_OTHER, text)) {
    const c = centsAfter(text, m.index + m[0].length);
    const start = addAmountInWords(out, m[1]!, m[2]!, c ? m[0] + c.words : m[0], c?.cents);
    if (start !== undefined)
      addRangeEnd(out, text, m.index + start, m.index + m[0].length, CURRENCY_WORD[m[2]!.toLowerCase()] ?? 'USD');
  }
}

/** Adds the amount at the end of `words`; returns where in `words` its number starts, or undefined. */
function addAmountInWords(
  out: Entities,
  words: string,
  currencyWord: string,
  whole: string,
  cents = 0,
): number | undefined {
  const currency = CURRENCY_WORD[currencyWord.toLowerCase()] ?? 'USD';
  const starts = [0];
  for (const m of words.matchAll(/[\s-]+/g)) starts.push(m.index + m[0].length);
  for (const start of starts) {
    const tail = words.slice(start);
    if (CONNECTOR.test(tail.split(/[\s-]/, 1)[0]!)) continue;
    const value = parseNumberWords(tail);
    if (value === undefined) continue;
    addAmount(out.amounts, cents ? Math.round(value * 100 + cents) / 100 : value, currency, whole.slice(start));
    return start;
  }
  return undefined;
}

/** Parses "1,299.00", "1.299,00", "49,99", "5 150", "1'250.00" to a number. */
export function parseAmount(raw: string): number {
  const s = raw.replace(/[\s'’]/g, '');
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  let normal: string;
  if (lastComma > lastDot) {
    // comma is the decimal mark only when 1-2 digits follow it
    normal = /,\d{1,2}$/.test(s) ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else {
    normal = /\.\d{1,2}$/.test(s) ? s.replace(/,/g, '') : s.replace(/[.,]/g, '');
  }
  return Number(normal);
}

function scale(suffix: string | undefined): number {
  const s = suffix?.trim().toLowerCase();
  return s === 'k' || s === 'thousand' ? 1000 : s === 'm' || s === 'million' ? 1_000_000 : 1;
}

const amountKeys = new WeakMap<Amount[], Set<string>>();

/** Adds an amount once per value and currency; zero only when `zero` says it was written ("my wallet shows $0.00"). */
export function addAmount(list: Amount[], value: number, currency: string, text: string, zero = false): void {
  if (!Number.isFinite(value) || value < 0 || (value === 0 && !zero)) return;
  let keys = amountKeys.get(list);
  if (!keys) amountKeys.set(list, (keys = new Set(list.map((a) => `${a.value} ${a.currency}`))));
  const k = `${value} ${currency}`;
  if (keys.has(k)) return;
  keys.add(k);
  list.push({ value, currency, text: text.trim() });
}

/** The currency "$" means where it is not the US dollar, by the event's region ("es-MX": Mexican pesos). */
const LOCAL_DOLLAR: Record<string, string> = {
  MX: 'MXN',
  CA: 'CAD',
  AU: 'AUD',
  NZ: 'NZD',
  AR: 'ARS',
  CL: 'CLP',
  CO: 'COP',
  UY: 'UYU',
  SG: 'SGD',
  HK: 'HKD',
};

/**
 * Amounts written with a bare "$" (or with no currency, counted in dollars) in the local dollar of
 * the event's `locale`: "$2,350.00" from a Mexican customer is pesos. "US$", "USD" and "dollars" said
 * stay US dollars.
 */
export function localiseDollars(amounts: Amount[], locale: string | undefined): void {
  const region = locale && /[-_]([A-Za-z]{2})$/.exec(locale)?.[1]?.toUpperCase();
  const local = region ? LOCAL_DOLLAR[region] : undefined;
  if (!local) return;
  for (const a of amounts)
    if (a.currency === 'USD' && !/US\$|usd|d[oó]lar|dollar|bucks/i.test(a.text)) a.currency = local;
}
