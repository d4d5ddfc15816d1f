import { describe, expect, it } from 'vitest';
import { handoffEventSchema } from '../schema/handoff-event';
import { ValidationError } from '../schema/validation-error';
import { botpressPageMessages, botpressToHandoffEvents } from './botpress';
import startHitl from './fixtures/botpress-starthitl.json';

const clone = <T>(v: T): T => structuredClone(v);

describe('botpressToHandoffEvents', () => {
  it('maps the startHitl input and the resolved user, field by field', () => {
    const events = botpressToHandoffEvents(startHitl);
    expect(events).toEqual([
      {
        conversationId: 'botpress:conv_01JD7Q2ZB5C7E9G1J3L5N7Q9S1',
        channel: 'chat',
        locale: 'en-GB',
        customer: { id: 'user_01JD7Q3M8X2K4N6P0R5T9V1W3Y', name: 'Tom Achterberg', email: 'tom.a@example.co.uk' },
        messages: [
          { role: 'customer', text: 'I was charged twice for order 77120' },
          { role: 'bot', text: 'Which payment method did you use? [options: Card / PayPal]' },
          { role: 'customer', text: 'card' },
          { role: 'bot', text: 'I can only see one charge of £64.99 on 3 Nov.' },
          { role: 'customer', text: 'there are two on my statement, please get me someone' },
          {
            role: 'bot',
            text: 'I have escalated this conversation to a human agent. They should be with you shortly.',
          },
        ],
        bot: { name: 'Penny', intent: 'billing.double_charge', confidence: 0.52 },
        handoff: {
          requestedBy: 'customer',
          note: 'Customer wants a refund for a double charge: Bot could not find the second charge in Stripe.',
        },
      },
    ]);
    expect(handoffEventSchema.safeParse(events[0]).success).toBe(true);
  });

  it('a second HITL start of the same conversation (new start message) is a new handoff key', () => {
    const a = clone(startHitl);
    (a.input.hitlSession as Record<string, unknown>).startMessageId = 'msg_1';
    const b = clone(startHitl);
    (b.input.hitlSession as Record<string, unknown>).startMessageId = 'msg_9';
    expect(botpressToHandoffEvents(a)[0]!.handoffKey).toBe('botpress:conv_01JD7Q2ZB5C7E9G1J3L5N7Q9S1:msg_1');
    expect(botpressToHandoffEvents(b)[0]!.handoffKey).not.toBe(botpressToHandoffEvents(a)[0]!.handoffKey);
  });

  it('renders cards, carousels, media and blocs as text; whatsapp is messaging', () => {
    const b = clone(startHitl);
    b.input.hitlSession.channel = 'whatsapp';
    b.input.messageHistory = [
      { source: { type: 'bot' }, type: 'card', payload: { title: 'Plan Pro', subtitle: '£9/month' } },
      { source: { type: 'bot' }, type: 'carousel', payload: { items: [{ title: 'A' }, { title: 'B' }] } },
      {
        source: { type: 'user', userId: 'u' },
        type: 'image',
        payload: { imageUrl: 'https://x/y.png', title: 'receipt' },
      },
      {
        source: { type: 'bot' },
        type: 'bloc',
        payload: {
          items: [
            { type: 'text', payload: { text: 'one' } },
            { type: 'text', payload: { text: 'two' } },
          ],
        },
      },
    ] as never;
    const [event] = botpressToHandoffEvents(b);
    expect(event!.channel).toBe('messaging');
    expect(event!.messages.map((m) => m.text)).toEqual(['Plan Pro: £9/month', 'A / B', '[image] receipt', 'one\ntwo']);
  });

  it('missing optional fields: no hitlSession, the downstream conversation id keys it', () => {
    const b = clone(startHitl) as Record<string, unknown> & { input: Record<string, unknown> };
    delete b.input.hitlSession;
    delete b.input.title;
    delete b.user;
    b.conversationId = 'down_1';
    const [event] = botpressToHandoffEvents(b);
    expect(event).toMatchObject({
      conversationId: 'botpress:down_1',
      channel: 'chat',
      customer: { id: 'user_01JD7Q3M8X2K4N6P0R5T9V1W3Y' },
      handoff: { requestedBy: 'bot', note: 'Bot could not find the second charge in Stripe.' },
    });
  });

  it('refuses a malformed input naming the field', () => {
    expect(() => botpressToHandoffEvents({ input: { userId: 'u', messageHistory: 'x' } })).toThrow(ValidationError);
    expect(() =>
      botpressToHandoffEvents({
        input: { userId: 'u', messageHistory: [{ source: { type: 'robot' }, type: 'text', payload: {} }] },
      }),
    ).toThrow(/input\.messageHistory\.0\.source\.type: must be user or bot/);
    expect(() => botpressToHandoffEvents({ input: { userId: 'u', messageHistory: [] } })).toThrow(
      /input\.hitlSession\.upstreamConversationId: is required/,
    );
  });
});

describe('botpressPageMessages', () => {
  it('a listMessages page (newest first) reads oldest first with times', () => {
    const { messages, nextToken } = botpressPageMessages({
      messages: [
        {
          id: '2',
          createdAt: '2026-11-20T10:00:05.000Z',
          type: 'text',
          payload: { text: 'How can I help?' },
          direction: 'outgoing',
        },
        {
          id: '1',
          createdAt: '2026-11-20T10:00:01.000Z',
          type: 'text',
          payload: { text: 'hi' },
          direction: 'incoming',
        },
      ],
      meta: { nextToken: 'n2' },
    });
    expect(messages).toEqual([
      { role: 'customer', text: 'hi', at: '2026-11-20T10:00:01.000Z' },
      { role: 'bot', text: 'How can I help?', at: '2026-11-20T10:00:05.000Z' },
    ]);
    expect(nextToken).toBe('n2');
  });
});
