import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { ZendeskApiError } from '../src/errors';
import { BullWorkQueue } from '../src/queue/bullmq-queue';
import { MemoryWorkQueue } from '../src/queue/memory-queue';
import type { JobData, WorkQueue } from '../src/queue/work-queue';
import { testRedis, until } from './helpers';

const redis = testRedis();
const queues: WorkQueue[] = [];
afterAll(async () => {
  for (const q of queues) await q.close().catch(() => undefined);
  await redis.quit();
});

/** One suite, both queues: the in-process one of the embedded default behaves like BullMQ. */
const adapters: Array<[string, () => WorkQueue]> = [
  ['in-process', () => new MemoryWorkQueue({ backoffMs: 20, attempts: 3 })],
  ['bullmq', () => new BullWorkQueue(redis, { prefix: `{q${randomUUID().slice(0, 8)}}`, backoffMs: 20, attempts: 3 })],
];

describe.each(adapters)('WorkQueue contract: %s', (_name, make) => {
  it('runs a job once per job id, however often it is enqueued', async () => {
    const q = make();
    queues.push(q);
    const runs: string[] = [];
    await q.start({ ticket: async (d: JobData) => void runs.push(d.handoffId) });
    await Promise.all(
      Array.from({ length: 5 }, () =>
        q.enqueue('ticket', { tenantId: 'default', handoffId: 'h1' }, { jobId: 'ticket-h1' }),
      ),
    );
    await until(() => runs.length >= 1 || undefined);
    await new Promise((r) => setTimeout(r, 150));
    await q.enqueue('ticket', { tenantId: 'default', handoffId: 'h1' }, { jobId: 'ticket-h1' });
    await new Promise((r) => setTimeout(r, 150));
    expect(runs).toEqual(['h1']);
  });

  it('retries with backoff, and a 4xx fails at once into the failed set that retry replays', async () => {
    const q = make();
    queues.push(q);
    let flaky = 0;
    let refuse = true;
    await q.start({
      summarize: async () => {
        if (++flaky < 3) throw new Error('boom');
      },
      ticket: async () => {
        if (refuse) throw new ZendeskApiError(422, 'bad requester');
      },
    });
    await q.enqueue('summarize', { tenantId: 'default', handoffId: 'h2' }, { jobId: 'summarize-h2' });
    await until(() => flaky >= 3 || undefined);
    await q.enqueue('ticket', { tenantId: 'default', handoffId: 'h3' }, { jobId: 'ticket-h3' });
    const failed = await until(async () => ((await q.listFailed()).length ? q.listFailed() : undefined));
    expect(failed).toEqual([
      expect.objectContaining({ id: 'ticket-h3', name: 'ticket', attempts: 1, error: 'bad requester' }),
    ]);
    refuse = false;
    expect(await q.retryFailed('ticket-h3')).toBe(1);
    await until(async () => ((await q.listFailed()).length === 0 ? true : undefined));
  });

  it('a delayed job can be cancelled before it runs', async () => {
    const q = make();
    queues.push(q);
    const runs: string[] = [];
    await q.start({ remind: async (d: JobData) => void runs.push(d.handoffId) });
    await q.enqueue('remind', { tenantId: 'default', handoffId: 'h4' }, { jobId: 'remind-h4', delayMs: 300 });
    await q.enqueue('remind', { tenantId: 'default', handoffId: 'h5' }, { jobId: 'remind-h5', delayMs: 300 });
    expect((await q.counts()).delayed).toBe(2);
    await q.cancel('remind', 'remind-h4');
    await until(() => runs.length >= 1 || undefined, 5000);
    await new Promise((r) => setTimeout(r, 200));
    expect(runs).toEqual(['h5']);
  });
});
