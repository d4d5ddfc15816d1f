import { foldCode, literalClauses } from './regex-literals';
import { isSpaceCode } from './text-scan';

/**
 * One pass over a text tells every registered regular expression whether it can match there at all:
 * the literals each expression cannot match without (`requiredLiterals`) go into one Aho-Corasick
 * automaton (a full DFA over the characters the literals use, case folded), the text is scanned
 * once, and an expression none of whose literals occurs is skipped. A detector then costs a table
 * lookup per character instead of a backtracking pass per expression; the answer never changes,
 * since a skipped expression provably had no match (tested against running every expression).
 *
 * Expressions register where they are defined (`gated(/.../)`), so the automaton is built once, on
 * the first scan; one registered later (a policy's own phrases) rebuilds it on the next scan.
 */

type Automaton = {
  width: number;
  /**
   * Transitions, a row of `width` per state, states numbered breadth first (the shallow states a text
   * visits most share cache lines); an entry is the next state times two, plus one when that state
   * completes a clause (most do not: the scan then reads no output table).
   */
  delta: Uint16Array | Int32Array;
  /** The class of white space, or -1 when no literal has a space (class 0 always leads back to the start). */
  space: number;
  /** The clauses a state completes: `outData[outStart[s]]` up to `outData[outStart[s + 1]]` (flat, no object per state). */
  outStart: Int32Array;
  outData: Int32Array;
  classLow: Uint16Array;
  classHigh: Map<number, number>;
};

const LOW = 0x250;
/** The clause ids a registered expression needs all of; empty: nothing to check (it can match without any literal). */
const gateIds = new WeakMap<RegExp, readonly number[]>();
const bySource = new Map<string, readonly number[]>();
const NO_CLAUSES: readonly number[] = [];
const literalsOf: string[][] = [];
/** Every registered expression's source and flags (for the test that runs them all). */
const registered: { source: string; flags: string }[] = [];
let automaton: Automaton | undefined;
/**
 * Which clauses a text holds: a bit per clause, in plain small integers (a typed array costs more to
 * allocate than the scan of a short message); clauses from `gates` on were not built in (present).
 */
type Hits = { bits: number[]; gates: number };
const hitsCache = new Map<string, Hits>();
const CACHE_TEXTS = 256;
let lastText: string | undefined;
let lastHits: Hits | undefined;

/**
 * Registers `re` (its literals join the automaton at the next scan) and returns it, for use at its
 * definition. An expression met first by `mayMatch` or `allMatches` is registered too, but built in
 * after a few scans, so a first call meeting many of them builds the automaton a few times, not each time.
 */
export function gated<T extends RegExp>(re: T): T {
  gateIdOf(re);
  rebuildSoon = true;
  return re;
}

function gateIdOf(re: RegExp): readonly number[] {
  let ids = gateIds.get(re);
  if (ids !== undefined) return ids;
  const key = `${re.flags.includes('i') ? 'i' : ''}/${re.source}`;
  ids = bySource.get(key);
  if (ids === undefined) {
    const clauses = literalClauses(re);
    if (clauses) {
      ids = clauses.map((literals) => literalsOf.push(literals) - 1);
      // not built in at once: until the next build, its clauses count as present (it runs ungated)
    } else ids = NO_CLAUSES;
    bySource.set(key, ids);
    registered.push({ source: re.source, flags: re.flags });
  }
  gateIds.set(re, ids);
  return ids;
}

/** The expressions registered so far, as source and flags. */
export function registeredExpressions(): readonly { source: string; flags: string }[] {
  return registered;
}

/** A registered expression's clauses, held by a caller that asks often (no lookup per question). */
export class Gate {
  private readonly ids: readonly number[];

  constructor(readonly re: RegExp) {
    this.ids = gateIdOf(re);
    rebuildSoon = true;
  }

  /** False only when the expression cannot match anywhere in `text`. */
  mayMatch(text: string): boolean {
    const ids = this.ids;
    if (ids.length === 0) return true;
    return holdsAll(hitsOf(text), ids);
  }
}

/** False only when `re` cannot match anywhere in `text`. */
export function mayMatch(re: RegExp, text: string): boolean {
  const ids = gateIdOf(re);
  if (ids.length === 0) return true;
  return holdsAll(hitsOf(text), ids);
}

function holdsAll(hits: Hits, ids: readonly number[]): boolean {
  const { bits, gates } = hits;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    if (id < gates && ((bits[id >>> 5]! >>> (id & 31)) & 1) === 0) return false;
  }
  return true;
}

/**
 * Tells the gate that `derived` is `source` in lower case (both ASCII): the scan folds case, so their
 * answers are the same, and `derived` is not scanned again (a message and its normalised form).
 */
export function sameAsScanned(derived: string, source: string): void {
  if (derived === source || hitsCache.has(derived)) return;
  const hits = hitsOf(source);
  if (hitsCache.size >= CACHE_TEXTS) hitsCache.clear();
  hitsCache.set(derived, hits);
}

/** `re.test(text)`, skipped when `re` cannot match (a global expression's `lastIndex` is reset as `test` would). */
export function gatedTest(re: RegExp, text: string): boolean {
  if (mayMatch(re, text)) return re.test(text);
  if (re.global || re.sticky) re.lastIndex = 0;
  return false;
}

/** Gates built into the automaton; those registered since wait for a rebuild, after a few scans (a burst of registrations, one build). */
let built = 0;
let scansSinceBuild = 0;
/** Set by an explicit registration (`gated`, `new Gate`): built in at the next scan, not after a few. */
let rebuildSoon = false;
const SCANS_BEFORE_REBUILD = 64;

function automatonNow(): Automaton {
  if (!automaton || (built < literalsOf.length && (rebuildSoon || scansSinceBuild >= SCANS_BEFORE_REBUILD))) {
    rebuildSoon = false;
    automaton = build(literalsOf);
    built = literalsOf.length;
    scansSinceBuild = 0;
    hitsCache.clear();
    lastText = undefined;
  }
  return automaton;
}

function hitsOf(text: string): Hits {
  // the detectors ask about one text many times in a row: the last answer first, then the cache
  if (text === lastText && lastHits) return lastHits;
  let hits = hitsCache.get(text);
  if (hits) {
    lastText = text;
    lastHits = hits;
    return hits;
  }
  const a = automatonNow();
  scansSinceBuild++;
  hits = scan(a, text, built);
  if (hitsCache.size >= CACHE_TEXTS) hitsCache.clear();
  hitsCache.set(text, hits);
  lastText = text;
  lastHits = hits;
  return hits;
}

function scan(a: Automaton, text: string, gates: number): Hits {
  const bits: number[] = new Array<number>((gates + 31) >>> 5).fill(0);
  const { width, delta, space, outStart, outData, classLow, classHigh } = a;
  let row = 0;
  let afterSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const cls = c < LOW ? classLow[c]! : (classHigh.get(c) ?? 0);
    // a run of white space is one space, as the literals have it (every white space, and nothing else, has the space's class)
    if (cls === space) {
      if (afterSpace) continue;
      afterSpace = true;
    } else afterSpace = false;
    const next = delta[row + cls]!;
    const state = next >>> 1;
    row = state * width;
    if ((next & 1) === 0) continue;
    for (let k = outStart[state]!, end = outStart[state + 1]!; k < end; k++) {
      const id = outData[k]!;
      bits[id >>> 5]! |= 1 << (id & 31);
    }
  }
  return { bits, gates };
}

/** The automaton of every gate's literals: a trie, its failure links, then every transition filled in (a DFA). */
function build(gates: readonly string[][]): Automaton {
  const classes = new Map<number, number>();
  for (const list of gates)
    for (const lit of list)
      for (let i = 0; i < lit.length; i++) {
        const c = lit.charCodeAt(i);
        if (!classes.has(c)) classes.set(c, classes.size + 1);
      }
  const width = classes.size + 1;
  const classLow = new Uint16Array(LOW);
  const space = classes.get(32) ?? 0;
  for (let c = 0; c < LOW; c++) classLow[c] = isSpaceCode(c) ? space : (classes.get(foldCode(c)) ?? 0);
  const classHigh = new Map<number, number>();
  for (const [c, cls] of classes) if (c >= LOW) classHigh.set(c, cls);
  for (const c of [
    0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029,
    0x202f, 0x205f, 0x3000, 0xfeff,
  ])
    classHigh.set(c, space);
  classHigh.set(0x212a, classes.get(0x6b) ?? 0);
  classHigh.set(0x212b, classes.get(0xe5) ?? 0);

  // the trie: transitions in one growing typed array, a row of `width` per node
  let rows = new Int32Array(64 * width).fill(-1);
  let nodes = 1;
  const own: number[][] = [[]];
  gates.forEach((list, gate) => {
    for (const lit of list) {
      let node = 0;
      for (let i = 0; i < lit.length; i++) {
        const cls = classes.get(lit.charCodeAt(i))!;
        let next = rows[node * width + cls]!;
        if (next < 0) {
          next = nodes++;
          if (nodes * width > rows.length) {
            const grown = new Int32Array(rows.length * 2).fill(-1);
            grown.set(rows);
            rows = grown;
          }
          own.push([]);
          rows[node * width + cls] = next;
        }
        node = next;
      }
      if (!own[node]!.includes(gate)) own[node]!.push(gate);
    }
  });

  // breadth first: failure links, outputs inherited along them, missing transitions filled in
  const delta = new Int32Array(nodes * width);
  const fail = new Int32Array(nodes);
  const outs: number[][] = own.map((o) => [...o]);
  const queue: number[] = [];
  for (let cls = 0; cls < width; cls++) {
    const next = rows[cls]!;
    if (next > 0) {
      fail[next] = 0;
      queue.push(next);
      delta[cls] = next;
    } else delta[cls] = 0;
  }
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const g of outs[fail[node]!]!) if (!outs[node]!.includes(g)) outs[node]!.push(g);
    for (let cls = 0; cls < width; cls++) {
      const next = rows[node * width + cls]!;
      if (next > 0) {
        fail[next] = delta[fail[node]! * width + cls]!;
        queue.push(next);
        delta[node * width + cls] = next;
      } else delta[node * width + cls] = delta[fail[node]! * width + cls]!;
    }
  }
  // renumbered breadth first, in the smallest array that holds the state numbers: a text spends
  // most of its characters in the first few levels, whose rows then sit together in the cache
  const order = [0, ...queue];
  const renumber = new Int32Array(nodes);
  order.forEach((node, i) => (renumber[node] = i));
  const compact = nodes * 2 <= 0xffff ? new Uint16Array(nodes * width) : new Int32Array(nodes * width);
  for (let i = 0; i < order.length; i++) {
    const from = order[i]! * width;
    for (let cls = 0; cls < width; cls++) {
      const to = delta[from + cls]!;
      compact[i * width + cls] = renumber[to]! * 2 + (outs[to]!.length > 0 ? 1 : 0);
    }
  }
  const outStart = new Int32Array(order.length + 1);
  for (let i = 0; i < order.length; i++) outStart[i + 1] = outStart[i]! + outs[order[i]!]!.length;
  const outData = Int32Array.from(order.flatMap((node) => outs[node]!));
  return { width, delta: compact, space: space || -1, outStart, outData, classLow, classHigh };
}
