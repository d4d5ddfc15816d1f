import { describe, expect, it } from 'vitest';
import { redactEvent, redactText } from './redact';
import { summarize } from './summarize';
import { bot, customer, makeEvent } from './testing';
import { handoffEventSchema } from './schema/handoff-event';

describe('redaction (contract section 5)', () => {
  it('masks a Luhn-valid card number, keeps its last 4, and leaves other long numbers', () => {
    const r = redactText('card 4242 4242 4242 4242, order 1234567890123');
    expect(r.text).toBe('card [card ••••4242], order 1234567890123');
    expect(r).toMatchObject({ redactions: 1, cardLast4: ['4242'] });
  });

  it.each([
    ['my cvv is 123', 'my cvv is [redacted:cvv]'],
    ['the verification code: 482913', 'the verification code: [redacted:code]'],
    ['my code is 482913', 'my code is [redacted:code]'],
    ['my password is Hunter22!', 'my password is [redacted:password]'],
    ['the OTP you sent is 482913', 'the OTP you sent is [redacted:code]'],
    ['the pin they texted me was 4471', 'the pin they texted me was [redacted:code]'],
    ['SSN 123-45-6789', 'SSN [redacted:ssn]'],
    ['IBAN DE89 3704 0044 0532 0130 00 please', 'IBAN [redacted:iban] please'],
    ["my mother's maiden name is Smith", "my mother's maiden name is [redacted:security_answer]"],
    ["le code que vous m'avez envoyé est 482913", "le code que vous m'avez envoyé est [redacted:code]"],
    [
      'der Code, den Sie mir geschickt haben, lautet 482913',
      'der Code, den Sie mir geschickt haben, lautet [redacted:code]',
    ],
    ['el código que me enviaron es 482913', 'el código que me enviaron es [redacted:code]'],
    ['Prüfziffer 123', 'Prüfziffer [redacted:cvv]'],
    ['la respuesta de seguridad es Firulais', 'la respuesta de seguridad es [redacted:security_answer]'],
    ['Antwort auf die Sicherheitsfrage: Bello', 'Antwort auf die Sicherheitsfrage: [redacted:security_answer]'],
  ])('masks "%s"', (input, output) => {
    expect(redactText(input).text).toBe(output);
  });

  it.each([
    'my password is not working',
    'error code 50012 again',
    'zip code 94105',
    'call me on +1 415 555 0100',
    'jane@example.com',
    'order #A-1042',
    'la respuesta del bot no sirve',
    'le code promo ne marche pas',
  ])('keeps "%s"', (text) => expect(redactText(text).text).toBe(text));

  it("masks the customer's answer to a security question and a bare code after the bot asks for one", () => {
    const event = handoffEventSchema.parse(
      makeEvent([
        bot("For security, what is your mother's maiden name?"),
        customer('Gonzalez'),
        bot('Thanks. Please enter the code we texted you.'),
        customer('839201'),
      ]),
    );
    const { event: out, redactions } = redactEvent(event);
    expect(out.messages.map((m) => m.text)).toEqual([
      "For security, what is your mother's maiden name?",
      '[redacted:security_answer]',
      'Thanks. Please enter the code we texted you.',
      '[redacted:code]',
    ]);
    expect(redactions).toBe(2);
    expect(event.messages[1]!.text).toBe('Gonzalez'); // the input is not mutated
  });

  it('masks a card read out in a voice transcript, a spaced code, and a password typed after the bot asks for it', () => {
    expect(redactText('my card is four two four two four two four two four two four two four two four two').text).toBe(
      'my card is [card ••••4242]',
    );
    expect(redactText('the code is 482 913').text).toBe('the code is [redacted:code]');
    const event = handoffEventSchema.parse(
      makeEvent([
        bot('Please enter your current password to continue.'),
        customer('Tr0ub4dor&3'),
        bot('Thanks.'),
        customer('ok'),
      ]),
    );
    expect(redactEvent(event).event.messages.map((m) => m.text)).toEqual([
      'Please enter your current password to continue.',
      '[redacted:password]',
      'Thanks.',
      'ok',
    ]);
  });

  it('no secret survives anywhere in the package: messages, action details, note, attributes', () => {
    const pkg = summarize(
      makeEvent([customer('Card 4111111111111111 was declined, cvv 321')], {
        bot: { actions: [{ name: 'charge', status: 'failed', detail: 'card 4111-1111-1111-1111 declined' }] },
        handoff: { note: 'customer typed 4111 1111 1111 1111' },
        customer: { attributes: { lastCard: '4111111111111111' } },
      }),
    );
    const json = JSON.stringify(pkg);
    expect(json).not.toMatch(/4111[ -]?1111[ -]?1111[ -]?1111/);
    expect(json).not.toContain('321');
    expect(pkg.entities.cardLast4).toEqual(['1111']);
    expect(pkg.redactions).toBe(5);
  });
});

describe('secrets in four languages, the way customers type them', () => {
  const redacted = (text: string) =>
    redactEvent({ conversationId: 'r', channel: 'chat', messages: [{ role: 'customer', text }] }).event.messages[0]!
      .text;
  it.each([
    ['my pin is 4821 and the card still gets declined', '4821'],
    ['mi PIN es 9876, no funciona', '9876'],
    ['mon code PIN est 5555', '5555'],
    ['meine PIN lautet 2468', '2468'],
    ['el código de seguridad es 321', '321'],
    ['le cryptogramme est 456', '456'],
    ['contraseña: Perro123', 'Perro123'],
    ['mot de passe : Soleil2024', 'Soleil2024'],
    ['Kennwort: Blume77', 'Blume77'],
    ['social security number 123 45 6789', '6789'],
    ['my social is 123 45 6789', '6789'],
    ['FR14 2004 1010 0505 0001 3M02 606 est mon IBAN', '3M02'],
    ['my one time code is 774 112', '774 112'],
    ['CVV2: 0123', '0123'],
  ])('%s', (text, secret) => expect(redacted(text)).not.toContain(secret));

  it.each([
    ['I called 555 12 3456 yesterday'],
    ['my zip code is 94107'],
    ['the password reset link isn’t working'],
    ['my account number is 12345678 and sort code 12-34-56'],
  ])('kept as written: %s', (text) => expect(redacted(text)).toBe(text));
});

describe('a code typed back after the bot sent one', () => {
  const texts = (reply: string) =>
    redactEvent({
      conversationId: 'c',
      channel: 'chat',
      messages: [
        { role: 'bot', text: "I've sent a verification code to your phone. What's your order number?" },
        { role: 'customer', text: reply },
      ],
    }).event.messages[1]!.text;
  it('"got it, 558201" is the code', () => expect(texts('got it, 558201')).toBe('got it, [redacted:code]'));
  it('"order 55123" is the order the bot also asked for', () => expect(texts('order 55123')).toBe('order 55123'));
});

describe('a code that came in a text or an email, told in passing', () => {
  const redacted = (text: string) => redactText(text).text;
  it.each([
    [
      'dana.ruiz88@gmail.com. i also got a text with a code 881204 that i never asked for',
      'dana.ruiz88@gmail.com. i also got a text with a code [redacted:code] that i never asked for',
    ],
    [
      'got an email with the code: 4471 9920, was that you?',
      'got an email with the code: [redacted:code], was that you?',
    ],
    [
      'ayer me llegó un SMS con un código 583920 que yo no pedí. el ID del retiro es WD-7731904',
      'ayer me llegó un SMS con un código [redacted:code] que yo no pedí. el ID del retiro es WD-7731904',
    ],
    ['recibí un correo con el código de acceso 7731', 'recibí un correo con el código de acceso [redacted:code]'],
    ["j'ai reçu un SMS avec un code 482913 cette nuit", "j'ai reçu un SMS avec un code [redacted:code] cette nuit"],
    ['Ich habe eine SMS mit einem Code 583920 bekommen', 'Ich habe eine SMS mit einem Code [redacted:code] bekommen'],
  ])('%s', (text, out) => expect(redacted(text)).toBe(out));

  it.each([
    'I got an email with a tracking code 4471229 and a text with error code 4012',
    'un correo con un código de descuento 4512',
    'a text with order 881204 in it',
    'got a text with a code for 20% off, 2 of them',
    'une facture par mail avec le code client 55123',
  ])('kept: %s', (text) => expect(redacted(text)).toBe(text));

  it('a code in such a message is no error code in the package', () => {
    const pkg = summarize({
      conversationId: 'sms-code',
      channel: 'chat',
      messages: [
        {
          role: 'customer',
          text: 'ayer me llegó un SMS con un código 583920 que yo no pedí y hoy vi un retiro de 45,000 pesos',
        },
        { role: 'bot', text: 'Te comunico con el equipo de seguridad.' },
      ],
    });
    expect(JSON.stringify(pkg)).not.toContain('583920');
    expect(pkg.entities.errorCodes).toEqual([]);
  });
});

describe('a CVV after its label and a link in the way people say it', () => {
  const redacted = (text: string) => redactText(text).text;
  it.each([
    [
      "elle se termine par 7733 pis le cryptogramme c'est 951",
      "elle se termine par 7733 pis le cryptogramme c'est [redacted:cvv]",
    ],
    ['le CVV c’est 0123', 'le CVV c’est [redacted:cvv]'],
    ["the CVV, it's 417", "the CVV, it's [redacted:cvv]"],
    ["CVV's 417", "CVV's [redacted:cvv]"],
    ['el código de seguridad son 552', 'el código de seguridad son [redacted:cvv]'],
    ['die Prüfziffer wäre 927', 'die Prüfziffer wäre [redacted:cvv]'],
  ])('%s', (text, out) => expect(redacted(text)).toBe(out));

  it.each([
    "le cryptogramme c'est les 3 chiffres au dos ?",
    'the cvv was changed in 2024',
    "the CVV, it's on the back of card 4242?",
    'le cryptogramme était illisible, commande 5521',
  ])('kept: %s', (text) => expect(redacted(text)).toBe(text));

  it('after the bot asks for the last four and the cryptogramme, the last four stay and the CVV goes', () => {
    const out = redactEvent({
      conversationId: 'fr-cvv',
      channel: 'chat',
      messages: [
        {
          role: 'bot',
          text: 'Pour identifier la carte utilisée, pouvez-vous me donner les 4 derniers chiffres et le cryptogramme au dos ?',
        },
        { role: 'customer', text: "elle se termine par 7733 pis le cryptogramme c'est 951" },
      ],
    });
    expect(out.event.messages[1]!.text).toBe("elle se termine par 7733 pis le cryptogramme c'est [redacted:cvv]");
    expect(out.redactions).toBe(1);
  });
});

describe("a mother's maiden name typed after its label in four languages", () => {
  const redacted = (text: string) => redactText(text).text;
  it.each([
    [
      'der Geburtsname meiner Mutter ist Huber-Lechner, falls das hilft',
      'der Geburtsname meiner Mutter ist [redacted:security_answer], falls das hilft',
    ],
    ['meine Sicherheitsantwort ist Bello', 'meine Sicherheitsantwort ist [redacted:security_answer]'],
    ['Mädchenname: Huber', 'Mädchenname: [redacted:security_answer]'],
    [
      'el apellido de soltera de mi madre es García',
      'el apellido de soltera de mi madre es [redacted:security_answer]',
    ],
    [
      "le nom de jeune fille de ma mère c'est Dupont.",
      "le nom de jeune fille de ma mère c'est [redacted:security_answer].",
    ],
  ])('%s', (text, out) => expect(redacted(text)).toBe(out));

  it.each(['mein Familienname ist Huber', 'der Geburtsname steht im Vertrag MV-1080-2231', 'ma mère est née Dupont'])(
    'kept: %s',
    (text) => expect(redacted(text)).toBe(text),
  );
});

describe('more secrets customers type', () => {
  it.each([
    ['pw: hunter22', 'hunter22'],
    ['the answer to my security question is Fluffy', 'Fluffy'],
    ['security code on the back is 4 5 6', '4 5 6'],
    ['api key sk-live-abcdef1234567890abcd', 'sk-live-abcdef1234567890abcd'],
    ["here's my key sk_live_51HxYz2abcDEF123456", 'sk_live_51HxYz2abcDEF123456'],
    ['Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc123', 'eyJhbGciOiJIUzI1NiJ9'],
    ['access token = ghp_1234567890abcdefghijABCDEFGHIJ123456', 'ghp_1234567890'],
  ])('"%s" loses %s', (text, secret) => {
    const r = redactText(text);
    expect(r.text).not.toContain(secret);
    expect(r.redactions).toBe(1);
  });

  it.each(['the PW team called me', 'my account id is ws_7Hq2LmP9', 'the api key page shows an error'])(
    '"%s" keeps everything',
    (text) => expect(redactText(text).text).toBe(text),
  );
});
