/** A hand-computed history for tests of the metrics and of EventLog adapters. */
import type { LifecycleEvent, LifecycleKind } from '../ports';

export const T = Date.parse('2026-11-02T09:00:00.000Z');
export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;
export const iso = (t: number) => new Date(t).toISOString();
let seq = 0;
export const ev = (
  kind: LifecycleKind,
  at: number,
  handoffId: string | undefined,
  data: Record<string, unknown> = {},
): LifecycleEvent => ({
  id: `e${seq++}`,
  tenantId: 't1',
  kind,
  at: iso(at),
  handoffId,
  data,
});

/**
 * The hand-computed history: 10 handoffs (h0-h7 on 2 Nov, h8-h9 on 3 Nov), 15 bot-resolved conversations.
 * Claims after 2,4,...,20 min; first replies 5 min after the claim for h0-h7; all solved a day later;
 * h1-h3 reopened within 7 days, h4 reopened after 8 days (still first-contact resolved).
 */
export function history(): LifecycleEvent[] {
  const out: LifecycleEvent[] = [];
  const customers: Record<number, string> = { 0: 'c-a', 5: 'c-a', 1: 'c-b', 2: 'c-c' };
  for (let i = 0; i < 10; i++) {
    const id = `h${i}`;
    const t = i < 8 ? T + i * HOUR : T + DAY + i * HOUR;
    out.push(
      ev('handoff_received', t, id, {
        bot: i < 6 ? 'shop' : 'billing',
        reason: i < 4 ? 'refund' : 'technical',
        channel: i % 2 === 0 ? 'chat' : 'email',
        priority: i === 9 ? 'urgent' : 'normal',
        intent: 'order_status',
        customerKey: customers[i] ?? `c-${i}`,
        completeness: i < 4 ? 0.3 : i < 7 ? 0.6 : 0.9,
      }),
    );
    out.push(ev('alert_posted', t + MIN, id));
    const claim = t + (i + 1) * 2 * MIN;
    out.push(ev('claimed', claim, id, { team: i % 2 === 0 ? 'tier1' : 'tier2' }));
    if (i < 8)
      out.push(
        ev(
          'first_agent_reply',
          claim + 5 * MIN,
          id,
          i === 3 || i === 5 ? { reAskedFields: [i === 3 ? 'customer.email' : 'attempted'] } : {},
        ),
      );
    out.push(ev('solved', t + DAY, id));
    if (i >= 1 && i <= 3) out.push(ev('reopened', t + 2 * DAY, id));
    if (i === 4) out.push(ev('reopened', t + 9 * DAY, id));
    if (i >= 8) out.push(ev('sla_breached', t + 30 * MIN, id));
  }
  out.push(ev('context_feedback', T + HOUR, 'h0', { hadToReAsk: true, missingFields: ['entities.orderIds'] }));
  out.push(ev('context_feedback', T + 6 * HOUR, 'h5', { hadToReAsk: true, missingFields: ['attempted'] }));
  out.push(ev('context_feedback', T + 7 * HOUR, 'h6', { hadToReAsk: false, missingFields: [] }));
  for (const [h, score] of [
    ['h0', 'good'],
    ['h1', 'bad'],
    ['h2', 'good'],
    ['h3', 'good'],
  ] as const)
    out.push(ev('satisfaction_rated', T + 2 * DAY, h, { score }));
  const botCsat = [5, 4, 2, 5, 1];
  for (let j = 0; j < 15; j++) {
    out.push({
      ...ev('conversation_resolved', T + 10 * HOUR + j * MIN, undefined, {
        bot: j < 10 ? 'shop' : 'billing',
        channel: 'chat',
        csat: botCsat[j],
      }),
      conversationId: `conv${j}`,
    });
  }
  out.push({
    ...ev('conversation_resolved', T + 3 * DAY, undefined, { bot: 'shop', customerKey: 'c-b' }),
    conversationId: 'late-b',
  });
  out.push({
    ...ev('conversation_resolved', T + DAY + 2 * HOUR, undefined, { bot: 'shop', customerKey: 'c-c' }),
    conversationId: 'soon-c',
  });
  return out;
}
