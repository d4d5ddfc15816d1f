import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const appDir = fileURLToPath(new URL('..', import.meta.url));
const zcli = join(appDir, '../../node_modules/.bin/zcli');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let child: ChildProcess | undefined;
afterAll(() => {
  child?.kill('SIGTERM');
});

describe('zcli apps:server (offline)', () => {
  it('serves the app with its ticket_sidebar and nav_bar locations and the settings of zcli.apps.config.json', async () => {
    const port = await freePort();
    child = spawn(zcli, ['apps:server', appDir, '--port', String(port), '--bind', '127.0.0.1'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    let output = '';
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    const deadline = Date.now() + 25_000;
    let appJson:
      | { apps: { name: string; locations: unknown }[]; installations: { settings: Record<string, string>[] }[] }
      | undefined;
    while (!appJson && Date.now() < deadline) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/app.json`);
        if (res.ok) appJson = (await res.json()) as typeof appJson;
      } catch {
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    expect(appJson, `zcli did not answer in time:\n${output}`).toBeDefined();
    expect(appJson?.apps[0]).toMatchObject({
      name: 'Baton handoff',
      locations: {
        support: {
          ticket_sidebar: { url: 'assets/iframe.html' },
          // zcli finds the nav_bar icon by its file name, as Zendesk does.
          nav_bar: { url: 'assets/nav.html', svg: 'icon_nav_bar.svg' },
        },
      },
    });
    const settings = Object.assign({}, ...(appJson?.installations[0]?.settings ?? []));
    expect(settings).toMatchObject({ service_url: 'http://localhost:3000', shared_secret: expect.any(String) });
    const id = (appJson?.apps[0] as unknown as { id: string }).id;
    const iframe = await fetch(`http://127.0.0.1:${port}/${id}/assets/iframe.html`);
    expect(iframe.status).toBe(200);
    expect(await iframe.text()).toContain('zaf_sdk.min.js');
    const nav = await fetch(`http://127.0.0.1:${port}/${id}/assets/nav.html`);
    expect(nav.status).toBe(200);
    expect(await nav.text()).toContain('src="app/nav.js"');
    const icon = await fetch(`http://127.0.0.1:${port}/${id}/assets/icon_nav_bar.svg`);
    expect(icon.status).toBe(200);
  }, 40_000);
});
