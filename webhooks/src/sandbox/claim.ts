import type { HandoffRecord } from '@baton/core';
import type { ServiceDeps } from '../deps';

export type ClaimOutcome = { ok: true; record: HandoffRecord } | { ok: false; message: string };

/**
 * Claims a handoff for an agent: atomically (one winner), then assigns the Zendesk ticket; if
 * Zendesk refuses, the claim is released and the reason given in words. Used by the sandbox page
 * (and by chat integrations).
 */
export async function claimHandoff(
  deps: ServiceDeps,
  handoffId: string,
  agent: { email: string; name?: string; slackUserId?: string },
): Promise<ClaimOutcome> {
  const at = deps.clock.now().toISOString();
  const result = await deps.store.claim(
    deps.tenantId,
    handoffId,
    {
      email: agent.email,
      ...(agent.name ? { name: agent.name } : {}),
      ...(agent.slackUserId ? { slackUserId: agent.slackUserId } : {}),
    },
    at,
  );
  if (!result.ok) {
    return {
      ok: false,
      message:
        result.reason === 'not_found'
          ? 'No such handoff.'
          : `Already claimed by ${result.claimedBy.slackUserId ? `<@${result.claimedBy.slackUserId}>` : (result.claimedBy.name ?? result.claimedBy.email ?? 'someone else')}.`,
    };
  }
  let record = result.record;
  if (record.ticketId !== undefined) {
    try {
      const { assigneeId } = await deps.desk.assign(record.ticketId, agent.email);
      record = await deps.store.update(deps.tenantId, record.id, {
        claimedBy: { ...record.claimedBy!, zendeskUserId: assigneeId },
      });
    } catch (err) {
      await deps.store.release(deps.tenantId, handoffId);
      return {
        ok: false,
        message: `Zendesk did not assign the ticket: ${(err as Error).message}. The handoff is back in the queue.`,
      };
    }
  }
  const timeToClaimSec = Math.max(0, (Date.parse(at) - Date.parse(record.createdAt)) / 1000);
  deps.claimTimes.record(timeToClaimSec, agent.email);
  await deps.events.append({
    id: `claimed:${handoffId}:${at}`,
    tenantId: deps.tenantId,
    kind: 'claimed',
    at,
    handoffId,
    ...(record.ticketId !== undefined ? { ticketId: record.ticketId } : {}),
    data: {
      agent: agent.email,
      ...(agent.slackUserId ? { slackUserId: agent.slackUserId } : {}),
      timeToClaimSec,
      priority: record.priority,
      reason: record.package?.reason.code,
    },
  });
  await deps.notifier.updateAlert(record);
  return { ok: true, record };
}

export async function releaseHandoff(deps: ServiceDeps, handoffId: string): Promise<HandoffRecord | undefined> {
  const record = await deps.store.release(deps.tenantId, handoffId);
  if (!record) return undefined;
  if (record.ticketId !== undefined) await deps.desk.unassign(record.ticketId).catch(() => undefined);
  await deps.events.append({
    id: `released:${handoffId}:${deps.clock.now().toISOString()}`,
    tenantId: deps.tenantId,
    kind: 'released',
    at: deps.clock.now().toISOString(),
    handoffId,
    data: {},
  });
  await deps.notifier.updateAlert(record);
  return record;
}
