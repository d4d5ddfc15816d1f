import { describe, expect, it } from 'vitest';
import { detectReAsk, type KnownFacts, type ReAskField } from './reask-detector';

const full: KnownFacts = {
  orderIds: ['A-10442'],
  emails: ['maria@example.com'],
  phones: ['+34 600 111 222'],
  accountIds: ['ACC-778'],
  errorCodes: ['E402'],
  attempted: true,
};
const none: KnownFacts = {};

type Case = { lang: string; reply: string; known: KnownFacts; expected: ReAskField[] };

/** Real-shaped first public replies. `expected` is what a careful reader would flag. */
const CASES: Case[] = [
  // English
  {
    lang: 'en',
    reply: 'Hi Maria, thanks for reaching out! Could you send me your order number so I can look into this?',
    known: full,
    expected: ['entities.orderIds'],
  },
  {
    lang: 'en',
    reply: 'Hello! What have you tried so far? Also, what email address is on the account?',
    known: full,
    expected: ['attempted', 'customer.email'],
  },
  {
    lang: 'en',
    reply: "Hi, I can see order A-10442 and that you already reinstalled the app. I've issued the refund.",
    known: full,
    expected: [],
  },
  {
    lang: 'en',
    reply: 'Can you confirm the order number A-10442 is the one with the missing item?',
    known: full,
    expected: [],
  },
  {
    lang: 'en',
    reply: 'Please share the error message you see when paying.',
    known: full,
    expected: ['entities.errorCodes'],
  },
  { lang: 'en', reply: 'Could you send me your order number?', known: none, expected: [] },
  { lang: 'en', reply: "We'll email you a return label within the hour.", known: full, expected: [] },
  { lang: 'en', reply: 'Have you tried restarting the router?', known: full, expected: ['attempted'] },
  // Spanish
  {
    lang: 'es',
    reply: 'Hola María, ¿me podría indicar el número de pedido para revisarlo?',
    known: full,
    expected: ['entities.orderIds'],
  },
  {
    lang: 'es',
    reply: '¿Qué has intentado hasta ahora? ¿Y cuál es tu correo electrónico?',
    known: full,
    expected: ['attempted', 'customer.email'],
  },
  {
    lang: 'es',
    reply: 'Gracias, ya veo el pedido A-10442. Le enviaremos el reembolso hoy.',
    known: full,
    expected: [],
  },
  {
    lang: 'es',
    reply: 'Por favor, envíeme el código de error que aparece en pantalla.',
    known: full,
    expected: ['entities.errorCodes'],
  },
  { lang: 'es', reply: 'Te hemos enviado un correo con la etiqueta de devolución.', known: full, expected: [] },
  { lang: 'es', reply: '¿Puede confirmar su número de teléfono?', known: full, expected: ['entities.phones'] },
  // French
  {
    lang: 'fr',
    reply: 'Bonjour, pourriez-vous me communiquer votre numéro de commande ?',
    known: full,
    expected: ['entities.orderIds'],
  },
  {
    lang: 'fr',
    reply: "Qu'avez-vous déjà essayé ? Merci de me confirmer votre adresse e-mail.",
    known: full,
    expected: ['attempted', 'customer.email'],
  },
  { lang: 'fr', reply: 'Je vois votre commande A-10442, le remboursement est en cours.', known: full, expected: [] },
  { lang: 'fr', reply: 'Je vais vous envoyer un e-mail de confirmation.', known: full, expected: [] },
  {
    lang: 'fr',
    reply: 'Pouvez-vous nous indiquer votre numéro de compte ?',
    known: full,
    expected: ['entities.accountIds'],
  },
  // German
  {
    lang: 'de',
    reply: 'Hallo, könnten Sie mir bitte Ihre Bestellnummer nennen?',
    known: full,
    expected: ['entities.orderIds'],
  },
  {
    lang: 'de',
    reply: 'Was haben Sie schon versucht? Und wie lautet Ihre E-Mail-Adresse?',
    known: full,
    expected: ['attempted', 'customer.email'],
  },
  {
    lang: 'de',
    reply: 'Vielen Dank, ich sehe die Bestellung A-10442 und habe die Erstattung veranlasst.',
    known: full,
    expected: [],
  },
  { lang: 'de', reply: 'Wir schicken Ihnen eine E-Mail mit dem Rücksendeetikett.', known: full, expected: [] },
  {
    lang: 'de',
    reply: 'Bitte senden Sie uns die Fehlermeldung als Screenshot.',
    known: full,
    expected: ['entities.errorCodes'],
  },
  // Harder shapes: an indirect request (caught) and a question about something else (a known false alarm).
  {
    lang: 'en',
    reply: "I'll need the order reference before I can do anything.",
    known: full,
    expected: ['entities.orderIds'],
  },
  { lang: 'en', reply: 'Did you get our email about the order number change?', known: full, expected: [] },
];

describe('re-ask detector, en/es/fr/de', () => {
  const results = CASES.map((c) => ({ ...c, got: detectReAsk(c.reply, c.known) }));
  let misses = 0;
  let falseAlarms = 0;
  for (const r of results) {
    misses += r.expected.filter((f) => !r.got.includes(f)).length;
    falseAlarms += r.got.filter((f) => !r.expected.includes(f)).length;
  }
  const expectedTotal = CASES.reduce((s, c) => s + c.expected.length, 0);

  it('counts misses and false alarms over the corpus', () => {
    // eslint-disable-next-line no-console
    console.info(
      `re-ask detector: ${CASES.length} replies, ${expectedTotal} re-asks, ${misses} missed, ${falseAlarms} false alarms`,
    );
    expect(misses).toBe(0);
    // 'Did you get our email about the order number change?' flags email and order number: 2 false alarms.
    expect(falseAlarms).toBeLessThanOrEqual(2);
  });

  for (const lang of ['en', 'es', 'fr', 'de']) {
    it(`${lang}: every clear case (all but the last two) is right, naming the field`, () => {
      for (const r of results.slice(0, -2).filter((x) => x.lang === lang))
        expect([r.reply, r.got.sort()]).toEqual([r.reply, [...r.expected].sort()]);
    });
  }

  it('flags nothing the package did not hold', () => {
    expect(detectReAsk('What is your order number? And your email?', { orderIds: ['1'] })).toEqual([
      'entities.orderIds',
    ]);
  });
});
