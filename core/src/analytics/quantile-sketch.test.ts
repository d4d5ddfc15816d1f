import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentile } from './percentile';
import {
  emptySketch,
  SKETCH_RELATIVE_ERROR,
  sketchAdd,
  sketchCount,
  sketchMerge,
  sketchQuantile,
} from './quantile-sketch';

const values = fc.array(
  fc.oneof(fc.integer({ min: -3_600_000, max: 200_000_000 }), fc.constant(0), fc.integer({ min: 1, max: 100 })),
  { maxLength: 300 },
);

describe('quantile sketch', () => {
  it('any quantile is within 1% of the nearest-rank value, negative values and zero included', () => {
    fc.assert(
      fc.property(values, fc.integer({ min: 0, max: 100 }), (vs, p) => {
        const s = emptySketch();
        for (const v of vs) sketchAdd(s, v);
        expect(sketchCount(s)).toBe(vs.length);
        const want = percentile(vs, p);
        const got = sketchQuantile(s, p);
        if (want === undefined) expect(got).toBeUndefined();
        else expect(Math.abs(got! - want)).toBeLessThanOrEqual(SKETCH_RELATIVE_ERROR * Math.abs(want) * (1 + 1e-9));
      }),
      { numRuns: 500 },
    );
  });
  it('merging sketches equals sketching all the values at once, in any split', () => {
    fc.assert(
      fc.property(values, values, values, (a, b, c) => {
        const all = emptySketch();
        for (const v of [...a, ...b, ...c]) sketchAdd(all, v);
        const parts = [a, b, c].map((vs) => {
          const s = emptySketch();
          for (const v of vs) sketchAdd(s, v);
          return s;
        });
        const merged = emptySketch();
        for (const s of parts) sketchMerge(merged, s);
        for (const p of [0, 10, 50, 90, 99, 100]) expect(sketchQuantile(merged, p)).toBe(sketchQuantile(all, p));
        expect(sketchCount(merged)).toBe(a.length + b.length + c.length);
      }),
      { numRuns: 300 },
    );
  });
  it('keeps its buckets dense and JSON-safe', () => {
    const s = emptySketch();
    for (const v of [60_000, 61_000, 600_000, -5, 0]) sketchAdd(s, v);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
    expect(s.z).toBe(1);
    expect(s.p[0]).toBe(Math.ceil(Math.log(60_000) / Math.log(1.01 / 0.99)));
  });
});
