import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { afterAll, describe, expect, it } from 'vitest';
import { summarize, type HandoffRecord, type TicketDesk } from '@baton/core';
import { BullWorkQueue } from '../src/queue/bullmq-queue';
import { RedisHandoffStore } from '../src/adapters/redis/handoff-store';
import { createZendeskTicketDesk } from '../src/adapters/zendesk/ticket-desk';
import { createZendeskSandbox } from '../src/sandbox/zendesk-sandbox';
import { createPipeline } from '../src/jobs/pipeline';
import { ZendeskApiError } from '../src/errors';
import { redisUrl, testRedis, until } from './helpers';
import { pipelineDeps } from './fixtures/pipeline-deps';

const redis = testRedis();
const cleanups: Array<() => Promise<unknown>> = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
  await redis.quit();
});

async function zendeskSandbox() {
  const sandbox = createZendeskSandbox();
  const app = express().use('/api/v2', sandbox.router);
  const server = createServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  cleanups.push(() => new Promise((r) => server.close(r)));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v2`;
  const desk = createZendeskTicketDesk({ endpointUri: url, agentTicketUrl: (id) => `x/${id}` });
  await desk.ensureFields(true);
  return { sandbox, url, desk };
}

function recordFor(conversationId: string): HandoffRecord {
  const event = {
    conversationId,
    channel: 'chat' as const,
    messages: [{ role: 'customer' as const, text: 'order ORD-9 is missing, agent please' }],
  };
  const pkg = summarize(event);
  const now = new Date().toISOString();
  return {
    id: `h_${randomUUID().slice(0, 12)}`,
    tenantId: 'default',
    handoffKey: conversationId,
    conversationId,
    status: 'queued',
    event,
    package: pkg,
    priority: pkg.priority,
    createdAt: now,
    updatedAt: now,
  };
}

const deps = pipelineDeps;

describe('the pipeline on BullMQ and a real Redis', () => {
  it('runs summarize -> ticket -> notify once, and waits out a Zendesk 429 without spending an attempt', async () => {
    const prefix = `{t${randomUUID().slice(0, 8)}}`;
    const queue = new BullWorkQueue(redis, { prefix, backoffMs: 50 });
    cleanups.push(() => queue.close());
    const store = new RedisHandoffStore(redis, 3600, `s${randomUUID().slice(0, 8)}`);
    const { sandbox, desk } = await zendeskSandbox();
    let calls = 0;
    let firstAt = 0;
    let secondAt = 0;
    const flaky: TicketDesk = {
      ...desk,
      async upsertHandoffTicket(pkg, target) {
        calls++;
        if (calls === 1) {
          firstAt = Date.now();
          throw new ZendeskApiError(429, 'rate limited', 400);
        }
        secondAt = Date.now();
        return desk.upsertHandoffTicket(pkg, target);
      },
    };
    const d = deps(queue, store, flaky);
    await queue.start(createPipeline(d));
    const record = recordFor(`c-bull-${randomUUID()}`);
    await store.createIfAbsent(record);
    await queue.enqueue(
      'summarize',
      { tenantId: 'default', handoffId: record.id },
      { jobId: `summarize-${record.id}` },
    );
    await queue.enqueue(
      'summarize',
      { tenantId: 'default', handoffId: record.id },
      { jobId: `summarize-${record.id}` },
    ); // duplicate: ignored
    const done = await until(async () => {
      const r = await store.get('default', record.id);
      return r?.alert ? r : undefined;
    }, 10_000);
    expect(done.status).toBe('alerted');
    expect(calls).toBe(2);
    expect(secondAt - firstAt).toBeGreaterThanOrEqual(350);
    expect([...sandbox.tickets.values()].filter((t) => t.external_id === record.handoffKey)).toHaveLength(1);
    expect((await queue.counts()).failed).toBe(0);
  });

  it('a 4xx from Zendesk fails at once into the failed set; `jobs retry` replays it', async () => {
    const prefix = `{t${randomUUID().slice(0, 8)}}`;
    const queue = new BullWorkQueue(redis, { prefix, backoffMs: 50 });
    cleanups.push(() => queue.close());
    const store = new RedisHandoffStore(redis, 3600, `s${randomUUID().slice(0, 8)}`);
    const { desk } = await zendeskSandbox();
    let refuse = true;
    const picky: TicketDesk = {
      ...desk,
      upsertHandoffTicket: async (p, t) => {
        if (refuse) throw new ZendeskApiError(422, 'invalid requester');
        return desk.upsertHandoffTicket(p, t);
      },
    };
    await queue.start(createPipeline(deps(queue, store, picky)));
    const record = recordFor(`c-4xx-${randomUUID()}`);
    await store.createIfAbsent(record);
    await queue.enqueue('ticket', { tenantId: 'default', handoffId: record.id }, { jobId: `ticket-${record.id}` });
    const failed = await until(async () => ((await queue.listFailed()).length ? await queue.listFailed() : undefined));
    expect(failed[0]).toMatchObject({ name: 'ticket', attempts: 1, error: 'invalid requester' });
    refuse = false;
    expect(await queue.retryFailed()).toBe(1);
    await until(async () => (await store.get('default', record.id))?.ticketId);
  });

  it('a worker killed mid-job (SIGKILL) loses nothing and duplicates nothing after restart', async () => {
    const queuePrefix = `{t${randomUUID().slice(0, 8)}}`;
    const storePrefix = `s${randomUUID().slice(0, 8)}`;
    const store = new RedisHandoffStore(redis, 3600, storePrefix);
    const { sandbox, url, desk } = await zendeskSandbox();
    const record = recordFor(`c-kill-${randomUUID()}`);
    await store.createIfAbsent(record);
    const producer = new BullWorkQueue(redis, { prefix: queuePrefix });
    await producer.enqueue('ticket', { tenantId: 'default', handoffId: record.id }, { jobId: `ticket-${record.id}` });

    const child = spawn(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(new URL('./fixtures/worker-child.ts', import.meta.url))],
      {
        env: {
          ...process.env,
          REDIS_URL: redisUrl(),
          QUEUE_PREFIX: queuePrefix,
          STORE_PREFIX: storePrefix,
          ZENDESK_URL: url,
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (d: Buffer) => d.toString().includes('WRITTEN') && resolve());
      child.on('exit', (code) => reject(new Error(`worker exited early (${code})`)));
    });
    child.removeAllListeners('exit');
    child.kill('SIGKILL'); // the ticket is written in Zendesk, the job is not finished, the record not updated
    await new Promise((r) => child.once('exit', r));
    expect((await store.get('default', record.id))?.ticketId).toBeUndefined();

    const restarted = new BullWorkQueue(redis, { prefix: queuePrefix, lockDurationMs: 1000, stalledIntervalMs: 500 });
    cleanups.push(
      () => restarted.close(),
      () => producer.close(),
    );
    await restarted.start(createPipeline(deps(restarted, store, desk)));
    const done = await until(async () => (await store.get('default', record.id))?.ticketId, 15_000);
    expect(done).toBeGreaterThan(0);
    expect([...sandbox.tickets.values()].filter((t) => t.external_id === record.handoffKey)).toHaveLength(1);
  }, 30_000);
});
