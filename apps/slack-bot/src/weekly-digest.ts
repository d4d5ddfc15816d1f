import type { WebClient } from '@slack/web-api';
import type { EventLog, JobQueue, MetricsReader } from '@baton/core';
import { weekText } from './stats-text';

const WEEK_MS = 7 * 86_400_000;

/** The next Monday 09:00 UTC strictly after `now`. */
export function nextDigestAt(now: Date): Date {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 9));
  const toMonday = (8 - d.getUTCDay()) % 7; // 0 when today is Monday
  d.setUTCDate(d.getUTCDate() + toMonday);
  if (d.getTime() <= now.getTime()) d.setUTCDate(d.getUTCDate() + 7);
  return d;
}

/** The digest's job id: one per week, so scheduling it again (every start, every run) is a no-op. */
export const digestJobId = (at: Date) => `digest-${at.toISOString().slice(0, 10)}`;

/** Schedules the next digest as a delayed job (BullMQ keeps it across restarts; the service schedules it again at start). */
export async function scheduleDigest(queue: JobQueue, tenantId: string, now: Date): Promise<Date> {
  const at = nextDigestAt(now);
  const jobId = digestJobId(at);
  await queue.enqueue('digest', { tenantId, handoffId: jobId }, { jobId, delayMs: at.getTime() - now.getTime() });
  return at;
}

/**
 * The `digest` job: the next week's digest scheduled, then the week's closed loop posted to the
 * configured channel (the same figures as `/baton stats`).
 */
export function createDigestHandler(deps: {
  client: WebClient;
  events: EventLog;
  metrics?: MetricsReader;
  queue: JobQueue;
  tenantId: string;
  channel: string;
  now?: () => Date;
  token?: () => Promise<string | undefined>;
}) {
  return async (): Promise<void> => {
    const now = deps.now?.() ?? new Date();
    // Next week's first: a Slack refusal today (the job fails and is retried) never ends the digests.
    await scheduleDigest(deps.queue, deps.tenantId, now);
    const week = await weekText({
      events: deps.events,
      tenantId: deps.tenantId,
      ...(deps.metrics ? { metrics: deps.metrics } : {}),
      now: () => now,
    });
    const token = await deps.token?.();
    await deps.client.chat.postMessage({
      channel: deps.channel,
      text: `:bar_chart: Weekly handoff digest (${new Date(now.getTime() - WEEK_MS).toISOString().slice(0, 10)} to ${now.toISOString().slice(0, 10)})\n${week}`,
      ...(token ? { token } : {}),
    });
  };
}
