/**
 * A mergeable quantile sketch for durations (logarithmic buckets, as in DDSketch): a value v > 0 falls in
 * bucket ceil(log_g(v)) with g = (1 + a) / (1 - a), and a quantile is answered with its bucket's
 * representative 2 g^i / (g + 1), which is within a relative error a of the exact value at that rank
 * (nearest rank, as `percentile`). Zero has its own count, negative values mirror the positive ones.
 * Merging two sketches adds their counts, so per-day sketches merge into any period exactly as if the
 * period's values had been sketched at once. Buckets are kept dense (an offset and the counts from it):
 * merging is a loop over numbers, and the JSON is small.
 */

/** The relative error of a quantile read from a sketch: 1%. */
export const SKETCH_RELATIVE_ERROR = 0.01;
const GAMMA = (1 + SKETCH_RELATIVE_ERROR) / (1 - SKETCH_RELATIVE_ERROR);
const LOG_GAMMA = Math.log(GAMMA);

/** `[first bucket index, count of it, count of the next, ...]`, or `[]` when empty. */
export type SketchBins = number[];
/** Counts of zero, of positive values per bucket (`p`) and of negative values per bucket of |v| (`n`). JSON-safe. */
export type QuantileSketch = { z: number; p: SketchBins; n: SketchBins };

export const emptySketch = (): QuantileSketch => ({ z: 0, p: [], n: [] });

const indexOf = (v: number): number => Math.ceil(Math.log(v) / LOG_GAMMA);
/** The value a bucket stands for (within SKETCH_RELATIVE_ERROR of every value in it). */
const valueOf = (i: number): number => (2 * GAMMA ** i) / (GAMMA + 1);

/** Adds `count` to bucket `i`, widening the bins as needed. */
function addBin(bins: SketchBins, i: number, count: number): void {
  if (bins.length === 0) {
    bins.push(i, count);
    return;
  }
  const o = bins[0]!;
  if (i < o) {
    bins.splice(1, 0, ...new Array<number>(o - i).fill(0));
    bins[0] = i;
  } else if (i - o + 1 >= bins.length) {
    for (let k = bins.length; k <= i - o + 1; k++) bins.push(0);
  }
  bins[i - bins[0]! + 1]! += count;
}

function mergeBins(into: SketchBins, from: SketchBins): void {
  if (from.length === 0) return;
  if (into.length === 0) {
    into.push(...from);
    return;
  }
  const fo = from[0]!;
  // Widen once to cover both ranges, then add bin by bin.
  addBin(into, fo, 0);
  addBin(into, fo + from.length - 2, 0);
  const shift = fo - into[0]! + 1;
  for (let k = 1; k < from.length; k++) into[shift + k - 1]! += from[k]!;
}

export function sketchAdd(sketch: QuantileSketch, value: number): void {
  if (value === 0) sketch.z += 1;
  else if (value > 0) addBin(sketch.p, indexOf(value), 1);
  else addBin(sketch.n, indexOf(-value), 1);
}

/** Adds `from`'s counts into `into`. */
export function sketchMerge(into: QuantileSketch, from: QuantileSketch): void {
  into.z += from.z;
  mergeBins(into.p, from.p);
  mergeBins(into.n, from.n);
}

const total = (bins: SketchBins): number => {
  let n = 0;
  for (let k = 1; k < bins.length; k++) n += bins[k]!;
  return n;
};

export function sketchCount(sketch: QuantileSketch): number {
  return sketch.z + total(sketch.p) + total(sketch.n);
}

/** Nearest-rank quantile (p in 0..100), within SKETCH_RELATIVE_ERROR; undefined when empty. */
export function sketchQuantile(sketch: QuantileSketch, p: number): number | undefined {
  const n = sketchCount(sketch);
  if (n === 0) return undefined;
  const rank = Math.min(n, Math.max(1, Math.ceil((p / 100) * n)));
  let seen = 0;
  // Negative values from the largest magnitude down, then zero, then positive values upwards.
  for (let k = sketch.n.length - 1; k >= 1; k--) {
    seen += sketch.n[k]!;
    if (seen >= rank) return -valueOf(sketch.n[0]! + k - 1);
  }
  seen += sketch.z;
  if (seen >= rank) return 0;
  for (let k = 1; k < sketch.p.length; k++) {
    seen += sketch.p[k]!;
    if (seen >= rank) return valueOf(sketch.p[0]! + k - 1);
  }
  return undefined;
}
