import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const appDir = fileURLToPath(new URL('..', import.meta.url));
const ZAF_SDK_URL = 'https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
};

export type SidebarSandboxOptions = {
  /** Where the handler is mounted, e.g. "/sandbox/sidebar" (no trailing slash). */
  basePath: string;
  /** The service the sidebar calls (its GET handoff / POST feedback routes); default: the page's origin. */
  serviceUrl?: string;
  /** The ZAF shared secret the service verifies (BATON_ZAF_SHARED_SECRET; the demo one in the sandbox). */
  sharedSecret: string;
  /** The Zendesk sandbox API the ticket page reads (ticket, fields, internal note). */
  zendeskApiPath?: string;
  locale?: string;
};

export const SIDEBAR_BUNDLE = join(appDir, 'assets/app/sidebar.js');
const NAV_BUNDLE = join(appDir, 'assets/app/nav.js');

/** True when the Vite bundles (sidebar and nav_bar) exist; `npm run build -w apps/zendesk-sidebar` makes it. */
export function isSidebarBuilt(): boolean {
  return existsSync(SIDEBAR_BUNDLE) && existsSync(NAV_BUNDLE);
}

let building: Promise<void> | undefined;

/**
 * Builds the sidebar with Vite when the bundle is missing (vite is a dev dependency, so this works on a
 * development machine after `npm install`); concurrent callers share one build.
 */
export function ensureSidebarBuilt(): Promise<void> {
  if (isSidebarBuilt()) return Promise.resolve();
  building ??= buildSidebar().finally(() => (building = undefined));
  return building;
}

/** Builds the app's bundles (sidebar and nav_bar) with Vite, in production mode. */
export async function buildSidebar(): Promise<void> {
  const { build } = await import('vite');
  // A test runner's NODE_ENV=test would make Vite bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(appDir, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(body);
}

/**
 * The sandbox ticket page with the sidebar beside the ticket's fields and internal note, as an
 * express-compatible middleware (plain node:http types, so the sidebar package needs no express):
 *   GET {base}/ticket.html?ticket=ID   the ticket page (lists sandbox tickets without ?ticket)
 *   GET {base}/assets/iframe.html      the real iframe.html with the ZAF SDK swapped for the fake one
 *   GET {base}/nav.html?role=admin     the nav_bar page (handoff analytics) for a user of that role
 *   GET {base}/assets/nav.html         the real nav.html with the fake ZAF SDK
 *   GET {base}/assets/*, {base}/zaf-sdk-fake.js
 * The shared secret reaches the browser: that is only acceptable for the sandbox's demo secret.
 */
export function createSidebarSandboxHandler(options: SidebarSandboxOptions) {
  const base = options.basePath.replace(/\/+$/, '');
  const hostTemplate = readFileSync(join(appDir, 'sandbox/ticket.html'), 'utf8');
  return async (req: IncomingMessage, res: ServerResponse, next?: (err?: unknown) => void): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !url.pathname.startsWith(base)) return next?.();
    const path = url.pathname.slice(base.length) || '/';
    try {
      if (path === '/' || path === '/ticket.html') {
        const origin = `http://${req.headers.host ?? 'localhost'}`;
        const config = {
          zendeskApi: options.zendeskApiPath ?? '/sandbox/zendesk/api/v2',
          serviceUrl: options.serviceUrl ?? origin,
          secret: options.sharedSecret,
          assetsBase: `${base}/assets`,
          locale: options.locale ?? 'en-US',
        };
        const json = JSON.stringify(config).replace(/</g, '\\u003c');
        return send(res, 200, TYPES['.html']!, hostTemplate.replace('__BATON_SIDEBAR_CONFIG__', json));
      }
      if (path === '/nav.html') {
        // The nav_bar page (handoff analytics) as Zendesk would open it for a user of this role.
        const q = new URLSearchParams({
          service: options.serviceUrl ?? `http://${req.headers.host ?? 'localhost'}`,
          secret: options.sharedSecret,
          role: url.searchParams.get('role') ?? 'admin',
          locale: url.searchParams.get('locale') ?? options.locale ?? 'en-US',
        });
        res.writeHead(302, { Location: `${base}/assets/nav.html?${q}`, 'Cache-Control': 'no-store' });
        res.end();
        return;
      }
      if (path === '/zaf-sdk-fake.js') {
        return send(res, 200, TYPES['.js']!, await readFile(join(appDir, 'sandbox/zaf-sdk-fake.js')));
      }
      if (path === '/assets/iframe.html' || path === '/assets/nav.html') {
        await ensureSidebarBuilt().catch(() => undefined);
        if (!isSidebarBuilt()) {
          return send(
            res,
            503,
            'text/plain; charset=utf-8',
            'The sidebar is not built: run `npm run build -w apps/zendesk-sidebar`.',
          );
        }
        const html = (await readFile(join(appDir, path.slice(1)), 'utf8')).replace(ZAF_SDK_URL, '../zaf-sdk-fake.js');
        return send(res, 200, TYPES['.html']!, html);
      }
      if (path.startsWith('/assets/')) {
        const file = normalize(join(appDir, path));
        if (!file.startsWith(join(appDir, 'assets') + sep) || !existsSync(file))
          return send(res, 404, 'text/plain', 'not found');
        return send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
      }
      return next ? next() : send(res, 404, 'text/plain', 'not found');
    } catch (err) {
      if (next) return next(err);
      send(res, 500, 'text/plain', 'sidebar sandbox error');
    }
  };
}
