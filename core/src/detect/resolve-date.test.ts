import { describe, expect, it } from 'vitest';
import { resolveDate } from './resolve-date';
import { summarize } from '../summarize';

// Tuesday 10 March 2026, 15:00 UTC
const AT = '2026-03-10T15:00:00Z';

describe('resolveDate: the day a customer names, counted from when they said it', () => {
  it.each([
    ['March 3rd', 'en', '2026-03-03'],
    ['3rd of March', 'en', '2026-03-03'],
    ['Mar 3, 2025', 'en', '2025-03-03'],
    ['march third', 'en', '2026-03-03'],
    ['the twenty first of february', 'en', '2026-02-21'],
    ['2026-03-05', 'en', '2026-03-05'],
    ['3/14/2026', 'en', '2026-03-14'],
    ['02/03/2026', 'en', '2026-02-03'],
    ['02/03/2026', 'fr', '2026-03-02'],
    ['14/02/2026', 'en', '2026-02-14'],
    ['14.02.2026', 'de', '2026-02-14'],
    ['3 de marzo', 'es', '2026-03-03'],
    ['12 mars', 'fr', '2026-03-12'],
    ['5. März', 'de', '2026-03-05'],
    ['yesterday', 'en', '2026-03-09'],
    ['today', 'en', '2026-03-10'],
    ['tomorrow', 'en', '2026-03-11'],
    ['ayer', 'es', '2026-03-09'],
    ['hier', 'fr', '2026-03-09'],
    ['vorgestern', 'de', '2026-03-08'],
    ['3 days ago', 'en', '2026-03-07'],
    ['2 weeks ago', 'en', '2026-02-24'],
    ['hace 2 días', 'es', '2026-03-08'],
    ['last Friday', 'en', '2026-03-06'],
    ['Monday', 'en', '2026-03-09'],
    ['el lunes pasado', 'es', '2026-03-09'],
    ['letzten Dienstag', 'de', '2026-03-03'],
    ['next Monday', 'en', '2026-03-16'],
  ] as const)('"%s" (%s) is %s', (text, language, day) => {
    expect(resolveDate(text, AT, language)).toBe(day);
  });

  it('a month and day with no year is the nearest one: December said in January is last year', () => {
    expect(resolveDate('December 28', '2026-01-04T09:00:00Z')).toBe('2025-12-28');
    expect(resolveDate('January 3rd', '2025-12-30T09:00:00Z')).toBe('2026-01-03');
  });

  it('a weekday after words that look ahead is the next one', () => {
    expect(resolveDate('Friday', AT, 'en', 'my package will arrive on ')).toBe('2026-03-13');
    expect(resolveDate('Friday', AT, 'en', 'it was delivered on ')).toBe('2026-03-06');
  });

  it('no single day: null; a day but no time to count from: undefined (kept as written)', () => {
    expect(resolveDate('last month', AT)).toBeNull();
    expect(resolveDate('this week', AT)).toBeNull();
    expect(resolveDate('2 months ago', AT)).toBeNull();
    expect(resolveDate('February 30', AT)).toBeNull();
    expect(resolveDate('13/13/2026', AT)).toBeNull();
    expect(resolveDate('March 3rd', undefined)).toBeUndefined();
    expect(resolveDate('yesterday', undefined)).toBeUndefined();
    expect(resolveDate('12 mars 2026', undefined, 'fr')).toBe('2026-03-12');
  });
});

describe('entities.dates in the package', () => {
  const dates = (text: string, locale?: string, at: string | null = AT) =>
    summarize({ conversationId: 'd', locale, messages: [{ role: 'customer', text, ...(at ? { at } : {}) }] }).entities
      .dates;

  it('are ISO days from the message time, each day once, vague periods left out', () => {
    expect(dates('I was charged on March 3rd, again yesterday and on 2026-03-09, all since last month')).toEqual([
      '2026-03-03',
      '2026-03-09',
    ]);
    expect(dates("on m'a débité le 12 mars et hier encore", 'fr-FR')).toEqual(['2026-03-12', '2026-03-09']);
  });

  it('"hier" is here in German, not yesterday', () => {
    expect(dates('Ich bin hier seit gestern, die Abbuchung war am 5. März', 'de-DE')).toEqual([
      '2026-03-09',
      '2026-03-05',
    ]);
  });

  it('with no time on any message the words stay as written', () => {
    expect(dates('It started on March 3rd', undefined, null)).toEqual(['March 3rd']);
  });

  it('a message with no time of its own is counted from the one before it', () => {
    const p = summarize({
      conversationId: 'd2',
      messages: [
        { role: 'customer', text: 'hi', at: AT },
        { role: 'customer', text: 'my order was due yesterday' },
      ],
    });
    expect(p.entities.dates).toEqual(['2026-03-09']);
  });
});

describe('a weekday wanted or booked is ahead', () => {
  it.each([
    ['can you deliver it ', '2026-03-13'],
    ['I want to book a table for ', '2026-03-13'],
    ['I paid on ', '2026-03-06'],
  ])('"%sFriday" is %s', (around, day) => {
    expect(resolveDate('Friday', AT, 'en', around)).toBe(day);
  });
});

describe('dates said in more ways', () => {
  const dates = (text: string, locale?: string, at = AT) =>
    summarize({ conversationId: 'd', locale, messages: [{ role: 'customer', text, at }] }).entities.dates;

  it.each([
    ['I cancelled on 8/29 but got charged on 9/1', 'en-US', '2025-09-02T15:30:00Z', ['2025-08-29', '2025-09-01']],
    ['my ER visit on 10/02 was covered', 'en-US', '2025-11-18T15:00:00Z', ['2025-10-02']],
    ['un prélèvement de 39,99 € du 03/11 que je ne reconnais pas', 'fr-FR', '2025-11-05T10:15:00Z', ['2025-11-03']],
    ['changer mon siège sur le vol du 12/03, réservation 5TGH8L', 'fr-FR', '2026-02-20T10:00:00Z', ['2026-03-12']],
    ['die Abbuchung am 12.03. war doppelt', 'de-DE', '2026-03-20T10:00:00Z', ['2026-03-12']],
    ['12 véhicules à partir du 1er mars', 'fr-FR', '2026-02-10T10:00:00Z', ['2026-03-01']],
    ['quería cambiar la cita al quince de mayo', 'es-ES', '2025-05-02T10:00:00Z', ['2025-05-15']],
    ['el plazo acabó hace tres días', 'es-ES', '2025-10-30T13:15:00Z', ['2025-10-27']],
    ['uh june third nineteen eighty eight', 'en-US', '2026-04-27T09:50:00Z', ['1988-06-03']],
    [
      'my bill is due on the 28th but i get paid march 6',
      'en-US',
      '2026-02-26T08:10:00Z',
      ['2026-02-28', '2026-03-06'],
    ],
    ['could you push the due date to the 6th this once?', 'en-US', '2026-02-26T08:10:00Z', ['2026-03-06']],
    ['i need to change my flight to boston on uh the twenty second', 'en-US', '2025-08-11T11:45:00Z', ['2025-08-22']],
    ["i don't get paid till the eighteenth so", 'en-US', '2025-09-08T17:50:00Z', ['2025-09-18']],
    [
      'the premium came out on the first and again on the third',
      'en-US',
      '2025-02-10T16:25:00Z',
      ['2025-02-01', '2025-02-03'],
    ],
  ] as const)('"%s" (%s) names %j', (text, locale, at, want) => expect(dates(text, locale, at)).toEqual(want));

  it.each([
    'it has been like this all week',
    'my flight got cancelled last week',
    'I want to move out at the end of the month',
    'for the first time in years, on the second floor',
    'I ate 1/2 of it and gave 3/4 away',
  ])('"%s" names no day', (text) => expect(dates(text)).toEqual([]));

  it('"How can I help you today?" is a greeting, no day', () => {
    const p = summarize({
      conversationId: 'g',
      messages: [
        { role: 'bot', text: 'Welcome to Pacifica Air. How can I help you today?', at: AT },
        { role: 'customer', text: 'my refund is late', at: AT },
      ],
    });
    expect(p.entities.dates).toEqual([]);
  });
});

describe('which weekday: the coming one unless the clause says it is gone', () => {
  // Monday 8 December 2025
  const MON = '2025-12-08T22:40:00Z';
  it.each([
    ['His birthday is on ', 'Saturday', '', '2025-12-13'],
    ['We run payroll on ', 'Thursday', ' so I need access before then', '2025-12-11'],
    ["i'm on the uh the flight to tokyo on ", 'thursday', ' the booking is k7q2lm', '2025-12-11'],
    ['el trial se nos acaba ', 'el viernes', '', '2025-12-12'],
    ['I paid on ', 'Monday', '', '2025-12-01'],
    ['it was delivered ', 'Friday', '', '2025-12-05'],
    ["I haven't been able to get in since ", 'Friday', '', '2025-12-05'],
    ['our block stopped routing after your maintenance window on ', 'Sunday', '', '2025-12-07'],
    ['', 'Monday', ' I called and nobody answered', '2025-12-01'],
    ['pagué la factura ', 'el viernes', '', '2025-12-05'],
    ["j'ai payé ", 'vendredi', '', '2025-12-05'],
    ['', 'am Freitag', ' habe ich bezahlt', '2025-12-05'],
    ["I'm free ", 'Friday', ' next week', '2025-12-19'],
    ['', 'Saturday', ' this week', '2025-12-13'],
  ])('"%s%s%s"', (before, day, after, want) => {
    expect(resolveDate(day, MON, 'en', before, after)).toBe(want);
  });
});

describe('which weekday, from more of its clause', () => {
  // Wednesday 22 October 2025
  const WED = '2025-10-22T07:50:00Z';
  it.each([
    // an appointment is ahead though the message about it is in the past
    ['Me ha llegado un SMS de que mi cita del ', 'jueves', ' con la Dra. Ibarra se ha cancelado', '2025-10-23'],
    ["j'ai reçu un mail pour mon rendez-vous de ", 'mardi', '', '2025-10-28'],
    // a German perfect split around the day, or its participle first
    ['Die Nachhilfelehrerin ist ', 'am Montag', ' schon wieder nicht erschienen', '2025-10-20'],
    ['ich hab es ', 'am montag', ' in der app hochgeladen', '2025-10-20'],
    ['gekauft hab ich ihn ', 'am samstag', ' in der filiale', '2025-10-18'],
    // "for" right before the day looks ahead, further back it is what was paid for
    ['I booked a table for ', 'Friday', '', '2025-10-24'],
    ['there is a charge on my card for $389 on ', 'Monday', ' and i never rented anything', '2025-10-20'],
  ])('"%s%s%s"', (before, day, after, want) => {
    expect(resolveDate(day, WED, 'en', before, after)).toBe(want);
  });
});

describe("a bot's today", () => {
  it('is the time of the conversation, no day named; a customer’s today is one', () => {
    const p = summarize({
      conversationId: 'd3',
      messages: [
        { role: 'customer', text: 'someone added an address to my account today', at: AT },
        { role: 'bot', text: 'I can see a new address that was added today.', at: AT },
      ],
    });
    expect(p.entities.dates).toEqual(['2026-03-10']);
    const botOnly = summarize({
      conversationId: 'd4',
      messages: [
        { role: 'customer', text: 'someone added an address to my account', at: AT },
        { role: 'bot', text: 'I can see a new address that was added today.', at: AT },
      ],
    });
    expect(botOnly.entities.dates).toEqual([]);
  });
});
