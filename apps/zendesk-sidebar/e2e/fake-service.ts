import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Verifies an HS256 JWT the way the service does (signature, exp); returns its claims or undefined. */
export function verifyHs256(token: string, secret: string, nowSec = Math.floor(Date.now() / 1000)) {
  const [header, body, sig] = token.split('.');
  if (!header || !body || !sig) return undefined;
  const expected = createHmac('sha256', secret).update(`${header}.${body}`).digest('base64url');
  if (expected.length !== sig.length || !timingSafeEqual(Buffer.from(expected), Buffer.from(sig))) return undefined;
  if (JSON.parse(Buffer.from(header, 'base64url').toString()).alg !== 'HS256') return undefined;
  const claims = JSON.parse(Buffer.from(body, 'base64url').toString()) as { exp?: number; ticket_id?: number };
  if (typeof claims.exp !== 'number' || claims.exp < nowSec) return undefined;
  return claims;
}

type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => unknown;

export type FakeService = {
  server: Server;
  origin: string;
  feedback: unknown[];
  rejectedAuth: number;
  close(): Promise<void>;
};

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A local stand-in of the service's sidebar API (JWT-verified GET handoff and POST feedback) and of the
 * Zendesk sandbox endpoints the ticket page reads, plus the sidebar sandbox handler under /sandbox/sidebar.
 */
export async function startFakeService(opts: {
  secret: string;
  ticketId: number;
  record: unknown;
  ticket: unknown;
  ticketFields: unknown[];
  note: string;
  sidebar: Handler;
}): Promise<FakeService> {
  const state = { feedback: [] as unknown[], rejectedAuth: 0 };
  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const api = '/sandbox/zendesk/api/v2';
      if (url.pathname.startsWith('/v1/tickets/')) {
        const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
        const claims = verifyHs256(token, opts.secret);
        if (!claims) {
          state.rejectedAuth++;
          return json(res, 401, { error: { code: 'bad_jwt' } });
        }
        if (req.method === 'GET' && url.pathname === `/v1/tickets/${opts.ticketId}/handoff`)
          return json(res, 200, opts.record);
        if (req.method === 'POST' && url.pathname === `/v1/tickets/${opts.ticketId}/feedback`) {
          state.feedback.push(JSON.parse(await readBody(req)));
          return json(res, 202, { ok: true });
        }
        return json(res, 404, { error: { code: 'not_found' } });
      }
      if (url.pathname === `${api}/tickets/${opts.ticketId}.json`) return json(res, 200, { ticket: opts.ticket });
      if (url.pathname === `${api}/ticket_fields.json`) return json(res, 200, { ticket_fields: opts.ticketFields });
      if (url.pathname === `${api}/tickets/${opts.ticketId}/comments.json`) {
        return json(res, 200, { comments: [{ id: 1, public: false, html_body: opts.note }] });
      }
      await opts.sidebar(req, res, () => json(res, 404, { error: { code: 'not_found' } }));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    origin: `http://127.0.0.1:${port}`,
    get feedback() {
      return state.feedback;
    },
    get rejectedAuth() {
      return state.rejectedAuth;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
