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
  type Dimension,
  type LifecycleEvent,
  type MetricsAnswer,
  type MetricsQuery,
  type MetricsReader,
  type TenantId,
} from '@baton/core';

const DAY_MS = 86_400_000;
/** Days whose projections this process keeps parsed (per tenant and day). */
const MEMORY_ENTRIES = 5_000;
/** Days rolled up at once: Redis reads one while this process folds another. */
const RECOMPUTE_CONCURRENCY = 2;
/** Projections are cheap to rebuild from the day's rollup: kept a week after their last write. */
const PROJECTION_TTL_MS = 7 * DAY_MS;
/** Background roll-ups start this long after the query that found the days stale has answered. */
const REFRESH_DELAY_MS = 100;

/** Bumped when the rollup's shape changes: cached rollups of another format are computed again. */
const FORMAT = 2;
/** A rollup (or a projection of one) as cached in Redis: its format, the day's version it was computed from, and when. */
type Stored = { f: number; v: string; at: number; r: DayRollup };
/** In this process: a day's projections onto the dimension sets queries asked for, of one version. */
type Held = { v: string; at: number; projections: Map<string, DayRollup> };

/** A cached rollup, unless absent or of another format. */
function parseStored(raw: string | null | undefined): Stored | undefined {
  const s = raw ? (JSON.parse(raw) as Partial<Stored>) : undefined;
  return s?.f === FORMAT ? (s as Stored) : undefined;
}

export type RedisRollupsOptions = {
  /**
   * A day whose events changed since its rollup was computed is rolled up again before the query
   * answers, unless its rollup is younger than this: then the query answers from it and the day is
   * rolled up in the background just after (stale while revalidate). 0 (the default): always fresh.
   */
  maxStaleMs?: number;
  now?: () => number;
};

/**
 * Analytics figures from per-day rollups kept next to the event log. A day's rollup (`ru:<day>`) is
 * computed by `rollupDay` from the day's events and the later events of its handoffs (`ev:<day>` and
 * `late:<day>`), read together with the day's version (`ver:<day>`) in one MULTI; the append script
 * increments the version whenever an event of that cohort lands, so a rollup whose version differs is
 * stale and is rolled up again when a query needs it. Nothing is counted at ingest: the events stay the
 * only source, and deleting every `ru:`/`rp:` key only costs the next query the recomputation.
 * Queries merge each day's rollup projected onto the dimensions they read (`rp:<day>:<dims>`, a few
 * cells instead of one per combination of dimensions), cached in Redis and in this process.
 */
export class RedisRollups implements MetricsReader {
  private readonly memory = new Map<string, Held>();
  private readonly running = new Map<string, Promise<Stored>>();
  private readonly scheduled = new Set<string>();
  private timer?: Promise<void>;
  /** Days rolled up by this process since it started (for tests and the benchmark). */
  recomputed = 0;
  /** Projections made from a day's full rollup (the others came from memory or Redis). */
  projected = 0;

  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'baton',
    private readonly options: RedisRollupsOptions = {},
  ) {}

  private key(tenantId: TenantId, kind: string, day: string): string {
    return `${this.prefix}:{${tenantId}}:${kind}:${day}`;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  /** Whether a cached value of version `s.v` may answer for the day at `version`, and if so whether it is stale. */
  private usable(s: { v: string; at: number } | undefined, version: string): 'fresh' | 'stale' | undefined {
    if (!s) return undefined;
    if (s.v === version) return 'fresh';
    return this.now() - s.at <= (this.options.maxStaleMs ?? 0) ? 'stale' : undefined;
  }

  async read(tenantId: TenantId, q: MetricsQuery): Promise<MetricsAnswer> {
    const { from, to } = snapPeriod(q.from, q.to);
    const projected = await this.projections(tenantId, daysOf(from, to), dimensionsOf(q));
    return metricsFromRollups(projected, { ...q, from, to });
  }

  /** Each day's rollup projected onto `keep`: from memory, from Redis, or from the day's full rollup. */
  async projections(tenantId: TenantId, days: readonly string[], keep: readonly Dimension[]): Promise<DayRollup[]> {
    const pk = keep.join('+');
    const pipe = this.redis.pipeline();
    // Which days' projections are read from Redis is decided now: a concurrent query may fill memory meanwhile.
    const fromRedis = days.map((day) => !this.memory.get(`${tenantId}|${day}`)?.projections.has(pk));
    days.forEach((day, i) => {
      pipe.get(this.key(tenantId, 'ver', day));
      if (fromRedis[i]) pipe.get(this.key(tenantId, `rp:${day}`, pk));
    });
    const replies = await this.exec(pipe);
    const out: DayRollup[] = new Array(days.length);
    const missing: number[] = [];
    let k = 0;
    days.forEach((day, i) => {
      const version = replies[k++] ?? '0';
      const mem = `${tenantId}|${day}`;
      const held = this.memory.get(mem);
      let p = held?.projections.get(pk);
      let state = p ? this.usable(held, version) : undefined;
      const raw = fromRedis[i] ? replies[k++] : undefined;
      if (!p || !state) {
        const stored = parseStored(raw);
        state = this.usable(stored, version);
        if (stored && state) {
          p = stored.r;
          this.hold(mem, stored, pk, p);
        }
      }
      if (p && state) {
        out[i] = p;
        if (state === 'stale') this.schedule(tenantId, day);
      } else missing.push(i);
    });
    if (missing.length === 0) return out;
    const full = await this.rollups(
      tenantId,
      missing.map((i) => days[i]!),
    );
    const write = this.redis.pipeline();
    missing.forEach((i, j) => {
      const stored = full[j]!;
      const p = projectRollup(stored.r, keep);
      this.projected += 1;
      out[i] = p;
      this.hold(`${tenantId}|${days[i]}`, stored, pk, p);
      write.set(this.key(tenantId, `rp:${days[i]}`, pk), JSON.stringify({ ...stored, r: p }), 'PX', PROJECTION_TTL_MS);
    });
    await this.exec(write);
    return out;
  }

  /** The full rollup of each day: from Redis if current (or young enough), else rolled up now. */
  private async rollups(tenantId: TenantId, days: readonly string[]): Promise<Stored[]> {
    const pipe = this.redis.pipeline();
    for (const day of days) pipe.get(this.key(tenantId, 'ver', day)).get(this.key(tenantId, 'ru', day));
    const replies = await this.exec(pipe);
    const out: Stored[] = new Array(days.length);
    const stale: number[] = [];
    days.forEach((day, i) => {
      const version = replies[2 * i] ?? '0';
      const raw = replies[2 * i + 1];
      const stored = parseStored(raw);
      const state = this.usable(stored, version);
      if (stored && state) {
        out[i] = stored;
        if (state === 'stale') this.schedule(tenantId, day);
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

  /** Waits for the background roll-ups scheduled so far (stale while revalidate). */
  async settled(): Promise<void> {
    while (this.timer || this.running.size > 0) {
      await this.timer;
      await Promise.allSettled([...this.running.values()]);
    }
  }

  /** Rolls the day up in the background, after the current query has answered, one day at a time. */
  private schedule(tenantId: TenantId, day: string): void {
    this.scheduled.add(`${tenantId}|${day}`);
    this.timer ??= new Promise<void>((resolve) => setTimeout(resolve, REFRESH_DELAY_MS).unref()).then(async () => {
      while (this.scheduled.size > 0) {
        const key = this.scheduled.values().next().value!;
        this.scheduled.delete(key);
        const [t, d] = key.split('|') as [string, string];
        await this.refresh(t, d).catch(() => undefined); // the next query retries, and reports the error
      }
      this.timer = undefined;
    });
  }

  /** One roll-up of a day at a time per process: a query that needs a day being rolled up waits for it. */
  private refresh(tenantId: TenantId, day: string): Promise<Stored> {
    const key = `${tenantId}|${day}`;
    let p = this.running.get(key);
    if (!p) {
      p = this.recompute(tenantId, day).finally(() => this.running.delete(key));
      this.running.set(key, p);
    }
    return p;
  }

  /** Rolls a day up from its events (one consistent MULTI read) and caches it with the version it read. */
  async recompute(tenantId: TenantId, day: string): Promise<Stored> {
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
    const stored: Stored = { f: FORMAT, v: ver ?? '0', at: this.now(), r: rollupDay(day, events, later) };
    // The rollup lives as long as the day's events; a day without events is kept a day. The projections
    // this process has of the day are projected again, so no one is answered from the older ones.
    const write = this.redis
      .pipeline()
      .set(this.key(tenantId, 'ru', day), JSON.stringify(stored), 'PX', pttl > 0 ? pttl : DAY_MS);
    const mem = `${tenantId}|${day}`;
    const held = [...(this.memory.get(mem)?.projections.keys() ?? [])];
    this.memory.delete(mem);
    for (const pk of held) {
      const p = projectRollup(stored.r, pk.split('+') as Dimension[]);
      this.hold(mem, stored, pk, p);
      write.set(this.key(tenantId, `rp:${day}`, pk), JSON.stringify({ ...stored, r: p }), 'PX', PROJECTION_TTL_MS);
    }
    await this.exec(write);
    this.recomputed += 1;
    return stored;
  }

  private hold(key: string, s: { v: string; at: number }, pk: string, p: DayRollup): void {
    let held = this.memory.get(key);
    if (!held || held.v !== s.v) held = { v: s.v, at: s.at, projections: new Map() };
    held.projections.set(pk, p);
    this.memory.delete(key);
    this.memory.set(key, held);
    if (this.memory.size > MEMORY_ENTRIES) this.memory.delete(this.memory.keys().next().value!);
  }

  private async exec(pipe: ReturnType<Redis['pipeline']>): Promise<(string | null)[]> {
    return ((await pipe.exec()) ?? []).map(([err, v]) => {
      if (err) throw err;
      return v as string | null;
    });
  }
}
