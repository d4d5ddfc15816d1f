import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize-text';

describe('normalizeText', () => {
  it('joins the words with single spaces, whatever white space the text had', () => {
    expect(normalizeText('  Hello   world \n')).toBe('hello world');
    expect(normalizeText('one\ttwo\r\nthree')).toBe('one two three');
    expect(normalizeText('   ')).toBe('');
    expect(normalizeText('')).toBe('');
  });

  it('repairs words and drops stutters and fillers anywhere in the text', () => {
    expect(normalizeText('um I want to to talk to u')).toBe('i want to talk to you');
    expect(normalizeText('ok  pls  help')).toBe('ok please help');
    expect(normalizeText('ok pls')).toBe('ok please');
    expect(normalizeText('the error, er, shows')).toBe('the error, shows');
  });

  it('splits a verb run into the next small word ("filea claim", "talkto someone")', () => {
    expect(normalizeText('how can I filea claim?')).toBe('how can i file a claim?');
    expect(normalizeText('I need to talkto someone')).toBe('i need to talk to someone');
    expect(normalizeText('a calla lily and a canton')).toBe('a calla lily and a canton');
  });

  it('gives the text back unchanged when it is already normal', () => {
    expect(normalizeText('my order never arrived')).toBe('my order never arrived');
  });

  it('never leaves double, leading or trailing spaces', () => {
    const piece = fc.constantFrom('to', 'u', 'wanna', 'um', ' ', '  ', '\n', 'Hello', ',', 'er', 'pls', 'agent');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 20 }).map((a) => a.join('')),
        (t) => {
          const n = normalizeText(t);
          return !/ {2}|^ | $|\s(?<! )/.test(n);
        },
      ),
    );
  });
});

describe('"im"', () => {
  it('is "i\'m" in chat English and stays in German', () => {
    expect(normalizeText('im going to cancel')).toBe("i'm going to cancel");
    expect(normalizeText('Ich bin ab April im Ausland und habe im Voraus bezahlt')).toBe(
      'ich bin ab april im ausland und habe im voraus bezahlt',
    );
  });
});
