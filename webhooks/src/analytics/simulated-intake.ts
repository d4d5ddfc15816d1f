import type { HandoffRecord, JobName } from '@baton/core';
import type { ServiceDeps } from '../deps';
import { acceptHandoff } from '../intake/accept-handoff';
import { createPipeline } from '../jobs/pipeline';
import { jobIdFor, type JobData, type WorkQueue } from '../queue/work-queue';

/**
 * One handoff of a simulated day through the real intake and the real pipeline steps (ticket in the
 * Zendesk sandbox, alert in the Slack sandbox), on a clock that starts at the simulated moment and
 * runs at real speed: every event it records (received, ticket written, alert posted) falls on that
 * day, not on the day the simulation ran, and the service's latency histograms see real step times.
 * The steps' jobs are run here, in order, once the intake has returned (what the queue's worker does).
 */
export async function handOffAt(deps: ServiceDeps, at: number, event: unknown): Promise<HandoffRecord | undefined> {
  const started = Date.now();
  const clock = { now: () => new Date(at + (Date.now() - started)) };
  const jobs: Array<{ name: JobName; data: JobData }> = [];
  const queue: WorkQueue = {
    enqueue: async (name, data) => void jobs.push({ name, data }),
    cancel: async () => undefined,
    counts: async () => ({ waiting: jobs.length, active: 0, delayed: 0, failed: 0 }),
    start: async () => undefined,
    close: async () => undefined,
    listFailed: async () => [],
    retryFailed: async () => 0,
    ping: async () => true,
  };
  const simDeps: ServiceDeps = { ...deps, clock, queue };
  const steps = createPipeline(simDeps);
  const accepted = await acceptHandoff(simDeps, event);
  for (let job = jobs.shift(); job; job = jobs.shift()) {
    const step = steps[job.name];
    if (!step) throw new Error(`simulate: no pipeline step for job ${job.name}`);
    try {
      await step(job.data, { attempt: 1, jobId: jobIdFor(job.name, job.data.handoffId) });
    } catch (err) {
      // One attempt here (no queue to retry it): this handoff stops where it failed, the week goes on.
      deps.logger.warn({ job: job.name, err: (err as Error).message }, 'simulate: a pipeline step failed');
      break;
    }
  }
  return deps.store.get(deps.tenantId, accepted.body.id);
}
