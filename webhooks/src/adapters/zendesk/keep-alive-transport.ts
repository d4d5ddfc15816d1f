import http from 'node:http';
import https from 'node:https';

type Answer = { status: number; statusText: string; headers: http.IncomingHttpHeaders; body: string };
type RequestOptions = { method?: string; headers?: Record<string, string>; body?: string };

/** node-zendesk's `transportConfig`: how a request is sent and how its answer is read. */
export type ZendeskTransport = {
  transportFn(uri: string, options: RequestOptions): Promise<Answer>;
  responseAdapter(answer: Answer): {
    json(): Promise<unknown>;
    status: number;
    statusText: string;
    headers: { get(name: string): string | null };
  };
};

/**
 * node-zendesk's requests on keep-alive connections. Its default fetch (node-fetch through
 * cross-fetch) sends `Connection: close` when it is given no agent, so every call to Zendesk paid
 * a TCP (and TLS) handshake; here each origin keeps up to `maxSockets` connections open.
 */
export function createKeepAliveTransport(
  options: {
    maxSockets?: number;
    timeoutMs?: number;
    /** Headers a request needs beyond node-zendesk's (the ticket creation's `Idempotency-Key`). */
    headersFor?: (method: string, uri: string, body: string | undefined) => Record<string, string>;
  } = {},
): ZendeskTransport {
  const agentOptions = { keepAlive: true, maxSockets: options.maxSockets ?? 64 };
  const agents = { http: new http.Agent(agentOptions), https: new https.Agent(agentOptions) };
  const timeoutMs = options.timeoutMs ?? 30_000;
  return {
    transportFn(uri, { method = 'GET', headers: given = {}, body }) {
      const url = new URL(uri);
      const headers = options.headersFor ? { ...given, ...options.headersFor(method, uri, body) } : given;
      const secure = url.protocol === 'https:';
      return new Promise<Answer>((resolve, reject) => {
        const req = (secure ? https : http).request(
          url,
          {
            method,
            agent: secure ? agents.https : agents.http,
            headers: body === undefined ? headers : { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('error', reject);
            res.on('end', () =>
              resolve({
                status: res.statusCode ?? 0,
                statusText: res.statusMessage ?? '',
                headers: res.headers,
                body: Buffer.concat(chunks).toString('utf8'),
              }),
            );
          },
        );
        req.on('error', reject);
        req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer from Zendesk in ${timeoutMs} ms`)));
        req.end(body);
      });
    },
    responseAdapter(answer) {
      return {
        json: async () => JSON.parse(answer.body) as unknown,
        status: answer.status,
        statusText: answer.statusText,
        headers: {
          get(name) {
            const v = answer.headers[name.toLowerCase()];
            return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
          },
        },
      };
    },
  };
}
