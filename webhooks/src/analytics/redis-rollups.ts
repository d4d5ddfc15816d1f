import type { Redis } from 'ioredis';
import {
  daysOf,
  dimensionsOf,
  metricsFromRollups,
  projectRollup,
  rollupDay,
  snapPeriod,
  utcDay,
  type DayRollup,
  type LifecycleEvent,
  type MetricsAnswer,
  type MetricsQuery,
  type MetricsReader,
  type TenantId,
} from '@baton/core';

const DAY_MS = 86_400_000;
/** Rollups parsed in this process, by tenant and day, with their version (at most this many kept). */
const MEMORY_ENTRIES = 2_000;
/** Days recomputed at once: Redis reads one while this process folds another. */
const RECOMPUTE_CONCURRENCY = 2;

/** A rollup as cached in Redis: the version of the day it was computed from, and when (ms). */
type Stored = { v: string; at: number; r: DayRollup };
/** In this process: also the rollup projected onto the dimensions queries asked for. */
type Held = Stored & { projections: Map<string, DayRollup> };

export type RedisRollupsOptions = {
  /**
   * A day whose events changed since its rollup was computed is rolled up again before the query
   * answers, unless its rollup is younger than this: then the query answers from it and the day is
   * rolled up in the background (stale while revalidate). 0 (the default): always fresh.
   */
  maxStaleMs?: number;
  now?: () => number;
};

/**
 * Analytics figures from per-day rollups kept next to the event log. A day's rollup (`ru:<day>`) is
 * computed by `rollupDay` from the day's events and the later events of its handoffs (`ev:<day>` and
 * `late:<day>`), read together with the day's version (`ver:<day>`) in one MULTI; the append script
 * increments the version whenever an event of that cohort lands, so a rollup whose version differs is
 * stale and is recomputed when a query needs it. Nothing is counted at ingest: the events stay the only
 * source, and deleting every `ru:` key only costs the next query the recomputation. Queries merge the
 * days' cells projected onto the dimensions they read (kept in memory per day version), so a 90-day
 * query merges a few cells per day, not every combination of dimensions.
 */
export class RedisRollups implements MetricsReader {
  private readonly memory = new Map<string, Held>();
  private readonly refreshing = new Map<string, Promise<DayRollup>>();
  /** Days recomputed by this process since it started (for tests and the benchmark). */
  recomputed = 0;

  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'baton',
    private readonly options: RedisRollupsOptions = {},
  ) {}

  private key(tenantId: TenantId, kind: string, day: string): string {
    return `${this.prefix}:{${tenantId}}:${kind}:${day}`;
  }

  async read(tenantId: TenantId, q: MetricsQuery): Promise<MetricsAnswer> {
    const { from, to } = snapPeriod(q.from, q.to);
    const days = daysOf(from, to);
    const rollups = await this.rollups(tenantId, days);
    const keep = dimensionsOf(q);
    const key = keep.join(',');
    const projected = rollups.map((r, i) => {
      const held = this.memory.get(`${tenantId}|${days[i]}`);
      if (held?.r !== r) return projectRollup(r, keep);
      let p = held.projections.get(key);
      if (!p) held.projections.set(key, (p = projectRollup(r, keep)));
      return p;
    });
    return metricsFromRollups(projected, { ...q, from, to });
  }

  /** Waits for the background roll-ups started so far (stale while revalidate). */
  async settled(): Promise<void> {
    while (this.refreshing.size > 0) await Promise.allSettled([...this.refreshing.values()]);
  }

  /** The current rollup of each day: from this process' memory, from Redis, or recomputed. */
  async rollups(tenantId: TenantId, days: readonly string[]): Promise<DayRollup[]> {
    const pipe = this.redis.pipeline();
    for (const day of days) {
      pipe.get(this.key(tenantId, 'ver', day));
      if (!this.memory.has(`${tenantId}|${day}`)) pipe.get(this.key(tenantId, 'ru', day));
    }
    const replies = ((await pipe.exec()) ?? []).map(([err, v]) => {
      if (err) throw err;
      return v as string | null;
    });
    const out: DayRollup[] = new Array(days.length);
    const stale: number[] = [];
    const now = (this.options.now ?? Date.now)();
    let k = 0;
    days.forEach((day, i) => {
      const version = replies[k++] ?? '0';
      const mem = `${tenantId}|${day}`;
      let held = this.memory.get(mem);
      if (!held) {
        const raw = replies[k++];
        if (raw) held = { ...(JSON.parse(raw) as Stored), projections: new Map() };
      }
      if (held && (held.v === version || now - held.at <= (this.options.maxStaleMs ?? 0))) {
        this.remember(mem, held);
        out[i] = held.r;
        if (held.v !== version) void this.refresh(tenantId, day).catch(() => undefined);
      } else stale.push(i);
    });
    let next = 0;
    const worker = async () => {
      while (next < stale.length) {
        const i = stale[next++]!;
        out[i] = await this.refresh(tenantId, days[i]!);
      }
    };
    await Promise.all(Array.from({ length: RECOMPUTE_CONCURRENCY }, worker));
    return out;
  }

  /** One roll-up of a day at a time per process: a query that needs a day being rolled up waits for it. */
  private refresh(tenantId: TenantId, day: string): Promise<DayRollup> {
    const key = `${tenantId}|${day}`;
    let p = this.refreshing.get(key);
    if (!p) {
      p = this.recompute(tenantId, day).finally(() => this.refreshing.delete(key));
      this.refreshing.set(key, p);
    }
    return p;
  }

  /** Rolls a day up from its events (one consistent MULTI read) and caches it with the version it read. */
  async recompute(tenantId: TenantId, day: string): Promise<DayRollup> {
    const t = Date.parse(`${day}T00:00:00.000Z`);
    const res = await this.redis
      .multi()
      .get(this.key(tenantId, 'ver', day))
      .zrange(this.key(tenantId, 'ev', day), 0, -1)
      .zrange(this.key(tenantId, 'late', day), 0, -1)
      .zrange(this.key(tenantId, 'ct', utcDay(t + DAY_MS)), 0, -1, 'WITHSCORES')
      .zrange(this.key(tenantId, 'ct', utcDay(t + 2 * DAY_MS)), 0, -1, 'WITHSCORES')
      .pttl(this.key(tenantId, 'ev', day))
      .exec();
    if (!res) throw new Error(`analytics rollup of ${day}: the MULTI was aborted`);
    const [ver, ev, late, ct1, ct2, pttl] = res.map(([err, v]) => {
      if (err) throw err;
      return v;
    }) as [string | null, string[], string[], string[], string[], number];
    const events: LifecycleEvent[] = [];
    for (const m of ev) events.push(JSON.parse(m) as LifecycleEvent);
    for (const m of late) events.push(JSON.parse(m) as LifecycleEvent);
    const later = new Map<string, number>();
    for (const list of [ct1, ct2])
      for (let j = 0; j < list.length; j += 2) {
        const at = Number(list[j + 1]);
        if (at < (later.get(list[j]!) ?? Infinity)) later.set(list[j]!, at);
      }
    const stored: Stored = { v: ver ?? '0', at: (this.options.now ?? Date.now)(), r: rollupDay(day, events, later) };
    // The rollup lives as long as the day's events; a day without events is kept a day.
    await this.redis.set(this.key(tenantId, 'ru', day), JSON.stringify(stored), 'PX', pttl > 0 ? pttl : DAY_MS);
    this.remember(`${tenantId}|${day}`, { ...stored, projections: new Map() });
    this.recomputed += 1;
    return stored.r;
  }

  private remember(key: string, held: Held): void {
    this.memory.delete(key);
    this.memory.set(key, held);
    if (this.memory.size > MEMORY_ENTRIES) this.memory.delete(this.memory.keys().next().value!);
  }
}
