import { describe, expect, it } from 'vitest';
import { requestQuote } from './request-quote';

describe("the customer's request in the summary", () => {
  it.each([
    ["Hello, I'd like an exception to your return policy. Order 44120.", "I'd like an exception to your return policy"],
    [
      'Guten Tag, mein Name ist Klaus Becker. Am 5. März wurden mir CHF 45.- doppelt abgebucht.',
      'Am 5. März wurden mir CHF 45.- doppelt abgebucht',
    ],
    [
      'Hi team,\n\nStill waiting on my refund.\n\nOn Mon, Nov 16, 2026 Support <s@x.example> wrote:\n> issued',
      'Still waiting on my refund',
    ],
    [
      'Hola, me llamo María López. Hice un pedido el 3 de marzo y todavía no llega.',
      'Hice un pedido el 3 de marzo y todavía no llega',
    ],
  ])('%j -> %j', (text, expected) => {
    expect(requestQuote(text)).toBe(expected);
  });
});
