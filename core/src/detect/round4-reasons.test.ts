import { describe, expect, it } from 'vitest';
import { summarize } from '../summarize';
import type { HandoffEventInput as HandoffEvent } from '../schema/handoff-event';
import { convo } from '../testing';

const triggersOf = (event: HandoffEvent) => summarize(event).reason.triggers;

describe('reasons read from phrasings met in held-out conversations', () => {
  it('an incident the customer says is over, and a denial of fraud, are no security risk', () => {
    expect(
      triggersOf(
        convo([
          'customer',
          "i'd rather not do it online last year my card got stolen but that's all sorted now the bank took care of it",
        ]),
      ),
    ).not.toContain('security_risk');
    expect(
      triggersOf(convo(['customer', "To be clear, this isn't fraud, I recognise the charge, it's just too high."])),
    ).not.toContain('security_risk');
    // the same words without the denial still are
    expect(triggersOf(convo(['customer', 'My card got stolen yesterday and someone used it.']))).toContain(
      'security_risk',
    );
  });

  it('a report to a public body is legal, in English, French and German; a department of the company is not', () => {
    expect(
      triggersOf(convo(['customer', "I've already reported you to the county solid waste department."])),
    ).toContain('legal_compliance');
    expect(
      triggersOf(convo(['customer', "Je vais signaler l'incident à l'Ordre des pharmaciens et à l'ARS."])),
    ).toContain('legal_compliance');
    expect(triggersOf(convo(['customer', 'Ich habe das beim Gesundheitsamt gemeldet.']))).toContain('legal_compliance');
    expect(triggersOf(convo(['customer', 'Ich habe das beim Kundenservice gemeldet.']))).not.toContain(
      'legal_compliance',
    );
    expect(triggersOf(convo(['customer', 'Das melde ich bei der Verbraucherzentrale.']))).toContain('legal_compliance');
    expect(triggersOf(convo(['customer', 'I reported it to your billing department last week.']))).not.toContain(
      'legal_compliance',
    );
  });

  it('in-house lawyers who need a document are an occupation, not a threat', () => {
    expect(
      triggersOf(convo(['customer', 'Our in-house lawyers need the translations for a filing in Frankfurt.'])),
    ).not.toContain('legal_compliance');
    expect(triggersOf(convo(['customer', 'Our lawyers will be in touch about this.']))).toContain('legal_compliance');
  });

  it('money at stake: a deposit kept, a repair under warranty, the company asked to pay, work never agreed', () => {
    expect(
      triggersOf(
        convo(
          ['customer', 'you keep three hundred dollar of my deposit but the skis was perfect'],
          ['bot', 'I will pass this to our rental team.'],
        ),
      ),
    ).toContain('high_value');
    expect(
      triggersOf(
        convo([
          'customer',
          'ihr habt uns zweitausenddreihundertvierzig euro berechnet aber der schlepper ist noch in der garantie',
        ]),
      ),
    ).toContain('high_value');
    expect(
      triggersOf(
        convo([
          'customer',
          'El taller me ha pasado un presupuesto de 18.500 € por la reparación, que debería estar cubierta por la garantía.',
        ]),
      ),
    ).toContain('high_value');
    expect(
      triggersOf(convo(['customer', 'me han puesto una multa de 150 euros y quiero que la multa la paguen ustedes'])),
    ).toContain('high_value');
    expect(
      triggersOf(convo(['customer', 'I got charged $180 for the repair. I never said yes to a derailleur.'])),
    ).toContain('high_value');
    expect(
      triggersOf(
        convo([
          'customer',
          "there's a charge on my credit card for three hundred eighty nine dollars on the fourteenth and i've never rented anything from you",
        ]),
      ),
    ).toContain('high_value');
    // the same amounts, nothing contested
    expect(triggersOf(convo(['customer', 'I paid the $300 deposit, when do I pick up the skis?']))).not.toContain(
      'high_value',
    );
  });

  it('policy exceptions: the old price, a fee not charged, a bill paid on another day', () => {
    expect(
      triggersOf(
        convo([
          'customer',
          "i was hoping you'd let me renew at the old ninety five dollar rate since it was only a few days",
        ]),
      ),
    ).toContain('policy_exception');
    expect(triggersOf(convo(['customer', '¿Podríais no cobrarme esos 30 €? La aerolínea canceló.']))).toContain(
      'policy_exception',
    );
    expect(
      triggersOf(convo(['customer', "Can I pay this quarter's $210 bill on the 20th instead of the 5th?"])),
    ).toContain('policy_exception');
    expect(
      triggersOf(
        convo(['customer', 'Hola, quería cancelar.'], ['bot', 'Trasladaré tu petición de exención al equipo.']),
      ),
    ).toContain('policy_exception');
    expect(triggersOf(convo(['customer', 'Can I pay my $210 bill online?']))).not.toContain('policy_exception');
  });

  it('a bot that cannot reverse a card charge itself states no policy limit', () => {
    expect(
      triggersOf(
        convo(
          ['customer', 'there is a charge I do not recognise'],
          ['bot', "I can't reverse card charges myself, so I'm transferring you to billing."],
        ),
      ),
    ).not.toContain('policy_exception');
  });

  it('a customer who has to correct the bot again and again is in a loop', () => {
    const event: HandoffEvent = {
      conversationId: 'corr-1',
      channel: 'voice',
      messages: [
        { role: 'customer', text: "i'm calling to find out if my prescription refill is ready" },
        { role: 'bot', text: 'Would you like to transfer a prescription?' },
        { role: 'customer', text: 'no dear i want to know if my refill is ready' },
        { role: 'bot', text: "I can help you find a pharmacy location. What's your zip code?" },
        { role: 'customer', text: "oh my no i just want to know if my refill is ready that's all" },
      ],
    };
    expect(summarize(event).reason.triggers).toContain('repeated_failure');
    // corrected once: an answer, not a loop
    expect(summarize({ ...event, messages: event.messages.slice(0, 3) }).reason.triggers).not.toContain(
      'repeated_failure',
    );
    // "no" to a question, twice, without saying it again, is no correction
    expect(
      triggersOf(
        convo(
          ['customer', 'my order is late'],
          ['bot', 'Did you get a tracking email?'],
          ['customer', 'no'],
          ['bot', 'Did you check your spam folder?'],
          ['customer', 'no thanks, not yet'],
        ),
      ),
    ).not.toContain('repeated_failure');
  });

  it('two things the customer tried that failed are not the bot failing one step twice', () => {
    const pkg = summarize(
      convo(
        [
          'customer',
          'I restarted the router and it still drops. I also reset the router to factory settings, no luck.',
        ],
        ['bot', 'Let me connect you with a technician.'],
      ),
    );
    expect(pkg.reason.triggers).not.toContain('repeated_failure');
  });
});

describe('sentiment from held-out conversations', () => {
  it('a sentence shouted whole is anger; a signature in capitals is not', () => {
    const shouted = summarize(
      convo(['customer', 'The camp bus left at 8:05 WITHOUT my daughter. She was right there. NOBODY CALLED ME.']),
    );
    expect(shouted.sentiment.label).toBe('angry');
    const signature = summarize(
      convo(['customer', 'Please send the invoice for order 5512.\n\nRegards,\nJOHN SMITH\nACME TRADING LTD']),
    );
    expect(signature.sentiment.label).not.toBe('angry');
    const descriptor = summarize(
      convo(['customer', 'Je vois un prélèvement de 39,99 € que je ne reconnais pas, libellé NETFLX SERV PARIS.']),
    );
    expect(descriptor.sentiment.label).toBe('neutral');
  });

  it('a threat to pull out reads as frustration and fires negative_sentiment', () => {
    const pkg = summarize(
      convo(['customer', "Honestly I'm this close to pulling both my kids out for the rest of the summer."]),
    );
    expect(pkg.sentiment.label).toBe('negative');
    expect(pkg.reason.triggers).toContain('negative_sentiment');
  });
  it('a warm last word after calm messages is positive; an email closing formula is not', () => {
    const warm = summarize(
      convo(
        ['customer', "We just bought a lake house and I'd love to add it to our plan."],
        ['bot', 'Good news, that address is covered. Connecting you now.'],
        ['customer', '14 Cedar Point Road'],
        ['customer', 'Perfect, thank you so much!'],
      ),
    );
    expect(warm.sentiment.label).toBe('positive');
    const formula = summarize(
      convo([
        'customer',
        "Hi there,\n\nThe show was postponed and I can't make the new date. I'd like a refund for order TX-88410.\n\nThanks so much,\nDaniel Osei\n\n> From: Box Office\n> Your event has been rescheduled.",
      ]),
    );
    expect(formula.sentiment.label).toBe('neutral');
  });

  it('worry reads negative without firing negative_sentiment', () => {
    const pkg = summarize(
      convo(['customer', "I'm really worried, I think someone got into my account. Can you stop the shipment?"]),
    );
    expect(pkg.sentiment.label).toBe('negative');
    expect(pkg.reason.triggers).not.toContain('negative_sentiment');
  });
});
