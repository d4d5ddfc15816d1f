import { describe, expect, it } from 'vitest';
import { summarize } from '../summarize';
import type { HandoffEvent } from '../schema/handoff-event';

/** Customer first, then alternating with the bot. */
const chat = (texts: string[], extra: Partial<HandoffEvent> = {}) =>
  summarize({
    conversationId: 'c',
    messages: texts.map((text, i) => ({ role: i % 2 ? 'bot' : 'customer', text })),
    ...extra,
  } as HandoffEvent);

describe('intents read from the customer’s words', () => {
  it.each([
    [
      ["someone changed the email and phone number on my account and now I can't get in"],
      'security.account_compromised',
    ],
    [
      ['Hola, creo que me han suplantado la identidad, alguien abrió una cuenta a mi nombre'],
      'security.account_compromised',
    ],
    [["my subscription auto-renewed yesterday for $129 and I didn't want that"], 'billing.unexpected_charge'],
    [['I was billed £340 for a plan I cancelled back in March.'], 'billing.unexpected_charge'],
    [['The sofa arrived with a cracked arm. I would like a replacement, not a refund.'], 'order.damaged'],
    [['How do I update my billing address?'], 'account.update'],
    [['Bitte erstatten Sie die 45 € auf mein Konto.'], 'billing.refund'],
    [['mi número de pedido es 347721 y no me ha llegado nada desde el lunes'], 'order.tracking'],
  ])('%j is %s', (texts, label) => expect(chat(texts).intent.label).toBe(label));
});

describe('sentences around abbreviations', () => {
  it('"Rechnung Nr. 2024-00871" stays one sentence in the summary and in what the customer said', () => {
    const p = summarize({
      conversationId: 'de',
      channel: 'email',
      messages: [
        {
          role: 'customer',
          text: 'Sehr geehrte Damen und Herren,\n\nbei meiner Rechnung Nr. 2024-00871 wurden 89,90 € doppelt abgebucht. Ich bitte um Erstattung.\n\nMit freundlichen Grüßen\nThomas Müller',
        },
      ],
    });
    expect(p.summary).toContain('"Bei meiner Rechnung Nr. 2024-00871 wurden 89,90 € doppelt abgebucht"');
    expect(p.customerProvided).toContain('bei meiner Rechnung Nr. 2024-00871 wurden 89,90 € doppelt abgebucht.');
  });

  it('a bare "No." and "CA." after a city still end their sentence', () => {
    const p = chat(['I want a bus to Sacramento, CA. It is for 3 people on March 1st.']);
    expect(p.customerProvided).toContain('It is for 3 people on March 1st.');
  });
});

describe('a claim is a procedure, not a grievance', () => {
  it('filing an insurance claim for a stolen phone is not read as frustration', () => {
    const p = chat(['I need to file a claim, my phone was stolen at the airport']);
    expect(p.reason.triggers).not.toContain('negative_sentiment');
  });

  it('a claim against the company is still a complaint', () => {
    const p = chat(['I want to file a claim against your company, this is a disgrace']);
    expect(p.reason.triggers).toContain('negative_sentiment');
  });
});

describe('the same step failing in two turns', () => {
  it('is a loop, named with the step and the count', () => {
    const p = chat([
      'I need to update my bank details',
      "First I need to verify your identity. What's your date of birth?",
      '12 March 1985',
      "I couldn't verify your identity with those details.",
      "that's definitely my birthday",
      "I couldn't verify your identity. Let me get a person to help.",
    ]);
    expect(p.reason.code).toBe('repeated_failure');
    expect(p.reason.detail).toContain('failed 2 times');
    expect(p.priority).toBe('high');
  });

  it('a failure named twice in one message is not a loop', () => {
    const p = chat([
      'I need to update my bank details',
      "I couldn't verify your identity. Sorry, I couldn't verify your identity with those details.",
    ]);
    expect(p.reason.triggers).not.toContain('repeated_failure');
  });
});
