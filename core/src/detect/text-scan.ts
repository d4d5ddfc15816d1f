/**
 * Character-level helpers for the hot paths: the same answers as the regular expressions they
 * replace (`/\s/`, `/^[a-z]+$/`, `split(/\s+/)`), without a regular expression call or a throwaway
 * string per character or word.
 */

/** `/\s/.test(String.fromCharCode(c))`: ECMAScript white space and line terminators. */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** `/^[a-z]+$/.test(s)`. */
export function isPlainWord(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** `s.split(/\s+/).filter(Boolean)`: the runs of non-space characters. */
export function splitOnSpaces(s: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < s.length; i++) {
    if (isSpaceCode(s.charCodeAt(i))) {
      if (start >= 0) {
        out.push(s.slice(start, i));
        start = -1;
      }
    } else if (start < 0) start = i;
  }
  if (start >= 0) out.push(s.slice(start));
  return out;
}

/** `s.split(/\s+/).filter(Boolean).length`. */
export function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    if (isSpaceCode(s.charCodeAt(i))) inWord = false;
    else if (!inWord) {
      inWord = true;
      n++;
    }
  }
  return n;
}

/** `/^[\x00-\x7f]*$/.test(s)`. */
export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** `s.replace(/\D/g, '')`, as one match per run of non-digits (a match per character costs ten times more). */
export function digitsOf(s: string): string {
  return s.replace(/\D+/g, '');
}

const isAlnumCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);

/**
 * The runs of letters and digits (and `'` with `apostrophe`) of an ASCII string: what
 * `s.split(/[^\p{L}\p{N}]+/u)` gives on ASCII text, without the empty ends.
 */
export function asciiWords(s: string, apostrophe: boolean): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isAlnumCode(c) || (apostrophe && c === 39)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(s.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) out.push(s.slice(start));
  return out;
}

/** `s` with accents off and ß as ss ("é" -> "e", "Straße" -> "Strasse"), as the detectors read text; ASCII comes back as is. */
export function withoutAccents(s: string): string {
  return isAscii(s)
    ? s
    : s
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/ß/g, 'ss');
}
