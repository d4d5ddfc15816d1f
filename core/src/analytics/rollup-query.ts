import { DIMENSIONS, type Dimension } from './handoff-facts';
import type { DayRollup } from './day-rollup';
import type { GroupBy, Metrics, MetricsQuery } from './metrics';
import { emptyCell, mergeCell, metricsOfCell, type RollupCell } from './rollup-cell';

const HOUR_MS = 3_600_000;

/**
 * Rollups answer in whole UTC hours: a period's start is rounded down and its end up to the hour
 * (`since=7d` at 14:23 counts from 14:00 seven days ago).
 */
export function snapPeriod(from: string, to: string): { from: string; to: string } {
  const f = Math.floor(Date.parse(from) / HOUR_MS) * HOUR_MS;
  const t = Math.ceil(Date.parse(to) / HOUR_MS) * HOUR_MS;
  return { from: new Date(f).toISOString(), to: new Date(Math.max(t, f)).toISOString() };
}

type Acc = { cell: RollupCell; reasons: Record<string, number> };
const newAcc = (): Acc => ({ cell: emptyCell([]), reasons: {} });
const REASON = DIMENSIONS.indexOf('reason');

function addTo(acc: Acc, c: RollupCell): void {
  mergeCell(acc.cell, c);
  if (c.handoffs > 0) {
    const r = c.dims[REASON] ?? 'unknown';
    acc.reasons[r] = (acc.reasons[r] ?? 0) + c.handoffs;
  }
}

/**
 * Every figure for [from, to) (snapped to whole hours), grouped and filtered as `computeMetrics` does,
 * from the rollups of the days the period touches: whole days from their day cells, the first and last
 * day from their hour cells. Counts and shares equal `computeMetrics` over the same handoffs; p50/p90
 * are within SKETCH_RELATIVE_ERROR.
 */
export function metricsFromRollups(
  rollups: readonly DayRollup[],
  q: MetricsQuery,
): { from: string; to: string; total: Metrics; groups: Record<string, Metrics> } {
  const { from, to } = snapPeriod(q.from, q.to);
  const start = Date.parse(from);
  const end = Date.parse(to);
  const by: GroupBy = q.by ?? 'all';
  const filters = Object.entries(q.filter ?? {}).flatMap(([k, v]) =>
    v === undefined ? [] : [[DIMENSIONS.indexOf(k as Dimension), v] as const],
  );
  const byIndex = by === 'all' || by === 'day' ? -1 : DIMENSIONS.indexOf(by);
  const total = newAcc();
  const groups = new Map<string, Acc>();
  const take = (day: string, c: RollupCell) => {
    for (const [i, v] of filters) if (c.dims[i] !== v) return;
    addTo(total, c);
    if (by === 'all') return;
    const key = by === 'day' ? day : (c.dims[byIndex] ?? 'unknown');
    let g = groups.get(key);
    if (!g) groups.set(key, (g = newAcc()));
    addTo(g, c);
  };
  for (const r of rollups) {
    const dayStart = Date.parse(`${r.day}T00:00:00.000Z`);
    if (dayStart >= end || dayStart + 24 * HOUR_MS <= start) continue;
    if (dayStart >= start && dayStart + 24 * HOUR_MS <= end) for (const c of r.cells) take(r.day, c);
    else
      for (const c of r.hourCells) {
        const h = dayStart + c.hour * HOUR_MS;
        if (h >= start && h < end) take(r.day, c);
      }
  }
  const out: Record<string, Metrics> = {};
  for (const k of [...groups.keys()].sort()) {
    const g = groups.get(k)!;
    out[k] = metricsOfCell(g.cell, g.reasons);
  }
  return { from, to, total: metricsOfCell(total.cell, total.reasons), groups: out };
}
