import { describe, expect, it } from 'vitest';
import { extractEntities, parseAmount } from './entities';
import { handoffEventSchema } from '../schema/handoff-event';
import { customer, bot, makeEvent } from '../testing';
import { summarize } from '../summarize';

const of = (...texts: string[]) => extractEntities(handoffEventSchema.parse(makeEvent(texts.map((t) => customer(t)))));

describe('entities', () => {
  it('order ids in their many shapes, de-duplicated', () => {
    expect(
      of('my order #A-1042 and order number 55123', 'ORD-2024-0042 is the other one', 'again: order A1042').orderIds,
    ).toEqual(['A-1042', '55123', 'ORD-2024-0042']);
  });

  it('an id said after "account" is an account id, whatever its shape', () => {
    const e = of('order no. 4471-AB is wrong, account # CUS-00912');
    expect(e.orderIds).toEqual(['4471-AB']);
    expect(e.accountIds).toEqual(['CUS-00912']);
    expect(of('my order ORD-2024-0042 on account 99120').orderIds).toEqual(['ORD-2024-0042']);
  });

  it('products named after buying them in Spanish, French and German, not any capitalised German noun', () => {
    expect(of('compré un iPhone 15 Pro y no enciende').products).toEqual(['iPhone 15 Pro']);
    expect(of("j'ai acheté un MacBook Air la semaine dernière").products).toEqual(['MacBook Air']);
    expect(of('ich habe ein iPhone 15 gekauft').products).toEqual(['iPhone 15']);
    expect(of('ich habe meine Bestellung erhalten').products).toEqual([]);
    expect(of('compré una lavadora').products).toEqual([]);
  });

  it('reads spelled digits in voice transcripts', () => {
    expect(of('uh my order number is one two three four five').orderIds).toEqual(['12345']);
  });

  it('amounts with currency, in symbols, codes and words, both decimal marks', () => {
    const amounts = of('I paid $1,299.00 and €49,99, then 1.299,00 EUR, and fifty dollars, plus 20 GBP').amounts;
    expect(amounts.map((a) => [a.value, a.currency])).toEqual([
      [1299, 'USD'],
      [49.99, 'EUR'],
      [1299, 'EUR'],
      [20, 'GBP'],
      [50, 'USD'],
    ]);
    expect(parseAmount('5 150')).toBe(5150);
  });

  it('error codes of every shape', () => {
    expect(of('I get error E1042, then payment_method_declined and 0x80070005').errorCodes).toEqual([
      'E1042',
      'payment_method_declined',
      '0x80070005',
    ]);
  });

  it('emails, phones (normalised), urls, card last 4, dates, accounts, products', () => {
    const e = of(
      'Reach me at Jane@Example.com or 415-555-0100. See https://shop.example.com/orders/9. Card ending in 4242. Account number 99887766. It started on March 3rd. I am on the Pro plan.',
    );
    expect(e.emails).toEqual(['jane@example.com']);
    expect(e.phones).toEqual(['+14155550100']);
    expect(e.urls).toEqual(['https://shop.example.com/orders/9']);
    expect(e.cardLast4).toEqual(['4242']);
    expect(e.accountIds).toEqual(['99887766']);
    expect(e.dates).toEqual(['March 3rd']);
    expect(e.products).toEqual(['Pro plan']);
  });

  it('phones in bot turns count too, and a business number is kept as written digits', () => {
    const e = extractEntities(
      handoffEventSchema.parse(
        makeEvent([customer('what is their number?'), bot('You can call them at 925-943-7977.')]),
      ),
    );
    expect(e.phones).toEqual(['+19259437977']);
  });
});

describe('entities customers write, batch of shapes', () => {
  const ents = (text: string) => summarize({ conversationId: 'e', messages: [{ role: 'customer', text }] }).entities;

  it('devices named by brand and model', () => {
    expect(ents("My iPhone 15 Pro Max and AirPods Pro 2 won't pair since iOS 18.2").products).toEqual([
      'iPhone 15 Pro Max',
      'AirPods Pro 2',
    ]);
  });

  it('"Ma commande CMD-2024-88123" is an order, not a product', () => {
    const e = ents('Ma commande CMD-2024-88123, facture n° F-55120');
    expect(e.orderIds).toEqual(['CMD-2024-88123', 'F-55120']);
    expect(e.products).toEqual([]);
  });

  it('an error code in capitals with underscores', () => {
    expect(ents('it fails with PAYMENT_DECLINED again').errorCodes).toEqual(['PAYMENT_DECLINED']);
    expect(ents('I live in NEW_YORK').errorCodes).toEqual([]);
  });

  it('case numbers and user ids', () => {
    expect(ents('my case number is CS0045566 and my RMA is RMA-77812').orderIds).toEqual(['CS0045566', 'RMA-77812']);
    expect(ents('account: ACCT-00912-XZ, user id u_88123').accountIds).toEqual(['ACCT-00912-XZ', 'u_88123']);
    expect(ents('in case 2 people need it').orderIds).toEqual([]);
  });
});

describe('a price with no currency after the money verb', () => {
  const amounts = (text: string) =>
    summarize({ conversationId: 'a', messages: [{ role: 'customer', text }] }).entities.amounts.map((a) => a.value);
  it.each([
    ['I was charged 49.99 twice', [49.99]],
    ['I was billed forty nine ninety nine on voice', [49.99]],
    ['the total is 240.50 and i paid 2 installments', [240.5]],
    ['I paid 200 last month', [200]],
    ['you charged me two hundred and forty nine dollars and ninety nine cents', [249.99]],
  ] as const)('"%s" is %j', (text, want) => expect(amounts(text)).toEqual(want));

  it.each(['they charged me 3 times', 'I paid 50% upfront', 'I paid 2024 invoice', 'they charged me twice'])(
    '"%s" has no amount',
    (text) => expect(amounts(text)).toEqual([]),
  );

  it('a model number is no error code without the word error ("Acme Router X200")', () => {
    const p = summarize({ conversationId: 'x', messages: [{ role: 'customer', text: 'I use the Acme Router X200.' }] });
    expect(p.entities.errorCodes).toEqual([]);
  });
});

describe("a card's last four in Spanish, French and German", () => {
  const last4 = (text: string) => of(text).cardLast4;
  it.each([
    ['vi dos cargos en mi tarjeta de crédito terminación 4821', '4821'],
    ['Necesito bloquear la Visa acabada en 7012 cuanto antes.', '7012'],
    ['La carte concernée est-elle celle se terminant par 5521 ?', '5521'],
    ['Je fais opposition temporaire sur la carte 5521.', '5521'],
    ['Meine Karte endet auf 1234.', '1234'],
    ['die Kreditkarte mit der Endung 9876 wurde belastet', '9876'],
    ['meine Karte, die auf 4455 endet, ist gesperrt', '4455'],
  ])('"%s" ends in %s', (text, want) => expect(last4(text)).toEqual([want]));

  it('a short answer to "which card?" names its last four', () => {
    const last4 = (question: string, answer: string) =>
      extractEntities(handoffEventSchema.parse(makeEvent([bot(question), customer(answer)]))).cardLast4;
    expect(last4('Quelle carte est concernée ?', "Oui c'est la 5521.")).toEqual(['5521']);
    expect(last4('¿Qué tarjeta es?', 'la que termina 7012')).toEqual(['7012']);
    expect(last4('Which card is it?', 'my visa')).toEqual([]);
  });

  it.each([
    'mi móvil terminado en 4471 no recibe el SMS',
    'mon numéro se terminant par 0612 ne marche plus',
    'la tarjeta 1234 5678 9012 3456 no pasa',
    'tengo una tarjeta regalo de 2000 €, la tarjeta 2000 € no funciona',
  ])('"%s" names no card ending', (text) => expect(last4(text)).toEqual([]));
});

describe('phones people give', () => {
  const phones = (...messages: Parameters<typeof makeEvent>[0]) =>
    extractEntities(handoffEventSchema.parse(makeEvent(messages))).phones;

  it.each([
    ['uff. mejor me pueden llamar? mi cel es 33 1987 6543', '3319876543'],
    [
      'können sie mich bitte zurückrufen lassen ich bin unter null sechs sechs vier eins zwei drei vier fünf sechs sieben erreichbar',
      '06641234567',
    ],
    ['Thanks,\nPriya\nT: +1 312 555 0176', '+13125550176'],
    ['Viele Grüße\nJonas Weber\nTel. 0171 2345678', '01712345678'],
  ])('"%s" gives %s', (text, want) => expect(phones(customer(text))).toEqual([want]));

  it('a number answering "your phone number?" is the phone, spoken or in groups', () => {
    expect(
      phones(
        bot('You can also say your phone number.'),
        customer('okay uh six one seven five five five zero one nine three'),
      ),
    ).toEqual(['+16175550193']);
    expect(phones(bot('¿Me confirmas tu número de línea?'), customer('55 3412 7788'))).toEqual(['5534127788']);
  });

  it('a number after another thing\'s "number" is no phone', () => {
    expect(
      phones(
        bot('please say your policy number.'),
        customer("um i don't have the policy number in front of me it's five two three four one eight eight seven six"),
      ),
    ).toEqual([]);
  });
});

describe('ids named twice', () => {
  it('an account named bare later is not also an order', () => {
    const e = extractEntities(
      handoffEventSchema.parse(
        makeEvent([
          customer('We need to add 12 lines to our business account BA-300177.'),
          bot('Adding 12 lines to BA-300177 requires a credit review.'),
        ]),
      ),
    );
    expect(e.accountIds).toEqual(['BA-300177']);
    expect(e.orderIds).toEqual([]);
  });
});

describe('a quoted or forwarded mail', () => {
  const at = '2025-10-13T17:20:00Z';
  const found = (text: string) => extractEntities(handoffEventSchema.parse(makeEvent([customer(text, at)])), 'en');

  it("keeps the header's sender and date, not the quoted body", () => {
    const e = found(
      'This is a privacy complaint.\n\nPatricia\n\nOn Mon, Oct 13, 2025 at 4:46 PM Lakeside Patient Portal <noreply@lakesidemg.org> wrote:\n> Please use the form, or call 555-201-3344 about order 88123 on March 3rd.',
    );
    expect(e.emails).toEqual(['noreply@lakesidemg.org']);
    expect(e.dates).toEqual(['2025-10-13']);
    expect(e.phones).toEqual([]);
    expect(e.orderIds).toEqual([]);
  });

  it('an Outlook block: From and Sent, the weekday before the date being that date', () => {
    const e = found(
      "I'd like to talk to Rachel.\n\n-----Original Message-----\nFrom: Dispatchly Support <noreply@dispatchly.com>\nSent: Monday, October 6, 2025 2:01 PM\nTo: Tomás Reyes <treyes@northgate.com>\nSubject: RE: Renewal\n\nCall us on 404-555-0199.",
    );
    expect(e.emails).toEqual(['noreply@dispatchly.com']);
    expect(e.dates).toEqual(['2025-10-06']);
    expect(e.phones).toEqual([]);
  });

  it('a message with no quote has no headers: "From: my old address" in a one-line message is text', () => {
    expect(found('From: me, on Friday').emails).toEqual([]);
  });
});

describe('a weekday with its date', () => {
  it('"on Friday, February 6th" is one day, February 6th', () => {
    const e = extractEntities(
      handoffEventSchema.parse(
        makeEvent([customer('I need to send a wire on Friday, February 6th.', '2026-02-02T08:30:00Z')]),
      ),
    );
    expect(e.dates).toEqual(['2026-02-06']);
  });
});

describe('international phones with a one-digit area code', () => {
  it.each([
    ['Appelez-moi au +33 6 71 24 90 18 merci', '+33671249018'],
    ['ma ligne pro (+33 7 68 22 31 90), chez vous', '+33768223190'],
    ['Tél. +33 1 84 60 22 15', '+33184602215'],
  ])('%s', (text, phone) => {
    expect(extractEntities(handoffEventSchema.parse(makeEvent([customer(text)]))).phones).toEqual([phone]);
  });
});

describe('ids with more than one group of letters', () => {
  it.each([
    ['Your final invoice INV-SP-7730 for $3,200.00 is due on the 5th.', 'INV-SP-7730'],
    ['Votre annulation RES-QC-55210 est bien dans les délais', 'RES-QC-55210'],
    ['order number is ab-cd-12345', 'ab-cd-12345'],
  ])('%s', (text, id) => {
    expect(extractEntities(handoffEventSchema.parse(makeEvent([customer(text)]))).orderIds).toEqual([id]);
  });
});

describe('order ids after an article or written with slashes', () => {
  it('"Mi pedido es el #A-88213"', () => {
    expect(of('Mi pedido es el #A-88213 y lo pagué').orderIds).toEqual(['A-88213']);
  });
  it('"the invoice INV/2025/00412", not a date after "la commande le"', () => {
    expect(of('the invoice INV/2025/00412 is wrong').orderIds).toEqual(['INV/2025/00412']);
    expect(of('la commande le 12/03/2025').orderIds).toEqual([]);
  });
});
