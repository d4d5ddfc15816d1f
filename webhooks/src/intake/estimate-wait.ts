import type { HandoffRecord } from '@baton/core';
import type { ServiceDeps } from '../deps';

const DEFAULT_CLAIM_MINUTES = 3;

/**
 * Minutes until a person picks this handoff up: the unclaimed handoffs ahead of it, times the median
 * time to claim of the last claimed ones (3 minutes before there is any history), spread over the
 * people claiming in parallel (those who claimed in the last hour, at least one).
 */
export async function estimateWaitMinutes(deps: ServiceDeps, record: HandoffRecord): Promise<number> {
  if (record.claimedBy) return 0;
  const unclaimed = await deps.store.listUnclaimed(deps.tenantId, 500);
  const ahead = unclaimed.filter((r) => r.createdAt < record.createdAt && r.id !== record.id).length;
  const now = deps.clock.now();
  const recent = await deps.events.list(
    deps.tenantId,
    new Date(now.getTime() - 24 * 3600_000).toISOString(),
    now.toISOString(),
  );
  const claims = recent.filter((e) => e.kind === 'claimed' && typeof e.data.timeToClaimSec === 'number');
  const times = claims.map((e) => e.data.timeToClaimSec as number).sort((a, b) => a - b);
  const median = times.length ? times[Math.floor(times.length / 2)]! / 60 : DEFAULT_CLAIM_MINUTES;
  const hourAgo = new Date(now.getTime() - 3600_000).toISOString();
  const claimers = new Set(claims.filter((e) => e.at >= hourAgo).map((e) => String(e.data.agent ?? ''))).size || 1;
  return Math.max(1, Math.round(median * (1 + ahead / claimers)));
}
