import type { HandoffEvent, HandoffEventInput } from './schema/handoff-event';
import type { HandoffPackage, Priority } from './schema/handoff-package';

/**
 * Ports: the interfaces through which the core's users reach the outside world. Each has a real
 * adapter (Redis, BullMQ, node-zendesk, Slack Web API, openai) in `webhooks/` or `apps/`, and an
 * in-memory one (`@baton/core/testing` or the service's embedded defaults). One contract test
 * suite per port runs against both.
 */

export type TenantId = string;
export const DEFAULT_TENANT: TenantId = 'default';

export type HandoffStatus = 'queued' | 'ticketed' | 'alerted' | 'claimed' | 'failed';

/** Where a handoff's Slack alert lives, once posted. */
export type AlertRef = { channel: string; ts: string; teamId?: string };

/** One handoff as the service keeps it. */
export type HandoffRecord = {
  id: string;
  tenantId: TenantId;
  handoffKey: string;
  conversationId: string;
  status: HandoffStatus;
  /** The event as received (redacted before it is stored). */
  event: HandoffEvent;
  package?: HandoffPackage;
  priority?: Priority;
  ticketId?: number;
  alert?: AlertRef;
  claimedBy?: { slackUserId?: string; zendeskUserId?: number; name?: string; email?: string };
  claimedAt?: string;
  error?: string;
  /**
   * How the package reaches Zendesk when Baton does not write the ticket itself: a Sunshine
   * `passControl` to Agent Workspace carrying it as metadata (Zendesk then creates the ticket).
   */
  delivery?: { via: 'sunshine-pass'; appId: string; conversationId: string; firstMessageId?: string; passTo: string };
  createdAt: string;
  updatedAt: string;
};

export type ClaimResult =
  | { ok: true; record: HandoffRecord }
  | { ok: false; reason: 'already_claimed'; claimedBy: NonNullable<HandoffRecord['claimedBy']> }
  | { ok: false; reason: 'not_found' };

/** The agent's rating of the context, from the sidebar. */
export type ContextFeedback = {
  ticketId: number;
  handoffId: string;
  rating: 'complete' | 'partial' | 'missing';
  missingFields: string[];
  hadToReAsk: boolean;
  comment?: string;
  agentId?: number;
  at: string;
};

/** Keeps handoffs. Redis adapter: webhooks/src/adapters/redis/; in-memory: webhooks/src/adapters/memory/. */
export interface HandoffStore {
  /** Creates the record unless one with the same handoff key exists; atomic. */
  createIfAbsent(record: HandoffRecord): Promise<{ created: boolean; record: HandoffRecord }>;
  get(tenantId: TenantId, id: string): Promise<HandoffRecord | undefined>;
  getByKey(tenantId: TenantId, handoffKey: string): Promise<HandoffRecord | undefined>;
  getByTicketId(tenantId: TenantId, ticketId: number): Promise<HandoffRecord | undefined>;
  /** Merges `patch` into the record; returns the new record. */
  update(
    tenantId: TenantId,
    id: string,
    patch: Partial<Omit<HandoffRecord, 'id' | 'tenantId'>>,
  ): Promise<HandoffRecord>;
  /** Atomically claims an unclaimed handoff; exactly one of many concurrent callers wins. */
  claim(tenantId: TenantId, id: string, by: NonNullable<HandoffRecord['claimedBy']>, at: string): Promise<ClaimResult>;
  /** Returns a claimed handoff to the queue. */
  release(tenantId: TenantId, id: string): Promise<HandoffRecord | undefined>;
  /** Unclaimed handoffs, oldest first. */
  listUnclaimed(tenantId: TenantId, limit?: number): Promise<HandoffRecord[]>;
  /** How many unclaimed handoffs were created before `before` (all of them without it): the queue position, cheaply. */
  countUnclaimed(tenantId: TenantId, before?: string): Promise<number>;
  saveFeedback(tenantId: TenantId, feedback: ContextFeedback): Promise<void>;
  listFeedback(tenantId: TenantId, ticketId: number): Promise<ContextFeedback[]>;
}

export type TicketRef = { ticketId: number; created: boolean; url?: string };
export type TicketTarget = { ticketId?: number; groupId?: number; handoffId: string; handoffKey: string };

/** Writes a handoff into the helpdesk. Zendesk adapter: webhooks/src/adapters/zendesk/ticket-desk.ts */
export interface TicketDesk {
  upsertHandoffTicket(pkg: HandoffPackage, target: TicketTarget): Promise<TicketRef>;
  /** Assigns the ticket to the agent with this email; throws when the helpdesk refuses. */
  assign(ticketId: number, agentEmail: string): Promise<{ assigneeId: number }>;
  /** Removes the assignee (used when a claim is released). */
  unassign(ticketId: number): Promise<void>;
  ticketUrl(ticketId: number): string;
}

/** Posts and updates escalation alerts in chat. Slack adapter: apps/slack-bot. */
export interface ChatNotifier {
  postAlert(record: HandoffRecord): Promise<AlertRef>;
  updateAlert(record: HandoffRecord): Promise<void>;
}

/** Turns an event into a package: heuristic (core) or LLM (falls back to heuristic). */
export interface Summarizer {
  /** Validates the event (throws ValidationError) and returns its package. */
  summarize(event: HandoffEventInput): Promise<HandoffPackage>;
}

export type JobName = 'summarize' | 'ticket' | 'notify' | 'remind' | 'digest';
export type JobOptions = { delayMs?: number; jobId?: string };

/** Queues work. BullMQ adapter and an in-process one. */
export interface JobQueue {
  enqueue(
    name: JobName,
    data: { tenantId: TenantId; handoffId: string; [key: string]: unknown },
    options?: JobOptions,
  ): Promise<void>;
  /** Removes a pending (e.g. delayed reminder) job; no-op if absent. */
  cancel(name: JobName, jobId: string): Promise<void>;
  /** Jobs waiting or delayed, for the estimated wait and readiness. */
  counts(): Promise<{ waiting: number; active: number; delayed: number; failed: number }>;
}

/** Time, injected so tests can move it. */
export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

/** What happened to a handoff (or a bot-resolved conversation), for analytics. Appended once per `id`. */
export type LifecycleKind =
  | 'conversation_resolved'
  | 'handoff_received'
  | 'ticket_written'
  | 'alert_posted'
  | 'claimed'
  | 'released'
  | 'reminder_sent'
  | 'sla_breached'
  | 'first_agent_reply'
  | 'solved'
  | 'reopened'
  | 'satisfaction_rated'
  | 'context_feedback';

export type LifecycleEvent = {
  /** Dedupe key: the same fact delivered twice (a retried webhook) carries the same id and counts once. */
  id: string;
  tenantId: TenantId;
  kind: LifecycleKind;
  /** ISO 8601 time the fact happened (not when it was recorded). */
  at: string;
  handoffId?: string;
  conversationId?: string;
  ticketId?: number;
  /** Dimensions and values: bot, intent, reason, channel, priority, team, customerKey, score, agent, fields... */
  data: Record<string, unknown>;
};

/** Append-only log of lifecycle events; analytics derive every figure from it. */
export interface EventLog {
  /** Appends unless an event with this id exists; true when appended. */
  append(event: LifecycleEvent): Promise<boolean>;
  /** Events of a tenant in [from, to), oldest first. */
  list(tenantId: TenantId, from: string, to: string): Promise<LifecycleEvent[]>;
}
