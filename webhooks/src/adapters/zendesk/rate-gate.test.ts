import { describe, expect, it } from 'vitest';
import { RateGate } from './ticket-desk';

describe('RateGate (one per Zendesk account)', () => {
  it('lets calls through unpaced until the first 429', async () => {
    const gate = new RateGate();
    const t0 = Date.now();
    await Promise.all(Array.from({ length: 20 }, () => gate.wait()));
    expect(Date.now() - t0).toBeLessThan(30);
  });

  it('after a 429: waits out Retry-After, then paces calls, doubling the spacing on each 429', async () => {
    const gate = new RateGate();
    gate.pause(50);
    expect(gate.spacingMs).toBe(20);
    gate.pause(10);
    expect(gate.spacingMs).toBe(40);
    const t0 = Date.now();
    const done: number[] = [];
    await Promise.all(Array.from({ length: 4 }, () => gate.wait().then(() => done.push(Date.now() - t0))));
    expect(Math.min(...done)).toBeGreaterThanOrEqual(45); // Retry-After waited out
    const sorted = done.sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(35); // paced, not a burst
  });

  it('successes shrink the spacing back to none', () => {
    const gate = new RateGate();
    gate.pause(0);
    for (let i = 0; i < 100; i++) gate.succeeded();
    expect(gate.spacingMs).toBe(0);
    gate.pause(0);
    for (let i = 0; i < 200; i++) gate.pause(0);
    expect(gate.spacingMs).toBe(5000); // capped
  });
});
