import { allMatches } from './all-matches';
import type { Amount, Entities } from '../schema/handoff-package';
import { gated } from './literal-gate';
import { NUMBER_WORD, parseNumberWords, spokenPrice } from './number-words';

/** Amounts of one text, with digits in it, into `out`: symbols, codes, words, and bare prices after a money verb. */
export function addAmounts(out: Entities, withoutUrls: string): void {
  for (const m of allMatches(AMOUNT_SYMBOL_FIRST, withoutUrls)) {
    addAmount(
      out.amounts,
      parseAmount(m[2]!) * scale(m[3]),
      CURRENCY_SYMBOL[m[1]!.toUpperCase()] ?? CURRENCY_SYMBOL[m[1]!] ?? 'USD',
      m[0],
    );
  }
  for (const m of allMatches(AMOUNT_CODE, withoutUrls)) {
    if (m[1]) addAmount(out.amounts, parseAmount(m[2]!), m[1].toUpperCase(), m[0]);
    else {
      const unit = m[4]!.toLowerCase();
      const currency = CURRENCY_SYMBOL[unit] ?? CURRENCY_WORD[unit] ?? unit.toUpperCase();
      addAmount(out.amounts, parseAmount(m[3]!), currency, m[0]);
    }
  }
  addAmountsInWords(out, withoutUrls);
  addBareCharges(out, withoutUrls);
}

/** The amounts of a text with no digit: in words, and spoken prices after a money verb. */
export function addAmountsWithoutDigits(out: Entities, t: string): void {
  if (/\b(?:dollars?|euros?|pounds?|bucks|quid|d[oó]lares|pesos|libras|francs?|franken)\b/i.test(t)) {
    addAmountsInWords(out, t);
  }
  if (/\b(?:charged|billed|paid|debited|deducted|refund\w*|cost\w*|price|total)\b/i.test(t)) addBareCharges(out, t);
}

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
const NUM = String.raw`\d{1,3}(?:[,.\s]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
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
const CONNECTOR = /^(?:y|et|und|and)$/i;

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

/**
 * A price with no currency, right after the money verb it goes with: "I was charged 49.99",
 * "they billed me forty nine ninety nine", "a refund of 120.00" (in the currency already seen, else
 * dollars). Not a count ("charged 3 times") or a share ("paid 50%").
 */
const CHARGED_BARE = gated(
  new RegExp(
    String.raw`\b(?:charged|billed|paid|debited|deducted|refunded|refund\s+of|costs?|costing|price\s+(?:is|was)|total\s+(?:is|was|of))\s+(?:me\s+|us\s+|him\s+|her\s+)?(?:(?:like|about|around|almost|over|nearly|roughly|only|just|another|an\s+extra|exactly)\s+)?(\d{1,6}[.,]\d{2}|\d{2,6}|(?:${NUMBER_WORD})(?:[\s-]+(?:${NUMBER_WORD})){0,6})(?![\w.,%$€£]|[\s-]+(?:and\s+)?(?!a\b|and\b)(?:${NUMBER_WORD})\b|\s*(?:%|percent|times|x\b|days?|weeks?|months?|years?|hours?|minutes?|items?|tickets?|gb|mb|people|of\s+(?:them|us|my|the)|dollars?|euros?|pounds?|bucks|quid|usd|eur|gbp))`,
    'gi',
  ),
);
function addBareCharges(out: Entities, text: string): void {
  for (const m of allMatches(CHARGED_BARE, text)) {
    const said = m[1]!;
    if (/^(?:a|an|and)$/i.test(said) || /^(?:19|20)\d{2}$/.test(said)) continue; // "paid 2024 invoice": a year
    const value = /\d/.test(said) ? parseAmount(said) : spokenPrice(said.replace(/\s+and$/i, ''));
    if (value === undefined || !(value >= 1) || (Number.isInteger(value) && value < 10 && !/\d/.test(said))) continue;
    addAmount(out.amounts, value, out.amounts[0]?.currency ?? 'USD', said);
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
  }
  for (const m of allMatches(AMOUNT_WORDS_OTHER, text)) {
    const c = centsAfter(text, m.index + m[0].length);
    addAmountInWords(out, m[1]!, m[2]!, c ? m[0] + c.words : m[0], c?.cents);
  }
}

function addAmountInWords(out: Entities, words: string, currencyWord: string, whole: string, cents = 0): void {
  const currency = CURRENCY_WORD[currencyWord.toLowerCase()] ?? 'USD';
  const starts = [0];
  for (const m of words.matchAll(/[\s-]+/g)) starts.push(m.index + m[0].length);
  for (const start of starts) {
    const tail = words.slice(start);
    if (CONNECTOR.test(tail.split(/[\s-]/, 1)[0]!)) continue;
    const value = parseNumberWords(tail);
    if (value === undefined) continue;
    addAmount(out.amounts, cents ? Math.round(value * 100 + cents) / 100 : value, currency, whole.slice(start));
    return;
  }
}

/** Parses "1,299.00", "1.299,00", "49,99", "5 150" to a number. */
export function parseAmount(raw: string): number {
  const s = raw.replace(/\s/g, '');
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

export function addAmount(list: Amount[], value: number, currency: string, text: string): void {
  if (!Number.isFinite(value) || value <= 0) return;
  let keys = amountKeys.get(list);
  if (!keys) amountKeys.set(list, (keys = new Set(list.map((a) => `${a.value} ${a.currency}`))));
  const k = `${value} ${currency}`;
  if (keys.has(k)) return;
  keys.add(k);
  list.push({ value, currency, text: text.trim() });
}
