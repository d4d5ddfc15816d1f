// The service under benchmark, in its own process (the load generator must not share its event loop).
// BENCH_MODE=bullmq (REDIS_URL) or embedded; BENCH_ZENDESK_LIMIT / BENCH_ZENDESK_WINDOW_MS scale Zendesk's limit;
// BENCH_NO_SLACK=1 leaves out the Slack sandbox (alerts cost nothing); BENCH_ELD=1 prints event-loop delay and CPU each second;
// BENCH_ROLE=api runs the intake alone (no worker), to see what each side costs.
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { loadConfig } from '../webhooks/src/config';
import { createService } from '../webhooks/src/service';
import { BullWorkQueue } from '../webhooks/src/queue/bullmq-queue';
import { RedisHandoffStore } from '../webhooks/src/adapters/redis/handoff-store';
import { MemoryEventLog } from '../webhooks/src/adapters/memory/event-log';

const env = process.env as Record<string, string>;
const bull = env.BENCH_MODE === 'bullmq';
const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', BATON_LOG_LEVEL: 'silent', BATON_RATE_LIMIT_PER_MINUTE: '10000000', BATON_WORKER_CONCURRENCY: env.BENCH_CONCURRENCY ?? '50' });
const events = new MemoryEventLog();
const redis = bull ? new Redis(env.REDIS_URL!, { maxRetriesPerRequest: null }) : undefined;
const prefix = randomUUID().slice(0, 8);
const service = await createService(config, {
  events,
  ...(env.BENCH_NO_SLACK ? { notifier: { postAlert: async () => ({ channel: 'bench', ts: String(Date.now()) }), updateAlert: async () => {} } } : {}),
  ...(redis ? { queue: new BullWorkQueue(redis, { prefix: `{bench${prefix}}`, concurrency: Number(env.BENCH_CONCURRENCY ?? 50) }), store: new RedisHandoffStore(redis, 3600, `bench${prefix}`) } : {}),
});
if (env.BENCH_ZENDESK_LIMIT) {
  // the sandbox of the service, with Zendesk's limit scaled to the run
  service.sandbox!.zendesk.setRateLimit(Number(env.BENCH_ZENDESK_LIMIT), Number(env.BENCH_ZENDESK_WINDOW_MS ?? 60_000));
}
const { url } = await service.start((env.BENCH_ROLE as 'api' | 'all' | undefined) ?? 'all');
if (env.BENCH_ELD) {
  const { monitorEventLoopDelay } = await import('node:perf_hooks');
  const h = monitorEventLoopDelay({ resolution: 5 });
  h.enable();
  setInterval(() => {
    console.error(`eld mean ${(h.mean / 1e6).toFixed(1)} p99 ${(h.percentile(99) / 1e6).toFixed(1)} max ${(h.max / 1e6).toFixed(1)} ms, cpu ${JSON.stringify(process.cpuUsage())}`);
    h.reset();
  }, 1000).unref();
}
process.send!({ type: 'ready', url });
process.on('message', async (msg: { type: string }) => {
  if (msg.type === 'exit') process.exit(0);
  if (msg.type !== 'stats') return;
  const all = await events.list('default', '1970-01-01T00:00:00.000Z', '2999-01-01T00:00:00.000Z');
  const received = new Map(all.filter((e) => e.kind === 'handoff_received').map((e) => [e.handoffId, Date.parse(e.at)]));
  const e2e: number[] = [];
  let tickets = 0;
  for (const e of all) if (e.kind === 'ticket_written') {
    tickets++;
    const t0 = received.get(e.handoffId);
    if (t0 !== undefined) e2e.push(Date.parse(e.at) - t0);
  }
  const sandbox = service.sandbox!.zendesk;
  const externalIds = new Map<string, number>();
  for (const t of sandbox.tickets.values()) externalIds.set(t.external_id ?? '', (externalIds.get(t.external_id ?? '') ?? 0) + 1);
  process.send!({
    type: 'stats',
    received: received.size,
    tickets,
    zendeskTickets: sandbox.tickets.size,
    duplicateTickets: [...externalIds.values()].filter((n) => n > 1).length,
    throttled: sandbox.throttled(),
    requestTimes: env.BENCH_ZENDESK_LIMIT ? sandbox.requestTimes : [],
    e2e,
    rssMiB: Math.round(process.memoryUsage().rss / 1048576),
  });
});
