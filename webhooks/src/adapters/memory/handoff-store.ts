import type { ClaimResult, ContextFeedback, HandoffRecord, HandoffStore, TenantId } from '@baton/core';

/** The in-memory HandoffStore: the embedded default (one process). */
export class MemoryHandoffStore implements HandoffStore {
  private readonly records = new Map<string, HandoffRecord>();
  private readonly byKey = new Map<string, string>();
  private readonly byTicket = new Map<string, string>();
  private readonly feedback = new Map<string, ContextFeedback[]>();

  private k(tenantId: TenantId, id: string | number): string {
    return `${tenantId}\u0000${id}`;
  }

  async createIfAbsent(record: HandoffRecord): Promise<{ created: boolean; record: HandoffRecord }> {
    const existingId = this.byKey.get(this.k(record.tenantId, record.handoffKey));
    if (existingId)
      return { created: false, record: structuredClone(this.records.get(this.k(record.tenantId, existingId))!) };
    this.byKey.set(this.k(record.tenantId, record.handoffKey), record.id);
    this.records.set(this.k(record.tenantId, record.id), structuredClone(record));
    return { created: true, record: structuredClone(record) };
  }

  async get(tenantId: TenantId, id: string): Promise<HandoffRecord | undefined> {
    const r = this.records.get(this.k(tenantId, id));
    return r && structuredClone(r);
  }

  async getByKey(tenantId: TenantId, handoffKey: string): Promise<HandoffRecord | undefined> {
    const id = this.byKey.get(this.k(tenantId, handoffKey));
    return id ? this.get(tenantId, id) : undefined;
  }

  async getByTicketId(tenantId: TenantId, ticketId: number): Promise<HandoffRecord | undefined> {
    const id = this.byTicket.get(this.k(tenantId, ticketId));
    return id ? this.get(tenantId, id) : undefined;
  }

  async update(
    tenantId: TenantId,
    id: string,
    patch: Partial<Omit<HandoffRecord, 'id' | 'tenantId'>>,
  ): Promise<HandoffRecord> {
    const current = this.records.get(this.k(tenantId, id));
    if (!current) throw new Error(`handoff ${id} not found`);
    const next: HandoffRecord = { ...current, ...structuredClone(patch), updatedAt: new Date().toISOString() };
    // a claim outlives the pipeline's own status changes (as the claim key does in Redis)
    if (current.claimedBy && !('claimedBy' in patch) && next.status !== 'failed') next.status = 'claimed';
    this.records.set(this.k(tenantId, id), next);
    if (next.ticketId !== undefined) this.byTicket.set(this.k(tenantId, next.ticketId), id);
    return structuredClone(next);
  }

  async claim(
    tenantId: TenantId,
    id: string,
    by: NonNullable<HandoffRecord['claimedBy']>,
    at: string,
  ): Promise<ClaimResult> {
    const current = this.records.get(this.k(tenantId, id));
    if (!current) return { ok: false, reason: 'not_found' };
    if (current.claimedBy)
      return { ok: false, reason: 'already_claimed', claimedBy: structuredClone(current.claimedBy) };
    return { ok: true, record: await this.update(tenantId, id, { claimedBy: by, claimedAt: at, status: 'claimed' }) };
  }

  async release(tenantId: TenantId, id: string): Promise<HandoffRecord | undefined> {
    const current = this.records.get(this.k(tenantId, id));
    if (!current) return undefined;
    const { claimedBy: _b, claimedAt: _a, ...rest } = current;
    const next: HandoffRecord = {
      ...rest,
      status: current.alert ? 'alerted' : current.ticketId ? 'ticketed' : 'queued',
      updatedAt: new Date().toISOString(),
    };
    this.records.set(this.k(tenantId, id), next);
    return structuredClone(next);
  }

  async listUnclaimed(tenantId: TenantId, limit = 100): Promise<HandoffRecord[]> {
    return [...this.records.values()]
      .filter((r) => r.tenantId === tenantId && !r.claimedBy && r.status !== 'failed')
      .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
      .slice(0, limit)
      .map((r) => structuredClone(r));
  }

  async countUnclaimed(tenantId: TenantId, before?: string): Promise<number> {
    let n = 0;
    for (const r of this.records.values())
      if (
        r.tenantId === tenantId &&
        !r.claimedBy &&
        r.status !== 'failed' &&
        (before === undefined || r.createdAt < before)
      )
        n++;
    return n;
  }

  async saveFeedback(tenantId: TenantId, feedback: ContextFeedback): Promise<void> {
    const key = this.k(tenantId, feedback.ticketId);
    const list = this.feedback.get(key) ?? [];
    list.push(structuredClone(feedback));
    this.feedback.set(key, list);
  }

  async listFeedback(tenantId: TenantId, ticketId: number): Promise<ContextFeedback[]> {
    return structuredClone(this.feedback.get(this.k(tenantId, ticketId)) ?? []);
  }
}
