import type { Socket } from 'node:net';
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

/**
 * Writes the merged record only if the stored JSON is still the one it was merged from (one round
 * trip, and no update lost to a concurrent writer); else answers with what is stored now.
 * Returns {0} (missing), {1, current, claim} (changed meanwhile) or {2, claim} (written).
 */
const UPDATE_IF_UNCHANGED = `
local current = redis.call('GET', KEYS[1])
if not current then return {0} end
if current ~= ARGV[1] then return {1, current, redis.call('GET', KEYS[2]) or false} end
redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3])
if ARGV[4] == '1' then redis.call('SET', KEYS[3], ARGV[5], 'EX', ARGV[3]) end
if ARGV[6] == '1' then redis.call('ZREM', KEYS[4], ARGV[5]) end
return {2, redis.call('GET', KEYS[2]) or false}`;

/** How many records' last-seen JSON a store keeps, so an update right after a read needs no second read. */
const SEEN_MAX = 2000;

type Scripts = {
  batonCreateIfAbsent(...args: string[]): Promise<string | null>;
  batonUpdateIfUnchanged(...args: string[]): Promise<[0] | [1, string, string | null] | [2, string | null]>;
};

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
  private readonly scripts: Scripts;
  /** The JSON last read or written per record key: the expected value of the next update (a hint; checked in Redis). */
  private readonly seen = new Map<string, string>();

  constructor(
    private readonly redis: Redis,
    private readonly retentionSec = 90 * 86_400,
    private readonly prefix = 'baton',
  ) {
    // defined commands run by EVALSHA: the script text is not sent with every call
    redis.defineCommand('batonCreateIfAbsent', { numberOfKeys: 3, lua: CREATE_IF_ABSENT });
    redis.defineCommand('batonUpdateIfUnchanged', { numberOfKeys: 4, lua: UPDATE_IF_UNCHANGED });
    this.scripts = redis as unknown as Scripts;
  }

  private remember(key: string, raw: string): void {
    this.seen.delete(key);
    this.seen.set(key, raw);
    if (this.seen.size > SEEN_MAX) this.seen.delete(this.seen.keys().next().value!);
  }

  /** The connection's socket while commands are held back to leave in one write (see `together`). */
  private corked: Socket | undefined;

  /**
   * Holds this tick's commands back so they leave in one write (flushed by `flush`, or on the next
   * tick at the latest): on loopback each write also wakes Redis, so the sender pays most of a round
   * trip's CPU per write, not per byte. The intake asks for the queue position and creates the
   * record at the same moment: two commands, one write.
   */
  private together(): void {
    if (this.corked) return;
    const stream = (this.redis as unknown as { stream?: Socket }).stream;
    if (this.redis.status !== 'ready' || typeof stream?.cork !== 'function') return;
    stream.cork();
    this.corked = stream;
    process.nextTick(() => this.flush());
  }

  private flush(): void {
    const stream = this.corked;
    this.corked = undefined;
    stream?.uncork();
  }

  private key(tenantId: TenantId, ...parts: Array<string | number>): string {
    return `${this.prefix}:{${tenantId}}:${parts.join(':')}`;
  }

  async createIfAbsent(record: HandoffRecord): Promise<{ created: boolean; record: HandoffRecord }> {
    const t = record.tenantId;
    const raw = JSON.stringify(record);
    const existingP = this.scripts.batonCreateIfAbsent(
      this.key(t, 'key', record.handoffKey),
      this.key(t, 'h', record.id),
      this.key(t, 'unclaimed'),
      record.id,
      raw,
      String(Date.parse(record.createdAt)),
      String(this.retentionSec),
    );
    this.flush(); // with a count asked just before (the intake's queue position), in one write
    const existing = await existingP;
    if (!existing) {
      this.remember(this.key(t, 'h', record.id), raw);
      return { created: true, record };
    }
    const found = await this.get(t, existing);
    if (!found) throw new Error(`handoff ${existing} is indexed but missing`);
    return { created: false, record: found };
  }

  async get(tenantId: TenantId, id: string): Promise<HandoffRecord | undefined> {
    const key = this.key(tenantId, 'h', id);
    const [raw, claim] = await this.redis.mget(key, this.key(tenantId, 'claim', id));
    if (!raw) return undefined;
    this.remember(key, raw);
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
    const key = this.key(tenantId, 'h', id);
    const { claimedBy: _c, claimedAt: _a, ...rest } = patch;
    let raw = this.seen.get(key) ?? (await this.redis.get(key));
    for (let attempt = 0; raw && attempt < 10; attempt++) {
      const next: HandoffRecord = {
        ...(JSON.parse(raw) as HandoffRecord),
        ...rest,
        updatedAt: new Date().toISOString(),
      };
      const nextRaw = JSON.stringify(next);
      const answer = await this.scripts.batonUpdateIfUnchanged(
        key,
        this.key(tenantId, 'claim', id),
        next.ticketId !== undefined ? this.key(tenantId, 'ticket', next.ticketId) : key,
        this.key(tenantId, 'unclaimed'),
        raw,
        nextRaw,
        String(this.retentionSec),
        next.ticketId !== undefined ? '1' : '0',
        id,
        next.status === 'failed' ? '1' : '0',
      );
      if (answer[0] === 0) {
        raw = null;
        break;
      }
      if (answer[0] === 2) {
        this.remember(key, nextRaw);
        return withClaim(next, answer[1]);
      }
      raw = answer[1]; // written by someone else meanwhile: merge into what is there now
    }
    this.seen.delete(key);
    if (!raw) throw new Error(`handoff ${id} not found`);
    throw new Error(`handoff ${id} kept changing under the update`);
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
    this.together();
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
