import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import request from 'supertest';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_SECRETS } from '../src/config';
import { CONNECTOR_SANDBOX_SECRETS } from '../src/connectors/connector-config';
import { signHandoff } from '../src/http/signatures';
import { startSandboxService, until } from './helpers';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../core/src/connectors/fixtures/${name}`, import.meta.url), 'utf8'));

let ctx: Awaited<ReturnType<typeof startSandboxService>>;
beforeAll(async () => {
  nock.enableNetConnect(/127\.0\.0\.1/);
  ctx = await startSandboxService({
    SUNSHINE_BATON_INTEGRATION: 'baton',
    RASA_URL: 'http://rasa.test:5005',
    RASA_TOKEN: 'rasa-token',
    BOTPRESS_TOKEN: 'bp-token',
    BOTPRESS_BOT_ID: 'bot-1',
    BOTPRESS_API_URL: 'http://botpress.test',
  });
  const conv = fixture('sunco-passcontrol.json').events[0].payload.conversation.id;
  ctx.service.sandbox!.sunshine!.conversations.set(conv, fixture('sunco-list-messages.json').messages);
});
afterAll(() => ctx.service.stop());
afterEach(() => nock.cleanAll());

const sunshine = (body: unknown, key: string | null = CONNECTOR_SANDBOX_SECRETS.sunshine) => {
  const r = request(ctx.url).post('/v1/connectors/sunshine').set('content-type', 'application/json');
  return (key ? r.set('x-api-key', key) : r).send(JSON.stringify(body));
};
const signedPost = (path: string, body: unknown, secret: string = SANDBOX_SECRETS.signing) => {
  const raw = JSON.stringify(body);
  return request(ctx.url)
    .post(path)
    .set('content-type', 'application/json')
    .set('x-handoff-signature', signHandoff(secret, raw))
    .send(raw);
};
const record = (id: string) => ctx.service.deps.store.get('default', id);

describe('POST /v1/connectors/sunshine', () => {
  it('a wrong or missing X-API-Key is 401 (Sunshine does not retry it) and creates nothing', async () => {
    expect((await sunshine(fixture('sunco-passcontrol.json'), 'wrong')).status).toBe(401);
    const missing = await sunshine(fixture('sunco-passcontrol.json'), null);
    expect(missing.status).toBe(401);
    expect(missing.body.error.message).toMatch(/X-API-Key header is missing/);
    expect(
      await ctx.service.deps.store.getByKey('default', 'sunshine:674c8b02d1e5a70012f0a9b3:674c8e14a9d2f60013b4c70a'),
    ).toBeUndefined();
  });

  it('the pass to Agent Workspace becomes a handoff with the history paged from List Messages; a redelivery is the same handoff', async () => {
    const first = await sunshine(fixture('sunco-passcontrol.json'));
    expect(first.status).toBe(200);
    expect(first.body.received).toBe(1);
    const id = first.body.handoffs[0].id as string;
    const rec = await until(async () => {
      const r = await record(id);
      return r?.ticketId ? r : undefined;
    });
    expect(rec.event.messages).toHaveLength(4);
    expect(rec.event.customer).toMatchObject({ name: 'Maya Lindqvist', id: 'cust-88412' });
    expect(rec.package!.entities.orderIds).toContain('A-30917');
    const ticket = ctx.service.sandbox!.zendesk.tickets.get(rec.ticketId!)!;
    expect(ticket.external_id).toBe('sunshine:674c8b02d1e5a70012f0a9b3:674c8e14a9d2f60013b4c70a');
    const again = await sunshine(fixture('sunco-passcontrol.json'));
    expect(again.body.handoffs[0].id).toBe(id);
  });

  it('Zendesk-made passes and unknown events are acknowledged and ignored; a malformed batch is 400 naming the field', async () => {
    const closed = fixture('sunco-passcontrol.json');
    closed.events[1].payload.reason = 'ticketClosed';
    closed.events[1].id = 'ev-closed';
    closed.events.push({ id: 'ev-x', type: 'conversation:read', payload: {} });
    const r = await sunshine(closed);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ received: 0, handoffs: [] });
    const bad = await sunshine({ app: { id: 'a' }, events: [{ type: 'switchboard:passControl', payload: {} }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/events\.0\.id/);
  });

  it('a pass to Baton itself: Baton passes control on to Agent Workspace with the package as metadata, and writes no ticket', async () => {
    const body = fixture('sunco-passcontrol.json');
    body.events[1].id = 'ev-to-baton';
    body.events[1].payload.conversation.activeSwitchboardIntegration = {
      id: 'sb-baton',
      name: 'baton',
      integrationId: 'int-baton',
      integrationType: 'custom',
    };
    const r = await sunshine(body);
    const id = r.body.handoffs[0].id as string;
    const rec = await until(async () => {
      const x = await record(id);
      return x?.alert ? x : undefined;
    });
    expect(rec.status).toBe('alerted');
    expect(rec.ticketId).toBeUndefined();
    const pass = ctx.service.sandbox!.sunshine!.passes.find((p) => p.metadata['baton.handoffId'] === id)!;
    expect(pass).toMatchObject({
      appId: '6541a0c2f0d3a1001c2b7e11',
      conversationId: '674c8b02d1e5a70012f0a9b3',
      switchboardIntegration: 'zd:agentWorkspace',
    });
    expect(pass.metadata.first_message_id).toBe('674c8b05d1e5a70012f0a9c0');
    expect(pass.metadata['dataCapture.systemField.priority']).toBe(rec.priority);
    expect(Object.keys(pass.metadata).some((k) => k.startsWith('dataCapture.ticketField.'))).toBe(true);
    const tickets = [...ctx.service.sandbox!.zendesk.tickets.values()].filter((t) =>
      t.external_id?.includes('ev-to-baton'),
    );
    expect(tickets).toEqual([]);
  });
});

describe('POST /v1/connectors/rasa', () => {
  it('a pushed tracker, signed, becomes a handoff; unsigned is 401', async () => {
    expect((await signedPost('/v1/connectors/rasa', fixture('rasa-tracker.json'), 'wrong')).status).toBe(401);
    const r = await signedPost('/v1/connectors/rasa', fixture('rasa-tracker.json'));
    expect(r.status).toBe(202);
    const rec = await record(r.body.id);
    expect(rec!.conversationId).toBe('rasa:web-3f9c2a71');
    expect(rec!.event.bot).toMatchObject({ intent: 'human_handoff', confidence: 0.91 });
  });

  it('{sender_id} alone: Baton pulls the tracker from the Rasa server (token in the query)', async () => {
    const tracker = { ...fixture('rasa-tracker.json'), sender_id: 'pulled-1' };
    const scope = nock('http://rasa.test:5005')
      .get('/conversations/pulled-1/tracker')
      .query({ include_events: 'APPLIED', token: 'rasa-token' })
      .reply(200, tracker);
    const r = await signedPost('/v1/connectors/rasa', { sender_id: 'pulled-1' });
    expect(r.status).toBe(202);
    expect(scope.isDone()).toBe(true);
    expect((await record(r.body.id))!.conversationId).toBe('rasa:pulled-1');
  });

  it('a Rasa server that fails answers 503 with Retry-After and creates nothing; a malformed tracker is 400', async () => {
    nock('http://rasa.test:5005').get('/conversations/down-1/tracker').query(true).reply(502, 'bad gateway');
    const r = await signedPost('/v1/connectors/rasa', { sender_id: 'down-1' });
    expect(r.status).toBe(503);
    expect(r.headers['retry-after']).toBe('30');
    expect(await ctx.service.deps.store.getByKey('default', 'rasa:down-1')).toBeUndefined();
    const bad = await signedPost('/v1/connectors/rasa', { sender_id: 'x', events: [{ timestamp: 1 }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/events\.0\.event/);
  });
});

describe('POST /v1/connectors/botpress', () => {
  it('the startHitl input becomes a handoff', async () => {
    const r = await signedPost('/v1/connectors/botpress', fixture('botpress-starthitl.json'));
    expect(r.status).toBe(202);
    const rec = await record(r.body.id);
    expect(rec!.event.messages).toHaveLength(6);
    expect(rec!.event.customer).toMatchObject({ email: 'tom.a@example.co.uk' });
  });

  it('an empty messageHistory is pulled from the Runtime API, following nextToken', async () => {
    const body = fixture('botpress-starthitl.json');
    body.input.messageHistory = [];
    body.input.hitlSession.upstreamConversationId = 'conv_pull';
    const scope = nock('http://botpress.test', {
      reqheaders: { authorization: 'Bearer bp-token', 'x-bot-id': 'bot-1' },
    })
      .get('/v1/chat/messages')
      .query({ conversationId: 'conv_pull' })
      .reply(200, {
        messages: [
          {
            id: 'm3',
            createdAt: '2026-11-20T10:00:09Z',
            type: 'text',
            payload: { text: 'get me a person' },
            direction: 'incoming',
          },
        ],
        meta: { nextToken: 't2' },
      })
      .get('/v1/chat/messages')
      .query({ conversationId: 'conv_pull', nextToken: 't2' })
      .reply(200, {
        messages: [
          {
            id: 'm2',
            createdAt: '2026-11-20T10:00:05Z',
            type: 'text',
            payload: { text: 'Which order?' },
            direction: 'outgoing',
          },
          {
            id: 'm1',
            createdAt: '2026-11-20T10:00:01Z',
            type: 'text',
            payload: { text: 'my order 77120 is late' },
            direction: 'incoming',
          },
        ],
        meta: {},
      });
    const r = await signedPost('/v1/connectors/botpress', body);
    expect(r.status).toBe(202);
    expect(scope.isDone()).toBe(true);
    expect((await record(r.body.id))!.event.messages.map((m) => m.text)).toEqual([
      'my order 77120 is late',
      'Which order?',
      'get me a person',
    ]);
  });
});

describe('sandbox replay page', () => {
  it('lists the platforms and replays an example through the real endpoint, a new handoff each time', async () => {
    const page = await request(ctx.url).get('/sandbox/connectors');
    expect(page.text).toContain('POST /v1/connectors/rasa');
    expect(page.text).toContain('POST /v1/connectors/sunshine');
    const ids = new Set<string>();
    for (let i = 0; i < 2; i++) {
      const r = await request(ctx.url).post('/sandbox/connectors/rasa').set('accept', 'application/json');
      expect(r.status).toBe(202);
      ids.add(r.body.id);
    }
    expect(ids.size).toBe(2);
    const sun = await request(ctx.url).post('/sandbox/connectors/sunshine').set('accept', 'application/json');
    expect(sun.status).toBe(200);
    const rec = await until(async () => {
      const x = await record(sun.body.handoffs[0].id);
      return x?.alert ? x : undefined;
    });
    expect(rec.event.messages).toHaveLength(4);
    const html = await request(ctx.url).post('/sandbox/connectors/botpress');
    expect(html.status).toBe(303);
    expect(decodeURIComponent(html.headers.location!)).toMatch(/botpress: 202/);
  });
});

describe('POST /v1/connectors/dialogflow-cx', () => {
  const dfcx = (body: unknown, key: string | null = CONNECTOR_SANDBOX_SECRETS.dialogflow) => {
    const r = request(ctx.url).post('/v1/connectors/dialogflow-cx').set('content-type', 'application/json');
    return (key ? r.set('x-baton-key', key) : r).send(JSON.stringify(body));
  };

  it('answers a WebhookResponse with the customer message and the handoff id; X-Baton-Key is required', async () => {
    expect((await dfcx(fixture('dfcx-webhook-request.json'), 'wrong')).status).toBe(401);
    expect((await dfcx(fixture('dfcx-webhook-request.json'), null)).status).toBe(401);
    const r = await dfcx(fixture('dfcx-webhook-request.json'));
    expect(r.status).toBe(200);
    const id = r.body.sessionInfo.parameters.baton_handoff_id as string;
    const rec = await record(id);
    expect(r.body.fulfillmentResponse.messages[0].text.text[0]).toBe(rec!.package!.customerMessage);
    expect(rec!.event).toMatchObject({ channel: 'voice', customer: { phone: '+14155550142' } });
  });

  it('a turn that is not a handoff answers an empty WebhookResponse and creates nothing', async () => {
    const body = fixture('dfcx-webhook-request.json');
    body.fulfillmentInfo.tag = 'check-balance';
    body.messages = [];
    body.sessionInfo.session = body.sessionInfo.session.replace('voice-7e1d44f0b2', 'not-a-handoff');
    const r = await dfcx(body);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({});
    expect(await ctx.service.deps.store.getByKey('default', 'dialogflow-cx:not-a-handoff')).toBeUndefined();
  });
});

describe('POST /v1/connectors/botframework', () => {
  it('a signed handoff.initiate becomes a handoff; other activities are acknowledged and ignored', async () => {
    const r = await signedPost('/v1/connectors/botframework', fixture('botframework-handoff-initiate.json'));
    expect(r.status).toBe(202);
    expect((await record(r.body.id))!.event.locale).toBe('de-DE');
    const other = await signedPost('/v1/connectors/botframework', { type: 'message', conversation: { id: 'x' } });
    expect(other.status).toBe(200);
    expect(other.body.ignored).toMatch(/not a handoff/);
    expect((await signedPost('/v1/connectors/botframework', {}, 'wrong')).status).toBe(401);
  });
});

describe('POST /v1/connectors/intercom', () => {
  const intercom = (body: unknown, secret: string = CONNECTOR_SANDBOX_SECRETS.intercom) => {
    const raw = JSON.stringify(body);
    const sig = `sha1=${createHmac('sha1', secret).update(raw).digest('hex')}`;
    return request(ctx.url)
      .post('/v1/connectors/intercom')
      .set('content-type', 'application/json')
      .set('x-hub-signature', sig)
      .send(raw);
  };

  it('X-Hub-Signature is checked on the raw body; an escalation becomes a handoff, other topics are ignored', async () => {
    expect((await intercom(fixture('intercom-admin-assigned.json'), 'wrong')).status).toBe(401);
    const r = await intercom(fixture('intercom-admin-assigned.json'));
    expect(r.status).toBe(202);
    expect((await record(r.body.id))!.event.customer).toMatchObject({ email: 'lena.fischer@example.de' });
    const again = await intercom(fixture('intercom-admin-assigned.json'));
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(r.body.id);
    const other = await intercom({ ...fixture('intercom-admin-assigned.json'), topic: 'conversation.user.replied' });
    expect(other.body).toEqual({ ignored: 'not an escalation' });
    const bad = await intercom({ topic: 'conversation.admin.assigned', data: { item: {} } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/data\.item\.id/);
  });
});

describe('every platform replays from the sandbox page', () => {
  it.each(['sunshine', 'rasa', 'botpress', 'dialogflow-cx', 'botframework', 'intercom'])('%s', async (platform) => {
    const r = await request(ctx.url).post(`/sandbox/connectors/${platform}`).set('accept', 'application/json');
    expect([200, 202]).toContain(r.status);
    const id = r.body.id ?? r.body.handoffs?.[0]?.id ?? r.body.sessionInfo?.parameters?.baton_handoff_id;
    await until(async () => ((await record(id))?.alert ? true : undefined));
  });
});
