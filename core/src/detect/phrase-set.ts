import { gated, mayMatch } from './literal-gate';

/** A compiled list of phrase patterns: one regular expression over normalised (lower-case, ASCII-folded) text. */
export type PhraseMatch = { text: string; index: number };

export class PhraseSet {
  private readonly re: RegExp | undefined;

  /**
   * @param notAfter a match right after this (e.g. "was " before "talking to someone") does not count
   */
  constructor(
    sources: readonly string[],
    extra: readonly string[] = [],
    private readonly notAfter?: RegExp,
  ) {
    const all = [...sources, ...extra.map(escapePhrase)];
    this.re = all.length === 0 ? undefined : gated(new RegExp(all.map((s) => `(?:${s})`).join('|'), 'g'));
  }

  /** The first counted match in `text`, or undefined. */
  find(text: string): PhraseMatch | undefined {
    const re = this.re;
    if (!re || !mayMatch(re, text)) return undefined;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (this.notAfter && this.notAfter.test(text.slice(Math.max(0, m.index - 24), m.index))) {
        re.lastIndex = m.index + 1;
        continue;
      }
      return { text: m[0], index: m.index };
    }
    return undefined;
  }

  test(text: string): boolean {
    return this.find(text) !== undefined;
  }
}

/** A configured word or phrase (policy `extraPhrases`) matched literally, as whole words. */
export function escapePhrase(phrase: string): string {
  const folded = phrase
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  const escaped = folded.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, String.raw`\s+`);
  return String.raw`\b${escaped}\b`;
}
