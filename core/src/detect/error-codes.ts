import { allMatches } from './all-matches';
import { gated } from './literal-gate';

const ERROR_CONTEXT = gated(
  /\b(?:error|err|code|fault|exception|status|reason|message|failed\s+with|fehler|c[oó]digo|erreur|http)(?:\s+(?:code|number|no|id|nummer|n[uú]mero|num[eé]ro)|[\s-]?code)?\b[\s:#=-]{0,4}["'`(]?([A-Za-z][\w.-]{1,40}|\d{3,6})/gi,
);
const ERROR_SHAPE = gated(
  /(?<![\w-])(?:0x[0-9A-Fa-f]{4,16}|[A-Z]{1,4}-?\d{3,6}|[a-z]+(?:_[a-z0-9]+){1,6}|[A-Z]+(?:_[A-Z0-9]+){1,6}|(?:ERR|E)_[A-Z0-9_]{2,40})(?![\w-])/g,
);
const ERROR_WORDS = gated(
  /(?:declined|failed|failure|error|invalid|denied|expired|insufficient|not_found|timeout|timed_out|unauthori[sz]ed|forbidden|rejected|blocked|exceeded|unavailable|missing|mismatch|limit|fraud|incorrect|unknown)/i,
);

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
    if (/^\d{3,6}$/.test(code) || /\d/.test(code) || (code.includes('_') && code.length > 3) || /^0x/i.test(code)) {
      if (ids.has(code.toLowerCase())) continue;
      seen.add(code.toLowerCase());
      found.push(code);
    }
  }
  for (const m of allMatches(ERROR_SHAPE, text)) {
    const code = m[0];
    if (ids.has(code.toLowerCase()) || seen.has(code.toLowerCase())) continue;
    if (/^[a-z]+(?:_[a-z0-9]+)+$/i.test(code) && !/^(?:ERR|E)_/.test(code) && !ERROR_WORDS.test(code)) continue;
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
