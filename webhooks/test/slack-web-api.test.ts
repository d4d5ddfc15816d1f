import { createHmac, randomUUID } from 'node:crypto';
import express from 'express';
import nock from 'nock';
import request from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, summarize, type HandoffRecord } from '@baton/core';
import { createSlackIntegration, DEFAULT_ROUTING, type Routing } from '@baton/slack-bot';
import { createReminderHandler } from '../../apps/slack-bot/src/reminders';
import { MemoryHandoffStore } from '../src/adapters/memory/handoff-store';
import { MemoryEventLog } from '../src/adapters/memory/event-log';
import { BullWorkQueue } from '../src/queue/bullmq-queue';
import { testRedis, until } from './helpers';

/**
 * The Slack app against Slack's own Web API shape (nock at https://slack.com), with requests signed
 * and verified for real: the alert posted, a Claim click (users.info, chat.update in place, a thread
 * reply), a forged click refused, and SLA reminders with a fake clock and with BullMQ delayed jobs.
 */

const SIGNING = 'slack-signing-secret-for-tests';
const T0 = Date.parse('2026-11-23T09:00:00.000Z');

function recordFor(id: string, priority: 'high' | 'normal' = 'high'): HandoffRecord {
  const event = {
    conversationId: `c-${id}`,
    channel: 'chat' as const,
    customer: { name: 'Jane Doe', email: 'jane@example.com', tier: 'pro' },
    messages: [
      { role: 'customer' as const, text: 'My order ORD-1042 was charged twice. Let me talk to a human.' },
      { role: 'bot' as const, text: 'I checked the order and see two charges of $49.00.' },
    ],
  };
  const pkg = summarize(event, DEFAULT_POLICY);
  return {
    id,
    tenantId: 'default',
    handoffKey: `c-${id}`,
    conversationId: `c-${id}`,
    status: 'ticketed',
    event,
    package: pkg,
    priority,
    ticketId: 42,
    createdAt: new Date(T0).toISOString(),
    updatedAt: new Date(T0).toISOString(),
  };
}

function signedClick(app: express.Express, payload: unknown, secret = SIGNING) {
  const raw = `payload=${encodeURIComponent(JSON.stringify(payload))}`;
  const t = Math.floor(Date.now() / 1000);
  const sig = `v0=${createHmac('sha256', secret).update(`v0:${t}:${raw}`).digest('hex')}`;
  return request(app)
    .post('/slack/events')
    .set('content-type', 'application/x-www-form-urlencoded')
    .set('x-slack-request-timestamp', String(t))
    .set('x-slack-signature', sig)
    .send(raw);
}

/** Sam's Claim click on the alert at `ts`, as Slack sends it (HTTP form payload or Socket Mode envelope). */
const claimClick = (handoffId: string, ts: string) => ({
  type: 'block_actions',
  team: { id: 'T0ACME' },
  user: { id: 'U0SAM' },
  api_app_id: 'A0',
  token: 't',
  container: { type: 'message' },
  trigger_id: '1',
  channel: { id: 'C0SUPPORT' },
  message: { ts },
  actions: [{ type: 'button', action_id: 'baton_claim', block_id: 'b', value: handoffId, action_ts: '1' }],
});

const form = (body: unknown): Record<string, string> =>
  typeof body === 'string' ? Object.fromEntries(new URLSearchParams(body)) : (body as Record<string, string>);

beforeAll(() => nock.enableNetConnect(/127\.0\.0\.1/));
afterEach(() => nock.cleanAll());

describe('Slack Web API at slack.com (nock)', () => {
  it('posts the coloured alert, then a signed Claim click assigns, updates the message in place and replies in the thread', async () => {
    const store = new MemoryHandoffStore();
    const events = new MemoryEventLog();
    const enqueued: string[] = [];
    const cancelled: string[] = [];
    const queue = {
      enqueue: async (_n: string, _d: unknown, o?: { jobId?: string }) => void enqueued.push(o?.jobId ?? ''),
      cancel: async (_n: string, id: string) => void cancelled.push(id),
      counts: async () => ({ waiting: 0, active: 0, delayed: 0, failed: 0 }),
    };
    const record = recordFor(`h_${randomUUID().slice(0, 8)}`);
    await store.createIfAbsent(record);
    const slack = createSlackIntegration({
      botToken: 'xoxb-test',
      signingSecret: SIGNING,
      store,
      queue,
      events,
      desk: { ticketUrl: (id) => `https://acme.zendesk.com/agent/tickets/${id}` },
      tenantId: 'default',
      claim: async (id, agent) => {
        const r = await store.claim('default', id, agent, new Date().toISOString());
        if (!r.ok) return { ok: false, message: 'already claimed' };
        await slack.notifier.updateAlert(r.record);
        return { ok: true, record: r.record };
      },
      release: async () => undefined,
    });

    const posted: Array<Record<string, string>> = [];
    nock('https://slack.com')
      .post('/api/chat.postMessage', (b) => (posted.push(form(b)), true))
      .reply(200, { ok: true, channel: 'C0SUPPORT', ts: '1700000000.000100' });
    const ref = await slack.notifier.postAlert(record);
    expect(ref).toEqual({ channel: 'C0SUPPORT', ts: '1700000000.000100' });
    const alert = posted[0]!;
    expect(alert.channel).toBe(DEFAULT_ROUTING.defaultChannel);
    expect(alert.text).toMatch(/high/i);
    const attachments = JSON.parse(alert.attachments!);
    expect(attachments[0].color).toMatch(/^#/);
    expect(JSON.stringify(attachments)).toContain('baton_claim');
    expect(JSON.stringify(attachments)).toContain('https://acme.zendesk.com/agent/tickets/42');
    expect(JSON.stringify(attachments)).not.toContain('jane@example.com'); // no email in Slack by default
    expect(enqueued).toEqual([`remind-${record.id}-1`]);
    await store.update('default', record.id, { alert: ref, status: 'alerted' });

    const app = express();
    app.use('/slack', slack.router);
    const click = { ...claimClick(record.id, ref.ts), response_url: 'https://hooks.slack.com/actions/T0/1/x' };

    // A forged click reaches nothing.
    const forged = await signedClick(app, click, 'not-the-secret');
    expect(forged.status).toBe(401);

    const updates: Array<Record<string, string>> = [];
    const replies: Array<Record<string, string>> = [];
    const scope = nock('https://slack.com')
      .post('/api/users.info', (b) => form(b).user === 'U0SAM')
      .reply(200, { ok: true, user: { id: 'U0SAM', real_name: 'Sam Support', profile: { email: 'sam@acme.test' } } })
      .post('/api/chat.update', (b) => (updates.push(form(b)), true))
      .reply(200, { ok: true })
      .post('/api/chat.postMessage', (b) => (replies.push(form(b)), true))
      .reply(200, { ok: true, ts: '1700000000.000200' });
    // Bolt asks once who the bot is (to ignore its own events).
    nock('https://slack.com')
      .post('/api/auth.test')
      .reply(200, { ok: true, user_id: 'U0BATON', bot_id: 'B0BATON', team_id: 'T0ACME', user: 'baton' });
    const res = await signedClick(app, click);
    expect(res.status).toBe(200);
    await until(() => (scope.isDone() ? true : undefined));
    expect(updates[0]).toMatchObject({ channel: 'C0SUPPORT', ts: ref.ts });
    expect(updates[0]!.attachments).toContain('Claimed by');
    expect(replies[0]).toMatchObject({ thread_ts: ref.ts });
    expect(replies[0]!.text).toMatch(/Claimed by <@U0SAM>; Zendesk ticket #42 is assigned/);
    expect((await store.get('default', record.id))?.claimedBy).toMatchObject({ email: 'sam@acme.test' });
    expect(cancelled).toContain(`remind-${record.id}-1`);
  });
});

describe('SLA reminders', () => {
  const routing: Routing = { ...DEFAULT_ROUTING, onCallUserGroup: 'S0ONCALL', escalationChannel: '#leads' };

  it('with a fake clock: the wait and the SLA in words, on-call mentioned, then a re-post to the escalation channel', async () => {
    const store = new MemoryHandoffStore();
    const events = new MemoryEventLog();
    const queued: Array<{ id?: string; delayMs?: number }> = [];
    const queue = {
      enqueue: async (_n: string, _d: unknown, o?: { jobId?: string; delayMs?: number }) => void queued.push(o ?? {}),
      cancel: async () => undefined,
      counts: async () => ({ waiting: 0, active: 0, delayed: 0, failed: 0 }),
    };
    const record = { ...recordFor('h_remind'), alert: { channel: 'C0SUPPORT', ts: '1.2' }, status: 'alerted' as const };
    await store.createIfAbsent(record);
    const { WebClient } = await import('@slack/web-api');
    const remind = createReminderHandler({
      client: new WebClient('xoxb-test', { retryConfig: { retries: 0 } }),
      store,
      queue: queue as never,
      events,
      routing,
      now: () => new Date(T0 + 7 * 60_000),
    });
    const sent: Array<Record<string, string>> = [];
    nock('https://slack.com')
      .post('/api/chat.postMessage', (b) => (sent.push(form(b)), true))
      .times(3)
      .reply(200, { ok: true, ts: '9.9' });
    await remind({ tenantId: 'default', handoffId: record.id, n: 1 });
    expect(sent[0]).toMatchObject({ channel: 'C0SUPPORT', thread_ts: '1.2' });
    expect(sent[0]!.text).toBe(
      `<!subteam^S0ONCALL> :alarm_clock: Still unclaimed after 7 min (SLA ${routing.slaMinutes.high} min).`,
    );
    expect(queued[0]).toMatchObject({ jobId: `remind-${record.id}-2` });
    await remind({ tenantId: 'default', handoffId: record.id, n: 2 });
    expect(sent[2]).toMatchObject({ channel: '#leads' });
    expect(sent[2]!.text).toMatch(/^Unclaimed for 7 min/);
    const kinds = (await events.list('default', '2000-01-01T00:00:00Z', '2999-01-01T00:00:00Z')).map((e) => e.kind);
    expect(kinds.filter((k) => k === 'reminder_sent')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'sla_breached')).toHaveLength(1);
  });

  describe('with BullMQ on a real Redis', () => {
    const redis = testRedis();
    afterAll(() => redis.quit());

    it('the reminder is a delayed job that runs after the SLA, and a claim cancels the next one', async () => {
      const queue = new BullWorkQueue(redis, { prefix: `{t${randomUUID().slice(0, 8)}}` });
      const store = new MemoryHandoffStore();
      const ran: number[] = [];
      const fast: Routing = { ...routing, slaMinutes: { urgent: 0.005, high: 0.005, normal: 0.005, low: 0.005 } };
      const slack = createSlackIntegration({
        botToken: 'xoxb-test',
        signingSecret: SIGNING,
        routing: fast,
        store,
        queue,
        events: new MemoryEventLog(),
        desk: { ticketUrl: (id) => `https://acme.zendesk.com/agent/tickets/${id}` },
        tenantId: 'default',
        claim: async () => ({ ok: false, message: 'n/a' }),
        release: async () => undefined,
      });
      await queue.start({
        remind: async (data) => {
          ran.push(Date.now());
          await slack.jobHandlers.remind(data as never);
        },
      });
      const record = recordFor(`h_${randomUUID().slice(0, 8)}`);
      await store.createIfAbsent(record);
      nock('https://slack.com')
        .post('/api/chat.postMessage')
        .times(5)
        .reply(200, { ok: true, channel: 'C0SUPPORT', ts: '5.5' });
      const t0 = Date.now();
      const ref = await slack.notifier.postAlert(record);
      await store.update('default', record.id, { alert: ref, status: 'alerted' });
      expect((await queue.counts()).delayed).toBe(1);
      await until(() => (ran.length >= 1 ? true : undefined), 5000);
      expect(ran[0]! - t0).toBeGreaterThanOrEqual(250); // 0.005 min = 300 ms, less the scheduler's slack
      // The first reminder queued the second; a claim now cancels it.
      const claimed = await store.claim(
        'default',
        record.id,
        { email: 'sam@acme.test', slackUserId: 'U0SAM' },
        new Date().toISOString(),
      );
      nock('https://slack.com').post('/api/chat.update').reply(200, { ok: true });
      await slack.notifier.updateAlert((claimed as { record: HandoffRecord }).record);
      await new Promise((r) => setTimeout(r, 700));
      expect(ran).toHaveLength(1);
      await queue.close();
    });
  });
});

describe('Socket Mode (SLACK_APP_TOKEN): a local WebSocket stands in for Slack', () => {
  it('connects with the app token, acks a Claim envelope and claims', async () => {
    const { WebSocketServer } = await import('ws');
    const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise((r) => wss.once('listening', r));
    const port = (wss.address() as { port: number }).port;
    const acks: string[] = [];
    const record = recordFor(`h_${randomUUID().slice(0, 8)}`);
    const claimed: string[] = [];
    wss.on('connection', (socket) => {
      socket.on('message', (m) => acks.push(JSON.parse(String(m)).envelope_id));
      socket.send(
        JSON.stringify({
          type: 'hello',
          num_connections: 1,
          connection_info: { app_id: 'A0' },
          debug_info: { host: 'local' },
        }),
      );
      socket.send(
        JSON.stringify({
          envelope_id: 'env-1',
          type: 'interactive',
          accepts_response_payload: false,
          payload: claimClick(record.id, '1.1'),
        }),
      );
    });
    const opened = nock('https://slack.com', { reqheaders: { authorization: 'Bearer xapp-1-test' } })
      .post('/api/apps.connections.open')
      .reply(200, { ok: true, url: `ws://127.0.0.1:${port}/` });
    nock('https://slack.com')
      .post('/api/auth.test')
      .optionally()
      .reply(200, { ok: true, user_id: 'U0BATON', bot_id: 'B0BATON', team_id: 'T0ACME' })
      .post('/api/users.info')
      .reply(200, { ok: true, user: { id: 'U0SAM', real_name: 'Sam Support', profile: { email: 'sam@acme.test' } } })
      .post('/api/chat.postEphemeral')
      .optionally()
      .reply(200, { ok: true });
    const store = new MemoryHandoffStore();
    await store.createIfAbsent(record);
    const slack = createSlackIntegration({
      botToken: 'xoxb-test',
      signingSecret: SIGNING,
      appToken: 'xapp-1-test',
      store,
      queue: {
        enqueue: async () => undefined,
        cancel: async () => undefined,
        counts: async () => ({ waiting: 0, active: 0, delayed: 0, failed: 0 }),
      },
      events: new MemoryEventLog(),
      desk: { ticketUrl: (id) => `https://acme.zendesk.com/agent/tickets/${id}` },
      tenantId: 'default',
      claim: async (id, agent) => {
        claimed.push(`${id}:${agent.email}`);
        return { ok: false, message: 'test' };
      },
      release: async () => undefined,
    });
    await slack.start();
    try {
      await until(() => (claimed.length ? true : undefined), 5000);
      expect(opened.isDone()).toBe(true);
      expect(acks).toContain('env-1');
      expect(claimed).toEqual([`${record.id}:sam@acme.test`]);
    } finally {
      await slack.stop().catch(() => undefined);
      wss.close();
    }
  });
});

describe('weekly digest', () => {
  it('next Monday 09:00 UTC, one job per week however often it is scheduled', async () => {
    const { nextDigestAt, digestJobId } = await import('@baton/slack-bot');
    expect(nextDigestAt(new Date('2026-11-23T08:59:00Z')).toISOString()).toBe('2026-11-23T09:00:00.000Z'); // a Monday
    expect(nextDigestAt(new Date('2026-11-23T09:00:00Z')).toISOString()).toBe('2026-11-30T09:00:00.000Z');
    expect(nextDigestAt(new Date('2026-11-26T15:00:00Z')).toISOString()).toBe('2026-11-30T09:00:00.000Z');
    expect(digestJobId(new Date('2026-11-30T09:00:00Z'))).toBe('digest-2026-11-30');
  });

  it('posts the last 7 days to the digest channel and schedules the next week, in BullMQ', async () => {
    const redis = testRedis();
    const queue = new BullWorkQueue(redis, { prefix: `{t${randomUUID().slice(0, 8)}}` });
    const events = new MemoryEventLog();
    const { history } = await import('@baton/core');
    for (const e of history()) await events.append({ ...e, tenantId: 'default' });
    const slack = createSlackIntegration({
      botToken: 'xoxb-test',
      signingSecret: SIGNING,
      digestChannel: '#support-leads',
      store: new MemoryHandoffStore(),
      queue,
      events,
      desk: { ticketUrl: (id) => `https://acme.zendesk.com/agent/tickets/${id}` },
      tenantId: 'default',
      claim: async () => ({ ok: false, message: 'n/a' }),
      release: async () => undefined,
    });
    await slack.start(); // schedules next Monday's digest
    expect((await queue.counts()).delayed).toBe(1);
    await slack.start(); // again: still one
    expect((await queue.counts()).delayed).toBe(1);
    const posted: Array<Record<string, string>> = [];
    nock('https://slack.com')
      .post('/api/chat.postMessage', (b) => (posted.push(form(b)), true))
      .reply(200, { ok: true, ts: '1.1' });
    await slack.jobHandlers.digest!();
    expect(posted[0]!.channel).toBe('#support-leads');
    expect(posted[0]!.text).toMatch(/^:bar_chart: Weekly handoff digest/);
    expect(posted[0]!.text).toMatch(/\*Last 7 days\*: \d+ handoffs/);
    await queue.close();
    await redis.quit();
  });
});
