import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importSPKI, jwtVerify } from 'jose';
import nock from 'nock';
import request from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CONNECTOR_SANDBOX_SECRETS } from '../src/connectors/connector-config';
import { createDialogflowApi, dialogflowHost } from '../src/connectors/dialogflow-api';
import { startSandboxService } from './helpers';

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const account = {
  type: 'service_account',
  client_email: 'baton@acme-care.iam.gserviceaccount.com',
  private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  token_uri: 'https://oauth2.googleapis.com/token',
};
const fixture = JSON.parse(
  readFileSync(new URL('../../core/src/connectors/fixtures/dfcx-webhook-request.json', import.meta.url), 'utf8'),
);
const NAME =
  'projects/acme-care/locations/global/agents/5b2f0c1e-aa10-4c0e-9d6a-2f7e6b1c9a00/conversations/voice-7e1d44f0b2';
const conversation = {
  name: NAME,
  interactions: [
    {
      createTime: '2026-11-19T10:00:01Z',
      requestUtterances: 'my internet is down since monday',
      responseUtterances: 'Please restart the router.',
    },
    {
      createTime: '2026-11-19T10:03:00Z',
      requestUtterances: 'did that, still down',
      responseUtterances: 'Let me check the line.',
    },
  ],
};

/** Google's token endpoint: checks the assertion is signed by the service account's key. */
function tokenEndpoint(times = 1) {
  return nock('https://oauth2.googleapis.com')
    .post('/token', (body: Record<string, string>) => body.grant_type === 'urn:ietf:params:oauth:grant-type:jwt-bearer')
    .times(times)
    .reply(async (_uri, body) => {
      const assertion = new URLSearchParams(String(body)).get('assertion') ?? (body as { assertion: string }).assertion;
      const key = await importSPKI(publicKey.export({ type: 'spki', format: 'pem' }).toString(), 'RS256');
      const { payload } = await jwtVerify(assertion, key, {
        audience: account.token_uri,
        issuer: account.client_email,
      });
      return payload.scope ? [200, { access_token: 'ya29.test-token', expires_in: 3600 }] : [400, {}];
    });
}

beforeAll(() => nock.enableNetConnect(/127\.0\.0\.1/));
afterEach(() => nock.cleanAll());

describe('Dialogflow CX Conversation History client', () => {
  it('exchanges a signed assertion for a token once, then reads conversations with it', async () => {
    const token = tokenEndpoint();
    const get = nock('https://dialogflow.googleapis.com', { reqheaders: { authorization: 'Bearer ya29.test-token' } })
      .get(`/v3beta1/${NAME}`)
      .twice()
      .reply(200, conversation);
    const api = createDialogflowApi(account);
    expect(await api.conversation(NAME)).toEqual(conversation);
    await api.conversation(NAME); // the cached token
    expect(token.isDone()).toBe(true);
    expect(get.isDone()).toBe(true);
  });

  it('regional agents are read from their region', () => {
    expect(dialogflowHost('projects/p/locations/europe-west1/agents/a/conversations/c')).toBe(
      'https://europe-west1-dialogflow.googleapis.com',
    );
    expect(dialogflowHost(NAME)).toBe('https://dialogflow.googleapis.com');
  });
});

describe('POST /v1/connectors/dialogflow-cx with a service account', () => {
  let ctx: Awaited<ReturnType<typeof startSandboxService>>;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baton-gsa-'));
    writeFileSync(join(dir, 'key.json'), JSON.stringify(account));
    ctx = await startSandboxService({ DIALOGFLOW_CX_SERVICE_ACCOUNT_FILE: join(dir, 'key.json') });
  });
  afterAll(() => ctx.service.stop());
  const post = (body: unknown) =>
    request(ctx.url)
      .post('/v1/connectors/dialogflow-cx')
      .set('content-type', 'application/json')
      .set('x-baton-key', CONNECTOR_SANDBOX_SECRETS.dialogflow)
      .send(JSON.stringify(body));

  it('the handoff carries the conversation so far from Conversation History, then this turn', async () => {
    tokenEndpoint();
    nock('https://dialogflow.googleapis.com').get(`/v3beta1/${NAME}`).reply(200, conversation);
    const r = await post(fixture);
    expect(r.status).toBe(200);
    const rec = await ctx.service.deps.store.get('default', r.body.sessionInfo.parameters.baton_handoff_id);
    expect(rec!.event.messages.map((m) => m.text)).toEqual([
      'my internet is down since monday',
      'Please restart the router.',
      'did that, still down',
      'Let me check the line.',
      'I want to speak to someone, my internet has been down since Monday',
      "I'm sorry you've been without service. I'll connect you to a specialist.",
    ]);
  });

  it('when the history cannot be read, the handoff still goes, with the turn', async () => {
    nock('https://oauth2.googleapis.com').post('/token').reply(200, { access_token: 'ya29.other', expires_in: 3600 });
    nock('https://dialogflow.googleapis.com')
      .get(/\/v3beta1\//)
      .reply(403, { error: { message: 'logging disabled' } });
    const body = {
      ...fixture,
      sessionInfo: {
        ...fixture.sessionInfo,
        session: fixture.sessionInfo.session.replace('voice-7e1d44f0b2', 'no-history'),
      },
    };
    const r = await post(body);
    expect(r.status).toBe(200);
    const rec = await ctx.service.deps.store.get('default', r.body.sessionInfo.parameters.baton_handoff_id);
    expect(rec!.event.messages).toHaveLength(2);
  });

  it('a bad key file stops the start, naming the setting', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baton-gsa-'));
    writeFileSync(join(dir, 'bad.json'), '{"client_email":"x"}');
    await expect(startSandboxService({ DIALOGFLOW_CX_SERVICE_ACCOUNT_FILE: join(dir, 'bad.json') })).rejects.toThrow(
      /DIALOGFLOW_CX_SERVICE_ACCOUNT_FILE: must be a Google service account key/,
    );
  });
});
