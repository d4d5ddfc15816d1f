import { isSpaceCode } from './text-scan';

/**
 * The literal strings a regular expression cannot match without: `requiredLiterals(/\bsue|lawyers?\b/)`
 * is `["sue", "lawyer"]`, so a text holding neither cannot match and the expression need not run.
 * This is the prefilter of RE2 and Google Code Search ("Regular Expression Matching with a Trigram
 * Index", Russ Cox), on whole literals: each piece of the expression is read as either the exact,
 * small set of strings it matches, or a set of strings one of which every match contains.
 *
 * Case is folded (the literals are lower case and a text is scanned folded), which can only let more
 * texts through. Anything not understood (classes of many characters, `\w`, `.`, back references,
 * `\p{...}`) is "no constraint", so the answer is never wrong, only sometimes weaker. Zero-width
 * assertions (`\b`, `^`, look-arounds) match the empty string here: their constraint is dropped.
 */

/**
 * Exact: the piece matches exactly one of these strings. Otherwise `req`: clauses that every match
 * satisfies, each a set of literals one of which the match (or, `aside`, the text) contains; no
 * clause, no constraint.
 */
type Info = { exact: string[] } | { exact?: undefined; req: string[][]; aside?: boolean };

const MAX_EXACT = 256;
/** Longer literals are cut to their start: as sure a filter (the text holds the start of what it holds), a smaller automaton. */
const MAX_LITERAL = 10;
const MAX_LITERALS = 4000;
/** Literals shorter than this pass almost every text (unless a digit or a rare symbol): no use as a filter. */
const MIN_LITERAL = 2;

const ANY: Info = { req: [] };
/**
 * White space, one or many, is one space in a literal: the literal index reads any run of white space
 * in a text as one space, so `could\s+not` needs "could not" whatever spaces or line breaks stand there.
 */
const SPACE: Info = { exact: [' '] };
const isSpaceInfo = (info: Info) => info.exact !== undefined && info.exact.length === 1 && info.exact[0] === ' ';
const oneSpace = (s: string) => (s.includes('  ') ? s.replace(/ {2,}/g, ' ') : s);
const DIGIT: Info = { exact: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] };
/** One-character literals that still filter: digits and the symbols prose rarely holds. */
const RARE_CHAR = /^[0-9@#$€£¥₹_*%&+=~^|<>\\]$/;
const EMPTY: Info = { exact: [''] };

/** Folds case as the literal index folds a text: ASCII and Latin-1 letters, long s, Kelvin and Angstrom signs. */
export function foldCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 0xc0) return c;
  if (c <= 0xde) return c === 0xd7 ? c : c + 32;
  if (c === 0x17f) return 0x73;
  if (c === 0x212a) return 0x6b;
  if (c === 0x212b) return 0xe5;
  return c;
}

/** Characters whose other case the fold above does not know: under the `i` flag they cannot be literals. */
function hasUnknownCase(c: number): boolean {
  if (c < 0x80) return false;
  if (c >= 0xc0 && c <= 0xff) return c === 0xd7 || c === 0xf7 ? false : c === 0xdf || c === 0xff;
  const ch = String.fromCharCode(c);
  return ch.toLowerCase() !== ch || ch.toUpperCase() !== ch;
}

/**
 * The literals (lower case) of which every match of `re` contains at least one, or undefined when
 * no useful set exists (the expression can match without any literal, or only with very short ones).
 */
export function requiredLiterals(re: RegExp): string[] | undefined {
  return literalClauses(re)?.[0];
}

/**
 * Every literal set that a match of `re` needs one of (all of them hold in a matching text), the most
 * selective first, at most `max`; undefined when there is none worth checking.
 */
export function literalClauses(re: RegExp, max = 3): string[][] | undefined {
  let info: Info;
  try {
    info = new Parser(re.source, re.flags.includes('i')).parse();
  } catch {
    return undefined;
  }
  const clauses = (info.exact ? [info.exact] : info.req)
    .filter((c) => c.length > 0 && c.length <= MAX_LITERALS && usable(c))
    .map((c) => minimal(c.map((lit) => (lit.length > MAX_LITERAL ? lit.slice(0, MAX_LITERAL) : lit))))
    .sort((a, b) => passChance(a) - passChance(b))
    .slice(0, max);
  return clauses.length ? clauses : undefined;
}

const usable = (clause: string[]) => clause.every((s) => s.length >= MIN_LITERAL || RARE_CHAR.test(s));

/** Drops every literal that holds a shorter one of the set: "hack" is in any text "hacked" is in. */
function minimal(list: string[]): string[] {
  const sorted = dedupe(list).sort((a, b) => a.length - b.length);
  if (sorted.length > 1500) return sorted;
  const kept: string[] = [];
  for (const lit of sorted) if (!kept.some((k) => lit.includes(k))) kept.push(lit);
  return kept;
}

function dedupe(list: string[]): string[] {
  return [...new Set(list)];
}

/** A piece's clauses (an exact set holding "" constrains nothing). */
function clausesOf(info: Info): string[][] {
  if (info.exact) return info.exact.some((x) => x.length === 0) ? [] : [info.exact];
  return info.req;
}

/**
 * Words (and pieces of words) that most support messages hold: a literal that is one of them, or
 * inside one, lets nearly every text through. English, Spanish, French and German.
 */
const COMMON = new Set(
  (
    'the a an and or but if of to in on at by for from with about as into over after is are was were be been ' +
    'am do does did done have has had can could will would should may might must not no yes it its this that these ' +
    'those there here what which who how when where why i me my we our you your he she they them their his her ' +
    'one some any all just also only still again already very so too then than now out up down get got ' +
    'make made want need please thanks thank help order account time same other new ' +
    'el la los las de que y en un una por para con no es mi se lo le su al del pero ' +
    'le la les des et est je vous une pas pour avec ne qui ce mon ma mes ' +
    'der die das und ist ich nicht mit ein eine zu auf sie es mein bitte'
  ).split(' '),
);

/** Roughly how likely a text holds `lit`: short and common literals are in most texts. */
/** Every piece (2 to 4 characters) of the common words: a literal that is one is in most texts too. */
const COMMON_PIECES = new Set<string>();
for (const w of COMMON)
  for (let len = 2; len <= 4 && len < w.length; len++)
    for (let i = 0; i + len <= w.length; i++) COMMON_PIECES.add(w.slice(i, i + len));
const chances = new Map<string, number>();

function hitChance(lit: string): number {
  let chance = chances.get(lit);
  if (chance === undefined) {
    chance = hitChanceOf(lit);
    if (chances.size > 100_000) chances.clear();
    chances.set(lit, chance);
  }
  return chance;
}

function hitChanceOf(lit: string): number {
  if (lit.length < MIN_LITERAL && !RARE_CHAR.test(lit)) return 1; // unusable as a filter
  const base =
    lit.length <= 1
      ? 0.3
      : lit.length === 2
        ? 0.5
        : lit.length === 3
          ? 0.12
          : lit.length === 4
            ? 0.04
            : lit.length === 5
              ? 0.012
              : 0.004;
  if (COMMON.has(lit)) return 0.9;
  if (lit.length <= 4 && COMMON_PIECES.has(lit)) return Math.min(0.9, base * 4);
  // a digit against a mark or a letter ("12-", "/0", "$4"): a shape that prose rarely holds, unlike a
  // bare digit (in half of all messages), so a clause of them filters better than the digits alone
  if (lit.length >= 2 && HAS_DIGIT.test(lit) && MARK_OR_LETTER.test(lit)) return Math.min(base, 0.01);
  return base;
}
const HAS_DIGIT = /\d/;
const MARK_OR_LETTER = /[^\d\s]/;

/** How much a requirement filters: the chance that a text holds one of its literals (lower filters more). */
function passChance(req: string[]): number {
  let miss = 1;
  for (const lit of req) miss *= 1 - hitChance(lit);
  return 1 - miss;
}

function concat(parts: Info[]): Info {
  let run: string[] = [''];
  const req: string[][] = [];
  let allExact = true;
  const endRun = () => {
    if (!run.some((x) => x.length === 0)) req.push(run);
    run = [''];
  };
  for (const part of parts) {
    if (part.exact && run.length * part.exact.length <= MAX_EXACT) {
      const next: string[] = [];
      for (const a of run) for (const b of part.exact) next.push(oneSpace(a + b));
      run = dedupe(next);
      continue;
    }
    if (!part.exact && part.aside) {
      // a look-ahead's or look-behind's text: required in the text, not part of the match
      req.push(...part.req);
      continue;
    }
    allExact = false;
    endRun();
    if (part.exact)
      run = part.exact; // too many combinations: a new run from this piece
    else req.push(...part.req);
  }
  if (allExact && req.length === 0) return { exact: run };
  endRun();
  return { req: req.filter((c) => c.length > 0) };
}

/**
 * A match of the alternation matches one branch. Of two or three branches, every pair (triple) of
 * their two best clauses joined is a clause ((a and b) or c = (a or c) and (b or c)); of more, one
 * clause: the best literal set of each branch, joined.
 */
function alternate(branches: Info[]): Info {
  if (branches.every((b) => b.exact)) {
    const all = dedupe(branches.flatMap((b) => b.exact!));
    if (all.length <= MAX_EXACT) return { exact: all };
    return { req: all.some((x) => x.length === 0) ? [] : [all] };
  }
  const best: string[][][] = [];
  for (const b of branches) {
    // ranked as the text will be checked: a literal holding a shorter one of its set (" usd", "usd")
    // adds nothing to the set's chance of passing
    const usableClauses = clausesOf(b)
      .filter(usable)
      .map(minimal)
      .sort((x, y) => passChance(x) - passChance(y));
    if (usableClauses.length === 0) return ANY;
    best.push(usableClauses.slice(0, branches.length <= 3 ? 2 : 1));
  }
  let product: string[][] = [[]];
  for (const options of best) product = product.flatMap((acc) => options.map((c) => [...acc, ...c]));
  return { req: product.map(dedupe) };
}

function repeat(info: Info, min: number, max: number): Info {
  if (max === 0) return EMPTY;
  if (min === 1 && max === 1) return info;
  if (min === 0) {
    if (max === 1 && info.exact) return { exact: dedupe(['', ...info.exact]) };
    return info.exact && info.exact.every((x) => x === '') ? EMPTY : ANY;
  }
  // at least one occurrence: what one occurrence needs
  return { req: clausesOf(info) };
}

class Parser {
  private i = 0;

  constructor(
    private readonly src: string,
    private readonly ignoreCase: boolean,
  ) {}

  parse(): Info {
    const info = this.alternation();
    if (this.i !== this.src.length) throw new Error('unbalanced');
    return info;
  }

  private alternation(): Info {
    const branches = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? branches[0]! : alternate(branches);
  }

  private sequence(): Info {
    const parts: Info[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      parts.push(...this.quantified(atom));
    }
    return parts.length === 0 ? EMPTY : concat(parts);
  }

  /** The atom with its quantifier, as pieces of the sequence: `x{2,}` is `x`, `x`, then anything. */
  private quantified(atom: Info): Info[] {
    const s = this.src;
    const c = s[this.i];
    let min = 1;
    let max = 1;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i));
      if (!m) return [atom]; // a literal "{" (only without the u flag)
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return [atom];
    this.i++;
    if (s[this.i] === '?') this.i++; // lazy
    if (isSpaceInfo(atom)) return [min >= 1 ? SPACE : { exact: ['', ' '] }];
    if (min >= 1 && atom.exact && min <= 4) {
      const pieces: Info[] = new Array<Info>(min).fill(atom);
      if (max > min) pieces.push(ANY);
      return pieces;
    }
    return [repeat(atom, min, max)];
  }

  private atom(): Info {
    const s = this.src;
    const c = s[this.i]!;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    this.i++;
    if (c === '.') return ANY;
    if (c === '^' || c === '$') return EMPTY;
    return this.literal(c.charCodeAt(0));
  }

  private literal(code: number): Info {
    if (isSpaceCode(code)) return SPACE;
    if (this.ignoreCase && hasUnknownCase(code)) return ANY;
    return { exact: [String.fromCharCode(foldCode(code))] };
  }

  private group(): Info {
    const s = this.src;
    this.i++;
    let zeroWidth = false;
    let positive = false;
    if (s[this.i] === '?') {
      const kind = s.slice(this.i, this.i + 3);
      if (kind.startsWith('?:')) this.i += 2;
      else if (kind.startsWith('?=') || kind.startsWith('?!')) {
        zeroWidth = true;
        positive = kind[1] === '=';
        this.i += 2;
      } else if (kind === '?<=' || kind === '?<!') {
        zeroWidth = true;
        positive = kind[2] === '=';
        this.i += 3;
      } else if (kind.startsWith('?<')) {
        const end = s.indexOf('>', this.i);
        if (end < 0) throw new Error('bad group name');
        this.i = end + 1;
      } else throw new Error('unknown group');
    }
    const inner = this.alternation();
    if (s[this.i] !== ')') throw new Error('unclosed group');
    this.i++;
    if (!zeroWidth) return inner;
    const req = positive ? clausesOf(inner) : [];
    return req.length ? { req, aside: true } : EMPTY;
  }

  private escape(): Info {
    const s = this.src;
    const c = s[this.i + 1];
    if (c === undefined) throw new Error('trailing backslash');
    this.i += 2;
    if (c === 'b' || c === 'B') return EMPTY;
    if (c === 'd') return DIGIT;
    if (c === 's') return SPACE;
    if ('DwWS'.includes(c)) return ANY;
    if (c === 'p' || c === 'P') {
      if (s[this.i] === '{') this.i = s.indexOf('}', this.i) + 1;
      return ANY;
    }
    if (/[0-9]/.test(c) || c === 'k') return ANY; // back references
    const code = this.escapedCode(c);
    return code === undefined ? ANY : this.literal(code);
  }

  /** The character an escape stands for, or undefined for one this reader does not handle. */
  private escapedCode(c: string): number | undefined {
    const s = this.src;
    const simple: Record<string, number> = { n: 10, t: 9, r: 13, f: 12, v: 11 };
    if (c in simple) return simple[c];
    if (c === 'x') {
      const hex = s.slice(this.i, this.i + 2);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) return undefined;
      this.i += 2;
      return parseInt(hex, 16);
    }
    if (c === 'u') {
      const hex = s.slice(this.i, this.i + 4);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) return undefined;
      this.i += 4;
      return parseInt(hex, 16);
    }
    if (c === 'c') return undefined;
    return c.charCodeAt(0);
  }

  /** A class of at most a few plain characters is their exact set; anything else constrains nothing. */
  private charClass(): Info {
    const s = this.src;
    this.i++;
    let negated = false;
    if (s[this.i] === '^') {
      negated = true;
      this.i++;
    }
    const codes: number[] = [];
    let unknown = false;
    while (this.i < s.length && s[this.i] !== ']') {
      let code: number | undefined;
      if (s[this.i] === '\\') {
        const e = s[this.i + 1]!;
        this.i += 2;
        if ('dDwWsSpPbB'.includes(e)) {
          unknown = true;
          if ((e === 'p' || e === 'P') && s[this.i] === '{') this.i = s.indexOf('}', this.i) + 1;
          continue;
        }
        code = this.escapedCode(e);
        if (code === undefined) {
          unknown = true;
          continue;
        }
      } else code = s.charCodeAt(this.i++);
      if (s[this.i] === '-' && s[this.i + 1] !== ']' && this.i + 1 < s.length) {
        this.i++;
        let hi: number | undefined;
        if (s[this.i] === '\\') {
          const e = s[this.i + 1]!;
          this.i += 2;
          hi = 'dDwWsSpP'.includes(e) ? undefined : this.escapedCode(e);
        } else hi = s.charCodeAt(this.i++);
        if (hi === undefined || hi - code > 16) unknown = true;
        else for (let k = code; k <= hi; k++) codes.push(k);
      } else codes.push(code);
    }
    if (s[this.i] !== ']') throw new Error('unclosed class');
    this.i++;
    if (negated || unknown || codes.length === 0 || codes.length > 16) return ANY;
    const exact: string[] = [];
    for (const code of codes) {
      const lit = this.literal(code);
      if (!lit.exact) return ANY;
      exact.push(lit.exact[0]!);
    }
    return { exact: dedupe(exact) };
  }
}
