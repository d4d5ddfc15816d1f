import type { WebClient } from '@slack/web-api';
import type { AlertRef, ChatNotifier, HandoffRecord, JobQueue, TicketDesk } from '@baton/core';
import { buildAlertMessage, type AlertFields } from './blocks/alert-message';
import { routeAlert, type Routing } from './routing/routing-rules';

export const MAX_REMINDERS = 2;
export const reminderJobId = (handoffId: string, n: number) => `remind-${handoffId}-${n}`;

/**
 * Posts and updates escalation alerts in Slack (ChatNotifier port): routed by the rules, coloured
 * by priority, one message per handoff updated in place; a thread reply records claims and
 * releases; an unclaimed alert gets SLA reminders (delayed jobs, so none is lost on a restart).
 */
export class SlackNotifier implements ChatNotifier {
  private readonly claimNoted = new Map<string, string>();

  constructor(
    private readonly client: WebClient,
    private readonly options: {
      routing: Routing;
      fields?: AlertFields;
      desk?: Pick<TicketDesk, 'ticketUrl'>;
      queue?: JobQueue;
      tenantId?: string;
      token?: () => Promise<string | undefined>;
    },
  ) {}

  /** The bot token per call when it comes from an OAuth installation. */
  private async auth(): Promise<{ token?: string }> {
    const token = await this.options.token?.();
    return token ? { token } : {};
  }

  private message(record: HandoffRecord) {
    const ticketUrl =
      record.ticketId !== undefined && this.options.desk ? this.options.desk.ticketUrl(record.ticketId) : undefined;
    return buildAlertMessage(record, {
      ...(ticketUrl ? { ticketUrl } : {}),
      ...(this.options.fields ? { fields: this.options.fields } : {}),
    });
  }

  async postAlert(record: HandoffRecord): Promise<AlertRef> {
    if (record.alert) {
      await this.updateAlert(record);
      return record.alert;
    }
    const { channel } = routeAlert(record, this.options.routing);
    const res = await this.client.chat.postMessage({
      channel,
      ...this.message(record),
      ...(await this.auth()),
    } as never);
    const ref: AlertRef = { channel: String(res.channel ?? channel), ts: String(res.ts) };
    const sla = this.options.routing.slaMinutes[record.priority ?? 'normal'];
    if (this.options.queue && !record.claimedBy) {
      await this.options.queue.enqueue(
        'remind',
        { tenantId: record.tenantId, handoffId: record.id, n: 1 },
        { jobId: reminderJobId(record.id, 1), delayMs: sla * 60_000 },
      );
    }
    return ref;
  }

  async updateAlert(record: HandoffRecord): Promise<void> {
    if (!record.alert) return;
    await this.client.chat.update({
      channel: record.alert.channel,
      ts: record.alert.ts,
      ...this.message(record),
    } as never);
    const claimKey = record.claimedBy
      ? `${record.claimedBy.slackUserId ?? record.claimedBy.email ?? ''}@${record.claimedAt ?? ''}`
      : '';
    const before = this.claimNoted.get(record.id) ?? '';
    if (claimKey === before) return;
    this.claimNoted.set(record.id, claimKey);
    if (this.claimNoted.size > 10_000) this.claimNoted.delete(this.claimNoted.keys().next().value!);
    const who = record.claimedBy?.slackUserId
      ? `<@${record.claimedBy.slackUserId}>`
      : (record.claimedBy?.name ?? record.claimedBy?.email);
    const text = record.claimedBy
      ? `:raised_hand: Claimed by ${who}${record.ticketId !== undefined ? `; Zendesk ticket #${record.ticketId} is assigned` : ''}.`
      : before
        ? ':leftwards_arrow_with_hook: Released: back in the queue.'
        : '';
    if (text)
      await this.client.chat.postMessage({
        channel: record.alert.channel,
        thread_ts: record.alert.ts,
        text,
        ...(await this.auth()),
      });
    if (record.claimedBy && this.options.queue) {
      for (let n = 1; n <= MAX_REMINDERS + 1; n++)
        await this.options.queue.cancel('remind', reminderJobId(record.id, n));
    }
  }
}
