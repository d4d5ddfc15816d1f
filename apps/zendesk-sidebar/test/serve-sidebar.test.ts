import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSidebarSandboxHandler } from '../sandbox/serve-sidebar';

let server: Server;
let origin: string;

beforeAll(async () => {
  const handler = createSidebarSandboxHandler({
    basePath: '/sandbox/sidebar',
    sharedSecret: 'demo</script><script>alert(1)</script>',
  });
  server = createServer((req, res) => {
    void handler(req, res, () => {
      res.writeHead(418).end('next');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('createSidebarSandboxHandler', () => {
  it('serves the ticket page with its settings, escaped so they cannot close the script', async () => {
    const res = await fetch(`${origin}/sandbox/sidebar/ticket.html?ticket=7`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toContain('__BATON_SIDEBAR_CONFIG__');
    expect(html).toContain('"assetsBase":"/sandbox/sidebar/assets"');
    expect(html).toContain(`"serviceUrl":"${origin}"`);
    expect(html).not.toContain('demo</script>');
  });

  it('serves the real iframe.html with the ZAF SDK swapped for the fake one', async () => {
    const html = await (await fetch(`${origin}/sandbox/sidebar/assets/iframe.html`)).text();
    expect(html).toContain('src="../zaf-sdk-fake.js"');
    expect(html).not.toContain('static.zdassets.com');
    expect(html).toContain('src="app/sidebar.js"');
    expect((await fetch(`${origin}/sandbox/sidebar/zaf-sdk-fake.js`)).headers.get('content-type')).toContain(
      'javascript',
    );
    expect((await fetch(`${origin}/sandbox/sidebar/assets/logo.png`)).headers.get('content-type')).toBe('image/png');
  });

  it('serves nothing outside assets/ and leaves other paths to the next handler', async () => {
    expect((await fetch(`${origin}/sandbox/sidebar/assets/%2e%2e/package.json`)).status).not.toBe(200);
    expect((await fetch(`${origin}/sandbox/sidebar/assets/app/..%2f..%2fpackage.json`)).status).toBe(404);
    expect((await fetch(`${origin}/sandbox/sidebar/assets/nope.js`)).status).toBe(404);
    expect((await fetch(`${origin}/elsewhere`)).status).toBe(418);
  });
});
