import type { ChatNotifier, Clock, EventLog, HandoffStore, Policy, Summarizer, TicketDesk, Limits } from '@baton/core';
import type { Metrics } from './metrics';
import type { WorkQueue } from './queue/work-queue';
import type { Logger } from './logger';
import type { ClaimTimes } from './intake/estimate-wait';

/** Everything the service's parts need, built once by the composition root (service.ts). */
export type ServiceDeps = {
  store: HandoffStore;
  queue: WorkQueue;
  desk: TicketDesk;
  notifier: ChatNotifier;
  summarizer: Summarizer;
  /** True when the summarize job must call the summarizer again (an LLM); the heuristic package is made at intake. */
  summarizerIsRemote: boolean;
  /** The Zendesk group a handoff goes to, from the routing rules (optional). */
  groupFor?: (record: import('@baton/core').HandoffRecord) => number | undefined;
  events: EventLog;
  metrics: Metrics;
  clock: Clock;
  policy: Policy;
  limits: Limits;
  logger: Logger;
  tenantId: string;
  claimTimes: ClaimTimes;
  /** Hands a record to Zendesk another way than the ticket API (a Sunshine passControl with the package). */
  handover?: (record: import('@baton/core').HandoffRecord) => Promise<void>;
};
