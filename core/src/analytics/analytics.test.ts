import { describe, expect, it } from 'vitest';
import type { LifecycleEvent } from '../ports';
import { summarize } from '../summarize';
import { computeMetrics, computeMetricsBy } from './compute-metrics';
import { detectReAsk } from './detect-re-ask';

const T0 = Date.parse('2026-03-02T09:00:00Z');
const at = (min: number) => new Date(T0 + min * 60_000).toISOString();
let n = 0;
const ev = (
  kind: LifecycleEvent['kind'],
  min: number,
  handoffId: string | undefined,
  data: Record<string, unknown> = {},
): LifecycleEvent => ({
  id: `e${++n}`,
  tenantId: 'default',
  kind,
  at: at(min),
  ...(handoffId ? { handoffId } : {}),
  data,
});

/** 10 handoffs (bot A: 6, bot B: 4), all solved, 3 reopened within 7 days; 30 conversations the bot resolved. */
function history(): LifecycleEvent[] {
  const events: LifecycleEvent[] = [];
  for (let i = 0; i < 10; i++) {
    const h = `h${i}`;
    events.push(
      ev('handoff_received', i, h, {
        bot: i < 6 ? 'A' : 'B',
        reason: i < 5 ? 'customer_requested' : i < 8 ? 'negative_sentiment' : 'security_risk',
        channel: 'chat',
        priority: 'high',
        intent: 'billing',
        customerKey: i === 1 ? 'c0' : `c${i}`,
        completeness: i < 4 ? 0.9 : 0.6,
      }),
    );
    events.push(ev('claimed', i + (i + 1), h, { agent: 'a@x' })); // time to claim: 1..10 min
    events.push(ev('first_agent_reply', i + (i + 1) + 2, h, i === 2 ? { reAskedFields: ['entities.orderIds'] } : {}));
    events.push(ev('solved', i + 60, h));
    if (i === 3 || i === 5 || i === 7) events.push(ev('reopened', i + 60 + 24 * 60, h)); // a day later
    events.push(ev('satisfaction_rated', i + 70, h, { score: i < 5 ? 'good' : 'bad' }));
  }
  events.push(ev('context_feedback', 30, 'h4', { hadToReAsk: true, missingFields: ['entities.emails'] }));
  events.push(ev('sla_breached', 5, 'h9'));
  events.push(ev('reopened', 60 + 9 * 24 * 60, 'h0')); // after 7 days: still first-contact resolved
  for (let i = 0; i < 30; i++)
    events.push(ev('conversation_resolved', i, undefined, { bot: i < 20 ? 'A' : 'B', csat: i < 24 ? 5 : 1 }));
  return events;
}

describe('handoff analytics, on a small hand-computed history', () => {
  const m = computeMetrics(history());

  it('handoff rate = handoffs / (handoffs + conversations the bot resolved)', () => {
    expect(m.handoffs).toBe(10);
    expect(m.resolvedByBot).toBe(30);
    expect(m.handoffRate).toBe(0.25);
  });

  it('first-contact resolution: 10 solved, 3 reopened within 7 days -> 0.70 (a reopen after 7 days does not count)', () => {
    expect(m.firstContactResolution).toBe(0.7);
  });

  it('reason shares, time to claim p50/p90, time to first reply, SLA breaches', () => {
    expect(m.reasonShare).toEqual({ customer_requested: 0.5, negative_sentiment: 0.3, security_risk: 0.2 });
    expect(m.timeToClaimSec).toEqual({ p50: 300, p90: 540 });
    expect(m.timeToFirstReplySec).toEqual({ p50: 420, p90: 660 });
    expect(m.slaBreaches).toBe(1);
  });

  it('repeat contact within 48 h, CSAT delta, re-ask rate with the fields, completeness bands', () => {
    expect(m.repeatContactRate).toBe(0.1); // c0 handed off twice (h0, h1)
    expect(m.csat.handedOff).toBe(0.5);
    expect(m.csat.botResolved).toBe(0.8);
    expect(m.csat.all).toBe(0.725); // 10 rated tickets (5 good) + 30 bot conversations (24 top scores)
    expect(m.csat.delta).toBe(-0.225);
    expect(m.reAskRate).toBe(0.2);
    expect(m.reAskedFields).toEqual({ 'entities.orderIds': 1, 'entities.emails': 1 });
    expect(m.completeness.bands).toEqual({ '80-100%': 4, '50-79%': 6 });
    expect(m.completeness.fcrByBand).toEqual({ '80-100%': 0.75, '50-79%': 0.667 });
  });

  it('per bot (and per day, reason, ...), with the denominators of each bot', () => {
    const byBot = computeMetricsBy(history(), 'bot');
    expect(byBot.A!.handoffs).toBe(6);
    expect(byBot.A!.handoffRate).toBe(0.231); // 6 / (6 + 20)
    expect(byBot.B!.handoffRate).toBe(0.286); // 4 / (4 + 10)
    expect(Object.keys(computeMetricsBy(history(), 'reason'))).toEqual([
      'customer_requested',
      'negative_sentiment',
      'security_risk',
    ]);
  });
});

describe("the re-ask detector on the agent's first reply", () => {
  const pkg = summarize({
    conversationId: 'c',
    customer: { email: 'jane@example.com' },
    messages: [
      { role: 'customer', text: 'My order ORD-1042 never arrived. I already restarted the app. Error E1042.' },
    ],
  });
  const none = summarize({ conversationId: 'd', messages: [{ role: 'customer', text: 'hello' }] });

  it.each([
    ["Hi Jane, sorry about that! What's your order number?", ['entities.orderIds']],
    ['Could you confirm your email address please? And what have you tried so far?', ['entities.emails', 'attempted']],
    ['Hola, ¿me puede dar el número de pedido?', ['entities.orderIds']],
    [
      'Bonjour, quel est votre numéro de commande ? Avez-vous déjà essayé de redémarrer ?',
      ['entities.orderIds', 'attempted'],
    ],
    [
      'Hallo, wie lautet Ihre Bestellnummer? Welche Fehlermeldung sehen Sie?',
      ['entities.orderIds', 'entities.errorCodes'],
    ],
    ['Hi, how can I help you today?', ['summary']],
  ])('flags "%s"', (reply, fields) => {
    expect(detectReAsk(reply, pkg)).toEqual(fields);
  });

  it.each([
    "Hi Jane, I can see order ORD-1042 and that restarting didn't help; I'm reissuing it now.",
    'I have refunded the order to your email on file.',
    'Gracias, ya veo el pedido ORD-1042 y lo reenvío hoy.',
  ])('no false alarm on "%s"', (reply) => {
    expect(detectReAsk(reply, pkg)).toEqual([]);
  });

  it('asking for what the package did not hold is not a re-ask', () => {
    expect(detectReAsk("What's your order number?", none)).toEqual([]);
  });
});
