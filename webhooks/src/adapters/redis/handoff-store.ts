import type { Redis } from 'ioredis';
import type { ClaimResult, ContextFeedback, HandoffRecord, HandoffStore, TenantId } from '@baton/core';

/** Creates the record and its handoff-key index in one step, unless the key is taken: returns the existing id. */
const CREATE_IF_ABSENT = `
local existing = redis.call('GET', KEYS[1])
if existing then return existing end
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[4])
redis.call('SET', KEYS[2], ARGV[2], 'EX', ARGV[4])
redis.call('ZADD', KEYS[3], ARGV[3], ARGV[1])
return false`;

/** A record as read: the claim lives in its own key (SET NX) and wins over the stored status. */
function withClaim(record: HandoffRecord, claim: string | null | undefined): HandoffRecord {
  if (!claim) return record;
  const c = JSON.parse(claim) as { by: NonNullable<HandoffRecord['claimedBy']>; at: string };
  return { ...record, claimedBy: c.by, claimedAt: c.at, status: 'claimed' };
}

/**
 * HandoffStore in Redis. Every key carries the tenant: `baton:{<tenant>}:...` (the braces keep one
 * tenant's keys in one Cluster slot). Records are JSON with a retention TTL; the claim is its own
 * `SET NX` key, so exactly one of many concurrent claimers wins.
 */
export class RedisHandoffStore implements HandoffStore {
  constructor(
    private readonly redis: Redis,
    private readonly retentionSec = 90 * 86_400,
    private readonly prefix = 'baton',
  ) {}

  private key(tenantId: TenantId, ...parts: Array<string | number>): string {
    return `${this.prefix}:{${tenantId}}:${parts.join(':')}`;
  }

  async createIfAbsent(record: HandoffRecord): Promise<{ created: boolean; record: HandoffRecord }> {
    const t = record.tenantId;
    const existing = (await this.redis.eval(
      CREATE_IF_ABSENT,
      3,
      this.key(t, 'key', record.handoffKey),
      this.key(t, 'h', record.id),
      this.key(t, 'unclaimed'),
      record.id,
      JSON.stringify(record),
      String(Date.parse(record.createdAt)),
      String(this.retentionSec),
    )) as string | null;
    if (!existing) return { created: true, record };
    const found = await this.get(t, existing);
    if (!found) throw new Error(`handoff ${existing} is indexed but missing`);
    return { created: false, record: found };
  }

  async get(tenantId: TenantId, id: string): Promise<HandoffRecord | undefined> {
    const [raw, claim] = await this.redis.mget(this.key(tenantId, 'h', id), this.key(tenantId, 'claim', id));
    if (!raw) return undefined;
    return withClaim(JSON.parse(raw) as HandoffRecord, claim);
  }

  async getByKey(tenantId: TenantId, handoffKey: string): Promise<HandoffRecord | undefined> {
    const id = await this.redis.get(this.key(tenantId, 'key', handoffKey));
    return id ? this.get(tenantId, id) : undefined;
  }

  async getByTicketId(tenantId: TenantId, ticketId: number): Promise<HandoffRecord | undefined> {
    const id = await this.redis.get(this.key(tenantId, 'ticket', ticketId));
    return id ? this.get(tenantId, id) : undefined;
  }

  async update(
    tenantId: TenantId,
    id: string,
    patch: Partial<Omit<HandoffRecord, 'id' | 'tenantId'>>,
  ): Promise<HandoffRecord> {
    const [raw, claim] = await this.redis.mget(this.key(tenantId, 'h', id), this.key(tenantId, 'claim', id));
    if (!raw) throw new Error(`handoff ${id} not found`);
    const { claimedBy: _c, claimedAt: _a, ...rest } = patch;
    const next: HandoffRecord = { ...(JSON.parse(raw) as HandoffRecord), ...rest, updatedAt: new Date().toISOString() };
    const multi = this.redis.multi().set(this.key(tenantId, 'h', id), JSON.stringify(next), 'EX', this.retentionSec);
    if (next.ticketId !== undefined)
      multi.set(this.key(tenantId, 'ticket', next.ticketId), id, 'EX', this.retentionSec);
    if (next.status === 'failed') multi.zrem(this.key(tenantId, 'unclaimed'), id);
    await multi.exec();
    return withClaim(next, claim);
  }

  async claim(
    tenantId: TenantId,
    id: string,
    by: NonNullable<HandoffRecord['claimedBy']>,
    at: string,
  ): Promise<ClaimResult> {
    const exists = await this.redis.exists(this.key(tenantId, 'h', id));
    if (!exists) return { ok: false, reason: 'not_found' };
    const won = await this.redis.set(
      this.key(tenantId, 'claim', id),
      JSON.stringify({ by, at }),
      'EX',
      this.retentionSec,
      'NX',
    );
    if (won !== 'OK') {
      const current = await this.get(tenantId, id);
      return { ok: false, reason: 'already_claimed', claimedBy: current?.claimedBy ?? by };
    }
    await this.redis.zrem(this.key(tenantId, 'unclaimed'), id);
    return { ok: true, record: (await this.get(tenantId, id))! };
  }

  async release(tenantId: TenantId, id: string): Promise<HandoffRecord | undefined> {
    const record = await this.get(tenantId, id);
    if (!record) return undefined;
    await this.redis
      .multi()
      .del(this.key(tenantId, 'claim', id))
      .zadd(this.key(tenantId, 'unclaimed'), String(Date.parse(record.createdAt)), id)
      .exec();
    const { claimedBy: _b, claimedAt: _a, ...rest } = record;
    return this.update(tenantId, id, {
      ...rest,
      status: rest.alert ? 'alerted' : rest.ticketId ? 'ticketed' : 'queued',
    });
  }

  async listUnclaimed(tenantId: TenantId, limit = 100): Promise<HandoffRecord[]> {
    const ids = await this.redis.zrange(this.key(tenantId, 'unclaimed'), 0, limit - 1);
    const records = await Promise.all(ids.map((id) => this.get(tenantId, id)));
    return records.filter((r): r is HandoffRecord => !!r && !r.claimedBy && r.status !== 'failed');
  }

  async countUnclaimed(tenantId: TenantId, before?: string): Promise<number> {
    return this.redis.zcount(
      this.key(tenantId, 'unclaimed'),
      '-inf',
      before === undefined ? '+inf' : `(${Date.parse(before)}`,
    );
  }

  async saveFeedback(tenantId: TenantId, feedback: ContextFeedback): Promise<void> {
    const key = this.key(tenantId, 'feedback', feedback.ticketId);
    await this.redis.multi().rpush(key, JSON.stringify(feedback)).expire(key, this.retentionSec).exec();
  }

  async listFeedback(tenantId: TenantId, ticketId: number): Promise<ContextFeedback[]> {
    return (await this.redis.lrange(this.key(tenantId, 'feedback', ticketId), 0, -1)).map(
      (s) => JSON.parse(s) as ContextFeedback,
    );
  }
}
