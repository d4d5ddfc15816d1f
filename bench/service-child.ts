// One process of the service under benchmark (the load generator must not share its event loop).
// BENCH_ROLE:
//   all      the whole service in one process (BENCH_MODE=bullmq: BullMQ on REDIS_URL; embedded: in-process queue
//            and store), the sandbox Zendesk in it, as `npm start` runs it;
//   api      `baton serve --role api`: the intake alone, BullMQ and the store on REDIS_URL;
//   worker   `baton serve --role worker`: the jobs, writing tickets through the real node-zendesk adapter to the
//            Zendesk at BENCH_ZENDESK_URL;
//   zendesk  the sandbox Zendesk alone, standing in for the remote Zendesk (its cost is not Baton's).
// BENCH_PREFIX: the queue and store prefix shared by the api and worker processes of one run.
// BENCH_ZENDESK_LIMIT / BENCH_ZENDESK_WINDOW_MS scale Zendesk's limit; BENCH_NO_SLACK=1 leaves out the Slack sandbox
// (alerts cost nothing); BENCH_ELD=1 prints event-loop delay and CPU each second.
// The parent asks by IPC: `stats` (what this process saw), `cpu` (process.cpuUsage()), `profile-start`/`profile-stop`, `exit`.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import express from 'express';
import { Redis } from 'ioredis';
import { loadConfig } from '../webhooks/src/config';
import { createService, type Service } from '../webhooks/src/service';
import { BullWorkQueue } from '../webhooks/src/queue/bullmq-queue';
import { RedisHandoffStore } from '../webhooks/src/adapters/redis/handoff-store';
import type { EventLog, LifecycleEvent } from '@baton/core';
import { createZendeskTicketDesk } from '../webhooks/src/adapters/zendesk/ticket-desk';
import { createZendeskSandbox, type ZendeskSandbox } from '../webhooks/src/sandbox/zendesk-sandbox';

const env = process.env as Record<string, string>;
const role = (env.BENCH_ROLE ?? 'all') as 'all' | 'api' | 'worker' | 'zendesk';
const bull = env.BENCH_MODE !== 'embedded';
const concurrency = env.BENCH_CONCURRENCY ?? '50';
/**
 * The lifecycle events, kept as small as the figures need (kind, handoff id, time): a full in-memory
 * log would grow the heap of the process under test by every event and bill its garbage collection to
 * the service. (Production appends them to Redis: one script call each, not measured here.)
 */
class BenchEventLog implements EventLog {
  readonly received: Array<[string, number]> = [];
  readonly tickets: Array<[string, number]> = [];
  private readonly ids = new Set<string>();
  async append(event: LifecycleEvent): Promise<boolean> {
    if (this.ids.has(event.id)) return false;
    this.ids.add(event.id);
    if (event.handoffId && event.kind === 'handoff_received')
      this.received.push([event.handoffId, Date.parse(event.at)]);
    if (event.handoffId && event.kind === 'ticket_written') this.tickets.push([event.handoffId, Date.parse(event.at)]);
    return true;
  }
  async list(): Promise<LifecycleEvent[]> {
    return [];
  }
}
const events = new BenchEventLog();

/** Tickets, duplicates, 429s and request times of a sandbox Zendesk. */
function zendeskStats(sandbox: ZendeskSandbox) {
  const externalIds = new Map<string, number>();
  for (const t of sandbox.tickets.values())
    externalIds.set(t.external_id ?? '', (externalIds.get(t.external_id ?? '') ?? 0) + 1);
  return {
    zendeskTickets: sandbox.tickets.size,
    duplicateTickets: [...externalIds.values()].filter((n) => n > 1).length,
    throttled: sandbox.throttled(),
    requestTimes: env.BENCH_ZENDESK_LIMIT ? sandbox.requestTimes : [],
  };
}

let url: string | undefined;
let stats: () => Promise<Record<string, unknown>>;

if (role === 'zendesk') {
  const sandbox = createZendeskSandbox();
  if (env.BENCH_ZENDESK_LIMIT)
    sandbox.setRateLimit(Number(env.BENCH_ZENDESK_LIMIT), Number(env.BENCH_ZENDESK_WINDOW_MS ?? 60_000));
  const server = createServer(express().use('/api/v2', sandbox.router));
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v2`;
  stats = async () => zendeskStats(sandbox);
} else {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    BATON_LOG_LEVEL: 'silent',
    BATON_RATE_LIMIT_PER_MINUTE: '10000000',
    BATON_WORKER_CONCURRENCY: concurrency,
  });
  const redis = bull ? new Redis(env.REDIS_URL!, { maxRetriesPerRequest: null }) : undefined;
  const prefix = env.BENCH_PREFIX ?? randomUUID().slice(0, 8);
  let desk: ReturnType<typeof createZendeskTicketDesk> | undefined;
  if (role === 'worker') {
    desk = createZendeskTicketDesk({ endpointUri: env.BENCH_ZENDESK_URL!, agentTicketUrl: (id) => `zendesk/${id}` });
    await desk.ensureFields(true);
  }
  const service: Service = await createService(config, {
    events,
    ...(env.BENCH_NO_SLACK
      ? {
          notifier: {
            postAlert: async () => ({ channel: 'bench', ts: String(Date.now()) }),
            updateAlert: async () => {},
          },
        }
      : {}),
    ...(redis
      ? {
          queue: new BullWorkQueue(redis, { prefix: `{bench${prefix}}`, concurrency: Number(concurrency) }),
          store: new RedisHandoffStore(redis, 3600, `bench${prefix}`),
        }
      : {}),
    ...(desk ? { desk } : {}),
  });
  if (env.BENCH_ZENDESK_LIMIT && role === 'all')
    service.sandbox!.zendesk.setRateLimit(
      Number(env.BENCH_ZENDESK_LIMIT),
      Number(env.BENCH_ZENDESK_WINDOW_MS ?? 60_000),
    );
  url = (await service.start(role)).url;
  // only what is new since the last answer: the parent adds it up (a full copy each poll would cost this process)
  const sent = { received: 0, tickets: 0 };
  stats = async () => ({
    received: events.received.slice(sent.received, (sent.received = events.received.length)),
    tickets: events.tickets.slice(sent.tickets, (sent.tickets = events.tickets.length)),
    ...(role === 'all' ? zendeskStats(service.sandbox!.zendesk) : {}),
  });
}

if (env.BENCH_ELD) {
  const { monitorEventLoopDelay } = await import('node:perf_hooks');
  const h = monitorEventLoopDelay({ resolution: 5 });
  h.enable();
  setInterval(() => {
    console.error(
      `${role}: eld mean ${(h.mean / 1e6).toFixed(1)} p99 ${(h.percentile(99) / 1e6).toFixed(1)} max ${(h.max / 1e6).toFixed(1)} ms, cpu ${JSON.stringify(process.cpuUsage())}`,
    );
    h.reset();
  }, 1000).unref();
}
process.send!({ type: 'ready', url });
process.on('disconnect', () => process.exit(0)); // the benchmark ended (or died): so does this process
/** `profile-start` / `profile-stop` (with `file`): a CPU profile of this process over a window the parent chooses. */
let profiler: import('node:inspector').Session | undefined;
process.on('message', async (msg: { type: string; file?: string }) => {
  if (msg.type === 'exit') process.exit(0);
  if (msg.type === 'profile-start') {
    const { Session } = await import('node:inspector');
    profiler = new Session();
    profiler.connect();
    profiler.post('Profiler.enable', () =>
      profiler!.post('Profiler.start', () => process.send!({ type: 'profile-started' })),
    );
    return;
  }
  if (msg.type === 'profile-stop') {
    const { writeFileSync } = await import('node:fs');
    return void profiler?.post('Profiler.stop', (err, { profile }) => {
      if (!err && msg.file) writeFileSync(msg.file, JSON.stringify(profile));
      profiler!.disconnect();
      process.send!({ type: 'profile-stopped' });
    });
  }
  if (msg.type === 'cpu') return void process.send!({ type: 'cpu', ...process.cpuUsage() });
  if (msg.type !== 'stats') return;
  process.send!({ type: 'stats', ...(await stats()), rssMiB: Math.round(process.memoryUsage.rss() / 1048576) });
});
