import { describe, expect, it } from 'vitest';
import { redactText } from './redact';
import { findSpokenDigitRuns } from './spoken-digits';

describe('spoken digit runs', () => {
  it('finds runs in four languages, with "double" and hesitations inside', () => {
    expect(findSpokenDigitRuns("okay uh it's four eight two nine one seven", 3)).toEqual([
      { start: 13, end: 42, digits: '482917' },
    ]);
    expect(findSpokenDigitRuns('double seven three, uh, oh one nine', 3)[0]!.digits).toBe('773019');
    expect(findSpokenDigitRuns('cuatro ocho dos', 3)[0]!.digits).toBe('482');
    expect(findSpokenDigitRuns('quatre huit deux neuf', 3)[0]!.digits).toBe('4829');
    expect(findSpokenDigitRuns('vier fünf sechs sieben acht', 3)[0]!.digits).toBe('45678');
  });

  it('a lone number word is no run', () => {
    expect(findSpokenDigitRuns('i have one question and two cards', 3)).toEqual([]);
  });
});

describe('a secret read out after its label', () => {
  it.each([
    ['the code is four eight two nine one seven', 'the code is [redacted:code]'],
    ['my one time passcode is seven seven three oh one nine', 'my one time passcode is [redacted:code]'],
    ['my cvv is three one seven', 'my cvv is [redacted:cvv]'],
    ['my social is five two three four one eight eight seven six', 'my social is [redacted:ssn]'],
    ['el código de verificación es cuatro ocho dos nueve', 'el código de verificación es [redacted:code]'],
    ['i got a text with a code four eight two nine one seven', 'i got a text with a code [redacted:code]'],
    ["le cryptogramme c'est neuf cinq un", "le cryptogramme c'est [redacted:cvv]"],
  ])('%s', (text, out) => expect(redactText(text).text).toBe(out));

  it.each([
    'error code five oh three again',
    'my zip code is nine four one oh seven',
    'i waited one two three days for a code',
    'i got the code but it has three one seven in it?',
  ])('kept: %s', (text) => expect(redactText(text).text).toBe(text));
});

describe('a card read out in any of four languages, hesitations inside', () => {
  it.each([
    ['es la cuatro uno tres dos cuatro uno dos cuatro uno cinco siete ocho seis seis ocho cero', '6680'],
    ["it's a mastercard five two four oh three five six five uh five eight oh oh five three seven two", '5372'],
    ['c’est quatre un trois deux quatre un deux quatre un cinq sept huit six six huit zéro', '6680'],
  ])('%s', (text, last4) => {
    const out = redactText(text);
    expect(out.text).toContain(`[card ••••${last4}]`);
    expect(out.text).not.toMatch(/\b(?:cuatro|five|quatre)\b.*\b(?:cero|two|zéro)$/);
    expect(out.cardLast4).toEqual([last4]);
  });

  it('sixteen spoken digits that are no card number stay', () => {
    const text = 'el pedido es cuatro uno tres dos cuatro uno dos cuatro uno cinco siete ocho seis seis ocho uno';
    expect(redactText(text).text).toBe(text);
  });
});

describe('a code named in one sentence and read out in the next', () => {
  it('is masked', () => {
    expect(redactText('I read him the code from a text. It was 482913. Then he asked').text).toBe(
      'I read him the code from a text. It was [redacted:code]. Then he asked',
    );
  });
  it('an error code is no secret', () => {
    expect(redactText('I got an error code. It was 1042.').text).toBe('I got an error code. It was 1042.');
  });
});

describe('round 6 secrets', () => {
  it('a CVV "on the back" of the card, typed or spoken', () => {
    expect(redactText('the security code on the back is three one eight').text).toBe(
      'the security code on the back is [redacted:cvv]',
    );
    expect(redactText('le code de sécurité au dos est 318').text).toBe('le code de sécurité au dos est [redacted:cvv]');
  });

  it('a mistyped IBAN the customer calls their account is masked; an unlabelled one with wrong check digits is not', () => {
    expect(redactText('Bitte überweisen Sie auf mein Konto DE98 3704 0044 0532 0130 00.').text).toBe(
      'Bitte überweisen Sie auf mein Konto [redacted:iban].',
    );
    expect(redactText('Vorgang DE98 3704 0044 0532 0130 00 ist offen').text).toContain('DE98 3704');
  });
});
