import type { RequestListener } from 'node:http';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { ValidationError, type ContextFeedback } from '@baton/core';
import { z } from 'zod';
import type { ServiceDeps } from '../deps';
import { HttpError } from '../errors';
import { acceptHandoff } from '../intake/accept-handoff';
import { errorAnswer } from './error-answer';
import { createHandoffEndpoint } from './handoff-endpoint';
import { estimateWaitMinutes } from '../intake/estimate-wait';
import { RateLimiter } from './rate-limit';
import { verifyHandoffSignature, verifyZendeskWebhook } from './signatures';
import { verifyZafToken } from './zaf-jwt';
import { handleZendeskWebhook, zendeskWebhookSchema } from './zendesk-webhook';

export type AppOptions = {
  secrets: { signing: string; zaf: string; zendeskWebhook: string };
  rateLimitPerMinute: number;
  publicUrl?: string;
  /** Extra routers: the sandbox, Slack, connectors, analytics. */
  mounts?: Array<{ path: string; router: Router | express.RequestHandler }>;
};

const feedbackSchema = z.object({
  handoffId: z.string().min(1).max(200),
  rating: z.enum(['complete', 'partial', 'missing']),
  missingFields: z.array(z.string().max(100)).max(30).default([]),
  hadToReAsk: z.boolean().default(false),
  comment: z.string().max(2000).optional(),
  agentId: z.number().int().optional(),
});

/** Raw body first: signatures are checked on the exact bytes, before any parsing. */
function rawBody(limit: number) {
  return express.raw({ type: () => true, limit });
}

function parseJson(buf: Buffer): unknown {
  try {
    return JSON.parse(buf.toString('utf8'));
  } catch (err) {
    throw new HttpError(400, 'invalid_json', `The body is not valid JSON: ${(err as Error).message}`);
  }
}

const ticketIdParam = (req: Request): number => {
  const id = Number(req.params.ticketId);
  if (!Number.isInteger(id) || id <= 0)
    throw new HttpError(400, 'invalid_ticket_id', 'ticketId must be a positive integer');
  return id;
};

async function zafAuth(secret: string, req: Request, ticketId: number): Promise<void> {
  let claims;
  try {
    claims = await verifyZafToken(secret, req.get('authorization'));
  } catch (err) {
    throw new HttpError(401, 'invalid_zaf_token', `ZAF signed request refused: ${(err as Error).message}`);
  }
  if (claims.ticketId !== undefined && claims.ticketId !== ticketId)
    throw new HttpError(403, 'wrong_ticket', 'The token was issued for another ticket');
}

/**
 * The service's HTTP surface (contract section 7): express, with POST /v1/handoffs (the hot path)
 * answered on node:http in front of it when the request is an ordinary one.
 */
export function createApp(deps: ServiceDeps, options: AppOptions): RequestListener {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  const limiter = new RateLimiter(options.rateLimitPerMinute);
  const handoffEndpoint = createHandoffEndpoint(deps, {
    signingSecret: options.secrets.signing,
    limiter,
    ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
  });
  const base = (req: Request) => options.publicUrl ?? `${req.protocol}://${req.get('host')}`;

  app.post('/v1/handoffs', rawBody(deps.limits.maxBodyBytes), async (req: Request, res: Response) => {
    const client = req.get('x-client-id') ?? req.ip ?? 'unknown';
    const allowed = limiter.take(client);
    if (allowed !== true)
      throw new HttpError(429, 'rate_limited', `Too many handoffs from this client; retry in ${allowed} s`, undefined, {
        'Retry-After': String(allowed),
      });
    const body: Buffer = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const check = verifyHandoffSignature(options.secrets.signing, req.get('x-handoff-signature'), body);
    if (!check.ok) throw new HttpError(401, 'invalid_signature', check.reason);
    const accepted = await acceptHandoff(deps, parseJson(body), base(req));
    res.status(accepted.status).json(accepted.body);
  });

  app.get('/v1/handoffs/:id', async (req, res) => {
    const record = await deps.store.get(deps.tenantId, String(req.params.id));
    if (!record) throw new HttpError(404, 'not_found', `No handoff ${req.params.id}`);
    const position = record.claimedBy ? 0 : (await deps.store.countUnclaimed(deps.tenantId, record.createdAt)) + 1;
    res.json({
      id: record.id,
      status: record.status,
      ticketId: record.ticketId ?? null,
      claimedBy: record.claimedBy ?? null,
      position,
      estimatedWaitMinutes: await estimateWaitMinutes(deps, record),
      priority: record.priority ?? null,
      reason: record.package?.reason.code ?? null,
    });
  });

  app.post('/webhooks/zendesk', rawBody(1024 * 1024), async (req, res) => {
    const body: Buffer = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const check = verifyZendeskWebhook(
      options.secrets.zendeskWebhook,
      req.get('x-zendesk-webhook-signature'),
      req.get('x-zendesk-webhook-signature-timestamp'),
      body,
    );
    if (!check.ok) throw new HttpError(401, 'invalid_signature', check.reason);
    const parsed = zendeskWebhookSchema.safeParse(parseJson(body));
    if (!parsed.success)
      throw new ValidationError(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
    const result = await handleZendeskWebhook(deps, parsed.data);
    res.status(200).json(result);
  });

  app.get('/v1/tickets/:ticketId/handoff', async (req, res) => {
    const ticketId = ticketIdParam(req);
    await zafAuth(options.secrets.zaf, req, ticketId);
    const record = await deps.store.getByTicketId(deps.tenantId, ticketId);
    if (!record) throw new HttpError(404, 'not_found', `No handoff for ticket ${ticketId}`);
    const { event: _event, ...rest } = record;
    res.set('Cache-Control', 'no-store').json(rest);
  });

  app.post('/v1/tickets/:ticketId/feedback', express.json({ limit: '64kb' }), async (req, res) => {
    const ticketId = ticketIdParam(req);
    await zafAuth(options.secrets.zaf, req, ticketId);
    const parsed = feedbackSchema.safeParse(req.body);
    if (!parsed.success)
      throw new ValidationError(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
    const record = await deps.store.getByTicketId(deps.tenantId, ticketId);
    if (!record || record.id !== parsed.data.handoffId)
      throw new HttpError(404, 'not_found', `No handoff ${parsed.data.handoffId} on ticket ${ticketId}`);
    const at = deps.clock.now().toISOString();
    const feedback: ContextFeedback = { ticketId, ...parsed.data, at };
    await deps.store.saveFeedback(deps.tenantId, feedback);
    await deps.events.append({
      id: `context_feedback:${record.id}:${at}`,
      tenantId: deps.tenantId,
      kind: 'context_feedback',
      at,
      handoffId: record.id,
      ticketId,
      data: { rating: feedback.rating, missingFields: feedback.missingFields, hadToReAsk: feedback.hadToReAsk },
    });
    res.status(201).json({ ok: true });
  });

  app.get('/healthz', (_req, res) => res.json({ ok: true }));
  app.get('/readyz', async (_req, res) => {
    const queue = await deps.queue.ping().catch(() => false);
    res.status(queue ? 200 : 503).json({ ok: queue, queue });
  });
  app.get('/metrics', async (_req, res) => {
    res.set('Content-Type', deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });

  for (const m of options.mounts ?? []) app.use(m.path, m.router);

  app.use((_req, _res, next) => next(new HttpError(404, 'not_found', 'No such route')));
  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const answer = errorAnswer(deps, err);
    if (answer.headers) res.set(answer.headers);
    res.status(answer.status).json(answer.body);
  });
  return (req, res) => void (handoffEndpoint(req, res) || app(req, res));
}
