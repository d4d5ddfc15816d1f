import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { luhnValid, redactText } from './redact';

/** The card masking as first written (every pair of blocks tried): the reference for the linear one. A run
 * without separators is a card only as a whole. */
function cardLikeGroups(groups: number[]): boolean {
  if (groups.length === 1) return true;
  if (groups.length === 3 && groups[0] === 4 && groups[1] === 6 && (groups[2] === 5 || groups[2] === 4)) return true;
  return groups.every((g, i) => (i < groups.length - 1 ? g === 4 : g >= 1 && g <= 4));
}
function referenceMaskCards(run: string, found: (last4: string) => void): string {
  const positions: number[] = [];
  const blockStarts: number[] = [];
  for (let i = 0; i < run.length; i++) {
    if (run[i]! >= '0' && run[i]! <= '9') {
      if (i === 0 || run[i - 1] === ' ' || run[i - 1] === '-') blockStarts.push(positions.length);
      positions.push(i);
    }
  }
  const digits = positions.map((p) => run[p]).join('');
  const bounds = [...blockStarts, digits.length];
  const spans: Array<[number, number]> = [];
  if (blockStarts.length === 1) {
    if (luhnValid(digits)) spans.push([0, digits.length]);
  } else {
    for (let a = 0; a < bounds.length - 1;) {
      let taken = 0;
      for (let b = bounds.length - 1; b > a; b--) {
        const length = bounds[b]! - bounds[a]!;
        if (length < 13 || length > 19) continue;
        const groups = bounds.slice(a + 1, b + 1).map((end, i) => end - bounds[a + i]!);
        if (cardLikeGroups(groups) && luhnValid(digits.slice(bounds[a]!, bounds[b]!))) {
          spans.push([bounds[a]!, bounds[b]!]);
          taken = b;
          break;
        }
      }
      a = taken || a + 1;
    }
  }
  if (spans.length === 0) return run;
  let out = '';
  let copied = 0;
  for (const [from, to] of spans) {
    const last4 = digits.slice(to - 4, to);
    found(last4);
    out += run.slice(copied, positions[from]) + `[card ••••${last4}]`;
    copied = positions[to - 1]! + 1;
  }
  return out + run.slice(copied);
}
function reference(text: string): { text: string; cardLast4: string[] } {
  const cardLast4: string[] = [];
  const masked = text.replace(/\d(?:[ -]?\d){12,}/g, (run) =>
    referenceMaskCards(run, (l) => {
      if (!cardLast4.includes(l)) cardLast4.push(l);
    }),
  );
  return { text: masked, cardLast4 };
}

const cards = ['4111111111111111', '378282246310005', '30569309025904', '5555555555554444'];
const block = fc.oneof(
  fc.stringMatching(/^\d{1,6}$/),
  fc.constantFrom(...cards),
  fc.constantFrom(...cards).map((c) => c.match(/.{1,4}/g)!.join(' ')),
  fc.constantFrom('3782 822463 10005', '3056 930902 5904'),
);

describe('card masking in runs of digit blocks', () => {
  it('finds the same cards as the pairwise search it replaces', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 12 }), fc.constantFrom(' ', '-'), (blocks, sep) => {
        const text = `paid with ${blocks.join(sep)} today`;
        const got = redactText(text);
        const want = reference(text);
        expect(got.cardLast4).toEqual(want.cardLast4);
        if (sep === ' ') expect(got.text).toBe(want.text);
      }),
      { numRuns: 1500 },
    );
  });

  it('is linear in a long run of one-digit blocks', () => {
    const text = `${'1 '.repeat(9_999)}x`;
    const t0 = performance.now();
    expect(redactText(text).text).toBe(text);
    expect(performance.now() - t0).toBeLessThan(250);
  });
});

describe('a card is never a piece of a longer number', () => {
  it('a 20-digit parcel number is kept whole, and no card is made of it', () => {
    const text = 'paket 00340434161234567890 wieder nicht da';
    expect(luhnValid('404341612345678')).toBe(true); // the digits a search inside the run would mask
    expect(redactText(text)).toEqual({ text, redactions: 0, cardLast4: [] });
  });

  it('a run of digits longer than a card is kept, a card of its own length is masked', () => {
    expect(redactText('ref 41111111111111110000').text).toBe('ref 41111111111111110000');
    expect(redactText('card 4111111111111111 ok').text).toBe('card [card ••••1111] ok');
    expect(redactText('card 4111111111111111 0926').text).toBe('card [card ••••1111] 0926');
  });
});
