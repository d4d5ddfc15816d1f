import { describe, expect, it } from 'vitest';
import { redactEvent } from './redact';
import { summarize } from './summarize';
import type { HandoffEvent } from './schema/handoff-event';

type Turn = ['bot' | 'customer', string];
const event = (turns: Turn[], channel: HandoffEvent['channel'] = 'chat'): HandoffEvent => ({
  conversationId: 'reply',
  channel,
  messages: turns.map(([role, text]) => ({ role, text })),
});
/** The customer's reply to the bot's question, after redaction. */
const reply = (question: string, answer: string, channel: HandoffEvent['channel'] = 'chat') =>
  redactEvent(
    event(
      [
        ['bot', question],
        ['customer', answer],
      ],
      channel,
    ),
  ).event.messages[1]!.text;

describe('a CVV typed right after the bot asks for it', () => {
  it.each([
    ["What's the 3-digit CVV on the back of that card?", '417', '[redacted:cvv]'],
    ['And the 3-digit security code (CVV) on the back?', '604', '[redacted:cvv]'],
    ['Thanks. And the CVC?', "sure it's 0123", "sure it's [redacted:cvv]"],
    ['Please type the three digits on the back of your card.', '381 thanks', '[redacted:cvv] thanks'],
    ['Gracias. Para validarla, ¿me confirmas el código de seguridad de 3 dígitos?', '381', '[redacted:cvv]'],
    ['¿Y los 3 dígitos del reverso de la tarjeta?', 'son 552', 'son [redacted:cvv]'],
    ['Merci. Et le cryptogramme visuel au dos de la carte ?', '472', '[redacted:cvv]'],
    ['Pouvez-vous me donner les trois chiffres au dos de la carte ?', "c'est 318", "c'est [redacted:cvv]"],
    ['Bitte nennen Sie mir noch die Prüfziffer.', '927', '[redacted:cvv]'],
    ['Wie lautet die Kartenprüfnummer?', 'Die ist 123', 'Die ist [redacted:cvv]'],
    ['Und der dreistellige Sicherheitscode auf der Rückseite?', '845', '[redacted:cvv]'],
  ])('%s / %s', (question, answer, redacted) => expect(reply(question, answer)).toBe(redacted));

  it('the card and its CVV in one reply: both masked, the expiry kept', () => {
    expect(reply('Please give me the card number, expiry and CVV.', '4111 1111 1111 1111 09/27 123')).toBe(
      '[card ••••1111] 09/27 [redacted:cvv]',
    );
  });

  it.each([
    ['How many licences do you need?', '250'],
    ['Which room number are you in?', '417'],
    ['What is the CVV on the back of your card?', 'order 123 was the one that failed'],
    ['What is the CVV on the back of your card?', "i don't have the card with me"],
    ['What is the CVV on the back of your card?', 'which one, the card ending 4242?'],
  ])('a 3-digit number not given as the CVV is kept: %s / %s', (question, answer) =>
    expect(reply(question, answer)).toBe(answer),
  );
});

describe('digits said as words on a voice call, after the bot asks for a code, a CVV or an SSN', () => {
  it.each([
    [
      "For your security, I've sent a six digit code to the email on file. Please read me the code.",
      "okay uh it's four eight two nine one seven",
      "okay uh it's [redacted:code]",
    ],
    [
      "To verify your identity, I've sent a code by text message. Please say the code.",
      'seven seven three oh one nine',
      '[redacted:code]',
    ],
    ['Please say the verification code.', 'double seven three oh one nine', '[redacted:code]'],
    ['And the three digit security code on the back?', 'three one seven', '[redacted:cvv]'],
    ['Por favor, dígame el código de verificación.', 'cuatro ocho dos nueve uno siete', '[redacted:code]'],
    ['Pouvez-vous me lire le code de vérification ?', 'euh quatre huit deux neuf un sept', 'euh [redacted:code]'],
    ['Bitte nennen Sie mir den Bestätigungscode.', 'vier acht zwei neun eins sieben', '[redacted:code]'],
  ])('%s / %s', (question, answer, redacted) => expect(reply(question, answer, 'voice')).toBe(redacted));

  it('a spoken SSN is masked and never comes back as a phone number', () => {
    const pkg = summarize(
      event(
        [
          ['bot', 'To verify your identity, please say your policy number or social security number.'],
          [
            'customer',
            "um i don't have the policy number in front of me it's five two three four one eight eight seven six",
          ],
          ['bot', "Thank you. I can't issue refunds, so I'll connect you with billing."],
        ],
        'voice',
      ),
    );
    expect(pkg.transcript[1]!.text).toBe("um i don't have the policy number in front of me it's [redacted:ssn]");
    expect(pkg.entities.phones).toEqual([]);
    const json = JSON.stringify(pkg);
    expect(json).not.toContain('523418876');
    expect(json).not.toContain('five two three four one eight eight seven six');
  });

  it('a typed SSN and the last four of one, after the bot asks', () => {
    expect(reply('Can you confirm your social security number?', 'sure, 523418876')).toBe('sure, [redacted:ssn]');
    expect(reply('Please give me the last four of your social.', '8876')).toBe('[redacted:ssn]');
  });

  it.each([
    ['How many items were missing?', 'three'],
    ['What is your order number?', 'one two three four five'],
    ["What's your zip code?", 'nine four one oh seven'],
    ['Can you give me the order code from your receipt?', '4471 2290'],
    ['Do you have a promo code?', '55123'],
    ["What's your zip code?", '94107'],
  ])('a number is kept when the bot did not ask for a secret: %s / %s', (question, answer) =>
    expect(reply(question, answer, 'voice')).toBe(answer),
  );

  it('a phone number given after an SSN question is kept', () => {
    expect(reply('What is your social security number?', 'call me on 415 555 0100 instead')).toBe(
      'call me on 415 555 0100 instead',
    );
  });
});

describe('answers to security questions, in four languages and on email', () => {
  it.each([
    [
      'Para verificar tu identidad, dime la respuesta a tu pregunta de seguridad: ¿cómo se llamaba tu primera mascota?',
      'Toby',
    ],
    ['¿Cómo se llamaba tu primera mascota?', 'Toby'],
    ['Question de sécurité : quel est le nom de votre premier animal ?', 'Minou'],
    ['Wie hieß Ihr erstes Haustier?', 'Bello'],
    ['Bitte beantworten Sie Ihre Sicherheitsfrage.', 'Bello'],
    ['What was the name of your first dog?', 'Rex'],
  ])('%s / %s', (question, answer) => expect(reply(question, answer)).toBe('[redacted:security_answer]'));

  it('an email reply: the answer above the quoted thread is masked, the quote kept', () => {
    const text = [
      'bluebell',
      '',
      'Ruth',
      '',
      'On Mon, Mar 24, 2025 at 11:21 AM Keystone Mutual <service@keystonemutual.com> wrote:',
      '> Hi Ruth, thanks for contacting Keystone Mutual. To discuss your policy by email, please reply with your memorable word.',
    ].join('\n');
    const out = reply('To discuss your policy by email, please reply with your memorable word.', text, 'email');
    expect(out).not.toContain('bluebell');
    expect(out.startsWith('[redacted:security_answer]\n\nOn Mon, Mar 24, 2025')).toBe(true);
  });

  it('a long reply that is no answer is kept', () => {
    const long = `I don't remember setting one up. ${'I only want to know about the add-on on my renewal. '.repeat(4)}`;
    expect(reply('Please reply with your memorable word.', long, 'email')).toBe(long);
  });
});

describe('a password typed after the bot asks for it', () => {
  it('a password in a short reply is masked, an acknowledgement is not', () => {
    expect(reply('Please enter your current password to continue.', "it's Tr0ub4dor&3")).toBe(
      "it's [redacted:password]",
    );
    expect(reply('Did you change your password?', 'nope')).toBe('nope');
    expect(reply('Par sécurité, ne partagez jamais votre mot de passe.', 'merci')).toBe('merci');
  });
});

describe("the mother's maiden name asked in four languages", () => {
  it.each([
    ['Wie lautet der Geburtsname deiner Mutter?', 'Huber'],
    ['Bitte nennen Sie den Geburtsnamen Ihrer Mutter.', 'Huber'],
    ['Wie lautet der Familienname Ihrer Mutter?', 'Lechner'],
    ["What is your mother's maiden name?", 'Smith'],
    ['¿Cuál es el apellido de soltera de tu madre?', 'García'],
    ['Quel est le nom de naissance de votre mère ?', 'Dupont'],
  ])('%s / %s', (question, answer) => expect(reply(question, answer)).toBe('[redacted:security_answer]'));
});

describe('a secret asked again after a wrong answer', () => {
  const turns = (...texts: string[]) =>
    redactEvent(event(texts.map((text, i): Turn => [i % 2 === 0 ? 'bot' : 'customer', text]))).event.messages.map(
      (m) => m.text,
    );

  it.each([
    [
      'Wie lautet der Geburtsname deiner Mutter?',
      'Huber',
      'Das hat leider nicht gepasst. Magst du es nochmal versuchen? Bitte genau so, wie bei der Registrierung angegeben.',
      'Ah, vielleicht mit Doppelnamen: Huber-Lechner',
    ],
    ["What is your mother's maiden name?", 'Smith', "Sorry, that didn't match. Please try again.", 'Smyth'],
    ['¿Cómo se llamaba tu primera mascota?', 'Toby', 'No coincide. ¿Puedes intentarlo otra vez?', 'Tobi'],
    [
      'Quel est le nom de votre premier animal ?',
      'Minou',
      'Ce n’est pas la bonne réponse, pouvez-vous réessayer ?',
      'Minette',
    ],
  ])('%s', (question, first, again, second) => {
    const out = turns(question, first, again, second);
    expect(out[1]).toBe('[redacted:security_answer]');
    expect(out[3]).toBe('[redacted:security_answer]');
  });

  it('a CVV typed again after the bot says it did not match', () => {
    const out = turns(
      'What is the CVV on the back of your card?',
      '417',
      "That didn't go through, can you try again?",
      '471',
    );
    expect(out.slice(1)).toEqual(['[redacted:cvv]', "That didn't go through, can you try again?", '[redacted:cvv]']);
  });

  it.each([
    [
      'Wie lautet der Geburtsname deiner Mutter?',
      'Huber',
      'Leider wieder nicht korrekt. Ich übergebe dich an eine Kollegin aus der Hausverwaltung.',
      'Passt scho, danke!',
    ],
    [
      "What is your mother's maiden name?",
      'Smith',
      "That didn't match. Please try again later, I'm passing you to an agent.",
      'ok, my order 55123 is the problem',
    ],
    ['Which plan are you on?', 'Basic', 'Please restart the router and try again.', 'ok it says E21 now'],
    ['What is the CVV on the back of your card?', '417', 'Thanks! Anything else?', 'room 212'],
  ])('kept after a message that does not ask again: %s / %s', (question, first, next, after) =>
    expect(turns(question, first, next, after)[3]).toBe(after),
  );
});

describe('a code the bot says it sent, read back in a few words', () => {
  it.each([
    ['¿Cuál es el código que le enviamos?', 'es el 558 201', 'es el [redacted:code]'],
    ['Quel est le code que nous vous avons envoyé ?', "c'est 558201 je crois", "c'est [redacted:code] je crois"],
    ['Wie lautet der Code, den wir Ihnen geschickt haben?', 'der ist 558201', 'der ist [redacted:code]'],
  ])('%s / %s', (question, answer, redacted) => expect(reply(question, answer)).toBe(redacted));

  it('an error code the bot asks about is no secret', () => {
    expect(reply('What was the error code on screen? We sent a fix yesterday.', 'it said 4410')).toBe('it said 4410');
  });
});

describe('a card PIN typed with the card named between', () => {
  it('"the pin on my card is 4471" is masked', () => {
    const text = redactEvent(event([['customer', 'the pin on my card is 4471, it still fails']])).event.messages[0]!
      .text;
    expect(text).not.toContain('4471');
  });
});

describe('codes named and the last one read out', () => {
  const said = (text: string) => redactEvent(event([['customer', text]])).event.messages[0]!.text;
  it.each([
    [
      'ich hab heute Nacht 3 SMS mit Bestätigungscodes bekommen, die ich nicht angefordert habe, der letzte war 583920.',
      '583920',
    ],
    ['I got two codes I never asked for, the last one was 447120', '447120'],
  ])('"%s" masks %s', (text, secret) => {
    expect(said(text)).not.toContain(secret);
    expect(said(text)).toContain('[redacted:code]');
  });

  it('error codes named and the last one read out are kept', () => {
    expect(said('der Fehlercode kam dreimal, der letzte war 5003')).toContain('5003');
  });
});
