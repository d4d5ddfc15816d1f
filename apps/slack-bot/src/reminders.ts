import type { WebClient } from '@slack/web-api';
import type { EventLog, HandoffStore, JobQueue } from '@baton/core';
import { buildAlertMessage } from './blocks/alert-message';
import { MAX_REMINDERS, reminderJobId } from './slack-notifier';
import type { Routing } from './routing/routing-rules';

/**
 * The `remind` job: an alert still unclaimed past its SLA gets a thread reply mentioning the on-call
 * group; after the second reminder it is posted again to the escalation channel. Claimed: nothing.
 */
export function createReminderHandler(deps: {
  client: WebClient;
  store: HandoffStore;
  queue: JobQueue;
  events: EventLog;
  routing: Routing;
  now?: () => Date;
  token?: () => Promise<string | undefined>;
}) {
  return async (data: { tenantId: string; handoffId: string; [key: string]: unknown }): Promise<void> => {
    const record = await deps.store.get(data.tenantId, data.handoffId);
    if (!record || record.claimedBy || !record.alert) return;
    const n = Number(data.n ?? 1);
    const token = await deps.token?.();
    const auth = token ? { token } : {};
    const now = deps.now?.() ?? new Date();
    const waited = Math.round((now.getTime() - Date.parse(record.createdAt)) / 60_000);
    const group = deps.routing.onCallUserGroup ? `<!subteam^${deps.routing.onCallUserGroup}> ` : '';
    await deps.client.chat.postMessage({
      channel: record.alert.channel,
      thread_ts: record.alert.ts,
      text: `${group}:alarm_clock: Still unclaimed after ${waited} min (SLA ${deps.routing.slaMinutes[record.priority ?? 'normal']} min).`,
    });
    const at = now.toISOString();
    await deps.events.append({
      id: `reminder_sent:${record.id}:${n}`,
      tenantId: record.tenantId,
      kind: 'reminder_sent',
      at,
      handoffId: record.id,
      data: { n },
    });
    if (n === 1)
      await deps.events.append({
        id: `sla_breached:${record.id}`,
        tenantId: record.tenantId,
        kind: 'sla_breached',
        at,
        handoffId: record.id,
        data: { priority: record.priority },
      });
    if (n >= MAX_REMINDERS) {
      if (deps.routing.escalationChannel) {
        const message = buildAlertMessage(record, { now });
        await deps.client.chat.postMessage({
          channel: deps.routing.escalationChannel,
          ...message,
          text: `Unclaimed for ${waited} min: ${message.text}`,
        } as never);
      }
      return;
    }
    const sla = deps.routing.slaMinutes[record.priority ?? 'normal'];
    await deps.queue.enqueue(
      'remind',
      { tenantId: record.tenantId, handoffId: record.id, n: n + 1 },
      { jobId: reminderJobId(record.id, n + 1), delayMs: sla * 60_000 },
    );
  };
}
