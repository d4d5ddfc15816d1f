/**
 * A mergeable quantile sketch for durations (logarithmic buckets, as in DDSketch): a value v > 0 falls in
 * bucket ceil(log_g(v)) with g = (1 + a) / (1 - a), and a quantile is answered with its bucket's
 * representative 2 g^i / (g + 1), which is within a relative error a of the exact value at that rank
 * (nearest rank, as `percentile`). Zero has its own bucket, negative values mirror the positive ones.
 * Merging two sketches adds their counts, so per-day sketches merge into any period exactly as if the
 * period's values had been sketched at once.
 */

/** The relative error of a quantile read from a sketch: 1%. */
export const SKETCH_RELATIVE_ERROR = 0.01;
const GAMMA = (1 + SKETCH_RELATIVE_ERROR) / (1 - SKETCH_RELATIVE_ERROR);
const LOG_GAMMA = Math.log(GAMMA);

/** Bucket key -> count; keys are `z` (zero), `<i>` (positive values), `-<i>` (negative values). JSON-safe. */
export type QuantileSketch = Record<string, number>;

function keyOf(v: number): string {
  if (v === 0) return 'z';
  const i = Math.ceil(Math.log(Math.abs(v)) / LOG_GAMMA);
  return v > 0 ? String(i) : `-${i}`;
}

/** The value a bucket stands for (within SKETCH_RELATIVE_ERROR of every value in it). */
function valueOf(key: string): number {
  if (key === 'z') return 0;
  const neg = key.startsWith('-');
  const i = Number(neg ? key.slice(1) : key);
  const v = (2 * GAMMA ** i) / (GAMMA + 1);
  return neg ? -v : v;
}

export function sketchAdd(sketch: QuantileSketch, value: number): void {
  const k = keyOf(value);
  sketch[k] = (sketch[k] ?? 0) + 1;
}

/** Adds `from`'s counts into `into`. */
export function sketchMerge(into: QuantileSketch, from: QuantileSketch): void {
  for (const k in from) into[k] = (into[k] ?? 0) + from[k]!;
}

export function sketchCount(sketch: QuantileSketch): number {
  let n = 0;
  for (const k in sketch) n += sketch[k]!;
  return n;
}

/** Nearest-rank quantile (p in 0..100), within SKETCH_RELATIVE_ERROR; undefined when empty. */
export function sketchQuantile(sketch: QuantileSketch, p: number): number | undefined {
  const n = sketchCount(sketch);
  if (n === 0) return undefined;
  const rank = Math.min(n, Math.max(1, Math.ceil((p / 100) * n)));
  const ordered = Object.keys(sketch)
    .map((k) => [k, valueOf(k)] as const)
    .sort((a, b) => a[1] - b[1]);
  let seen = 0;
  for (const [k, v] of ordered) {
    seen += sketch[k]!;
    if (seen >= rank) return v;
  }
  return ordered[ordered.length - 1]![1];
}
