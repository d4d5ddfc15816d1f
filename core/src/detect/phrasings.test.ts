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

describe('round 11 phrasings', () => {
  it.each([
    'can i get someone from your team on the phone please',
    'I need a real answer from a real employee',
    'Je voudrais être mis en relation avec un conseiller',
    "Pouvez-vous me passer quelqu'un du service client ?",
  ])('"%s" asks for a person', (text) => expect(triggersOf(text)).toContain('customer_requested'));

  it.each([
    "j'ai été mis en relation avec un conseiller hier",
    'I got a reply from a real person yesterday',
    'can i get someone to pick up the parcel on the phone number listed',
  ])('"%s" does not', (text) => expect(triggersOf(text)).not.toContain('customer_requested'));

  it.each(["there's a login from Russia on my account", 'I got an alert about a sign-in from an unknown device'])(
    '"%s" is a security risk',
    (text) => expect(triggersOf(text)).toContain('security_risk'),
  );

  it.each(['the login from the app on my account keeps failing', 'login from my phone to my account doesnt work'])(
    '"%s" is not',
    (text) => expect(triggersOf(text)).not.toContain('security_risk'),
  );

  it.each([
    'are you even reading what i write??',
    'Qué desastre de servicio',
    "I've wasted two hours of my life on this",
    "C'est un désastre, votre service",
    'Was für ein Desaster',
  ])('"%s" is frustration', (text) => expect(triggersOf(text)).toContain('negative_sentiment'));

  it('"I wasted no time" is not', () =>
    expect(triggersOf('I wasted no time and ordered the new one')).not.toContain('negative_sentiment'));

  it('a fee to be removed is a policy exception; one removed already is not', () => {
    expect(triggersOf('I need the cancellation fee removed, I was in hospital')).toContain('policy_exception');
    expect(triggersOf('the late fee was removed last week, thanks')).not.toContain('policy_exception');
  });
});

describe('no need to put me through, in four languages', () => {
  it.each([
    "Pas besoin de me passer quelqu'un au téléphone, une réponse par mail me suffit.",
    'No hace falta que me pases con nadie, solo dime el plazo',
    'Sie müssen mich nicht durchstellen, eine Mail reicht',
  ])('"%s" asks for no person', (text) => expect(triggersOf(text)).not.toContain('customer_requested'));
});
