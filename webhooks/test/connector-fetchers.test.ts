import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { createSunshineApi, fetchSunshineHistory } from '../src/connectors/sunshine-api';
import { createRasaApi } from '../src/connectors/rasa-api';
import { PlatformApiError } from '../src/connectors/platform-http';

afterEach(() => nock.cleanAll());

const msg = (id: string, minute: number, text = `message ${id}`) => ({
  id,
  received: new Date(Date.UTC(2026, 10, 19, 14, minute)).toISOString(),
  author: { type: 'user' },
  content: { type: 'text', text },
});

const api = () => createSunshineApi({ baseUrl: 'https://acme.zendesk.com/sc', keyId: 'app_key', keySecret: 's3cret' });
const basic = `Basic ${Buffer.from('app_key:s3cret').toString('base64')}`;
const path = '/sc/v2/apps/app1/conversations/conv1';

describe('Sunshine List Messages, paged backwards', () => {
  it('follows beforeCursor until the page holding first_message_id, with basic auth', async () => {
    const scope = nock('https://acme.zendesk.com', { reqheaders: { authorization: basic } })
      .get(`${path}/messages`)
      .reply(200, { messages: [msg('m5', 5), msg('m6', 6)], meta: { hasMore: true, beforeCursor: 'm5' } })
      .get(`${path}/messages`)
      .query({ 'page[before]': 'm5' })
      .reply(200, { messages: [msg('m3', 3), msg('m4', 4)], meta: { hasMore: true, beforeCursor: 'm3' } });
    const history = await fetchSunshineHistory(api(), 'app1', 'conv1', 'm4');
    expect(history.map((m) => m.id)).toEqual(['m3', 'm4', 'm5', 'm6']);
    expect(scope.isDone()).toBe(true); // and no third page was asked for
  });

  it('stops at hasMore false, or at the message limit, keeping the most recent', async () => {
    nock('https://acme.zendesk.com')
      .get(`${path}/messages`)
      .reply(200, { messages: [msg('m2', 2), msg('m3', 3)], meta: { hasMore: true, beforeCursor: 'm2' } })
      .get(`${path}/messages`)
      .query({ 'page[before]': 'm2' })
      .reply(200, { messages: [msg('m1', 1)], meta: { hasMore: false } });
    expect((await fetchSunshineHistory(api(), 'app1', 'conv1')).map((m) => m.id)).toEqual(['m1', 'm2', 'm3']);
    nock('https://acme.zendesk.com')
      .get(`${path}/messages`)
      .reply(200, { messages: [msg('m2', 2), msg('m3', 3)], meta: { hasMore: true, beforeCursor: 'm2' } });
    expect((await fetchSunshineHistory(api(), 'app1', 'conv1', undefined, 2)).map((m) => m.id)).toEqual(['m2', 'm3']);
  });

  it('a 404 is not retryable; a 429 or 5xx is', async () => {
    nock('https://acme.zendesk.com')
      .get(`${path}/messages`)
      .reply(404, { errors: [{ code: 'conversation_not_found' }] });
    const e404 = await fetchSunshineHistory(api(), 'app1', 'conv1').catch((e) => e);
    expect(e404).toBeInstanceOf(PlatformApiError);
    expect(e404.retryable).toBe(false);
    nock('https://acme.zendesk.com').get(`${path}/messages`).reply(429, 'slow down');
    expect((await fetchSunshineHistory(api(), 'app1', 'conv1').catch((e) => e)).retryable).toBe(true);
  });

  it('passControl posts the target and the flat metadata', async () => {
    let sent: unknown;
    nock('https://acme.zendesk.com', { reqheaders: { authorization: basic } })
      .post(`${path}/passControl`, (b) => ((sent = b), true))
      .reply(200, {});
    await api().passControl('app1', 'conv1', {
      switchboardIntegration: 'zd:agentWorkspace',
      metadata: { first_message_id: 'm1', 'dataCapture.systemField.priority': 'high' },
    });
    expect(sent).toEqual({
      switchboardIntegration: 'zd:agentWorkspace',
      metadata: { first_message_id: 'm1', 'dataCapture.systemField.priority': 'high' },
    });
  });
});

describe('Rasa tracker pull', () => {
  it('a JWT goes in the Authorization header, never in the URL', async () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJ1c2VyIjp7InVzZXJuYW1lIjoiYmF0b24ifX0.c2ln';
    const scope = nock('http://rasa.internal:5005', { reqheaders: { authorization: `Bearer ${jwt}` } })
      .get('/conversations/u%201/tracker')
      .query({ include_events: 'APPLIED' })
      .reply(200, { sender_id: 'u 1', events: [] });
    expect(await createRasaApi({ url: 'http://rasa.internal:5005', token: jwt }).tracker('u 1')).toEqual({
      sender_id: 'u 1',
      events: [],
    });
    expect(scope.isDone()).toBe(true);
  });
});
