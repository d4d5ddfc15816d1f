import { describe, expect, it } from 'vitest';
import { summarize } from '../summarize';
import type { HandoffEventInput as HandoffEvent } from '../schema/handoff-event';

const provided = (...texts: string[]) =>
  summarize({
    conversationId: 'cp',
    messages: texts.map((text) => ({ role: 'customer' as const, text })),
  } satisfies HandoffEvent).customerProvided;

describe('what the customer said, kept for the agent', () => {
  it('what they have, found, prefer, and who they speak for', () => {
    expect(provided('yeah got the tenancy agreement, can send a pic')).toContain(
      'yeah got the tenancy agreement, can send a pic',
    );
    expect(provided('When we unwrapped it we found the left arm frame is cracked.')).toContain(
      'When we unwrapped it we found the left arm frame is cracked.',
    );
    expect(provided('Las SIM mejor a la nave de Getafe, no a la dirección fiscal.')).toContain(
      'Las SIM mejor a la nave de Getafe, no a la dirección fiscal.',
    );
    expect(provided('Hi, this is Dana Whitaker, HOA representative for Maple Court.')).toContain(
      'Hi, this is Dana Whitaker, HOA representative for Maple Court.',
    );
  });

  it('things named, things missing, things never asked for, and what they need to do', () => {
    const said = provided(
      'schon wieder fehlt die hälfte der zutaten in der box. kein lachs, keine kräuter',
      'Die Mindestlaufzeit geht noch bis Februar.',
      "Auf der Rechnung steht nämlich 'Retro Stüberl'.",
      'The one on Camelback Road, please.',
      'We never asked for rush delivery.',
      'need to get to denver today for a funeral',
    );
    expect(said).toEqual(
      expect.arrayContaining([
        'kein lachs, keine kräuter',
        'Die Mindestlaufzeit geht noch bis Februar.',
        "Auf der Rechnung steht nämlich 'Retro Stüberl'.",
        'The one on Camelback Road, please.',
        'We never asked for rush delivery.',
        'need to get to denver today for a funeral',
      ]),
    );
  });

  it("a caller's run-on sentence gives its clauses, not only its first 160 characters", () => {
    const said = provided(
      'yes I power cycled it I did it three times your last guy told me to this is absolutely useless and do not transfer me to another person again and please send a tech out to the house',
    );
    expect(said.some((s) => s.includes('send a tech out'))).toBe(true);
    expect(said.every((s) => s.length <= 160)).toBe(true);
  });

  it('a request for a person with a noun in capitals is still no fact; thanks and emphasis are none', () => {
    expect(provided('Ich will mit einem Menschen sprechen.')).toEqual([]);
    expect(provided('no thanks', 'NOT again', 'ok cool')).toEqual([]);
  });

  it('small talk stays out', () => {
    expect(provided('ok cool', 'hello there', 'sounds good to me')).toEqual([]);
  });
});
