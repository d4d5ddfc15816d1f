import type { EventLog, TenantId } from '@baton/core';
import type { ResolvedConversation } from './conversation-schema';

export type RecordedConversations = { received: number; accepted: number; duplicates: number };

/**
 * The intake of conversations a bot finished without a person (the handoff rate's denominator): each
 * becomes one `conversation_resolved` event, appended once per conversation id. `POST /v1/conversations`
 * and the sandbox's simulated week both come through here, after `resolvedConversationSchema`.
 */
export async function recordConversations(
  deps: { events: EventLog; tenantId: TenantId },
  list: readonly ResolvedConversation[],
): Promise<RecordedConversations> {
  let accepted = 0;
  for (const c of list) {
    const appended = await deps.events.append({
      id: `conversation_resolved:${c.conversationId}`,
      tenantId: deps.tenantId,
      kind: 'conversation_resolved',
      at: new Date(c.endedAt).toISOString(),
      conversationId: c.conversationId,
      data: { bot: c.bot, intent: c.intent, channel: c.channel, csat: c.csat, customerKey: c.customerKey },
    });
    if (appended) accepted += 1;
  }
  return { received: list.length, accepted, duplicates: list.length - accepted };
}
