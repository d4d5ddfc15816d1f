/**
 * `npm run bench:service`: the service end to end on this machine. The service runs in a child
 * process (BullMQ on the real Redis of REDIS_URL or 127.0.0.1:6379, the sandbox Zendesk in it);
 * this process posts signed handoffs on loopback at rising rates. Prints sustained handoffs/s
 * (event to ticket written), 202 latency p50/p99, end-to-end latency p50/p99, memory; bare BullMQ
 * jobs/s on the same Redis (the ratio stays meaningful on a noisy machine); the embedded default's
 * throughput; and a burst through a Zendesk-like rate limit (429 + Retry-After): every handoff one
 * ticket, 202 p99 during the burst, how many 429s, and that no window saw more than the limit.
 * BENCH_FULL=1 runs the real-scale burst (2,000 handoffs at 700 requests/min, about 6 minutes).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { signHandoff } from '../webhooks/src/http/signatures';
import { SANDBOX_SECRETS } from '../webhooks/src/config';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
/**
 * Slack is remote in production: by default the Slack stand-in is left out of the service under test
 * (alerts are a no-op), as the Zendesk stand-in cannot be (tickets are what is measured).
 * BENCH_WITH_SLACK=1 serves the Slack stand-in from the same process too.
 */
const SLACK: Record<string, string> = process.env.BENCH_WITH_SLACK === '1' ? {} : { BENCH_NO_SLACK: '1' };
const CONCURRENCY = 50;
const childPath = fileURLToPath(new URL('./service-child.ts', import.meta.url));

type Stats = { received: number; tickets: number; zendeskTickets: number; duplicateTickets: number; throttled: number; requestTimes: number[]; e2e: number[]; rssMiB: number };

const pct = (xs: number[], p: number) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const f = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');

async function startChild(env: Record<string, string>): Promise<{ child: ChildProcess; url: string; stats(): Promise<Stats> }> {
  const child = fork(childPath, [], { execArgv: ['--import', 'tsx'], env: { ...process.env, REDIS_URL, ...env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (m: { type: string; url: string }) => resolve(m.url));
    child.once('exit', (code) => reject(new Error(`service exited (${code})`)));
  });
  return {
    child,
    url,
    stats: () =>
      new Promise<Stats>((resolve) => {
        child.once('message', (m: Stats & { type: string }) => resolve(m));
        child.send({ type: 'stats' });
      }),
  };
}

function body(i: number, run: string) {
  return JSON.stringify({
    conversationId: `bench-${run}-${i}`,
    customer: { name: 'Jane Doe', email: `jane${i % 50}@example.com`, tier: i % 10 === 0 ? 'vip' : 'pro' },
    messages: [
      { role: 'customer', text: `My order ORD-${10000 + i} was charged twice, $${100 + (i % 400)}. I want a refund.` },
      { role: 'bot', text: "I've checked your order and I can see two charges." },
      { role: 'customer', text: 'This is ridiculous, let me talk to a real person please.' },
    ],
  });
}

async function post(url: string, raw: string): Promise<{ status: number; ms: number }> {
  const t0 = performance.now();
  const r = await fetch(`${url}/v1/handoffs`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-handoff-signature': signHandoff(SANDBOX_SECRETS.signing, raw) }, body: raw });
  await r.arrayBuffer();
  return { status: r.status, ms: performance.now() - t0 };
}

/** Posts at `rate`/s for `seconds`; returns the 202 latencies. */
async function drive(url: string, rate: number, seconds: number, run: string, offset = 0): Promise<number[]> {
  const latencies: number[] = [];
  const total = Math.round(rate * seconds);
  const start = performance.now();
  const inflight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    inflight.push(post(url, body(offset + i, run)).then((r) => void (r.status === 202 && latencies.push(r.ms))));
  }
  await Promise.all(inflight);
  return latencies;
}

async function waitFor(stats: () => Promise<Stats>, expected: number, timeoutMs: number): Promise<{ s: Stats; ms: number }> {
  const t0 = performance.now();
  for (;;) {
    const s = await stats();
    if (s.tickets >= expected || performance.now() - t0 > timeoutMs) return { s, ms: performance.now() - t0 };
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function bareBullmq(): Promise<number> {
  const connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  const prefix = `{barebench${randomUUID().slice(0, 6)}}`;
  const queue = new Queue('bare', { connection, prefix });
  const N = 5000;
  let done = 0;
  let resolveAll: () => void;
  const all = new Promise<void>((r) => (resolveAll = r));
  const worker = new Worker('bare', async () => {}, { connection: connection.duplicate(), prefix, concurrency: CONCURRENCY });
  worker.on('completed', () => ++done === N && resolveAll());
  await worker.waitUntilReady();
  const t0 = performance.now();
  const adds = [];
  for (let i = 0; i < N; i++) adds.push(queue.add('noop', { i }, { removeOnComplete: true }));
  await Promise.all(adds);
  await all;
  const perSec = N / ((performance.now() - t0) / 1000);
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  connection.disconnect();
  return perSec;
}

console.log(`Baton service benchmark (2 cores, Node ${process.version}, Redis ${REDIS_URL}, worker concurrency ${CONCURRENCY}, Slack stand-in ${SLACK.BENCH_NO_SLACK ? 'left out' : 'in process'})`);

const bare = await bareBullmq();
console.log(`  bare BullMQ (add + no-op process, concurrency ${CONCURRENCY}): ${f(bare, 0)} jobs/s`);

// Rising rates against BullMQ + Redis + sandbox Zendesk.
const svc = await startChild({ BENCH_MODE: 'bullmq', ...SLACK });
let sent = 0;
let sustained = 0;
let at: { rate: number; p50: number; p99: number; e2e50: number; e2e99: number } | undefined;
for (const rate of [100, 200, 300, 400, 600]) {
  const before = (await svc.stats()).e2e.length;
  const lat = await drive(svc.url, rate, 4, 'rise', sent);
  sent += Math.round(rate * 4);
  const { s, ms } = await waitFor(svc.stats, sent, 15_000);
  const e2e = s.e2e.slice(before);
  const keptUp = s.tickets >= sent && ms < 1500;
  console.log(`  ${rate}/s for 4 s: 202 p50 ${f(pct(lat, 50))} ms, p99 ${f(pct(lat, 99))} ms; end-to-end p50 ${f(pct(e2e, 50))} ms, p99 ${f(pct(e2e, 99))} ms; ${keptUp ? 'kept up' : `fell behind (${s.tickets}/${sent} after ${f(ms / 1000)} s)`}`);
  if (keptUp) {
    sustained = rate;
    at = { rate, p50: pct(lat, 50), p99: pct(lat, 99), e2e50: pct(e2e, 50), e2e99: pct(e2e, 99) };
  }
  if (!keptUp) break;
}
const svcStats = await svc.stats();
svc.child.kill('SIGTERM');
console.log(`  sustained (the highest rate that kept up): ${sustained} handoffs/s = ${f((sustained / bare) * 100)}% of bare BullMQ jobs/s, end-to-end p99 there ${f(at?.e2e99 ?? NaN)} ms (targets >= 300/s, >= 15%, p99 <= 250 ms); service RSS ${svcStats.rssMiB} MiB`);

// The embedded default (in-process queue and store).
const emb = await startChild({ BENCH_MODE: 'embedded', ...SLACK });
const N_EMB = 2000;
const t0 = performance.now();
const lat: number[] = [];
for (let i = 0; i < N_EMB; i += CONCURRENCY) {
  const batch = [];
  for (let j = i; j < Math.min(N_EMB, i + CONCURRENCY); j++) batch.push(post(emb.url, body(j, 'emb')).then((r) => void lat.push(r.ms)));
  await Promise.all(batch);
}
const { s: embStats } = await waitFor(emb.stats, N_EMB, 30_000);
const embRate = N_EMB / ((performance.now() - t0) / 1000);
emb.child.kill('SIGTERM');
console.log(`  embedded default (in-process queue, in-memory store): ${f(embRate, 0)} handoffs/s end to end (${embStats.tickets}/${N_EMB} tickets), 202 p99 ${f(pct(lat, 99))} ms, RSS ${embStats.rssMiB} MiB`);

// A burst through Zendesk's rate limit.
const full = process.env.BENCH_FULL === '1';
const LIMIT = full ? 700 : 70;
const WINDOW = full ? 60_000 : 2_000;
const BURST = full ? 2000 : 400;
const z = await startChild({ BENCH_MODE: 'bullmq', ...SLACK, BENCH_ZENDESK_LIMIT: String(LIMIT), BENCH_ZENDESK_WINDOW_MS: String(WINDOW) });
const burstLat = await drive(z.url, 200, BURST / 200, 'burst');
const { s: zs, ms: drainMs } = await waitFor(z.stats, BURST, full ? 900_000 : 120_000);
let maxInWindow = 0;
const times = zs.requestTimes;
for (let i = 0, j = 0; i < times.length; i++) {
  while (times[i]! - times[j]! >= WINDOW) j++;
  maxInWindow = Math.max(maxInWindow, i - j + 1);
}
z.child.kill('SIGTERM');
console.log(
  `  Zendesk burst (${BURST} handoffs at 200/s through a limit of ${LIMIT} requests per ${WINDOW / 1000} s${full ? ', the Enterprise plan' : ', scaled down'}): ` +
    `${zs.zendeskTickets} tickets for ${BURST} handoffs, ${zs.duplicateTickets} duplicates; 202 p99 ${f(pct(burstLat, 99))} ms; ` +
    `${zs.throttled} answers were 429; busiest window ${maxInWindow} requests (limit ${LIMIT}); drained in ${f(drainMs / 1000)} s`,
);
console.log(`bench:service bareJobsPerSec=${f(bare, 0)} sustained=${sustained} shareOfBare=${f((sustained / bare) * 100)}% p50_202=${f(at?.p50 ?? NaN)} p99_202=${f(at?.p99 ?? NaN)} p50_e2e=${f(at?.e2e50 ?? NaN)} p99_e2e=${f(at?.e2e99 ?? NaN)} embedded=${f(embRate, 0)} burstTickets=${zs.zendeskTickets}/${BURST} burst429=${zs.throttled}`);
process.exit(0);
