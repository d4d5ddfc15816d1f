import type { LifecycleEvent } from '../ports';
import { foldEvents, type HandoffFacts } from './handoff-facts';
import { DAY_MS, REPEAT_WINDOW_MS } from './metrics';
import { addHandoff, addResolved, dimValues, emptyCell, type RollupCell } from './rollup-cell';

/**
 * The partial aggregates of one UTC day's cohort: the handoffs received that day with everything that
 * later happened to them (claims, replies, solves, reopens, ratings, whenever they land), and the
 * conversations the bot resolved that day: one cell per combination of dimension values.
 */
export type DayRollup = { day: string; cells: RollupCell[] };

/** `yyyy-mm-dd` of a time in ms. */
export const utcDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/**
 * The customer key of a contact (a handoff received or a conversation the bot resolved), as `foldEvents`
 * reads it; undefined for other events or without a key. Repeat contact looks 48 h past a handoff, so
 * a day's cohort needs the first contact of each customer on the next two days.
 */
export function contactKeyOf(e: LifecycleEvent): string | undefined {
  if (e.kind !== 'handoff_received' && e.kind !== 'conversation_resolved') return undefined;
  const k = e.data.customerKey;
  return typeof k === 'string' && k.length > 0 ? k : undefined;
}

/**
 * Rolls up a day's cohort. `events`: every event of the day plus the later events of the day's handoffs
 * (events of other days' handoffs are ignored); `laterContacts`: the earliest contact time (ms) of each
 * customer on the two following days.
 */
export function rollupDay(
  day: string,
  events: readonly LifecycleEvent[],
  laterContacts: ReadonlyMap<string, number>,
): DayRollup {
  const { handoffs: all, resolved: allR } = foldEvents(events);
  const handoffs = all.filter((h) => h.receivedAt.slice(0, 10) === day);
  const resolved = allR.filter((r) => r.at.slice(0, 10) === day);
  const contacts = new Map<string, number[]>();
  const add = (key: string | undefined, at: string) => {
    if (!key) return;
    const list = contacts.get(key);
    if (list) list.push(Date.parse(at));
    else contacts.set(key, [Date.parse(at)]);
  };
  for (const h of handoffs) add(h.customerKey, h.receivedAt);
  for (const r of resolved) add(r.customerKey, r.at);
  const isRepeat = (h: HandoffFacts): boolean => {
    if (!h.customerKey) return false;
    const t = Date.parse(h.receivedAt);
    const later = laterContacts.get(h.customerKey);
    if (later !== undefined && later > t && later - t <= REPEAT_WINDOW_MS) return true;
    return (contacts.get(h.customerKey) ?? []).some((c) => c > t && c - t <= REPEAT_WINDOW_MS);
  };

  const cells = new Map<string, RollupCell>();
  const cellOf = (dims: (string | null)[]): RollupCell => {
    const key = dims.map((d) => d ?? '\u0001').join('\u0000');
    let c = cells.get(key);
    if (!c) cells.set(key, (c = emptyCell(dims)));
    return c;
  };
  for (const h of handoffs) addHandoff(cellOf(dimValues(h.dims)), h, isRepeat(h));
  for (const r of resolved) addResolved(cellOf(dimValues(r.dims)), r);
  return { day, cells: [...cells.values()] };
}

/** The UTC days (`yyyy-mm-dd`) that [from, to) touches. */
export function daysOf(from: string, to: string): string[] {
  const start = Date.parse(from);
  const end = Date.parse(to);
  const out: string[] = [];
  for (let d = Math.floor(start / DAY_MS) * DAY_MS; d < end; d += DAY_MS) out.push(utcDay(d));
  return out;
}
