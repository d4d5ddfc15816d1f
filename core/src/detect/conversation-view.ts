import type { HandoffEvent } from '../schema/handoff-event';
import { normalizeText } from './normalize-text';

export type Turn = { index: number; role: 'customer' | 'bot' | 'agent' | 'system'; text: string; norm: string };

/** The event's messages normalised once, for every detector. */
export type ConversationView = { turns: Turn[]; customer: Turn[]; bot: Turn[] };

export function viewConversation(event: HandoffEvent): ConversationView {
  const turns: Turn[] = event.messages.map((m, index) => ({
    index,
    role: m.role,
    text: m.text,
    norm: normalizeText(m.text),
  }));
  return { turns, customer: turns.filter((t) => t.role === 'customer'), bot: turns.filter((t) => t.role === 'bot') };
}

/** A short quote of a message for evidence: the sentence around `at`, at most `max` characters. */
export function quote(text: string, at = 0, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const start = Math.max(0, Math.min(at - 40, flat.length - max));
  return (start > 0 ? '…' : '') + flat.slice(start, start + max).trim() + (start + max < flat.length ? '…' : '');
}
