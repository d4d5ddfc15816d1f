import { mayMatch } from './literal-gate';

const NONE: readonly RegExpExecArray[] = Object.freeze([]) as readonly RegExpExecArray[];

/**
 * Every match of a global `re` in `text`, as `text.matchAll(re)` yields them (from `re.lastIndex`,
 * empty matches stepped over), without the copy of the regular expression and the iterator that
 * `matchAll` makes on every call, and none at all when the literal gate shows `re` cannot match.
 * `re.lastIndex` is left as it was.
 */
export function allMatches(re: RegExp, text: string): readonly RegExpExecArray[] {
  if (!mayMatch(re, text)) return NONE;
  const start = re.lastIndex;
  let out: RegExpExecArray[] | undefined;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    (out ??= []).push(m);
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode);
  }
  re.lastIndex = start;
  return out ?? NONE;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const c = text.charCodeAt(index);
  if (c < 0xd800 || c > 0xdbff) return index + 1;
  const d = text.charCodeAt(index + 1);
  return d >= 0xdc00 && d <= 0xdfff ? index + 2 : index + 1;
}
