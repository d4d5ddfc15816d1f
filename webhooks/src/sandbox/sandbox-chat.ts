import type { AlertRef, ChatNotifier, HandoffRecord } from '@baton/core';

export type SandboxAlert = { channel: string; ts: string; handoffId: string; record: HandoffRecord; history: string[] };

const CHANNEL_BY_PRIORITY: Record<string, string> = {
  urgent: '#escalations-urgent',
  high: '#escalations',
  normal: '#support-queue',
  low: '#support-queue',
};

/**
 * The embedded default's chat: alerts kept in memory and shown on the sandbox page (with Claim),
 * until Slack credentials are configured. Idempotent: one alert per handoff, updated in place.
 */
export class SandboxChatNotifier implements ChatNotifier {
  readonly alerts = new Map<string, SandboxAlert>();
  private seq = 0;

  async postAlert(record: HandoffRecord): Promise<AlertRef> {
    const existing = this.alerts.get(record.id);
    if (existing) {
      existing.record = structuredClone(record);
      return { channel: existing.channel, ts: existing.ts };
    }
    const channel = CHANNEL_BY_PRIORITY[record.priority ?? 'normal'] ?? '#support-queue';
    const ts = `${Math.floor(Date.now() / 1000)}.${String(++this.seq).padStart(6, '0')}`;
    this.alerts.set(record.id, { channel, ts, handoffId: record.id, record: structuredClone(record), history: [] });
    return { channel, ts };
  }

  async updateAlert(record: HandoffRecord): Promise<void> {
    const alert = this.alerts.get(record.id);
    if (!alert) return;
    if (record.claimedBy && !alert.record.claimedBy)
      alert.history.push(
        `Claimed by ${record.claimedBy.name ?? record.claimedBy.email ?? 'someone'} at ${record.claimedAt}`,
      );
    if (!record.claimedBy && alert.record.claimedBy) alert.history.push(`Released at ${new Date().toISOString()}`);
    alert.record = structuredClone(record);
  }
}
