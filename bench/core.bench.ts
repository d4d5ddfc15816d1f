/**
 * `npm run bench`: the core's speed on this machine, one core. Prints packages per second for a
 * typical 20-message transcript, the time for 2,000 and 20,000 messages (linear growth), a
 * 20,000-character message (no regex backtracking), peak memory, and the ratio of `summarize` to
 * the floor of reading the same events (JSON.parse + one walk over every message), measured in the
 * same run on the same events, which stays meaningful on a noisy machine. The transcripts
 * (`typical-transcripts.ts`) vary from one conversation to the next as real customers' words do.
 */
import { summarize } from '../core/src/summarize';
import { typicalTranscript, type BenchMessage } from './typical-transcripts';

/** The service's limits can be raised; the benchmark measures past the default 2,000 messages. */
const LIMITS = { maxBodyBytes: 64 * 1024 * 1024, maxMessages: 50_000, maxMessageChars: 20_000 };

type Msg = BenchMessage;
const transcript = typicalTranscript;

function time<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

const gc = (globalThis as { gc?: () => void }).gc;
let peakRss = process.memoryUsage().rss;
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));

// 1. Throughput on typical 20-message transcripts, and the floor on the same serialized events.
const typical = Array.from({ length: 400 }, (_, i) => JSON.stringify(transcript(20, i)));
// Warm up to the JIT's steady state (a service summarizes for hours), then alternate blocks of
// summarize and of the floor, so machine noise falls on both alike; the medians are reported.
for (let r = 0; r < 3; r++) for (const line of typical) summarize(JSON.parse(line));
const BLOCKS = 7;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rates: number[] = [];
const floorRates: number[] = [];
const ratios: number[] = [];
let chars = 0;
for (let b = 0; b < BLOCKS; b++) {
  let count = 0;
  const ms = time(() => {
    for (let r = 0; r < 2; r++)
      for (const line of typical) {
        summarize(JSON.parse(line));
        count++;
      }
  }).ms;
  sample();
  const floorMs = time(() => {
    for (let r = 0; r < 40; r++)
      for (const line of typical) {
        const e = JSON.parse(line) as { messages: Msg[] };
        for (const m of e.messages) chars += m.text.length;
      }
  }).ms;
  rates.push(count / (ms / 1000));
  floorRates.push((count * 20) / (floorMs / 1000));
  ratios.push((count * 20) / (floorMs / 1000) / (count / (ms / 1000)));
}
const perSecond = median(rates);
const floorPerSecond = median(floorRates);
const floorRatio = median(ratios);

// 2. Long transcripts: 2,000 and 20,000 messages.
const long = (n: number) => {
  const event = transcript(n, 1);
  summarize(event, undefined, LIMITS);
  gc?.();
  const runs = n >= 20_000 ? 3 : 10;
  let best = Infinity;
  for (let i = 0; i < runs; i++) best = Math.min(best, time(() => summarize(event, undefined, LIMITS)).ms);
  sample();
  return best;
};
const t2k = long(2_000);
const t20k = long(20_000);

// 3. One 20,000-character message (every detector on it; a backtracking regex would explode here).
const huge = {
  conversationId: 'huge',
  messages: [
    {
      role: 'customer',
      text: ('I want to talk to someone about order 12345 and the $49.99 charge!!! ' + 'a'.repeat(60) + ' 4111 1111 ')
        .repeat(140)
        .slice(0, 20_000),
    },
  ],
};
summarize(huge);
const tHuge = Math.min(...Array.from({ length: 5 }, () => time(() => summarize(huge)).ms));
const adversarial = {
  conversationId: 'adv',
  messages: [
    { role: 'customer', text: `${'1 '.repeat(9_999)}x`.slice(0, 20_000) },
    { role: 'customer', text: 'a'.repeat(20_000) },
    { role: 'customer', text: `${'talk to '.repeat(2_499)}`.slice(0, 20_000) },
  ],
};
const tAdversarial = time(() => summarize(adversarial)).ms;
sample();

const f = (x: number, d = 1) => x.toFixed(d);
console.log('Baton core benchmark (one core, Node ' + process.version + ')');
console.log(`  typical 20-message transcript: ${f(perSecond, 0)} packages/s (target >= 2,000)`);
console.log(
  `  floor (JSON.parse + one walk over every message): ${f(floorPerSecond, 0)} events/s; summarize / floor = ${f(floorRatio)}x (target <= 15x; medians of ${BLOCKS} alternating blocks)`,
);
console.log(`  2,000-message transcript: ${f(t2k)} ms (target <= 50 ms)`);
console.log(
  `  20,000-message transcript: ${f(t20k)} ms (${f(t20k / t2k)}x the 2,000-message time for 10x the messages: linear)`,
);
console.log(
  `  one 20,000-character message: ${f(tHuge)} ms; adversarial 60,000 characters (digit runs, one long word, repeated phrase): ${f(tAdversarial)} ms`,
);
console.log(`  peak memory (RSS): ${f(peakRss / 1024 / 1024, 0)} MiB`);
console.log(
  `bench: packagesPerSec=${f(perSecond, 0)} floorRatio=${f(floorRatio)} ms2k=${f(t2k)} ms20k=${f(t20k)} ratio20k=${f(t20k / t2k)} hugeMessageMs=${f(tHuge)} peakRssMiB=${f(peakRss / 1024 / 1024, 0)}`,
);
void chars;
