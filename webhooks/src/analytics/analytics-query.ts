import { z } from 'zod';
import { DIMENSIONS } from '@baton/core';

const DAY_MS = 86_400_000;

/** `since` like 7d / 24h, or from/to; `by` all|day|bot|intent|reason|channel|priority|team; filters per dimension. */
export const analyticsQuerySchema = z.object({
  since: z
    .string()
    .regex(/^\d{1,3}[dh]$/, 'must look like 7d or 24h')
    .optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  by: z.enum(['all', 'day', ...DIMENSIONS]).default('all'),
  bot: z.string().max(100).optional(),
  intent: z.string().max(100).optional(),
  reason: z.string().max(100).optional(),
  channel: z.string().max(50).optional(),
  priority: z.string().max(20).optional(),
  team: z.string().max(100).optional(),
});
export type AnalyticsQuery = z.infer<typeof analyticsQuerySchema>;

/**
 * The period asked for. Figures are counted in whole UTC days: `since=7d` is today and the 6 days before
 * (`since=24h` the day 24 hours ago and today); an explicit from/to is widened to midnight by the reader.
 */
export function resolvePeriod(q: AnalyticsQuery, now: Date): { from: string; to: string } {
  const to = q.to ? new Date(q.to) : now;
  let from: Date;
  if (q.from) from = new Date(q.from);
  else {
    const m = /^(\d+)([dh])$/.exec(q.since ?? '7d')!;
    from =
      m[2] === 'd'
        ? new Date(Math.floor(to.getTime() / DAY_MS) * DAY_MS - Math.max(0, Number(m[1]) - 1) * DAY_MS)
        : new Date(to.getTime() - Number(m[1]) * 3_600_000);
  }
  return { from: from.toISOString(), to: to.toISOString() };
}
