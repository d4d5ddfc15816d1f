/** A token bucket per client: `perMinute` requests, refilled continuously. In-process (per API replica). */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  constructor(private readonly perMinute: number) {}

  /** True when the client may go on; else the seconds until one more request is allowed. */
  take(client: string, nowMs = Date.now()): true | number {
    const rate = this.perMinute / 60_000;
    const b = this.buckets.get(client) ?? { tokens: this.perMinute, at: nowMs };
    b.tokens = Math.min(this.perMinute, b.tokens + (nowMs - b.at) * rate);
    b.at = nowMs;
    if (this.buckets.size > 10_000) this.buckets.clear();
    this.buckets.set(client, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return true;
    }
    return Math.ceil((1 - b.tokens) / rate / 1000);
  }
}
