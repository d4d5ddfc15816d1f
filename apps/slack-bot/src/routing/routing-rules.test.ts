import { describe, expect, it } from 'vitest';
import { summarize, type HandoffRecord } from '@baton/core';
import { parseRouting, routeAlert } from './routing-rules';

const rec = (text: string, extra: Record<string, unknown> = {}): HandoffRecord => {
  const event = {
    conversationId: 'c',
    channel: 'chat' as const,
    messages: [{ role: 'customer' as const, text }],
    ...extra,
  };
  const pkg = summarize(event);
  return {
    id: 'h',
    tenantId: 'default',
    handoffKey: 'c',
    conversationId: 'c',
    status: 'ticketed',
    event: event as HandoffRecord['event'],
    package: pkg,
    priority: pkg.priority,
    createdAt: '',
    updatedAt: '',
  };
};

describe('routing rules', () => {
  const routing = parseRouting({
    defaultChannel: '#support',
    rules: [
      { match: { reason: ['security_risk'] }, channel: '#trust-and-safety', zendeskGroupId: 7 },
      { match: { tier: ['VIP'], priority: ['high', 'urgent'] }, channel: '#vip' },
      { match: { channel: ['voice'] }, channel: '#phones' },
    ],
  });

  it('first matching rule wins; otherwise the default channel', () => {
    expect(routeAlert(rec('someone hacked my account'), routing)).toEqual({
      channel: '#trust-and-safety',
      zendeskGroupId: 7,
    });
    expect(routeAlert(rec('agent please, this is ridiculous', { customer: { tier: 'vip' } }), routing)).toEqual({
      channel: '#vip',
    });
    expect(routeAlert(rec('agent please', { channel: 'voice' }), routing)).toEqual({ channel: '#phones' });
    expect(routeAlert(rec('agent please'), routing)).toEqual({ channel: '#support' });
  });

  it('a rule naming an unknown field is refused, by path', () => {
    expect(() => parseRouting({ defaultChannel: '#s', rules: [{ match: { tierr: ['vip'] }, channel: '#x' }] })).toThrow(
      /rules\.0\.match.*tierr/,
    );
    expect(() =>
      parseRouting({ defaultChannel: '#s', rules: [{ match: { reason: ['angry'] }, channel: '#x' }] }),
    ).toThrow(/rules\.0\.match\.reason\.0/);
    expect(() => parseRouting({ rules: [] })).toThrow(/defaultChannel/);
  });
});
