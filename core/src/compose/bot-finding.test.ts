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

  it('a bot that found nothing adds nothing; the summary keeps four sentences at most', () => {
    const plain = summaryOf('I can help with that. Let me connect you with our security team.');
    expect(plain).not.toContain('The bot found');
    const long = summaryOf('I see 3 orders placed last night, delivered to 219 Jewel St.');
    expect(long.split(/(?<=[.!?"])\s+(?=[A-Z])/).length).toBeLessThanOrEqual(4);
  });
});
