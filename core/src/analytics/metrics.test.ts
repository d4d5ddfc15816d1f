import { describe, expect, it } from 'vitest';
import { computeMetrics, reasonsWeekOnWeek } from './metrics';
import { DAY, HOUR, MIN, T, ev, history, iso } from './sample-history';

const range = { from: iso(T), to: iso(T + 30 * DAY) };

describe('metrics on a hand-computed history', () => {
  const { total } = computeMetrics(history(), range);

  it('handoff rate: 10 handoffs against 17 bot-resolved conversations', () => {
    expect(total.handoffs).toBe(10);
    expect(total.botResolved).toBe(17);
    expect(total.handoffRate).toBeCloseTo(10 / 27, 10);
  });
  it('reason shares', () => expect(total.reasonShares).toEqual({ refund: 0.4, technical: 0.6 }));
  it('time to claim and to first reply, p50 and p90 (nearest rank)', () => {
    expect(total.timeToClaimMs).toEqual({ p50: 10 * MIN, p90: 18 * MIN, n: 10 });
    expect(total.timeToFirstReplyMs).toEqual({ p50: 13 * MIN, p90: 21 * MIN, n: 8 });
  });
  it('SLA breaches', () => expect(total.slaBreaches).toBe(2));
  it('FCR: 10 solved, 3 reopened within 7 days -> 0.70 (a reopen after 8 days does not count)', () =>
    expect(total.fcr).toBeCloseTo(0.7, 10));
  it('repeat contact within 48 h: h0 (handoff again) and h2 (new conversation); not h1 (3 days later)', () =>
    expect(total.repeatContactRate).toBeCloseTo(0.2, 10));
  it('CSAT delta: 3/4 on handoffs vs 3/5 bot-resolved', () => {
    expect(total.csat.handoff).toBe(0.75);
    expect(total.csat.botResolved).toBe(0.6);
    expect(total.csat.delta).toBeCloseTo(0.15, 10);
    expect(total.csat.all).toBeCloseTo(6 / 9, 10);
  });
  it('re-ask rate from the agent flag and the detector, with the fields', () => {
    expect(total.reAskRate).toBeCloseTo(0.3, 10);
    expect(total.reAskedFields).toEqual({ 'entities.orderIds': 1, 'customer.email': 1, attempted: 1 });
  });
  it('funnel', () =>
    expect(total.funnel).toEqual({
      handedOff: 10,
      alerted: 10,
      claimed: 10,
      firstReply: 8,
      solved: 10,
      notReopened: 7,
    }));
  it('completeness bands with FCR and time to resolution', () => {
    expect(total.completeness.low).toEqual({
      handoffs: 4,
      fcr: 0.25,
      timeToResolutionMs: { p50: DAY, p90: DAY, n: 4 },
    });
    expect(total.completeness.medium.handoffs).toBe(3);
    expect(total.completeness.medium.fcr).toBe(1);
    expect(total.completeness.high.handoffs).toBe(3);
  });
});

describe('grouped and filtered', () => {
  const events = history();
  it('per day', () => {
    const { groups } = computeMetrics(events, { ...range, by: 'day' });
    expect(groups['2026-11-02']?.handoffs).toBe(8);
    expect(groups['2026-11-03']?.handoffs).toBe(2);
    expect(groups['2026-11-03']?.slaBreaches).toBe(2);
    expect(groups['2026-11-02']?.botResolved).toBe(15);
  });
  it('per bot: handoff rate uses that bot conversations', () => {
    const { groups } = computeMetrics(events, { ...range, by: 'bot' });
    expect(groups.shop?.handoffs).toBe(6);
    expect(groups.shop?.handoffRate).toBeCloseTo(6 / 18, 10);
    expect(groups.billing?.handoffRate).toBeCloseTo(4 / 9, 10);
    expect(groups.billing?.fcr).toBe(1);
  });
  it('per reason, channel, priority, intent, team', () => {
    expect(computeMetrics(events, { ...range, by: 'reason' }).groups.refund?.fcr).toBe(0.25);
    expect(computeMetrics(events, { ...range, by: 'channel' }).groups.email?.handoffs).toBe(5);
    expect(computeMetrics(events, { ...range, by: 'priority' }).groups.urgent?.slaBreaches).toBe(1);
    expect(computeMetrics(events, { ...range, by: 'intent' }).groups.order_status?.handoffs).toBe(10);
    const team = computeMetrics(events, { ...range, by: 'team' }).groups;
    expect(team.tier2?.fcr).toBeCloseTo(0.6, 10); // h1,h3 of h1,h3,h5,h7,h9 reopened
    expect(team.tier1?.fcr).toBeCloseTo(0.8, 10); // h2 of h0,h2,h4,h6,h8
  });
  it('filter', () =>
    expect(computeMetrics(events, { ...range, filter: { bot: 'billing', reason: 'technical' } }).total.handoffs).toBe(
      4,
    ));
  it('period: handoffs outside [from, to) are left out', () =>
    expect(computeMetrics(events, { from: iso(T), to: iso(T + DAY) }).total.handoffs).toBe(8));
});

describe('reasons week on week', () => {
  it('shares of this week against last week', () => {
    const e = [
      ev('handoff_received', T + HOUR, 'a1', { reason: 'refund' }),
      ev('handoff_received', T + 2 * HOUR, 'a2', { reason: 'refund' }),
      ev('handoff_received', T + 3 * HOUR, 'a3', { reason: 'refund' }),
      ev('handoff_received', T + 4 * HOUR, 'a4', { reason: 'technical' }),
      ev('handoff_received', T + 8 * DAY, 'b1', { reason: 'refund' }),
      ev('handoff_received', T + 8 * DAY, 'b2', { reason: 'technical' }),
    ];
    const w = reasonsWeekOnWeek(e, iso(T + 14 * DAY));
    expect(w.refund).toEqual({ thisWeek: 0.5, lastWeek: 0.75, change: -0.25 });
    expect(w.technical).toEqual({ thisWeek: 0.5, lastWeek: 0.25, change: 0.25 });
  });
});
