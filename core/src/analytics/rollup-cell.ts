import { DIMENSIONS, type Dims, type HandoffFacts, type ResolvedFacts } from './handoff-facts';
import {
  completenessBand,
  isFirstContactResolved,
  type CompletenessBand,
  type Metrics,
  type Quantiles,
} from './metrics';
import {
  emptySketch,
  sketchAdd,
  sketchCount,
  sketchMerge,
  sketchQuantile,
  type QuantileSketch,
} from './quantile-sketch';

type BandCell = { handoffs: number; fcr: number; resolutionMs: QuantileSketch };

/**
 * A mergeable partial aggregate of the handoffs (and bot-resolved conversations) that share one value of
 * every dimension: counts, sums and quantile sketches, so cells add up into any period, filter or group
 * and give the same figures as `computeMetrics` over the same handoffs (quantiles within the sketch's
 * error). Plain JSON, cached per day.
 */
export type RollupCell = {
  /** The value of each of DIMENSIONS, in that order; null when the handoff had none. */
  dims: (string | null)[];
  handoffs: number;
  botResolved: number;
  alerted: number;
  claimed: number;
  firstReply: number;
  solved: number;
  /** Solved and not reopened within 7 days of the solve. */
  fcr: number;
  repeat: number;
  slaBreaches: number;
  reAsk: number;
  reAskedFields: Record<string, number>;
  /** [satisfied, rated] of handed-off tickets and of bot-resolved conversations. */
  csatHandoff: [number, number];
  csatBot: [number, number];
  claimMs: QuantileSketch;
  firstReplyMs: QuantileSketch;
  bands: Record<CompletenessBand, BandCell>;
};

const BANDS: CompletenessBand[] = ['low', 'medium', 'high'];

/** The cell key of a set of dimension values (JSON of the values in DIMENSIONS order). */
export function dimValues(dims: Dims): (string | null)[] {
  return DIMENSIONS.map((d) => dims[d] ?? null);
}

export function emptyCell(dims: (string | null)[]): RollupCell {
  return {
    dims,
    handoffs: 0,
    botResolved: 0,
    alerted: 0,
    claimed: 0,
    firstReply: 0,
    solved: 0,
    fcr: 0,
    repeat: 0,
    slaBreaches: 0,
    reAsk: 0,
    reAskedFields: {},
    csatHandoff: [0, 0],
    csatBot: [0, 0],
    claimMs: emptySketch(),
    firstReplyMs: emptySketch(),
    bands: {
      low: { handoffs: 0, fcr: 0, resolutionMs: emptySketch() },
      medium: { handoffs: 0, fcr: 0, resolutionMs: emptySketch() },
      high: { handoffs: 0, fcr: 0, resolutionMs: emptySketch() },
    },
  };
}

const since = (from: string, to: string) => Date.parse(to) - Date.parse(from);

export function addHandoff(cell: RollupCell, h: HandoffFacts, isRepeat: boolean): void {
  const fcr = isFirstContactResolved(h);
  cell.handoffs += 1;
  if (h.alertedAt) cell.alerted += 1;
  if (h.claimedAt) {
    cell.claimed += 1;
    sketchAdd(cell.claimMs, since(h.receivedAt, h.claimedAt));
  }
  if (h.firstReplyAt) {
    cell.firstReply += 1;
    sketchAdd(cell.firstReplyMs, since(h.receivedAt, h.firstReplyAt));
  }
  if (h.solvedAt) cell.solved += 1;
  if (fcr) cell.fcr += 1;
  if (isRepeat) cell.repeat += 1;
  cell.slaBreaches += h.slaBreaches;
  if (h.reAskByAgent || h.reAskedFields.length > 0) cell.reAsk += 1;
  for (const f of h.reAskedFields) cell.reAskedFields[f] = (cell.reAskedFields[f] ?? 0) + 1;
  if (h.csat !== undefined) {
    cell.csatHandoff[0] += h.csat;
    cell.csatHandoff[1] += 1;
  }
  if (h.completeness !== undefined) {
    const band = cell.bands[completenessBand(h.completeness)];
    band.handoffs += 1;
    if (fcr) band.fcr += 1;
    if (h.solvedAt) sketchAdd(band.resolutionMs, since(h.receivedAt, h.solvedAt));
  }
}

export function addResolved(cell: RollupCell, r: ResolvedFacts): void {
  cell.botResolved += 1;
  if (r.csat !== undefined) {
    cell.csatBot[0] += r.csat;
    cell.csatBot[1] += 1;
  }
}

/** Adds `from` into `into` (dims are left as they are). */
export function mergeCell(into: RollupCell, from: RollupCell): void {
  into.handoffs += from.handoffs;
  into.botResolved += from.botResolved;
  into.alerted += from.alerted;
  into.claimed += from.claimed;
  into.firstReply += from.firstReply;
  into.solved += from.solved;
  into.fcr += from.fcr;
  into.repeat += from.repeat;
  into.slaBreaches += from.slaBreaches;
  into.reAsk += from.reAsk;
  for (const f in from.reAskedFields) into.reAskedFields[f] = (into.reAskedFields[f] ?? 0) + from.reAskedFields[f]!;
  into.csatHandoff[0] += from.csatHandoff[0];
  into.csatHandoff[1] += from.csatHandoff[1];
  into.csatBot[0] += from.csatBot[0];
  into.csatBot[1] += from.csatBot[1];
  sketchMerge(into.claimMs, from.claimMs);
  sketchMerge(into.firstReplyMs, from.firstReplyMs);
  for (const b of BANDS) {
    into.bands[b].handoffs += from.bands[b].handoffs;
    into.bands[b].fcr += from.bands[b].fcr;
    sketchMerge(into.bands[b].resolutionMs, from.bands[b].resolutionMs);
  }
}

const ratio = (n: number, d: number): number | undefined => (d === 0 ? undefined : n / d);
const quantiles = (s: QuantileSketch): Quantiles => ({
  p50: sketchQuantile(s, 50),
  p90: sketchQuantile(s, 90),
  n: sketchCount(s),
});

/**
 * The figures of merged cells, as `computeMetrics` defines them. `reasons` are the handoffs per reason
 * (a dimension of the cells, so the caller counts them while merging).
 */
export function metricsOfCell(c: RollupCell, reasons: Record<string, number>): Metrics {
  const n = c.handoffs;
  const reasonShares: Record<string, number> = {};
  for (const r of Object.keys(reasons)) if (reasons[r]! > 0) reasonShares[r] = reasons[r]! / n;
  const csatH = ratio(c.csatHandoff[0], c.csatHandoff[1]);
  const csatB = ratio(c.csatBot[0], c.csatBot[1]);
  const band = (b: CompletenessBand) => ({
    handoffs: c.bands[b].handoffs,
    fcr: ratio(c.bands[b].fcr, c.bands[b].handoffs),
    timeToResolutionMs: quantiles(c.bands[b].resolutionMs),
  });
  return {
    handoffs: n,
    botResolved: c.botResolved,
    handoffRate: ratio(n, n + c.botResolved),
    reasonShares,
    timeToClaimMs: quantiles(c.claimMs),
    timeToFirstReplyMs: quantiles(c.firstReplyMs),
    slaBreaches: c.slaBreaches,
    fcr: ratio(c.fcr, n),
    repeatContactRate: ratio(c.repeat, n),
    csat: {
      handoff: csatH,
      botResolved: csatB,
      all: ratio(c.csatHandoff[0] + c.csatBot[0], c.csatHandoff[1] + c.csatBot[1]),
      delta: csatH !== undefined && csatB !== undefined ? csatH - csatB : undefined,
    },
    reAskRate: ratio(c.reAsk, n),
    reAskedFields: { ...c.reAskedFields },
    funnel: {
      handedOff: n,
      alerted: c.alerted,
      claimed: c.claimed,
      firstReply: c.firstReply,
      solved: c.solved,
      notReopened: c.fcr,
    },
    completeness: { low: band('low'), medium: band('medium'), high: band('high') },
  };
}
