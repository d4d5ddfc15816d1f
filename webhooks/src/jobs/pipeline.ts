import type { HandoffRecord } from '@baton/core';
import type { ServiceDeps } from '../deps';
import { jobIdFor, type JobData, type JobHandlers } from '../queue/work-queue';

/**
 * The steps of a handoff, each its own retried job: summarize (the LLM when configured; the
 * heuristic package is already there) -> ticket (Zendesk) -> notify (chat alert). Each step is
 * idempotent: a retry or a replay finds the work done and moves on.
 */
export function createPipeline(deps: ServiceDeps): JobHandlers {
  const { store, tenantId } = deps;

  const timed = (name: string, fn: (data: JobData) => Promise<void>) => async (data: JobData) => {
    const end = deps.metrics.jobSeconds.startTimer({ job: name });
    try {
      await fn(data);
    } catch (err) {
      deps.metrics.jobFailures.inc({ job: name });
      deps.logger.warn({ job: name, handoffId: data.handoffId, err: (err as Error).message }, 'job failed');
      throw err;
    } finally {
      end();
    }
  };

  async function load(data: JobData): Promise<HandoffRecord> {
    const found = await store.get(data.tenantId, data.handoffId);
    if (found) return found;
    // the job can run before the intake's write lands: the record travels with the summarize job
    if (data.record) return (await store.createIfAbsent(data.record as HandoffRecord)).record;
    throw new Error(`handoff ${data.handoffId} not found`);
  }

  return {
    summarize: timed('summarize', async (data) => {
      let record = await load(data);
      if (deps.summarizerIsRemote && (!record.package || record.package.summarizer === 'heuristic')) {
        const pkg = await deps.summarizer.summarize(record.event);
        record = await store.update(tenantId, record.id, { package: pkg, priority: pkg.priority });
      }
      await deps.queue.enqueue('ticket', { tenantId, handoffId: record.id }, { jobId: jobIdFor('ticket', record.id) });
    }),

    ticket: timed('ticket', async (data) => {
      const record = await load(data);
      if (!record.package) throw new Error(`handoff ${record.id} has no package yet`);
      if (record.delivery && record.status === 'queued') {
        // Zendesk creates the ticket from the passControl metadata; Baton does not write a second one.
        if (!deps.handover) throw new Error(`no handover configured for ${record.delivery.via}`);
        await deps.handover(record);
        await store.update(tenantId, record.id, { status: 'ticketed' });
        await deps.events.append({
          id: `ticket_written:${record.id}`,
          tenantId,
          kind: 'ticket_written',
          at: deps.clock.now().toISOString(),
          handoffId: record.id,
          data: { via: record.delivery.via },
        });
      } else if (!record.delivery && record.ticketId === undefined) {
        const ref = await deps.desk.upsertHandoffTicket(record.package, {
          handoffId: record.id,
          handoffKey: record.handoffKey,
          ...(record.event.zendesk?.ticketId ? { ticketId: record.event.zendesk.ticketId } : {}),
          ...(deps.groupFor?.(record) !== undefined ? { groupId: deps.groupFor(record)! } : {}),
        });
        const now = deps.clock.now();
        await store.update(tenantId, record.id, { ticketId: ref.ticketId, status: 'ticketed' });
        deps.metrics.endToEnd.observe((now.getTime() - Date.parse(record.createdAt)) / 1000);
        await deps.events.append({
          id: `ticket_written:${record.id}`,
          tenantId,
          kind: 'ticket_written',
          at: now.toISOString(),
          handoffId: record.id,
          ticketId: ref.ticketId,
          data: { created: ref.created },
        });
      }
      await deps.queue.enqueue('notify', { tenantId, handoffId: record.id }, { jobId: jobIdFor('notify', record.id) });
    }),

    notify: timed('notify', async (data) => {
      const record = await load(data);
      if (record.alert) {
        await deps.notifier.updateAlert(record);
        return;
      }
      const alert = await deps.notifier.postAlert(record);
      const updated = await store.update(tenantId, record.id, {
        alert,
        ...(record.claimedBy ? {} : { status: 'alerted' as const }),
      });
      await deps.events.append({
        id: `alert_posted:${record.id}`,
        tenantId,
        kind: 'alert_posted',
        at: deps.clock.now().toISOString(),
        handoffId: record.id,
        ticketId: updated.ticketId,
        data: { channel: alert.channel },
      });
    }),
  };
}
