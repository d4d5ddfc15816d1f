import { timingSafeEqual } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import express, { type Request, type Router } from 'express';
import type { Clock, EventLog, MetricsReader, TenantId } from '@baton/core';
import type { z } from 'zod';
import { HttpError } from '../errors';
import { verifyHandoffSignature } from '../http/signatures';
import { verifyZafToken } from '../http/zaf-jwt';
import { analyticsQuerySchema } from './analytics-query';
import { answerAnalytics } from './analytics-answer';
import { conversationsBodySchema } from './conversation-schema';
import { recordConversations } from './record-conversations';
import { dashboardHtml } from './dashboard-page';
import { metricsReaderFor } from './metrics-reader-for';

// chart.js does not export its UMD build: resolve the package's main (dist/chart.cjs) and take its sibling.
const chartJsPath = join(dirname(createRequire(import.meta.url).resolve('chart.js')), 'chart.umd.min.js');

export type AnalyticsDeps = {
  events: EventLog;
  /** Where the figures come from; by default the log's own (rollups for the Redis log). */
  metrics?: MetricsReader;
  tenantId: TenantId;
  clock: Clock;
  secrets: { signing: string; admin: string; zaf: string };
};

function parse<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const r = schema.safeParse(value);
  if (!r.success) {
    const issues = r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    throw new HttpError(
      400,
      'invalid_request',
      issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; '),
      issues,
    );
  }
  return r.data;
}

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** Admins only: `Authorization: Bearer <BATON_ADMIN_TOKEN>`, or a ZAF signed request whose user is an admin. */
export async function requireAdmin(deps: AnalyticsDeps, req: Request): Promise<void> {
  const auth = req.get('authorization') ?? '';
  const token = auth.startsWith('Bearer ') ? auth.slice(7) : String(req.query.token ?? '');
  if (deps.secrets.admin && token && same(token, deps.secrets.admin)) return;
  if (deps.secrets.zaf && auth.startsWith('Bearer ')) {
    try {
      // The nav_bar page sends the user's role with scope "analytics"; a sidebar's ticket token is not enough.
      const claims = (await verifyZafToken(deps.secrets.zaf, auth)) as { role?: string; scope?: string };
      if (claims.scope === 'analytics' && claims.role === 'admin') return;
      throw new HttpError(403, 'not_admin', 'Analytics are for Zendesk admins');
    } catch (err) {
      if (err instanceof HttpError) throw err;
    }
  }
  throw new HttpError(
    401,
    'unauthorized',
    'An admin token (Authorization: Bearer <BATON_ADMIN_TOKEN>) or a ZAF signed request is required',
  );
}

/** `POST /v1/conversations` (signed like handoffs) and `GET /v1/analytics` (admins). Mount at `/`. */
export function createAnalyticsRouter(deps: AnalyticsDeps): Router {
  const router = express.Router();
  // A dashboard refreshed within a minute answers from the rollups it has while touched days roll up again.
  const metrics = deps.metrics ?? metricsReaderFor(deps.events, { maxStaleMs: 60_000 });

  router.post('/v1/conversations', express.raw({ type: () => true, limit: '1mb' }), async (req, res) => {
    const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const check = verifyHandoffSignature(deps.secrets.signing, req.get('x-handoff-signature'), raw);
    if (!check.ok) throw new HttpError(401, 'invalid_signature', check.reason);
    let json: unknown;
    try {
      json = JSON.parse(raw.toString('utf8'));
    } catch (err) {
      throw new HttpError(400, 'invalid_json', `The body is not valid JSON: ${(err as Error).message}`);
    }
    const body = parse(conversationsBodySchema, json);
    const list = 'conversations' in body ? body.conversations : [body];
    res.status(202).json(await recordConversations(deps, list));
  });

  router.get('/v1/analytics', async (req, res) => {
    await requireAdmin(deps, req);
    const q = parse(analyticsQuerySchema, req.query);
    res.json(await answerAnalytics(metrics, deps.tenantId, q, deps.clock.now()));
  });

  // The page itself carries no data; its API calls need the token (?token= is read by the page, not by this route).
  router.get('/admin/analytics', (_req, res) => {
    res.type('html').send(dashboardHtml());
  });
  router.get('/admin/analytics/chart.umd.min.js', (_req, res) => {
    res.type('application/javascript').sendFile(chartJsPath);
  });

  return router;
}
