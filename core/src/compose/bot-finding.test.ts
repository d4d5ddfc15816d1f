import { describe, expect, it } from 'vitest';
import { summarize } from '../summarize';

const summaryOf = (bot: string) =>
  summarize({
    conversationId: 'bf',
    messages: [
      { role: 'customer', text: 'why does my account have 3 orders to brooklyn?? i didnt order any of that' },
      { role: 'bot', text: bot },
    ],
  }).summary;

describe("the bot's finding in the summary", () => {
  it('quotes what the bot looked up and found, in four languages', () => {
    expect(
      summaryOf('Hi! I see 3 orders placed last night, delivered to 219 Jewel St, Brooklyn. Anyone else with access?'),
    ).toContain('The bot found: "I see 3 orders placed last night, delivered to 219 Jewel St, Brooklyn"');
    expect(
      summaryOf('Gracias. Veo un cargo de 389,90 € del 14 de febrero en MEDIATEK VALENCIA. ¿Lo reconoce?'),
    ).toContain('MEDIATEK VALENCIA');
    expect(summaryOf('Bonsoir Mathieu. Je vois votre dossier locataire LOC-55817.')).toContain('LOC-55817');
    expect(summaryOf('Danke. Ich sehe zwei Zahlungen über 2.400,00 € vom 10. Februar.')).toContain('zwei Zahlungen');
  });

  it('where things stand, said without "I see": a status the bot reports (en, es, fr)', () => {
    expect(summaryOf('Thanks for waiting. It is showing as backordered with the manufacturer.')).toContain(
      'The bot found: "It is showing as backordered with the manufacturer"',
    );
    expect(summaryOf('One of them is a pending authorization that should drop off within 3 to 5 days.')).toContain(
      'pending authorization',
    );
    expect(summaryOf('Hay una incidencia abierta en tu zona (CP 46015).')).toContain('CP 46015');
    expect(summaryOf("Votre dossier est en attente de l'accord du gestionnaire de réseau Enedis.")).toContain('Enedis');
    // an "I see" finding still comes first
    expect(summaryOf('I see claim 4410 was approved. The refund is pending with your bank.')).toContain(
      'The bot found: "I see claim 4410 was approved"',
    );
  });

  it('a bot that found nothing adds nothing; the summary keeps four sentences at most', () => {
    const plain = summaryOf('I can help with that. Let me connect you with our security team.');
    expect(plain).not.toContain('The bot found');
    const long = summaryOf('I see 3 orders placed last night, delivered to 219 Jewel St.');
    expect(long.split(/(?<=[.!?"])\s+(?=[A-Z])/).length).toBeLessThanOrEqual(4);
  });
});

describe('a German date in the finding', () => {
  it('"am 3. November" does not end the sentence', () => {
    expect(
      summaryOf('Ich sehe zwei Abbuchungen über 649,00 € am 3. November. Ich versuche, eine zu erstatten.'),
    ).toContain('"Ich sehe zwei Abbuchungen über 649,00 € am 3. November"');
  });
});

describe('a bare locate takes the sentence after it', () => {
  it('"I see repair order RO81552. The extra charge is for ..."', () => {
    const p = summarize({
      conversationId: 'f',
      messages: [
        { role: 'customer', text: 'you charged me 545 but the quote was 320' },
        {
          role: 'bot',
          text: 'Thanks. I see repair order RO81552. The extra charge is for a cabin air filter and a brake fluid flush that were added during the visit',
        },
      ],
    });
    expect(p.summary).toContain('I see repair order RO81552. The extra charge is for a cabin air filter');
  });

  it('not a question after it', () => {
    const p = summarize({
      conversationId: 'f',
      messages: [
        { role: 'customer', text: 'where is my order 4411' },
        { role: 'bot', text: 'I see order 4411. Could you confirm the delivery address?' },
      ],
    });
    expect(p.summary).not.toContain('Could you confirm');
  });
});
