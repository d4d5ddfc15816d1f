import type { LifecycleEvent } from '../ports';

export type Dimension = 'day' | 'bot' | 'intent' | 'reason' | 'channel' | 'priority' | 'team';

type Handoff = {
  id: string;
  at: number;
  dims: Record<Exclude<Dimension, 'day'>, string>;
  day: string;
  customerKey?: string;
  completeness?: number;
  claimedAt?: number;
  firstReplyAt?: number;
  solvedAt?: number;
  reopenedAt: number[];
  csat?: number;
  reAsked: boolean;
  reAskedFields: string[];
  slaBreached: boolean;
};

export type Metrics = {
  handoffs: number;
  resolvedByBot: number;
  /** handoffs / (handoffs + conversations the bot resolved). */
  handoffRate: number | null;
  reasonShare: Record<string, number>;
  timeToClaimSec: { p50: number | null; p90: number | null };
  timeToFirstReplySec: { p50: number | null; p90: number | null };
  slaBreaches: number;
  /** Handed-off tickets solved and not reopened within 7 days, over the solved ones. */
  firstContactResolution: number | null;
  /** Share of handoffs whose customer handed off again within 48 h. */
  repeatContactRate: number | null;
  csat: { handedOff: number | null; botResolved: number | null; all: number | null; delta: number | null };
  /** Share of handoffs where the customer was asked again for something the package held. */
  reAskRate: number | null;
  reAskedFields: Record<string, number>;
  completeness: { bands: Record<string, number>; fcrByBand: Record<string, number | null> };
};

const DAY = 86_400_000;
const pct = (xs: number[], p: number): number | null => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};
const ratio = (a: number, b: number): number | null => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);
const mean = (xs: number[]): number | null =>
  xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 1000) / 1000 : null;
const band = (c: number | undefined) =>
  c === undefined ? 'unknown' : c < 0.5 ? '<50%' : c < 0.8 ? '50-79%' : '80-100%';

/** A satisfaction rating as a number in 0..1: Zendesk's "good"/"bad", or a score on a 1-5 scale. */
export function csatValue(score: unknown): number | undefined {
  const s = String(score ?? '')
    .trim()
    .toLowerCase();
  if (s === 'good' || s === 'positive') return 1;
  if (s === 'bad' || s === 'negative') return 0;
  const n = Number(s);
  return s !== '' && Number.isFinite(n) && n >= 1 && n <= 5 ? (n - 1) / 4 : undefined;
}

/** Folds the events of a period into one record per handoff (events may arrive in any order). */
export function foldHandoffs(events: LifecycleEvent[]): {
  handoffs: Map<string, Handoff>;
  resolved: LifecycleEvent[];
  ratedTickets: number[];
} {
  const handoffs = new Map<string, Handoff>();
  const resolved: LifecycleEvent[] = [];
  const ratedTickets: number[] = [];
  const sorted = [...events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  // two passes: the handoffs first, so an event recorded out of order still finds its handoff
  for (const e of sorted) {
    if (e.kind === 'conversation_resolved') {
      resolved.push(e);
      continue;
    }
    if (e.kind === 'handoff_received' && e.handoffId) {
      const d = e.data;
      handoffs.set(e.handoffId, {
        id: e.handoffId,
        at: Date.parse(e.at),
        day: e.at.slice(0, 10),
        dims: {
          bot: String(d.bot ?? 'unknown'),
          intent: String(d.intent ?? 'unknown'),
          reason: String(d.reason ?? 'unknown'),
          channel: String(d.channel ?? 'chat'),
          priority: String(d.priority ?? 'normal'),
          team: 'unrouted',
        },
        ...(typeof d.customerKey === 'string' ? { customerKey: d.customerKey } : {}),
        ...(typeof d.completeness === 'number' ? { completeness: d.completeness } : {}),
        reopenedAt: [],
        reAsked: false,
        reAskedFields: [],
        slaBreached: false,
      });
    }
  }
  for (const e of sorted) {
    if (e.kind === 'conversation_resolved' || e.kind === 'handoff_received') continue;
    if (e.kind === 'satisfaction_rated') {
      const v = csatValue(e.data.score);
      if (v !== undefined) ratedTickets.push(v);
    }
    const h = e.handoffId ? handoffs.get(e.handoffId) : undefined;
    if (!h) continue;
    const t = Date.parse(e.at);
    switch (e.kind) {
      case 'alert_posted':
        h.dims.team = String(e.data.channel ?? 'unrouted');
        break;
      case 'claimed':
        h.claimedAt ??= t;
        break;
      case 'first_agent_reply': {
        h.firstReplyAt ??= t;
        const fields = Array.isArray(e.data.reAskedFields) ? (e.data.reAskedFields as string[]) : [];
        if (fields.length) {
          h.reAsked = true;
          h.reAskedFields.push(...fields);
        }
        break;
      }
      case 'solved':
        h.solvedAt ??= t;
        break;
      case 'reopened':
        h.reopenedAt.push(t);
        break;
      case 'satisfaction_rated': {
        const v = csatValue(e.data.score);
        if (v !== undefined) h.csat = v;
        break;
      }
      case 'context_feedback':
        if (e.data.hadToReAsk === true) {
          h.reAsked = true;
          const missing = Array.isArray(e.data.missingFields) ? (e.data.missingFields as string[]) : [];
          h.reAskedFields.push(...(missing.length ? missing : ['(agent said so)']));
        }
        break;
      case 'sla_breached':
        h.slaBreached = true;
        break;
    }
  }
  return { handoffs, resolved, ratedTickets };
}

/** Every figure of the closed loop, derived from the events alone (nothing maintained on the side). */
export function computeMetrics(events: LifecycleEvent[]): Metrics {
  const { handoffs, resolved, ratedTickets } = foldHandoffs(events);
  const all = [...handoffs.values()];
  const reasonCount: Record<string, number> = {};
  for (const h of all) reasonCount[h.dims.reason] = (reasonCount[h.dims.reason] ?? 0) + 1;
  const reasonShare = Object.fromEntries(Object.entries(reasonCount).map(([k, v]) => [k, ratio(v, all.length) ?? 0]));

  const fcrOf = (hs: Handoff[]) => {
    const solved = hs.filter((h) => h.solvedAt !== undefined);
    const kept = solved.filter((h) => !h.reopenedAt.some((r) => r >= h.solvedAt! && r - h.solvedAt! <= 7 * DAY));
    return ratio(kept.length, solved.length);
  };

  const byCustomer = new Map<string, number[]>();
  for (const h of all)
    if (h.customerKey) byCustomer.set(h.customerKey, [...(byCustomer.get(h.customerKey) ?? []), h.at]);
  const repeated = all.filter(
    (h) => h.customerKey && byCustomer.get(h.customerKey)!.some((t) => t > h.at && t - h.at <= 2 * DAY),
  ).length;

  const handedCsat = all.map((h) => h.csat).filter((x): x is number => x !== undefined);
  const botCsat = resolved.map((e) => csatValue(e.data.csat)).filter((x): x is number => x !== undefined);
  const allCsat = [...ratedTickets, ...botCsat];
  const csat = {
    handedOff: mean(handedCsat),
    botResolved: mean(botCsat),
    all: mean(allCsat),
    delta: null as number | null,
  };
  if (csat.handedOff !== null && csat.all !== null) csat.delta = Math.round((csat.handedOff - csat.all) * 1000) / 1000;

  const reAskedFields: Record<string, number> = {};
  for (const h of all) for (const f of new Set(h.reAskedFields)) reAskedFields[f] = (reAskedFields[f] ?? 0) + 1;

  const bands: Record<string, number> = {};
  const byBand = new Map<string, Handoff[]>();
  for (const h of all) {
    const b = band(h.completeness);
    bands[b] = (bands[b] ?? 0) + 1;
    byBand.set(b, [...(byBand.get(b) ?? []), h]);
  }

  return {
    handoffs: all.length,
    resolvedByBot: resolved.length,
    handoffRate: ratio(all.length, all.length + resolved.length),
    reasonShare,
    timeToClaimSec: {
      p50: pct(
        all.filter((h) => h.claimedAt !== undefined).map((h) => (h.claimedAt! - h.at) / 1000),
        50,
      ),
      p90: pct(
        all.filter((h) => h.claimedAt !== undefined).map((h) => (h.claimedAt! - h.at) / 1000),
        90,
      ),
    },
    timeToFirstReplySec: {
      p50: pct(
        all.filter((h) => h.firstReplyAt !== undefined).map((h) => (h.firstReplyAt! - h.at) / 1000),
        50,
      ),
      p90: pct(
        all.filter((h) => h.firstReplyAt !== undefined).map((h) => (h.firstReplyAt! - h.at) / 1000),
        90,
      ),
    },
    slaBreaches: all.filter((h) => h.slaBreached).length,
    firstContactResolution: fcrOf(all),
    repeatContactRate: ratio(repeated, all.length),
    csat,
    reAskRate: ratio(all.filter((h) => h.reAsked).length, all.length),
    reAskedFields,
    completeness: { bands, fcrByBand: Object.fromEntries([...byBand.entries()].map(([b, hs]) => [b, fcrOf(hs)])) },
  };
}

/** The same figures per value of a dimension (day, bot, intent, reason, channel, priority, team). */
export function computeMetricsBy(events: LifecycleEvent[], by: Dimension): Record<string, Metrics> {
  const { handoffs } = foldHandoffs(events);
  const groupOf = new Map<string, string>();
  for (const h of handoffs.values()) groupOf.set(h.id, by === 'day' ? h.day : h.dims[by]);
  const groups = new Map<string, LifecycleEvent[]>();
  for (const e of events) {
    const g = e.handoffId
      ? groupOf.get(e.handoffId)
      : e.kind === 'conversation_resolved'
        ? by === 'day'
          ? e.at.slice(0, 10)
          : by === 'bot' || by === 'intent' || by === 'channel'
            ? String(e.data[by] ?? 'unknown')
            : undefined
        : undefined;
    if (g === undefined) continue;
    groups.set(g, [...(groups.get(g) ?? []), e]);
  }
  return Object.fromEntries([...groups.entries()].sort().map(([g, es]) => [g, computeMetrics(es)]));
}
