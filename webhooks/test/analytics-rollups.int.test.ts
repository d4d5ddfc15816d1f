import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import {
  computeMetrics,
  DAY,
  HOUR,
  MIN,
  SKETCH_RELATIVE_ERROR,
  T,
  history,
  iso,
  type LifecycleEvent,
  type LifecycleKind,
  type Metrics,
  type Quantiles,
} from '@baton/core';
import { RedisEventLog } from '../src/analytics/redis-event-log';
import type { RedisRollups } from '../src/analytics/redis-rollups';
import { testRedis } from './helpers';

const redis = testRedis();
afterAll(() => redis.quit());

function fresh() {
  const prefix = `test-rollup-${randomUUID().slice(0, 8)}`;
  const log = new RedisEventLog(redis, 90 * 86_400, prefix);
  return { prefix, log, reader: log.metricsReader() as RedisRollups };
}

function expectSameFigures(got: Metrics, want: Metrics) {
  const close = (g: Quantiles, w: Quantiles) => {
    expect(g.n).toBe(w.n);
    for (const k of ['p50', 'p90'] as const)
      if (w[k] === undefined) expect(g[k]).toBeUndefined();
      else expect(Math.abs(g[k]! - w[k]!)).toBeLessThanOrEqual(SKETCH_RELATIVE_ERROR * Math.abs(w[k]!) * 1.000001);
  };
  close(got.timeToClaimMs, want.timeToClaimMs);
  close(got.timeToFirstReplyMs, want.timeToFirstReplyMs);
  for (const b of ['low', 'medium', 'high'] as const)
    close(got.completeness[b].timeToResolutionMs, want.completeness[b].timeToResolutionMs);
  const strip = (m: Metrics) =>
    JSON.parse(
      JSON.stringify(m, (k, v) =>
        k === 'timeToClaimMs' || k === 'timeToFirstReplyMs' || k === 'timeToResolutionMs' ? undefined : v,
      ),
    );
  expect(strip(got)).toEqual(strip(want));
}

/** A seeded random log over 10 days: handoffs with later events (some days later, some before), conversations. */
function randomLog(seed: number): LifecycleEvent[] {
  let s = seed;
  const rnd = () => (s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const pick = <V>(xs: readonly V[]): V => xs[Math.floor(rnd() * xs.length)]!;
  const out: LifecycleEvent[] = [];
  const e = (id: string, kind: LifecycleKind, at: number, extra: Partial<LifecycleEvent>, data = {}): void => {
    out.push({ id, tenantId: 'acme', kind, at: iso(at), data, ...extra });
  };
  const dims = () =>
    Object.fromEntries(
      Object.entries({
        bot: pick(['shop', 'billing', undefined]),
        reason: pick(['refund', 'technical', undefined]),
        channel: pick(['chat', 'email']),
        customerKey: pick(['c1', 'c2', 'c3', undefined]),
      }).filter(([, v]) => v !== undefined),
    );
  for (let i = 0; i < 80; i++) {
    const t = T + Math.floor(rnd() * 10 * DAY);
    const h = { handoffId: `h${seed}-${i}` };
    e(`${seed}-${i}-r`, 'handoff_received', t, h, { ...dims(), completeness: rnd() });
    const kinds: LifecycleKind[] = [
      'alert_posted',
      'claimed',
      'first_agent_reply',
      'solved',
      'reopened',
      'satisfaction_rated',
      'sla_breached',
    ];
    for (let j = 0; j < 6; j++) {
      const kind = pick(kinds);
      const data =
        kind === 'claimed'
          ? { team: pick(['tier1', 'tier2']) }
          : kind === 'satisfaction_rated'
            ? { score: pick(['good', 'bad']) }
            : kind === 'first_agent_reply' && rnd() < 0.3
              ? { reAskedFields: ['attempted'] }
              : {};
      e(`${seed}-${i}-${j}`, kind, t - HOUR + Math.floor(rnd() * 8 * DAY), h, data);
    }
  }
  for (let k = 0; k < 60; k++)
    e(
      `${seed}-c${k}`,
      'conversation_resolved',
      T + Math.floor(rnd() * 10 * DAY),
      { conversationId: `c${seed}-${k}` },
      {
        ...dims(),
        csat: pick([1, 3, 5]),
      },
    );
  return out;
}

const range = { from: iso(T - 9 * HOUR), to: iso(T + 15 * DAY) };

describe('analytics rollups in Redis', () => {
  it('equal computeMetrics over the raw events, whatever the arrival order, with every event delivered twice', async () => {
    for (const seed of [7, 42, 1234]) {
      const { log, reader } = fresh();
      const events = randomLog(seed);
      let s = seed;
      const shuffled = [...events, ...events]
        .map((e) => ({ e, k: (s = (s * 48_271) % 2_147_483_647) }))
        .sort((a, b) => a.k - b.k)
        .map((x) => x.e);
      await log.appendMany(shuffled.slice(0, 300));
      for (const e of shuffled.slice(300)) await log.append(e);
      for (const by of ['day', 'bot', 'reason', 'team'] as const) {
        const q = { ...range, by, filter: by === 'day' ? { channel: 'chat' } : {} };
        const got = await reader.read('acme', q);
        const want = computeMetrics(events, { ...q, from: got.from, to: got.to });
        expectSameFigures(got.total, want.total);
        expect(Object.keys(got.groups)).toEqual(Object.keys(want.groups));
        for (const k of Object.keys(want.groups)) expectSameFigures(got.groups[k]!, want.groups[k]!);
      }
    }
  });

  it('a reopen 3 days later invalidates the handoff day only; a duplicate webhook changes nothing', async () => {
    const { log, reader } = fresh();
    for (const e of history()) await log.append({ ...e, tenantId: 'acme' });
    const q = { from: iso(T), to: iso(T + 20 * DAY), by: 'day' as const };
    const first = await reader.read('acme', q);
    expect(first.total.fcr).toBeCloseTo(0.7, 10);
    const afterFirst = reader.recomputed;
    expect((await reader.read('acme', q)).total).toEqual(first.total);
    expect(reader.recomputed).toBe(afterFirst); // warm: nothing recomputed

    // h6 was received on 2 Nov, solved on 3 Nov; a reopen lands on 5 Nov.
    const reopen: LifecycleEvent = {
      id: 'late-reopen',
      tenantId: 'acme',
      kind: 'reopened',
      at: iso(T + 6 * HOUR + 3 * DAY),
      handoffId: 'h6',
      data: {},
    };
    expect(await log.append(reopen)).toBe(true);
    const second = await reader.read('acme', q);
    expect(reader.recomputed).toBe(afterFirst + 1);
    expect(second.total.fcr).toBeCloseTo(0.6, 10);
    expect(second.groups['2026-11-02']?.funnel.notReopened).toBe(first.groups['2026-11-02']!.funnel.notReopened - 1);
    expect(second.groups['2026-11-05']).toEqual(first.groups['2026-11-05']);

    expect(await log.append(reopen)).toBe(false);
    expect((await reader.read('acme', q)).total).toEqual(second.total);
    expect(reader.recomputed).toBe(afterFirst + 1);
  });

  it('another process (or a cold start) reads the rollups cached in Redis; deleting them only costs a recomputation', async () => {
    const { prefix, log, reader } = fresh();
    for (const e of history()) await log.append({ ...e, tenantId: 'acme' });
    const q = { from: iso(T), to: iso(T + 20 * DAY) };
    const want = await reader.read('acme', q);
    const other = new RedisEventLog(redis, 90 * 86_400, prefix).metricsReader() as RedisRollups;
    // Concurrent queries of the same dimensions (as the dashboard's): every projection from Redis.
    const [a, b] = await Promise.all([other.read('acme', q), other.read('acme', { ...q, by: 'day' })]);
    expect(a).toEqual(want);
    expect(b.total).toEqual(want.total);
    expect(other.recomputed).toBe(0);
    expect(other.projected).toBe(0);
    const keys = await redis.keys(`${prefix}:{acme}:ru:*`);
    const projections = await redis.keys(`${prefix}:{acme}:rp:*`);
    expect(keys.length).toBeGreaterThan(0);
    expect(projections.length).toBe(keys.length);
    await redis.del(...keys, ...projections);
    const third = new RedisEventLog(redis, 90 * 86_400, prefix).metricsReader() as RedisRollups;
    expect(await third.read('acme', q)).toEqual(want);
    expect(third.recomputed).toBe(keys.length);
  });

  it('an event that arrives before its handoff, on another day, counts once the handoff arrives', async () => {
    const { log, reader } = fresh();
    const h = { tenantId: 'acme', handoffId: 'early' };
    await log.append({ ...h, id: 'e-solved', kind: 'solved', at: iso(T + DAY), data: {} });
    await log.append({ ...h, id: 'e-claim', kind: 'claimed', at: iso(T + 10 * MIN), data: {} });
    const q = { from: iso(T), to: iso(T + 10 * DAY) };
    expect((await reader.read('acme', q)).total.handoffs).toBe(0);
    await log.append({ ...h, id: 'e-received', kind: 'handoff_received', at: iso(T), data: { bot: 'shop' } });
    const { total } = await reader.read('acme', q);
    expect(total.funnel).toMatchObject({ handedOff: 1, claimed: 1, solved: 1, notReopened: 1 });
    expect(total.timeToClaimMs.p50! / (10 * MIN)).toBeCloseTo(1, 1);
  });

  it('stale while revalidate: within maxStaleMs the cached day answers and rolls up in the background; after it, the query waits', async () => {
    const { prefix, log } = fresh();
    let clock = 1_000_000;
    const reader = new RedisEventLog(redis, 90 * 86_400, prefix).metricsReader({
      maxStaleMs: 60_000,
      now: () => clock,
    }) as RedisRollups;
    for (const e of history()) await log.append({ ...e, tenantId: 'acme' });
    const q = { from: iso(T), to: iso(T + 20 * DAY) };
    expect((await reader.read('acme', q)).total.fcr).toBeCloseTo(0.7, 10);
    const reopen = (id: string, h: string): LifecycleEvent => ({
      id,
      tenantId: 'acme',
      kind: 'reopened',
      at: iso(T + 3 * DAY),
      handoffId: h,
      data: {},
    });
    await log.append(reopen('swr-1', 'h6'));
    clock += 30_000;
    expect((await reader.read('acme', q)).total.fcr).toBeCloseTo(0.7, 10); // answered from the cached day
    await reader.settled();
    expect((await reader.read('acme', q)).total.fcr).toBeCloseTo(0.6, 10); // rolled up in the background
    await log.append(reopen('swr-2', 'h7'));
    clock += 61_000;
    expect((await reader.read('acme', q)).total.fcr).toBeCloseTo(0.5, 10); // too old to serve: rolled up first
  });

  it("a customer's contact on the next day makes the day before a repeat contact", async () => {
    const { log, reader } = fresh();
    await log.append({
      id: 'r1',
      tenantId: 'acme',
      kind: 'handoff_received',
      at: iso(T),
      handoffId: 'x1',
      data: { customerKey: 'k1' },
    });
    const q = { from: iso(T), to: iso(T + 5 * DAY) };
    expect((await reader.read('acme', q)).total.repeatContactRate).toBe(0);
    await log.append({
      id: 'c1',
      tenantId: 'acme',
      kind: 'conversation_resolved',
      at: iso(T + DAY + 20 * HOUR),
      conversationId: 'cv',
      data: { customerKey: 'k1' },
    });
    expect((await reader.read('acme', q)).total.repeatContactRate).toBe(1);
  });
});
