/**
 * `npm run bench:analytics`: the analytics store at the issue's scale, on the Redis of REDIS_URL
 * (default redis://127.0.0.1:6379; uses a fresh key prefix and deletes it after). BENCH_DAYS (default 90)
 * x BENCH_PER_DAY handoffs a day (default 10,000), about 6.6 events each, ingested through
 * `RedisEventLog.appendMany` (the same append script as the service, 500 events per call, calls
 * pipelined), because 6 million single appends take ~8 minutes; the single-append cost is measured
 * on a sample. The clock stands at 13:37 on the day after the last full day: events later than that are
 * not ingested but arrive during the live phase.
 *
 * Prints ingest us/event, Redis bytes per handoff (events and indexes, then rollups), and the
 * dashboard's queries (`GET /v1/analytics` as the router answers it, reasons week on week included):
 * 7, 30 and 90 days by day, with and without a filter, and by bot, each
 *  - cold: nothing cached (rollups deleted, a new reader): every day of the period is rolled up;
 *  - warm: the same reader again (rollups in this process' memory, only the versions read);
 *  - redis-warm: a new reader each time (a restarted process: rollups read from Redis and parsed);
 *  - live: a minute of traffic lands (new handoffs, and claims, solves, ratings, reopens of older
 *    ones), then the 7-day query: for half the minutes fresh (the days those events touched are rolled
 *    up again first), for the other half as the API answers (stale while revalidate: from rollups up
 *    to a minute old, the touched days rolled up in the background after the answer).
 * BENCH_COLD_RUNS (2), BENCH_WARM_RUNS (30), BENCH_LIVE_MINUTES (20) set the repetitions.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { dimensionsOf, percentile, utcDay, type GroupBy, type LifecycleEvent } from '@baton/core';
import { RedisEventLog } from '../webhooks/src/analytics/redis-event-log';
import { RedisRollups } from '../webhooks/src/analytics/redis-rollups';
import { analyticsQuerySchema } from '../webhooks/src/analytics/analytics-query';
import { answerAnalytics } from '../webhooks/src/analytics/analytics-answer';

const DAYS = Number(process.env.BENCH_DAYS ?? 90);
const PER_DAY = Number(process.env.BENCH_PER_DAY ?? 10_000);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 2);
const WARM_RUNS = Number(process.env.BENCH_WARM_RUNS ?? 30);
const LIVE_MINUTES = Number(process.env.BENCH_LIVE_MINUTES ?? 20);
const DAY = 86_400_000;
const MIN = 60_000;
const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { enableAutoPipelining: true });
const prefix = `bench-analytics-${randomUUID().slice(0, 8)}`;
const log = new RedisEventLog(redis, 120 * 86_400, prefix);
const TENANT = 'bench';
const end = Date.UTC(2026, 10, 23);
const start = end - DAYS * DAY;
const now = end + 13 * 3_600_000 + 37 * MIN;

const bots = ['shop', 'billing', 'returns'];
const reasons = ['customer_requested', 'bot_failure', 'negative_sentiment', 'policy_required'];
const channels = ['chat', 'email', 'whatsapp'];
const priorities = ['low', 'normal', 'urgent'];
const intents = ['order_status', 'refund', 'delivery', 'account', 'billing', 'technical'];

/** A deterministic spread of a handoff's number over its dimensions and times. */
function mix(i: number): number {
  let x = (i + 0x9e3779b9) | 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Handoff i received at t, with what happens to it after. */
function eventsOf(i: number, t: number): LifecycleEvent[] {
  const x = mix(i);
  const h = `h${i}`;
  const base = { tenantId: TENANT, handoffId: h };
  const dims = {
    bot: bots[x % 3],
    reason: reasons[(x >>> 2) % 4],
    channel: channels[(x >>> 4) % 3],
    priority: priorities[(x >>> 6) % 3],
    intent: intents[(x >>> 8) % 6],
    customerKey: `c${i % 7919}`,
    completeness: ((x >>> 11) % 100) / 100,
  };
  const claim = t + 30_000 + ((x >>> 3) % 1200) * 1000;
  const iso = (ms: number) => new Date(ms).toISOString();
  const out: LifecycleEvent[] = [
    { ...base, id: `${h}:r`, kind: 'handoff_received', at: iso(t), data: dims },
    { ...base, id: `${h}:a`, kind: 'alert_posted', at: iso(t + 2_000), data: {} },
    { ...base, id: `${h}:c`, kind: 'claimed', at: iso(claim), data: { team: x % 7 < 4 ? 'tier1' : 'tier2' } },
    {
      ...base,
      id: `${h}:f`,
      kind: 'first_agent_reply',
      at: iso(claim + ((x >>> 5) % 1800) * 1000),
      data: x % 7 === 0 ? { reAskedFields: ['entities.orderIds'] } : {},
    },
    { ...base, id: `${h}:s`, kind: 'solved', at: iso(t + 3_600_000 * (2 + ((x >>> 9) % 40))), data: {} },
  ];
  if (x % 9 === 0) out.push({ ...base, id: `${h}:o`, kind: 'reopened', at: iso(t + 3 * DAY), data: {} });
  if (x % 4 === 0)
    out.push({
      ...base,
      id: `${h}:q`,
      kind: 'satisfaction_rated',
      at: iso(t + 2 * DAY),
      data: { score: x % 8 === 0 ? 'bad' : 'good' },
    });
  return out;
}

const usedMemory = async () => Number(/used_memory:(\d+)/.exec(await redis.info('memory'))![1]);
const round = (v: number, d = 1) => +v.toFixed(d);
const stats = (ms: number[]) => ({ p50: round(percentile(ms, 50)!), p95: round(percentile(ms, 95)!), n: ms.length });

async function ingest() {
  const future: LifecycleEvent[] = [];
  let events = 0;
  let handoffs = 0;
  let ns = 0n;
  // Every handoff of the full days and of the current day up to `now`; events after `now` wait.
  for (let d = 0; d <= DAYS; d++) {
    const batch: LifecycleEvent[] = [];
    for (let k = 0; k < PER_DAY; k++) {
      const t = start + d * DAY + Math.floor((k / PER_DAY) * DAY);
      for (const e of eventsOf(d * PER_DAY + k, t)) (Date.parse(e.at) < now ? batch : future).push(e);
      if (t < now) handoffs++;
    }
    const t0 = process.hrtime.bigint();
    for (let s = 0; s < batch.length; s += 20_000) await log.appendMany(batch.slice(s, s + 20_000));
    ns += process.hrtime.bigint() - t0;
    events += batch.length;
  }
  future.sort((a, b) => (a.at < b.at ? -1 : 1));
  return { events, handoffs, ns: Number(ns), future };
}

async function singleAppendMicros(): Promise<number> {
  const sample = Array.from({ length: 4000 }, (_, k) => eventsOf(10_000_000 + k, now - DAY + k * 1000))
    .flat()
    .map((e) => ({ ...e, tenantId: 'bench-single' }));
  const t0 = performance.now();
  await Promise.all(sample.map((e) => log.append(e)));
  return ((performance.now() - t0) * 1000) / sample.length;
}

const QUERIES: Array<[string, Record<string, string>]> = [
  ['7d by day', { since: '7d', by: 'day' }],
  ['7d by day, bot=shop', { since: '7d', by: 'day', bot: 'shop' }],
  ['7d by bot', { since: '7d', by: 'bot' }],
  ['30d by day', { since: '30d', by: 'day' }],
  ['30d by day, reason=bot_failure', { since: '30d', by: 'day', reason: 'bot_failure' }],
  ['90d by day', { since: '90d', by: 'day' }],
  ['90d by day, bot=shop & priority=urgent', { since: '90d', by: 'day', bot: 'shop', priority: 'urgent' }],
  ['90d by bot', { since: '90d', by: 'bot' }],
];
/** The dimension sets the queries (and the reasons week on week) read: their cached projections. */
const PROJECTIONS = [
  ...new Set(
    QUERIES.map(([, { since: _since, by, ...filter }]) =>
      dimensionsOf({ from: '', to: '', by: by as GroupBy, filter }).join('+'),
    ),
  ),
  'reason',
];
const ALL_DAYS = Array.from({ length: DAYS + 20 }, (_, k) => utcDay(end - (DAYS + 15) * DAY + k * DAY));

/**
 * Bytes of this run's keys (MEMORY USAGE; the Redis is shared, so used_memory deltas are only a cross-check):
 * the day keys exactly, the per-event and per-handoff keys from a sample of 2,000 each.
 */
async function memoryOfKeys(events: number, handoffs: number) {
  const usage = async (keys: string[]) => {
    let sum = 0;
    for (const k of keys) sum += Number((await redis.call('MEMORY', 'USAGE', k, 'SAMPLES', '0')) ?? 0);
    return sum;
  };
  const t = `${prefix}:{${TENANT}}:`;
  const sample = Array.from({ length: 2000 }, (_, k) => Math.floor(((k * 7919) % 2000) * (handoffs / 2000)));
  const perEvent = (await usage(sample.map((i) => `${t}evid:h${i}:${'racfs'[i % 5]}`))) / sample.length;
  const perHandoff = (await usage(sample.map((i) => `${t}hday:h${i}`))) / sample.length;
  const days = (kind: string) => ALL_DAYS.map((d) => `${t}${kind}:${d}`);
  return {
    events: await usage(days('ev')),
    eventIds: perEvent * events,
    handoffDays: perHandoff * handoffs,
    lateCopies: await usage(days('late')),
    contactsAndVersions: (await usage(days('ct'))) + (await usage(days('ver'))),
    rollups:
      (await usage(days('ru'))) + (await usage(ALL_DAYS.flatMap((d) => PROJECTIONS.map((p) => `${t}rp:${d}:${p}`)))),
  };
}

async function timeQuery(reader: RedisRollups, params: Record<string, string>, at = now): Promise<number> {
  const q = analyticsQuerySchema.parse(params);
  const t0 = performance.now();
  await answerAnalytics(reader, TENANT, q, new Date(at));
  return performance.now() - t0;
}

async function cleanUp() {
  let c = '0';
  do {
    const [next, keys] = await redis.scan(c, 'MATCH', `${prefix}:*`, 'COUNT', 10_000);
    c = next;
    if (keys.length) await redis.unlink(...keys);
  } while (c !== '0');
}

async function main() {
  await redis.ping().catch(() => {
    throw new Error('bench:analytics needs Redis on 127.0.0.1:6379 (or REDIS_URL)');
  });
  const mem0 = await usedMemory();
  const ing = await ingest();
  const mem1 = await usedMemory();
  console.error(`ingested ${ing.events} events in ${(ing.ns / 1e9).toFixed(1)} s`);
  const single = await singleAppendMicros();

  const results: Record<string, unknown> = {};
  let coldDays = 0;
  let coldMs = 0;
  for (const [name, params] of QUERIES) {
    const cold: number[] = [];
    let reader = new RedisRollups(redis, prefix);
    for (let r = 0; r < COLD_RUNS; r++) {
      await redis.del(
        ...ALL_DAYS.flatMap((d) => [
          `${prefix}:{${TENANT}}:ru:${d}`,
          ...PROJECTIONS.map((p) => `${prefix}:{${TENANT}}:rp:${d}:${p}`),
        ]),
      );
      reader = new RedisRollups(redis, prefix);
      const ms = await timeQuery(reader, params);
      cold.push(ms);
      coldDays += reader.recomputed;
      coldMs += ms;
    }
    const warm: number[] = [];
    for (let r = 0; r < WARM_RUNS; r++) warm.push(await timeQuery(reader, params));
    const fromRedis: number[] = [];
    for (let r = 0; r < Math.min(10, WARM_RUNS); r++)
      fromRedis.push(await timeQuery(new RedisRollups(redis, prefix), params));
    results[name] = { coldMs: stats(cold), warmMs: stats(warm), redisWarmMs: stats(fromRedis) };
    console.error(name, JSON.stringify(results[name]));
  }
  const mem2 = await usedMemory();
  const keyBytes = await memoryOfKeys(ing.events, ing.handoffs);
  const cells = JSON.parse((await redis.get(`${prefix}:{${TENANT}}:ru:${utcDay(end - 10 * DAY)}`))!) as {
    r: { cells: unknown[] };
  };

  // Live: a minute of traffic at a time, then the dashboard's default query, answered by a reader that
  // waits for the touched days (fresh) and by one that answers from rollups up to a minute old (as the
  // API does) while they roll up in the background.
  const fresh = new RedisRollups(redis, prefix);
  const swr = new RedisRollups(redis, prefix, { maxStaleMs: 60_000 });
  await timeQuery(fresh, { since: '7d', by: 'day' });
  await timeQuery(swr, { since: '7d', by: 'day' });
  const live: number[] = [];
  const liveSwr: number[] = [];
  const recomputed: number[] = [];
  let liveEvents = 0;
  let cursor = 0;
  // Half the minutes answered fresh, then half as the API answers: each reader's days are its own work.
  for (let m = 0; m < LIVE_MINUTES; m++) {
    const until = now + (m + 1) * MIN;
    const batch: LifecycleEvent[] = [];
    while (cursor < ing.future.length && Date.parse(ing.future[cursor]!.at) < until) batch.push(ing.future[cursor++]!);
    await log.appendMany(batch);
    liveEvents += batch.length;
    if (m < LIVE_MINUTES / 2) {
      const before = fresh.recomputed;
      live.push(await timeQuery(fresh, { since: '7d', by: 'day' }, until));
      recomputed.push(fresh.recomputed - before);
    } else {
      liveSwr.push(await timeQuery(swr, { since: '7d', by: 'day' }, until));
      await swr.settled();
    }
  }

  const result = {
    days: DAYS,
    handoffsPerDay: PER_DAY,
    handoffs: ing.handoffs,
    events: ing.events,
    ingestMicrosPerEvent: { batched: round(ing.ns / 1000 / ing.events, 2), singleAppend: round(single, 2) },
    ingestEventsPerSec: Math.round(ing.events / (ing.ns / 1e9)),
    redisBytesPerHandoff: {
      ...Object.fromEntries(Object.entries(keyBytes).map(([k, v]) => [k, Math.round(v / ing.handoffs)])),
      usedMemoryDelta: {
        afterIngest: Math.round((mem1 - mem0) / ing.handoffs),
        afterQueries: Math.round((mem2 - mem0) / ing.handoffs),
      },
    },
    rollupCellsPerDay: cells.r.cells.length,
    coldRollupMsPerDay: round(coldMs / Math.max(1, coldDays)),
    queries: results,
    live7dByDay: {
      eventsPerMinute: Math.round(liveEvents / Math.max(1, LIVE_MINUTES)),
      daysRolledUpPerQuery: round(recomputed.reduce((a, b) => a + b, 0) / Math.max(1, live.length)),
      freshMs: stats(live),
      staleWhileRevalidateMs: stats(liveSwr),
    },
  };
  console.log(JSON.stringify(result, null, 2));
}

try {
  await main();
} finally {
  await cleanUp();
  await redis.quit();
}
