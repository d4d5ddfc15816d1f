import { describe, expect, it } from 'vitest';
import { handoffEventSchema } from '../schema/handoff-event';
import { ValidationError } from '../schema/validation-error';
import { botFrameworkToHandoffEvents } from './botframework';
import initiate from './fixtures/botframework-handoff-initiate.json';

const clone = <T>(v: T): T => structuredClone(v);

describe('botFrameworkToHandoffEvents', () => {
  it('maps the SDK handoff.initiate with its transcript, field by field', () => {
    const events = botFrameworkToHandoffEvents(initiate);
    expect(events).toEqual([
      {
        conversationId: 'botframework:8Hq2LkT0mZ1xVb3Rc9Yw-eu',
        handoffKey: 'botframework:8Hq2LkT0mZ1xVb3Rc9Yw-eu:4b0f7c1e-2d9a-4e55-8a31-6c7f0e9d2b18',
        channel: 'chat',
        locale: 'de-DE',
        customer: { id: 'dl_5f1e9a2c', name: 'Jonas Weber', attributes: { skill: 'billing-de' } },
        messages: [
          {
            role: 'customer',
            text: 'Die Rechnung RE-2026-0912 ist doppelt so hoch wie sonst',
            at: '2026-11-20T09:10:02.118Z',
          },
          {
            role: 'bot',
            text: 'Ich sehe zwei Zusatzoptionen auf der Rechnung. Soll ich sie erklären?',
            at: '2026-11-20T09:10:03.540Z',
          },
          { role: 'customer', text: 'Nein, ich will mit einem Menschen sprechen', at: '2026-11-20T09:12:40.902Z' },
        ],
        bot: { name: 'Contoso Helper', intent: 'invoice.dispute', confidence: 0.41 },
        handoff: { requestedBy: 'bot', note: 'Disputes invoice RE-2026-0912' },
      },
    ]);
    expect(handoffEventSchema.safeParse(events[0]).success).toBe(true);
  });

  it('a Copilot Studio handoff: va_* variables, language case, ranked intent score, timestamps with offsets', () => {
    const cs = {
      type: 'event',
      name: 'handoff.initiate',
      id: 'cs-1',
      channelId: 'directline',
      conversation: { id: 'DL-abc' },
      from: { id: 'copilot-bot', name: 'Contoso Copilot', role: 'bot' },
      relatesTo: {
        user: { id: 'u-7', name: 'Ana', role: 'user' },
        bot: { id: 'copilot-bot', name: 'Contoso Copilot', role: 'bot' },
      },
      value: {
        va_Scope: 'bot',
        va_LastTopic: 'Escalate',
        va_LastPhrase: 'talk to agent',
        va_Language: 'En-US',
        va_AgentMessage: 'Customer wants to cancel',
        plan: 'Pro',
      },
      attachments: [
        {
          contentType: 'application/json',
          name: 'transcript',
          content: {
            activities: [
              {
                type: 'message',
                timestamp: '2020-02-10T21:51:30.680319+00:00',
                from: { id: 'u-7', role: 'user' },
                text: 'cancel my plan',
              },
              {
                type: 'message',
                timestamp: '2020-02-10T21:51:31+00:00',
                from: { id: 'copilot-bot', role: 'bot' },
                text: 'I can help with that.',
                channelData: { ConversationUnderstandingDetail: { RankedIntents: [{ IntentId: 'x', Score: 0.66 }] } },
              },
              { type: 'message', timestamp: '2020-02-10T23:51:40+02:00', from: { id: 'u-7' }, text: 'talk to agent' },
            ],
          },
        },
      ],
    };
    const [event] = botFrameworkToHandoffEvents(cs);
    expect(event).toMatchObject({
      locale: 'en-US',
      customer: { id: 'u-7', name: 'Ana', attributes: { plan: 'Pro' } },
      bot: { name: 'Contoso Copilot', intent: 'Escalate', confidence: 0.66 },
      handoff: { requestedBy: 'customer', note: 'Customer wants to cancel' },
    });
    expect(event!.messages.map((m) => [m.role, m.at])).toEqual([
      ['customer', '2020-02-10T21:51:30.680Z'],
      ['bot', '2020-02-10T21:51:31.000Z'],
      ['customer', '2020-02-10T21:51:40.000Z'],
    ]);
  });

  it('reads a flat-array transcript and a {transcript: [...]} one', () => {
    const activities = (initiate.attachments[0]!.content as { activities: unknown[] }).activities;
    for (const content of [activities, { transcript: activities }]) {
      const a = clone(initiate) as Record<string, unknown>;
      a.attachments = [{ contentType: 'application/json', name: 'Transcript', content }];
      expect(botFrameworkToHandoffEvents(a)[0]!.messages).toHaveLength(3);
    }
  });

  it('finds an unnamed transcript by its activities; 7 fractional digits and offsets normalised', () => {
    const a = clone(initiate) as Record<string, unknown>;
    a.attachments = [
      { contentType: 'image/png', name: 'invoice.png', content: 'iVBORw0KGgo' },
      {
        contentType: 'application/vnd.microsoft.activity.transcript',
        content: {
          activities: [
            { type: 'conversationUpdate', from: { id: 'dl_5f1e9a2c' } },
            {
              type: 'message',
              timestamp: '2026-11-20T10:10:02.1181234+01:00',
              from: { id: 'dl_5f1e9a2c' },
              text: 'Hallo',
            },
            { type: 'typing', from: { id: 'contoso-helpdesk-bot' } },
            {
              type: 'message',
              timestamp: '2026-11-20T09:10:03.5401234Z',
              from: { id: 'contoso-helpdesk-bot' },
              text: 'Hallo Jonas',
            },
          ],
        },
      },
    ];
    expect(botFrameworkToHandoffEvents(a)[0]!.messages).toEqual([
      { role: 'customer', text: 'Hallo', at: '2026-11-20T09:10:02.118Z' },
      { role: 'bot', text: 'Hallo Jonas', at: '2026-11-20T09:10:03.540Z' },
    ]);
  });

  it('without relatesTo: the recipient is the bot; without a transcript: va_LastPhrases, va_BotName, language case', () => {
    const [event] = botFrameworkToHandoffEvents({
      type: 'event',
      name: 'handoff.initiate',
      id: 'act-9',
      channelId: 'msteams',
      conversation: { id: 'a:1Xyz' },
      from: { id: 'cs-bot', role: 'bot' },
      value: {
        va_LastPhrases: 'speak to an agent',
        va_BotName: 'Helpdesk Copilot',
        va_Language: 'EN-gb',
        region: 'EMEA',
      },
    });
    expect(event).toEqual({
      conversationId: 'botframework:a:1Xyz',
      handoffKey: 'botframework:a:1Xyz:act-9',
      channel: 'chat',
      locale: 'en-GB',
      customer: { attributes: { region: 'EMEA' } },
      messages: [{ role: 'customer', text: 'speak to an agent' }],
      bot: { name: 'Helpdesk Copilot' },
      handoff: { requestedBy: 'bot' },
    });
    expect(handoffEventSchema.safeParse(event).success).toBe(true);
    const proxied = clone(initiate) as Record<string, unknown>;
    delete proxied.relatesTo;
    proxied.recipient = { id: 'contoso-helpdesk-bot' };
    const content = (proxied.attachments as Array<{ content: { activities: Array<{ from: { role?: string } }> } }>)[0]!
      .content;
    for (const x of content.activities) delete x.from.role;
    expect(botFrameworkToHandoffEvents(proxied)[0]!.messages.map((m) => m.role)).toEqual([
      'customer',
      'bot',
      'customer',
    ]);
  });

  it('other activities are not handoffs; a missing conversation is refused naming the field', () => {
    expect(botFrameworkToHandoffEvents({ ...initiate, name: 'handoff.status' })).toEqual([]);
    expect(botFrameworkToHandoffEvents({ ...initiate, type: 'message' })).toEqual([]);
    const bad = clone(initiate) as Record<string, unknown>;
    delete bad.conversation;
    expect(() => botFrameworkToHandoffEvents(bad)).toThrow(ValidationError);
    expect(() => botFrameworkToHandoffEvents({ ...initiate, conversation: {} })).toThrow(
      /conversation\.id: must be the Bot Framework conversation id/,
    );
  });

  it('the same activity again is the same handoff key; a later handoff.initiate is a new one', () => {
    const later = { ...clone(initiate), id: 'another-activity' };
    expect(botFrameworkToHandoffEvents(clone(initiate))[0]!.handoffKey).toBe(
      botFrameworkToHandoffEvents(initiate)[0]!.handoffKey,
    );
    expect(botFrameworkToHandoffEvents(later)[0]!.handoffKey).not.toBe(
      botFrameworkToHandoffEvents(initiate)[0]!.handoffKey,
    );
  });
});
