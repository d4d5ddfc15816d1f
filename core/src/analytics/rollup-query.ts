import { DIMENSIONS, type Dimension } from './handoff-facts';
import type { DayRollup } from './day-rollup';
import { DAY_MS, type GroupBy, type Metrics, type MetricsQuery } from './metrics';
import { emptyCell, mergeCell, metricsOfCell, type RollupCell } from './rollup-cell';

/**
 * Rollups answer in whole UTC days: a period's start is rounded down and its end up to midnight (UTC).
 */
export function snapPeriod(from: string, to: string): { from: string; to: string } {
  const f = Math.floor(Date.parse(from) / DAY_MS) * DAY_MS;
  const t = Math.ceil(Date.parse(to) / DAY_MS) * DAY_MS;
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
 * Every figure for [from, to) (snapped to whole days), grouped and filtered as `computeMetrics` does,
 * from the rollups of the days in the period. Counts and shares equal `computeMetrics` over the same handoffs; p50/p90
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
    if (dayStart >= start && dayStart < end) for (const c of r.cells) take(r.day, c);
  }
  const out: Record<string, Metrics> = {};
  for (const k of [...groups.keys()].sort()) {
    const g = groups.get(k)!;
    out[k] = metricsOfCell(g.cell, g.reasons);
  }
  return { from, to, total: metricsOfCell(total.cell, total.reasons), groups: out };
}

/** The dimensions a query reads: reason (for the reason shares), its filters and its grouping. */
export function dimensionsOf(q: MetricsQuery): Dimension[] {
  const keep = new Set<Dimension>(['reason']);
  for (const [k, v] of Object.entries(q.filter ?? {})) if (v !== undefined) keep.add(k as Dimension);
  if (q.by && q.by !== 'all' && q.by !== 'day') keep.add(q.by);
  return DIMENSIONS.filter((d) => keep.has(d));
}

/**
 * A day's rollup with the cells merged over every dimension but `keep` (the others read as null): the
 * same figures for any query that filters and groups by `keep` only, from far fewer cells.
 */
export function projectRollup(r: DayRollup, keep: readonly Dimension[]): DayRollup {
  const kept = DIMENSIONS.map((d) => keep.includes(d));
  const cells = new Map<string, RollupCell>();
  for (const c of r.cells) {
    const dims = c.dims.map((v, i) => (kept[i] ? v : null));
    const key = dims.map((d) => d ?? '\u0001').join('\u0000');
    let p = cells.get(key);
    if (!p) cells.set(key, (p = emptyCell(dims)));
    mergeCell(p, c);
  }
  return { day: r.day, cells: [...cells.values()] };
}
