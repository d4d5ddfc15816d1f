import { describe, expect, it } from 'vitest';
import { summarize } from '../summarize';

const amounts = (text: string, locale?: string) =>
  summarize({ conversationId: 'a', locale, messages: [{ role: 'customer', text }] }).entities.amounts.map((a) => [
    a.value,
    a.currency,
  ]);

describe('amounts as people write them', () => {
  it('Swiss thousands with an apostrophe', () => {
    expect(amounts("Le virement de CHF 1'250.00 n'est toujours pas arrivé")).toEqual([[1250, 'CHF']]);
    expect(amounts('Es kostet 2’400 CHF')).toEqual([[2400, 'CHF']]);
  });

  it('a dollar sign in Mexico is pesos; US$ and "dollars" stay dollars', () => {
    expect(amounts('dos cargos: uno por $2,350.00 y otro por $899.00', 'es-MX')).toEqual([
      [2350, 'MXN'],
      [899, 'MXN'],
    ]);
    expect(amounts('me cobraron US$40 y cien dólares', 'es-MX')).toEqual([
      [40, 'USD'],
      [100, 'USD'],
    ]);
    expect(amounts('I was charged $40', 'en-US')).toEqual([[40, 'USD']]);
  });

  it('euros after the number, with a dot for thousands', () => {
    expect(amounts('solicito el abono de la diferencia de 2.200 €')).toEqual([[2200, 'EUR']]);
  });

  it('zero written as an amount is one ("my wallet shows $0.00")', () => {
    expect(amounts('the credit of $318.60 never came and my wallet shows $0.00')).toEqual([
      [318.6, 'USD'],
      [0, 'USD'],
    ]);
  });
});

describe('spoken prices with no currency', () => {
  it.each([
    ["i'm paying seventeen ninety nine a month for the premium plan", 17.99],
    ["now it's gonna jump to like twenty two ninety nine", 22.99],
    ['i just want to keep the student price like eight ninety nine', 8.99],
    ["it's twelve fifty a month", 12.5],
  ])('"%s" is %d', (text, value) => expect(amounts(text)).toEqual([[value, 'USD']]));

  it.each([
    'i need it for two hundred people',
    "it's twenty twenty five already",
    'i was born in nineteen eighty eight and moved to nineteen ninety nine street',
    'we went to 55 stores',
    "it's been like three forty five minutes",
    'I pay 12 bills a month',
  ])('"%s" has no price', (text) => expect(amounts(text)).toEqual([]));
});

describe('ranges: the currency of one end is the other’s', () => {
  it.each([
    ['my bill went from like sixty dollars to ninety one', [60, 91], 'USD'],
    ['me han subido la factura de treinta y cinco a cincuenta y dos euros', [52, 35], 'EUR'],
    ['der Beitrag ist von 40 auf 55 € gestiegen', [55, 40], 'EUR'],
    ['le forfait est passé de 20 à 25 €', [25, 20], 'EUR'],
    ['raise my daily atm withdrawal limit from like five hundred to eight hundred', [500, 800], 'USD'],
  ])('"%s"', (text, values, currency) => expect(amounts(text)).toEqual((values as number[]).map((v) => [v, currency])));

  it.each([
    'the limit went from 5 to 10 users',
    'the price changed from 20 to 30 percent off',
    'moved from 3 to 4 stars at $10',
    'from the 3rd to the 5th it cost $12',
  ])('"%s" adds no other end', (text) => expect(amounts(text).length).toBeLessThanOrEqual(1));
});

describe('bare numbers after a money word are amounts', () => {
  it.each([
    ['I withdrew 200 from the ATM and it never came out', 200],
    ['the 129.99 charge is not mine', 129.99],
    ['a transfer of 1,200 to my landlord', 1200],
    ['I wired 450 yesterday', 450],
    ['there is a fee of 35 on my statement', 35],
  ])('"%s" is %d', (text, value) => expect(amounts(text, 'en-US')).toEqual([[value, 'USD']]));

  it.each(['I transferred 3 items to the cart', 'I paid 12 bills', 'a transfer of 2 days'])('"%s" has none', (text) =>
    expect(amounts(text, 'en-US')).toEqual([]),
  );
});
