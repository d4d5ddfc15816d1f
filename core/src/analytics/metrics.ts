import type { LifecycleEvent } from '../ports';
import { foldEvents, type Dimension, type HandoffFacts, type ResolvedFacts } from './handoff-facts';
import { percentile } from './percentile';

export const DAY_MS = 86_400_000;
export const FCR_WINDOW_MS = 7 * DAY_MS;
export const REPEAT_WINDOW_MS = 2 * DAY_MS;
export type GroupBy = 'all' | 'day' | Dimension;
export type CompletenessBand = 'low' | 'medium' | 'high';

export type Quantiles = { p50?: number; p90?: number; n: number };
export type Metrics = {
  handoffs: number;
  botResolved: number;
  /** handoffs / (handoffs + bot-resolved conversations). */
  handoffRate?: number;
  reasonShares: Record<string, number>;
  /** Milliseconds from handoff to first claim. */
  timeToClaimMs: Quantiles;
  /** Milliseconds from handoff to the agent's first public reply. */
  timeToFirstReplyMs: Quantiles;
  slaBreaches: number;
  /** Share of handoffs solved and not reopened within 7 days of the solve. */
  fcr?: number;
  /** Share of handoffs whose customer handed off again or came back within 48 h. */
  repeatContactRate?: number;
  csat: { handoff?: number; botResolved?: number; all?: number; delta?: number };
  /** Share of handoffs where the agent re-asked something the package held (agent flag or detector). */
  reAskRate?: number;
  reAskedFields: Record<string, number>;
  funnel: {
    handedOff: number;
    alerted: number;
    claimed: number;
    firstReply: number;
    solved: number;
    notReopened: number;
  };
  completeness: Record<CompletenessBand, { handoffs: number; fcr?: number; timeToResolutionMs: Quantiles }>;
};

const ratio = (n: number, d: number): number | undefined => (d === 0 ? undefined : n / d);
const ms = (from: string, to: string | undefined): number | undefined =>
  to === undefined ? undefined : Date.parse(to) - Date.parse(from);
const quantiles = (values: number[]): Quantiles => ({
  p50: percentile(values, 50),
  p90: percentile(values, 90),
  n: values.length,
});
const mean = (values: number[]): number | undefined =>
  values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0) / values.length;

/** Below 0.5 low, below 0.8 medium, else high. */
export function completenessBand(score: number): CompletenessBand {
  return score < 0.5 ? 'low' : score < 0.8 ? 'medium' : 'high';
}

/** Solved, and not reopened within 7 days of the solve. */
const fcrCache = new WeakMap<HandoffFacts, boolean>();
export function isFirstContactResolved(h: HandoffFacts): boolean {
  let v = fcrCache.get(h);
  if (v === undefined) fcrCache.set(h, (v = fcrOf(h)));
  return v;
}
function fcrOf(h: HandoffFacts): boolean {
  if (!h.solvedAt) return false;
  const solved = Date.parse(h.solvedAt);
  return !h.reopenedAt.some((r) => Date.parse(r) >= solved && Date.parse(r) - solved <= FCR_WINDOW_MS);
}

/** Ids of handoffs followed, within 48 h, by another contact (handoff or new conversation) of the same customer. */
export function repeatContacts(handoffs: readonly HandoffFacts[], resolved: readonly ResolvedFacts[]): Set<string> {
  const contacts = new Map<string, number[]>();
  const add = (key: string | undefined, at: string) => {
    if (!key) return;
    const list = contacts.get(key) ?? [];
    list.push(Date.parse(at));
    contacts.set(key, list);
  };
  for (const h of handoffs) add(h.customerKey, h.receivedAt);
  for (const r of resolved) add(r.customerKey, r.at);
  const out = new Set<string>();
  for (const h of handoffs) {
    if (!h.customerKey) continue;
    const t = Date.parse(h.receivedAt);
    if ((contacts.get(h.customerKey) ?? []).some((c) => c > t && c - t <= REPEAT_WINDOW_MS)) out.add(h.handoffId);
  }
  return out;
}

function metricsOf(handoffs: HandoffFacts[], resolved: ResolvedFacts[], repeats: Set<string>): Metrics {
  const n = handoffs.length;
  const reasons: Record<string, number> = {};
  for (const h of handoffs) {
    const r = h.dims.reason ?? 'unknown';
    reasons[r] = (reasons[r] ?? 0) + 1;
  }
  for (const r of Object.keys(reasons)) reasons[r] = reasons[r]! / n;
  const fields: Record<string, number> = {};
  for (const h of handoffs) for (const f of h.reAskedFields) fields[f] = (fields[f] ?? 0) + 1;
  const handoffCsat = handoffs.flatMap((h) => (h.csat === undefined ? [] : [h.csat]));
  const botCsat = resolved.flatMap((r) => (r.csat === undefined ? [] : [r.csat]));
  const csatH = mean(handoffCsat);
  const csatB = mean(botCsat);
  const band = (b: CompletenessBand) => {
    const hs = handoffs.filter((h) => h.completeness !== undefined && completenessBand(h.completeness) === b);
    return {
      handoffs: hs.length,
      fcr: ratio(hs.filter(isFirstContactResolved).length, hs.length),
      timeToResolutionMs: quantiles(hs.flatMap((h) => (h.solvedAt ? [ms(h.receivedAt, h.solvedAt)!] : []))),
    };
  };
  return {
    handoffs: n,
    botResolved: resolved.length,
    handoffRate: ratio(n, n + resolved.length),
    reasonShares: reasons,
    timeToClaimMs: quantiles(handoffs.flatMap((h) => (h.claimedAt ? [ms(h.receivedAt, h.claimedAt)!] : []))),
    timeToFirstReplyMs: quantiles(handoffs.flatMap((h) => (h.firstReplyAt ? [ms(h.receivedAt, h.firstReplyAt)!] : []))),
    slaBreaches: handoffs.reduce((s, h) => s + h.slaBreaches, 0),
    fcr: ratio(handoffs.filter(isFirstContactResolved).length, n),
    repeatContactRate: ratio(handoffs.filter((h) => repeats.has(h.handoffId)).length, n),
    csat: {
      handoff: csatH,
      botResolved: csatB,
      all: mean([...handoffCsat, ...botCsat]),
      delta: csatH !== undefined && csatB !== undefined ? csatH - csatB : undefined,
    },
    reAskRate: ratio(handoffs.filter((h) => h.reAskByAgent || h.reAskedFields.length > 0).length, n),
    reAskedFields: fields,
    funnel: {
      handedOff: n,
      alerted: handoffs.filter((h) => h.alertedAt).length,
      claimed: handoffs.filter((h) => h.claimedAt).length,
      firstReply: handoffs.filter((h) => h.firstReplyAt).length,
      solved: handoffs.filter((h) => h.solvedAt).length,
      notReopened: handoffs.filter(isFirstContactResolved).length,
    },
    completeness: { low: band('low'), medium: band('medium'), high: band('high') },
  };
}

export type MetricsQuery = {
  from: string;
  to: string;
  by?: GroupBy;
  filter?: Partial<Record<Dimension, string>>;
};

/** Every figure for [from, to), grouped (by day or a dimension), derived from the events alone. */
export function computeMetrics(
  events: readonly LifecycleEvent[],
  q: MetricsQuery,
): { total: Metrics; groups: Record<string, Metrics> } {
  const { handoffs: allH, resolved: allR } = foldEvents(events);
  const repeats = repeatContacts(allH, allR);
  const match = (dims: Partial<Record<Dimension, string>>) =>
    Object.entries(q.filter ?? {}).every(([k, v]) => v === undefined || dims[k as Dimension] === v);
  const inRange = (at: string) => at >= q.from && at < q.to;
  const handoffs = allH.filter((h) => inRange(h.receivedAt) && match(h.dims));
  const resolved = allR.filter((r) => inRange(r.at) && match(r.dims));
  const by = q.by ?? 'all';
  const groups: Record<string, Metrics> = {};
  if (by !== 'all') {
    const keyOf = (at: string, dims: Partial<Record<Dimension, string>>) =>
      by === 'day' ? at.slice(0, 10) : (dims[by] ?? 'unknown');
    const hs = new Map<string, HandoffFacts[]>();
    const rs = new Map<string, ResolvedFacts[]>();
    const push = <T>(m: Map<string, T[]>, k: string, v: T) => {
      const list = m.get(k);
      if (list) list.push(v);
      else m.set(k, [v]);
    };
    for (const h of handoffs) push(hs, keyOf(h.receivedAt, h.dims), h);
    for (const r of resolved) push(rs, keyOf(r.at, r.dims), r);
    for (const k of [...new Set([...hs.keys(), ...rs.keys()])].sort())
      groups[k] = metricsOf(hs.get(k) ?? [], rs.get(k) ?? [], repeats);
  }
  return { total: metricsOf(handoffs, resolved, repeats), groups };
}

/** Reason shares of the week ending at `to` against the week before, and the move in share points. */
export function reasonsWeekOnWeek(
  events: readonly LifecycleEvent[],
  to: string,
): Record<string, { thisWeek: number; lastWeek: number; change: number }> {
  const end = Date.parse(to);
  const iso = (t: number) => new Date(t).toISOString();
  const cur = computeMetrics(events, { from: iso(end - 7 * DAY_MS), to }).total.reasonShares;
  const prev = computeMetrics(events, { from: iso(end - 14 * DAY_MS), to: iso(end - 7 * DAY_MS) }).total.reasonShares;
  const out: Record<string, { thisWeek: number; lastWeek: number; change: number }> = {};
  for (const r of new Set([...Object.keys(cur), ...Object.keys(prev)])) {
    const a = cur[r] ?? 0;
    const b = prev[r] ?? 0;
    out[r] = { thisWeek: a, lastWeek: b, change: a - b };
  }
  return out;
}
