import { describe, expect, it } from 'vitest';
import { DAY, HOUR, T, createLogMetricsReader, history, type EventLog, type MetricsReader } from '@baton/core';
import { statsText } from '../src/stats-text';

const log = (): EventLog => ({
  append: async () => true,
  list: async (_t, from, to) => history().filter((e) => e.at >= from && e.at < to),
});

describe('/baton stats', () => {
  it("today's counts and the closed loop of the last 7 days, from the hand-computed history", async () => {
    const text = await statsText({ events: log(), tenantId: 't1', now: () => new Date(T + 5 * DAY) });
    const [today, week] = text.split('\n');
    expect(today).toBe('*Today*: 0 handoffs · median time to claim n/a · SLA breaches 0');
    expect(week).toMatch(
      /^\*Last 7 days\*: 10 handoffs · handoff rate \d+% · solved first time 70% · customers re-asked 30% \(/,
    );
    expect(week).toMatch(/attempted \d/);
    expect(week).toMatch(/claim p50 \d+ min, first reply p50 \d+ min · CSAT [+-]\d+ pts vs the bot$/);
  });

  it('on a busy day, the reasons of the day', async () => {
    const text = await statsText({ events: log(), tenantId: 't1', now: () => new Date(T + 10 * HOUR) });
    expect(text.split('\n')[0]).toMatch(
      /^\*Today\*: 8 handoffs \(refund 4, technical 4\) · median time to claim 8 min · SLA breaches 0$/,
    ); // claims after 2, 4, ..., 16 min: nearest-rank p50
  });

  it("reads the figures from the dashboard's reader when it has one (the per-day rollups), not the raw events", async () => {
    const asked: Array<{ from: string; to: string }> = [];
    const folded = createLogMetricsReader(log());
    const reader: MetricsReader = {
      read: async (tenantId, q) => {
        asked.push({ from: q.from, to: q.to });
        return folded.read(tenantId, q);
      },
    };
    const noEvents: EventLog = {
      append: async () => true,
      list: async () => {
        throw new Error('the raw events must not be read when a reader is given');
      },
    };
    const now = new Date(T + 5 * DAY);
    const text = await statsText({ events: noEvents, metrics: reader, tenantId: 't1', now: () => now });
    expect(text.split('\n')[1]).toMatch(
      /^\*Last 7 days\*: 10 handoffs · handoff rate \d+% · solved first time 70% · customers re-asked 30% \(/,
    );
    const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
    expect(asked).toEqual([
      { from: new Date(midnight).toISOString(), to: now.toISOString() },
      { from: new Date(midnight - 6 * DAY).toISOString(), to: now.toISOString() },
    ]);
  });
});
