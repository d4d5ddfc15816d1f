import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import type { HandoffRecord } from '@baton/core';
import { SANDBOX_SECRETS } from '../src/config';
import { signHandoff } from '../src/http/signatures';
import { MemoryHandoffStore } from '../src/adapters/memory/handoff-store';
import { MemoryEventLog } from '../src/adapters/memory/event-log';
import { MemoryWorkQueue } from '../src/queue/memory-queue';
import type { JobData } from '../src/queue/work-queue';
import { startSandboxService } from './helpers';

let stop: (() => Promise<void>) | undefined;
afterEach(async () => {
  await stop?.();
  stop = undefined;
});

const send = (url: string, id: string) => {
  const raw = JSON.stringify({ conversationId: id, messages: [{ role: 'customer', text: 'agent please' }] });
  return request(url)
    .post('/v1/handoffs')
    .set('content-type', 'application/json')
    .set('x-handoff-signature', signHandoff(SANDBOX_SECRETS.signing, raw))
    .send(raw);
};

/** A queue whose worker (another process in production) stores the job's copy of the record before the intake does. */
class EagerWorkerQueue extends MemoryWorkQueue {
  constructor(private readonly store: MemoryHandoffStore) {
    super();
  }
  override async enqueue(...args: Parameters<MemoryWorkQueue['enqueue']>): Promise<void> {
    const data: JobData = args[1];
    if (data.record) await this.store.createIfAbsent(data.record as HandoffRecord);
    await super.enqueue(...args);
  }
}

describe('the intake racing a worker in another process', () => {
  it('answers 202 and records the handoff when the worker stored the record first; a replay is still 200', async () => {
    const store = new MemoryHandoffStore();
    const events = new MemoryEventLog();
    const { service, url } = await startSandboxService({}, { store, events, queue: new EagerWorkerQueue(store) });
    stop = () => service.stop();
    const first = await send(url, 'c-race');
    expect(first.status).toBe(202);
    const received = (await events.list('default', '1970-01-01T00:00:00Z', '2999-01-01T00:00:00Z')).filter(
      (e) => e.kind === 'handoff_received',
    );
    expect(received.map((e) => e.handoffId)).toEqual([first.body.id]);
    const again = await send(url, 'c-race');
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
  });

  it('concurrent replays in one process: one 202, the rest 200 with the same id', async () => {
    const { service, url } = await startSandboxService();
    stop = () => service.stop();
    const answers = await Promise.all(Array.from({ length: 10 }, () => send(url, 'c-concurrent')));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 202]);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
  });
});
