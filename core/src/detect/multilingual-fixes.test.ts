import { describe, expect, it } from 'vitest';
import { summarize } from '../summarize';
import { originalOf } from './original-text';

describe('the customer’s own words, and what the detectors read', () => {
  it('an attempted step in French reads as the customer wrote it, accents and case kept', () => {
    const pkg = summarize({
      conversationId: 'fr-1',
      locale: 'fr-FR',
      messages: [
        { role: 'customer', text: "Quelqu'un s'est connecté à mon compte!" },
        { role: 'bot', text: 'Je peux vous aider à réinitialiser votre mot de passe.' },
        { role: 'customer', text: "J'ai déjà essayé, ça n'a pas marché." },
      ],
    });
    expect(pkg.attempted.map((a) => a.step)).toContain("J'ai déjà essayé, ça n'a pas marché");
    expect(pkg.suggestedGreeting).toContain('essayé'); // accents kept; the customer's "J'ai déjà" left out
  });

  it('originalOf maps a normalised span back, and leaves it when the words changed', () => {
    expect(originalOf('Ich habe schon  den Router NEU gestartet, ärgerlich', 'ich habe schon den router neu')).toBe(
      'Ich habe schon  den Router NEU',
    );
    expect(originalOf('Straße gesperrt', 'strasse')).toBe('Straße');
    expect(originalOf('Él dijo algo', 'nada de eso')).toBe('nada de eso');
    expect(originalOf('plain ascii text', 'ascii')).toBe('ascii');
  });

  it('an amount written with the symbol after it (89,90 €) is read', () => {
    const pkg = summarize({
      conversationId: 'es-1',
      messages: [{ role: 'customer', text: 'Me han cobrado dos veces el pedido 55123, 89,90 € cada vez' }],
    });
    expect(pkg.entities.amounts).toEqual([{ value: 89.9, currency: 'EUR', text: '89,90 €' }]);
  });

  it('"disputing the charge with my bank" is a chargeback threat', () => {
    const pkg = summarize({
      conversationId: 'cb-1',
      messages: [{ role: 'customer', text: "Nothing arrived, I'm disputing the charge with my bank." }],
    });
    expect(pkg.reason.triggers).toContain('legal_compliance');
  });

  it('"still drops" after the suggested fix: that step failed', () => {
    const pkg = summarize({
      conversationId: 'voice-1',
      channel: 'voice',
      messages: [
        { role: 'customer', text: 'my router keeps dropping the connection' },
        { role: 'bot', text: 'Please restart your router by unplugging it for 30 seconds.' },
        { role: 'customer', text: 'did that twice already it still drops' },
      ],
    });
    expect(pkg.attempted).toContainEqual(
      expect.objectContaining({ step: 'restart your router by unplugging it for 30 seconds', outcome: 'failed' }),
    );
  });
});

describe('answers and loops in four languages', () => {
  const run = (messages: Array<{ role: 'customer' | 'bot'; text: string }>) =>
    summarize({ conversationId: 'x', messages });

  it.each([
    ['Entiendo. ¿Me puedes dar tu número de pedido?', 'Ya te lo di tres veces!! Es el 889412', '889412'],
    ['Pouvez-vous me donner votre numéro de commande?', "C'est 77120", '77120'],
    ['Wie lautet Ihre Bestellnummer?', 'A-30917', 'A-30917'],
    ['What is your order number?', 'its 55123 i think', '55123'],
  ])('a short answer to "%s" is the order id', (question, answer, id) => {
    const pkg = run([
      { role: 'customer', text: 'my parcel never came' },
      { role: 'bot', text: question },
      { role: 'customer', text: answer },
    ]);
    expect(pkg.entities.orderIds).toContain(id);
  });

  it('a number in a long message, or after an unrelated question, is not taken for an order id', () => {
    expect(
      run([
        { role: 'bot', text: 'How many items were missing?' },
        { role: 'customer', text: '2000' },
      ]).entities.orderIds,
    ).toEqual([]);
  });

  it('the bot asking the same question twice is a loop', () => {
    const pkg = run([
      { role: 'customer', text: "Mon colis n'est jamais arrivé" },
      { role: 'bot', text: 'Pouvez-vous me donner votre numéro de commande?' },
      { role: 'customer', text: "C'est 77120" },
      { role: 'bot', text: 'Pouvez-vous me donner votre numéro de commande?' },
    ]);
    expect(pkg.reason.triggers).toContain('repeated_failure');
    expect(pkg.reason.triggers.indexOf('repeated_failure')).toBeGreaterThanOrEqual(0);
  });

  it.each(['Ya te lo di, es el mismo problema', 'Je viens de vous le donner!', 'Das habe ich Ihnen schon gesagt.'])(
    '"%s" says the conversation goes in circles',
    (text) => {
      expect(run([{ role: 'customer', text }]).reason.triggers).toContain('repeated_failure');
    },
  );

  it('evidence is quoted as the customer wrote it', () => {
    const pkg = run([{ role: 'customer', text: "I'd like an EXCEPTION to your return policy, I was in hospital." }]);
    expect(pkg.reason.detail).toContain(`"I'd like an EXCEPTION to your return policy`);
  });
});

describe('money at stake and codes, in four languages', () => {
  it.each([
    'Jemand hat sich in mein Konto eingeloggt und 500 Euro überwiesen!',
    'Quiero el reembolso de los 300 € que me cobraron dos veces',
    'Je veux être remboursé des 450 € débités à tort',
    'Bitte erstatten Sie mir 2.499,00 €',
  ])('"%s" puts money above the threshold at stake', (text) => {
    const pkg = summarize({ conversationId: 'm', messages: [{ role: 'customer', text }] });
    expect(pkg.reason.triggers).toContain('high_value');
  });

  it('"the code you sent is 482913" is a one-time code, redacted', () => {
    const pkg = summarize({
      conversationId: 'otp',
      messages: [{ role: 'customer', text: 'the code you sent is 482913' }],
    });
    expect(pkg.transcript[0]!.text).toBe('the code you sent is [redacted:code]');
    expect(JSON.stringify(pkg)).not.toContain('482913');
  });
});

describe('tone, email quotes and spoken card digits', () => {
  it('praise next to a complaint is sarcasm, read as negative', () => {
    const pkg = summarize({
      conversationId: 's',
      messages: [{ role: 'customer', text: 'wow great service, 3 hours and still no answer. thanks a lot.' }],
    });
    expect(pkg.sentiment.label).toBe('negative');
    expect(pkg.reason.triggers).toContain('negative_sentiment');
    const thanks = summarize({
      conversationId: 't',
      messages: [{ role: 'customer', text: 'great, that worked, thanks a lot!' }],
    });
    expect(thanks.sentiment.label).toBe('positive');
  });

  it('still waiting is frustration, not anger; fury is anger', () => {
    const waiting = summarize({
      conversationId: 'w',
      messages: [{ role: 'customer', text: 'Still waiting on my refund for order #A-20931. It has been 3 weeks.' }],
    });
    expect(waiting.sentiment.label).toBe('negative');
    const furious = summarize({
      conversationId: 'f',
      messages: [{ role: 'customer', text: 'I am furious, this is the worst service ever' }],
    });
    expect(furious.sentiment.label).toBe('angry');
  });

  it("an email's quoted earlier message gives no entities", () => {
    const pkg = summarize({
      conversationId: 'e',
      channel: 'email',
      messages: [
        {
          role: 'customer',
          text: 'Still no refund for order #A-20931.\n\nOn Mon, Nov 16, 2026 at 9:12 AM Support <support@shop.example> wrote:\n> Your refund for Order #A-11111 was issued.\n\nRegards,\nPaul',
        },
      ],
    });
    expect(pkg.entities.orderIds).toEqual(['A-20931']);
    // the quoted header's sender is kept, the quoted body is not read
    expect(pkg.entities.emails).toEqual(['support@shop.example']);
  });

  it('"four two four two" after the bot asks for the last four digits is the card’s last 4', () => {
    const pkg = summarize({
      conversationId: 'v',
      channel: 'voice',
      messages: [
        { role: 'customer', text: 'i was charged twice' },
        { role: 'bot', text: 'Can you confirm the last four digits of the card?' },
        { role: 'customer', text: 'four two four two' },
      ],
    });
    expect(pkg.entities.cardLast4).toEqual(['4242']);
  });
});

describe('order numbers that are not cards, and steps the bot suggested', () => {
  it('an Amazon-style order number is kept whole, though some of its digits pass Luhn', () => {
    const pkg = summarize({
      conversationId: 'amz',
      messages: [
        { role: 'customer', text: 'I received a damaged item, order 112-3345567-8890123, can I get a replacement?' },
      ],
    });
    expect(pkg.entities.orderIds).toEqual(['112-3345567-8890123']);
    expect(pkg.entities.cardLast4).toEqual([]);
    expect(pkg.redactions).toBe(0);
  });

  it('a card written in blocks of four after other digits is still masked', () => {
    const pkg = summarize({
      conversationId: 'card',
      messages: [{ role: 'customer', text: 'ref 77 4111 1111 1111 1111 2026' }],
    });
    expect(pkg.transcript[0]!.text).toBe('ref 77 [card ••••1111] 2026');
  });

  it('"Try running X." then "same error": X failed; "Have you tried X?" then "yes, twice": X failed', () => {
    const a = summarize({
      conversationId: 'a',
      messages: [
        { role: 'customer', text: 'I keep getting error 0x80070005 when installing the update' },
        { role: 'bot', text: 'Try running the installer as administrator.' },
        { role: 'customer', text: 'same error' },
      ],
    });
    expect(a.attempted).toContainEqual(
      expect.objectContaining({ outcome: 'failed', step: expect.stringContaining('installer as administrator') }),
    );
    const b = summarize({
      conversationId: 'b',
      messages: [
        { role: 'customer', text: 'The app crashes every time I open it' },
        { role: 'bot', text: 'Have you tried reinstalling the app?' },
        { role: 'customer', text: 'yes, twice' },
      ],
    });
    expect(b.attempted).toContainEqual(expect.objectContaining({ step: 'reinstalling the app', outcome: 'failed' }));
  });
});

describe('dates, customer numbers and money in es/fr/de', () => {
  const one = (text: string) => summarize({ conversationId: 'd', messages: [{ role: 'customer', text }] });

  it.each([
    ['Hice un pedido el 3 de marzo y todavía no llega', '3 de marzo'],
    ["j'ai payé le 12 mars 2026", '2026-03-12'],
    ['Am 5. März wurde doppelt abgebucht', '5. März'],
  ])('"%s" has the date %s (a year named: the ISO day)', (text, date) => {
    expect(one(text).entities.dates).toContain(date);
  });

  it('a German customer number is an account id', () => {
    expect(one('Meine Kundennummer 4471123, bitte prüfen').entities.accountIds).toEqual(['4471123']);
  });

  it('paid and received nothing puts the money at stake (fr)', () => {
    expect(one("J'ai payé 1 299,00 € pour un abonnement et je n'ai rien reçu").reason.triggers).toContain('high_value');
  });
});

describe('security, said in more ways', () => {
  it.each([
    "There's a login from Russia on my account that wasn't me",
    "I think someone did a SIM swap on my number, I'm not getting any texts",
    'Ich habe eine verdächtige Abbuchung auf meiner Kreditkarte, die ich nicht gemacht habe',
    'Alguien accedió a mi cuenta y cambió la contraseña',
    "Quelqu'un a accédé à mon compte, ce n'était pas moi",
  ])('"%s" is a security risk, urgent', (text) => {
    const pkg = summarize({ conversationId: 's', messages: [{ role: 'customer', text }] });
    expect(pkg.reason.code).toBe('security_risk');
    expect(pkg.priority).toBe('urgent');
  });

  it('"that was me" is not', () => {
    const pkg = summarize({
      conversationId: 's',
      messages: [{ role: 'customer', text: 'The login from Lisbon was me, I was travelling' }],
    });
    expect(pkg.reason.triggers).not.toContain('security_risk');
  });
});

describe('asking for a person, said in more ways', () => {
  const asks = (text: string) =>
    summarize({ conversationId: 'p', messages: [{ role: 'customer', text }] }).reason.triggers.includes(
      'customer_requested',
    );
  it.each([
    'can a real person look at this',
    'get me someone who knows what they are doing',
    'Ich will einen menschlichen Mitarbeiter',
  ])('"%s" asks for a person', (text) => expect(asks(text)).toBe(true));
  it.each([
    'I spoke to a person yesterday and they said it was fixed',
    'my insurance agent told me to contact you',
    'the human resources department sent me',
    'what are your customer service hours',
  ])('"%s" does not', (text) => expect(asks(text)).toBe(false));
});

describe('loops, data deletion, safety and price matching', () => {
  const run = (messages: Array<{ role: 'customer' | 'bot'; text: string }>) =>
    summarize({ conversationId: 'z', messages });

  it('the bot sending the same instruction again is a loop, and the instruction a failed step', () => {
    const pkg = run([
      { role: 'customer', text: 'I need to update the credit card on my account' },
      { role: 'bot', text: 'You can update your card in Settings > Billing.' },
      { role: 'customer', text: 'there is no billing tab in my settings' },
      { role: 'bot', text: 'You can update your card in Settings > Billing.' },
      { role: 'customer', text: "I told you there's no billing tab!!" },
    ]);
    expect(pkg.reason.triggers).toContain('repeated_failure');
    expect(pkg.attempted).toContainEqual(expect.objectContaining({ outcome: 'failed' }));
  });

  it('deleting the account and all my data is a data-protection request', () => {
    expect(run([{ role: 'customer', text: 'I want to delete my account and all my data' }]).reason.code).toBe(
      'legal_compliance',
    );
  });

  it('a product that hurt someone is a safety matter for people', () => {
    expect(
      run([{ role: 'customer', text: 'Your product gave me a rash, this is a health and safety issue' }]).reason.code,
    ).toBe('legal_compliance');
  });

  it('asking to match a competitor’s price is a policy exception', () => {
    expect(
      run([{ role: 'customer', text: 'Can I get a discount? Your competitor offers the same for 20% less' }]).reason
        .code,
    ).toBe('policy_exception');
  });
});

describe('what the customer already tried, in es/fr/de, cut where it stops', () => {
  it.each([
    ['Ya reinicié el módem dos veces y sigue sin funcionar', 'Ya reinicié el módem dos veces'],
    [
      "J'ai déjà vidé le cache et réinstallé l'application, ça ne marche toujours pas",
      "J'ai déjà vidé le cache et réinstallé l'application",
    ],
    ['Mein Router geht nicht, ich habe ihn schon dreimal neu gestartet', 'ich habe ihn schon dreimal neu gestartet'],
  ])('%s', (text, step) => {
    const pkg = summarize({ conversationId: 't', messages: [{ role: 'customer', text }] });
    expect(pkg.attempted).toContainEqual(expect.objectContaining({ step, outcome: 'failed' }));
  });
});

describe('numbers said in Spanish, French and German (voice transcripts)', () => {
  const entitiesOf = (text: string) =>
    summarize({ conversationId: 'num', channel: 'voice', messages: [{ role: 'customer', text }] }).entities;

  it('reads amounts written in words, as each language composes them', () => {
    const cases: Array<[string, number, string, string]> = [
      ['me cobraron veinte euros de más', 20, 'EUR', 'veinte euros'],
      ['son cincuenta y nueve euros cada mes', 59, 'EUR', 'cincuenta y nueve euros'],
      ['me quitaron mil quinientos pesos', 1500, 'MXN', 'mil quinientos pesos'],
      ['pagué cien dólares', 100, 'USD', 'cien dólares'],
      ["on m'a prélevé quatre-vingt-dix-neuf euros", 99, 'EUR', 'quatre-vingt-dix-neuf euros'],
      ['une facture de deux cents euros', 200, 'EUR', 'deux cents euros'],
      ['vingt et un euros de frais', 21, 'EUR', 'vingt et un euros'],
      ['Sie haben zweihundertfünfzig Euro abgebucht', 250, 'EUR', 'zweihundertfünfzig Euro'],
      ['das sind neunundneunzig Euro zu viel', 99, 'EUR', 'neunundneunzig Euro'],
      ['sechzehn Franken Gebühr', 16, 'CHF', 'sechzehn Franken'],
    ];
    for (const [text, value, currency, said] of cases)
      expect([text, entitiesOf(text).amounts]).toEqual([text, [{ value, currency, text: said }]]);
  });

  it('does not read an amount where the words before the currency are no number', () => {
    expect(entitiesOf('me cobraron de más en euros').amounts).toEqual([]);
    expect(entitiesOf('y euros').amounts).toEqual([]);
  });

  it('reads spelled digits and the copula before an order number ("es", "est", "ist")', () => {
    expect(entitiesOf('mi número de pedido es uno dos tres cuatro cinco').orderIds).toEqual(['12345']);
    expect(entitiesOf('ma commande est deux trois quatre cinq six').orderIds).toEqual(['23456']);
    expect(entitiesOf('meine Bestellnummer ist acht acht zwei eins drei').orderIds).toEqual(['88213']);
    expect(entitiesOf('mi pedido es 88213').orderIds).toEqual(['88213']);
    expect(entitiesOf('ma commande est 88213').orderIds).toEqual(['88213']);
    expect(entitiesOf('mein Kundenkonto ist 4471982').accountIds).toEqual(['4471982']);
  });
});

describe('bot suggestions, passwords and answers in Spanish, French and German', () => {
  const run = (messages: Array<{ role: 'customer' | 'bot'; text: string }>, channel?: 'voice') =>
    summarize({ conversationId: 'ml', ...(channel ? { channel } : {}), messages });

  it('a step the bot suggested, then "it did not work", is a failed attempt in each language', () => {
    const cases: Array<[string, string, string]> = [
      [
        'Haben Sie versucht, Ihr Passwort zurückzusetzen?',
        'Ja, zweimal. Funktioniert immer noch nicht.',
        'Ihr Passwort zurückzusetzen',
      ],
      ['Bitte starten Sie den Router neu.', 'Hat nicht funktioniert.', 'starten Sie den Router neu'],
      ['¿Has intentado reinstalar la aplicación?', 'sí, y sigue sin funcionar', 'reinstalar la aplicación'],
      ['Intenta borrar la caché del navegador.', 'no funcionó', 'borrar la caché del navegador'],
      ['Avez-vous essayé de vider le cache ?', 'oui, ça ne marche toujours pas', 'vider le cache'],
      ['Essayez de réinitialiser votre mot de passe.', "ça n'a pas marché", 'réinitialiser votre mot de passe'],
    ];
    for (const [bot, answer, step] of cases) {
      const pkg = run([
        { role: 'customer', text: 'Tengo un problema / J’ai un problème / Ich habe ein Problem' },
        { role: 'bot', text: bot },
        { role: 'customer', text: answer },
      ]);
      expect([bot, pkg.attempted]).toEqual([bot, [{ step, outcome: 'failed', source: 'transcript' }]]);
    }
  });

  it('a suggestion the customer has not answered is no attempt', () => {
    expect(run([{ role: 'bot', text: 'Intenta borrar la caché del navegador.' }]).attempted).toEqual([]);
  });

  it('"Passwort geändert" says what happened to the password: not redacted, and a takeover', () => {
    const pkg = run([
      { role: 'customer', text: 'Jemand hat mein Passwort geändert und ich komme nicht mehr in mein Konto!' },
    ]);
    expect(pkg.transcript[0]!.text).toContain('Passwort geändert');
    expect(pkg.reason.code).toBe('security_risk');
    expect(pkg.intent.label).toBe('security.account_compromised');
    expect(run([{ role: 'customer', text: 'mein Passwort ist Sommer2024!' }]).transcript[0]!.text).toBe(
      'mein Passwort ist [redacted:password]',
    );
    expect(run([{ role: 'customer', text: 'mon mot de passe: chaton' }]).transcript[0]!.text).toBe(
      'mon mot de passe: [redacted:password]',
    );
  });

  it('an account number spelled out in answer to the bot is the account id', () => {
    const pkg = run(
      [
        { role: 'bot', text: 'Entiendo. ¿Me puede dar su número de cliente?' },
        { role: 'customer', text: 'sí es el cuatro cinco seis siete ocho nueve' },
      ],
      'voice',
    );
    expect(pkg.entities.accountIds).toEqual(['456789']);
  });

  it('customerProvided does not list again a sentence that only gives a listed value', () => {
    const pkg = run([
      { role: 'bot', text: 'What is your email and order number?' },
      { role: 'customer', text: 'maria.lopez@correo.es' },
      { role: 'customer', text: 'Order ID: 3348917502' },
      { role: 'customer', text: 'I got the wrong size.' },
    ]);
    expect(pkg.customerProvided).toEqual(['order 3348917502', 'email maria.lopez@correo.es', 'I got the wrong size.']);
  });
});

describe('chargebacks and short requests in Spanish, French and German', () => {
  const one = (text: string) => summarize({ conversationId: 'cb', messages: [{ role: 'customer', text }] });

  it('asking the bank to take the money back is a legal matter, as "chargeback" is in English', () => {
    for (const text of [
      'Voy a reclamar el cargo a mi banco si no me devuelven el dinero.',
      'Voy a pedirle al banco que anule el cobro',
      "Je vais faire opposition auprès de ma banque si ce n'est pas réglé aujourd'hui.",
      'je vais contester ce prélèvement auprès de ma banque',
      'Ich lasse die Lastschrift zurückbuchen, wenn das nicht heute geklärt ist.',
      'Dann widerspreche ich der Lastschrift.',
    ])
      expect([text, one(text).reason.code]).toEqual([text, 'legal_compliance']);
    expect(one('Mi banco me dijo que el cargo está pendiente').reason.code).not.toBe('legal_compliance');
  });

  it('a short French request for a person is answered in French', () => {
    for (const text of ['passez-moi un humain', 'un humain svp']) {
      const pkg = one(text);
      expect([text, pkg.reason.code]).toEqual([text, 'customer_requested']);
      expect(pkg.customerMessage).toMatch(/^Je vous mets en relation/);
    }
  });
});

describe('sentiment: irony, "useless" and satisfaction in Spanish, French and German; a negated feeling', () => {
  const read = (text: string) => summarize({ conversationId: 's', messages: [{ role: 'customer', text }] });

  it('praise next to the same error again and "thanks for nothing" is anger, in each language', () => {
    for (const text of [
      'genial, otra vez el mismo error. muchas gracias por nada',
      'super, encore une fois rien ne marche. merci pour rien',
      'Toll, schon wieder der gleiche Fehler. Danke für nichts',
      'ce bot ne sert à rien',
    ]) {
      const p = read(text);
      expect([text, p.sentiment.label, p.reason.code]).toEqual([text, 'angry', 'negative_sentiment']);
    }
  });

  it('thanks and satisfaction are positive, "thanks again" is no irony', () => {
    for (const text of [
      'estoy muy contento con el servicio, gracias',
      'merci beaucoup, tout fonctionne',
      'vielen Dank, das hat geholfen',
    ])
      expect([text, read(text).sentiment.label]).toEqual([text, 'positive']);
    for (const text of ['muchas gracias de nuevo', 'merci encore une fois'])
      expect([text, read(text).sentiment.score]).toEqual([text, 0.2]);
    expect(read('je ne suis pas content du tout').sentiment.label).not.toBe('positive');
  });

  it('"I am not angry" is not anger', () => {
    for (const text of [
      'I am not angry, just want to know when it arrives',
      'not at all upset, just curious',
      'ich bin nicht sauer, nur neugierig',
    ]) {
      const p = read(text);
      expect([text, p.sentiment.label, p.reason.code]).toEqual([text, 'neutral', 'out_of_scope']);
    }
    expect(read('I am angry, this is the third time').sentiment.label).toBe('angry');
  });
});

describe('emails in Spanish, French and German', () => {
  const email = (text: string) =>
    summarize({ conversationId: 'em', channel: 'email', messages: [{ role: 'customer', text }] });

  it('a German letter: the sign-off names the customer, "am 12. Februar" stays one sentence, cancelling the order is the intent', () => {
    const p = email(
      'Sehr geehrte Damen und Herren,\n\nich habe am 12. Februar eine Waschmaschine bestellt (Bestellnummer 300-228817). Die Lieferung wurde dreimal verschoben. Ich möchte die Bestellung stornieren und mein Geld zurück (649 €).\n\nMit freundlichen Grüßen\nJürgen Schmidt',
    );
    expect(p.customer.name).toBe('Jürgen Schmidt');
    expect(p.intent.label).toBe('order.cancel');
    expect(p.customerProvided).toContain(
      'ich habe am 12. Februar eine Waschmaschine bestellt (Bestellnummer 300-228817).',
    );
  });

  it('a French letter: a phone written in pairs is the phone; "personne n\'est venu" is no request for a person', () => {
    const p = email(
      "Bonjour,\n\nVotre technicien devait passer mardi entre 8h et 12h et personne n'est venu. Je demande un geste commercial.\n\nCordialement,\nMarie Leroy\n06 12 34 56 78",
    );
    expect(p.entities.phones).toEqual(['0612345678']);
    expect(p.customer.name).toBe('Marie Leroy');
    expect(p.intent.label).not.toBe('contact.human_agent');
    expect(p.reason.code).toBe('policy_exception');
  });

  it('a Spanish letter: a step cut at ten words does not end on "y"', () => {
    const p = email(
      'Buenos días:\n\nEl pedido 4482910 llegó incompleto. Ya llamé al servicio de atención hace una semana y me dijeron que me enviarían las piezas, pero no ha llegado nada.\n\nUn saludo,\nLucía Fernández',
    );
    expect(p.attempted.map((a) => a.step)).toEqual(['Ya llamé al servicio de atención hace una semana']);
    expect(p.customer.name).toBe('Lucía Fernández');
    expect(
      summarize({ conversationId: 'c', messages: [{ role: 'customer', text: 'quiero cancelar mi pedido' }] }).intent
        .label,
    ).toBe('order.cancel');
  });
});

describe('signing in, said in each language', () => {
  it.each([
    ['es', 'no puedo iniciar sesión en mi cuenta'],
    ['fr', "je n'arrive pas à me connecter à mon compte"],
    ['de', 'ich kann mich nicht in mein Konto einloggen'],
    ['de', 'ich komme nicht mehr in mein Konto'],
  ])('%s: "%s" is account.login', (locale, text) => {
    const p = summarize({ conversationId: 'l', locale, messages: [{ role: 'customer', text }] });
    expect(p.intent.label).toBe('account.login');
  });
});

describe('intents said in Spanish, French and German', () => {
  it.each([
    ['me enviaron el producto equivocado', 'order.damaged'],
    ["j'ai reçu le mauvais article", 'order.damaged'],
    ['ich habe den falschen Artikel bekommen', 'order.damaged'],
    ['no tengo internet desde ayer', 'technical.connectivity'],
    ["je n'ai plus internet depuis hier", 'technical.connectivity'],
    ['quiero cambiar mi correo electrónico', 'account.update'],
    ['je veux changer mon adresse e-mail', 'account.update'],
    ['ich möchte meine E-Mail-Adresse ändern', 'account.update'],
    ["je veux changer l'adresse de livraison", 'order.change'],
    ['ich möchte die Lieferadresse ändern', 'order.change'],
  ])('"%s" is %s', (text, label) => {
    expect(summarize({ conversationId: 'i', messages: [{ role: 'customer', text }] }).intent.label).toBe(label);
  });
});

describe('money at stake with the amount in the middle, in Spanish, French and German', () => {
  const one = (text: string) => summarize({ conversationId: 'm', messages: [{ role: 'customer', text }] });

  it.each([
    'me cobraron 250 euros de más',
    "on m'a facturé 150 € en trop",
    'je veux récupérer mes 200 euros',
    'Ich will meine 200 Euro zurück',
  ])('"%s" is money at stake', (text) => {
    expect(one(text).reason.triggers).toContain('high_value');
  });

  it('a charge the customer does not recognise is security first, money too', () => {
    expect(one('me han cobrado 180 € que no reconozco').reason.triggers).toEqual(['security_risk', 'high_value']);
  });

  it('a bill the customer asks to pay later is not money at stake', () => {
    expect(one('la factura de 800 euros es correcta, ¿puedo pagarla el mes que viene?').reason.triggers).not.toContain(
      'high_value',
    );
    expect(one('Kann ich die Rechnung über 500 € in Raten zahlen?').reason.triggers).not.toContain('high_value');
  });
});

describe('a price of their own, asked in Spanish, French and German', () => {
  it.each([
    '¿me hacen un descuento si pago por un año?',
    'pouvez-vous me faire un prix ?',
    'Gibt es einen Rabatt für gemeinnützige Vereine?',
  ])('"%s" is a policy exception', (text) => {
    expect(summarize({ conversationId: 'p', messages: [{ role: 'customer', text }] }).reason.code).toBe(
      'policy_exception',
    );
  });

  it('asking what the price is, is not', () => {
    expect(
      summarize({ conversationId: 'p', messages: [{ role: 'customer', text: '¿cuál es el precio del plan anual?' }] })
        .reason.code,
    ).toBe('out_of_scope');
  });
});

describe("a voice caller's fillers in Spanish, French and German", () => {
  it.each([
    'eh quiero hablar con eh una persona',
    'euh je voudrais parler à euh un conseiller',
    'äh ich möchte äh mit einem Mitarbeiter sprechen',
  ])('"%s" asks for a person, quoted without the fillers', (text) => {
    const p = summarize({ conversationId: 'v', channel: 'voice', messages: [{ role: 'customer', text }] });
    expect(p.reason.code).toBe('customer_requested');
    expect(p.summary).not.toMatch(/\b(?:eh|euh|äh)\b/);
  });
});

describe('what the customer told us leaves out what means nothing on its own', () => {
  it('"ya te lo dije tres veces" and a bare "Ja, zweimal." are no facts; an answer with a detail is', () => {
    const p = summarize({
      conversationId: 'f',
      messages: [
        { role: 'customer', text: 'mi paquete no ha llegado' },
        { role: 'bot', text: 'Lo siento, no entendí.' },
        { role: 'customer', text: 'ya te lo dije tres veces' },
        { role: 'bot', text: '¿Ha intentado reiniciar?' },
        { role: 'customer', text: 'Ja, zweimal.' },
        { role: 'customer', text: 'No, I bought it in November.' },
      ],
    });
    expect(p.customerProvided).toEqual(['mi paquete no ha llegado', 'No, I bought it in November.']);
  });
});

describe('a lost card and suspected phishing, in Spanish, French and German', () => {
  it.each([
    'perdí mi tarjeta, bloquéenla por favor',
    "j'ai perdu ma carte bancaire",
    'ich habe meine Karte verloren, bitte sperren',
    'est-ce que cet e-mail est une arnaque ?',
    '¿este correo es una estafa? me pide los datos de mi tarjeta',
    'ist diese E-Mail echt oder Phishing?',
  ])('"%s" is a security matter', (text) => {
    expect(summarize({ conversationId: 's', messages: [{ role: 'customer', text }] }).reason.code).toBe(
      'security_risk',
    );
  });

  it('a forgotten password is not', () => {
    for (const text of ['olvidé mi contraseña', "j'ai oublié mon mot de passe", 'Ich habe mein Passwort vergessen'])
      expect(summarize({ conversationId: 's', messages: [{ role: 'customer', text }] }).reason.code).toBe(
        'out_of_scope',
      );
  });
});
