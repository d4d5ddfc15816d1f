import { describe, expect, it } from 'vitest';
import { summarize } from '../summarize';

/** Realistic first messages of every reason (the customer first, then alternating with the bot). */
const cases: Array<[string, string[], Record<string, unknown>?]> = [
  ['customer_requested', ['Is there anyone who can actually help me?']],
  ['customer_requested', ['can i get a callback on 555 123 4567']],
  ['customer_requested', ['I need to speak to your supervisor right now']],
  ['customer_requested', ['Put me through to billing please']],
  ['customer_requested', ['Hablar con agente']],
  ['customer_requested', ['ich will mit einem menschen reden']],
  ['customer_requested', ['Je veux un humain svp']],
  ['customer_requested', ['operator']],
  ['customer_requested', ['HUMAN']],
  ['customer_requested', ['talk to a live person']],
  ['customer_requested', ['are you a bot? I want a real human']],
  ['security_risk', ['I think my account was hacked, there are logins from Russia']],
  ['security_risk', ["There's a $450 charge I don't recognize on my statement"]],
  ['security_risk', ['I got a text asking for my code but I never requested one']],
  ['security_risk', ['My card was stolen yesterday, please block it']],
  ['legal_compliance', ['I want a copy of all the personal data you hold about me']],
  ['legal_compliance', ["If this isn't fixed I'm filing a complaint with the CFPB"]],
  ['legal_compliance', ['My attorney will be in touch']],
  ['negative_sentiment', ['This is the worst service I have ever experienced']],
  ['negative_sentiment', ["I've been waiting for 3 weeks, this is unacceptable"]],
  ['negative_sentiment', ["I'm so done with you guys, cancel my subscription now"]],
  [
    'repeated_failure',
    [
      'how do I change my plan',
      "I'm not sure I understand. Can you rephrase?",
      'change my plan',
      "Sorry, I didn't get that.",
      'how do i change plan',
    ],
  ],
  ['high_value', ['You charged me $899 twice for the same laptop, I need one refunded']],
  ['high_value', ['I sent €2,500 to the wrong account, can you reverse the transfer?']],
  ['policy_exception', ['Can I get a refund even though it has been 45 days?']],
  ['policy_exception', ['Could you make an exception and let me return it after the deadline?']],
  ['policy_exception', ['Can you give me a discount to stay?']],
  [
    'out_of_scope',
    ['I want to change my flight seat', "I'm sorry, that's not something I can do. I'll connect you with a colleague."],
  ],
  ['negative_sentiment', ['wtf is this']],
  // asked for by what the person does, or with a possessive ("Ihrem Vorgesetzten")
  ['customer_requested', ['I read it. Can someone from billing look into this please?']],
  ['customer_requested', ['could somebody please take a look at my account']],
  ['customer_requested', ['Ich möchte mit Ihrem Vorgesetzten sprechen, sofort.']],
  // identity theft and a takeover told without the word "hacked"
  ['security_risk', ['Hola, creo que me han suplantado la identidad, alguien abrió una cuenta a mi nombre']],
  ['security_risk', ["someone changed the email and phone number on my account and now I can't get in"]],
  ['security_risk', ['Somebody opened a credit card in my name']],
  ['security_risk', ["Quelqu'un a usurpé mon identité"]],
  ['security_risk', ['In meinem Namen wurde ein Vertrag abgeschlossen']],
  // the customer's data deleted, said passively
  ['legal_compliance', ['I want to close my account and have all my data deleted']],
  ['legal_compliance', ['please delete everything you have on me']],
  ['legal_compliance', ['Quiero que eliminen todos mis datos']],
  // contested money: billed after cancelling, renewed without consent
  ['high_value', ['I was billed £340 for a plan I cancelled back in March.']],
  ['high_value', ["my subscription auto-renewed yesterday for $129 and I didn't want that"]],
  ['high_value', ['You charged my card $150 after I cancelled']],
  // a calm negotiation is a price exception, not anger
  ['policy_exception', ['I could get the same plan cheaper at Verizon, $45 instead of $65. Can you match it?']],
  ['policy_exception', ['I can get it cheaper elsewhere']],
  // (the bot failing the same step in two turns: handoff-language.test.ts)
  // chat shorthand and less common phrasings of asking for a person
  ['customer_requested', ['need to chat with sb from ur company']],
  ['customer_requested', ['can ya put me thru to a rep']],
  ['customer_requested', ["I'd like assistance from a human agent"]],
  ['customer_requested', ['I am waiting for a human agent']],
  ['customer_requested', ['put me in touch with a person']],
  ['customer_requested', ['I need somebody to help me']],
  ['customer_requested', ["i'd like to have a word with a customer agent"]],
  ['none', ['how do I contact the delivery person']],
  ['none', ['how do I contact customer service?']],
  ['none', ['the agent I spoke to was very helpful']],
  ['none', ['Can someone tell me your opening hours?']],
  ['none', ['The password was changed yesterday as you asked, thanks']],
  ['none', ['Thanks, that fixed it!']],
  ['none', ['Where can I find my invoice?']],
];

describe('reasons on realistic messages', () => {
  it.each(cases)('%s: %j', (want, texts, extra) => {
    const pkg = summarize({
      conversationId: 'x',
      messages: texts.map((text, i) => ({ role: i % 2 ? 'bot' : 'customer', text })),
      ...(extra ?? {}),
    });
    if (want === 'none') expect(pkg.reason.triggers).toEqual(['out_of_scope']);
    else expect(pkg.reason.triggers).toContain(want);
  });
});
