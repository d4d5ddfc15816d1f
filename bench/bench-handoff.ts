/** The handoff both service benchmarks post: a double charge, an angry customer asking for a person. */
export function handoffBody(i: number, run: string): string {
  return JSON.stringify({
    conversationId: `bench-${run}-${i}`,
    customer: { name: 'Jane Doe', email: `jane${i % 50}@example.com`, tier: i % 10 === 0 ? 'vip' : 'pro' },
    messages: [
      { role: 'customer', text: `My order ORD-${10000 + i} was charged twice, $${100 + (i % 400)}. I want a refund.` },
      { role: 'bot', text: "I've checked your order and I can see two charges." },
      { role: 'customer', text: 'This is ridiculous, let me talk to a real person please.' },
    ],
  });
}
