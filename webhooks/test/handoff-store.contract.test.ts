import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { HandoffRecord, HandoffStore } from '@baton/core';
import { MemoryHandoffStore } from '../src/adapters/memory/handoff-store';
import { RedisHandoffStore } from '../src/adapters/redis/handoff-store';
import { testRedis } from './helpers';

const redis = testRedis();
afterAll(() => redis.quit());

function record(over: Partial<HandoffRecord> = {}): HandoffRecord {
  const id = over.id ?? `h_${randomUUID().slice(0, 8)}`;
  const now = new Date().toISOString();
  return {
    id,
    tenantId: 'default',
    handoffKey: `key-${id}`,
    conversationId: `c-${id}`,
    status: 'queued',
    event: { conversationId: `c-${id}`, channel: 'chat', messages: [{ role: 'customer', text: 'hi' }] },
    createdAt: now,
    updatedAt: now,
    ...over,
  };
}

/** One suite, both adapters: they cannot drift. */
const adapters: Array<[string, () => HandoffStore]> = [
  ['memory', () => new MemoryHandoffStore()],
  ['redis', () => new RedisHandoffStore(redis, 3600, `test-${randomUUID().slice(0, 8)}`)],
];

describe.each(adapters)('HandoffStore contract: %s', (_name, make) => {
  it('creates once per handoff key; the second create returns the first record', async () => {
    const store = make();
    const a = record({ id: 'h_a', handoffKey: 'same' });
    const b = record({ id: 'h_b', handoffKey: 'same' });
    expect((await store.createIfAbsent(a)).created).toBe(true);
    const second = await store.createIfAbsent(b);
    expect(second.created).toBe(false);
    expect(second.record.id).toBe('h_a');
    expect((await store.getByKey('default', 'same'))?.id).toBe('h_a');
    expect(await store.get('default', 'h_b')).toBeUndefined();
  });

  it('keeps tenants apart', async () => {
    const store = make();
    await store.createIfAbsent(record({ id: 'h_t', handoffKey: 'k', tenantId: 'acme' }));
    expect(await store.getByKey('default', 'k')).toBeUndefined();
    expect((await store.getByKey('acme', 'k'))?.id).toBe('h_t');
  });

  it('updates, and finds a record by its ticket id', async () => {
    const store = make();
    await store.createIfAbsent(record({ id: 'h_u' }));
    const updated = await store.update('default', 'h_u', { ticketId: 42, status: 'ticketed' });
    expect(updated).toMatchObject({ id: 'h_u', ticketId: 42, status: 'ticketed' });
    expect((await store.getByTicketId('default', 42))?.id).toBe('h_u');
  });

  it('of 20 concurrent claims exactly one wins; the others learn who has it', async () => {
    const store = make();
    await store.createIfAbsent(record({ id: 'h_c' }));
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.claim('default', 'h_c', { email: `agent${i}@example.com` }, new Date().toISOString()),
      ),
    );
    const winners = results.filter((r) => r.ok);
    expect(winners).toHaveLength(1);
    const winner = (winners[0] as { ok: true; record: HandoffRecord }).record.claimedBy!.email;
    for (const r of results.filter((x) => !x.ok))
      expect(r).toMatchObject({ ok: false, reason: 'already_claimed', claimedBy: { email: winner } });
    expect((await store.get('default', 'h_c'))?.status).toBe('claimed');
    // the pipeline's later status writes do not undo the claim
    await store.update('default', 'h_c', { status: 'alerted' });
    expect((await store.get('default', 'h_c'))?.status).toBe('claimed');
  });

  it('release returns a claimed handoff to the queue, oldest first', async () => {
    const store = make();
    await store.createIfAbsent(record({ id: 'h_old', createdAt: '2026-01-01T10:00:00.000Z' }));
    await store.createIfAbsent(record({ id: 'h_new', createdAt: '2026-01-01T11:00:00.000Z' }));
    await store.claim('default', 'h_old', { email: 'a@example.com' }, '2026-01-01T12:00:00.000Z');
    expect((await store.listUnclaimed('default')).map((r) => r.id)).toEqual(['h_new']);
    const released = await store.release('default', 'h_old');
    expect(released?.claimedBy).toBeUndefined();
    expect((await store.listUnclaimed('default')).map((r) => r.id)).toEqual(['h_old', 'h_new']);
    expect((await store.claim('default', 'missing', { email: 'x' }, 'now')).ok).toBe(false);
  });

  it('keeps the feedback of a ticket', async () => {
    const store = make();
    const fb = {
      ticketId: 7,
      handoffId: 'h_f',
      rating: 'partial' as const,
      missingFields: ['order id'],
      hadToReAsk: true,
      at: '2026-01-01T00:00:00.000Z',
    };
    await store.saveFeedback('default', fb);
    expect(await store.listFeedback('default', 7)).toEqual([fb]);
  });
});

describe('RedisHandoffStore across processes', () => {
  it('an update merges into what another process wrote since this one last read: nothing is lost', async () => {
    const prefix = `test-${randomUUID().slice(0, 8)}`;
    const api = new RedisHandoffStore(redis, 3600, prefix);
    const other = redis.duplicate();
    const worker = new RedisHandoffStore(other, 3600, prefix);
    await api.createIfAbsent(record({ id: 'h_x' }));
    await worker.get('default', 'h_x');
    await api.update('default', 'h_x', { ticketId: 7, status: 'ticketed' });
    const after = await worker.update('default', 'h_x', { alert: { channel: 'C1', ts: '1.2' }, status: 'alerted' });
    expect(after).toMatchObject({ ticketId: 7, alert: { channel: 'C1', ts: '1.2' }, status: 'alerted' });
    expect(await api.get('default', 'h_x')).toMatchObject({ ticketId: 7, status: 'alerted' });
    expect((await api.getByTicketId('default', 7))?.id).toBe('h_x');
    await other.quit();
  });

  it('an update of a record that expired meanwhile says it is not found', async () => {
    const prefix = `test-${randomUUID().slice(0, 8)}`;
    const store = new RedisHandoffStore(redis, 3600, prefix);
    await store.createIfAbsent(record({ id: 'h_gone' }));
    await redis.del(`${prefix}:{default}:h:h_gone`);
    await expect(store.update('default', 'h_gone', { status: 'ticketed' })).rejects.toThrow('not found');
  });
});
