import { describe, expect, it } from 'vitest';
import { summarize } from '../summarize';
import { bot, customer, makeEvent } from '../testing';

const refund = makeEvent(
  [
    customer('Hi, my order ORD-88213 arrived broken and I want a refund of $149'),
    bot("I've sent you a return label by email."),
    customer('I never got the email. This is ridiculous, let me talk to a real person.'),
  ],
  {
    customer: { name: 'Jane Doe', email: 'jane@example.com', tier: 'pro' },
    bot: { name: 'Resolve', actions: [{ name: 'create_return', status: 'failed' }] },
  },
);

describe('the texts of the package', () => {
  const pkg = summarize(refund);

  it('summary: who, what, what was tried, why it was handed off, in 2-4 sentences', () => {
    expect(pkg.summary).toMatch(/^Jane Doe \(pro\) contacted Resolve about/);
    expect(pkg.summary).toContain('ORD-88213');
    expect(pkg.summary).toContain('create return (failed)');
    expect(pkg.summary).toContain('the customer asked for a person');
    const sentences = pkg.summary.split(/(?<=[.!?])\s+(?=[A-Z])/);
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.length).toBeLessThanOrEqual(4);
  });

  it('greeting uses the first name, names the order and what failed, and never asks "how can I help"', () => {
    expect(pkg.suggestedGreeting).toMatch(/^Hi Jane,/);
    expect(pkg.suggestedGreeting).toContain('order ORD-88213');
    expect(pkg.suggestedGreeting).toContain('create return');
    expect(pkg.suggestedGreeting.toLowerCase()).not.toContain('how can i help');
  });

  it("customer message says a person joins, sees everything, and what happens next, in the customer's language", () => {
    expect(pkg.customerMessage).toMatch(/bringing in .* see everything .* won't have to repeat/);
    const es = summarize(makeEvent([customer('Hola, quiero hablar con un agente, mi pedido no llegó')]));
    expect(es.customerMessage).toMatch(/^Le paso con/);
    expect(es.suggestedGreeting).toMatch(/^Hola,/);
    const de = summarize(
      makeEvent([customer('Ich möchte bitte mit einem Mitarbeiter sprechen, meine Bestellung fehlt')]),
    );
    expect(de.customerMessage).toMatch(/^Ich verbinde Sie/);
  });

  it('whisper fits a warm transfer: 30 words at most, with the essentials', () => {
    expect(pkg.whisper.split(/\s+/).length).toBeLessThanOrEqual(30);
    expect(pkg.whisper).toMatch(/^Jane, pro;/);
    expect(pkg.whisper).toContain('ORD-88213');
  });

  it('next steps are concrete and follow the reasons', () => {
    expect(pkg.nextSteps.length).toBeGreaterThan(0);
    expect(pkg.nextSteps.length).toBeLessThanOrEqual(4);
    expect(pkg.nextSteps.join(' ')).toContain('ORD-88213');
    const security = summarize(makeEvent([customer('Someone hacked my account and changed my password')]));
    expect(security.nextSteps[0]).toMatch(/^Secure the account/);
  });

  it('customerProvided lists the facts the customer gave', () => {
    expect(pkg.customerProvided).toContain('order ORD-88213');
    expect(pkg.customerProvided).toContain('amount $149');
  });

  it('completeness scores what the agent has and names what is missing', () => {
    expect(pkg.completeness.score).toBeGreaterThan(0.8);
    const thin = summarize(makeEvent([customer('refund')]));
    expect(thin.completeness.score).toBeLessThan(0.5);
    expect(thin.completeness.missing).toEqual(
      expect.arrayContaining(['customer name', 'customer email or phone', 'order id']),
    );
  });

  it('finds the name a customer gives in the chat when the record has none', () => {
    const named = summarize(
      makeEvent([customer('Hi, my name is Carlos Ruiz and my order 5512 is late. Agent please.')]),
    );
    expect(named.customer.name).toBe('Carlos Ruiz');
    expect(named.suggestedGreeting).toMatch(/^Hi Carlos,/);
  });

  it('works on a long email and a voice transcript', () => {
    const email = summarize(
      makeEvent(
        [
          customer(
            `Hello,\n\n${'I have been a loyal customer for years. '.repeat(40)}\nMy invoice INV-20931 shows a charge of $420.00 that I did not expect and I want a refund.\n\nRegards,\nMaria Lopez\n\n> On Monday you wrote:\n> Thanks for contacting us`,
          ),
        ],
        { channel: 'email' },
      ),
    );
    expect(email.entities.orderIds).toContain('INV-20931');
    expect(email.reason.triggers).toContain('high_value');
    expect(email.customer.name).toBe('Maria Lopez');
    const voice = summarize(
      makeEvent(
        [
          customer(
            'yeah um hi so my order number is four four two one nine and uh it never came i want to talk to a real person',
          ),
        ],
        { channel: 'voice' },
      ),
    );
    expect(voice.entities.orderIds).toEqual(['44219']);
    expect(voice.reason.code).toBe('customer_requested');
  });
});
