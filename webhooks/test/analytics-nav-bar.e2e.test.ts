import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import buildSidebarIfStale from '../../apps/zendesk-sidebar/e2e/build-if-missing';
import { startSandboxService } from './helpers';

/**
 * The nav_bar page of the ZAF app in Chromium, against the running sandbox service after a simulated
 * week: the built nav.js, the ZAF SDK stand-in signing the request with the app's shared secret as
 * Zendesk's proxy does, the service checking role and scope in that JWT, and the figures drawn.
 */
const CHROMIUM = '/usr/bin/chromium';
let ctx: Awaited<ReturnType<typeof startSandboxService>>;
let browser: BrowserContext;
const userDir = mkdtempSync(join(tmpdir(), 'baton-navbar-chromium-'));

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: apt-get install chromium (the .ci/run script does)`);
  await buildSidebarIfStale();
  ctx = await startSandboxService({ BATON_RATE_LIMIT_PER_MINUTE: '100000' });
  browser = await chromium.launchPersistentContext(userDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await ctx?.service.stop();
  rmSync(userDir, { recursive: true, force: true });
});

describe('nav_bar analytics in Chromium, against the sandbox service', () => {
  it('an admin sees the simulated week; an agent is told the page is for admins', async () => {
    const sim = await request(ctx.url).post('/sandbox/simulate?days=2&perDay=3').set('accept', 'application/json');
    expect(sim.status).toBe(200);
    const page = await browser.newPage();
    await page.goto(`${ctx.url}/sandbox/sidebar/nav.html?role=admin`);
    await page.waitForSelector('#kpis', { timeout: 15_000 });
    const kpis = await page.textContent('#kpis');
    expect(kpis).toContain('6Handoffs');
    expect(kpis).toMatch(/\d+\.\d%Handoff rate/);
    expect(await page.textContent('body')).toMatch(/Claimed6/);
    // The request went to the service as a signed ZAF request, and it answered 200.
    const calls = (await page.evaluate('window.__zafCalls')) as Array<{ name: string; args: Array<{ url: string }> }>;
    expect(calls.find((c) => c.name === 'request')?.args[0]?.url).toBe(`${ctx.url}/v1/analytics?since=7d&by=day`);

    // Signed with another secret: the service refuses, and the page says so instead of drawing figures.
    const forged = await browser.newPage();
    await forged.goto(
      `${ctx.url}/sandbox/sidebar/assets/nav.html?role=admin&secret=not-the-app-secret&service=${encodeURIComponent(ctx.url)}`,
    );
    await forged.waitForFunction("/admins/.test(document.querySelector('#state')?.textContent ?? '')", undefined, {
      timeout: 15_000,
    });
    expect(await forged.locator('#kpis').count()).toBe(0);

    const agent = await browser.newPage();
    await agent.goto(`${ctx.url}/sandbox/sidebar/nav.html?role=agent&locale=es`);
    await agent.waitForFunction("document.querySelector('#state')?.textContent?.length > 0", undefined, {
      timeout: 15_000,
    });
    expect(await agent.textContent('#state')).toBe('La analítica de traspasos es para administradores de Zendesk.');
  }, 60_000);
});
