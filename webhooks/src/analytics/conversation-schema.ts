import { z } from 'zod';

/** One conversation the bot finished without a person: the handoff rate's denominator. */
export const resolvedConversationSchema = z.object({
  conversationId: z.string().min(1).max(200),
  bot: z.string().min(1).max(100),
  intent: z.string().max(100).optional(),
  channel: z.string().max(50).optional(),
  endedAt: z.iso.datetime({ offset: true }),
  /** 1-5, or good/bad. */
  csat: z.union([z.number().int().min(1).max(5), z.enum(['good', 'bad'])]).optional(),
  customerKey: z.string().max(200).optional(),
});
export type ResolvedConversation = z.infer<typeof resolvedConversationSchema>;

/** One conversation, or a batch of up to 1,000. */
export const conversationsBodySchema = z.union([
  resolvedConversationSchema,
  z.object({ conversations: z.array(resolvedConversationSchema).min(1).max(1000) }),
]);
