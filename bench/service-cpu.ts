/**
 * `npx tsx bench/service-cpu.ts`: the CPU each handoff costs each process of the service, in the
 * production topology of `npm run bench:service` (api and worker processes on BullMQ and the store in
 * Redis, the worker writing tickets through node-zendesk to the sandbox Zendesk in a third process),
 * at a rate the machine keeps up with. Wall-clock latency on a shared machine is noise; CPU time per
 * handoff (process.cpuUsage() deltas, and Redis's used_cpu) is what a change to the service moves.
 * Prints each round and the median per process.
 * CPU_RATE (default 200/s), CPU_SECONDS (default 5 per round), CPU_ROUNDS (default 5), BENCH_CHILD_ARGS
 * passes node flags to the service processes, CPU_PROFILE_DIR profiles the last round's steady state.
 */
import http from 'node:http';
import { setPriority } from 'node:os';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { signHandoff } from '../webhooks/src/http/signatures';
import { SANDBOX_SECRETS } from '../webhooks/src/config';
import { startChild as startChildProcess, type Child } from './service-children';
import { handoffBody } from './bench-handoff';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const RATE = Number(process.env.CPU_RATE ?? 200);
const SECONDS = Number(process.env.CPU_SECONDS ?? 5);
const ROUNDS = Number(process.env.CPU_ROUNDS ?? 5);
const NICE = Number(process.env.BENCH_NICE ?? 10);
/** CPU_PROFILE_DIR: the last round is also profiled in each process (api/worker/zendesk.cpuprofile there; its CPU figures then include the profiler's). */
const PROFILE_DIR = process.env.CPU_PROFILE_DIR;
/** CPU_CHILD: another service-child.ts to run (another checkout's service, to compare against). */
const childPath = process.env.CPU_CHILD ?? fileURLToPath(new URL('./service-child.ts', import.meta.url));
const childArgs = (process.env.BENCH_CHILD_ARGS ?? '').split(' ').filter(Boolean);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const launcher = { childPath, childArgs, redisUrl: REDIS_URL };
const startChild = (name: string, env: Record<string, string>) => startChildProcess(launcher, name, env);

const body = handoffBody;

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
function post(url: string, raw: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url}/v1/handoffs`,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(raw),
          'x-handoff-signature': signHandoff(SANDBOX_SECRETS.signing, raw),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(raw);
  });
}

async function drive(url: string, rate: number, total: number, run: string) {
  const start = performance.now();
  const inflight: Promise<number>[] = [];
  for (let i = 0; i < total; i++) {
    const wait = start + (i * 1000) / rate - performance.now();
    if (wait > 1) await sleep(wait);
    inflight.push(post(url, body(i, run)));
  }
  const statuses = await Promise.all(inflight);
  const other = statuses.filter((s) => s !== 202).length;
  if (other) console.log(`    ${other} answers other than 202`);
}

/** Waits until the worker has written `count` tickets in all (it reports them as they come). */
async function waitTickets(worker: Child, count: { n: number }, want: number) {
  const t0 = performance.now();
  while (count.n < want && performance.now() - t0 < 60_000) {
    const s = await worker.ask<{ tickets?: unknown[] }>('stats');
    count.n += s.tickets?.length ?? 0;
    if (count.n < want) await sleep(100);
  }
  await sleep(300); // the notify jobs after the last ticket
}

async function redisCpuMs(redis: Redis): Promise<number> {
  const info = await redis.info('cpu');
  const get = (k: string) => Number(new RegExp(`${k}:([\\d.]+)`).exec(info)?.[1] ?? 0);
  return (get('used_cpu_user') + get('used_cpu_sys')) * 1000;
}

const prefix = randomUUID().slice(0, 8);
const zendesk = await startChild('zendesk', { BENCH_ROLE: 'zendesk', BENCH_NO_SLACK: '1' });
setPriority(zendesk.child.pid!, NICE);
const shared = { BENCH_MODE: 'bullmq', BENCH_PREFIX: prefix, BENCH_NO_SLACK: '1' };
const worker = await startChild('worker', { BENCH_ROLE: 'worker', BENCH_ZENDESK_URL: zendesk.url!, ...shared });
setPriority(worker.child.pid!, NICE);
const api = await startChild('api', { BENCH_ROLE: 'api', ...shared });
const children = [api, worker, zendesk];
const redis = new Redis(REDIS_URL);
const cpu = async () =>
  Object.fromEntries(
    await Promise.all(
      children.map(async (c) => {
        const u = await c.ask<{ user: number; system: number }>('cpu');
        return [c.name, (u.user + u.system) / 1000] as const;
      }),
    ),
  );

const tickets = { n: 0 };
let posted = 0;
const warm = RATE * 6;
await drive(api.url!, RATE, warm, 'warm');
await waitTickets(worker, tickets, (posted += warm));
/** Sends each child its message and waits for every answer. */
const tellAll = (message: (c: Child) => object) =>
  Promise.all(
    children.map(
      (c) =>
        new Promise<void>((resolve) => {
          c.child.once('message', () => resolve());
          c.child.send(message(c));
        }),
    ),
  );
const perRound: Array<Record<string, number>> = [];
const n = Math.round(RATE * SECONDS);
for (let r = 0; r < ROUNDS; r++) {
  const profile = PROFILE_DIR && r === ROUNDS - 1;
  if (profile) await tellAll((c) => ({ type: 'profile-start' }));
  const c0 = await cpu();
  const r0 = await redisCpuMs(redis);
  await drive(api.url!, RATE, n, `r${r}-${randomUUID().slice(0, 6)}`);
  await waitTickets(worker, tickets, (posted += n));
  const c1 = await cpu();
  const r1 = await redisCpuMs(redis);
  if (profile) await tellAll((c) => ({ type: 'profile-stop', file: `${PROFILE_DIR}/${c.name}.cpuprofile` }));
  const row: Record<string, number> = {};
  for (const k of Object.keys(c1)) row[k] = (c1[k]! - c0[k]!) / n;
  row.redis = (r1 - r0) / n;
  perRound.push(row);
  console.log(
    `  round ${r + 1}: ${n} handoffs at ${RATE}/s; CPU ms per handoff: ${Object.entries(row)
      .map(([k, v]) => `${k} ${v.toFixed(3)}`)
      .join(', ')}`,
  );
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const keys = Object.keys(perRound[0]!);
console.log(
  `service-cpu rate=${RATE} rounds=${ROUNDS}x${n} median CPU ms per handoff: ${keys
    .map((k) => `${k}=${median(perRound.map((p) => p[k]!)).toFixed(3)}`)
    .join(' ')}`,
);
await Promise.all(
  children.map((c) => new Promise((resolve) => (c.child.once('exit', resolve), c.child.send({ type: 'exit' })))),
);
for (const pattern of [`{bench${prefix}}:*`, `bench${prefix}:*`]) {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 5000);
    cursor = next;
    if (keys.length) await redis.unlink(...keys);
  } while (cursor !== '0');
}
redis.disconnect();
process.exit(0);
