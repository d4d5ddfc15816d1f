import type { Redis } from 'ioredis';
import type { EventLog, LifecycleEvent, TenantId } from '@baton/core';

const DAY_MS = 86_400_000;

/** Marks the id seen (SET NX, with the retention TTL) and, only if it was new, adds the event to its day. */
const APPEND = `
if not redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[3]) then return 0 end
redis.call('ZADD', KEYS[2], ARGV[1], ARGV[2])
redis.call('EXPIRE', KEYS[2], ARGV[4])
return 1`;

/**
 * EventLog in Redis. Access pattern: append-only writes, reads by tenant and time range. Store choice:
 * one sorted set per tenant per UTC day (`<prefix>:{tenant}:ev:<yyyy-mm-dd>`, score = event time in ms,
 * member = the event JSON) plus one `SET NX` key per event id for dedupe. A range read touches only
 * the days it spans (ZRANGE BYSCORE, pipelined); retention is a TTL on each day key (90 days by default),
 * so expiry costs nothing and no sweeper is needed; the braces keep a tenant in one Cluster slot.
 */
export class RedisEventLog implements EventLog {
  constructor(
    private readonly redis: Redis,
    private readonly retentionSec = 90 * 86_400,
    private readonly prefix = 'baton',
  ) {}

  private dayKey(tenantId: TenantId, day: string): string {
    return `${this.prefix}:{${tenantId}}:ev:${day}`;
  }

  async append(event: LifecycleEvent): Promise<boolean> {
    const t = Date.parse(event.at);
    if (Number.isNaN(t)) throw new Error(`at: must be an ISO 8601 date-time, got ${JSON.stringify(event.at)}`);
    const ageSec = Math.floor((Date.now() - t) / 1000);
    const ttl = Math.max(60, this.retentionSec - Math.max(0, ageSec));
    const added = await this.redis.eval(
      APPEND,
      2,
      `${this.prefix}:{${event.tenantId}}:evid:${event.id}`,
      this.dayKey(event.tenantId, new Date(t).toISOString().slice(0, 10)),
      String(t),
      JSON.stringify(event),
      String(ttl),
      String(ttl + 86_400),
    );
    return added === 1;
  }

  async list(tenantId: TenantId, from: string, to: string): Promise<LifecycleEvent[]> {
    const start = Date.parse(from);
    const end = Date.parse(to);
    if (!(end > start)) return [];
    const pipe = this.redis.pipeline();
    for (
      let d = Date.UTC(new Date(start).getUTCFullYear(), new Date(start).getUTCMonth(), new Date(start).getUTCDate());
      d < end;
      d += DAY_MS
    ) {
      pipe.zrangebyscore(this.dayKey(tenantId, new Date(d).toISOString().slice(0, 10)), start, `(${end}`);
    }
    const results = (await pipe.exec()) ?? [];
    const out: LifecycleEvent[] = [];
    for (const [err, members] of results) {
      if (err) throw err;
      for (const m of members as string[]) out.push(JSON.parse(m) as LifecycleEvent);
    }
    return out;
  }
}
