import type { HandoffRecord } from '@baton/core';
import type { ServiceDeps } from '../deps';

const DEFAULT_CLAIM_MINUTES = 3;
const WINDOW = 50;

/** Recent claims, kept in the process that sees them (API: chat clicks, Zendesk webhooks), for the wait estimate. */
export class ClaimTimes {
  private readonly recent: Array<{ sec: number; agent: string; at: number }> = [];

  record(sec: number, agent: string, at = Date.now()): void {
    this.recent.push({ sec, agent, at });
    if (this.recent.length > WINDOW) this.recent.shift();
  }

  medianMinutes(): number {
    if (this.recent.length === 0) return DEFAULT_CLAIM_MINUTES;
    const s = this.recent.map((r) => r.sec).sort((a, b) => a - b);
    return s[Math.floor(s.length / 2)]! / 60;
  }

  /** People who claimed in the last hour (at least one). */
  claimers(now = Date.now()): number {
    return new Set(this.recent.filter((r) => r.at >= now - 3600_000).map((r) => r.agent)).size || 1;
  }
}

/**
 * Minutes until a person picks this handoff up: the unclaimed handoffs ahead of it, times the median
 * time to claim of the last claims (3 minutes before there is any), spread over the people who
 * claimed in the last hour. One cheap count in the store, no scan.
 */
export async function estimateWaitMinutes(deps: ServiceDeps, record: HandoffRecord): Promise<number> {
  if (record.claimedBy) return 0;
  const ahead = await deps.store.countUnclaimed(deps.tenantId, record.createdAt);
  return Math.max(1, Math.round(deps.claimTimes.medianMinutes() * (1 + ahead / deps.claimTimes.claimers())));
}
