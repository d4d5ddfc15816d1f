import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { history, T } from '@baton/core';
import { createAnalyticsRouter } from '../src/analytics/analytics-router';
import { RedisEventLog } from '../src/analytics/redis-event-log';
import { HttpError } from '../src/errors';
import { testRedis } from './helpers';

const CHROMIUM = '/usr/bin/chromium';
const redis = testRedis();
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const screenshot = join(root, 'docs/analytics.png');
let server: ReturnType<express.Express['listen']>;
let url = '';
let browser: BrowserContext;
const userDir = mkdtempSync(join(tmpdir(), 'baton-analytics-chromium-'));

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: apt-get install chromium (the .ci/run script does)`);
  const events = new RedisEventLog(redis, 90 * 86_400, `test-andash-${randomUUID().slice(0, 8)}`);
  for (const e of history()) await events.append({ ...e, tenantId: 'default' });
  const app = express();
  app.use(
    createAnalyticsRouter({
      events,
      tenantId: 'default',
      clock: { now: () => new Date(T + 10 * 86_400_000) },
      secrets: { signing: 's', admin: 'admin-token', zaf: '' },
    }),
  );
  app.use((err: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const e = err instanceof HttpError ? err : new HttpError(500, 'internal', String(err));
    res.status(e.status).json({ error: { code: e.code, message: e.message } });
  });
  server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A fresh --user-data-dir: playwright passes it for a persistent context.
  browser = await chromium.launchPersistentContext(userDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 1000 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});
afterAll(async () => {
  await browser?.close();
  server?.close();
  await redis.quit();
  rmSync(userDir, { recursive: true, force: true });
});

describe('admin dashboard in Chromium', () => {
  it('draws the figures of the log with chart.js served locally', async () => {
    const page = await browser.newPage();
    const external: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(url)) external.push(r.url());
    });
    await page.goto(`${url}/admin/analytics?token=admin-token`);
    // The page loads the default period first: wait for it, then ask for 30 days and wait for that answer.
    await page.waitForFunction("document.body.dataset.ready === 'true'", undefined, { timeout: 10_000 });
    await page.evaluate("document.body.dataset.ready = ''");
    await page.selectOption('#since', '30d');
    await page.click('#apply');
    await page.waitForFunction("document.body.dataset.ready === 'true'", undefined, { timeout: 10_000 });
    const kpis = await page.textContent('#kpis');
    expect(kpis).toContain('70.0%FCR');
    expect(kpis).toContain('30.0%Re-ask rate');
    expect(await page.evaluate('typeof window.Chart')).toBe('function');
    expect(await page.locator('canvas').count()).toBe(5);
    expect(external).toEqual([]);
    if (!existsSync(screenshot) || process.env.BATON_UPDATE_SCREENSHOTS === '1') {
      mkdirSync(dirname(screenshot), { recursive: true });
      await page.screenshot({ path: screenshot, fullPage: true });
    }
  });
  it('without the token the page shows the refusal', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}/admin/analytics`);
    await page.waitForFunction("document.body.dataset.ready === 'error'", undefined, { timeout: 10_000 });
    expect(await page.textContent('#error')).toMatch(/admin token/);
  });
});
