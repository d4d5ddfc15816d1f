import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { HandoffRecord } from '@baton/core';
import { RedisHandoffStore } from '../src/adapters/redis/handoff-store';
import { testRedis } from './helpers';

const redis = testRedis();
afterAll(() => redis.quit());

function record(createdAt: string): HandoffRecord {
  const id = `h_${randomUUID().slice(0, 8)}`;
  return {
    id,
    tenantId: 'default',
    handoffKey: `key-${id}`,
    conversationId: `c-${id}`,
    status: 'queued',
    event: { conversationId: `c-${id}`, channel: 'chat', messages: [{ role: 'customer', text: 'hi' }] },
    createdAt,
    updatedAt: createdAt,
  };
}

describe('RedisHandoffStore writes', () => {
  it("the intake's queue position and record creation leave in one write, with the same answers", async () => {
    await redis.ping();
    const store = new RedisHandoffStore(redis, 3600, `test-${randomUUID().slice(0, 8)}`);
    const first = record('2026-01-01T00:00:00.000Z');
    await store.createIfAbsent(first);
    const stream = (redis as unknown as { stream: Socket }).stream;
    const writes = vi.spyOn(stream as unknown as { _writev: () => void }, '_writev');
    const write = vi.spyOn(stream as unknown as { _write: () => void }, '_write');
    const second = record('2026-01-01T00:00:01.000Z');
    const [ahead, created] = await Promise.all([
      store.countUnclaimed('default', second.createdAt),
      store.createIfAbsent(second),
    ]);
    expect(writes.mock.calls.length + write.mock.calls.length).toBe(1);
    writes.mockRestore();
    write.mockRestore();
    expect(ahead).toBe(1); // the handoffs created before this one, not this one
    expect(created).toEqual({ created: true, record: second });
    expect(await store.countUnclaimed('default')).toBe(2);
    expect(await store.get('default', second.id)).toEqual(second);
  });

  it('a count asked alone is sent on the next tick at the latest', async () => {
    const store = new RedisHandoffStore(redis, 3600, `test-${randomUUID().slice(0, 8)}`);
    await store.createIfAbsent(record(new Date().toISOString()));
    expect(await store.countUnclaimed('default')).toBe(1);
    expect(await Promise.all([store.countUnclaimed('default'), store.countUnclaimed('default')])).toEqual([1, 1]);
  });

  it('a record refused as a duplicate is still answered after a count in the same write', async () => {
    const store = new RedisHandoffStore(redis, 3600, `test-${randomUUID().slice(0, 8)}`);
    const r = record(new Date().toISOString());
    await store.createIfAbsent(r);
    const [n, again] = await Promise.all([
      store.countUnclaimed('default'),
      store.createIfAbsent({ ...r, createdAt: '2030-01-01T00:00:00.000Z' }),
    ]);
    expect(n).toBe(1);
    expect(again).toEqual({ created: false, record: r });
  });
});
