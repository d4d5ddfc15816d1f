import { z } from 'zod';
import { DEFAULT_LIMITS } from './limits';

/** ISO-8601 date-time with an offset or Z (e.g. 2026-01-19T14:04:00Z). */
export const isoDateTimeSchema = z.iso.datetime({
  offset: true,
  local: false,
  message: 'must be an ISO-8601 date-time, e.g. 2026-01-19T14:04:00Z',
});

export const channelSchema = z.enum(['chat', 'voice', 'email', 'sms', 'messaging']);
export type Channel = z.infer<typeof channelSchema>;

export const roleSchema = z.enum(['customer', 'bot', 'agent', 'system']);
export type Role = z.infer<typeof roleSchema>;

export const customerSchema = z.object({
  id: z.string().min(1).max(200).optional(),
  name: z.string().min(1).max(200).optional(),
  email: z.string().max(320).optional(),
  phone: z.string().max(64).optional(),
  tier: z.string().min(1).max(64).optional(),
  accountStatus: z.string().max(64).optional(),
  lifetimeValue: z.number().finite().nonnegative().optional(),
  attributes: z.record(z.string(), z.unknown()).optional(),
});
export type Customer = z.infer<typeof customerSchema>;

export function messageSchemaWith(maxChars: number) {
  return z.object({
    role: roleSchema,
    text: z.string().max(maxChars, `must be at most ${maxChars} characters`),
    at: isoDateTimeSchema.optional(),
  });
}
export const messageSchema = messageSchemaWith(DEFAULT_LIMITS.maxMessageChars);
export type Message = z.infer<typeof messageSchema>;

export const actionStatusSchema = z.enum(['succeeded', 'failed', 'pending']);
export const botActionSchema = z.object({
  name: z.string().min(1).max(200),
  status: actionStatusSchema,
  detail: z.string().max(2000).optional(),
  at: isoDateTimeSchema.optional(),
});
export type BotAction = z.infer<typeof botActionSchema>;

export const botSchema = z.object({
  name: z.string().max(200).optional(),
  intent: z.string().max(200).optional(),
  confidence: z.number().min(0).max(1).optional(),
  actions: z.array(botActionSchema).max(500).optional(),
});
export type Bot = z.infer<typeof botSchema>;

export const handoffRequestSchema = z.object({
  requestedBy: z.enum(['customer', 'bot', 'rule']).optional(),
  note: z.string().max(2000).optional(),
});

export const zendeskTargetSchema = z.object({
  ticketId: z.number().int().positive(),
});

/**
 * Builds the HandoffEvent schema for given limits. The default export `handoffEventSchema` uses the
 * contract's defaults; the service builds one from its configured limits.
 */
export function handoffEventSchemaWith(limits: { maxMessages: number; maxMessageChars: number } = DEFAULT_LIMITS) {
  return z.object({
    conversationId: z.string().min(1).max(200),
    handoffKey: z.string().min(1).max(200).optional(),
    channel: channelSchema.default('chat'),
    locale: z.string().min(2).max(35).optional(),
    customer: customerSchema.optional(),
    messages: z
      .array(messageSchemaWith(limits.maxMessageChars))
      .min(1, 'must hold at least one message')
      .max(limits.maxMessages, `must hold at most ${limits.maxMessages} messages`),
    bot: botSchema.optional(),
    handoff: handoffRequestSchema.optional(),
    zendesk: zendeskTargetSchema.optional(),
  });
}

/** What a bot sends: contract section 1. */
export const handoffEventSchema = handoffEventSchemaWith();
export type HandoffEvent = z.infer<typeof handoffEventSchema>;
/** The event as a caller may write it (defaults not yet applied). */
export type HandoffEventInput = z.input<typeof handoffEventSchema>;

/** The idempotency key of an event: `handoffKey`, else `conversationId`. */
export function handoffKeyOf(event: Pick<HandoffEvent, 'conversationId' | 'handoffKey'>): string {
  return event.handoffKey ?? event.conversationId;
}
