import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allMatches } from './all-matches';
import {
  asciiWords,
  countWords,
  digitsOf,
  isAscii,
  isPlainWord,
  isSpaceCode,
  splitOnSpaces,
  withoutAccents,
} from './text-scan';
import { escapePhrase } from './phrase-set';
import { normalizeText } from './normalize-text';

const samples = [
  '',
  ' ',
  'hello',
  '  two  words\t\nhere ',
  'Ünïcödé — “quotes” ’n stuff 12,5 €',
  "can't stop-won't stop_now 42x",
  '\u00a0nbsp\u2028line\u3000ideo\ufeffbom',
  '😀 emoji 😀😀',
];
const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom(...samples));

describe('text-scan: the same answers as the regular expressions they replace', () => {
  it('isSpaceCode is /\\s/ on every UTF-16 code unit', () => {
    for (let c = 0; c <= 0xffff; c++)
      expect(isSpaceCode(c), `U+${c.toString(16)}`).toBe(/\s/.test(String.fromCharCode(c)));
  });

  it('split, count, plain words, ASCII, digits', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(splitOnSpaces(s)).toEqual(s.split(/\s+/).filter(Boolean));
        expect(countWords(s)).toBe(s.split(/\s+/).filter(Boolean).length);
        expect(isPlainWord(s)).toBe(/^[a-z]+$/.test(s));
        expect(isAscii(s)).toBe(/^[\x00-\x7f]*$/.test(s));
        expect(digitsOf(s)).toBe(s.replace(/\D/g, ''));
      }),
      { numRuns: 2000 },
    );
    for (const w of ['abc', 'abC', 'a1', 'zz']) expect(isPlainWord(w)).toBe(/^[a-z]+$/.test(w));
  });

  it('asciiWords is the unicode word split on ASCII text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), (s) => {
        expect(asciiWords(s, true)).toEqual(s.split(/[^\p{L}\p{N}']+/u).filter(Boolean));
        expect(asciiWords(s, false).join(' ')).toBe(s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
      }),
      { numRuns: 2000 },
    );
  });
});

describe('allMatches', () => {
  it('yields what matchAll yields, and leaves lastIndex alone', () => {
    const res = [/\d+/g, /\b\w*/g, /(?:)/gu, /a|(b)/gi, /x*/g, /(?<![\p{L}])(?:la|le)(?![\p{L}])/gu];
    fc.assert(
      fc.property(fc.oneof(text, fc.constantFrom('abab 12 b', '😀a😀', 'la le LA')), (s) => {
        for (const re of res) {
          const expected = [...s.matchAll(re)].map((m) => [m.index, ...m]);
          expect(allMatches(re, s).map((m) => [m.index, ...m])).toEqual(expected);
          expect(re.lastIndex).toBe(0);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('withoutAccents', () => {
  it('takes accents off and writes ß as ss, as the detectors read text; ASCII comes back as is', () => {
    expect(withoutAccents('Straße, café, Größe, señal')).toBe('Strasse, cafe, Grosse, senal');
    const ascii = 'plain text';
    expect(withoutAccents(ascii)).toBe(ascii);
  });

  it('a configured phrase with ß matches the normalised text it is meant for', () => {
    expect(new RegExp(escapePhrase('Straße gesperrt')).test(normalizeText('Die STRASSE gesperrt seit Montag'))).toBe(
      true,
    );
    expect(new RegExp(escapePhrase('Straße gesperrt')).test(normalizeText('Die Straße gesperrt seit Montag'))).toBe(
      true,
    );
  });
});
