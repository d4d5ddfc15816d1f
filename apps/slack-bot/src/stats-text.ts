import { computeMetrics, type EventLog, type Metrics, type MetricsReader } from '@baton/core';

const DAY_MS = 86_400_000;
const pct = (x: number | undefined) => (x === undefined ? 'n/a' : `${Math.round(x * 100)}%`);
const mins = (ms: number | undefined) => (ms === undefined ? 'n/a' : `${Math.round(ms / 60_000)} min`);
const startOfDay = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));

export type StatsDeps = {
  events: EventLog;
  tenantId: string;
  /** The dashboard's reader (per-day rollups with Redis); without it the events are folded here. */
  metrics?: MetricsReader;
  now?: () => Date;
};

/**
 * Today and the last 7 days (today and the 6 days before) as the dashboard computes them: from its
 * reader when there is one (the per-day rollups), else `computeMetrics` over the event log.
 */
async function figures(deps: StatsDeps): Promise<{ day: Metrics; week: Metrics }> {
  const now = deps.now?.() ?? new Date();
  if (deps.metrics) {
    const iso = (t: number) => new Date(t).toISOString();
    const today = startOfDay(now).getTime();
    const [day, week] = await Promise.all([
      deps.metrics.read(deps.tenantId, { from: iso(today), to: iso(now.getTime()) }),
      deps.metrics.read(deps.tenantId, { from: iso(today - 6 * DAY_MS), to: iso(now.getTime()) }),
    ]);
    return { day: day.total, week: week.total };
  }
  const end = new Date(now.getTime() + 1).toISOString();
  // Reopens and repeat contacts look back: read two weeks, count the last one.
  const events = await deps.events.list(deps.tenantId, new Date(now.getTime() - 14 * DAY_MS).toISOString(), end);
  return {
    day: computeMetrics(events, { from: startOfDay(now).toISOString(), to: end }).total,
    week: computeMetrics(events, { from: new Date(now.getTime() - 7 * DAY_MS).toISOString(), to: end }).total,
  };
}

/** Today: handoffs by reason, median time to claim, SLA breaches. */
export function todayLine(day: Metrics): string {
  const reasons = Object.entries(day.reasonShares)
    .sort((a, b) => b[1] - a[1])
    .map(([r, share]) => `${r.replace(/_/g, ' ')} ${Math.round(share * day.handoffs)}`)
    .join(', ');
  return `*Today*: ${day.handoffs} handoffs${reasons ? ` (${reasons})` : ''} · median time to claim ${mins(day.timeToClaimMs.p50)} · SLA breaches ${day.slaBreaches}`;
}

/**
 * The closed loop of the last 7 days: handoff rate, first-contact resolution, re-ask rate with the
 * (top 3) fields agents asked for again, time to claim and to first reply, CSAT against the bot's.
 */
export function weekLine(week: Metrics): string {
  const fields = Object.entries(week.reAskedFields)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([f, n]) => `${f} ${n}`)
    .join(', ');
  const csat =
    week.csat.delta === undefined
      ? 'n/a'
      : `${week.csat.delta >= 0 ? '+' : ''}${Math.round(week.csat.delta * 100)} pts vs the bot`;
  return `*Last 7 days*: ${week.handoffs} handoffs · handoff rate ${pct(week.handoffRate)} · solved first time ${pct(week.fcr)} · customers re-asked ${pct(week.reAskRate)}${fields ? ` (${fields})` : ''} · claim p50 ${mins(week.timeToClaimMs.p50)}, first reply p50 ${mins(week.timeToFirstReplyMs.p50)} · CSAT ${csat}`;
}

/** `/baton stats`: today's line, then the last 7 days. */
export async function statsText(deps: StatsDeps): Promise<string> {
  const { day, week } = await figures(deps);
  return `${todayLine(day)}\n${weekLine(week)}`;
}

/** The weekly digest's figures: the last 7 days only. */
export async function weekText(deps: StatsDeps): Promise<string> {
  return weekLine((await figures(deps)).week);
}
