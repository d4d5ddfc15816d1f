const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * One gate per Zendesk account. After a 429 every call of this process waits out Retry-After
 * instead of hammering the API (the job that got the 429 is retried by the queue, without spending
 * an attempt); then, for a cool-down, at most `cautiousInFlight` calls run at once, so when the
 * account's window fills up again only those few meet a 429, not every job in flight.
 */
export class RateGate {
  private until = 0;
  private cautiousUntil = 0;
  private inFlight = 0;
  private readonly parked: Array<() => void> = [];

  constructor(
    private readonly cautiousInFlight = 4,
    private readonly coolDownMs = 60_000,
  ) {}

  /** Resolves when a call may start; `leave()` once it is over. */
  async enter(): Promise<void> {
    for (;;) {
      const ms = this.until - Date.now();
      if (ms > 0) await sleep(ms);
      else if (Date.now() >= this.cautiousUntil || this.inFlight < this.cautiousInFlight) break;
      else await new Promise<void>((resolve) => this.parked.push(resolve)); // a call in flight wakes it
    }
    this.inFlight++;
  }

  leave(): void {
    this.inFlight--;
    this.parked.shift()?.();
  }

  /** A 429: no call starts for `ms`, and calls are few for the cool-down after. */
  pause(ms: number): void {
    this.until = Math.max(this.until, Date.now() + ms);
    this.cautiousUntil = Math.max(this.cautiousUntil, this.until + this.coolDownMs);
  }
}
