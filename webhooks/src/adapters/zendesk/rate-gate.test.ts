import { describe, expect, it } from 'vitest';
import { RateGate } from './rate-gate';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs `n` calls through the gate at once; each takes `ms`. Returns when each started and the most in flight. */
async function burst(gate: RateGate, n: number, ms: number) {
  let inFlight = 0;
  let most = 0;
  const started: number[] = [];
  await Promise.all(
    Array.from({ length: n }, async () => {
      await gate.enter();
      started.push(Date.now());
      most = Math.max(most, ++inFlight);
      await sleep(ms);
      inFlight--;
      gate.leave();
    }),
  );
  return { started, most };
}

describe('the Zendesk rate gate', () => {
  it('lets every call through at once until a 429', async () => {
    expect((await burst(new RateGate(2), 10, 5)).most).toBe(10);
  });

  it('after a 429 no call starts before Retry-After, then only a few run at once during the cool-down', async () => {
    const gate = new RateGate(2, 60_000);
    const at = Date.now();
    gate.pause(80);
    const { started, most } = await burst(gate, 10, 5);
    expect(Math.min(...started) - at).toBeGreaterThanOrEqual(75);
    expect(most).toBe(2);
  });

  it('after the cool-down calls run at once again', async () => {
    const gate = new RateGate(2, 30);
    gate.pause(10);
    await sleep(60);
    expect((await burst(gate, 10, 5)).most).toBe(10);
  });
});
