import type { HandoffEventInput, Message } from '../schema/handoff-event';

/** Test helpers: build events tersely. */
export function customer(text: string, at?: string): Message {
  return { role: 'customer', text, ...(at ? { at } : {}) };
}
export function bot(text: string, at?: string): Message {
  return { role: 'bot', text, ...(at ? { at } : {}) };
}
export function makeEvent(messages: Message[], extra: Partial<HandoffEventInput> = {}): HandoffEventInput {
  return { conversationId: 'c-test', messages, ...extra };
}

/** A conversation from (role, text) pairs: `convo(['customer', 'hi'], ['bot', 'hello'])`. */
export function convo(...messages: Array<[role: 'customer' | 'bot', text: string]>): HandoffEventInput {
  return { conversationId: `convo-${messages.length}`, messages: messages.map(([role, text]) => ({ role, text })) };
}
