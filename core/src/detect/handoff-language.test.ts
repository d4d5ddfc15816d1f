import { describe, expect, it } from 'vitest';
import { summarize } from '../summarize';
import type { HandoffEvent } from '../schema/handoff-event';

/** Customer first, then alternating with the bot. */
const chat = (texts: string[], extra: Partial<HandoffEvent> = {}) =>
  summarize({
    conversationId: 'c',
    messages: texts.map((text, i) => ({ role: i % 2 ? 'bot' : 'customer', text })),
    ...extra,
  } as HandoffEvent);

describe('intents read from the customer’s words', () => {
  it.each([
    [
      ["someone changed the email and phone number on my account and now I can't get in"],
      'security.account_compromised',
    ],
    [
      ['Hola, creo que me han suplantado la identidad, alguien abrió una cuenta a mi nombre'],
      'security.account_compromised',
    ],
    [["my subscription auto-renewed yesterday for $129 and I didn't want that"], 'billing.unexpected_charge'],
    [['I was billed £340 for a plan I cancelled back in March.'], 'billing.unexpected_charge'],
    [['The sofa arrived with a cracked arm. I would like a replacement, not a refund.'], 'order.damaged'],
    [['How do I update my billing address?'], 'account.update'],
    [['Bitte erstatten Sie die 45 € auf mein Konto.'], 'billing.refund'],
    [['mi número de pedido es 347721 y no me ha llegado nada desde el lunes'], 'order.tracking'],
  ])('%j is %s', (texts, label) => expect(chat(texts).intent.label).toBe(label));
});

describe('sentences around abbreviations', () => {
  it('"Rechnung Nr. 2024-00871" stays one sentence in the summary and in what the customer said', () => {
    const p = summarize({
      conversationId: 'de',
      channel: 'email',
      messages: [
        {
          role: 'customer',
          text: 'Sehr geehrte Damen und Herren,\n\nbei meiner Rechnung Nr. 2024-00871 wurden 89,90 € doppelt abgebucht. Ich bitte um Erstattung.\n\nMit freundlichen Grüßen\nThomas Müller',
        },
      ],
    });
    expect(p.summary).toContain('"Bei meiner Rechnung Nr. 2024-00871 wurden 89,90 € doppelt abgebucht"');
    expect(p.customerProvided).toContain('bei meiner Rechnung Nr. 2024-00871 wurden 89,90 € doppelt abgebucht.');
  });

  it('a bare "No." and "CA." after a city still end their sentence', () => {
    const p = chat(['I want a bus to Sacramento, CA. It is for 3 people on March 1st.']);
    expect(p.customerProvided).toContain('It is for 3 people on March 1st.');
  });
});

describe('a claim is a procedure, not a grievance', () => {
  it('filing an insurance claim for a stolen phone is not read as frustration', () => {
    const p = chat(['I need to file a claim, my phone was stolen at the airport']);
    expect(p.reason.triggers).not.toContain('negative_sentiment');
  });

  it('a claim against the company is still a complaint', () => {
    const p = chat(['I want to file a claim against your company, this is a disgrace']);
    expect(p.reason.triggers).toContain('negative_sentiment');
  });
});

describe('the same step failing in two turns', () => {
  it('is a loop, named with the step and the count', () => {
    const p = chat([
      'I need to update my bank details',
      "First I need to verify your identity. What's your date of birth?",
      '12 March 1985',
      "I couldn't verify your identity with those details.",
      "that's definitely my birthday",
      "I couldn't verify your identity. Let me get a person to help.",
    ]);
    expect(p.reason.code).toBe('repeated_failure');
    expect(p.reason.detail).toContain('failed 2 times');
    expect(p.priority).toBe('high');
  });

  it('a failure named twice in one message is not a loop', () => {
    const p = chat([
      'I need to update my bank details',
      "I couldn't verify your identity. Sorry, I couldn't verify your identity with those details.",
    ]);
    expect(p.reason.triggers).not.toContain('repeated_failure');
  });
});

describe('codes the customer received are redacted, however they say it', () => {
  it.each([
    ["I got a code 482913 by text but I didn't request it", '482913'],
    ['le code reçu par SMS est 739201 mais il est refusé', '739201'],
    ['me llegó un código por SMS: 551203', '551203'],
    ['the code by text is 9921 33', '9921 33'],
  ])('%s', (text, code) => {
    const p = chat([text]);
    expect(JSON.stringify(p)).not.toContain(code);
    expect(p.redactions).toBeGreaterThan(0);
  });

  it('an error code is kept: the agent needs it', () => {
    expect(chat(['I got error code 40012 when paying']).entities.errorCodes).toContain('40012');
  });
});

describe('steps read from the conversation, in four languages', () => {
  it('a step the bot suggested, answered "ya lo intenté y sale error", failed', () => {
    const p = chat([
      'Quiero cancelar mi suscripción pero la web me da error 500',
      'Puedes cancelarla desde Ajustes > Suscripción.',
      'Ya lo intenté y sale error 500.',
    ]);
    expect(p.attempted).toContainEqual(
      expect.objectContaining({ step: 'cancelarla desde Ajustes > Suscripción', outcome: 'failed' }),
    );
  });

  it('"Haben Sie den Router neu gestartet?" answered "Ja, zweimal. Hat nicht geholfen." failed; a line test the bot ran is listed', () => {
    const p = chat([
      'Mein Internet geht seit gestern nicht mehr. Kundennummer 55123987.',
      'Haben Sie den Router neu gestartet?',
      'Ja, zweimal. Hat nicht geholfen.',
      'Ich habe einen Leitungstest durchgeführt. Es wurde eine Störung festgestellt.',
    ]);
    expect(p.attempted.map((a) => [a.step, a.outcome])).toEqual([
      ['den Router neu gestartet', 'failed'],
      ['einen Leitungstest durchgeführt', 'succeeded'],
    ]);
    expect(p.intent.label).toBe('technical.connectivity');
  });

  it('"I\'ve expedited your order" is a step, cut before what it promises', () => {
    const p = chat([
      'this is ridiculous, my order is late again',
      "I'm sorry! I've expedited your order 77120 at no cost, it will arrive tomorrow.",
      "ok thank you, that's great",
    ]);
    expect(p.attempted).toContainEqual(
      expect.objectContaining({ step: 'expedited your order 77120 at no cost', outcome: 'succeeded' }),
    );
  });

  it('an email sent with no reply failed', () => {
    const p = chat(['I emailed on 10 Nov, no reply. I called on 12 Nov too.']);
    expect(p.attempted).toContainEqual(expect.objectContaining({ step: 'emailed on 10 Nov', outcome: 'failed' }));
  });
});

describe('more reasons in the customer’s words', () => {
  it.each([
    ['customer_requested', "Je voudrais parler à votre responsable, c'est la troisième fois que j'appelle"],
    ['repeated_failure', "Je voudrais parler à votre responsable, c'est la troisième fois que j'appelle"],
    ['high_value', 'My gift card GC-7781-2234 shows zero balance but I never used it, it had $200 on it'],
    ['security_risk', 'I got a text with a login code but I never requested it'],
  ])('%s: %s', (code, text) => expect(chat([text]).reason.triggers).toContain(code));

  it('"that\'s not what I asked" after the same answer again is a loop', () => {
    const p = chat([
      'What are your opening hours?',
      'Our stores are open 9-5.',
      'No, the customer service phone line hours',
      'Our stores are open 9-5.',
      "that's not what I asked",
    ]);
    expect(p.reason.code).toBe('repeated_failure');
  });

  it.each([
    ['I HAVE BEEN CHARGED THREE TIMES FOR THE SAME ORDER. FIX IT NOW', 'billing.double_charge'],
    ['I need to change the address on my account', 'account.update'],
    ["I got a code by text but I didn't request it", 'security.account_compromised'],
  ])('%s is %s', (text, label) => expect(chat([text]).intent.label).toBe(label));
});

describe('what the summary quotes and lists', () => {
  it('quotes the problem, not the customer’s tenure and mood', () => {
    const p = summarize({
      conversationId: 'em',
      channel: 'email',
      messages: [
        {
          role: 'customer',
          text: "Hi there,\n\nI've been a customer for 6 years and I'm honestly shocked. On 3 Nov I placed order #88231 (a Dyson V15, £599). It arrived with a broken charger.\n\nThanks,\nGareth Jones",
        },
      ],
    });
    expect(p.summary).toContain('"On 3 Nov I placed order #88231 (a Dyson V15, £599)"');
  });

  it('the bot’s own report of an action it also lists is listed once, with the action’s outcome', () => {
    const p = chat(['My payment failed', 'I retried the payment.'], {
      bot: { name: 'Pay', confidence: 0.8, actions: [{ name: 'retry_payment', status: 'failed' }] },
    });
    expect(p.attempted).toEqual([{ step: 'retry_payment', outcome: 'failed', source: 'bot_action' }]);
  });
});

describe('reasons, batch of es/fr/de/en phrasings', () => {
  it.each([
    ['security_risk', 'Me han llegado cargos de Amazon que yo no hice, 3 cargos de 49,99€'],
    ['security_risk', "There are 4 transactions on my credit card from a website I've never heard of"],
    ['legal_compliance', 'Voy a poner una reclamación en la OCU si no me solucionan esto'],
    ['customer_requested', 'Est-ce que je peux avoir un vrai conseiller au téléphone ?'],
    ['customer_requested', "I'd like this escalated to someone senior please"],
    ['policy_exception', 'Can I still get the Black Friday price? I missed it by one day'],
  ])('%s: %s', (code, text) => expect(chat([text]).reason.triggers).toContain(code));

  it('asking the bot to recommend a lawyer is no legal threat', () => {
    const p = chat([
      'Can you recommend a good lawyer for my divorce?',
      "I'm sorry, I can only help with questions about your bank account.",
    ]);
    expect(p.reason.triggers).toEqual(['out_of_scope']);
  });
});

describe('entities and steps', () => {
  it('"the login page" names no user', () => {
    const p = chat(['how do i reset my pin', 'You can reset your password from the login page.']);
    expect(p.entities.accountIds).toEqual([]);
  });

  it('"login jdoe_93" and "username is jdoe" do', () => {
    expect(chat(['my login jdoe_93 is locked']).entities.accountIds).toEqual(['jdoe_93']);
    expect(chat(['my username is jdoe']).entities.accountIds).toEqual(['jdoe']);
  });

  it('a question is not a step taken ("how do i reset my pin", "can i change it")', () => {
    expect(chat(['how do i reset my pin']).attempted).toEqual([]);
    expect(chat(['can i change my plan online?']).attempted).toEqual([]);
    expect(chat(['I reset my pin but it still fails']).attempted).toHaveLength(1);
  });

  it('an id spelled on the phone with letters by example is one id', () => {
    const p = summarize({
      conversationId: 'v',
      channel: 'voice',
      messages: [
        {
          role: 'customer',
          text: "uh yeah hi so um I'm calling about my my order it's uh order number A as in apple B as in boy seven seven three two one it never showed up",
        },
      ],
    });
    expect(p.entities.orderIds).toEqual(['AB77321']);
    expect(p.intent.label).toBe('order.tracking');
  });

  it('"I like one two three four" is no spelled id', () => {
    expect(chat(['i like one two three four']).entities.accountIds).toEqual([]);
  });
});

describe('calm requests read as what they are', () => {
  it('"speak with the accounts team" asks for people', () => {
    expect(
      chat(['I need to speak with the accounts team about a purchase order for 50 licenses ($12,000)']).reason.code,
    ).toBe('customer_requested');
  });

  it('a reset email that never arrived is about signing in, not a delivery', () => {
    expect(chat(['My password reset email never arrived']).intent.label).toBe('account.login');
  });

  it('a suggested step keeps its version number and drops "and try again"', () => {
    const p = chat([
      'my app crashes when I open the camera tab',
      'Please update the app to version 5.2 and try again.',
      'Updated, still crashes',
    ]);
    expect(p.attempted).toEqual([{ step: 'update the app to version 5.2', outcome: 'failed', source: 'transcript' }]);
  });

  it.each([
    ['What is the difference between the Pro and Business plans?'],
    ['Is my data stored in the EU? Do you have a DPA I can sign?'],
    ['I was charged $14.99 this month, is that the new price?'],
    ['My husband passed away and I need to close his account'],
    ["I'm a developer and I'm getting a 401 from the /v2/orders endpoint with my API key"],
    ['Hola, quería saber si hacen envíos a Canarias'],
  ])('no reason but the handoff itself: %s', (text) => expect(chat([text]).reason.triggers).toEqual(['out_of_scope']));
});

describe('cents said after an amount in words', () => {
  it.each([
    ['me cobraron ochenta y nueve euros con noventa dos veces', 89.9],
    ["on m'a prélevé cent vingt-neuf euros quatre-vingt-dix deux fois", 129.9],
    ['you charged me two hundred and forty nine dollars and ninety nine cents twice', 249.99],
    ['zwanzig Euro fünfzig bitte', 20.5],
    ['veinte euros y cincuenta céntimos', 20.5],
  ])('%s', (text, value) => expect(chat([text]).entities.amounts.map((a) => a.value)).toEqual([value]));

  it.each([
    ['forty dollars and two items', 40],
    ['cincuenta euros y dos libros', 50],
    ['cent vingt euros deux fois', 120],
  ])('no cents in %s', (text, value) => expect(chat([text]).entities.amounts.map((a) => a.value)).toEqual([value]));
});

describe('feelings and threats, batch of es/fr/de/en phrasings', () => {
  it.each([
    ['Genial, otra semana sin servicio. Muchas gracias de verdad.'],
    ['Bravo, encore une panne. Vraiment top votre service.'],
    ['I have been patient but this is now the fifth time I have contacted you about the same broken washing machine.'],
    ["Honestly if nobody fixes this today I'm cancelling everything and going to Comcast"],
    ["👋 hi, my order #A1B2C3 hasn't shipped 😡😡 it's been 10 days"],
    ['🤬🤬🤬 third time the app logged me out'],
  ])('frustration: %s', (text) => expect(chat([text]).reason.triggers).toContain('negative_sentiment'));

  it.each([
    ['Ich werde mich bei der Bundesnetzagentur beschweren'],
    ["Je vais déposer une réclamation auprès de l'ARCEP"],
    ['Voy a pedir al banco que me devuelva el cargo'],
  ])('legal: %s', (text) => expect(chat([text]).reason.triggers).toContain('legal_compliance'));

  it('a smiley that is not angry changes nothing', () => {
    expect(chat(['Thanks 😊 where can I download my invoice?']).reason.triggers).toEqual(['out_of_scope']);
  });
});

describe('letters and calls', () => {
  const email = (text: string) =>
    summarize({ conversationId: 'em', channel: 'email', messages: [{ role: 'customer', text }] });

  it('a French letter: tenure is not the problem, "seit 2015." ends a sentence, compensation is an exception', () => {
    const p = email(
      "Bonjour,\n\nJe suis cliente depuis 2015. Ma box internet ne fonctionne plus depuis 5 jours (numéro de ligne 01 45 67 89 12). J'ai redémarré la box plusieurs fois et vérifié les câbles.\n\nJe souhaite un dédommagement pour ces jours sans internet.\n\nCordialement,\nClaire Dubois",
    );
    expect(p.summary).toContain('"Ma box internet ne fonctionne plus depuis 5 jours');
    expect(p.reason.code).toBe('policy_exception');
    expect(p.intent.label).toBe('technical.connectivity');
  });

  it('a German letter: the mood is not the problem, "59,99 € statt 29,99 €" is an unexpected charge', () => {
    const p = email(
      'Guten Tag,\n\nich bin wirklich verärgert. Zum dritten Mal schreibe ich Ihnen wegen der fehlerhaften Abrechnung (Kundennummer 4410983). Sie haben mir 59,99 € statt 29,99 € berechnet.\n\nMfG\nPetra Wagner',
    );
    expect(p.summary).toContain('"Zum dritten Mal schreibe ich Ihnen');
    expect(p.intent.label).toBe('billing.unexpected_charge');
    expect(p.reason.code).toBe('negative_sentiment');
  });

  it('a Spanish letter: the tracking number is kept', () => {
    const p = email(
      'Buenos días:\n\nRealicé el pedido 2024-ES-77812 y todavía no lo he recibido. El número de seguimiento es 1Z8E40W80399847562.\n\nUn saludo,\nJavier Ortega',
    );
    expect(p.entities.orderIds).toEqual(['2024-ES-77812', '1Z8E40W80399847562']);
  });

  it('a call: "a thirty five dollar late fee which is not fair" is $35 and a fee to waive', () => {
    const p = summarize({
      conversationId: 'v',
      channel: 'voice',
      messages: [
        {
          role: 'customer',
          text: "yes hi um so i'm calling because i got a letter saying my account is overdue but i set up auto pay in september and uh they're charging me a thirty five dollar late fee which is not fair",
        },
      ],
    });
    expect(p.entities.amounts.map((a) => a.value)).toEqual([35]);
    expect(p.reason.code).toBe('policy_exception');
  });

  it('a German call: "die Nummer ist eins zwei drei vier fünf sechs" after the order is the order', () => {
    const p = summarize({
      conversationId: 'v',
      channel: 'voice',
      messages: [
        {
          role: 'customer',
          text: 'ja hallo ähm ich habe ein problem mit meiner bestellung die nummer ist eins zwei drei vier fünf sechs ähm die ist beschädigt angekommen',
        },
      ],
    });
    expect(p.entities.orderIds).toEqual(['123456']);
  });

  it('"a hundred dollars" is still one hundred', () => {
    expect(chat(['you owe me a hundred dollars']).entities.amounts.map((a) => a.value)).toEqual([100]);
  });

  it('an app that keeps logging me out is about signing in', () => {
    expect(chat(['The app keeps logging me out every few minutes since the last update']).intent.label).toBe(
      'account.login',
    );
  });
});

describe('longer conversations', () => {
  it('a code sent by the bot and typed back in a short reply is redacted; the bot’s report of send_otp is one step', () => {
    const p = chat(
      [
        "I can't access my account, it says it's locked",
        "I've sent a verification code to your phone ending 4471.",
        'got it, 558201',
        'Thanks, that code is not valid.',
      ],
      {
        bot: {
          name: 'Ava',
          confidence: 0.7,
          actions: [
            { name: 'send_otp', status: 'succeeded' },
            { name: 'verify_otp', status: 'failed' },
          ],
        },
      },
    );
    expect(JSON.stringify(p)).not.toContain('558201');
    expect(p.attempted.map((a) => a.step)).toEqual(['send_otp', 'verify_otp']);
    expect(p.entities.cardLast4).toEqual([]); // "phone ending 4471" is no card
    expect(p.intent.label).toBe('account.login');
  });

  it('a zip code given after "what is your zip code?" is not a one-time code', () => {
    const p = chat(['I need to update my address', "What's your zip code?", "it's 94107"]);
    expect(JSON.stringify(p)).toContain('94107');
  });

  it('a Spanish account number with dashes, given after the bot asks for it; charged although already done', () => {
    const p = chat([
      'Buenas, tengo un problema con mi factura de noviembre',
      '¡Hola! Claro, ¿me puedes dar tu número de cliente?',
      'Sí, es 88-4410-22',
      'Gracias. Veo una factura de 142,50 € con fecha 1 de noviembre.',
      'Eso es, normalmente pago 45 €. Me habéis cobrado la permanencia aunque ya la cumplí en agosto',
    ]);
    expect(p.entities.accountIds).toEqual(['88-4410-22']);
    expect(p.reason.triggers).toContain('high_value');
  });

  it('a French call: an SMS asking for the card code, then payments "que j\'ai pas faits", is security', () => {
    const p = summarize({
      conversationId: 'fr',
      channel: 'voice',
      messages: [
        {
          role: 'customer',
          text: "oui bonjour euh j'ai reçu un sms bizarre qui me demandait mon code de carte bancaire",
        },
        { role: 'bot', text: 'Avez-vous communiqué votre code ?' },
        { role: 'customer', text: "euh oui et maintenant il y a deux paiements de 300 euros que j'ai pas faits" },
      ],
    });
    expect(p.reason.code).toBe('security_risk');
    expect(p.intent.label).toBe('security.account_compromised');
  });

  it('German: someone from sales asked for, the old contract’s terms are an exception', () => {
    const p = chat([
      'Hallo, ich möchte meinen Tarif wechseln',
      'Gerne! Zu welchem Tarif möchten Sie wechseln?',
      'Zum Business-Tarif, aber mit den Konditionen von meinem alten Vertrag',
      'Der Business-Tarif kostet 39,99 € im Monat. Sonderkonditionen kann ich leider nicht vergeben.',
      'Dann hätte ich gerne jemanden aus dem Vertrieb, der mir ein Angebot macht',
    ]);
    // "Sonderkonditionen kann ich leider nicht vergeben": the bot says what it cannot do
    expect(p.reason.triggers).toEqual(['customer_requested', 'policy_exception', 'out_of_scope']);
    expect(p.intent.label).toBe('subscription.change');
  });

  it('"I paid $649 for this desk" is a fact, not a step tried; "5-7 days??" is a reaction, not a fact', () => {
    const p = chat([
      'I ordered a standing desk last week, order 7781-4410, and it came without the leg bolts',
      'I can send a replacement hardware kit, which takes 5-7 days.',
      '5-7 days?? I work from home. I paid $649 for this desk. Either express the bolts or I want a full refund',
    ]);
    expect(p.attempted).toEqual([]);
    expect(p.customerProvided).not.toContain('5-7 days??');
    expect(p.customerProvided).toContain('I paid $649 for this desk.');
  });
});

describe('everyday questions in Spanish, French and German', () => {
  it.each([
    ['Hola, ¿cuál es el horario de atención al cliente?', 'contact.customer_service'],
    ['¿Puedo pagar con PayPal?', 'billing.payment_methods'],
    ['Bonjour, comment puis-je modifier mon adresse de livraison ?', 'order.change'],
    ['Wie lange dauert der Versand nach Österreich?', 'shipping.options'],
    ['Können Sie mir sagen, wo meine Bestellung ist? Nummer 445566', 'order.tracking'],
  ])('%s is %s, with no reason but the handoff', (text, label) => {
    const p = chat([text]);
    expect(p.intent.label).toBe(label);
    expect(p.reason.triggers).toEqual(['out_of_scope']);
  });

  it('asking whether a student discount exists is a product question, not an exception', () => {
    expect(chat(['Gibt es einen Rabatt für Studenten?']).reason.triggers).toEqual(['out_of_scope']);
  });
});

describe('calls and texts', () => {
  const voice = (text: string) =>
    summarize({ conversationId: 'v', channel: 'voice', messages: [{ role: 'customer', text }] });
  it.each([
    ['high_value', "i've been charged like five hundred dollars for roaming and i was never abroad"],
    ['security_risk', 'jemand hat mit meiner karte im internet eingekauft'],
    ['security_risk', "somebody used my card at a gas station in texas i've never been to texas"],
    ['customer_requested', "yeah i need to talk to a real person not a machine this is the third time i'm calling"],
  ])('%s: %s', (code, text) => expect(voice(text).reason.triggers).toContain(code));

  it('"y was i charged 2x??" is a double charge', () => {
    expect(chat(['y was i charged 2x?? $79.99 twice on my card']).intent.label).toBe('billing.double_charge');
  });

  it('"charged and I was told it is free" is no contested charge without the facts against it', () => {
    expect(chat(['I was charged $150 for the annual plan, is that right?']).reason.triggers).toEqual(['out_of_scope']);
  });
});

describe('said, then taken back: negations', () => {
  it.each([
    ["I don't want a refund for the $300 blender, I want it repaired", []],
    ["I'm not going to sue anyone, I just want my money back, $300", ['high_value']],
    ['This isn’t a complaint, just a question about my plan', []],
    ["This isn't a complaint, just a question about my plan", []],
    ['je ne veux pas porter plainte, je veux juste une solution', []],
    ['Ich will keinen Anwalt einschalten, aber bitte helfen Sie mir', []],
    ['Can you cancel the refund request? I found the $200 package', []],
    ["the refund of $250 arrived, thanks! Now I'd like to order again", []],
  ])('%s', (text, triggers) =>
    expect(chat([text]).reason.triggers.filter((t) => t !== 'out_of_scope')).toEqual(triggers),
  );

  it('a refund that never arrived is still money at stake', () => {
    expect(chat(['the refund of $250 never arrived']).reason.triggers).toContain('high_value');
  });

  it('"I will sue" is still legal', () => {
    expect(chat(['fix it or I will sue you']).reason.triggers).toContain('legal_compliance');
  });
});

describe('a takeover denied in Spanish, French and German', () => {
  it.each([
    ['no creo que me hayan hackeado, pero no puedo entrar'],
    ['je ne pense pas avoir été piraté mais je ne peux plus me connecter'],
    ['ich glaube nicht, dass ich gehackt wurde, aber ich komme nicht rein'],
  ])('%s is no security risk', (text) => expect(chat([text]).reason.triggers).not.toContain('security_risk'));

  it('a takeover said plainly still is', () => {
    expect(chat(['creo que me han hackeado la cuenta']).reason.triggers).toContain('security_risk');
  });
});

describe('the greeting quotes a failed step without the customer’s "I"', () => {
  it.each([
    ["J'ai déjà essayé de redémarrer la box, ça n'a pas marché", 'redémarrer la box'],
    ['Ich habe den Router schon zweimal neu gestartet, hat nicht geholfen', 'den Router schon zweimal neu gestartet'],
  ])('%s', (text, step) => {
    const g = chat([text]).suggestedGreeting;
    expect(g).toContain(`"${step}`);
    expect(g).not.toMatch(/"(?:J'ai|Ich habe)/);
  });
});

describe('a bot that does not understand, in its other wordings', () => {
  it.each([
    [['quiero cambiar mi tarifa', 'Lo siento, no te he entendido.', 'cambiar tarifa', '¿Podrías reformularlo?']],
    [["je veux changer d'offre", "Pardon, je n'ai pas bien compris.", "changer d'offre", 'Pouvez-vous reformuler ?']],
    [
      [
        'Ich möchte meinen Tarif ändern',
        'Das habe ich leider nicht verstanden.',
        'Tarif ändern',
        'Könnten Sie das anders formulieren?',
      ],
    ],
    [
      [
        'I want to change my plan',
        "Hmm, I'm not sure what you mean.",
        'change plan',
        'Sorry, can you say that another way?',
      ],
    ],
  ])('%j is a loop about changing the plan', (texts) => {
    const p = chat(texts);
    expect(p.reason.code).toBe('repeated_failure');
    expect(p.intent.label).toBe('subscription.change');
  });
});

describe('a planned escalation in the bot’s other wordings', () => {
  it.each([
    ["I'm only able to help with hotel bookings."],
    ['Para eso necesitas hablar con un agente. Te transfiero.'],
    ["I'm not able to process data deletion requests myself."],
    ['Les demandes de remboursement sont traitées par notre service client.'],
    ['Das kann ich leider nicht selbst untersuchen.'],
  ])('%s is quoted as what the bot cannot do', (botText) => {
    const p = chat(['I need help with something', botText]);
    expect(p.reason.code).toBe('out_of_scope');
    expect(p.reason.detail).toContain('The bot could not handle this');
  });

  it.each([
    ['Je vais vous mettre en relation avec un conseiller.'],
    ['Ich leite Sie an einen Kollegen weiter.'],
    ["I'm connecting you with a member of our team now."],
    ['Te paso con un compañero.'],
  ])('a plain transfer, %s, says nothing the bot cannot do', (botText) => {
    const asked = chat(['can I talk to a person please', botText]);
    expect(asked.reason.triggers).toEqual(['customer_requested']);
    const alone = chat(['I need help with something', botText]);
    expect(alone.reason.code).toBe('out_of_scope');
    expect(alone.reason.detail).not.toContain('The bot could not handle this');
  });

  it('a quote for 500 units is custom pricing', () => {
    expect(chat(['can I get a quote for 500 units']).reason.triggers).toContain('policy_exception');
  });
});

describe('the customer’s name, as they give it', () => {
  it.each([
    [["name's Bob, my order is late"], 'Bob'],
    [["I'm so frustrated with this", "Sorry! What's your name?", 'Priya'], 'Priya'],
    [['Hi!', 'sure, may I have your name please?', 'Crystal Minh'], 'Crystal Minh'],
    [["Hi I'm Tom's assistant, he can't access his account"], undefined],
    [['Necesito ayuda', '¿Cuál es su nombre?', 'Lucía Gómez'], 'Lucía Gómez'],
  ])('%j', (texts, name) => expect(chat(texts).customer.name).toBe(name));

  it('a short reply to another question is no name', () => {
    expect(chat(['I need help', 'Which city are you in?', 'Denver']).customer.name).toBeUndefined();
  });
});

describe('exasperation in four languages', () => {
  it.each([
    ['Esto es una tomadura de pelo, llevo un mes esperando'],
    ['Me están tomando el pelo, ¿o qué?'],
    ['Je suis à bout, ça fait deux semaines que ça dure'],
    ["C'est pas normal d'attendre autant, franchement"],
    ['Das kann doch nicht wahr sein, schon wieder keine Lieferung'],
    ['Ich bin mit meinen Nerven am Ende'],
    ['No puede ser que nadie me responda'],
    ["I'm at my wits' end with this"],
  ])('%s', (text) => expect(chat([text]).reason.triggers).toContain('negative_sentiment'));

  it('"c\'est normal ?" asked calmly, and "wits" as a word, are not', () => {
    expect(chat(["Est-ce que c'est normal que la facture soit en retard ?"]).reason.triggers).toEqual(['out_of_scope']);
  });
});

describe('a favour asked for', () => {
  it.each([
    ['Können Sie mir bei der Rechnung etwas entgegenkommen?'],
    ['Pourriez-vous faire un geste sur la facture ?'],
    ['¿Me lo podrían reembolsar por esta vez?'],
    ['Could you refund the fee just this once?'],
  ])('%s is an exception to policy', (text) => expect(chat([text]).reason.triggers).toContain('policy_exception'));

  it('"ausnahmsweise zu Hause" asks no favour', () => {
    expect(chat(['Ich bin ausnahmsweise zu Hause, können Sie heute liefern?']).reason.triggers).toEqual([
      'out_of_scope',
    ]);
  });
});

describe('a stolen phone or wallet, in four languages', () => {
  it.each([
    ['me han robado el móvil y tiene la app del banco'],
    ["on m'a volé mon téléphone avec l'application"],
    ['mein Handy wurde gestohlen, bitte Konto sperren'],
    ['my wallet was stolen with my cards in it'],
  ])('%s is a security risk', (text) => expect(chat([text]).reason.code).toBe('security_risk'));
});

describe('a short answer to "what is your name?" that is no name', () => {
  it.each([['Yes'], ['Thanks'], ['Human'], ['Hola']])('%s', (answer) =>
    expect(chat(['I need help', "What's your name?", answer]).customer.name).toBeUndefined(),
  );
});

describe('security, blind-set wordings (en / es / fr / de)', () => {
  it.each([
    "there's 3 charges on my debit card i did not make. $412.50 at some electronics store",
    "there's a charge on my debit card that i i don't recognize it's like two hundred forty dollars",
    "no i mean yes but i didn't make that charge and i want the card blocked",
    'There are two invoices on our account. We never upgraded, someone must have accessed our admin account.',
    "someone sent $750 from my wallet to an account I don't know. I didn't authorise it",
    'i got a text saying my SIM was moved to a new device?? i didnt do that',
    "i didn't try to log in yesterday i was at work all day someone's trying to get into it",
    'acabo de recibir un sms con un codigo de verificacion para un pago que yo no estoy haciendo',
    'alguien esta intentando entrar en mi cuenta??',
    'je vois un prélèvement de 39,99 € du 03/11 que je ne reconnais pas',
    "bjr qqn a changé mon mdp et l'adresse mail de mon compte, c pas moi",
    'eine Bestellbestätigung für eine Bestellung, die ich nie aufgegeben habe. Offenbar hat jemand Zugriff auf mein Kundenkonto.',
  ])('%s', (text) => {
    expect(chat([text]).reason.triggers).toContain('security_risk');
  });

  it.each([
    'we hacked together a little script to sync contacts, does your API have webhooks?',
    'I did not make it to the store before closing, can I pick up tomorrow?',
  ])('not security: %s', (text) => {
    expect(chat([text]).reason.triggers).not.toContain('security_risk');
  });
});

describe('loops inside longer messages', () => {
  const talk = (turns: [string, string][]) =>
    summarize({
      conversationId: 'loop',
      messages: turns.map(([role, text]) => ({ role: role as 'customer' | 'bot', text })),
    });

  it('the same question asked three times inside longer messages is a repeated question', () => {
    const p = talk([
      ['customer', 'hi my gift card wont redeem, it says ERR_CODE_USED'],
      ['bot', 'Gift card codes can be redeemed in the Store.'],
      ['customer', 'i did, copied it exactly. why does it say used?'],
      ['bot', 'Codes are case-sensitive. Please try again.'],
      ['customer', 'hm ok but why does it say used? i just bought it yesterday'],
      ['bot', 'Gift cards need to be activated at the register.'],
      ['customer', 'lol ok. so why does it say used'],
    ]);
    expect(p.reason.triggers).toContain('repeated_failure');
  });

  it('the bot giving the same answer again behind a different apology is a loop (en, fr)', () => {
    expect(
      talk([
        ['customer', 'my claim has been under review for 11 weeks'],
        [
          'bot',
          "I'm sorry for the wait. Your claim CLM-558201 is under review by an adjuster. You'll be notified when there's an update.",
        ],
        ['customer', "that's exactly the template."],
        [
          'bot',
          "I understand your frustration. Your claim CLM-558201 is under review by an adjuster. You'll be notified when there's an update.",
        ],
      ]).reason.triggers,
    ).toContain('repeated_failure');
    expect(
      talk([
        ['customer', 'Bonjour, quel est le plafond de paiement de ma carte ?'],
        ['bot', "Bonjour ! Vous pouvez consulter vos plafonds dans l'espace client, rubrique Mes cartes."],
        ['customer', "Je n'ai pas accès à l'espace client."],
        ['bot', "Vous pouvez consulter vos plafonds dans l'espace client, rubrique Mes cartes."],
      ]).reason.triggers,
    ).toContain('repeated_failure');
  });

  it('one template sentence shared by two different answers is no loop', () => {
    const p = talk([
      ['customer', "I'm looking for an apartment."],
      [
        'bot',
        "There's a very good apartment at 150 Sierra Drive. It has 3 bed rooms, 3 baths, and is $4,150 per month.",
      ],
      ['customer', 'What other apartments are there?'],
      [
        'bot',
        "There's a very good apartment at 1445 Treat Boulevard. It has 3 bed rooms, 3 baths, and is $4,150 per month.",
      ],
    ]);
    expect(p.reason.triggers).not.toContain('repeated_failure');
  });
});

describe('reasons, blind-set wordings', () => {
  it.each([
    [
      'got the payout for claim CL-20931 and its $1,900, the repair quote was $3,200. the deductible doesnt explain a $1300 difference, i want that reviewed',
    ],
    ['I got a bill for $1,240 from my ER visit but my insurance should have covered it.'],
    [
      "my bill this month is way off it's usually like eighty five dollars and this one is two hundred and twelve dollars",
    ],
    ["Yesterday I was charged $850.00 for a scratch that was already there. I'm disputing this charge."],
    ['Aparece una penalización por permanencia de 150 € que no me corresponde.'],
    ['El taller presupuestó 3.400 € y solo nos han abonado 1.200 €. Solicitamos el abono de la diferencia.'],
  ])('money at stake: %s', (text) => expect(chat([text]).reason.triggers).toContain('high_value'));

  it.each([
    ['my water bill is due on the 28th but i dont get paid till march 6. can i pay it then without a late fee'],
    ['could you just push the due date to the 6th this once?'],
    [
      'there is a late fee of fifteen dollars on it i was in the hospital so i missed the due date can you take that off',
    ],
    ['i just want to keep the student price for a few more months'],
    ['¿Nos podríais ampliar la prueba 15 días más?'],
    ['En otra compañía me ofrecen 0,12 €/kWh. ¿Me podéis igualar el precio?'],
    ['Est-ce que vous pourriez les annuler exceptionnellement ?'],
    ['Est-ce que je peux payer le 20 décembre sans pénalité ?'],
    ['Könntet ihr mich ausnahmsweise früher rauslassen und die Bearbeitungsgebühr von 69,99 € erlassen?'],
  ])('policy exception: %s', (text) => expect(chat([text]).reason.triggers).toContain('policy_exception'));

  it.each([
    ["I'm filing a complaint with the state insurance commissioner this week"],
    ["i'm filing a complaint with the fcc"],
    ['I intend to file a complaint with the HHS Office for Civil Rights under HIPAA.'],
  ])('legal: %s', (text) => expect(chat([text]).reason.triggers).toContain('legal_compliance'));

  it.each([
    ['my friend is a lawyer and says you have to haha no just kidding, just asking nicely'],
    ["A friend of mine who's a lawyer mentioned that in some countries you need a local ID to buy a SIM."],
    ['Yesterday I made a SEPA transfer of €2,500.00 to the wrong IBAN, please help recall it'],
    ['no quiero poner ninguna reclamación ni denunciar a nadie, solo quiero saber qué pasa'],
  ])('not legal: %s', (text) => expect(chat([text]).reason.triggers).not.toContain('legal_compliance'));

  it.each([
    ['I would also appreciate a phone call from the adjuster assigned to the claim.'],
    ['Could you please have our account manager (I believe it is still Rachel Kim) reach out to me directly?'],
    ["Thanks, but I'd like to talk to Rachel or whoever handles our account, please."],
  ])('a person asked for: %s', (text) => expect(chat([text]).reason.triggers).toContain('customer_requested'));

  it.each([
    ['je veux pas parler a un conseiller je veux juste savoir si on peut le livrer chez ma voisine'],
    ['Ich möchte nicht mit einem Menschen sprechen, schreib mir einfach, wie das geht.'],
    ['und ich will KEINEN rückruf, ich will dass es funktioniert'],
  ])('no person asked for: %s', (text) => expect(chat([text]).reason.triggers).not.toContain('customer_requested'));
});

describe('angry is hostility; frustration reads negative and still fires the reason', () => {
  it.each([
    ["I've been trying to book a follow-up for a week. this is ridiculous, I was told 2 weeks"],
    ['Ich warte seit 6 Wochen. Jeder Termin wurde abgesagt. Das ist eine Frechheit.'],
    ["mais non c'est n'importe quoi, franchement j'en ai marre"],
  ])('%s: negative, negative_sentiment', (text) => {
    const p = chat([text]);
    expect(p.sentiment.label).toBe('negative');
    expect(p.reason.triggers).toContain('negative_sentiment');
  });

  it.each([
    ['you idiots lost my bag AGAIN, you clowns'],
    ["Ça fait TROIS FOIS que vous m'envoyez la mauvaise taille, c'est n'importe quoi votre service"],
    ['this is a joke. restore my service NOW'],
  ])('%s: angry', (text) => expect(chat([text]).sentiment.label).toBe('angry'));

  it('capitals that are acronyms or a polite shout are not anger', () => {
    expect(chat(['My HDMI ARC and the SIM card work fine, THANK YOU!']).sentiment.label).not.toBe('angry');
    expect(chat(['NO worries, the IBAN is correct']).sentiment.label).not.toBe('angry');
  });
});

describe('reasons, second blind round (en / es / fr / de)', () => {
  it.each([
    ["y a quelqu'un qui s'est connecté à mon compte cette nuit depuis un appareil que je connais pas"],
    ['Hi, mir wurde gestern die Kreditkarte geklaut.'],
    ['Auf der alten Karte ist eine Abbuchung von euch über 59,90 € vom 9. August, die ich nicht kenne.'],
  ])('security: %s', (text) => expect(chat([text]).reason.triggers).toContain('security_risk'));

  it.each([
    ['No es fraude ni nada raro, sé que fue un fallo vuestro al hacer el check-out.'],
    ['Kein Betrug, den Kauf hab ich schon selbst gemacht.'],
    ['someone keeps parking in my spot. Basically somebody stole my spot lol'],
  ])('not security: %s', (text) => expect(chat([text]).reason.triggers).not.toContain('security_risk'));

  it.each([
    ["My payout of $1,870.40 for last week's sales was due on Monday and still shows 'On hold'."],
    ["I got charged $186.40 for my refill. My copay is $15. Looks like my insurance wasn't applied"],
    ['the quote was 320 dollars but you charged me 545 dollars. i never approved it i want the difference back'],
    ["Mais il manque environ 2 300 € d'ETH sur mon wallet, envoyés vers une adresse que je connais pas"],
    ['meine Auszahlung über 4.800 € hängt seit drei Wochen auf in Prüfung'],
    ['me siguen cobrando la mensualidad de 599 pesos y yo cancelé desde diciembre'],
  ])('money at stake: %s', (text) => expect(chat([text]).reason.triggers).toContain('high_value'));

  it.each([
    [
      "We paid $1,240.00 for shipment 9920-4418. I'm not disputing the charge at all, we just need an itemized receipt.",
    ],
    ["J'ai reçu une amende de 135 €. Je ne conteste pas l'amende, je voudrais juste un délai."],
  ])('no money contested: %s', (text) => expect(chat([text]).reason.triggers).not.toContain('high_value'));

  it.each([
    ['my access runs out on march thirty first, is there any way to get it extended a couple of weeks'],
    ['Est-ce que vous pourriez prolonger mon accès de deux mois ?'],
    ['les quería pedir si es posible pasar el cargo de la cuota de marzo, 429,50 €, del día 5 al día 20'],
    ['est-il possible de la payer en deux fois ?'],
    ['Jetzt soll ich 19 € Bearbeitungsgebühr zahlen. Könnt ihr mir die erlassen?'],
    ['¿me pueden exonerar la comisión?'],
  ])('policy exception: %s', (text) => expect(chat([text]).reason.triggers).toContain('policy_exception'));

  it.each([
    ['If I do not receive an explanation, I will file a complaint with the Consumer Financial Protection Bureau.'],
    ['Wenn das bis Freitag nicht erledigt ist, melde ich euch bei der FMA.'],
  ])('legal: %s', (text) => expect(chat([text]).reason.triggers).toContain('legal_compliance'));

  it.each([
    ["any chance you could waive the fee? my friend's a lawyer and she said it's not worth fighting over"],
    ['Por cierto, mi cuñado es abogado y me dice que esto lo hacen muchas empresas sin problema.'],
  ])('not legal: %s', (text) => expect(chat([text]).reason.triggers).not.toContain('legal_compliance'));

  it('a phone number left in case someone needs to call is no request for a person', () => {
    expect(chat(['Mein Natel ist 078 645 21 09, falls man mich anrufen muss.']).reason.triggers).not.toContain(
      'customer_requested',
    );
  });

  it('frustration in a recent message makes the conversation negative; "harta plata" is a lot of money', () => {
    const p = chat([
      "l'app marche pas depuis la mise à jour",
      "Avez-vous essayé de réinstaller l'application ?",
      "j'ai réinstallé l'app deux fois, ça change rien. c'est ridicule",
      'Voulez-vous parler à un conseiller ?',
      'non, je veux juste que votre app marche. réglez ça',
    ]);
    expect(p.sentiment.label).toBe('negative');
    expect(p.reason.triggers).toContain('negative_sentiment');
    expect(chat(['la verdad es harta plata la comisión']).reason.triggers).not.toContain('negative_sentiment');
  });

  it('"IMMER NOCH NICHT FERTIG ... Saftladen" is anger', () => {
    expect(
      chat(['mein Zimmer ist IMMER NOCH NICHT FERTIG. Was ist das für ein Saftladen?! UNFASSBAR.']).sentiment.label,
    ).toBe('angry');
  });
});

describe('what the customer said that made the handoff is kept in customerProvided', () => {
  it('a threat of a chargeback, a complaint to a regulator, a request outside policy', () => {
    const p = chat([
      'I cancelled my meal kit subscription but got charged $35.99 anyway',
      'Per our policy, boxes past the cutoff are not refundable.',
      "that's not what the cancel page said. either refund it or I'll do a chargeback with my bank and file a complaint with the BBB.",
    ]);
    expect(p.customerProvided.join(' ')).toContain('chargeback');
    expect(p.customerProvided.join(' ')).toContain('BBB');
  });

  it('a bare request for a person is not listed as a fact', () => {
    expect(chat(['i want to talk to someone who can actually look into it']).customerProvided).toEqual([]);
  });
});

describe('security read around redacted secrets and money taken out', () => {
  it.each([
    ['i also got a text with a code 881204 that i never asked for'],
    ['someone just withdrew $3,800 of ETH from my account. i did NOT do this'],
  ])('%s', (text) => expect(chat([text]).reason.triggers).toContain('security_risk'));

  it('a shouted long word in an upset message is anger ("UNACCEPTABLE")', () => {
    expect(
      chat(['Still SAML_RESPONSE_INVALID. This is UNACCEPTABLE for an enterprise contract, which is a joke.']).sentiment
        .label,
    ).toBe('angry');
    expect(chat(['Still SAML_RESPONSE_INVALID after the restart.']).sentiment.label).not.toBe('angry');
  });
});

describe('reasons, third round: general shapes', () => {
  it.each([
    ["now when I log in it says 'session expired' every 2 minutes. is someone in my account??"],
    ['bjr qqn a pris le controle de mon compte, mon mdp a ete change'],
    ['i got a letter saying the bank details for my claim payout were changed and i never changed anything'],
    ['somebody called me last week pretending to be from you asking about my claim'],
  ])('security: %s', (text) => expect(chat([text]).reason.triggers).toContain('security_risk'));

  it.each([
    [
      'last spring somebody got into my online account and your people sorted it all out so quick, that is all fine now',
    ],
    ['El cargo de ayer de 42,90 € sí lo reconozco, no es ningún fraude, tranquilos.'],
    ["j'ai vu 2 débits de 60€ sur ma carte, pas de fraude hein c'est bien moi"],
  ])('not security: %s', (text) => expect(chat([text]).reason.triggers).not.toContain('security_risk'));

  it.each([
    [
      "the final invoice says $11,400 but the quote we signed said $10,200 so that's twelve hundred more than we agreed",
    ],
    ['el perito dijo 22,500 pesos y me depositaron 18,500 pesos o sea me faltan cuatro mil pesos'],
    ['my order came yesterday missing two whole bags. Receipt says $146.20, the missing stuff adds up to about $112.'],
  ])('money at stake: %s', (text) => expect(chat([text]).reason.triggers).toContain('high_value'));

  it.each([
    ['No hace falta un agente, solo quiero que me quitéis la penalización.'],
    ['Jetzt hab ich 12,60 € Mahngebühren. Kann man die erlassen?'],
    ['is there any way you could extend it a couple of weeks so she can still get the booster'],
    ['Is there any flexibility on the price if we commit for 12 months?'],
    ["Est-ce qu'il serait possible de les reporter sur octobre, exceptionnellement ?"],
  ])('policy exception: %s', (text) => expect(chat([text]).reason.triggers).toContain('policy_exception'));

  it('the bot saying it cannot grant the exception is a policy exception', () => {
    expect(
      chat(['my plan expired last week', "Extending a plan isn't something I can approve, but I'll pass it on."]).reason
        .triggers,
    ).toContain('policy_exception');
  });

  it.each([
    ["if it rains on my bachelorette I'm calling my lawyer haha jk. can we move to sunday?"],
    ['Bitte nicht meine Daten löschen oder so, nur die Nummer ändern'],
    ["Hi, I'm one of the lawyers at Tran & Osei, can you add two desks to our contract?"],
  ])('not legal: %s', (text) => expect(chat([text]).reason.triggers).not.toContain('legal_compliance'));

  it('Could the events manager give me a call? asks for a person', () => {
    expect(chat(['Could the events manager give me a call this week?']).reason.triggers).toContain(
      'customer_requested',
    );
  });

  it.each([
    [
      [
        'Hello. I want to change to evening group from next month. How I can do this?',
        "You can view your timetable under 'My Classes'.",
        'Thank you but my question is: how I can change from morning group to evening group?',
        'Our evening courses run Monday to Thursday.',
        'Yes I know. Sorry, again my question: how I change my group from morning to evening?',
      ],
    ],
    [
      [
        'je voudrais savoir si la médiathèque est ouverte le vingt-six décembre',
        'La médiathèque propose un service de prêt de liseuses.',
        "non non euh ma question c'est est-ce que c'est ouvert le vingt-six décembre",
        'Vous pouvez rendre vos documents dans la boîte de retour.',
        "d'accord merci mais je voulais juste savoir si c'est ouvert le vingt-six décembre",
      ],
    ],
    [
      [
        'quería pedir cita para vacunar a mi perra',
        'Claro. ¿Para qué mascota es la cita?',
        'para luna mi perra',
        'Gracias. ¿Para qué mascota es la cita?',
        'luna se llama luna, creo que no me entiende',
      ],
    ],
  ])('a loop: %j', (texts) => expect(chat(texts).reason.triggers).toContain('repeated_failure'));
});

describe('anger and frustration, third round', () => {
  it('"I did NOT file anything ... so frustrating" is upset, not hostile', () => {
    expect(
      chat(['I did NOT file anything. and now it logs me out every 2 minutes, this is so frustrating']).sentiment.label,
    ).toBe('negative');
  });
  it('"UNVERSCHÄMTHEIT", "ihr seid echt das Letzte" is anger', () => {
    expect(chat(['Musste das Ding 2 km schieben. UNVERSCHÄMTHEIT. Ihr seid echt das Letzte']).sentiment.label).toBe(
      'angry',
    );
  });
  it('"this is so unfair" fires negative_sentiment', () => {
    expect(chat(['all my skins are gone. this is so unfair i saved those skins for a year']).reason.triggers).toContain(
      'negative_sentiment',
    );
  });
});

describe('customerProvided keeps what the customer asks for', () => {
  it.each([
    ["hi its tasha, we're booked at the barn on sept 20. we need to swap the menu from buffet to plated.", 'plated'],
    ["forecast says thunderstorms. what's your weather policy, can we move to sunday?", 'sunday'],
    ['quick q - does it cover the seated scooters or just the standing ones', 'seated'],
    ['je voudrais savoir si la médiathèque est ouverte le vingt-six décembre', 'vingt-six'],
  ])('%s', (text, word) => expect(chat([text]).customerProvided.join(' ')).toContain(word));

  it('a shorthand repeat of a listed sentence is not listed twice ("can u waive it" / "can you waive it")', () => {
    const p = chat(['portal says theres a $75 change fee?? can u waive it, we havent changed anything else lol']);
    expect(p.customerProvided.filter((s) => /waive/.test(s))).toHaveLength(1);
  });
});

describe('warm endings read positive', () => {
  it.each([
    ["perfect that's great thank you so much you guys have been awesome"],
    ['Top, merci beaucoup ! Vous êtes géniaux'],
    ['Genial, muchas gracias!! 😊'],
    ['lovely thank you'],
  ])('%s', (last) =>
    expect(chat(['can I add a line for my daughter?', 'I am passing this on.', last]).sentiment.label).toBe('positive'),
  );

  it('"you guys are useless" is still anger', () => {
    expect(chat(['you guys are useless, nothing works']).sentiment.label).toBe('angry');
  });
});
