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

  it('small talk stays out', () => {
    expect(provided('ok cool', 'hello there', 'sounds good to me')).toEqual([]);
  });
});
