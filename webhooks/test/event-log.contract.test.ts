import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { computeMetrics, history, iso, T, type EventLog, type LifecycleEvent } from '@baton/core';
import { MemoryEventLog } from '../src/adapters/memory/event-log';
import { RedisEventLog } from '../src/analytics/redis-event-log';
import { testRedis } from './helpers';

const redis = testRedis();
afterAll(() => redis.quit());

const adapters: Array<[string, () => EventLog]> = [
  ['memory', () => new MemoryEventLog()],
  ['redis', () => new RedisEventLog(redis, 90 * 86_400, `test-evlog-${randomUUID().slice(0, 8)}`)],
];
const DAY = 86_400_000;
const now = Date.now();
const e = (id: string, at: number, tenantId = 'acme'): LifecycleEvent => ({
  id,
  tenantId,
  kind: 'solved',
  at: iso(at),
  handoffId: 'h1',
  data: { n: id },
});

describe.each(adapters)('EventLog (%s)', (_name, make) => {
  it('appends once per id: a webhook delivered twice counts once', async () => {
    const log = make();
    expect(await log.append(e('x1', now - DAY))).toBe(true);
    expect(await log.append(e('x1', now - DAY))).toBe(false);
    expect(await log.list('acme', iso(now - 2 * DAY), iso(now))).toHaveLength(1);
  });
  it('lists one tenant, in [from, to), oldest first, across days', async () => {
    const log = make();
    await log.append(e('c', now - 1 * DAY));
    await log.append(e('a', now - 5 * DAY));
    await log.append(e('b', now - 3 * DAY));
    await log.append(e('other', now - 3 * DAY, 'globex'));
    await log.append(e('edge', now));
    const got = await log.list('acme', iso(now - 6 * DAY), iso(now));
    expect(got.map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(got[0]).toEqual(e('a', now - 5 * DAY));
    expect((await log.list('acme', iso(now - 4 * DAY), iso(now - 2 * DAY))).map((x) => x.id)).toEqual(['b']);
  });
  it('metrics from a log fed every event twice equal the hand-computed ones (FCR 0.70)', async () => {
    const log = make();
    const events = history().map((x) => ({ ...x, tenantId: 'dup' }));
    for (const x of [...events, ...events]) await log.append(x);
    const listed = await log.list('dup', iso(T), iso(T + 30 * DAY));
    expect(listed).toHaveLength(events.length);
    const { total } = computeMetrics(listed, { from: iso(T), to: iso(T + 30 * DAY) });
    expect(total.fcr).toBeCloseTo(0.7, 10);
    expect(total.handoffs).toBe(10);
    expect(total.slaBreaches).toBe(2);
  });
});

describe('RedisEventLog retention', () => {
  it('day keys and id keys carry a TTL of about the retention', async () => {
    const prefix = `test-evret-${randomUUID().slice(0, 8)}`;
    const log = new RedisEventLog(redis, 90 * 86_400, prefix);
    await log.append(e('r1', now - 10 * DAY));
    const dayTtl = await redis.ttl(`${prefix}:{acme}:ev:${iso(now - 10 * DAY).slice(0, 10)}`);
    const idTtl = await redis.ttl(`${prefix}:{acme}:evid:r1`);
    expect(idTtl).toBeGreaterThan(79 * 86_400);
    expect(idTtl).toBeLessThanOrEqual(80 * 86_400);
    expect(dayTtl).toBeGreaterThan(idTtl);
  });
});
