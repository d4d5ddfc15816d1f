import { describe, expect, it } from 'vitest';
import { summarize } from '../summarize';

/** The reasons one customer message gives, after a bot greeting, with the bot confident. */
const triggersOf = (text: string) =>
  summarize({
    conversationId: 'p',
    bot: { confidence: 0.9 },
    messages: [
      { role: 'bot', text: 'How can I help?' },
      { role: 'customer', text },
    ],
  }).reason.triggers;

describe('more ways to ask for a person, in the four languages', () => {
  it.each([
    "I'd rather deal with a person tbh",
    'your colleague please, not the robot',
    'a human, not a bot',
    'is there a human around',
    'is there a human?',
    'Pouvez-vous me passer un collègue ?',
    "je préfère avoir quelqu'un au téléphone",
    'Quisiera hablar con un compañero suyo',
    '¿Me pasas con alguien que sepa?',
    'Bitte einen Menschen!',
    'Ich hätte gern einen echten Ansprechpartner',
  ])('"%s" asks for a person', (text) => {
    expect(triggersOf(text)).toContain('customer_requested');
  });

  it.each([
    'I had to deal with a courier about this',
    'my colleague ordered it for me',
    'un compañero me lo recomendó',
    'is there a human-readable receipt',
  ])('"%s" asks for nobody', (text) => {
    expect(triggersOf(text)).not.toContain('customer_requested');
  });
});

describe('frustration said as idioms', () => {
  it.each(['estoy hasta las narices', "j'en peux plus de ce service", 'ich habe die Schnauze voll'])(
    '"%s" is frustration',
    (text) => {
      expect(triggersOf(text)).toContain('negative_sentiment');
    },
  );

  it('"es reicht, wenn Sie mir eine Mail schicken" (it is enough if) is none', () => {
    expect(triggersOf('es reicht, wenn Sie mir eine Mail schicken')).not.toContain('negative_sentiment');
  });
});

describe('a breach of a law or a contract is a legal matter, a data breach a security one', () => {
  it('"a breach of GDPR" with a deletion request is legal, not security', () => {
    expect(triggersOf('this is a breach of GDPR, I want all my data deleted')).toEqual(['legal_compliance']);
  });

  it('"a data breach" with a card used is security', () => {
    expect(triggersOf('there was a data breach and my card got used')).toContain('security_risk');
  });
});

describe('a limit the customer knows is past, asked for anyway, is a policy exception', () => {
  it.each([
    "I know it's past the 30 days but can you still take it back?",
    "I'm a few days past the return window, any chance you could still accept it?",
    'Is there any way to get a refund on a non-refundable ticket?',
    'Sé que el plazo ya pasó, pero ¿podrían aceptar la devolución?',
    "Je sais que c'est hors délai mais pouvez-vous quand même rembourser ?",
    'Ich weiß, die Frist ist abgelaufen, aber können Sie kulanterweise erstatten?',
  ])('"%s"', (text) => {
    expect(triggersOf(text)).toContain('policy_exception');
  });

  it.each([
    'I returned it after 20 days and still no refund',
    'the ticket is non-refundable, I understand, I just want to change the name',
  ])('"%s" asks for no exception', (text) => {
    expect(triggersOf(text)).not.toContain('policy_exception');
  });
});

describe('a charge for the wrong amount is money at stake', () => {
  it.each(['I was billed 3.200 € instead of 320 €', 'Me cobraron 1.500 € en vez de 150 €'])('"%s"', (text) => {
    expect(triggersOf(text)).toContain('high_value');
  });
});

describe('more frustration', () => {
  it.each([
    "I'm so done with you people",
    'Vous vous moquez de moi ?',
    'Wollen Sie mich veräppeln?',
    "honestly i'm done.",
  ])('"%s" is frustration', (text) => {
    expect(triggersOf(text)).toContain('negative_sentiment');
  });

  it.each(["I'm done with the form, what next?", "ok I'm done with this step"])('"%s" is a step finished', (text) => {
    expect(triggersOf(text)).not.toContain('negative_sentiment');
  });
});

describe('money sent that never arrived, or asked back, is money at stake', () => {
  it.each([
    'The transfer of £300 never arrived at my landlord',
    'la transferencia de 800 € nunca llegó',
    "le virement de 900 € n'est jamais arrivé",
    'die Überweisung über 700 € ist nie angekommen',
    'my refund of $600 has not been credited yet',
    'I want my 250€ back',
  ])('"%s"', (text) => {
    expect(triggersOf(text)).toContain('high_value');
  });

  it('a payment that went fine is not', () => {
    expect(triggersOf('I paid $900 and the order arrived fine')).not.toContain('high_value');
  });
});
