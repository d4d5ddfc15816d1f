import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { SANDBOX_SECRETS } from '../src/config';
import { signHandoff } from '../src/http/signatures';
import { MemoryWorkQueue } from '../src/queue/memory-queue';
import { startSandboxService } from './helpers';

let stop: (() => Promise<void>) | undefined;
afterEach(async () => {
  await stop?.();
  stop = undefined;
});

const send = (url: string, id: string, client = 'bot-a') => {
  const raw = JSON.stringify({ conversationId: id, messages: [{ role: 'customer', text: 'agent please' }] });
  return request(url)
    .post('/v1/handoffs')
    .set('content-type', 'application/json')
    .set('x-client-id', client)
    .set('x-handoff-signature', signHandoff(SANDBOX_SECRETS.signing, raw))
    .send(raw);
};

describe('back-pressure', () => {
  it('429 with Retry-After once a client exceeds its rate; other clients go on', async () => {
    const { service, url } = await startSandboxService({ BATON_RATE_LIMIT_PER_MINUTE: '3' });
    stop = () => service.stop();
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await send(url, `c-rate-${i}`)).status);
    expect(codes).toEqual([202, 202, 202, 429]);
    const limited = await send(url, 'c-rate-x');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await send(url, 'c-rate-other', 'bot-b')).status).toBe(202);
  });

  it('503 with Retry-After when the queue cannot accept, and nothing is half-written', async () => {
    const queue = new MemoryWorkQueue({ maxDepth: 0 });
    const { service, url } = await startSandboxService({}, { queue });
    stop = () => service.stop();
    const r = await send(url, 'c-full');
    expect(r.status).toBe(503);
    expect(r.headers['retry-after']).toBe('5');
    expect(await service.deps.store.getByKey('default', 'c-full')).toBeUndefined();
    expect(service.sandbox!.zendesk.tickets.size).toBe(0);
  });
});
