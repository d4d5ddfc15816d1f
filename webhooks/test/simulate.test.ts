import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_SECRETS } from '../src/config';
import { runSimulateCommand } from '../src/analytics/simulate-command';
import { startSandboxService } from './helpers';
import { handOffAt } from '../src/analytics/simulated-intake';

const EXAMPLES = fileURLToPath(new URL('../../examples', import.meta.url));
let ctx: Awaited<ReturnType<typeof startSandboxService>>;
beforeAll(async () => {
  ctx = await startSandboxService({ BATON_RATE_LIMIT_PER_MINUTE: '100000' });
});
afterAll(() => ctx.service.stop());

describe('a simulated week in the sandbox', () => {
  it('drives handoffs through the real pipeline and agents through the webhook handler; the dashboard API computes from it', async () => {
    const r = await request(ctx.url).post('/sandbox/simulate?days=3&perDay=4').set('accept', 'application/json');
    expect(r.status).toBe(200);
    expect(r.body.handoffs).toBe(12);
    expect(r.body.botResolved).toBeGreaterThanOrEqual(36);
    // Real tickets and real alerts, not rows in a table.
    const tickets = [...ctx.service.sandbox!.zendesk.tickets.values()].filter((t) => t.external_id?.startsWith('sim-'));
    expect(tickets).toHaveLength(12);
    expect(tickets.every((t) => t.assignee_id !== null)).toBe(true);
    const analytics = await request(ctx.url)
      .get('/v1/analytics')
      .query({ since: '4d', by: 'day' })
      .set('authorization', `Bearer ${SANDBOX_SECRETS.admin}`);
    const total = analytics.body.total;
    expect(total.handoffs).toBe(12);
    expect(total.handoffRate).toBeCloseTo(12 / (12 + r.body.botResolved), 10);
    expect(total.funnel.claimed).toBe(12);
    expect(total.funnel.firstReply).toBe(12);
    expect(total.timeToClaimMs.p50).toBeGreaterThan(60_000);
    expect(Object.keys(analytics.body.groups)).toHaveLength(3); // three days
    if (r.body.reAsked > 0) expect(total.reAskRate).toBeCloseTo(r.body.reAsked / 12, 10);
    expect(total.fcr).toBeGreaterThan(0);
    // Handoffs with the whole conversation and handoffs with only its last turns: more than one band.
    const bands = Object.values(total.completeness as Record<string, { handoffs: number }>).filter(
      (b) => b.handoffs > 0,
    );
    expect(bands.length).toBeGreaterThan(1);

    // Every step of a handoff happened on its simulated day, in order: received, ticket, alert, claim.
    const deps = ctx.service.deps;
    const log = await deps.events.list(
      deps.tenantId,
      new Date(Date.now() - 5 * 86_400_000).toISOString(),
      new Date(Date.now() + 1000).toISOString(),
    );
    const received = log.filter((e) => e.kind === 'handoff_received');
    expect(received).toHaveLength(12);
    for (const h of received) {
      const atOf = (kind: string) => log.find((e) => e.kind === kind && e.handoffId === h.handoffId)?.at;
      const [ticket, alert, claimed] = [atOf('ticket_written'), atOf('alert_posted'), atOf('claimed')];
      expect(ticket! >= h.at && alert! >= ticket!, `${h.handoffId} ticket/alert after received`).toBe(true);
      expect(Date.parse(alert!) - Date.parse(h.at)).toBeLessThan(60_000);
      expect(claimed! > alert!, `${h.handoffId} claimed after the alert`).toBe(true);
    }

    // Bot-resolved conversations came through the conversation intake: with their intent and customer.
    const byIntent = await request(ctx.url)
      .get('/v1/analytics')
      .query({ since: '4d', by: 'intent' })
      .set('authorization', `Bearer ${SANDBOX_SECRETS.admin}`);
    const botIntents = ['order.status', 'account.password_reset', 'billing.invoice_copy', 'shipping.address_change'];
    const resolvedByIntent = botIntents.reduce((n, i) => n + (byIntent.body.groups[i]?.botResolved ?? 0), 0);
    expect(resolvedByIntent).toBe(r.body.botResolved);

    // The same week on /metrics for Grafana, computed from the same log at scrape time.
    const metrics = await request(ctx.url).get('/metrics');
    expect(metrics.text).toMatch(/^baton_analytics_handoffs_7d 12$/m);
    expect(metrics.text).toMatch(new RegExp(`^baton_analytics_bot_resolved_7d ${r.body.botResolved}$`, 'm'));
    const rate = Number(/^baton_analytics_handoff_rate (\S+)$/m.exec(metrics.text)?.[1]);
    expect(rate).toBeCloseTo(total.handoffRate, 10);
  });

  it('the sandbox page offers the button and links the dashboard with the sandbox admin token', async () => {
    const page = await request(ctx.url).get('/sandbox');
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/<form method="post" action="simulate"><button[^>]*>Simulate a week<\/button><\/form>/);
    expect(page.text).toContain(`href="/admin/analytics?token=${SANDBOX_SECRETS.admin}"`);
    expect(page.text).toContain('href="/sandbox/sidebar/nav.html?role=admin"');
    // The button's form post (no JSON asked) comes back to the page with what was done.
    const pressed = await request(ctx.url).post('/sandbox/simulate').type('form').send('days=1&perDay=2');
    expect(pressed.status).toBe(303);
    expect(decodeURIComponent(pressed.headers.location!)).toMatch(/^\/sandbox\?msg=Simulated 1 days: 2 handoffs/);
    const bad = await request(ctx.url).post('/sandbox/simulate').type('form').send('days=365');
    expect(decodeURIComponent(bad.headers.location!)).toBe('/sandbox?msg=days: must be at most 90');
  });

  it('a pipeline step that fails stops that handoff only, and the intake still recorded it at its simulated time', async () => {
    const deps = ctx.service.deps;
    const failing = {
      ...deps,
      desk: Object.assign(Object.create(Object.getPrototypeOf(deps.desk) as object) as typeof deps.desk, deps.desk, {
        upsertHandoffTicket: async () => {
          throw new Error('Zendesk is down');
        },
      }),
    };
    const at = Date.now() - 3 * 86_400_000;
    const event = JSON.parse(readFileSync(join(EXAMPLES, 'refund-angry.json'), 'utf8')) as Record<string, unknown>;
    const record = await handOffAt(failing, at, { ...event, conversationId: `sim-fail-${Date.now()}` });
    expect(record?.ticketId).toBeUndefined();
    const received = (
      await deps.events.list(deps.tenantId, new Date(at - 1000).toISOString(), new Date(at + 60_000).toISOString())
    ).find((e) => e.kind === 'handoff_received' && e.handoffId === record!.id);
    expect(Date.parse(received!.at) - at).toBeLessThan(5_000);
  });

  it('bad options are refused naming the field and the rule', async () => {
    const bad = await request(ctx.url).post('/sandbox/simulate?days=0').set('accept', 'application/json');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^days: must be at least 1/);
  });

  it('`baton simulate` asks the running sandbox and prints what it did', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runSimulateCommand(['simulate', '--days', '1', '--url', ctx.url], {
      out: (s) => out.push(s),
      err: (s) => err.push(s),
    });
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^Simulated 1 days: 12 handoffs/);
    expect(await runSimulateCommand(['simulate', '--days', 'x'], { out: () => {}, err: (s) => err.push(s) })).toBe(2);
    expect(err.at(-1)).toMatch(/--days: /);
    const none = await runSimulateCommand(['simulate', '--url', 'http://127.0.0.1:9'], {
      out: () => {},
      err: (s) => err.push(s),
    });
    expect(none).toBe(1);
    expect(err.at(-1)).toMatch(/no sandbox answers/);
  });
});
