import { readReasonsWeekOnWeek, type MetricsReader, type TenantId } from '@baton/core';
import { resolvePeriod, type AnalyticsQuery } from './analytics-query';

/** The body of `GET /v1/analytics`: the period's figures (grouped, filtered) and the reasons week on week. */
export async function answerAnalytics(metrics: MetricsReader, tenantId: TenantId, q: AnalyticsQuery, now: Date) {
  const period = resolvePeriod(q, now);
  const filter = {
    bot: q.bot,
    intent: q.intent,
    reason: q.reason,
    channel: q.channel,
    priority: q.priority,
    team: q.team,
  };
  const [{ from, to, total, groups }, reasonsWeekOnWeek] = await Promise.all([
    metrics.read(tenantId, { ...period, by: q.by, filter }),
    readReasonsWeekOnWeek(metrics, tenantId, period.to),
  ]);
  return { from, to, by: q.by, filter, total, groups, reasonsWeekOnWeek };
}
