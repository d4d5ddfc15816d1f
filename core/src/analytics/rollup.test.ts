import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LifecycleEvent, LifecycleKind } from '../ports';
import { rollupDay } from './day-rollup';
import { computeMetrics, type GroupBy, type Metrics, type Quantiles } from './metrics';
import { SKETCH_RELATIVE_ERROR } from './quantile-sketch';
import { dimensionsOf, metricsFromRollups, projectRollup } from './rollup-query';
import { rollupsOf } from './rollup-partition.test-helper';
import { DAY, HOUR, MIN, T, ev, history, iso } from './sample-history';

/** Quantiles within the sketch's relative error of the exact ones; everything else equal. */
function expectSameFigures(got: Metrics, want: Metrics) {
  const close = (g: Quantiles, w: Quantiles) => {
    expect(g.n).toBe(w.n);
    for (const k of ['p50', 'p90'] as const) {
      if (w[k] === undefined) expect(g[k]).toBeUndefined();
      else
        expect(Math.abs(g[k]! - w[k]!)).toBeLessThanOrEqual(
          SKETCH_RELATIVE_ERROR * Math.abs(w[k]!) * (1 + 1e-9) + 1e-9,
        );
    }
  };
  close(got.timeToClaimMs, want.timeToClaimMs);
  close(got.timeToFirstReplyMs, want.timeToFirstReplyMs);
  for (const b of ['low', 'medium', 'high'] as const)
    close(got.completeness[b].timeToResolutionMs, want.completeness[b].timeToResolutionMs);
  const strip = (m: Metrics) => ({
    ...m,
    timeToClaimMs: undefined,
    timeToFirstReplyMs: undefined,
    completeness: Object.fromEntries(
      Object.entries(m.completeness).map(([b, v]) => [b, { ...v, timeToResolutionMs: undefined }]),
    ),
  });
  expect(strip(got)).toEqual(strip(want));
}

describe('rollups on the hand-computed history', () => {
  const range = { from: iso(T), to: iso(T + 30 * DAY) };
  it('merged day rollups give the hand-computed figures (FCR 0.70, repeat 0.2, re-ask 0.3)', () => {
    const { total, groups } = metricsFromRollups(rollupsOf(history()), { ...range, by: 'team' });
    expect(total.handoffs).toBe(10);
    expect(total.botResolved).toBe(17);
    expect(total.fcr).toBeCloseTo(0.7, 10);
    expect(total.repeatContactRate).toBeCloseTo(0.2, 10);
    expect(total.reAskRate).toBeCloseTo(0.3, 10);
    expect(total.reasonShares).toEqual({ refund: 0.4, technical: 0.6 });
    expect(total.funnel).toEqual({
      handedOff: 10,
      alerted: 10,
      claimed: 10,
      firstReply: 8,
      solved: 10,
      notReopened: 7,
    });
    expect(groups.tier2?.fcr).toBeCloseTo(0.6, 10);
    expect(total.timeToClaimMs.p50! / (10 * MIN)).toBeCloseTo(1, 1);
  });
  it('equal computeMetrics for every grouping of the history', () => {
    const rollups = rollupsOf(history());
    for (const by of ['all', 'day', 'bot', 'intent', 'reason', 'channel', 'priority', 'team'] as GroupBy[]) {
      const want = computeMetrics(history(), { ...range, by });
      const got = metricsFromRollups(rollups, { ...range, by });
      expectSameFigures(got.total, want.total);
      expect(Object.keys(got.groups)).toEqual(Object.keys(want.groups));
      for (const k of Object.keys(want.groups)) expectSameFigures(got.groups[k]!, want.groups[k]!);
    }
  });
});

describe('a day rollup and late events', () => {
  const received = ev('handoff_received', T, 'late-1', { bot: 'shop', reason: 'refund' });
  const solved = ev('solved', T + 2 * HOUR, 'late-1');
  it('a reopen 3 days later changes the handoff day: FCR 1 -> 0', () => {
    const before = rollupDay('2026-11-02', [received, solved], new Map());
    const after = rollupDay('2026-11-02', [received, solved, ev('reopened', T + 3 * DAY, 'late-1')], new Map());
    expect(before.cells[0]!.fcr).toBe(1);
    expect(after.cells[0]!.fcr).toBe(0);
    expect(after.cells[0]!.solved).toBe(1);
  });
  it("an event of another day's handoff leaves the day as it was", () => {
    const other = ev('solved', T + HOUR, 'from-yesterday');
    expect(rollupDay('2026-11-02', [received, solved, other], new Map())).toEqual(
      rollupDay('2026-11-02', [received, solved], new Map()),
    );
  });
  it('a contact of the same customer on the next day, within 48 h, makes a repeat contact', () => {
    const h = ev('handoff_received', T, 'r1', { customerKey: 'c1' });
    expect(rollupDay('2026-11-02', [h], new Map([['c1', T + 47 * HOUR]])).cells[0]!.repeat).toBe(1);
    expect(rollupDay('2026-11-02', [h], new Map([['c1', T + 49 * HOUR]])).cells[0]!.repeat).toBe(0);
  });
});

// A random log: a dozen days, handoffs with every kind of later event (some days later, some before the
// handoff), bot-resolved conversations, a few customers who come back.
const KINDS: LifecycleKind[] = [
  'alert_posted',
  'claimed',
  'first_agent_reply',
  'solved',
  'reopened',
  'sla_breached',
  'satisfaction_rated',
  'context_feedback',
  'released',
];
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const dims = fc.record({
  bot: maybe(pick(['shop', 'billing'])),
  reason: maybe(pick(['refund', 'technical', 'customer_requested'])),
  channel: maybe(pick(['chat', 'email'])),
  priority: maybe(pick(['normal', 'urgent'])),
  intent: maybe(pick(['order_status', 'refund'])),
  customerKey: maybe(pick(['c1', 'c2', 'c3', 'c4'])),
});
const handoff = fc.record({
  at: fc.integer({ min: 0, max: 10 * DAY }),
  dims,
  completeness: maybe(fc.double({ min: 0, max: 1, noNaN: true })),
  later: fc.array(
    fc.record({
      kind: pick(KINDS),
      after: fc.integer({ min: -2 * HOUR, max: 9 * DAY }),
      team: maybe(pick(['tier1', 'tier2'])),
      score: pick(['good', 'bad', 5, 2, 'meh']),
      fields: fc.subarray(['entities.orderIds', 'customer.email', 'attempted']),
      reAsk: fc.boolean(),
    }),
    { maxLength: 8 },
  ),
});
const conversation = fc.record({
  at: fc.integer({ min: 0, max: 10 * DAY }),
  dims,
  csat: maybe(pick([1, 2, 3, 4, 5])),
});

type Drawn<A> = A extends fc.Arbitrary<infer T> ? T : never;

function logOf(hs: Drawn<typeof handoff>[], cs: Drawn<typeof conversation>[]): LifecycleEvent[] {
  const out: LifecycleEvent[] = [];
  const clean = (d: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(d).filter(([, v]) => v !== undefined));
  hs.forEach((h, i) => {
    const id = `h${i}`;
    out.push(ev('handoff_received', T + h.at, id, clean({ ...h.dims, completeness: h.completeness })));
    for (const l of h.later) {
      const data =
        l.kind === 'claimed'
          ? clean({ team: l.team })
          : l.kind === 'first_agent_reply'
            ? { reAskedFields: l.fields }
            : l.kind === 'satisfaction_rated'
              ? { score: l.score }
              : l.kind === 'context_feedback'
                ? { hadToReAsk: l.reAsk, missingFields: l.fields }
                : {};
      out.push(ev(l.kind, T + h.at + l.after, id, data));
    }
  });
  cs.forEach((c, i) =>
    out.push({
      ...ev('conversation_resolved', T + c.at, undefined, clean({ ...c.dims, csat: c.csat })),
      conversationId: `c${i}`,
    }),
  );
  return out;
}

describe('rollups against computeMetrics over the raw events (property)', () => {
  it('counts and shares equal, quantiles within 1%, for any period in whole days, grouping and filter', () => {
    fc.assert(
      fc.property(
        fc.array(handoff, { maxLength: 40 }),
        fc.array(conversation, { maxLength: 30 }),
        fc.integer({ min: -1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        pick(['all', 'day', 'bot', 'intent', 'reason', 'channel', 'priority', 'team'] as GroupBy[]),
        fc.record({ bot: maybe(pick(['shop', 'billing'])), reason: maybe(pick(['refund', 'technical'])) }),
        (hs, cs, fromDay, days, by, filter) => {
          const events = logOf(hs, cs);
          const q = {
            from: iso(T - 9 * HOUR + fromDay * DAY),
            to: iso(T - 9 * HOUR + (fromDay + days) * DAY),
            by,
            filter,
          };
          const want = computeMetrics(events, q);
          const rollups = rollupsOf(events);
          const got = metricsFromRollups(rollups, q);
          // Projected onto the dimensions the query reads, the rollups give the same figures.
          const keep = dimensionsOf(q);
          expect(
            metricsFromRollups(
              rollups.map((r) => projectRollup(r, keep)),
              q,
            ),
          ).toEqual(got);
          expectSameFigures(got.total, want.total);
          expect(Object.keys(got.groups)).toEqual(Object.keys(want.groups));
          for (const k of Object.keys(want.groups)) expectSameFigures(got.groups[k]!, want.groups[k]!);
        },
      ),
      { numRuns: 300 },
    );
  });
});
