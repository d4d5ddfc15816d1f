import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarize } from '../summarize';
import { gated, gatedTest, mayMatch, registeredExpressions, sameAsScanned } from './literal-gate';
import { normalizeText } from './normalize-text';
import { requiredLiterals } from './regex-literals';

describe('requiredLiterals', () => {
  it('reads the literals every match holds, shortest kept', () => {
    expect(requiredLiterals(/\bsue|lawyers?\b/)).toEqual(['sue', 'lawyer']);
    expect(requiredLiterals(/\b(?:hack(?:ed|er|ing)?|hijack(?:ed)?)\b/i)).toEqual(['hack', 'hijack']);
    expect(requiredLiterals(/identity\s+theft/)).toEqual(['identity t']); // white space, one or many, is one space; literals cut to 10 characters
    expect(requiredLiterals(/(?:to|with)(?:someone|the)\b/)).toEqual(['tothe', 'withthe', 'tosomeone', 'withsomeon']);
    expect(requiredLiterals(/colou?r/)).toEqual(['color', 'colour']);
    expect(requiredLiterals(/ORD-[A-Z]+/)).toEqual(['ord-']);
    expect(requiredLiterals(/#\d{4,}/)).toHaveLength(100); // '#00' to '#99'
    expect(requiredLiterals(/\d+/)).toHaveLength(10);
    expect(requiredLiterals(/[$€]\s?\d/)).toHaveLength(40); // '$0' to '€ 9'
    expect(requiredLiterals(/caf[eé]/)).toEqual(['cafe', 'café']);
  });

  it('gives no constraint where a match needs no literal (or only one common character)', () => {
    for (const re of [/\w+-\w+/, /\w+\.\w+/, /a|\bfoo/, /(?:x)?y*/, /[^abc]+/, /(a)\1/, /\p{L}+/u, /./])
      expect(requiredLiterals(re), re.source).toBeUndefined();
  });

  it('drops zero-width assertions but keeps what they surround', () => {
    expect(requiredLiterals(/(?<![\w-])refund(?=\s)/)).toEqual(['refund']);
    expect(requiredLiterals(/^(?:yes|yeah)\b/)).toEqual(['yes', 'yeah']);
    // what a positive look-ahead needs is in the text too; a negative one constrains nothing
    expect(requiredLiterals(/\b[A-Z]\w+(?=\s+(?:app|device)\b)/)).toEqual([' app', ' device']);
    expect(requiredLiterals(/\b[A-Z]\w+(?!\s+(?:app|device)\b)/)).toBeUndefined();
  });
});

describe('literal gate', () => {
  it('skips an expression only when the text cannot match it', () => {
    const re = gated(/\b(?:lawyer|attorney)s?\b/g);
    expect(mayMatch(re, 'I will call my lawyer')).toBe(true);
    expect(mayMatch(re, 'I will call my LAWYER')).toBe(true);
    expect(mayMatch(re, 'please refund me')).toBe(false);
    re.lastIndex = 5;
    expect(gatedTest(re, 'please refund me')).toBe(false);
    expect(re.lastIndex).toBe(0);
  });

  it('reads a run of white space in a text as the one space of a literal', () => {
    const re = gated(/\bcould\s+not\s+find\b/);
    for (const text of ['I could not find it', 'I could  not\n\tfind it', 'could\u00a0not find'])
      expect([text, mayMatch(re, text)]).toEqual([text, true]);
    expect(mayMatch(re, 'I couldnot find it')).toBe(false);
    expect(mayMatch(re, 'could find, not')).toBe(false);
  });

  it('folds case as the i and u flags do (Latin-1, long s, Kelvin sign)', () => {
    const re = gated(/\bstra[sß]e|kelvin|ÉCHEC/iu);
    for (const text of ['STRASE', 'ſtrase', '\u212Aelvin', 'échec', 'Échec'])
      expect([text, mayMatch(re, text)]).toEqual([text, re.test(text)]);
  });

  it("answers for a message's lower case from the message's own scan", () => {
    const lawyer = gated(/\blawyer\b/);
    const refund = gated(/\brefund\b/);
    sameAsScanned('i will call my lawyer today', 'I will call my LAWYER today');
    expect(mayMatch(lawyer, 'i will call my lawyer today')).toBe(true);
    expect(mayMatch(refund, 'i will call my lawyer today')).toBe(false);
    // normalizeText hands the gate the message's answer only when its result is the message in lower case
    expect(normalizeText('Please REFUND me')).toBe('please refund me');
    expect(mayMatch(refund, 'please refund me')).toBe(true);
  });

  // Every expression the detectors registered, run against texts made of their own words: wherever an
  // expression matches, the gate must have let it run.
  const expressions = () => {
    summarize(JSON.parse(readFileSync(examples()[0]!, 'utf8')));
    return registeredExpressions().map((e) => new RegExp(e.source, e.flags));
  };
  const examples = () => {
    const dir = fileURLToPath(new URL('../../../examples/', import.meta.url));
    return readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => dir + f);
  };

  it('never skips a match: the shipped examples, raw and normalised', () => {
    const all = expressions();
    expect(all.length).toBeGreaterThan(40);
    let matched = 0;
    for (const file of examples()) {
      const event = JSON.parse(readFileSync(file, 'utf8')) as { messages: { text: string }[] };
      for (const m of event.messages)
        for (const text of [m.text, normalizeText(m.text)])
          for (const re of all) {
            re.lastIndex = 0;
            if (!re.test(text)) continue;
            matched++;
            expect(mayMatch(re, text), `${re.source.slice(0, 80)} on ${JSON.stringify(text)}`).toBe(true);
          }
    }
    expect(matched).toBeGreaterThan(100);
  });

  it('never skips a match: random texts built from the expressions own words', () => {
    const all = expressions();
    const words = [
      ...new Set(all.flatMap((re) => re.source.match(/[a-zA-Z'äöüßéèàçñíóú]{2,}/g) ?? [])),
      ...['ORD-12345', '4242', '$149', 'E1042', 'payment_method_declined', 'jane@example.com', '+1 415 555 0100'],
    ];
    const word = fc
      .constantFrom(...words)
      .chain((w) => fc.constantFrom(w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1), `${w}s`, `${w}ed`));
    const sep = fc.constantFrom(' ', ' ', ', ', '. ', '! ', '? ', '\n', "'", '-');
    const text = fc.array(fc.tuple(word, sep), { minLength: 1, maxLength: 14 }).map((parts) => parts.flat().join(''));
    let matched = 0;
    fc.assert(
      fc.property(text, (t) => {
        for (const s of [t, normalizeText(t)])
          for (const re of all) {
            re.lastIndex = 0;
            if (re.test(s)) {
              matched++;
              if (!mayMatch(re, s)) return false;
            }
          }
        return true;
      }),
      { numRuns: 400 },
    );
    expect(matched).toBeGreaterThan(400);
  });
});
