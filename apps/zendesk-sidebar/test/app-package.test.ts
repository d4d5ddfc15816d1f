import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REASON_CODES } from '@baton/core';
import { BATON_TICKET_FIELDS } from '../src/api/ticket-fields';
import { SUPPORTED_LOCALES } from '../src/i18n/translator';
import {
  ICON_LOCATIONS,
  manifestSchema,
  svgIconProblems,
  marketplaceTranslationSchema,
  readPngSize,
  requirementsSchema,
  ticketFieldSchema,
} from './zaf-schemas';

const appDir = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(join(appDir, path), 'utf8');
const json = (path: string): unknown => JSON.parse(read(path));

describe('manifest.json', () => {
  const manifest = manifestSchema.parse(json('manifest.json'));

  it('is a ticket sidebar app whose location points at a file in the app', () => {
    const sidebar = manifest.location.support.ticket_sidebar;
    const url = typeof sidebar === 'string' ? sidebar : sidebar?.url;
    expect(url).toBe('assets/iframe.html');
    expect(existsSync(join(appDir, url ?? ''))).toBe(true);
  });

  it('has a nav_bar location for admins (handoff analytics) with its page, icon and built script', () => {
    const nav = manifest.location.support.nav_bar;
    expect(typeof nav === 'string' ? nav : nav?.url).toBe('assets/nav.html');
    expect(read('assets/nav.html')).toContain('src="app/nav.js"');
    expect(read('assets/nav.html')).toContain('zaf_sdk.min.js');
    expect(existsSync(join(appDir, 'assets/app/nav.js'))).toBe(true);
  });

  it('every icon location has its icon where Zendesk looks for it: assets/icon_<location>.svg, clean, with a viewBox', () => {
    const used = ICON_LOCATIONS.filter((l) => manifest.location.support[l] !== undefined);
    expect(used).toContain('nav_bar');
    for (const location of used) {
      // Zendesk (and zcli) take the icon from this file name; a path in the manifest is not read.
      const svg = read(`assets/icon_${location}.svg`);
      expect(svgIconProblems(svg), `assets/icon_${location}.svg`).toEqual([]);
    }
    expect(svgIconProblems('<svg xmlns="http://www.w3.org/2000/svg"><script>x()</script></svg>')).toEqual([
      'needs a viewBox (Zendesk resizes the icon to 18x18)',
      'has a <script> (Zendesk prunes it)',
    ]);
    expect(svgIconProblems('<svg viewBox="0 0 18 18" onload="x()"><path d="M0 0"/></svg>')).toEqual([
      'has an on* event attribute (Zendesk prunes it)',
    ]);
  });

  it('takes the service URL and a secure shared secret, with a domain whitelist', () => {
    const byName = Object.fromEntries((manifest.parameters ?? []).map((p) => [p.name, p]));
    expect(byName['service_url']).toMatchObject({ type: 'url', required: true });
    expect(byName['shared_secret']).toMatchObject({ secure: true, required: true });
    expect(manifest.domainWhitelist?.length).toBeGreaterThan(0);
  });

  it('rejects what Zendesk would reject (the schema can fail)', () => {
    const good = json('manifest.json') as Record<string, unknown>;
    expect(manifestSchema.safeParse({ ...good, author: { name: 'x' } }).success).toBe(false);
    expect(manifestSchema.safeParse({ ...good, frameworkVersion: '1.0' }).success).toBe(false);
    expect(manifestSchema.safeParse({ ...good, domainWhitelist: undefined }).success).toBe(false);
    const badParam = { ...good, parameters: [{ name: 'x', type: 'secret' }] };
    expect(manifestSchema.safeParse(badParam).error?.issues[0]?.path).toEqual(['parameters', 0, 'type']);
  });
});

describe('requirements.json', () => {
  const requirements = requirementsSchema.parse(json('requirements.json'));
  const fields = requirements.ticket_fields ?? {};

  it('creates every ticket field the service writes and the sidebar reads, with the same titles', () => {
    for (const def of BATON_TICKET_FIELDS) {
      expect(fields[def.key], def.key).toMatchObject({ title: def.title, type: def.type });
    }
  });

  it('offers every reason code in the reason drop-down, in precedence order', () => {
    const values = fields['baton_reason']?.custom_field_options?.map((o) => o.value);
    expect(values).toEqual(REASON_CODES.map((code) => `baton_reason_${code}`));
  });

  it('refuses a drop-down without options and an unknown field type', () => {
    expect(ticketFieldSchema.safeParse({ type: 'tagger', title: 'x' }).success).toBe(false);
    expect(ticketFieldSchema.safeParse({ type: 'dropdown', title: 'x' }).success).toBe(false);
    expect(requirementsSchema.safeParse({ tickets: {} }).success).toBe(false);
  });
});

describe('translations', () => {
  const en = json('translations/en.json') as { app: unknown; sidebar: Record<string, string> };

  it('has the marketplace texts and a label for every manifest parameter', () => {
    const parsed = marketplaceTranslationSchema.parse(en);
    const manifest = manifestSchema.parse(json('manifest.json'));
    for (const p of manifest.parameters ?? []) expect(parsed.app.parameters?.[p.name]?.label, p.name).toBeTruthy();
  });

  it.each(['es', 'fr', 'de'])('%s has every UI string of English, with the same placeholders', (locale) => {
    const other = json(`translations/${locale}.json`) as { app: unknown; sidebar: Record<string, string> };
    marketplaceTranslationSchema.parse(other);
    expect(Object.keys(other.sidebar).sort()).toEqual(Object.keys(en.sidebar).sort());
    const holes = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
    for (const [key, text] of Object.entries(en.sidebar))
      expect(holes(other.sidebar[key] ?? ''), key).toEqual(holes(text));
  });

  it('is what the UI loads', () => {
    expect(SUPPORTED_LOCALES.sort()).toEqual(['de', 'en', 'es', 'fr']);
  });

  it('names every reason code', () => {
    for (const code of REASON_CODES) expect(en.sidebar[`reason_${code}`], code).toBeTruthy();
  });
});

describe('assets and packaging', () => {
  it('has logo.png 320x320 and logo-small.png 128x128 (sizes read from the PNG headers)', () => {
    expect(readPngSize(readFileSync(join(appDir, 'assets/logo.png')))).toEqual({ width: 320, height: 320 });
    expect(readPngSize(readFileSync(join(appDir, 'assets/logo-small.png')))).toEqual({ width: 128, height: 128 });
    expect(() => readPngSize(new TextEncoder().encode('GIF89a........................'))).toThrow(/PNG/);
  });

  it('iframe.html loads the ZAF SDK and then the built app', () => {
    const html = read('assets/iframe.html');
    const sdk = html.indexOf('https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js');
    const app = html.indexOf('src="app/sidebar.js"');
    expect(sdk).toBeGreaterThan(0);
    expect(app).toBeGreaterThan(sdk);
  });

  it('.zcliignore keeps sources and tooling out of the zip, with globs', () => {
    const lines = read('.zcliignore')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    for (const dir of ['src', 'test', 'e2e', 'node_modules', 'sandbox']) expect(lines).toContain(`${dir}/**`);
    expect(lines).not.toContain('assets/**');
  });

  it('zcli.apps.config.json answers every required parameter so `zcli apps:server` does not prompt', () => {
    const config = json('zcli.apps.config.json') as { parameters: Record<string, string> };
    const manifest = manifestSchema.parse(json('manifest.json'));
    for (const p of (manifest.parameters ?? []).filter((x) => x.required))
      expect(config.parameters[p.name], p.name).toBeTruthy();
  });
});
