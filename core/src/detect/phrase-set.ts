import { Gate } from './literal-gate';
import { withoutAccents } from './text-scan';

/** A compiled list of phrase patterns: one regular expression over normalised (lower-case, ASCII-folded) text. */
export type PhraseMatch = { text: string; index: number };

/** Expressions of a subset of the patterns, by which patterns are in it; bounded. */
const MAX_SUBSETS = 512;

export class PhraseSet {
  private readonly re: RegExp | undefined;
  private readonly patterns: string[];
  /** Each pattern alone, registered with the literal gate: the ones a text cannot match are left out. */
  private readonly gates: Gate[];
  private readonly subsets = new Map<string, RegExp>();

  /**
   * @param notAfter a match right after this (e.g. "was " before "talking to someone") does not count
   */
  constructor(
    sources: readonly string[],
    extra: readonly string[] = [],
    private readonly notAfter?: RegExp,
  ) {
    this.patterns = [...sources, ...extra.map(escapePhrase)].map((s) => `(?:${s})`);
    this.re = this.patterns.length === 0 ? undefined : new RegExp(this.patterns.join('|'), 'g');
    this.gates = this.patterns.map((p) => new Gate(new RegExp(p)));
  }

  /**
   * The expression to run on `text`: the patterns that can match there, in their order (the same
   * matches as all of them, since the others match nowhere in the text), or undefined for none.
   */
  private expressionFor(text: string): RegExp | undefined {
    let key = '';
    let count = 0;
    for (let i = 0; i < this.gates.length; i++) {
      if (this.gates[i]!.mayMatch(text)) {
        key += `${i},`;
        count++;
      }
    }
    if (count === 0) return undefined;
    if (count === this.gates.length) return this.re;
    let re = this.subsets.get(key);
    if (!re) {
      if (this.subsets.size >= MAX_SUBSETS) this.subsets.clear();
      re = new RegExp(this.patterns.filter((_, i) => this.gates[i]!.mayMatch(text)).join('|'), 'g');
      this.subsets.set(key, re);
    }
    return re;
  }

  /**
   * The first counted match in `text`, or undefined. `within`: a text that holds `text` (the message of
   * a sentence), whose gate answer serves for it, so a sentence is not scanned again.
   */
  find(text: string, within: string = text): PhraseMatch | undefined {
    const re = this.re && this.expressionFor(within);
    if (!re) return undefined;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (this.notAfter && this.notAfter.test(text.slice(Math.max(0, m.index - 64), m.index))) {
        re.lastIndex = m.index + 1;
        continue;
      }
      return { text: m[0], index: m.index };
    }
    return undefined;
  }

  test(text: string, within: string = text): boolean {
    return this.find(text, within) !== undefined;
  }
}

/** A configured word or phrase (policy `extraPhrases`) matched literally, as whole words. */
export function escapePhrase(phrase: string): string {
  const folded = withoutAccents(phrase.trim().toLowerCase());
  const escaped = folded.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, String.raw`\s+`);
  return String.raw`\b${escaped}\b`;
}
