/** A compiled list of phrase patterns: one regular expression, Unicode-aware word boundaries. */
const WORD = String.raw`[\p{L}\p{N}_]`;
const BOUNDARY = String.raw`(?:(?<!${WORD})(?=${WORD})|(?<=${WORD})(?!${WORD}))`;

export type PhraseMatch = { text: string; index: number };

export class PhraseSet {
  private readonly re: RegExp | undefined;

  constructor(sources: readonly string[], extra: readonly string[] = []) {
    const all = [...sources, ...extra.map(escapePhrase)];
    this.re = all.length === 0 ? undefined : new RegExp(all.map((s) => `(?:${s.replaceAll(String.raw`\b`, BOUNDARY)})`).join('|'), 'u');
  }

  /** The first match in `text`, or undefined. */
  find(text: string): PhraseMatch | undefined {
    if (!this.re) return undefined;
    const m = this.re.exec(text);
    return m ? { text: m[0], index: m.index } : undefined;
  }

  test(text: string): boolean {
    return this.re ? this.re.test(text) : false;
  }
}

/** A configured word or phrase (policy `extraPhrases`) matched literally, as whole words. */
export function escapePhrase(phrase: string): string {
  const escaped = phrase.trim().toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, String.raw`\s+`);
  return String.raw`\b${escaped}\b`;
}
