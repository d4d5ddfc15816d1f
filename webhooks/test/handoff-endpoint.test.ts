import http from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_SECRETS } from '../src/config';
import { signHandoff } from '../src/http/signatures';
import { startSandboxService } from './helpers';

let ctx: Awaited<ReturnType<typeof startSandboxService>>;
beforeAll(async () => {
  ctx = await startSandboxService({ BATON_RATE_LIMIT_PER_MINUTE: '2' });
});
afterAll(() => ctx.service.stop());

const raw = (id: string) =>
  JSON.stringify({ conversationId: id, messages: [{ role: 'customer', text: 'let me talk to a human' }] });

/** A POST on plain node:http, so the framing (Content-Length or chunked) and the headers are the test's. */
function post(body: Buffer, headers: Record<string, string>, chunked = false) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: any }>((resolve, reject) => {
    const req = http.request(
      `${ctx.url}/v1/handoffs`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(chunked ? {} : { 'content-length': body.length }),
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode!,
            headers: res.headers,
            body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
          }),
        );
      },
    );
    req.on('error', reject);
    if (chunked) {
      req.write(body.subarray(0, 10));
      req.end(body.subarray(10));
    } else req.end(body);
  });
}

describe('POST /v1/handoffs on node:http in front of express', () => {
  it("answers the 202 as the express route did: JSON, the status URL from Host and a loopback proxy's X-Forwarded-Proto", async () => {
    const body = raw('c-endpoint-1');
    const r = await post(Buffer.from(body), {
      'x-handoff-signature': signHandoff(SANDBOX_SECRETS.signing, body),
      'x-client-id': 'endpoint-1',
      'x-forwarded-proto': 'https',
      host: 'baton.example.com',
    });
    expect(r.status).toBe(202);
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(r.body.statusUrl).toBe(`https://baton.example.com/v1/handoffs/${r.body.id}`);
  });

  it('leaves a chunked or a gzipped body to express, which still accepts it', async () => {
    const a = raw('c-endpoint-chunked');
    const chunked = await post(
      Buffer.from(a),
      { 'x-handoff-signature': signHandoff(SANDBOX_SECRETS.signing, a), 'x-client-id': 'endpoint-2' },
      true,
    );
    expect(chunked.status).toBe(202);
    const b = raw('c-endpoint-gzip');
    const gzipped = await post(gzipSync(b), {
      'x-handoff-signature': signHandoff(SANDBOX_SECRETS.signing, b),
      'content-encoding': 'gzip',
      'x-client-id': 'endpoint-3',
    });
    expect(gzipped.status).toBe(202);
  });

  it('behind a proxy on this host, rate-limits by the X-Forwarded-For client, with the express error shape', async () => {
    const send = (id: string, forwardedFor: string) => {
      const body = raw(id);
      return post(Buffer.from(body), {
        'x-handoff-signature': signHandoff(SANDBOX_SECRETS.signing, body),
        'x-forwarded-for': `${forwardedFor}, 127.0.0.1`,
      });
    };
    expect((await send('c-xff-1', '203.0.113.7')).status).toBe(202);
    expect((await send('c-xff-2', '203.0.113.7')).status).toBe(202);
    const limited = await send('c-xff-3', '203.0.113.7');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body.error.code).toBe('rate_limited');
    expect((await send('c-xff-4', '198.51.100.9')).status).toBe(202);
  });

  it('401 and 400 with the error shape of the other routes', async () => {
    const body = raw('c-endpoint-bad');
    const unsigned = await post(Buffer.from(body), { 'x-client-id': 'endpoint-4' });
    expect(unsigned).toMatchObject({ status: 401, body: { error: { code: 'invalid_signature' } } });
    const notJson = '{"conversationId":';
    const bad = await post(Buffer.from(notJson), {
      'x-handoff-signature': signHandoff(SANDBOX_SECRETS.signing, notJson),
      'x-client-id': 'endpoint-5',
    });
    expect(bad).toMatchObject({ status: 400, body: { error: { code: 'invalid_json' } } });
  });
});
