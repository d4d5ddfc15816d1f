import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { JobName } from '@baton/core';
import { classifyJobError } from './job-errors';
import type { FailedJob, JobData, JobHandlers, WorkQueue } from './work-queue';

const QUEUE = 'handoffs';
/** Braced prefix: all of the queue's keys hash to one Redis Cluster slot. */
export const QUEUE_PREFIX = '{baton}';

/**
 * BullMQ on Redis: one queue, one job per step of a handoff (summarize, ticket, notify, remind),
 * job ids from the handoff, exponential backoff, 4xx never retried, Zendesk's Retry-After turned
 * into `worker.rateLimit`, failed jobs kept for `baton jobs list|retry`, graceful close.
 */
export class BullWorkQueue implements WorkQueue {
  private readonly queue: Queue;
  private worker: Worker | undefined;

  constructor(
    private readonly connection: Redis,
    private readonly options: {
      concurrency?: number;
      attempts?: number;
      backoffMs?: number;
      prefix?: string;
      lockDurationMs?: number;
      stalledIntervalMs?: number;
    } = {},
  ) {
    this.queue = new Queue(QUEUE, {
      connection,
      prefix: options.prefix ?? QUEUE_PREFIX,
      defaultJobOptions: {
        attempts: options.attempts ?? 6,
        backoff: { type: 'exponential', delay: options.backoffMs ?? 1000 },
        removeOnComplete: { age: 24 * 3600, count: 50_000 },
        removeOnFail: false,
      },
    });
    this.queue.on('error', () => {});
  }

  async enqueue(name: JobName, data: JobData, options: { delayMs?: number; jobId?: string } = {}): Promise<void> {
    await this.queue.add(name, data, {
      jobId: options.jobId ?? `${name}-${data.handoffId}`,
      ...(options.delayMs ? { delay: options.delayMs } : {}),
    });
  }

  async cancel(_name: JobName, jobId: string): Promise<void> {
    const job = await this.queue.getJob(jobId);
    if (job && ((await job.isDelayed()) || (await job.isWaiting()))) await job.remove();
  }

  async counts() {
    const c = await this.queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'prioritized');
    return {
      waiting: (c.waiting ?? 0) + (c.prioritized ?? 0),
      active: c.active ?? 0,
      delayed: c.delayed ?? 0,
      failed: c.failed ?? 0,
    };
  }

  async start(handlers: JobHandlers): Promise<void> {
    const worker: Worker = new Worker(
      QUEUE,
      async (job: Job) => {
        const handler = handlers[job.name as JobName];
        if (!handler) throw new UnrecoverableError(`no handler for job ${job.name}`);
        try {
          await handler(job.data as JobData, { attempt: job.attemptsMade + 1, jobId: job.id ?? '' });
        } catch (err) {
          const decision = classifyJobError(err);
          if (decision.kind === 'wait') {
            await worker.rateLimit(decision.ms);
            throw Worker.RateLimitError();
          }
          if (decision.kind === 'never') throw new UnrecoverableError((err as Error).message);
          throw err;
        }
      },
      {
        connection: this.connection.duplicate({ maxRetriesPerRequest: null }),
        prefix: this.options.prefix ?? QUEUE_PREFIX,
        concurrency: this.options.concurrency ?? 20,
        limiter: { max: 100_000, duration: 1000 },
        ...(this.options.lockDurationMs ? { lockDuration: this.options.lockDurationMs } : {}),
        ...(this.options.stalledIntervalMs ? { stalledInterval: this.options.stalledIntervalMs } : {}),
      },
    );
    worker.on('error', () => {});
    await worker.waitUntilReady();
    this.worker = worker;
  }

  async close(): Promise<void> {
    await this.worker?.close();
    await this.queue.close();
  }

  async listFailed(limit = 100): Promise<FailedJob[]> {
    const jobs = await this.queue.getFailed(0, limit - 1);
    return jobs.map((j) => ({
      id: j.id ?? '',
      name: j.name as JobName,
      data: j.data as JobData,
      error: j.failedReason ?? '',
      attempts: j.attemptsMade,
      ...(j.finishedOn ? { failedAt: new Date(j.finishedOn).toISOString() } : {}),
    }));
  }

  async retryFailed(id?: string): Promise<number> {
    const jobs = id ? [await this.queue.getJob(id)].filter((j): j is Job => !!j) : await this.queue.getFailed(0, -1);
    let n = 0;
    for (const job of jobs) {
      if (!(await job.isFailed())) continue;
      await job.retry('failed');
      n++;
    }
    return n;
  }

  async ping(): Promise<boolean> {
    try {
      return (await this.connection.ping()) === 'PONG';
    } catch {
      return false;
    }
  }
}
