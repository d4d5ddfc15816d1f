import { randomUUID } from 'node:crypto';
import express from 'express';
import request from 'supertest';
import { SignJWT } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';
import { history, iso, T } from '@baton/core';
import { createAnalyticsRouter } from '../src/analytics/analytics-router';
import { RedisEventLog } from '../src/analytics/redis-event-log';
import { HttpError } from '../src/errors';
import { signHandoff } from '../src/http/signatures';
import { testRedis } from './helpers';

const redis = testRedis();
afterAll(() => redis.quit());
const secrets = { signing: 'sign-secret', admin: 'admin-token', zaf: 'zaf-secret' };

function makeApp() {
  const events = new RedisEventLog(redis, 90 * 86_400, `test-anrouter-${randomUUID().slice(0, 8)}`);
  const app = express();
  app.use(
    createAnalyticsRouter({
      events,
      tenantId: 'default',
      clock: { now: () => new Date(T + 30 * 86_400_000) },
      secrets,
    }),
  );
  app.use((err: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    if (err instanceof HttpError)
      res.status(err.status).json({ error: { code: err.code, message: err.message, issues: err.issues } });
    else res.status(500).json({ error: String(err) });
  });
  return { app, events };
}

const post = (app: express.Express, body: unknown, secret = secrets.signing) => {
  const raw = JSON.stringify(body);
  return request(app)
    .post('/v1/conversations')
    .set('content-type', 'application/json')
    .set('x-handoff-signature', signHandoff(secret, raw))
    .send(raw);
};
const conv = (id: string, extra: Record<string, unknown> = {}) => ({
  conversationId: id,
  bot: 'shop',
  endedAt: iso(T + 3600_000),
  ...extra,
});

describe('POST /v1/conversations', () => {
  it('accepts one or a batch; a redelivery counts once', async () => {
    const { app, events } = makeApp();
    expect((await post(app, conv('c1', { csat: 5 }))).body).toEqual({ received: 1, accepted: 1, duplicates: 0 });
    const batch = await post(app, { conversations: [conv('c1'), conv('c2'), conv('c3', { channel: 'chat' })] });
    expect(batch.status).toBe(202);
    expect(batch.body).toEqual({ received: 3, accepted: 2, duplicates: 1 });
    expect(await events.list('default', iso(T), iso(T + 86_400_000))).toHaveLength(3);
  });
  it('refuses a forged signature and names the field that fails validation', async () => {
    const { app } = makeApp();
    expect((await post(app, conv('c1'), 'wrong')).status).toBe(401);
    const bad = await post(app, { conversationId: 'x', bot: 'shop', endedAt: 'yesterday' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/endedAt/);
  });
});

describe('GET /v1/analytics', () => {
  it('admin token required', async () => {
    const { app } = makeApp();
    expect((await request(app).get('/v1/analytics')).status).toBe(401);
    expect((await request(app).get('/v1/analytics').set('authorization', 'Bearer nope')).status).toBe(401);
  });
  it('returns the figures derived from the log, grouped and filtered', async () => {
    const { app, events } = makeApp();
    for (const e of history()) await events.append({ ...e, tenantId: 'default' });
    const res = await request(app)
      .get('/v1/analytics')
      .query({ from: iso(T), to: iso(T + 30 * 86_400_000), by: 'bot' })
      .set('authorization', `Bearer ${secrets.admin}`);
    expect(res.status).toBe(200);
    expect(res.body.total.handoffs).toBe(10);
    expect(res.body.total.fcr).toBeCloseTo(0.7, 10);
    expect(res.body.groups.shop.handoffs).toBe(6);
    const filtered = await request(app)
      .get('/v1/analytics')
      .query({ from: iso(T), to: iso(T + 30 * 86_400_000), reason: 'refund' })
      .set('authorization', `Bearer ${secrets.admin}`);
    expect(filtered.body.total.handoffs).toBe(4);
    const bad = await request(app)
      .get('/v1/analytics')
      .query({ by: 'colour' })
      .set('authorization', `Bearer ${secrets.admin}`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^by:/);
  });
});

describe('GET /v1/analytics from the ZAF nav_bar', () => {
  const token = (claims: Record<string, unknown>) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt()
      .setExpirationTime('1m')
      .sign(new TextEncoder().encode(secrets.zaf));

  it("an admin's signed request reads the figures; an agent's, or a sidebar's ticket token, is refused", async () => {
    const { app } = makeApp();
    const ok = await request(app)
      .get('/v1/analytics')
      .set('authorization', `Bearer ${await token({ role: 'admin', scope: 'analytics' })}`);
    expect(ok.status).toBe(200);
    const agent = await request(app)
      .get('/v1/analytics')
      .set('authorization', `Bearer ${await token({ role: 'agent', scope: 'analytics' })}`);
    expect(agent.status).toBe(403);
    const sidebar = await request(app)
      .get('/v1/analytics')
      .set('authorization', `Bearer ${await token({ ticket_id: 4521 })}`);
    expect(sidebar.status).toBe(403);
  });
});
