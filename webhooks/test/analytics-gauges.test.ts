import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { DAY, T, computeMetrics, history } from '@baton/core';
import { MemoryEventLog } from '../src/adapters/memory/event-log';
import { registerAnalyticsGauges } from '../src/analytics/analytics-gauges';

async function scrape(now: number) {
  const events = new MemoryEventLog();
  for (const e of history()) await events.append(e);
  const registry = new Registry();
  registerAnalyticsGauges(registry, { events, tenantId: 't1', clock: { now: () => new Date(now) }, cacheMs: 0 });
  const text = await registry.metrics();
  const value = (line: string) => {
    const found = text.split('\n').find((l) => l.startsWith(`${line} `));
    return found === undefined ? undefined : Number(found.slice(line.length + 1));
  };
  return { text, value };
}

describe('analytics gauges on /metrics', () => {
  it('expose the closed-loop figures of the last 7 days, computed from the event log at scrape time', async () => {
    // 12 days after the first handoff: all 10 handoffs are inside the week, every reopen has happened.
    const { value } = await scrape(T + 5 * DAY);
    expect(value('baton_analytics_handoffs_7d')).toBe(10);
    const now = T + 5 * DAY;
    const { total } = computeMetrics(history(), {
      from: new Date(now - 7 * DAY).toISOString(),
      to: new Date(now + 1).toISOString(),
    });
    expect(value('baton_analytics_bot_resolved_7d')).toBe(total.botResolved);
    expect(value('baton_analytics_handoff_rate')).toBeCloseTo(10 / (10 + total.botResolved), 10);
    expect(value('baton_analytics_csat_delta')).toBeCloseTo(total.csat.delta!, 10);
    expect(value('baton_analytics_fcr_ratio')).toBeCloseTo(0.7, 10);
    expect(value('baton_analytics_sla_breaches_7d')).toBe(2);
    expect(value('baton_analytics_reask_ratio')).toBeCloseTo(0.3, 10);
    expect(value('baton_analytics_reason_share{reason="refund"}')).toBeCloseTo(0.4, 10);
    expect(value('baton_analytics_time_seconds{measure="claim",quantile="0.5"}')).toBeGreaterThan(0);
    expect(value('baton_analytics_reasked_field{field="attempted"}')).toBe(1);
  });

  it('a week with no handoffs has no ratios (not a fake zero)', async () => {
    const { value, text } = await scrape(T + 60 * DAY);
    expect(value('baton_analytics_handoffs_7d')).toBe(0);
    expect(value('baton_analytics_fcr_ratio')).toBeNaN();
    expect(text).toContain('# HELP baton_analytics_fcr_ratio');
  });
});
