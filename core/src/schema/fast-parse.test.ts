import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { handoffEventSchemaWith } from './handoff-event';
import { DEFAULT_LIMITS } from './limits';
import { parseEventFast } from './fast-parse';

const SMALL = { maxMessages: 3, maxMessageChars: 12 };
let accepted = 0;
const schemas = new Map([DEFAULT_LIMITS, SMALL].map((l) => [l, handoffEventSchemaWith(l)] as const));

/** Same value and same key order as zod, whenever the fast path answers. */
function agrees(input: unknown, limits: { maxMessages: number; maxMessageChars: number } = DEFAULT_LIMITS): boolean {
  const fast = parseEventFast(input, limits);
  const zod = (schemas.get(limits) ?? handoffEventSchemaWith(limits)).safeParse(input);
  if (fast === undefined) return true;
  accepted++;
  expect(zod.success).toBe(true);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
  expect(fast).toStrictEqual(zod.data);
  return true;
}

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const text = fc.oneof(fc.string({ maxLength: 15 }), fc.constantFrom('', 'x'.repeat(200), 'x'.repeat(201), 'é'));
const oddValue = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  text,
);
const datetime = fc.oneof(
  fc.constantFrom(
    '2026-01-19T14:00:00Z',
    '2026-01-19T14:00:00.123+02:00',
    '2026-02-30T14:00:00Z',
    '2026-01-19 14:00:00Z',
    '2026-01-19T14:00Z',
  ),
  text,
);
const message = fc.record(
  { role: fc.oneof(fc.constantFrom('customer', 'bot', 'agent', 'system'), text), text, at: datetime, extra: oddValue },
  { requiredKeys: [] },
);
const event = fc.record(
  {
    conversationId: text,
    handoffKey: text,
    channel: fc.oneof(fc.constantFrom('chat', 'voice', 'email', 'sms', 'messaging'), text),
    locale: text,
    customer: fc.oneof(
      oddValue,
      fc.record(
        {
          id: text,
          name: text,
          email: text,
          phone: text,
          tier: text,
          accountStatus: text,
          lifetimeValue: fc.oneof(fc.double(), fc.constantFrom(-0, 0, 5, Infinity, NaN)),
          attributes: fc.constant({ plan: 'pro' }),
        },
        { requiredKeys: [] },
      ),
    ),
    messages: fc.oneof(oddValue, fc.array(fc.oneof(message, oddValue), { maxLength: 4 })),
    bot: fc.oneof(
      oddValue,
      fc.record(
        {
          name: text,
          intent: text,
          confidence: fc.oneof(fc.double(), fc.constantFrom(0, 1, 0.5, NaN)),
          actions: fc.array(
            fc.record(
              {
                name: text,
                status: fc.oneof(fc.constantFrom('succeeded', 'failed', 'pending'), text),
                detail: text,
                at: datetime,
              },
              { requiredKeys: [] },
            ),
            { maxLength: 3 },
          ),
        },
        { requiredKeys: [] },
      ),
    ),
    handoff: fc.oneof(
      oddValue,
      fc.record(
        { requestedBy: fc.oneof(fc.constantFrom('customer', 'bot', 'rule'), text), note: text },
        { requiredKeys: [] },
      ),
    ),
    zendesk: fc.oneof(
      oddValue,
      fc.record({ ticketId: fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, 1, 2 ** 53)) }),
    ),
    surprise: maybe(oddValue),
  },
  { requiredKeys: [] },
);

/** Events that are mostly valid, so the fast path answers often. */
const word = fc.string({ minLength: 1, maxLength: 8 });
const validish = fc.record(
  {
    conversationId: word,
    handoffKey: word,
    channel: fc.constantFrom('chat', 'voice', 'email'),
    locale: fc.constantFrom('en', 'es-ES', 'f'),
    customer: fc.record(
      { id: word, name: word, email: text, tier: word, lifetimeValue: fc.constantFrom(0, 12.5, -1) },
      { requiredKeys: [] },
    ),
    messages: fc.array(
      fc.record(
        { role: fc.constantFrom('customer', 'bot', 'agent', 'system'), text, at: datetime },
        { requiredKeys: ['role', 'text'] },
      ),
      { minLength: 0, maxLength: 4 },
    ),
    bot: fc.record(
      {
        name: word,
        intent: word,
        confidence: fc.constantFrom(0, 0.31, 1, 1.5),
        actions: fc.array(
          fc.record(
            { name: word, status: fc.constantFrom('succeeded', 'failed', 'pending'), detail: text, at: datetime },
            { requiredKeys: ['name', 'status'] },
          ),
          { maxLength: 2 },
        ),
      },
      { requiredKeys: [] },
    ),
    handoff: fc.record({ requestedBy: fc.constantFrom('customer', 'rule'), note: text }, { requiredKeys: [] }),
    zendesk: fc.record({ ticketId: fc.constantFrom(1, 77, 0, 1.5) }),
  },
  { requiredKeys: ['conversationId', 'messages'] },
);

describe('parseEventFast', () => {
  it('answers only where zod accepts, with zod’s value and key order', () => {
    fc.assert(
      fc.property(event, (e) => agrees(e) && agrees(e, SMALL)),
      { numRuns: 1000 },
    );
    accepted = 0;
    fc.assert(
      fc.property(validish, (e) => agrees(e) && agrees(e, SMALL)),
      { numRuns: 1000 },
    );
    expect(accepted).toBeGreaterThan(5); // enough valid events reach the fast path (1-3% of the generated ones)
  }, 30_000);

  it('takes the fast path for a typical event', () => {
    const e = {
      messages: [{ text: 'hi', at: '2026-01-19T14:00:00Z', role: 'customer' }],
      bot: { actions: [{ status: 'failed', name: 'retry' }], confidence: 0.3 },
      conversationId: 'c-1',
      customer: { tier: 'pro', name: 'Jane' },
    };
    expect(parseEventFast(e, DEFAULT_LIMITS)).toBeDefined();
    agrees(e);
  });

  it('leaves odd inputs to zod', () => {
    for (const e of [
      null,
      [],
      { conversationId: 'c', messages: [{ role: 'customer', text: 'x' }], unknown: 1 },
      { conversationId: 'c', messages: [{ role: 'customer', text: 'x' }], locale: undefined },
      { conversationId: 'c', messages: [{ role: 'customer', text: 'x' }], customer: { attributes: { a: 1 } } },
      Object.assign(Object.create({ inherited: 1 }), {
        conversationId: 'c',
        messages: [{ role: 'customer', text: 'x' }],
      }),
    ])
      expect(parseEventFast(e, DEFAULT_LIMITS)).toBeUndefined();
  });
});
