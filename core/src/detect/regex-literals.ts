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

/** Exact: the piece matches exactly one of these strings. Otherwise `req`: every match contains one of them (undefined: no constraint). */
type Info = { exact: string[] } | { exact?: undefined; req: string[] | undefined; aside?: boolean };

const MAX_EXACT = 256;
const MAX_LITERALS = 4000;
/** Literals shorter than this pass almost every text (unless a digit or a rare symbol): no use as a filter. */
const MIN_LITERAL = 2;

const ANY: Info = { req: undefined };
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
  let info: Info;
  try {
    info = new Parser(re.source, re.flags.includes('i')).parse();
  } catch {
    return undefined;
  }
  const list = info.exact ?? info.req;
  if (!list || list.length === 0 || list.length > MAX_LITERALS) return undefined;
  if (list.some((s) => s.length < MIN_LITERAL && !RARE_CHAR.test(s))) return undefined;
  return minimal(list);
}

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

/** The candidates of a piece as a requirement (an exact set holding "" constrains nothing). */
function asReq(info: Info): string[] | undefined {
  if (info.exact) return info.exact.some((s) => s.length === 0) ? undefined : info.exact;
  return info.req;
}

/** How much a requirement filters: its shortest literal (longer is rarer), then fewer literals. */
function better(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  if (!a) return b;
  if (!b) return a;
  const minA = Math.min(...a.map((s) => s.length));
  const minB = Math.min(...b.map((s) => s.length));
  if (Math.min(minA, 3) !== Math.min(minB, 3)) return minA > minB ? a : b;
  return a.length <= b.length ? a : b;
}

function concat(parts: Info[]): Info {
  let run: string[] | undefined = [''];
  let best: string[] | undefined;
  let allExact = true;
  for (const part of parts) {
    if (part.exact && run && run.length * part.exact.length <= MAX_EXACT) {
      const next: string[] = [];
      for (const a of run) for (const b of part.exact) next.push(a + b);
      run = dedupe(next);
      continue;
    }
    if (!part.exact && part.aside) {
      // a look-ahead's or look-behind's text: required in the text, not part of the match
      best = better(best, part.req);
      continue;
    }
    allExact = false;
    if (run) best = better(best, asReq({ exact: run }));
    if (part.exact) {
      // too many combinations: start a new run from this piece
      run = part.exact;
    } else {
      best = better(best, part.req);
      run = [''];
    }
  }
  if (allExact && run) return { exact: run };
  if (run) best = better(best, asReq({ exact: run }));
  return { req: best };
}

function alternate(branches: Info[]): Info {
  if (branches.every((b) => b.exact)) {
    const all = dedupe(branches.flatMap((b) => b.exact!));
    if (all.length <= MAX_EXACT) return { exact: all };
    return { req: all.some((s) => s.length === 0) ? undefined : all };
  }
  const req: string[] = [];
  for (const b of branches) {
    const r = asReq(b);
    if (!r) return ANY;
    req.push(...r);
  }
  return { req: dedupe(req) };
}

function repeat(info: Info, min: number, max: number): Info {
  if (max === 0) return EMPTY;
  if (min === 1 && max === 1) return info;
  if (min === 0) {
    if (max === 1 && info.exact) return { exact: dedupe(['', ...info.exact]) };
    return info.exact && info.exact.every((s) => s === '') ? EMPTY : ANY;
  }
  // at least one occurrence: one of its literals is in the match
  return { req: asReq(info) };
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
    const req = positive ? asReq(inner) : undefined;
    return req ? { req, aside: true } : EMPTY;
  }

  private escape(): Info {
    const s = this.src;
    const c = s[this.i + 1];
    if (c === undefined) throw new Error('trailing backslash');
    this.i += 2;
    if (c === 'b' || c === 'B') return EMPTY;
    if (c === 'd') return DIGIT;
    if ('DwWsS'.includes(c)) return ANY;
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
