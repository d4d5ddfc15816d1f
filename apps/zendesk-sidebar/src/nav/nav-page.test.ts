// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createFakeZafClient } from '../../test/fake-zaf-client';
import type { AnalyticsAnswer } from './analytics-api';
import { mountAnalyticsPage } from './nav-page';

const answer: AnalyticsAnswer = {
  from: '2026-11-16T00:00:00.000Z',
  to: '2026-11-23T00:00:00.000Z',
  total: {
    handoffs: 10,
    botResolved: 15,
    handoffRate: 0.4,
    fcr: 0.7,
    reAskRate: 0.3,
    slaBreaches: 2,
    reasonShares: { refund: 0.4, technical: 0.6 },
    reAskedFields: { attempted: 2, 'customer.email': 1 },
    timeToClaimMs: { p50: 600_000, p90: 1_080_000, n: 10 },
    timeToFirstReplyMs: { p50: 900_000, n: 8 },
    csat: { handoff: 0.75, botResolved: 0.6, delta: 0.15 },
    funnel: { handedOff: 10, alerted: 10, claimed: 10, firstReply: 8, solved: 10, notReopened: 7 },
  },
  groups: { '2026-11-17': { handoffs: 8 } as never, '2026-11-18': { handoffs: 2 } as never },
};

describe('nav_bar: handoff analytics inside Zendesk', () => {
  it('an admin sees the KPIs, funnel, reasons and re-asked fields, fetched with a signed request carrying the role', async () => {
    const fake = createFakeZafClient({
      values: { 'currentUser.role': 'admin', 'currentUser.locale': 'en-US' },
      respond: () => answer,
    });
    const root = document.createElement('div');
    const result = await mountAnalyticsPage(root, fake.client);
    expect(result?.kind).toBe('ok');
    const req = fake.requests[0]!;
    expect(req.url).toBe('https://baton.example.com/v1/analytics?since=7d&by=day');
    expect(req).toMatchObject({ secure: true, headers: { Authorization: 'Bearer {{jwt.token}}' } });
    expect(req.jwt).toMatchObject({
      secret_key: '{{setting.shared_secret}}',
      claims: { role: 'admin', scope: 'analytics' },
    });
    const kpis = root.querySelector('#kpis')!.textContent!;
    expect(kpis).toContain('10Handoffs');
    expect(kpis).toContain('70.0%Solved first time');
    expect(kpis).toContain('30.0%Customers re-asked');
    expect(kpis).toContain('10 minTime to claim (median)');
    expect(kpis).toContain('+15 ptsCSAT vs the bot');
    const text = root.textContent!;
    expect(text).toMatch(/Not reopened7/);
    expect(text).toMatch(/technical60\.0%/);
    expect(text).toMatch(/attempted2/);
    expect(text).toMatch(/2026-11-178/);
    expect(fake.invocations.some((i) => i.name === 'resize')).toBe(true);
  });

  it('filters by period, bot, reason, channel and priority: only the ones set are sent', async () => {
    const fake = createFakeZafClient({
      values: { 'currentUser.role': 'admin', 'currentUser.locale': 'fr' },
      respond: () => answer,
    });
    const root = document.createElement('div');
    await mountAnalyticsPage(root, fake.client);
    const form = root.querySelector('form')!;
    expect(form.textContent).toContain('Priorité');
    expect([...form.querySelectorAll('#priority option')].map((o) => o.textContent)).toEqual([
      'Toutes',
      'Urgente',
      'Haute',
      'Normale',
      'Basse',
    ]);
    const set = (id: string, v: string) => ((form.querySelector(`#${id}`) as HTMLInputElement).value = v);
    set('since', '30d');
    set('bot', ' billing-bot ');
    set('priority', 'urgent');
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    for (let i = 0; i < 50 && fake.requests.length < 2; i++) await new Promise((r) => setTimeout(r, 5));
    expect(fake.requests[1]!.url).toBe(
      'https://baton.example.com/v1/analytics?since=30d&by=day&bot=billing-bot&priority=urgent',
    );
  });

  it('an agent is told the page is for admins, and nothing is requested', async () => {
    const fake = createFakeZafClient({ values: { 'currentUser.role': 'agent', 'currentUser.locale': 'de' } });
    const root = document.createElement('div');
    await mountAnalyticsPage(root, fake.client);
    expect(root.textContent).toContain('Die Übergabe-Analysen sind für Zendesk-Administratoren.');
    expect(fake.requests).toHaveLength(0);
  });

  it('a refusal or an unreachable service is said in words', async () => {
    const refused = createFakeZafClient({
      values: { 'currentUser.role': 'admin' },
      respond: () => Promise.reject({ status: 403 }),
    });
    const root = document.createElement('div');
    expect((await mountAnalyticsPage(root, refused.client))?.kind).toBe('forbidden');
    expect(root.querySelector('#state')!.textContent).toBe('Handoff analytics are for Zendesk admins.');
    const down = createFakeZafClient({
      values: { 'currentUser.role': 'admin' },
      respond: () => Promise.reject({ status: 0 }),
    });
    const root2 = document.createElement('div');
    expect((await mountAnalyticsPage(root2, down.client))?.kind).toBe('unreachable');
    expect(root2.querySelector('#state')!.textContent!.length).toBeGreaterThan(10);
  });
});
