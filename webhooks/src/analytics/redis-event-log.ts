import type { Redis } from 'ioredis';
import {
  contactKeyOf,
  utcDay,
  type EventLog,
  type LifecycleEvent,
  type MetricsReader,
  type TenantId,
} from '@baton/core';
import { RedisRollups, type RedisRollupsOptions } from './redis-rollups';

const DAY_MS = 86_400_000;
const FIELDS = 10;

/**
 * Appends a batch of one tenant's events. KEYS[1] is the tenant's key prefix (`<prefix>:{tenant}:`); ARGV
 * holds 10 fields per event: id, day, time ms, JSON, class (r: handoff received, c: conversation
 * resolved, h: another event of a handoff, x: anything else), handoff id, customer key, TTL s, and the two
 * days before `day`. For each event whose id is new (SET NX): the event joins its day's sorted set, and
 * the day cohort it belongs to is invalidated (`ver:<day>` is incremented) in the same script, so a
 * cached rollup is never newer than its version says. A handoff's cohort is its `handoff_received` day
 * (`hday:<handoff>`); its events on other days are also kept in `late:<cohort day>`, so a cohort is read
 * from two keys; events that arrive before their handoff wait in `pend:<handoff>`. `ct:<day>` keeps each
 * customer's first contact of the day, which the two previous days' repeat-contact figure reads.
 */
const APPEND = `
local p = KEYS[1]
local out = {}
local function keep(key, ttl)
  if redis.call('TTL', key) < ttl then redis.call('EXPIRE', key, ttl) end
end
-- A version outlives the day's events (and so its cached rollup), so it never starts again from 0 under a rollup.
local function bump(d, ttl)
  if d ~= '' then
    redis.call('INCR', p .. 'ver:' .. d)
    keep(p .. 'ver:' .. d, ttl + 2 * 86400)
  end
end
for i = 1, #ARGV, ${FIELDS} do
  local id, day, ms, json, cls, h, ck, ttl = ARGV[i], ARGV[i+1], ARGV[i+2], ARGV[i+3], ARGV[i+4], ARGV[i+5], ARGV[i+6], ARGV[i+7]
  local dttl = tonumber(ttl) + 86400
  if redis.call('SET', p .. 'evid:' .. id, '1', 'NX', 'EX', ttl) then
    local ev = p .. 'ev:' .. day
    redis.call('ZADD', ev, ms, json)
    redis.call('EXPIRE', ev, dttl)
    if cls == 'r' and redis.call('SET', p .. 'hday:' .. h, day, 'NX', 'EX', dttl) then
      bump(day, dttl)
      local pk = p .. 'pend:' .. h
      local pend = redis.call('ZRANGE', pk, 0, -1, 'WITHSCORES')
      for j = 1, #pend, 2 do
        local m = pend[j]
        if string.sub(m, 1, 10) ~= day then
          redis.call('ZADD', p .. 'late:' .. day, pend[j + 1], string.sub(m, 12))
          keep(p .. 'late:' .. day, dttl)
        end
      end
      redis.call('DEL', pk)
    elseif cls == 'r' or cls == 'h' then
      local c = redis.call('GET', p .. 'hday:' .. h)
      if c then
        bump(c, dttl)
        if c ~= day then
          redis.call('ZADD', p .. 'late:' .. c, ms, json)
          keep(p .. 'late:' .. c, dttl)
        end
      else
        redis.call('ZADD', p .. 'pend:' .. h, ms, day .. '|' .. json)
        keep(p .. 'pend:' .. h, dttl)
      end
    elseif cls == 'c' then
      bump(day, dttl)
    end
    if ck ~= '' then
      redis.call('ZADD', p .. 'ct:' .. day, 'LT', ms, ck)
      redis.call('EXPIRE', p .. 'ct:' .. day, dttl)
      bump(ARGV[i+8], dttl)
      bump(ARGV[i+9], dttl)
    end
    out[#out + 1] = 1
  else
    out[#out + 1] = 0
  end
end
return out`;

type AppendCommand = { batonAppendEvents?(prefix: string, ...args: string[]): Promise<number[]> };

/**
 * EventLog in Redis. Access pattern: append-only writes, reads by tenant and time range, and dashboard
 * queries over up to 90 days. Store choice: one sorted set per tenant per UTC day
 * (`<prefix>:{tenant}:ev:<yyyy-mm-dd>`, score = event time in ms, member = the event JSON) plus one
 * `SET NX` key per event id for dedupe. A range read touches only the days it spans (ZRANGE BYSCORE,
 * pipelined); retention is a TTL on each day key (90 days by default), so expiry costs nothing and no
 * sweeper is needed; the braces keep a tenant in one Cluster slot. Dashboard figures come from per-day
 * rollups derived from these events (`metricsReader()`, see redis-rollups.ts).
 */
export class RedisEventLog implements EventLog {
  constructor(
    private readonly redis: Redis,
    private readonly retentionSec = 90 * 86_400,
    private readonly prefix = 'baton',
  ) {
    if (!(redis as unknown as AppendCommand).batonAppendEvents)
      redis.defineCommand('batonAppendEvents', { numberOfKeys: 1, lua: APPEND });
  }

  private dayKey(tenantId: TenantId, day: string): string {
    return `${this.prefix}:{${tenantId}}:ev:${day}`;
  }

  /** Figures from per-day rollups of this log, cached in Redis next to it. */
  metricsReader(options: RedisRollupsOptions = {}): MetricsReader {
    return new RedisRollups(this.redis, this.prefix, options);
  }

  async append(event: LifecycleEvent): Promise<boolean> {
    return (await this.appendMany([event]))[0]!;
  }

  /** Appends a batch (one script call per tenant and 500 events); true for each event that was new. */
  async appendMany(events: readonly LifecycleEvent[]): Promise<boolean[]> {
    const out: boolean[] = new Array(events.length);
    const byTenant = new Map<TenantId, number[]>();
    events.forEach((e, i) => {
      const list = byTenant.get(e.tenantId);
      if (list) list.push(i);
      else byTenant.set(e.tenantId, [i]);
    });
    const now = Date.now();
    const calls: Promise<void>[] = [];
    for (const [tenantId, indexes] of byTenant) {
      for (let s = 0; s < indexes.length; s += 500) {
        const chunk = indexes.slice(s, s + 500);
        const args: string[] = [];
        for (const i of chunk) args.push(...this.argsOf(events[i]!, now));
        calls.push(
          (this.redis as unknown as Required<AppendCommand>)
            .batonAppendEvents(`${this.prefix}:{${tenantId}}:`, ...args)
            .then((added) => {
              chunk.forEach((i, k) => (out[i] = added[k] === 1));
            }),
        );
      }
    }
    await Promise.all(calls);
    return out;
  }

  private argsOf(event: LifecycleEvent, now: number): string[] {
    const t = Date.parse(event.at);
    if (Number.isNaN(t)) throw new Error(`at: must be an ISO 8601 date-time, got ${JSON.stringify(event.at)}`);
    const ageSec = Math.floor((now - t) / 1000);
    const ttl = Math.max(60, this.retentionSec - Math.max(0, ageSec));
    const cls =
      event.kind === 'conversation_resolved'
        ? 'c'
        : event.handoffId
          ? event.kind === 'handoff_received'
            ? 'r'
            : 'h'
          : 'x';
    const contact = contactKeyOf(event);
    return [
      event.id,
      utcDay(t),
      String(t),
      JSON.stringify(event),
      cls,
      event.handoffId ?? '',
      contact ?? '',
      String(ttl),
      contact ? utcDay(t - DAY_MS) : '',
      contact ? utcDay(t - 2 * DAY_MS) : '',
    ];
  }

  async list(tenantId: TenantId, from: string, to: string): Promise<LifecycleEvent[]> {
    const start = Date.parse(from);
    const end = Date.parse(to);
    if (!(end > start)) return [];
    const pipe = this.redis.pipeline();
    for (let d = Math.floor(start / DAY_MS) * DAY_MS; d < end; d += DAY_MS) {
      pipe.zrangebyscore(this.dayKey(tenantId, utcDay(d)), start, `(${end}`);
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
