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
