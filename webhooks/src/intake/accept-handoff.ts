import { createHash } from 'node:crypto';
import {
  handoffEventSchemaWith,
  handoffKeyOf,
  parseEventFast,
  parseOrThrow,
  summarizeWithRedactedEvent,
  type HandoffEvent,
  type HandoffRecord,
} from '@baton/core';
import type { ServiceDeps } from '../deps';
import { HttpError } from '../errors';
import { jobIdFor } from '../queue/work-queue';
import { estimateWaitMinutes } from './estimate-wait';

export type Accepted = {
  status: 202 | 200;
  body: {
    id: string;
    status: HandoffRecord['status'];
    customerMessage: string;
    estimatedWaitMinutes: number;
    statusUrl: string;
  };
};

/** The handoff id of a key: stable, so the same escalation always maps to the same record and jobs. */
export function handoffIdFor(tenantId: string, handoffKey: string): string {
  return `h_${createHash('sha256').update(`${tenantId}\u0000${handoffKey}`).digest('hex').slice(0, 24)}`;
}

/**
 * The intake shared by POST /v1/handoffs and the bot-platform connectors: validates the event,
 * answers at once with the customer message and the estimated wait, and queues the work. The same
 * handoff key again answers 200 with the same id and creates nothing. If the queue cannot take the
 * job, nothing is written and the caller is told to retry (503).
 */
const schemas = new WeakMap<object, ReturnType<typeof handoffEventSchemaWith>>();
function schemaFor(limits: ServiceDeps['limits']) {
  let schema = schemas.get(limits);
  if (!schema) schemas.set(limits, (schema = handoffEventSchemaWith(limits)));
  return schema;
}

/** The answer to a key seen before: 200, the same id, nothing created. */
async function seenBefore(deps: ServiceDeps, record: HandoffRecord, statusUrl: string): Promise<Accepted> {
  deps.metrics.duplicates.inc();
  const estimatedWaitMinutes = await estimateWaitMinutes(deps, record);
  return {
    status: 200,
    body: {
      id: record.id,
      status: record.status,
      customerMessage: record.package?.customerMessage ?? '',
      estimatedWaitMinutes,
      statusUrl,
    },
  };
}

/** Requests of one handoff id in this process run one after another (a replay waits, then finds the record). */
const inFlight = new WeakMap<ServiceDeps, Map<string, Promise<unknown>>>();
function oneAtATime<T>(deps: ServiceDeps, id: string, fn: () => Promise<T>): Promise<T> {
  let locks = inFlight.get(deps);
  if (!locks) inFlight.set(deps, (locks = new Map()));
  const run = (locks.get(id) ?? Promise.resolve()).catch(() => undefined).then(fn);
  locks.set(id, run);
  const release = () => void (locks.get(id) === run && locks.delete(id));
  run.then(release, release);
  return run;
}

export async function acceptHandoff(
  deps: ServiceDeps,
  input: unknown,
  statusUrlBase = '',
  extras: Pick<HandoffRecord, 'delivery'> = {},
): Promise<Accepted> {
  // Well-formed events take core's fast path (zod's result without zod's cost); anything else is zod's to parse or reject.
  const event = parseEventFast(input, deps.limits) ?? parseOrThrow(schemaFor(deps.limits), input);
  const handoffKey = handoffKeyOf(event);
  const id = handoffIdFor(deps.tenantId, handoffKey);
  const statusUrl = `${statusUrlBase}/v1/handoffs/${id}`;
  return oneAtATime(deps, id, () => acceptOnce(deps, event, handoffKey, id, statusUrl, extras));
}

async function acceptOnce(
  deps: ServiceDeps,
  event: HandoffEvent,
  handoffKey: string,
  id: string,
  statusUrl: string,
  extras: Pick<HandoffRecord, 'delivery'>,
): Promise<Accepted> {
  // The store answers while the package is made: a new handoff waits one round trip less, a replay
  // (rare) spends the package's CPU for nothing.
  const existingP = deps.store.get(deps.tenantId, id);
  void existingP.catch(() => undefined); // handled below; not unhandled if summarize throws first
  // heuristic, ~1 ms: the customer message and the priority now; the redacted event it read is the one stored
  const { package: pkg, event: redacted } = summarizeWithRedactedEvent(event, deps.policy, deps.limits);
  const existing = await existingP;
  if (existing) return seenBefore(deps, existing, statusUrl);

  const now = deps.clock.now().toISOString();
  const record: HandoffRecord = {
    id,
    tenantId: deps.tenantId,
    handoffKey,
    conversationId: event.conversationId,
    status: 'queued',
    event: redacted,
    package: pkg,
    priority: pkg.priority,
    ...extras,
    createdAt: now,
    updatedAt: now,
  };

  try {
    // The heuristic package is made above: with no remote summarizer there is nothing left for a
    // summarize job to do, so the first job is the ticket (one job and one Redis round trip fewer).
    const first = deps.summarizerIsRemote ? 'summarize' : 'ticket';
    await deps.queue.enqueue(first, { tenantId: deps.tenantId, handoffId: id, record }, { jobId: jobIdFor(first, id) });
  } catch (err) {
    deps.logger.warn({ err: (err as Error).message }, 'queue refused a handoff');
    throw new HttpError(
      503,
      'queue_unavailable',
      'The queue cannot accept handoffs right now; retry shortly',
      undefined,
      { 'Retry-After': '5' },
    );
  }
  // the queue position counts the handoffs created before this one: it can be asked at the same time
  const waitP = estimateWaitMinutes(deps, record);
  void waitP.catch(() => undefined);
  const { created, record: stored } = await deps.store.createIfAbsent(record);
  // A worker in another process can run the job first and store the copy the job carries: that
  // record is this request's own (same creation time; replays in this process wait their turn
  // above), so the answer is still 202.
  if (!created && stored.createdAt !== record.createdAt) return seenBefore(deps, stored, statusUrl);
  deps.metrics.handoffs.inc({ reason: pkg.reason.code, priority: pkg.priority });
  await deps.events.append({
    id: `handoff_received:${id}`,
    tenantId: deps.tenantId,
    kind: 'handoff_received',
    at: now,
    handoffId: id,
    conversationId: event.conversationId,
    data: {
      bot: event.bot?.name,
      intent: pkg.intent.label,
      reason: pkg.reason.code,
      channel: event.channel,
      priority: pkg.priority,
      completeness: pkg.completeness.score,
      customerKey: event.customer?.id ?? event.customer?.email,
    },
  });
  return {
    status: 202,
    body: {
      id,
      status: 'queued',
      customerMessage: pkg.customerMessage,
      estimatedWaitMinutes: await waitP,
      statusUrl,
    },
  };
}
