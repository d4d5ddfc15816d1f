import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { RedisInstallationStore } from '@baton/slack-bot';
import { loadConfig } from '../src/config';
import { createService } from '../src/service';
import { redisUrl, testRedis } from './helpers';

const redis = testRedis();
afterAll(() => redis.quit());

describe('Slack install (OAuth) and settings', () => {
  it('keeps installations in Redis per tenant and gives the bot token of the installed workspace', async () => {
    const tenant = `t${randomUUID().slice(0, 8)}`;
    const store = new RedisInstallationStore(redis, tenant);
    expect(await store.botToken()).toBeUndefined();
    const installation = {
      team: { id: 'T1', name: 'Acme' },
      enterprise: undefined,
      user: { id: 'U1', token: undefined, scopes: undefined },
      bot: { id: 'B1', userId: 'U0', token: 'xoxb-acme', scopes: ['chat:write'] },
      isEnterpriseInstall: false,
      tokenType: 'bot' as const,
    };
    await store.storeInstallation(installation as never);
    expect(
      await store.fetchInstallation({ teamId: 'T1', enterpriseId: undefined, isEnterpriseInstall: false }),
    ).toMatchObject({ bot: { token: 'xoxb-acme' } });
    expect(await store.botToken()).toBe('xoxb-acme');
    await store.deleteInstallation({ teamId: 'T1', enterpriseId: undefined, isEnterpriseInstall: false });
    await expect(
      store.fetchInstallation({ teamId: 'T1', enterpriseId: undefined, isEnterpriseInstall: false }),
    ).rejects.toThrow(/No Slack installation for workspace T1/);
  });

  it('GET /slack/install sends the admin to Slack with the app and its scopes', async () => {
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      BATON_LOG_LEVEL: 'silent',
      REDIS_URL: redisUrl(),
      SLACK_CLIENT_ID: '123.456',
      SLACK_CLIENT_SECRET: 'cs',
      SLACK_STATE_SECRET: 'state-secret-long-enough',
      SLACK_SIGNING_SECRET: 'ss',
      BATON_SIGNING_SECRET: 'a',
      BATON_ZAF_SHARED_SECRET: 'b',
      BATON_ZENDESK_WEBHOOK_SECRET: 'c',
    });
    const service = await createService(config);
    const { url } = await service.start('api');
    try {
      const r = await request(url!).get('/slack/install');
      expect(r.status).toBe(302);
      expect(r.headers.location).toMatch(/^https:\/\/slack\.com\/oauth\/v2\/authorize\?.*client_id=123\.456/);
      expect(decodeURIComponent(r.headers.location ?? '')).toContain('users:read.email');
    } finally {
      await service.stop();
    }
  });

  it('names the Slack setting that is missing', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_SIGNING_SECRET: set both/);
    expect(() => loadConfig({ SLACK_CLIENT_ID: '1.2', SLACK_CLIENT_SECRET: 'x', SLACK_SIGNING_SECRET: 'y' })).toThrow(
      /SLACK_STATE_SECRET/,
    );
    expect(() =>
      loadConfig({
        SLACK_CLIENT_ID: '1.2',
        SLACK_CLIENT_SECRET: 'x',
        SLACK_STATE_SECRET: 's',
        SLACK_SIGNING_SECRET: 'y',
      }),
    ).toThrow(/REDIS_URL: required with SLACK_CLIENT_ID/);
    expect(() => loadConfig({ SLACK_APP_TOKEN: 'xoxb-wrong', SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(
      /SLACK_APP_TOKEN: must be an app-level token/,
    );
  });
});
