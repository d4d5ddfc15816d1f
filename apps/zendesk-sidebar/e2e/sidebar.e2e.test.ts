import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createSidebarSandboxHandler } from '../sandbox/serve-sidebar';
import { examplePackage, exampleRecord } from '../test/package-fixture';
import { startFakeService, verifyHs256, type FakeService } from './fake-service';

const require = createRequire(import.meta.url);
const CHROMIUM = '/usr/bin/chromium';
const SECRET = 'e2e-zaf-shared-secret';
const TICKET_ID = 4521;
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const SCREENSHOT = join(repoRoot, 'docs/sidebar.png');

const pkg = examplePackage();
let service: FakeService;
let context: BrowserContext;
let page: Page;
let profile: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (Debian's package)`);
  service = await startFakeService({
    secret: SECRET,
    ticketId: TICKET_ID,
    record: exampleRecord(pkg),
    ticket: {
      id: TICKET_ID,
      subject: 'Renewal declined: customer asked for a person',
      priority: pkg.priority,
      status: 'open',
      tags: ['baton_handoff', `baton_reason_${pkg.reason.code}`, `baton_priority_${pkg.priority}`],
      custom_fields: [
        { id: 901, value: `baton_reason_${pkg.reason.code}` },
        { id: 902, value: pkg.intent.label },
        { id: 903, value: pkg.sentiment.label },
        { id: 905, value: String(pkg.completeness.score) },
        { id: 906, value: 'h_01' },
      ],
    },
    ticketFields: [
      { id: 901, title: 'Baton handoff reason' },
      { id: 902, title: 'Baton intent' },
      { id: 903, title: 'Baton sentiment' },
      { id: 905, title: 'Baton completeness' },
      { id: 906, title: 'Baton handoff id' },
    ],
    note: `<p><b>${pkg.reason.code}</b> · priority ${pkg.priority}</p><p>${pkg.summary}</p>`,
    sidebar: createSidebarSandboxHandler({ basePath: '/sandbox/sidebar', sharedSecret: SECRET }),
  });
  profile = mkdtempSync(join(tmpdir(), 'baton-sidebar-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 1400 },
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
  page = context.pages()[0] ?? (await context.newPage());
}, 60_000);

afterAll(async () => {
  await context?.close();
  await service?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

describe('the built sidebar in Chromium, on the sandbox ticket page', () => {
  it('renders every section, inserts the greeting into the reply, sends feedback, and is screenshotted', async () => {
    const started = Date.now();
    await page.goto(`${service.origin}/sandbox/sidebar/ticket.html?ticket=${TICKET_ID}`);
    const frame = page.frameLocator('[data-testid="sidebar-frame"]');

    await expect
      .poll(() => frame.getByTestId('priority-badge').textContent(), { timeout: 15_000 })
      .toBe('Priority: High');
    const firstRenderMs = Date.now() - started;
    // Page load, ticket fetches, iframe, bundle, signed request and render: well under a second here.
    expect(firstRenderMs).toBeLessThan(5_000);
    console.info(`sidebar rendered ${firstRenderMs} ms after navigation`);
    for (const id of [
      'summary',
      'customer-card',
      'attempted',
      'provided',
      'entities',
      'next-steps',
      'greeting',
      'completeness',
      'feedback',
      'transcript',
    ]) {
      expect(await frame.getByTestId(id).count(), id).toBe(1);
    }
    expect(await frame.getByTestId('summary').textContent()).toContain(pkg.summary);
    expect(await frame.getByTestId('customer-card').textContent()).toContain('Jane Doe');

    // The ticket side of the page shows the fields and the internal note.
    expect(await page.locator('#fields').textContent()).toContain('Baton handoff reason');
    expect(await page.locator('#notes iframe').count()).toBe(1);

    // The iframe grew to its content through ZAF resize.
    const height = await page
      .locator('[data-testid="sidebar-frame"]')
      .evaluate((el) => el.getBoundingClientRect().height);
    expect(height).toBeGreaterThan(600);

    await frame.getByRole('button', { name: 'Insert into reply' }).click();
    await expect.poll(() => page.getByTestId('reply').inputValue()).toBe(pkg.suggestedGreeting);

    await frame.getByText('Missing', { exact: true }).click();
    await frame.getByText('what was tried', { exact: true }).click();
    await frame.getByText('I had to ask the customer again').click();
    const shot = await page.screenshot({ path: screenshotPath(), fullPage: true });
    expect(shot.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(shot.length).toBeGreaterThan(20_000);
    await frame.getByRole('button', { name: 'Send feedback' }).click();
    await expect.poll(() => frame.getByText('Thanks, your feedback was sent.').count()).toBe(1);
    expect(service.feedback).toEqual([
      { handoffId: 'h_01', rating: 'missing', missingFields: ['what was tried'], hadToReAsk: true },
    ]);
    expect(service.rejectedAuth).toBe(0);
  });

  it('opens the transcript and filters it by search, with the keyboard', async () => {
    const frame = page.frameLocator('[data-testid="sidebar-frame"]');
    const header = frame.getByRole('button', { name: /^Transcript/ });
    await header.focus();
    await header.press('Enter');
    await expect.poll(() => header.getAttribute('aria-expanded')).toBe('true');
    await frame.getByLabel('Search the transcript').fill('ridiculous');
    await expect.poll(() => frame.locator('li[data-role]').count()).toBe(1);
  });
});

describe('accessibility of the rendered sidebar (axe-core, WCAG 2 A/AA)', () => {
  it('has no violations', async () => {
    const frame = page.frames().find((f) => f.url().includes('/assets/iframe.html'));
    if (!frame) throw new Error('sidebar frame not found');
    await frame.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
    const { violations, passed } = await frame.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run(
              ctx: Document,
              opts: object,
            ): Promise<{
              passes: unknown[];
              violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
            }>;
          };
        }
      ).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } });
      return {
        passed: result.passes.length,
        violations: result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
        })),
      };
    });
    expect(violations).toEqual([]);
    expect(passed).toBeGreaterThan(10); // the rules really ran against the sidebar
  });
});

describe('the fake service checks the JWT like the real one', () => {
  it('refuses a token signed with another secret or expired', async () => {
    const now = Math.floor(Date.now() / 1000);
    const { createHmac } = await import('node:crypto');
    const sign = (claims: object, secret: string) => {
      const h = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
      const b = Buffer.from(JSON.stringify(claims)).toString('base64url');
      return `${h}.${b}.${createHmac('sha256', secret).update(`${h}.${b}`).digest('base64url')}`;
    };
    expect(verifyHs256(sign({ exp: now + 60 }, SECRET), SECRET)).toBeTruthy();
    expect(verifyHs256(sign({ exp: now + 60 }, 'other'), SECRET)).toBeUndefined();
    expect(verifyHs256(sign({ exp: now - 1 }, SECRET), SECRET)).toBeUndefined();
  });
});

/**
 * docs/sidebar.png (shown by the README) is written when it is missing or BATON_UPDATE_SCREENSHOTS=1;
 * otherwise the shot goes to the temp folder, so a test run does not dirty the work tree.
 */
function screenshotPath(): string {
  if (existsSync(SCREENSHOT) && process.env.BATON_UPDATE_SCREENSHOTS !== '1') return join(profile, 'sidebar.png');
  mkdirSync(dirname(SCREENSHOT), { recursive: true });
  return SCREENSHOT;
}
