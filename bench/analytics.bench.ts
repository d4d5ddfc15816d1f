/**
 * npm run bench:analytics: ingest cost per event, Redis memory per handoff, dashboard query p50/p95.
 * BENCH_DAYS (default 90) x BENCH_PER_DAY handoffs a day (default 1000; the target is 10000).
 * Needs Redis at REDIS_URL (default redis://127.0.0.1:6379); uses a fresh key prefix and deletes it after.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { computeMetrics, percentile, type LifecycleEvent } from '@baton/core';
import { RedisEventLog } from '../webhooks/src/analytics/redis-event-log';

const DAYS = Number(process.env.BENCH_DAYS ?? 90);
const PER_DAY = Number(process.env.BENCH_PER_DAY ?? 1000);
const DAY = 86_400_000;
const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { enableAutoPipelining: true });
const prefix = `bench-analytics-${randomUUID().slice(0, 8)}`;
const log = new RedisEventLog(redis, 120 * 86_400, prefix);
const bots = ['shop', 'billing', 'returns'];
const reasons = ['customer_requested', 'bot_failure', 'negative_sentiment', 'policy_required'];
const end = Date.UTC(2026, 10, 23);
const start = end - DAYS * DAY;

function eventsOf(i: number, t: number): LifecycleEvent[] {
  const h = `h${i}`;
  const base = { tenantId: 'bench', handoffId: h };
  const dims = { bot: bots[i % 3], reason: reasons[i % 4], channel: i % 2 ? 'chat' : 'email', priority: 'normal', intent: 'order_status', customerKey: `c${i % 5000}`, completeness: (i % 10) / 10 };
  const out: LifecycleEvent[] = [
    { ...base, id: `${h}:r`, kind: 'handoff_received', at: new Date(t).toISOString(), data: dims },
    { ...base, id: `${h}:a`, kind: 'alert_posted', at: new Date(t + 30_000).toISOString(), data: {} },
    { ...base, id: `${h}:c`, kind: 'claimed', at: new Date(t + 60_000 * (1 + (i % 20))).toISOString(), data: { team: 'tier1' } },
    { ...base, id: `${h}:f`, kind: 'first_agent_reply', at: new Date(t + 60_000 * (5 + (i % 30))).toISOString(), data: i % 7 === 0 ? { reAskedFields: ['entities.orderIds'] } : {} },
    { ...base, id: `${h}:s`, kind: 'solved', at: new Date(t + 3_600_000 * (2 + (i % 40))).toISOString(), data: {} },
  ];
  if (i % 9 === 0) out.push({ ...base, id: `${h}:o`, kind: 'reopened', at: new Date(t + 3 * DAY).toISOString(), data: {} });
  if (i % 4 === 0) out.push({ ...base, id: `${h}:q`, kind: 'satisfaction_rated', at: new Date(t + 2 * DAY).toISOString(), data: { score: i % 8 === 0 ? 'bad' : 'good' } });
  return out;
}

async function main() {
  await redis.ping().catch(() => {
    throw new Error('bench:analytics needs Redis on 127.0.0.1:6379 (or REDIS_URL)');
  });
  const memBefore = Number(/used_memory:(\d+)/.exec(await redis.info('memory'))![1]);
  let events = 0;
  const t0 = process.hrtime.bigint();
  for (let d = 0; d < DAYS; d++) {
    const batch: Promise<boolean>[] = [];
    for (let k = 0; k < PER_DAY; k++) {
      const i = d * PER_DAY + k;
      for (const e of eventsOf(i, start + d * DAY + Math.floor((k / PER_DAY) * DAY))) batch.push(log.append(e));
    }
    events += batch.length;
    await Promise.all(batch);
  }
  const ingestNs = Number(process.hrtime.bigint() - t0);
  const memAfter = Number(/used_memory:(\d+)/.exec(await redis.info('memory'))![1]);
  const handoffs = DAYS * PER_DAY;

  const timings = (async (from: number, to: number, runs: number) => {
    const ms: number[] = [];
    for (let r = 0; r < runs; r++) {
      const q0 = performance.now();
      const list = await log.list('bench', new Date(from).toISOString(), new Date(to).toISOString());
      computeMetrics(list, { from: new Date(from).toISOString(), to: new Date(to).toISOString(), by: 'day' });
      ms.push(performance.now() - q0);
    }
    return { p50: percentile(ms, 50)!, p95: percentile(ms, 95)! };
  });
  const week = await timings(end - 7 * DAY, end, 20);
  const full = await timings(start, end, 5);

  const result = {
    days: DAYS,
    handoffsPerDay: PER_DAY,
    handoffs,
    events,
    ingestMicrosPerEvent: +(ingestNs / 1000 / events).toFixed(2),
    ingestEventsPerSec: Math.round(events / (ingestNs / 1e9)),
    redisBytesPerHandoff: Math.round((memAfter - memBefore) / handoffs),
    dashboard7dMs: { p50: +week.p50.toFixed(1), p95: +week.p95.toFixed(1) },
    [`dashboard${DAYS}dMs`]: { p50: +full.p50.toFixed(1), p95: +full.p95.toFixed(1) },
  };
  console.log(JSON.stringify(result, null, 2));
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 5000);
    cursor = next;
    if (keys.length) await redis.unlink(...keys);
  } while (cursor !== '0');
  await redis.quit();
}

await main();
