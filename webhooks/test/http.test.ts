import request from 'supertest';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_SECRETS } from '../src/config';
import { signHandoff, signZendeskWebhook } from '../src/http/signatures';
import { startSandboxService, until } from './helpers';

let ctx: Awaited<ReturnType<typeof startSandboxService>>;
beforeAll(async () => {
  ctx = await startSandboxService({ BATON_RATE_LIMIT_PER_MINUTE: '1000' });
});
afterAll(() => ctx.service.stop());

const event = (id: string, text = 'My order ORD-1042 never arrived. Let me talk to a human please.') => ({
  conversationId: id,
  customer: { name: 'Jane Doe', email: 'jane@example.com' },
  messages: [{ role: 'customer', text, at: '2026-01-19T14:04:00Z' }],
});

function post(body: unknown, secret: string = SANDBOX_SECRETS.signing, t?: number) {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  return request(ctx.url)
    .post('/v1/handoffs')
    .set('content-type', 'application/json')
    .set('x-handoff-signature', signHandoff(secret, raw, t))
    .send(raw);
}

describe('POST /v1/handoffs', () => {
  it('202 with id, status, customer message, wait and status URL; the same key again is 200 with the same id', async () => {
    const first = await post(event('c-http-1'));
    expect(first.status).toBe(202);
    expect(first.body).toMatchObject({ status: 'queued', statusUrl: expect.stringMatching(/\/v1\/handoffs\/h_/) });
    expect(first.body.customerMessage).toMatch(/see everything/);
    expect(first.body.estimatedWaitMinutes).toBeGreaterThanOrEqual(1);
    const again = await post(event('c-http-1'));
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
  });

  it('refuses a bad, missing or stale signature with 401', async () => {
    expect((await post(event('c-sig'), 'wrong-secret')).status).toBe(401);
    const raw = JSON.stringify(event('c-sig'));
    expect((await request(ctx.url).post('/v1/handoffs').set('content-type', 'application/json').send(raw)).status).toBe(
      401,
    );
    const stale = await post(event('c-sig'), SANDBOX_SECRETS.signing, Math.floor(Date.now() / 1000) - 600);
    expect(stale.status).toBe(401);
    expect(stale.body.error.message).toContain('5-minute window');
  });

  it('answers an invalid event with 400 naming the field and the rule, and writes nothing', async () => {
    const r = await post({ conversationId: 'c-bad', messages: [{ role: 'robot', text: 'hi' }] });
    expect(r.status).toBe(400);
    expect(r.body.error.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'messages.0.role' })]));
    expect(ctx.service.sandbox!.zendesk.tickets.size).toBeGreaterThanOrEqual(0);
    expect(await ctx.service.deps.store.getByKey('default', 'c-bad')).toBeUndefined();
    expect((await post('{not json')).status).toBe(400);
  });

  it('413 for a body over the limit', async () => {
    const r = await post(event('c-big', 'x'.repeat(1024 * 1024 + 10)));
    expect(r.status).toBe(413);
  });

  it('one ticket with fields, tags, priority and the internal note, end to end through the Zendesk sandbox', async () => {
    const r = await post({ ...event('c-e2e'), customer: { name: 'Jane Doe', email: 'jane@example.com', tier: 'vip' } });
    const id = r.body.id as string;
    const record = await until(async () => {
      const rec = await ctx.service.deps.store.get('default', id);
      return rec?.alert ? rec : undefined;
    });
    const ticket = ctx.service.sandbox!.zendesk.tickets.get(record.ticketId!)!;
    expect(ticket.external_id).toBe('c-e2e');
    expect(ticket.priority).toBe('high');
    expect(ticket.tags).toEqual(
      expect.arrayContaining(['baton_handoff', 'baton_reason_customer_requested', 'baton_priority_high']),
    );
    const fields = new Map([...ctx.service.sandbox!.zendesk.fields.values()].map((f) => [f.id, f.title]));
    const byTitle = Object.fromEntries(ticket.custom_fields.map((f) => [fields.get(f.id), f.value]));
    expect(byTitle).toMatchObject({
      'Baton handoff reason': 'baton_reason_customer_requested',
      'Baton handoff id': id,
    });
    const notes = ctx.service.sandbox!.zendesk.comments.get(ticket.id)!;
    expect(notes).toHaveLength(1);
    expect(notes[0]!.public).toBe(false);
    expect(notes[0]!.html_body).toContain('ORD-1042');
    const status = await request(ctx.url).get(`/v1/handoffs/${id}`);
    expect(status.body).toMatchObject({ status: 'alerted', ticketId: ticket.id, position: expect.any(Number) });
  });

  it('the same event replayed 10 times concurrently makes one ticket', async () => {
    const before = ctx.service.sandbox!.zendesk.tickets.size;
    const answers = await Promise.all(Array.from({ length: 10 }, () => post(event('c-replay'))));
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect(answers.filter((a) => a.status === 202)).toHaveLength(1);
    await until(async () => (await ctx.service.deps.store.getByKey('default', 'c-replay'))?.alert);
    await new Promise((r) => setTimeout(r, 100));
    expect(ctx.service.sandbox!.zendesk.tickets.size).toBe(before + 1);
  });
});

describe('the sidebar API (ZAF signed requests)', () => {
  const token = (ticketId: number, secret: string = SANDBOX_SECRETS.zaf) =>
    new SignJWT({ ticket_id: ticketId })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt()
      .setExpirationTime('1m')
      .sign(new TextEncoder().encode(secret));

  it('serves the package of a ticket to a valid token only, and takes feedback', async () => {
    const r = await post(event('c-zaf'));
    const rec = await until(async () => {
      const x = await ctx.service.deps.store.get('default', r.body.id);
      return x?.ticketId ? x : undefined;
    });
    const ok = await request(ctx.url)
      .get(`/v1/tickets/${rec.ticketId}/handoff`)
      .set('authorization', `Bearer ${await token(rec.ticketId!)}`);
    expect(ok.status).toBe(200);
    expect(ok.body.package.reason.code).toBe('customer_requested');
    expect(ok.body.event).toBeUndefined();
    expect(
      (
        await request(ctx.url)
          .get(`/v1/tickets/${rec.ticketId}/handoff`)
          .set('authorization', `Bearer ${await token(rec.ticketId!, 'nope')}`)
      ).status,
    ).toBe(401);
    expect(
      (
        await request(ctx.url)
          .get(`/v1/tickets/${rec.ticketId}/handoff`)
          .set('authorization', `Bearer ${await token(rec.ticketId! + 1)}`)
      ).status,
    ).toBe(403);
    expect(
      (
        await request(ctx.url)
          .get(`/v1/tickets/99999/handoff`)
          .set('authorization', `Bearer ${await token(99999)}`)
      ).status,
    ).toBe(404);
    const fb = await request(ctx.url)
      .post(`/v1/tickets/${rec.ticketId}/feedback`)
      .set('authorization', `Bearer ${await token(rec.ticketId!)}`)
      .send({ handoffId: rec.id, rating: 'partial', missingFields: ['order id'], hadToReAsk: true });
    expect(fb.status).toBe(201);
    expect(await ctx.service.deps.store.listFeedback('default', rec.ticketId!)).toEqual([
      expect.objectContaining({ rating: 'partial', hadToReAsk: true }),
    ]);
    const bad = await request(ctx.url)
      .post(`/v1/tickets/${rec.ticketId}/feedback`)
      .set('authorization', `Bearer ${await token(rec.ticketId!)}`)
      .send({ handoffId: rec.id, rating: 'great' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].path).toBe('rating');
  });
});

describe('POST /webhooks/zendesk', () => {
  it('verifies the signature, claims on an assignee change, and counts a redelivery once', async () => {
    const r = await post(event('c-zd-hook'));
    const rec = await until(async () => {
      const x = await ctx.service.deps.store.get('default', r.body.id);
      return x?.ticketId ? x : undefined;
    });
    const body = JSON.stringify({
      id: 'delivery-1',
      type: 'assignee_changed',
      ticketId: rec.ticketId,
      assignee: { id: 5, email: 'sam@example.com', name: 'Sam' },
    });
    const ts = new Date().toISOString();
    const send = (sig: string) =>
      request(ctx.url)
        .post('/webhooks/zendesk')
        .set('content-type', 'application/json')
        .set('x-zendesk-webhook-signature', sig)
        .set('x-zendesk-webhook-signature-timestamp', ts)
        .send(body);
    expect((await send('bad')).status).toBe(401);
    const first = await send(signZendeskWebhook(SANDBOX_SECRETS.zendeskWebhook, ts, body));
    expect(first.body).toMatchObject({ recorded: true, handoffId: rec.id });
    expect((await send(signZendeskWebhook(SANDBOX_SECRETS.zendeskWebhook, ts, body))).body.recorded).toBe(false);
    expect((await ctx.service.deps.store.get('default', rec.id))?.claimedBy).toMatchObject({
      email: 'sam@example.com',
    });
  });
});

describe('operations', () => {
  it('health, readiness and Prometheus metrics', async () => {
    expect((await request(ctx.url).get('/healthz')).status).toBe(200);
    expect((await request(ctx.url).get('/readyz')).body).toMatchObject({ ok: true });
    const metrics = await request(ctx.url).get('/metrics');
    expect(metrics.text).toMatch(/baton_handoffs_total\{reason="customer_requested",priority="normal"\} \d+/);
    expect(metrics.text).toContain('baton_job_duration_seconds_bucket');
  });
});

describe('analytics on the running service', () => {
  it('GET /v1/analytics counts the handoffs the service received, for the admin token only', async () => {
    await post(event('c-analytics-1'));
    const denied = await request(ctx.url).get('/v1/analytics');
    expect(denied.status).toBe(401);
    const r = await until(async () => {
      const res = await request(ctx.url)
        .get('/v1/analytics')
        .query({ since: '1d' })
        .set('authorization', `Bearer ${SANDBOX_SECRETS.admin}`);
      return res.body.total?.handoffs >= 1 ? res : undefined;
    });
    expect(r.status).toBe(200);
    expect(r.body.total.handoffs).toBeGreaterThanOrEqual(1);
    expect((await request(ctx.url).get('/admin/analytics')).text).toContain('<canvas');
  });
});

describe("the agent's first public reply", () => {
  it('is checked for re-asking what the package held; the field lands in the analytics', async () => {
    const r = await post(event('c-reask'));
    const rec = await until(async () => {
      const x = await ctx.service.deps.store.get('default', r.body.id);
      return x?.ticketId ? x : undefined;
    });
    const ts = new Date().toISOString();
    const body = JSON.stringify({
      id: `reply-${rec.ticketId}`,
      type: 'agent_replied',
      ticketId: rec.ticketId,
      comment: { body: 'Hi Jane, sorry about this. Could you send me your order number so I can look?', public: true },
    });
    const res = await request(ctx.url)
      .post('/webhooks/zendesk')
      .set('content-type', 'application/json')
      .set('x-zendesk-webhook-signature', signZendeskWebhook(SANDBOX_SECRETS.zendeskWebhook, ts, body))
      .set('x-zendesk-webhook-signature-timestamp', ts)
      .send(body);
    expect(res.body.recorded).toBe(true);
    const events = await ctx.service.deps.events.list('default', '2000-01-01T00:00:00Z', '2999-01-01T00:00:00Z');
    const reply = events.find((e) => e.kind === 'first_agent_reply' && e.handoffId === rec.id)!;
    expect(reply.data.reAskedFields).toEqual(['entities.orderIds']);
    expect(reply.data).not.toHaveProperty('reply'); // the reply's text is not kept
    const analytics = await request(ctx.url)
      .get('/v1/analytics')
      .query({ since: '1d' })
      .set('authorization', `Bearer ${SANDBOX_SECRETS.admin}`);
    expect(analytics.body.total.reAskedFields['entities.orderIds']).toBeGreaterThanOrEqual(1);
  });
});
