/** How the Redis adapter partitions a log into day cohorts, in plain code: for tests of the rollups. */
import type { LifecycleEvent } from '../ports';
import { contactKeyOf, rollupDay, utcDay, type DayRollup } from './day-rollup';
import { DAY_MS } from './metrics';

/** The rollup of every day from the first to the last event's day. */
export function rollupsOf(events: readonly LifecycleEvent[]): DayRollup[] {
  if (events.length === 0) return [];
  const receivedDay = new Map<string, string>();
  for (const e of [...events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)))
    if (e.kind === 'handoff_received' && e.handoffId && !receivedDay.has(e.handoffId))
      receivedDay.set(e.handoffId, e.at.slice(0, 10));
  const times = events.map((e) => Date.parse(e.at));
  const first = Math.floor(Math.min(...times) / DAY_MS) * DAY_MS;
  const last = Math.max(...times);
  const out: DayRollup[] = [];
  for (let d = first; d <= last; d += DAY_MS) {
    const day = utcDay(d);
    const cohort = events.filter(
      (e) => e.at.slice(0, 10) === day || (e.handoffId !== undefined && receivedDay.get(e.handoffId) === day),
    );
    const later = new Map<string, number>();
    for (const e of events) {
      const k = contactKeyOf(e);
      const t = Date.parse(e.at);
      if (k && t >= d + DAY_MS && t < d + 3 * DAY_MS && t < (later.get(k) ?? Infinity)) later.set(k, t);
    }
    out.push(rollupDay(day, cohort, later));
  }
  return out;
}
