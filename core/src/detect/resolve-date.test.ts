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
