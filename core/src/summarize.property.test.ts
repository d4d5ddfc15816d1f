import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarize } from './summarize';
import { luhnValid } from './redact';
import { ValidationError } from './schema/validation-error';

/** A Luhn-valid card number of 13-19 digits, written with spaces, dashes or nothing. */
const cardNumber = fc
  .tuple(
    fc.integer({ min: 13, max: 19 }),
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 18, maxLength: 18 }),
    fc.constantFrom('', ' ', '-'),
  )
  .map(([length, digits, sep]) => {
    const body = [4, ...digits].slice(0, length - 1);
    // Luhn check digit
    let sum = 0;
    for (let i = body.length - 1, double = true; i >= 0; i--, double = !double) {
      let d = body[i]!;
      if (double) {
        d *= 2;
        if (d > 9) d -= 9;
      }
      sum += d;
    }
    const all = [...body, (10 - (sum % 10)) % 10].join('');
    return sep ? all.replace(/(\d{4})(?=\d)/g, `$1${sep}`) : all;
  });

/** Every run of 13-19 digits (separators allowed) in a string that passes Luhn. */
function luhnRuns(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/\d(?:[ -]?\d){12,18}/g)) if (luhnValid(m[0].replace(/\D/g, ''))) found.push(m[0]);
  return found;
}

describe('summarize on arbitrary input', () => {
  it('arbitrary JSON never throws anything but a ValidationError', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        try {
          summarize(value);
        } catch (err) {
          expect(err).toBeInstanceOf(ValidationError);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary text in any field of a valid event never throws', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('customer', 'bot', 'agent', 'system'), fc.string({ maxLength: 400 })), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.string(),
        (turns, name) => {
          const pkg = summarize({
            conversationId: 'c',
            customer: name ? { name: name.slice(0, 200) } : undefined,
            messages: turns.map(([role, text]) => ({ role, text })),
          });
          expect(pkg.version).toBe(1);
          expect(pkg.whisper.split(/\s+/).length).toBeLessThanOrEqual(30);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('no Luhn-valid card number survives anywhere in the package', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        cardNumber,
        fc.string({ maxLength: 60 }),
        fc.constantFrom('customer', 'bot'),
        (before, card, after, role) => {
          const text = `${before} ${card} ${after}`;
          const pkg = summarize({
            conversationId: 'c',
            messages: [{ role, text }],
            bot: { actions: [{ name: 'charge', status: 'failed', detail: `card ${card}` }] },
            handoff: { note: `card ${card}` },
            customer: { attributes: { card } },
          });
          const json = JSON.stringify(pkg);
          expect(json).not.toContain(card);
          expect(luhnRuns(json).filter((run) => run.replace(/\D/g, '') === card.replace(/\D/g, ''))).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
