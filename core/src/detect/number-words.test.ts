import { describe, expect, it } from 'vitest';
import { digitsFromWords } from './number-words';

describe('spelled digits and letters', () => {
  it.each([
    ["yeah it's b a eight eight two oh one four four", "yeah it's BA8820144"],
    ["it's r w seven seven four one nine", "it's RW77419"],
    ["yeah it's c l m four five five one eight two", "yeah it's CLM455182"],
    ['every export fails with error e four oh nine and', 'every export fails with error E409 and'],
    ['the booking is k seven q two l m and', 'the booking is K7Q2LM and'],
    ['uh my order number is one two three four five', 'uh my order number is 12345'],
    ['double five one two three', '55123'],
  ])('"%s" reads "%s"', (text, want) => expect(digitsFromWords(text)).toBe(want));

  it.each([
    ['my number is a one two three four', 'my number is a 1234'],
    ['I have a one b c', 'I have a one b c'],
    ['i am a b c d', 'i am a b c d'],
    ['x y z w v one two three four', 'x y z w v 1234'],
  ])('"%s": the article, the pronoun and stray letters stay words ("%s")', (text, want) =>
    expect(digitsFromWords(text)).toBe(want),
  );
});
