import type { MetricsReader, TenantId } from '@baton/core';

const DAY_MS = 86_400_000;

export type RollupWarmerOptions = {
  /** How many days back to keep rolled up (the retention). */
  days: number;
  /** Time between passes. */
  everyMs: number;
  /** Pause between two days, so a pass never holds the event loop for long. */
  pauseMs?: number;
  now?: () => number;
};

/**
 * Keeps the per-day rollups warm so the dashboard never waits for a cold day: a pass reads each day of the
 * retention, newest first, one at a time (a day whose version did not move costs a Redis read; one that
 * moved is rolled up again and cached for every process), then sleeps until the next pass. The rollups stay
 * derived from the events: this only decides when they are computed, not what they hold.
 */
export function startRollupWarmer(
  reader: MetricsReader,
  tenantId: TenantId,
  options: RollupWarmerOptions,
): { pass(): Promise<number>; stop(): Promise<void> } {
  const now = options.now ?? Date.now;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

  const pass = (): Promise<number> =>
    (running ??= (async () => {
      const today = Math.floor(now() / DAY_MS) * DAY_MS;
      let days = 0;
      for (let d = 0; d < options.days && !stopped; d++) {
        const from = today - d * DAY_MS;
        await reader.read(tenantId, {
          from: new Date(from).toISOString(),
          to: new Date(from + DAY_MS - 1).toISOString(),
        });
        days++;
        if (options.pauseMs) await sleep(options.pauseMs);
      }
      return days;
    })().finally(() => (running = undefined)));

  const loop = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      pass()
        .catch(() => undefined) // a Redis hiccup costs one pass, not the warmer
        .finally(loop);
    }, options.everyMs);
    timer.unref();
  };
  timer = setTimeout(() => {
    pass()
      .catch(() => undefined)
      .finally(loop);
  }, 0);
  timer.unref();

  return {
    pass,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running?.catch(() => undefined);
    },
  };
}
