import type { EventLog, TenantId } from '../ports';
import { computeMetrics, DAY_MS, type Metrics, type MetricsQuery } from './metrics';
import { snapPeriod } from './rollup-query';

export type MetricsAnswer = { from: string; to: string; total: Metrics; groups: Record<string, Metrics> };

/**
 * Answers analytics queries for a tenant. Periods are whole UTC days (`snapPeriod`). The Redis adapter
 * (webhooks/src/analytics/redis-rollups.ts) merges cached per-day rollups; `createLogMetricsReader` folds
 * the raw events (the in-memory default, and the reference the rollups are tested against).
 */
export interface MetricsReader {
  read(tenantId: TenantId, q: MetricsQuery): Promise<MetricsAnswer>;
}

/** Reads the period's events, and 7 days past its end (later solves, reopens, repeat contacts), and folds them. */
export function createLogMetricsReader(events: EventLog): MetricsReader {
  return {
    async read(tenantId, q) {
      const { from, to } = snapPeriod(q.from, q.to);
      const list = await events.list(tenantId, from, new Date(Date.parse(to) + 7 * DAY_MS).toISOString());
      return { from, to, ...computeMetrics(list, { ...q, from, to }) };
    },
  };
}

/** Reason shares of the week ending at `to` against the week before, and the move in share points. */
export async function readReasonsWeekOnWeek(
  reader: MetricsReader,
  tenantId: TenantId,
  to: string,
): Promise<Record<string, { thisWeek: number; lastWeek: number; change: number }>> {
  const end = Date.parse(snapPeriod(to, to).to);
  const iso = (t: number) => new Date(t).toISOString();
  const [cur, prev] = await Promise.all([
    reader.read(tenantId, { from: iso(end - 7 * DAY_MS), to: iso(end) }),
    reader.read(tenantId, { from: iso(end - 14 * DAY_MS), to: iso(end - 7 * DAY_MS) }),
  ]);
  const out: Record<string, { thisWeek: number; lastWeek: number; change: number }> = {};
  for (const r of new Set([...Object.keys(cur.total.reasonShares), ...Object.keys(prev.total.reasonShares)])) {
    const a = cur.total.reasonShares[r] ?? 0;
    const b = prev.total.reasonShares[r] ?? 0;
    out[r] = { thisWeek: a, lastWeek: b, change: a - b };
  }
  return out;
}
