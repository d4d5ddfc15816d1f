import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AppsManifestCreateArguments } from '@slack/web-api';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const manifest = JSON.parse(
  readFileSync(join(root, 'manifest.json'), 'utf8'),
) as AppsManifestCreateArguments['manifest'];
const source = readdirSync(join(import.meta.dirname, '../src'), { recursive: true })
  .filter((f) => String(f).endsWith('.ts') && !String(f).includes('sandbox'))
  .map((f) => readFileSync(join(import.meta.dirname, '../src', String(f)), 'utf8'))
  .join('\n');

/** Which code needs which bot scope (Slack's method docs). */
const USES: Record<string, RegExp> = {
  'chat:write': /chat\.(postMessage|update|postEphemeral)/,
  'chat:write.public': /chat\.postMessage/, // alerts go to routed channels the bot was not invited to
  commands: /app\.command\(/,
  'users:read': /users\.info\(/,
  'users:read.email': /profile\?\.email|lookupByEmail/,
};

describe('the Slack app manifest (root manifest.json)', () => {
  it('has the shape of @slack/web-api manifest types, with events, interactivity and the command on /slack/events', () => {
    const typed: AppsManifestCreateArguments['manifest'] = manifest; // compile-time check against Slack's own types
    expect(typed.display_information.name).toBe('Baton');
    expect(manifest.settings?.interactivity?.request_url).toMatch(/\/slack\/events$/);
    expect(manifest.settings?.event_subscriptions?.request_url).toMatch(/\/slack\/events$/);
    expect(manifest.features?.slash_commands?.[0]).toMatchObject({
      command: '/baton',
      url: expect.stringMatching(/\/slack\/events$/),
    });
    expect(manifest.settings?.event_subscriptions?.bot_events).toEqual(['app_home_opened']);
    expect(source).toMatch(/app\.event\('app_home_opened'/);
  });

  it('asks only for scopes the code uses, and the code uses none it does not ask for', () => {
    const scopes = manifest.oauth_config?.scopes?.bot ?? [];
    for (const scope of scopes) expect(USES[scope], `no known use for ${scope}`).toBeDefined();
    for (const scope of scopes) expect(source, `scope ${scope} is unused`).toMatch(USES[scope]!);
    for (const [scope, use] of Object.entries(USES)) if (use.test(source)) expect(scopes).toContain(scope);
  });
});
