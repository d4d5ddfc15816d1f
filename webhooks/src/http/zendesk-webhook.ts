import { z } from 'zod';
import { detectReAsk, type HandoffPackage, type KnownFacts, type LifecycleKind } from '@baton/core';
import type { ServiceDeps } from '../deps';

/**
 * The body Baton's Zendesk trigger sends (README: "Zendesk webhook"): one JSON template for all
 * events, filled with Zendesk placeholders. Unknown fields are ignored; the event id dedupes retries.
 */
export const zendeskWebhookSchema = z.object({
  id: z.string().min(1).max(200).optional(),
  type: z.enum(['assignee_changed', 'solved', 'reopened', 'satisfaction_rated', 'agent_replied']),
  ticketId: z.coerce.number().int().positive(),
  at: z.string().optional(),
  assignee: z
    .object({ id: z.coerce.number().optional(), email: z.string().optional(), name: z.string().optional() })
    .optional(),
  satisfaction: z.object({ score: z.string(), comment: z.string().optional() }).optional(),
  comment: z.object({ body: z.string().max(20_000), public: z.boolean().optional() }).optional(),
});
export type ZendeskWebhook = z.infer<typeof zendeskWebhookSchema>;

const KIND: Record<ZendeskWebhook['type'], LifecycleKind> = {
  assignee_changed: 'claimed',
  solved: 'solved',
  reopened: 'reopened',
  satisfaction_rated: 'satisfaction_rated',
  agent_replied: 'first_agent_reply',
};

/** What the package told the agent, for the re-ask detector. */
export function knownFacts(pkg: HandoffPackage): KnownFacts {
  const emails = [...pkg.entities.emails, ...(pkg.customer.email ? [pkg.customer.email] : [])];
  return {
    orderIds: pkg.entities.orderIds,
    emails,
    phones: [...pkg.entities.phones, ...(pkg.customer.phone ? [pkg.customer.phone] : [])],
    accountIds: pkg.entities.accountIds,
    errorCodes: pkg.entities.errorCodes,
    attempted: pkg.attempted.length > 0,
  };
}

/** Records a Zendesk ticket event once; an assignee set in Zendesk claims the handoff (and updates the alert). */
export async function handleZendeskWebhook(
  deps: ServiceDeps,
  hook: ZendeskWebhook,
): Promise<{ recorded: boolean; handoffId?: string }> {
  const record = await deps.store.getByTicketId(deps.tenantId, hook.ticketId);
  const at =
    hook.at && Number.isFinite(Date.parse(hook.at)) ? new Date(hook.at).toISOString() : deps.clock.now().toISOString();
  const kind = KIND[hook.type];
  const id = hook.id
    ? `zendesk:${hook.id}`
    : kind === 'first_agent_reply'
      ? `first_agent_reply:${hook.ticketId}`
      : `zendesk:${hook.type}:${hook.ticketId}:${at}`;
  const data: Record<string, unknown> = {};
  if (hook.assignee) data.agent = hook.assignee.email ?? hook.assignee.name ?? hook.assignee.id;
  if (hook.satisfaction) Object.assign(data, { score: hook.satisfaction.score, comment: hook.satisfaction.comment });
  if (kind === 'first_agent_reply' && hook.comment && hook.comment.public !== false && record?.package) {
    // The figure Baton exists to push to zero: did the agent ask for something the package held?
    data.reAskedFields = detectReAsk(hook.comment.body, knownFacts(record.package));
  }
  if (record && kind === 'claimed')
    data.timeToClaimSec = Math.max(0, (Date.parse(at) - Date.parse(record.createdAt)) / 1000);
  const recorded = await deps.events.append({
    id,
    tenantId: deps.tenantId,
    kind,
    at,
    ticketId: hook.ticketId,
    ...(record ? { handoffId: record.id, conversationId: record.conversationId } : {}),
    data,
  });
  if (recorded) deps.metrics.lifecycle.inc({ kind });
  if (record && kind === 'claimed' && hook.assignee && !record.claimedBy) {
    const by = {
      ...(hook.assignee.id ? { zendeskUserId: hook.assignee.id } : {}),
      ...(hook.assignee.email ? { email: hook.assignee.email } : {}),
      ...(hook.assignee.name ? { name: hook.assignee.name } : {}),
    };
    const claimed = await deps.store.claim(deps.tenantId, record.id, by, at);
    if (claimed.ok) await deps.notifier.updateAlert(claimed.record);
  }
  return { recorded, ...(record ? { handoffId: record.id } : {}) };
}
