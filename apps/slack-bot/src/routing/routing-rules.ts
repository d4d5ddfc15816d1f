import { z } from 'zod';
import { PRIORITIES, REASON_CODES, type HandoffRecord } from '@baton/core';

const matchSchema = z
  .object({
    priority: z.array(z.enum(PRIORITIES as [string, ...string[]])).optional(),
    reason: z.array(z.enum(REASON_CODES as [string, ...string[]])).optional(),
    intent: z.array(z.string().min(1)).optional(),
    tier: z.array(z.string().min(1)).optional(),
    channel: z.array(z.enum(['chat', 'voice', 'email', 'sms', 'messaging'])).optional(),
  })
  .strict();

/** The routing file: rules tried in order, first match wins; otherwise the default channel. */
export const routingSchema = z
  .object({
    defaultChannel: z.string().min(1),
    escalationChannel: z.string().min(1).optional(),
    onCallUserGroup: z
      .string()
      .regex(/^S[A-Z0-9]+$/, 'must be a Slack user group id like S0123ABC')
      .optional(),
    slaMinutes: z
      .object({
        urgent: z.number().positive(),
        high: z.number().positive(),
        normal: z.number().positive(),
        low: z.number().positive(),
      })
      .strict()
      .default({ urgent: 2, high: 5, normal: 15, low: 60 }),
    rules: z
      .array(
        z
          .object({
            match: matchSchema,
            channel: z.string().min(1),
            zendeskGroupId: z.number().int().positive().optional(),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();
export type Routing = z.infer<typeof routingSchema>;

export const DEFAULT_ROUTING: Routing = routingSchema.parse({
  defaultChannel: '#support-escalations',
  escalationChannel: '#support-leads',
  rules: [{ match: { priority: ['urgent'] }, channel: '#escalations-urgent' }],
});

/** Parses a routing file; an unknown or malformed field is named with its path ("rules.0.match.tierr"). */
export function parseRouting(input: unknown): Routing {
  const r = routingSchema.safeParse(input);
  if (!r.success) {
    const lines = r.error.issues.map((i) => {
      const path = [...i.path, ...('keys' in i && Array.isArray(i.keys) ? [i.keys.join(', ')] : [])].join('.');
      return `${path || '(root)'}: ${i.message}`;
    });
    throw new Error(`Invalid routing rules:\n  ${lines.join('\n  ')}`);
  }
  return r.data;
}

const lower = (xs?: string[]) => xs?.map((x) => x.toLowerCase());

/** Where an alert goes (and which Zendesk group, if the rule sets one). */
export function routeAlert(record: HandoffRecord, routing: Routing): { channel: string; zendeskGroupId?: number } {
  const pkg = record.package;
  for (const rule of routing.rules) {
    const m = rule.match;
    if (m.priority && !m.priority.includes(record.priority ?? pkg?.priority ?? 'normal')) continue;
    if (m.reason && !(pkg && m.reason.includes(pkg.reason.code))) continue;
    if (m.intent && !(pkg && lower(m.intent)!.some((i) => pkg.intent.label.toLowerCase().startsWith(i)))) continue;
    if (m.tier && !lower(m.tier)!.includes((pkg?.customer.tier ?? record.event.customer?.tier ?? '').toLowerCase()))
      continue;
    if (m.channel && !m.channel.includes(record.event.channel)) continue;
    return { channel: rule.channel, ...(rule.zendeskGroupId ? { zendeskGroupId: rule.zendeskGroupId } : {}) };
  }
  return { channel: routing.defaultChannel };
}
