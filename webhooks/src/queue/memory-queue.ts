import type { JobName } from '@baton/core';
import { classifyJobError } from './job-errors';
import type { FailedJob, JobData, JobHandlers, WorkQueue } from './work-queue';

type Job = {
  id: string;
  name: JobName;
  data: JobData;
  attempt: number;
  runAt: number;
  state: 'waiting' | 'delayed' | 'active' | 'done' | 'failed';
  error?: string;
  failedAt?: string;
};

/**
 * The in-process queue of the embedded default: the same semantics as the BullMQ one (stable job
 * ids, retries with exponential backoff, no retry for 4xx, Retry-After honoured, a failed set),
 * for a single process. Jobs do not survive a restart: use REDIS_URL for that.
 */
export class MemoryWorkQueue implements WorkQueue {
  private readonly jobs = new Map<string, Job>();
  private handlers: JobHandlers = {};
  private running = 0;
  private started = false;
  private closed = false;
  private pausedUntil = 0;
  private timer: NodeJS.Timeout | undefined;
  private idle: Array<() => void> = [];
  /** Jobs waiting or delayed: the only ones the pump looks at (no scan of finished jobs). */
  private readonly queued = new Set<Job>();
  private failed = 0;

  /** Completed jobs are kept (their ids are not run twice) up to a bound. */
  private prune(): void {
    if (this.jobs.size < 50_000) return;
    for (const [id, job] of this.jobs) {
      if (job.state === 'done') this.jobs.delete(id);
      if (this.jobs.size < 40_000) break;
    }
  }

  constructor(
    private readonly options: { concurrency?: number; attempts?: number; backoffMs?: number; maxDepth?: number } = {},
  ) {}

  async enqueue(name: JobName, data: JobData, options: { delayMs?: number; jobId?: string } = {}): Promise<void> {
    if (this.closed) throw new Error('queue is closed');
    const id = options.jobId ?? `${name}-${data.handoffId}`;
    const existing = this.jobs.get(id);
    if (existing && existing.state !== 'done' && existing.state !== 'failed') return;
    if (existing && existing.state === 'done') return; // completed jobs are kept: the same id is not run twice
    if (this.options.maxDepth !== undefined && this.queued.size >= this.options.maxDepth)
      throw new Error('queue is full');
    this.prune();
    const delay = options.delayMs ?? 0;
    const job: Job = {
      id,
      name,
      data: structuredClone(data),
      attempt: 0,
      runAt: Date.now() + delay,
      state: delay > 0 ? 'delayed' : 'waiting',
    };
    this.jobs.set(id, job);
    this.queued.add(job);
    this.schedule(delay);
  }

  async cancel(_name: JobName, jobId: string): Promise<void> {
    const job = this.jobs.get(jobId);
    if (job && (job.state === 'waiting' || job.state === 'delayed')) {
      this.jobs.delete(jobId);
      this.queued.delete(job);
    }
  }

  async counts() {
    const c = { waiting: 0, active: this.running, delayed: 0, failed: this.failed };
    for (const j of this.queued) c[j.state === 'delayed' ? 'delayed' : 'waiting']++;
    return c;
  }

  async start(handlers: JobHandlers): Promise<void> {
    this.handlers = { ...this.handlers, ...handlers };
    this.started = true;
    this.schedule(0);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.running > 0) await new Promise<void>((resolve) => this.idle.push(resolve));
  }

  /** Resolves when nothing is waiting, delayed-due or active (tests and the simulator). */
  async drain(): Promise<void> {
    for (;;) {
      const busy = [...this.jobs.values()].some(
        (j) => j.state === 'active' || j.state === 'waiting' || (j.state === 'delayed' && j.runAt <= Date.now() + 50),
      );
      if (!busy && this.running === 0) return;
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  async listFailed(limit = 100): Promise<FailedJob[]> {
    return [...this.jobs.values()]
      .filter((j) => j.state === 'failed')
      .slice(0, limit)
      .map((j) => ({
        id: j.id,
        name: j.name,
        data: j.data,
        error: j.error ?? '',
        attempts: j.attempt,
        failedAt: j.failedAt,
      }));
  }

  async retryFailed(id?: string): Promise<number> {
    let n = 0;
    for (const j of this.jobs.values()) {
      if (j.state !== 'failed' || (id && j.id !== id)) continue;
      this.failed--;
      Object.assign(j, { state: 'waiting', attempt: 0, runAt: Date.now(), error: undefined });
      this.queued.add(j);
      n++;
    }
    this.schedule(0);
    return n;
  }

  async ping(): Promise<boolean> {
    return !this.closed;
  }

  private schedule(delayMs: number): void {
    if (!this.started || this.closed) return;
    const at = Math.max(delayMs, this.pausedUntil - Date.now(), 0);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.pump(), at);
    this.timer.unref?.();
  }

  private pump(): void {
    if (this.closed) return;
    const now = Date.now();
    if (now < this.pausedUntil) return this.schedule(this.pausedUntil - now);
    const concurrency = this.options.concurrency ?? 20;
    let next = Infinity;
    for (const job of this.queued) {
      if (this.running >= concurrency) break;
      if (job.runAt > now) {
        next = Math.min(next, job.runAt - now);
        continue;
      }
      void this.run(job);
    }
    if (next !== Infinity) this.schedule(next);
  }

  private async run(job: Job): Promise<void> {
    const handler = this.handlers[job.name];
    if (!handler) return;
    job.state = 'active';
    this.queued.delete(job);
    job.attempt++;
    this.running++;
    try {
      await handler(job.data, { attempt: job.attempt, jobId: job.id });
      job.state = 'done';
    } catch (err) {
      const decision = classifyJobError(err);
      const attempts = this.options.attempts ?? 6;
      if (decision.kind === 'wait') {
        job.attempt--; // a rate limit is not an attempt
        this.pausedUntil = Date.now() + decision.ms;
        Object.assign(job, { state: 'waiting', runAt: this.pausedUntil });
        this.queued.add(job);
      } else if (decision.kind === 'never' || job.attempt >= attempts) {
        Object.assign(job, { state: 'failed', error: (err as Error).message, failedAt: new Date().toISOString() });
        this.failed++;
      } else {
        const wait = (this.options.backoffMs ?? 1000) * 2 ** (job.attempt - 1);
        Object.assign(job, { state: 'delayed', runAt: Date.now() + wait, error: (err as Error).message });
        this.queued.add(job);
      }
    } finally {
      this.running--;
      if (this.running === 0) for (const done of this.idle.splice(0)) done();
      this.schedule(0);
    }
  }
}
