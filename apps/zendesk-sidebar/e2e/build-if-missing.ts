import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSidebar } from '../sandbox/serve-sidebar';

const appDir = fileURLToPath(new URL('..', import.meta.url));
export const BUNDLE = join(appDir, 'assets/app/sidebar.js');
export const NAV_BUNDLE = join(appDir, 'assets/app/nav.js');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** vitest globalSetup: builds the app when the bundle is missing or older than src/ or translations/. */
export default async function setup(): Promise<void> {
  const stale =
    !existsSync(BUNDLE) ||
    !existsSync(NAV_BUNDLE) ||
    statSync(BUNDLE).mtimeMs < Math.max(newestMtime(join(appDir, 'src')), newestMtime(join(appDir, 'translations')));
  if (!stale) return;
  await buildSidebar();
}
