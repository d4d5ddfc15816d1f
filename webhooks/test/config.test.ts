import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config';
import { ConfigError } from '../src/errors';
import { createService } from '../src/service';

describe('configuration', () => {
  it('runs on the embedded defaults with nothing set: sandbox mode with demo secrets', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ mode: 'sandbox', port: 3000, retentionDays: 90 });
    expect(c.secrets.signing).toBeTruthy();
  });

  it('stops the start naming the setting and how to fix it', () => {
    expect(() => loadConfig({ REDIS_URL: 'not a url' })).toThrow(/REDIS_URL: must be a redis:\/\/ URL/);
    expect(() => loadConfig({ ZENDESK_SUBDOMAIN: 'acme.zendesk.com' })).toThrow(
      /ZENDESK_SUBDOMAIN: must be the subdomain only/,
    );
    expect(() => loadConfig({ ZENDESK_SUBDOMAIN: 'acme' })).toThrow(/ZENDESK_API_TOKEN: missing/);
    const err = (() => {
      try {
        loadConfig({ ZENDESK_SUBDOMAIN: 'acme', ZENDESK_EMAIL: 'bot@acme.test', ZENDESK_API_TOKEN: 't' });
      } catch (e) {
        return e;
      }
    })();
    expect(() => loadConfig({ SLACK_DIGEST_CHANNEL: '#Support Leads' })).toThrow(
      /SLACK_DIGEST_CHANNEL: must be a channel ID \(C0123ABCD\) or a channel name/,
    );
    expect(loadConfig({ SLACK_DIGEST_CHANNEL: ' #support-leads ' }).slackDigestChannel).toBe('#support-leads');
    expect(loadConfig({ SLACK_DIGEST_CHANNEL: 'C0123ABCD' }).slackDigestChannel).toBe('C0123ABCD');
    expect(loadConfig({ SLACK_DIGEST_CHANNEL: '' }).slackDigestChannel).toBeUndefined();
    expect(() =>
      loadConfig({
        SLACK_DIGEST_CHANNEL: '#support-leads',
        ZENDESK_SUBDOMAIN: 'acme',
        ZENDESK_EMAIL: 'bot@acme.test',
        ZENDESK_API_TOKEN: 't',
      }),
    ).toThrow(/SLACK_DIGEST_CHANNEL: the weekly digest is posted by the Slack app; set SLACK_BOT_TOKEN/);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(
      /BATON_SIGNING_SECRET: required once real Zendesk or Slack credentials are set; set it to/,
    );
  });

  it('with real Zendesk credentials the sandbox routes do not exist', async () => {
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      BATON_LOG_LEVEL: 'silent',
      ZENDESK_SUBDOMAIN: 'acme',
      ZENDESK_EMAIL: 'bot@acme.test',
      ZENDESK_API_TOKEN: 't',
      BATON_SIGNING_SECRET: 's1',
      BATON_ZAF_SHARED_SECRET: 's2',
      BATON_ZENDESK_WEBHOOK_SECRET: 's3',
    });
    expect(config.mode).toBe('production');
    const service = await createService(config);
    const { url } = await service.start('api');
    try {
      expect((await request(url!).get('/sandbox')).status).toBe(404);
      expect((await request(url!).get('/sandbox/zendesk/api/v2/tickets.json')).status).toBe(404);
      expect((await request(url!).get('/healthz')).status).toBe(200);
    } finally {
      await service.stop();
    }
  });
});
