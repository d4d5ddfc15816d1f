import type { HandoffEvent } from './schema/handoff-event';

export type RedactedText = { text: string; redactions: number; cardLast4: string[] };
export type RedactedEvent = { event: HandoffEvent; redactions: number; cardLast4: string[] };

/** Masks secrets in one text (contract section 5). STUB: being implemented. */
export function redactText(text: string): RedactedText {
  return { text, redactions: 0, cardLast4: [] };
}

/**
 * Redacts every customer-originated string of the event (messages, action details, handoff note,
 * customer attributes), including answers to security questions (the customer's reply right after
 * the bot asks for one). Returns a new event; never mutates. STUB: being implemented.
 */
export function redactEvent(event: HandoffEvent): RedactedEvent {
  return { event, redactions: 0, cardLast4: [] };
}
