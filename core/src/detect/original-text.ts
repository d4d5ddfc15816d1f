import { isAscii, isSpaceCode, withoutAccents } from './text-scan';

/**
 * Detectors match on normalised text (lower case, diacritics off, whitespace collapsed); what an agent
 * reads should be the customer's own words. `originalOf` finds the span of `original` whose normalised
 * form is `normalised` and returns it as written ("J'ai déjà essayé", not "j'ai deja essaye"), or
 * `normalised` itself when the words were changed beyond that (a typo repaired, a filler dropped).
 * With `keepCase` (quotes of evidence) the customer's case comes back too.
 */
export function originalOf(original: string, normalised: string, options: { keepCase?: boolean } = {}): string {
  // Without keepCase, only where normalising dropped accents (an ASCII step reads the same lower-cased).
  if (!normalised || (!options.keepCase && isAscii(original))) return normalised;
  if (foldsToLowerCase(original)) {
    // most messages: the folded text below is the lower case, character for character
    const k = original.toLowerCase().indexOf(normalised);
    return k < 0 ? normalised : original.slice(k, k + normalised.length);
  }
  let folded = '';
  const at: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    if (isSpaceCode(code)) {
      if (folded.length > 0 && folded[folded.length - 1] !== ' ') {
        folded += ' ';
        at.push(i);
      }
      continue;
    }
    if (code < 0x80) {
      // ASCII: only A-Z change (lower case)
      folded += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : original[i]!;
      at.push(i);
      continue;
    }
    const c = original[i]!;
    let f = c
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc]/g, "'")
      .replace(/[\u201c\u201d]/g, '"');
    if (f.charCodeAt(0) > 0x7f) f = withoutAccents(f);
    for (const ch of f) {
      folded += ch;
      at.push(i);
    }
  }
  const k = folded.indexOf(normalised);
  if (k < 0) return normalised;
  return original.slice(at[k]!, at[k + normalised.length - 1]! + 1);
}

/** ASCII with single spaces between words and none first: its folded form is its lower case, at the same positions. */
function foldsToLowerCase(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f || (c >= 9 && c <= 13) || (c === 32 && (i === 0 || s.charCodeAt(i - 1) === 32))) return false;
  }
  return true;
}
