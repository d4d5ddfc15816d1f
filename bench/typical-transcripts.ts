/**
 * Typical 20-message handoff transcripts for the core benchmark. The customer's messages differ
 * from one conversation to the next (their order numbers, amounts, cards, phones, error codes and
 * wording vary with the seed), as real customers' do, so no cache keyed by a message's text can
 * make the figures look better than production; the bot's messages are templates, repeated across
 * conversations as a real bot's are.
 */
export type BenchMessage = { role: 'customer' | 'bot'; text: string; at: string };
export type BenchEvent = {
  conversationId: string;
  customer: object;
  messages: BenchMessage[];
  bot: object;
};

const OPENERS = ['', 'Hi, ', 'Hello, ', 'Hey ', 'So ', 'Ok ', 'Well, ', 'Honestly ', 'Look, ', 'Sorry, '];
const CLOSERS = ['', '', ' thanks', ' please', '!!', ' asap', ' :(', '?', ' ok', ' today'];
const PLANS = ['Pro', 'Team', 'Plus', 'Business', 'Premium', 'Starter'];
const PAGES = ['checkout', 'billing', 'account', 'renewal', 'payment', 'cart'];

/** The customer's messages: each a function of the seed, so every conversation's are its own. */
const CUSTOMER: Array<(n: number) => string> = [
  (n) => `my card keeps getting declined when I try to renew my ${PLANS[n % 6]} plan, order ORD-${88213 + n}`,
  (n) => `I tried ${2 + (n % 4)} times already and it says payment_method_declined every time`,
  (n) => `I also tried another card ending ${4000 + ((n * 37) % 6000)}, same thing. This is getting ridiculous.`,
  (n) => `My email is jane.doe${n}@example.com and my phone is +1 415 555 ${String(1000 + ((n * 71) % 9000))}`,
  (n) => `Can you just refund the $${49 + (n % 300)} and let me pay again later?`,
  (n) => `I have been a customer since ${2010 + (n % 15)}, please sort this out`,
  () => 'no that did not work either',
  () => 'ok let me talk to a real person please',
  (n) =>
    `the error code shown is E${1000 + (n % 9000)} on the ${PAGES[n % 6]} page https://shop.example.com/${PAGES[(n + 1) % 6]}`,
  () => 'thanks, I appreciate it',
];
const BOT = [
  "Sorry about that! I've checked your card on file and it looks valid. Could you try again?",
  'I can help with billing questions. Could you tell me the order number?',
  "I'm sorry, I couldn't complete the renewal.",
  "I've sent a payment link to your email.",
  "Sorry, I didn't understand that. Could you rephrase?",
];

export function typicalTranscript(n: number, seed = 0): BenchEvent {
  const messages: BenchMessage[] = [];
  const start = Date.parse('2026-01-19T14:00:00Z');
  for (let i = 0; i < n; i++) {
    const role = i % 2 === 0 ? 'customer' : 'bot';
    const k = seed * 31 + i;
    const text =
      role === 'customer'
        ? OPENERS[k % OPENERS.length] +
          CUSTOMER[(i / 2 + seed) % CUSTOMER.length]!(k) +
          CLOSERS[(k * 7) % CLOSERS.length]
        : BOT[(i + seed) % BOT.length]!;
    messages.push({ role, text, at: new Date(start + i * 7000).toISOString() });
  }
  return {
    conversationId: `bench-${seed}-${n}`,
    customer: { id: `u-${seed}`, name: 'Jane Doe', email: 'jane@example.com', tier: 'pro' },
    messages,
    bot: {
      name: 'Resolve',
      intent: 'billing.payment_failed',
      confidence: 0.31,
      actions: [
        { name: 'verify_card_on_file', status: 'succeeded' },
        { name: 'retry_renewal_charge', status: 'failed' },
      ],
    },
  };
}
