import type { JobName, JobQueue, TenantId } from '@baton/core';

export type JobData = { tenantId: TenantId; handoffId: string; [key: string]: unknown };
export type JobHandler = (data: JobData, meta: { attempt: number; jobId: string }) => Promise<void>;
export type JobHandlers = Partial<Record<JobName, JobHandler>>;

export type FailedJob = {
  id: string;
  name: JobName;
  data: JobData;
  error: string;
  attempts: number;
  failedAt?: string;
};

/** The service's side of a queue: the port plus running workers, and the failed set for `baton jobs`. */
export interface WorkQueue extends JobQueue {
  start(handlers: JobHandlers): Promise<void>;
  /** Stops taking jobs and waits for active ones (graceful shutdown). */
  close(): Promise<void>;
  listFailed(limit?: number): Promise<FailedJob[]>;
  /** Replays a failed job (or all); returns how many were replayed. */
  retryFailed(id?: string): Promise<number>;
  /** Reachable (for /readyz). */
  ping(): Promise<boolean>;
}

/** The job id of a step of a handoff: stable, so a replayed event or a retried step never runs twice. */
export function jobIdFor(name: JobName, handoffId: string, suffix?: string): string {
  return `${name}-${handoffId}${suffix ? `-${suffix}` : ''}`.replace(/:/g, '_');
}
