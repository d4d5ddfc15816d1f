import { describe, expect, it } from 'vitest';
import { summarize, type HandoffRecord } from '@baton/core';
import { buildAlertMessage, DEFAULT_ALERT_FIELDS, PRIORITY_COLOUR } from './alert-message';

function record(over: Partial<HandoffRecord> = {}): HandoffRecord {
  const event = {
    conversationId: 'c-1',
    channel: 'chat' as const,
    customer: { name: 'Jane Doe', email: 'jane@example.com', phone: '+1 415 555 0100', tier: 'vip' },
    messages: [
      {
        role: 'customer' as const,
        text: 'Card 4242 4242 4242 4242 declined, call me on +1 415 555 0100 or jane@example.com. This is ridiculous, you idiots, get me a human!',
      },
    ],
    bot: {
      actions: [
        { name: 'retry_charge', status: 'failed' as const },
        { name: 'verify_card', status: 'succeeded' as const },
      ],
    },
  };
  const pkg = summarize(event);
  return {
    id: 'h_1',
    tenantId: 'default',
    handoffKey: 'c-1',
    conversationId: 'c-1',
    status: 'alerted',
    event,
    package: pkg,
    priority: pkg.priority,
    ticketId: 42,
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
    ...over,
  };
}

describe('the alert message', () => {
  it('colours by priority and carries reason, customer, tried ✓/✗, next steps, completeness, age, Claim and Open', () => {
    const r = record();
    const msg = buildAlertMessage(r, {
      ticketUrl: 'https://acme.zendesk.com/agent/tickets/42',
      now: new Date('2026-01-01T10:07:00.000Z'),
    });
    expect(msg.attachments[0]!.color).toBe(PRIORITY_COLOUR[r.priority!]);
    expect(r.priority).toBe('urgent'); // angry VIP
    const json = JSON.stringify(msg);
    expect(json).toContain('URGENT');
    expect(json).toContain('customer requested');
    expect(json).toContain('✗ retry charge');
    expect(json).toContain('✓ verify card');
    expect(json).toContain('7 min ago');
    expect(json).toMatch(/"action_id":"baton_claim","style":"primary"/);
    expect(json).toContain('https://acme.zendesk.com/agent/tickets/42');
    expect(msg.text).toMatch(/^URGENT escalation/);
  });

  it('keeps email, phone and card digits out of Slack by default, and lets an allow-list in', () => {
    const json = JSON.stringify(buildAlertMessage(record(), {}));
    expect(json).not.toContain('jane@example.com');
    expect(json).not.toMatch(/415.?555.?0100/);
    expect(json).not.toMatch(/4242/);
    const open = JSON.stringify(buildAlertMessage(record(), { fields: { ...DEFAULT_ALERT_FIELDS, email: true } }));
    expect(open).toContain('jane@example.com');
  });

  it('once claimed: who and how fast, and Release instead of Claim', () => {
    const json = JSON.stringify(
      buildAlertMessage(
        record({ claimedBy: { slackUserId: 'U123', email: 'a@x.com' }, claimedAt: '2026-01-01T10:04:00.000Z' }),
        {},
      ),
    );
    expect(json).toContain('Claimed by <@U123> after 4 min');
    expect(json).toContain('baton_release');
    expect(json).not.toContain('baton_claim');
  });
});
