import { describe, expect, it } from 'vitest';
import { handoffEventSchema } from '../schema/handoff-event';
import { ValidationError } from '../schema/validation-error';
import { summarize } from '../summarize';
import { DEFAULT_POLICY } from '../policy/policy-config';
import {
  pageReachesWindowStart,
  sunshinePageMessages,
  sunshineText,
  sunshineToHandoffEvents,
  sunshineTriggers,
  type SunshineMessage,
} from './sunshine';
import { sunshinePassMetadata } from './sunshine-pass-metadata';
import webhook from './fixtures/sunco-passcontrol.json';
import page from './fixtures/sunco-list-messages.json';

const clone = <T>(v: T): T => structuredClone(v);
const history = () => ({ '674c8b02d1e5a70012f0a9b3': sunshinePageMessages(page).messages });

describe('sunshineToHandoffEvents', () => {
  it('maps the pass to Agent Workspace with the fetched history, field by field', () => {
    const events = sunshineToHandoffEvents(webhook, {}, history());
    expect(events).toHaveLength(1);
    expect(events[0]).toEqual({
      conversationId: 'sunshine:674c8b02d1e5a70012f0a9b3',
      handoffKey: 'sunshine:674c8b02d1e5a70012f0a9b3:674c8e14a9d2f60013b4c70a',
      channel: 'chat',
      locale: 'sv-SE',
      customer: {
        id: 'cust-88412',
        name: 'Maya Lindqvist',
        email: 'maya.l@example.net',
        attributes: { suncoUserId: '674c8a77c4b2e90011d0e5a1' },
      },
      messages: [
        { role: 'customer', text: 'My Pro renewal keeps failing, card ending 4242', at: '2026-11-19T14:01:10.004Z' },
        {
          role: 'bot',
          text: 'Sorry about that. I re-checked the card on file and it looks valid. Could you try again?',
          at: '2026-11-19T14:01:12.880Z',
        },
        { role: 'customer', text: 'Order number: A-30917', at: '2026-11-19T14:04:10.442Z' },
        {
          role: 'customer',
          text: 'This is the third time the renewal failed. Can I talk to a person?',
          at: '2026-11-19T14:04:58.101Z',
        },
      ],
      bot: { name: 'Resolve', intent: 'billing.renewal_failed', confidence: 0.34 },
      handoff: { requestedBy: 'customer' },
    });
    expect(handoffEventSchema.safeParse(events[0]).success).toBe(true);
  });

  it('without fetched history, the batch messages are the transcript', () => {
    const [event] = sunshineToHandoffEvents(webhook);
    expect(event!.messages).toEqual([
      {
        role: 'customer',
        text: 'This is the third time the renewal failed. Can I talk to a person?',
        at: '2026-11-19T14:04:58.101Z',
      },
    ]);
  });

  it('ignores passes Zendesk makes itself, failures, passes to other bots and unknown event types', () => {
    const w = clone(webhook);
    const pass = w.events[1]! as Record<string, unknown> & { payload: Record<string, unknown> };
    pass.payload.reason = 'ticketClosed';
    expect(sunshineToHandoffEvents(w, {}, history())).toEqual([]);
    const failure = clone(webhook);
    failure.events[1]!.type = 'switchboard:passControl:failure';
    failure.events.push({
      id: 'x1',
      type: 'conversation:typing',
      createdAt: '2026-11-19T14:05:01Z',
      payload: {},
    } as never);
    expect(sunshineToHandoffEvents(failure, {}, history())).toEqual([]);
    const toBot = clone(webhook);
    toBot.events[1]!.payload.conversation.activeSwitchboardIntegration = {
      id: 'b2',
      name: 'other-bot',
      integrationId: 'i2',
      integrationType: 'custom',
    };
    expect(sunshineToHandoffEvents(toBot, {}, history())).toEqual([]);
  });

  it('an offer of control to agents is a handoff; a pass to Baton itself is marked for Baton to pass on', () => {
    const offer = clone(webhook);
    const e = offer.events[1]! as { type: string; payload: { conversation: Record<string, unknown> } };
    e.type = 'switchboard:offerControl';
    e.payload.conversation.pendingSwitchboardIntegration = e.payload.conversation.activeSwitchboardIntegration;
    e.payload.conversation.activeSwitchboardIntegration = { id: 'bot', name: 'resolve-bot', integrationType: 'custom' };
    expect(sunshineTriggers(offer)).toHaveLength(1);
    const toBaton = clone(webhook);
    toBaton.events[1]!.payload.conversation.activeSwitchboardIntegration = {
      id: 'sb-baton',
      name: 'baton',
      integrationId: 'int-baton',
      integrationType: 'custom',
    };
    expect(sunshineTriggers(toBaton, { batonIntegration: 'baton' })).toMatchObject([{ target: 'baton' }]);
  });

  it('one POST may carry two conversations and the same event twice: one handoff per escalation', () => {
    const w = clone(webhook);
    const second = clone(w.events[1]!);
    second.id = 'ev-2';
    second.payload.conversation.id = 'conv-2';
    w.events.push(clone(w.events[1]!), second);
    const msgs = sunshinePageMessages(page).messages;
    const events = sunshineToHandoffEvents(w, {}, { ...history(), 'conv-2': msgs.slice(0, 2) });
    expect(events.map((e) => e.handoffKey)).toEqual([
      'sunshine:674c8b02d1e5a70012f0a9b3:674c8e14a9d2f60013b4c70a',
      'sunshine:conv-2:ev-2',
    ]);
  });

  it('a later escalation of the same conversation is a new handoff key', () => {
    const later = clone(webhook);
    later.events[1]!.id = '6790aa00a9d2f60013b4ffff';
    const [a] = sunshineToHandoffEvents(webhook, {}, history());
    const [b] = sunshineToHandoffEvents(later, {}, history());
    expect(b!.conversationId).toBe(a!.conversationId);
    expect(b!.handoffKey).not.toBe(a!.handoffKey);
  });

  it('roles: agent, system activity, bot; the window starts at first_message_id', () => {
    const msgs: SunshineMessage[] = [
      {
        id: 'old',
        received: '2026-11-01T10:00:00Z',
        author: { type: 'user' },
        content: { type: 'text', text: 'an old chat' },
      },
      {
        id: 'm1',
        received: '2026-11-19T14:00:00Z',
        author: { type: 'user' },
        content: { type: 'text', text: 'hello' },
        source: { type: 'whatsapp', client: { type: 'whatsapp', externalId: '+46701234567' } },
      },
      {
        id: 'm2',
        received: '2026-11-19T14:00:01Z',
        author: { type: 'business' },
        content: { type: 'text', text: 'bot here' },
        source: { type: 'api:conversations' },
      },
      {
        id: 'm3',
        received: '2026-11-19T14:00:02Z',
        author: { type: 'business' },
        content: { type: 'text', text: 'agent here' },
        source: { type: 'zd:agentWorkspace' },
      },
      {
        id: 'm4',
        received: '2026-11-19T14:00:03Z',
        author: { type: 'business', subtypes: ['activity'] },
        content: { type: 'text' },
        activity: { type: 'ticket:closed' },
      },
      {
        id: 'm5',
        received: '2026-11-19T14:00:04Z',
        author: { type: 'user' },
        content: { type: 'image', mediaUrl: 'https://media.smooch.io/apps/x/secret-token.jpg?sig=1' },
        source: { type: 'whatsapp' },
      },
    ];
    const w = clone(webhook);
    w.events = [w.events[1]!];
    w.events[0]!.payload.metadata = { first_message_id: 'm1' } as never;
    const [event] = sunshineToHandoffEvents(w, {}, { '674c8b02d1e5a70012f0a9b3': msgs });
    expect(event!.messages.map((m) => [m.role, m.text])).toEqual([
      ['customer', 'hello'],
      ['bot', 'bot here'],
      ['agent', 'agent here'],
      ['system', '[ticket:closed]'],
      ['customer', '[image from media.smooch.io]'],
    ]);
    expect(event!.channel).toBe('messaging');
    expect(event!.customer).toMatchObject({ phone: '+46701234567' });
    expect(event!.handoff).toEqual({ requestedBy: 'bot' });
  });

  it('form responses read as their text fallback', () => {
    expect(sunshineText(sunshinePageMessages(page).messages[2]!)).toBe('Order number: A-30917');
  });

  it('a malformed batch is refused naming the field; a bad message in a fetched page is skipped', () => {
    expect(() => sunshineToHandoffEvents({ app: { id: 'a' }, events: {} })).toThrow(ValidationError);
    expect(() => sunshineToHandoffEvents({ events: [] })).toThrow(/app: /);
    const bad = clone(webhook);
    delete (bad.events[1]!.payload.conversation as { id?: string }).id;
    expect(() => sunshineToHandoffEvents(bad)).toThrow(
      /events\.1\.payload\.conversation\.id: must be the conversation id/,
    );
    expect(sunshinePageMessages({ messages: [{ nope: 1 }, page.messages[0]] }).messages).toHaveLength(1);
  });

  it('pagination stops at the window start or at the previous conversation end', () => {
    const msgs = sunshinePageMessages(page).messages;
    expect(pageReachesWindowStart(msgs, '674c8b05d1e5a70012f0a9c0')).toBe(true);
    expect(pageReachesWindowStart(msgs, 'elsewhere')).toBe(false);
    expect(pageReachesWindowStart([{ ...msgs[0]!, activity: { type: 'conversation:endedByUser' } }], undefined)).toBe(
      true,
    );
  });
});

describe('sunshinePassMetadata', () => {
  const [event] = sunshineToHandoffEvents(webhook, {}, history());
  const pkg = summarize(event!, DEFAULT_POLICY);

  it('carries the whole conversation, priority, tags, requester and Baton fields, flat', () => {
    const md = sunshinePassMetadata(pkg, {
      firstMessageId: '674c8b05d1e5a70012f0a9c0',
      fieldIds: { reason: 11, intent: 12, completeness: 15, handoffId: 16 },
      handoffId: 'h_1',
    });
    expect(md).toMatchObject({
      first_message_id: '674c8b05d1e5a70012f0a9c0',
      'dataCapture.systemField.priority': pkg.priority,
      'dataCapture.systemField.requester.name': 'Maya Lindqvist',
      'dataCapture.systemField.requester.email': 'maya.l@example.net',
      'dataCapture.ticketField.11': `baton_reason_${pkg.reason.code}`,
      'dataCapture.ticketField.12': pkg.intent.label,
      'dataCapture.ticketField.15': pkg.completeness.score,
      'dataCapture.ticketField.16': 'h_1',
    });
    expect(String(md['dataCapture.systemField.tags']).split(',')).toContain('baton_handoff');
    for (const v of Object.values(md)) expect(['string', 'number', 'boolean']).toContain(typeof v);
  });

  it('keeps within 4 KB by shortening the summary only', () => {
    const long = { ...pkg, summary: 'Ärger '.repeat(2000) };
    const md = sunshinePassMetadata(long, { firstMessageId: 'm1' });
    expect(new TextEncoder().encode(JSON.stringify(md)).length).toBeLessThanOrEqual(4096);
    expect(md.first_message_id).toBe('m1');
    expect(String(md['baton.summary']).length).toBeGreaterThan(100);
  });
});
