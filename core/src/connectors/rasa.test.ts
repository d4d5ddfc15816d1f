import { describe, expect, it } from 'vitest';
import { handoffEventSchema } from '../schema/handoff-event';
import { ValidationError } from '../schema/validation-error';
import { rasaToHandoffEvents } from './rasa';
import tracker from './fixtures/rasa-tracker.json';

const clone = <T>(v: T): T => structuredClone(v);

describe('rasaToHandoffEvents', () => {
  it('maps the reference tracker field by field', () => {
    const [event] = rasaToHandoffEvents(tracker, { botName: 'Shopbot' });
    expect(event).toEqual({
      conversationId: 'rasa:web-3f9c2a71',
      handoffKey: 'rasa:web-3f9c2a71:2025-11-19T14:03:21.020Z',
      channel: 'chat',
      customer: { id: 'web-3f9c2a71', email: 'd.okafor@example.org', attributes: { order_id: 'A-55210' } },
      messages: [
        { role: 'customer', text: 'where is my refund for order A-55210', at: '2025-11-19T14:03:30.550Z' },
        {
          role: 'bot',
          text: 'Your refund of $149.00 was issued on 12 Nov and can take 5-10 business days.',
          at: '2025-11-19T14:03:31.300Z',
        },
        { role: 'customer', text: 'this is useless, get me a human', at: '2025-11-19T14:06:00.120Z' },
        { role: 'bot', text: "I'm connecting you with a colleague now.", at: '2025-11-19T14:06:00.500Z' },
      ],
      bot: {
        name: 'Shopbot',
        intent: 'human_handoff',
        confidence: 0.91,
        actions: [
          { name: 'action_check_refund', status: 'succeeded', at: '2025-11-19T14:03:30.700Z' },
          { name: 'action_human_handoff', status: 'succeeded', at: '2025-11-19T14:06:00.300Z' },
        ],
      },
      handoff: { requestedBy: 'customer' },
    });
    expect(handoffEventSchema.safeParse(event).success).toBe(true);
  });

  it('accepts the action server envelope wrapping the tracker', () => {
    const [event] = rasaToHandoffEvents({ next_action: 'action_baton_handoff', sender_id: 'x', tracker, domain: {} });
    expect(event?.conversationId).toBe('rasa:web-3f9c2a71');
  });

  it('drops a reverted user turn (rewind) and undone actions', () => {
    const t = clone(tracker);
    t.events.splice(
      4,
      0,
      { event: 'user', timestamp: 1763561005, text: 'wrong thing I typed' } as never,
      { event: 'rewind', timestamp: 1763561006 } as never,
    );
    const [event] = rasaToHandoffEvents(t);
    expect(event!.messages.map((m) => m.text)).not.toContain('wrong thing I typed');
  });

  it('a later session of the same sender is a new handoff key; a retry of the same tracker is the same key', () => {
    const [a] = rasaToHandoffEvents(tracker);
    const [again] = rasaToHandoffEvents(clone(tracker));
    const later = clone(tracker);
    later.events.push(
      { event: 'session_started', timestamp: 1765000000.5 } as never,
      {
        event: 'user',
        timestamp: 1765000010,
        text: 'hello again, I need a person',
        parse_data: { intent: { name: 'talk_to_human', confidence: 0.8 } },
      } as never,
    );
    const [b] = rasaToHandoffEvents(later);
    expect(again!.handoffKey).toBe(a!.handoffKey);
    expect(b!.conversationId).toBe(a!.conversationId);
    expect(b!.handoffKey).not.toBe(a!.handoffKey);
    expect(b!.messages).toEqual([
      { role: 'customer', text: 'hello again, I need a person', at: '2025-12-06T05:46:50.000Z' },
    ]);
  });

  it('no pause, no handoff action or intent: no handoff, unless the push path forces it', () => {
    const t = clone(tracker);
    t.paused = false;
    t.events = t.events.filter((e) => e.event !== 'pause' && (e as { name?: string }).name !== 'action_human_handoff');
    t.latest_message.intent.name = 'refund_status';
    t.events[9]!.parse_data!.intent.name = 'refund_status';
    expect(rasaToHandoffEvents(t)).toEqual([]);
    const [forced] = rasaToHandoffEvents(t, {}, { force: true });
    expect(forced!.handoff).toEqual({ requestedBy: 'bot' });
  });

  it('button payloads are not customer text; a fallback action is a failed step', () => {
    const t = clone(tracker);
    t.events.splice(
      4,
      0,
      { event: 'user', timestamp: 1763561003, text: '/choose{"plan":"pro"}' } as never,
      { event: 'action', timestamp: 1763561004, name: 'action_default_fallback' } as never,
      {
        event: 'bot',
        timestamp: 1763561004.5,
        text: null,
        data: { buttons: [{ title: 'Refunds' }, { title: 'Orders' }] },
      } as never,
    );
    const [event] = rasaToHandoffEvents(t);
    expect(event!.messages.map((m) => m.text)).toContain('[options: Refunds / Orders]');
    expect(event!.messages.map((m) => m.text)).not.toContain('/choose{"plan":"pro"}');
    expect(event!.bot!.actions![0]).toMatchObject({ name: 'action_default_fallback', status: 'failed' });
  });

  it('voice and messaging channels; an unknown channel is chat with the native name kept', () => {
    expect(
      rasaToHandoffEvents({
        ...tracker,
        latest_input_channel: 'twilio_voice',
        events: tracker.events.map((e) => ({ ...e, input_channel: undefined })),
      })[0]!.channel,
    ).toBe('voice');
    const odd = rasaToHandoffEvents({
      ...tracker,
      latest_input_channel: 'my_kiosk',
      events: tracker.events.map((e) => ({ ...e, input_channel: undefined })),
    })[0]!;
    expect(odd.channel).toBe('chat');
    expect(odd.customer!.attributes).toMatchObject({ sourceChannel: 'my_kiosk' });
  });

  it('a malformed tracker is refused naming the field', () => {
    expect(() => rasaToHandoffEvents({ sender_id: 'x', events: 'nope' })).toThrow(ValidationError);
    expect(() => rasaToHandoffEvents({ sender_id: 'x', events: 'nope' })).toThrow(
      /events: must be the list of tracker events/,
    );
    expect(() => rasaToHandoffEvents({ events: [] })).toThrow(/sender_id: is required/);
  });
});
