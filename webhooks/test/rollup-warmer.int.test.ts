import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { DAY, T, history } from '@baton/core';
import { RedisEventLog } from '../src/analytics/redis-event-log';
import type { RedisRollups } from '../src/analytics/redis-rollups';
import { startRollupWarmer } from '../src/analytics/rollup-warmer';
import { testRedis } from './helpers';

const redis = testRedis();
afterAll(() => redis.quit());

describe('rollup warmer', () => {
  it('rolls every day of the retention up in the background, so the dashboard query that follows rolls up nothing', async () => {
    const prefix = `test-warm-${randomUUID().slice(0, 8)}`;
    const log = new RedisEventLog(redis, 90 * 86_400, prefix);
    for (const e of history()) await log.append(e);
    const now = () => T + 8 * DAY;
    const warmed = log.metricsReader({ now }) as RedisRollups;
    const warmer = startRollupWarmer(warmed, 't1', { days: 14, everyMs: 60_000, now });
    expect(await warmer.pass()).toBe(14);
    await warmer.stop();
    expect(warmed.recomputed).toBeGreaterThan(0);

    // another process (a fresh reader): the 7-day query finds every day rolled up in Redis
    const dashboard = log.metricsReader({ now }) as RedisRollups;
    const answer = await dashboard.read('t1', {
      from: new Date(T - DAY).toISOString(),
      to: new Date(now()).toISOString(),
    });
    expect(answer.total.handoffs).toBe(10);
    expect(dashboard.recomputed).toBe(0);
  });

  it('stops between two days, without waiting for the rest of a pass', async () => {
    const log = new RedisEventLog(redis, 90 * 86_400, `test-warm-${randomUUID().slice(0, 8)}`);
    const warmer = startRollupWarmer(log.metricsReader(), 't1', { days: 90, everyMs: 60_000, pauseMs: 50 });
    const started = Date.now();
    await new Promise((r) => setTimeout(r, 20));
    await warmer.stop();
    expect(Date.now() - started).toBeLessThan(1_000); // 90 days x 50 ms would be 4.5 s
  });
});
