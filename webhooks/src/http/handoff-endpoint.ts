import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ServiceDeps } from '../deps';
import { HttpError } from '../errors';
import { acceptHandoff } from '../intake/accept-handoff';
import { errorAnswer } from './error-answer';
import type { RateLimiter } from './rate-limit';
import { verifyHandoffSignature } from './signatures';

export type HandoffEndpointOptions = {
  signingSecret: string;
  limiter: RateLimiter;
  publicUrl?: string;
};

/** `trust proxy: loopback`, as the express app sets it: a proxy on this host may say who the client is. */
const isLoopback = (addr: string | undefined) =>
  !!addr && (addr === '::1' || addr.startsWith('127.') || addr.startsWith('::ffff:127.'));

/** express's `req.ip` with `trust proxy` = loopback: the nearest address in X-Forwarded-For not a loopback proxy. */
function clientIp(req: IncomingMessage): string | undefined {
  let addr = req.socket.remoteAddress;
  const forwarded = req.headers['x-forwarded-for'];
  if (!forwarded || !isLoopback(addr)) return addr;
  const hops = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded).split(',');
  for (let i = hops.length - 1; i >= 0 && isLoopback(addr); i--) addr = hops[i]!.trim();
  return addr;
}

/** express's `req.protocol` with `trust proxy` = loopback. */
function protocol(req: IncomingMessage): string {
  const own = (req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http';
  const forwarded = req.headers['x-forwarded-proto'];
  if (typeof forwarded !== 'string' || !isLoopback(req.socket.remoteAddress)) return own;
  return forwarded.split(',', 1)[0]!.trim();
}

function parseJson(buf: Buffer): unknown {
  try {
    return JSON.parse(buf.toString('utf8'));
  } catch (err) {
    throw new HttpError(400, 'invalid_json', `The body is not valid JSON: ${(err as Error).message}`);
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers?: Record<string, string>): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(json),
  });
  res.end(json);
}

/**
 * POST /v1/handoffs on node:http, ahead of express: the endpoint every bot calls, so the router,
 * body-parser and `res.json` (which also hashes each answer for an ETag a POST never uses) are not
 * paid per handoff. Same answers as the express route it stands in front of (signature on the raw
 * bytes, 429, 400, 401, 503, the error shape); a request it does not fully understand (no
 * Content-Length, a compressed body, one over the limit) is left to express, which answers it as before.
 * Returns false when it leaves the request to express.
 */
export function createHandoffEndpoint(deps: ServiceDeps, options: HandoffEndpointOptions) {
  return function handle(req: IncomingMessage, res: ServerResponse): boolean {
    if (req.method !== 'POST' || req.url !== '/v1/handoffs') return false;
    const length = Number(req.headers['content-length']);
    const encoding = req.headers['content-encoding'];
    if (!Number.isSafeInteger(length) || length > deps.limits.maxBodyBytes) return false;
    if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return false;

    const fail = (err: unknown) => {
      const answer = errorAnswer(deps, err);
      if (!res.headersSent) send(res, answer.status, answer.body, answer.headers);
    };
    const client = (req.headers['x-client-id'] as string | undefined) ?? clientIp(req) ?? 'unknown';
    const allowed = options.limiter.take(client);
    if (allowed !== true) {
      req.resume(); // the body is not read: drained, so the connection can serve the next request
      fail(
        new HttpError(429, 'rate_limited', `Too many handoffs from this client; retry in ${allowed} s`, undefined, {
          'Retry-After': String(allowed),
        }),
      );
      return true;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('error', () => req.destroy());
    req.on('end', () => {
      const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
      const check = verifyHandoffSignature(options.signingSecret, req.headers['x-handoff-signature'] as string, body);
      if (!check.ok) return fail(new HttpError(401, 'invalid_signature', check.reason));
      let input: unknown;
      try {
        input = parseJson(body);
      } catch (err) {
        return fail(err);
      }
      const base = options.publicUrl ?? `${protocol(req)}://${req.headers.host}`;
      acceptHandoff(deps, input, base)
        .then((accepted) => send(res, accepted.status, accepted.body), fail)
        .catch(() => res.destroy()); // the answer itself failed (the client went away): nothing left to tell it
    });
    return true;
  };
}
