import { describe, expect, it } from 'vitest';
import { handoffEventSchema } from '../schema/handoff-event';
import { ValidationError } from '../schema/validation-error';
import { intercomToHandoffEvents } from './intercom';
import notification from './fixtures/intercom-admin-assigned.json';

const clone = <T>(v: T): T => structuredClone(v);

describe('intercomToHandoffEvents', () => {
  it('maps an assignment after Fin escalated, field by field (HTML to text, notes left out)', () => {
    const events = intercomToHandoffEvents(notification);
    expect(events).toEqual([
      {
        conversationId: 'intercom:215471238841',
        handoffKey: 'intercom:215471238841:2025-11-20T12:02:01.000Z',
        channel: 'chat',
        customer: {
          id: 'cust-7731',
          name: 'Lena Fischer',
          email: 'lena.fischer@example.de',
          attributes: { Plan: 'Growth', intercomContactId: '6733a1f09c2e4b0012ab77c1' },
        },
        messages: [
          {
            role: 'customer',
            text: "Hi, my parcel for order #A-4411 never arrived & tracking hasn't moved since Friday.",
            at: '2025-11-20T11:56:51.000Z',
          },
          {
            role: 'bot',
            text: 'Sorry to hear that! I checked order A-4411: the carrier shows it in transit.\nDeliveries can take up to 7 days.',
            at: '2025-11-20T11:57:10.000Z',
          },
          {
            role: 'customer',
            text: "It's been 9 days.\nI need a refund or a new parcel, please let me talk to someone.",
            at: '2025-11-20T11:59:50.000Z',
          },
          { role: 'bot', text: "I'll pass you to our support team now.", at: '2025-11-20T12:00:01.000Z' },
        ],
        bot: { name: 'Fin' },
        handoff: { requestedBy: 'bot', note: 'Fin escalated the conversation' },
      },
    ]);
    expect(handoffEventSchema.safeParse(events[0]).success).toBe(true);
  });

  it('other topics, and assignments Fin did not escalate, are not handoffs (unless configured)', () => {
    expect(intercomToHandoffEvents({ ...notification, topic: 'conversation.user.replied' })).toEqual([]);
    const plain = clone(notification);
    plain.data.item.ai_agent.resolution_state = 'assumed_resolution';
    expect(intercomToHandoffEvents(plain)).toEqual([]);
    expect(intercomToHandoffEvents(plain, { requireFinEscalated: false })).toHaveLength(1);
  });

  it('a redelivery is the same handoff key; a later escalation of the conversation is a new one', () => {
    const again = { ...clone(notification), delivery_attempts: 2 };
    const later = { ...clone(notification), created_at: 1765000000, id: 'notif_2' };
    const key = intercomToHandoffEvents(notification)[0]!.handoffKey;
    expect(intercomToHandoffEvents(again)[0]!.handoffKey).toBe(key);
    expect(intercomToHandoffEvents(later)[0]!.handoffKey).not.toBe(key);
  });

  it('email and phone conversations map to their channels; admins are agents', () => {
    const email = clone(notification);
    email.data.item.source.type = 'email';
    email.data.item.conversation_parts.conversation_parts.push({
      type: 'conversation_part',
      id: '31200006',
      part_type: 'comment',
      body: '<p>Hi Lena, Marco here.</p>',
      created_at: 1763640200,
      author: { id: '7730151', type: 'admin', name: 'Marco Rossi', email: 'marco@shop.example' },
    } as never);
    const [event] = intercomToHandoffEvents(email);
    expect(event!.channel).toBe('email');
    expect(event!.messages.at(-1)).toMatchObject({ role: 'agent', text: 'Hi Lena, Marco here.' });
    const phone = clone(notification);
    phone.data.item.source.type = 'phone_call';
    expect(intercomToHandoffEvents(phone)[0]!.channel).toBe('voice');
  });

  it('AI answers sent as an admin are the bot; empty bodies are dropped; entities decoded; customer from source.author', () => {
    const n = clone(notification) as unknown as {
      data: {
        item: { contacts?: unknown; conversation_parts: { conversation_parts: Array<Record<string, unknown>> } };
      };
    };
    delete n.data.item.contacts;
    const parts = n.data.item.conversation_parts.conversation_parts;
    parts[0]!.author = { id: '7730999', type: 'admin', name: 'Fin', from_ai_agent: true };
    parts.splice(3, 0, {
      part_type: 'comment',
      body: '<p>Caf&eacute; &lt;3 &quot;fast&quot;&nbsp;please<br/>Line&#160;two</p><p></p>',
      created_at: 1763640100,
      author: { id: '6733a1f09c2e4b0012ab77c1', type: 'lead', name: 'Lena Fischer' },
    });
    parts.push({ part_type: 'close', body: '', created_at: 1763640200, author: { type: 'admin', id: '1' } });
    parts.push({ part_type: 'comment', body: '<p> </p>', created_at: 1763640201, author: { type: 'user', id: 'x' } });
    const [event] = intercomToHandoffEvents(n);
    expect(event!.customer).toEqual({
      id: '6733a1f09c2e4b0012ab77c1',
      name: 'Lena Fischer',
      email: 'lena.fischer@example.de',
      attributes: { Plan: 'Growth' },
    });
    expect(event!.messages.map((m) => m.role)).toEqual(['customer', 'bot', 'customer', 'bot', 'customer']);
    expect(event!.messages.at(-1)).toEqual({
      role: 'customer',
      text: 'Café <3 "fast" please\nLine two',
      at: '2025-11-20T12:01:40.000Z',
    });
    expect(handoffEventSchema.safeParse(event).success).toBe(true);
  });

  it('a malformed notification is refused naming the field', () => {
    const bad = clone(notification) as { data: { item: Record<string, unknown> } };
    delete bad.data.item.id;
    expect(() => intercomToHandoffEvents(bad)).toThrow(ValidationError);
    expect(() => intercomToHandoffEvents(bad)).toThrow(/data\.item\.id: must be the conversation id/);
    expect(() => intercomToHandoffEvents({ data: {} })).toThrow(/topic: must be the webhook topic/);
  });
});
