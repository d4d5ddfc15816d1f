import { describe, expect, it } from 'vitest';
import { handoffEventSchema } from '../schema/handoff-event';
import { ValidationError } from '../schema/validation-error';
import { dialogflowCxToHandoffEvents, dialogflowCxWebhookResponse } from './dialogflow-cx';
import { conversationNameOf, dialogflowCxHistoryMessages } from './dialogflow-cx-history';
import request from './fixtures/dfcx-webhook-request.json';

const clone = <T>(v: T): T => structuredClone(v);

describe('dialogflowCxToHandoffEvents', () => {
  it('maps the reference webhook request field by field', () => {
    const events = dialogflowCxToHandoffEvents(request, { botName: 'Acme Care' });
    expect(events).toEqual([
      {
        conversationId: 'dialogflow-cx:voice-7e1d44f0b2',
        channel: 'voice',
        locale: 'en',
        customer: {
          id: 'ACC-204881',
          name: 'Priya',
          phone: '+14155550142',
          attributes: { router_reset_done: true, dialogflowSentiment: { score: -0.6, magnitude: 1.4 } },
        },
        messages: [
          { role: 'customer', text: 'I want to speak to someone, my internet has been down since Monday' },
          { role: 'bot', text: "I'm sorry you've been without service. I'll connect you to a specialist." },
        ],
        bot: { name: 'Acme Care', intent: 'escalate.live_agent', confidence: 0.87 },
        handoff: { requestedBy: 'customer', note: 'Outage > 3 days after router reset' },
      },
    ]);
    expect(handoffEventSchema.safeParse(events[0]).success).toBe(true);
  });

  it('a no-match turn (no intentInfo) still hands off; chat without telephony', () => {
    const r = clone(request) as Record<string, unknown>;
    delete r.intentInfo;
    delete r.payload;
    r.messages = [{ text: { text: ['Let me find someone.'] } }];
    const [event] = dialogflowCxToHandoffEvents(r);
    expect(event).toMatchObject({ channel: 'chat', handoff: { requestedBy: 'bot', note: 'baton-handoff' } });
    expect(event!.bot).toEqual({});
  });

  it('the built-in human escalation event means the customer asked; a transcript query is voice', () => {
    const r = clone(request) as Record<string, unknown>;
    delete r.text;
    delete r.payload;
    r.transcript = 'agent please';
    r.triggerEvent = 'flow-failed-human-escalation';
    r.fulfillmentInfo = { tag: 'other-tag' };
    r.messages = [];
    r.intentInfo = { displayName: 'billing', confidence: 0.4 };
    const [event] = dialogflowCxToHandoffEvents(r);
    expect(event).toMatchObject({ channel: 'voice', handoff: { requestedBy: 'customer' } });
    expect(event!.messages).toEqual([{ role: 'customer', text: 'agent please' }]);
  });

  it('a turn not tagged for handoff is not a handoff; unknown fields are ignored', () => {
    const r = clone(request) as Record<string, unknown>;
    r.fulfillmentInfo = { tag: 'check-balance' };
    r.messages = [{ text: { text: ['Your balance is $3.'] } }];
    r.someUndocumentedField = { x: 1 };
    expect(dialogflowCxToHandoffEvents(r)).toEqual([]);
  });

  it('a handoff turn with undocumented fields maps as usual (they are ignored)', () => {
    const r = {
      ...clone(request),
      someUndocumentedField: { x: 1 },
      messages: [
        ...clone(request).messages,
        { knowledgeInfoCard: {} },
        { text: { text: ['Please hold,', 'a specialist is on the way.'] }, channel: 'genesys', internal: 2 },
      ],
    };
    const [event] = dialogflowCxToHandoffEvents(r);
    expect(event!.conversationId).toBe('dialogflow-cx:voice-7e1d44f0b2');
    expect(event!.messages.map((m) => m.text)).toEqual([
      'I want to speak to someone, my internet has been down since Monday',
      "I'm sorry you've been without service. I'll connect you to a specialist.",
      'Please hold, a specialist is on the way.',
    ]);
    expect(handoffEventSchema.safeParse(event).success).toBe(true);
  });

  it('keypad input (dtmfDigits) is voice even without telephony payload', () => {
    const r = clone(request) as Record<string, unknown>;
    delete r.text;
    delete r.payload;
    r.dtmfDigits = '0';
    const [event] = dialogflowCxToHandoffEvents(r);
    expect(event!.channel).toBe('voice');
    expect(event!.customer).not.toHaveProperty('phone');
    expect(event!.messages[0]).toEqual({ role: 'customer', text: '[keypad] 0' });
  });

  it('invalid form parameters are failed steps', () => {
    const r = clone(request);
    (r.pageInfo as Record<string, unknown>).formInfo = {
      parameterInfo: [
        { displayName: 'account_id', state: 'INVALID' },
        { displayName: 'zip', state: 'FILLED' },
      ],
    };
    expect(dialogflowCxToHandoffEvents(r)[0]!.bot!.actions).toEqual([{ name: 'collect account_id', status: 'failed' }]);
  });

  it('a malformed request is refused naming the field', () => {
    const r = clone(request) as Record<string, unknown>;
    delete r.sessionInfo;
    expect(() => dialogflowCxToHandoffEvents(r)).toThrow(ValidationError);
    expect(() => dialogflowCxToHandoffEvents({ ...request, sessionInfo: { parameters: {} } })).toThrow(
      /sessionInfo\.session: is required/,
    );
    expect(() => dialogflowCxToHandoffEvents({ ...request, sessionInfo: { session: 'nope' } })).toThrow(
      /sessionInfo\.session: must end with \/sessions\/<session id>/,
    );
  });

  it('answers Dialogflow with the customer message and the handoff id', () => {
    expect(dialogflowCxWebhookResponse('A person is joining.', 'h_1')).toEqual({
      fulfillmentResponse: { messages: [{ text: { text: ['A person is joining.'] } }], mergeBehavior: 'APPEND' },
      sessionInfo: { parameters: { baton_handoff_id: 'h_1' } },
    });
  });
});

describe('with Conversation History', () => {
  const conversation = {
    name: 'projects/acme-care/locations/global/agents/5b2f0c1e-aa10-4c0e-9d6a-2f7e6b1c9a00/conversations/voice-7e1d44f0b2',
    interactions: [
      {
        createTime: '2026-11-19T10:02:10.500Z',
        requestUtterances: 'the router light is red again',
        responseUtterances: 'Please restart the router and wait two minutes.',
      },
      {
        createTime: '2026-11-19T10:00:01Z',
        request: { queryInput: { text: { text: 'my internet is down' } } },
        response: { queryResult: { responseMessages: [{ text: { text: ['Sorry to hear that.', 'Let me check.'] } }] } },
      },
    ],
  };

  it('reads the interactions oldest first, with times', () => {
    expect(dialogflowCxHistoryMessages(conversation)).toEqual([
      { role: 'customer', text: 'my internet is down', at: '2026-11-19T10:00:01.000Z' },
      { role: 'bot', text: 'Sorry to hear that. Let me check.', at: '2026-11-19T10:00:01.000Z' },
      { role: 'customer', text: 'the router light is red again', at: '2026-11-19T10:02:10.500Z' },
      { role: 'bot', text: 'Please restart the router and wait two minutes.', at: '2026-11-19T10:02:10.500Z' },
    ]);
    expect(() => dialogflowCxHistoryMessages({ interactions: 'x' })).toThrow(
      /interactions: must be the conversation interactions/,
    );
  });

  it('the handoff carries the whole conversation, then this turn', () => {
    const [event] = dialogflowCxToHandoffEvents(request, {}, dialogflowCxHistoryMessages(conversation));
    expect(event!.messages.map((m) => m.text)).toEqual([
      'my internet is down',
      'Sorry to hear that. Let me check.',
      'the router light is red again',
      'Please restart the router and wait two minutes.',
      'I want to speak to someone, my internet has been down since Monday',
      "I'm sorry you've been without service. I'll connect you to a specialist.",
    ]);
  });

  it('the conversation name of a session path, environments included', () => {
    expect(conversationNameOf('projects/p/locations/europe-west1/agents/a/environments/e/sessions/s-1')).toBe(
      'projects/p/locations/europe-west1/agents/a/conversations/s-1',
    );
    expect(conversationNameOf('nope')).toBeUndefined();
  });
});
