import type { WebClient } from '@slack/web-api';
import { describe, expect, it } from 'vitest';
import { DAY, T, history, type EventLog, type JobQueue } from '@baton/core';
import { createDigestHandler } from '../src/weekly-digest';

const log = (): EventLog => ({
  append: async () => true,
  list: async (_t, from, to) => history().filter((e) => e.at >= from && e.at < to),
});

function fakes(postMessage: (args: Record<string, unknown>) => Promise<unknown>) {
  const enqueued: Array<{ name: string; data: Record<string, unknown>; options?: Record<string, unknown> }> = [];
  const queue: JobQueue = {
    enqueue: async (name, data, options) => void enqueued.push({ name, data, ...(options ? { options } : {}) }),
    cancel: async () => undefined,
    counts: async () => ({ waiting: 0, active: 0, delayed: enqueued.length, failed: 0 }),
  };
  const client = { chat: { postMessage } } as unknown as WebClient;
  return { queue, client, enqueued };
}

// T is Monday 2026-11-02 09:00 UTC; five days later is Saturday, the next digest Monday 2026-11-09 09:00.
const NOW = new Date(T + 5 * DAY);

describe('weekly digest job', () => {
  it("posts the week's closed loop to the configured channel and schedules next Monday's digest", async () => {
    const posted: Array<Record<string, unknown>> = [];
    const { queue, client, enqueued } = fakes(async (args) => (posted.push(args), { ok: true }));
    const run = createDigestHandler({
      client,
      events: log(),
      queue,
      tenantId: 't1',
      channel: 'C0123ABCD',
      now: () => NOW,
      token: async () => 'xoxb-installed',
    });
    await run();
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({ channel: 'C0123ABCD', token: 'xoxb-installed' });
    const [title, week] = String(posted[0]!.text).split('\n');
    expect(title).toBe(':bar_chart: Weekly handoff digest (2026-10-31 to 2026-11-07)');
    expect(week).toMatch(
      /^\*Last 7 days\*: 10 handoffs · handoff rate \d+% · solved first time 70% · customers re-asked 30%/,
    );
    expect(enqueued).toEqual([
      {
        name: 'digest',
        data: { tenantId: 't1', handoffId: 'digest-2026-11-09' },
        options: { jobId: 'digest-2026-11-09', delayMs: 2 * DAY },
      },
    ]);
  });

  it('a Slack refusal fails the job (the queue retries it) but next week is already scheduled', async () => {
    const { queue, client, enqueued } = fakes(async () => {
      throw new Error('An API error occurred: not_in_channel');
    });
    const run = createDigestHandler({
      client,
      events: log(),
      queue,
      tenantId: 't1',
      channel: '#leads',
      now: () => NOW,
    });
    await expect(run()).rejects.toThrow(/not_in_channel/);
    expect(enqueued.map((j) => j.options?.jobId)).toEqual(['digest-2026-11-09']);
  });
});
