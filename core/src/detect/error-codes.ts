import { allMatches } from './all-matches';
import { gated } from './literal-gate';

const ERROR_CONTEXT = gated(
  /\b(?:error|err|code|fault|exception|status|reason|message|failed\s+(?:again\s+)?with|fail(?:ed|ure)(?=\s*:)|fehler|c[oó]digo|erreur|http)(?:\s+(?:code|number|no|id|nummer|n[uú]mero|num[eé]ro)|[\s-]?code)?\b[\s:#=-]{0,4}["'`(]?([A-Za-z][\w.-]{1,40}|\d{3,6})/gi,
);
const ERROR_SHAPE = gated(
  /(?<![\w-])(?:0x[0-9A-Fa-f]{4,16}|[A-Z]{1,4}-?\d{3,6}|[a-z]+(?:_[a-z0-9]+){1,6}|[A-Z]+(?:_[A-Z0-9]+){1,6}|(?:ERR|E)_[A-Z0-9_]{2,40})(?![\w-])/g,
);
const ERROR_WORDS = gated(
  /(?:declined|fail(?:ed|ure|s)?|error|invalid|denied|expired|insufficient|not_found|timeout|timed_out|unauthori[sz]ed|forbidden|rejected|blocked|exceeded|unavailable|missing|mismatch|limit|fraud|incorrect|unknown)/i,
);

/**
 * The word just before "code" that makes it some other code's: "promo code FEAST20", "billing code
 * 99214", "zip code", "CPT code", "tracking code" (es/fr/de too).
 */
const OTHER_CODE_BEFORE =
  /(?:promo(?:tional)?|discount|coupon|voucher|gift(?:\s+card)?|referral|zip|postal|area|country|billing|cpt|icd|diagnosis|procedure|tracking|confirmation|verification|security|access|activation|booking|reservation|redeem|invite|invitation|promocional|descuento|r[ée]duction|gutschein|rabatt)[\s-]*$/i;
/**
 * A word of trouble: a number after "code" alone is an error's only with one in the text ("the app
 * shows code 1001 and won't open"), not in "My EOB shows code 99214".
 */
const TROUBLE =
  /\b(?:error|errors|fail\w*|crash\w*|broken|won['’]?t|can['’]?t|cannot|unable|doesn['’]?t\s+work|not\s+working|declined|denied|rejected|invalid|issue|problem|bug|glitch|stuck|fehler|erreur|falla|fallo|no\s+funciona|ne\s+marche|funktioniert\s+nicht|[ée]chec|fehler\w*|refus[ée]e?|rechaz\w*|abgelehnt|do\s+not\s+hono(?:u)?r)\b/i;
/**
 * A code of two digits right after "code" (a card network's decline, "reject code 75", "(code 05)",
 * "Fehlermeldung: Code 43"): an error's only in a text about trouble, and not a count or a time after it.
 */
const SHORT_CODE = gated(
  /\b(?:code|c[oó]digo)\s*[:#]?\s*(\d{2})(?![\d.,:%/]|\s*(?:%|€|\$|£|x\b|times|days?|hours?|minutes?|digits?|chiffres|d[ií]gitos|stellen|stellig))/gi,
);
/**
 * An HTTP status said after the verb a service answers with: "API calls are returning 429", "the
 * endpoint throws a 503", "we keep getting 502 from the gateway". Only in a text about a service
 * (`SERVICE_WORDS`), and not a count ("got 500 points").
 */
const HTTP_STATUS = gated(
  /\b(?:returning|returns?|returned|throws?|throwing|respond(?:s|ed|ing)?\s+with|getting|gets?|got|gives?|giving|hitting|hits?)\s+(?:an?\s+|the\s+)?([45]\d{2})(?![\w.,%$€£]|\s*(?:dollars?|euros?|pounds?|bucks|points?|items?|people|users?|times|days?|hours?|minutes?|seconds?|ms|kb|mb|gb|words?|pages?|emails?|messages?|rows?|records?|results?|orders?|requests?|calls?))/gi,
);
const SERVICE_WORDS =
  /\b(?:api|http|https|endpoint|server|requests?|response|calls?|webhooks?|status|site|page|url|sdk|integration|gateway|rate\s+limit)\b/i;
/** An error's name in capitals with underscores, in parentheses: "the verification failed again (IDV_LIVENESS_FAIL)". */
const IN_PARENTHESES = /^\([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\)$/;

/** Whether an error's word ends just before `index` ("error: E-1042"): the code there is an error's, not an id. */
export function isAfterErrorWord(text: string, index: number): boolean {
  const found = ERROR_CONTEXT.test(text.slice(Math.max(0, index - 12), index + 1));
  ERROR_CONTEXT.lastIndex = 0;
  return found;
}

/**
 * The error codes of one text, in order, none of `ids` (lower case): a code after an error's word
 * ("error E1042", "status 429"), and codes by their shape ("0x80070005", "payment_method_declined",
 * "PAYMENT_DECLINED").
 */
export function errorCodesOf(text: string, ids: ReadonlySet<string>): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  for (const m of allMatches(ERROR_CONTEXT, text)) {
    const code = m[1]!.replace(/[.,;:)'"`]+$/, '');
    if (
      /^\d{3,6}$/.test(code) ||
      /\d/.test(code) ||
      (code.includes('_') && code.length > 3) ||
      /^0x/i.test(code) ||
      // a name in capitals joined by hyphens ("error SCHED-TIMEOUT")
      /^[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)+$/.test(code)
    ) {
      if (ids.has(code.toLowerCase())) continue;
      if (OTHER_CODE_BEFORE.test(text.slice(Math.max(0, m.index - 25), m.index))) continue;
      if (
        /^(?:code|c[oó]digo|reason|message)$/i.test(m[0].split(/\W/, 1)[0]!) &&
        /^\d+$/.test(code) &&
        !TROUBLE.test(text)
      )
        continue;
      seen.add(code.toLowerCase());
      found.push(code);
    }
  }
  if (TROUBLE.test(text))
    for (const m of allMatches(SHORT_CODE, text)) {
      const code = m[1]!;
      if (seen.has(code) || OTHER_CODE_BEFORE.test(text.slice(Math.max(0, m.index - 25), m.index))) continue;
      seen.add(code);
      found.push(code);
    }
  if (/[45]\d\d/.test(text) && SERVICE_WORDS.test(text))
    for (const m of allMatches(HTTP_STATUS, text)) {
      if (seen.has(m[1]!)) continue;
      seen.add(m[1]!);
      found.push(m[1]!);
    }
  for (const m of allMatches(ERROR_SHAPE, text)) {
    const code = m[0];
    if (ids.has(code.toLowerCase()) || seen.has(code.toLowerCase())) continue;
    if (
      /^[a-z]+(?:_[a-z0-9]+)+$/i.test(code) &&
      !/^(?:ERR|E)_/.test(code) &&
      !ERROR_WORDS.test(code) &&
      !IN_PARENTHESES.test(text.slice(Math.max(0, m.index - 1), m.index + code.length + 1))
    )
      continue;
    if (
      /^[A-Z]{1,4}-?\d{3,6}$/.test(code) &&
      !/^(?:E|ERR|ERROR|SC|HTTP)?-?\d/.test(code) &&
      !/\b(?:error|code|fault)\b/i.test(text)
    )
      continue;
    found.push(code);
  }
  return found;
}
