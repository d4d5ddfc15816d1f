import { z } from 'zod';

/**
 * Schemas of a ZAF app's files, written from Zendesk's documentation (manifest reference, app requirements,
 * translations, assets) and zcli's own `Manifest` type, so CI checks offline what `zcli apps:validate` would
 * need a Zendesk account for.
 */
const locationObject = z
  .object({
    url: z.string().min(1),
    flexible: z.boolean().optional(),
    autoLoad: z.boolean().optional(),
    autoHide: z.boolean().optional(),
    size: z.object({ width: z.string(), height: z.string() }).partial().optional(),
  })
  .passthrough(); // other location keys (icons, sizes) exist for other locations
const SUPPORT_LOCATIONS = [
  'ticket_sidebar',
  'new_ticket_sidebar',
  'user_sidebar',
  'organization_sidebar',
  'top_bar',
  'nav_bar',
  'ticket_editor',
  'background',
  'modal',
] as const;

/** Locations shown as an icon; Zendesk reads the icon from `assets/icon_<location>.svg` (styling docs, zcli). */
export const ICON_LOCATIONS = ['top_bar', 'nav_bar', 'ticket_editor'] as const;

/**
 * What would make an app icon SVG fail or change on upload (Zendesk prunes SVGs with Loofah and sizes
 * icons to 18x18 from their viewBox): an empty list when the icon is fine.
 */
export function svgIconProblems(svg: string): string[] {
  const problems: string[] = [];
  if (!/^\s*<svg\b/.test(svg)) problems.push('must start with <svg>');
  if (!/<(svg|symbol)\b[^>]*\sviewBox="[-\d.\s]+"/.test(svg))
    problems.push('needs a viewBox (Zendesk resizes the icon to 18x18)');
  if (/<script\b/i.test(svg)) problems.push('has a <script> (Zendesk prunes it)');
  if (/\son[a-z]+\s*=/i.test(svg)) problems.push('has an on* event attribute (Zendesk prunes it)');
  if (/(?:xlink:)?href\s*=\s*["'](?!#)/i.test(svg)) problems.push('links outside the file (Zendesk prunes it)');
  return problems;
}

export const PARAMETER_TYPES = [
  'text',
  'password',
  'checkbox',
  'url',
  'number',
  'multiline',
  'hidden',
  'oauth',
] as const;

export const manifestSchema = z
  .object({
    name: z.string().min(1),
    author: z.object({ name: z.string().min(1), email: z.email(), url: z.url().optional() }).strict(),
    defaultLocale: z.string().regex(/^[a-z]{2}(-[a-z]{2})?$/),
    private: z.boolean().optional(),
    location: z.object({
      support: z.partialRecord(z.enum(SUPPORT_LOCATIONS), z.union([z.string().min(1), locationObject])),
    }),
    version: z.string().regex(/^\d+\.\d+(\.\d+)?$/, 'must look like 1.0 or 1.0.0'),
    frameworkVersion: z.literal('2.0'),
    singleInstall: z.boolean().optional(),
    signedUrls: z.boolean().optional(),
    requirementsOnly: z.boolean().optional(),
    domainWhitelist: z
      .array(z.string().regex(/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/i, 'must be a bare domain'))
      .optional(),
    parameters: z
      .array(
        z
          .object({
            name: z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be snake_case'),
            type: z.enum(PARAMETER_TYPES),
            required: z.boolean().optional(),
            secure: z.boolean().optional(),
            default: z.union([z.string(), z.number(), z.boolean()]).optional(),
          })
          .strict(),
      )
      .optional(),
  })
  .strict()
  .superRefine((m, ctx) => {
    const secure = (m.parameters ?? []).filter((p) => p.secure);
    if (secure.length > 0 && (m.domainWhitelist ?? []).length === 0) {
      ctx.addIssue({ code: 'custom', path: ['domainWhitelist'], message: 'secure settings need a domainWhitelist' });
    }
    const names = (m.parameters ?? []).map((p) => p.name);
    if (new Set(names).size !== names.length)
      ctx.addIssue({ code: 'custom', path: ['parameters'], message: 'duplicate names' });
  });

export const TICKET_FIELD_TYPES = [
  'text',
  'textarea',
  'checkbox',
  'date',
  'integer',
  'decimal',
  'regexp',
  'partialcreditcard',
  'multiselect',
  'tagger',
  'lookup',
] as const;

const fieldOption = z.object({
  name: z.string().min(1),
  value: z.string().regex(/^[a-z0-9_]+$/, 'must be a tag: lowercase, no spaces'),
});

export const ticketFieldSchema = z
  .object({
    type: z.enum(TICKET_FIELD_TYPES),
    title: z.string().min(1),
    description: z.string().optional(),
    active: z.boolean().optional(),
    required: z.boolean().optional(),
    custom_field_options: z.array(fieldOption).optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    const needsOptions = f.type === 'tagger' || f.type === 'multiselect';
    if (needsOptions && !(f.custom_field_options && f.custom_field_options.length > 0)) {
      ctx.addIssue({ code: 'custom', path: ['custom_field_options'], message: `${f.type} needs options` });
    }
    if (!needsOptions && f.custom_field_options) {
      ctx.addIssue({ code: 'custom', path: ['custom_field_options'], message: `${f.type} takes no options` });
    }
  });

export const REQUIREMENT_TYPES = [
  'ticket_fields',
  'user_fields',
  'organization_fields',
  'triggers',
  'views',
  'macros',
  'automations',
  'targets',
  'channel_integrations',
  'webhooks',
  'custom_objects',
] as const;

export const requirementsSchema = z
  .object({
    ticket_fields: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), ticketFieldSchema).optional(),
  })
  .catchall(z.record(z.string(), z.unknown()))
  .superRefine((r, ctx) => {
    for (const key of Object.keys(r)) {
      if (!(REQUIREMENT_TYPES as readonly string[]).includes(key)) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'not a requirement type Zendesk knows' });
      }
    }
  });

export const marketplaceTranslationSchema = z.object({
  app: z.object({
    name: z.string().min(1),
    short_description: z.string().min(1).max(160),
    long_description: z.string().min(1),
    installation_instructions: z.string().min(1),
    parameters: z
      .record(z.string(), z.object({ label: z.string().min(1), helpText: z.string().optional() }))
      .optional(),
  }),
});

/** Width and height from a PNG's IHDR chunk, or an error naming what is wrong. */
export function readPngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => bytes[i] === b)) throw new Error('not a PNG (bad signature)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const type = String.fromCharCode(...bytes.slice(12, 16));
  if (type !== 'IHDR') throw new Error('PNG without IHDR first');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
