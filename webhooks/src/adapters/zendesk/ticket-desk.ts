import zendesk from 'node-zendesk';
import type { HandoffPackage, TicketDesk, TicketRef, TicketTarget } from '@baton/core';
import { ZendeskApiError } from '../../errors';
import { BATON_FIELDS, fieldDefinition, reasonOptionValue, type BatonField } from './ticket-fields';
import { renderInternalNote } from './internal-note';
import { createKeepAliveTransport } from './keep-alive-transport';
import { idempotencyHeaders } from './idempotency-key';
import { RateGate } from './rate-gate';

type Client = ReturnType<typeof zendesk.createClient>;
type AnyTicket = { id: number; external_id?: string | null; tags?: string[] };

export type ZendeskDeskOptions = {
  /** https://<subdomain>.zendesk.com/api/v2, or the sandbox's URL. */
  endpointUri: string;
  /** Where agents open a ticket: https://<subdomain>.zendesk.com/agent/tickets/ or the sandbox ticket page. */
  agentTicketUrl: (ticketId: number) => string;
  username?: string;
  token?: string;
  oauthToken?: string;
  /** Called with each Zendesk error status, for metrics. */
  onError?: (status: number) => void;
};

/** Turns node-zendesk's outcomes into ZendeskApiError: thrown 4xx/5xx, and the 429 it resolves with. */
async function call<T>(fn: () => Promise<T>, onError?: (status: number) => void, gate?: RateGate): Promise<T> {
  await gate?.enter();
  try {
    return await callOnce(fn, onError);
  } catch (err) {
    if (err instanceof ZendeskApiError && err.status === 429) gate?.pause(err.retryAfterMs ?? 10_000);
    throw err;
  } finally {
    gate?.leave();
  }
}

async function callOnce<T>(fn: () => Promise<T>, onError?: (status: number) => void): Promise<T> {
  let out: T;
  try {
    out = await fn();
  } catch (err) {
    const status = Number((err as { statusCode?: number }).statusCode ?? 0);
    onError?.(status || 599);
    throw new ZendeskApiError(status || 503, `Zendesk request failed: ${(err as Error).message}`, undefined, {
      cause: err,
    });
  }
  // list endpoints (getAll) resolve with the Error inside the array, without the Retry-After value
  if (Array.isArray(out)) {
    const failed = out.find((x): x is Error & { statusCode?: number } => x instanceof Error);
    if (failed) {
      const status = failed.statusCode ?? 429;
      onError?.(status);
      throw new ZendeskApiError(
        status === 503 ? 429 : status,
        `Zendesk rate limit on a list request: ${failed.message}`,
        1000,
      );
    }
  }
  const result = (out as { result?: unknown })?.result;
  if (result instanceof Error) {
    const response = (out as { response?: { status?: number; headers?: { get(name: string): string | null } } })
      .response;
    const status = response?.status ?? 429;
    const retryAfterSec = Number(response?.headers?.get('retry-after') ?? 10);
    onError?.(status);
    throw new ZendeskApiError(
      status === 503 ? 429 : status,
      `Zendesk rate limit: retry after ${retryAfterSec} s`,
      Math.max(0, retryAfterSec) * 1000,
    );
  }
  return out;
}

/**
 * The Zendesk adapter of the TicketDesk port, through node-zendesk. Creates the handoff's ticket
 * (looked up by external_id = handoff key first, so a retry never makes a second one, and created with
 * an `Idempotency-Key` from that key, so two runs racing past the lookup make one) or updates the
 * one the bot named, with Baton's custom fields (found by title and cached), priority, tags, an
 * optional group and the internal note.
 */
export function createZendeskTicketDesk(
  options: ZendeskDeskOptions,
): TicketDesk & { ensureFields(create: boolean): Promise<Record<BatonField, number | undefined>>; client: Client } {
  const client = zendesk.createClient({
    username: options.username ?? 'sandbox@example.com',
    token: options.oauthToken ?? options.token ?? 'sandbox',
    ...(options.oauthToken ? { useOAuth: true } : {}),
    endpointUri: options.endpointUri,
    throwOriginalException: true,
    transportConfig: createKeepAliveTransport({ headersFor: idempotencyHeaders }),
  } as Parameters<typeof zendesk.createClient>[0]);
  // node-zendesk looks each resource up by its class as a property key, the class's source text made
  // a string on every access (~2% of the worker's CPU): each resource is taken once (it keeps one instance of each anyway)
  const tickets = client.tickets;
  let fieldIds: Record<BatonField, number | undefined> | undefined;
  const gate = new RateGate();

  async function ensureFields(create: boolean): Promise<Record<BatonField, number | undefined>> {
    const existing = (await call(() => client.ticketfields.list(), options.onError, gate)) as Array<{
      id: number;
      title: string;
    }>;
    const ids = {} as Record<BatonField, number | undefined>;
    for (const key of Object.keys(BATON_FIELDS) as BatonField[]) {
      let found = existing.find((f) => f.title === BATON_FIELDS[key].title)?.id;
      if (found === undefined && create) {
        const made = (await call(
          () => client.ticketfields.create({ ticket_field: fieldDefinition(key) }),
          options.onError,
          gate,
        )) as { result?: { id: number } };
        found = made.result?.id;
      }
      ids[key] = found;
    }
    fieldIds = ids;
    return ids;
  }

  async function fields(pkg: HandoffPackage, handoffId: string) {
    const ids = fieldIds ?? (await ensureFields(false));
    const values: Record<BatonField, string | number> = {
      reason: reasonOptionValue(pkg.reason.code),
      intent: pkg.intent.label,
      sentiment: `${pkg.sentiment.label} (${pkg.sentiment.trend})`,
      confidence: pkg.intent.confidence,
      completeness: pkg.completeness.score,
      handoffId,
    };
    return (Object.keys(values) as BatonField[])
      .filter((k) => ids[k] !== undefined)
      .map((k) => ({ id: ids[k]!, value: values[k] }));
  }

  return {
    client,
    ensureFields,
    async upsertHandoffTicket(pkg: HandoffPackage, target: TicketTarget): Promise<TicketRef> {
      const tags = ['baton_handoff', `baton_reason_${pkg.reason.code}`, `baton_priority_${pkg.priority}`];
      const note = { html_body: renderInternalNote(pkg, target.handoffId), public: false };
      const common = {
        priority: pkg.priority,
        custom_fields: await fields(pkg, target.handoffId),
        ...(target.groupId ? { group_id: target.groupId } : {}),
      };
      let existing: AnyTicket | undefined;
      if (target.ticketId) existing = { id: target.ticketId };
      else {
        const found = (await call(
          () => tickets.listWithFilter('external_id', target.handoffKey),
          options.onError,
          gate,
        )) as AnyTicket[];
        existing = found.find((t) => t.external_id === target.handoffKey);
      }
      if (existing) {
        const comments = (await call(() => tickets.getComments(existing.id), options.onError, gate)) as Array<{
          html_body?: string;
        }>;
        const noted = comments.some((c) => c.html_body?.includes(`data-baton-handoff="${target.handoffId}"`));
        await call(
          () =>
            tickets.update(existing.id, {
              ticket: { ...common, additional_tags: tags, ...(noted ? {} : { comment: note }) },
            } as never),
          options.onError,
          gate,
        );
        return { ticketId: existing.id, created: false, url: options.agentTicketUrl(existing.id) };
      }
      const c = pkg.customer;
      const subject =
        `${pkg.reason.code.replace(/_/g, ' ')}: ${pkg.summary.split(/(?<=[.!?])\s/)[0] ?? 'Bot handoff'}`.slice(0, 150);
      const created = (await call(
        () =>
          tickets.create({
            ticket: {
              subject,
              external_id: target.handoffKey,
              tags,
              comment: note,
              ...(c.email ? { requester: { email: c.email, name: c.name ?? c.email } } : {}),
              ...common,
            },
          } as never),
        options.onError,
        gate,
      )) as { result: { id: number } };
      return { ticketId: created.result.id, created: true, url: options.agentTicketUrl(created.result.id) };
    },

    async assign(ticketId: number, agentEmail: string) {
      const users = (await call(
        () => client.users.search({ query: `email:${agentEmail}` }),
        options.onError,
        gate,
      )) as Array<{ id: number; role?: string }>;
      const agent = users.find((u) => u.role !== 'end-user') ?? users[0];
      if (!agent) throw new ZendeskApiError(422, `No Zendesk agent has the email ${agentEmail}`);
      await call(() => tickets.update(ticketId, { ticket: { assignee_id: agent.id } } as never), options.onError, gate);
      return { assigneeId: agent.id };
    },

    async unassign(ticketId: number) {
      await call(() => tickets.update(ticketId, { ticket: { assignee_id: null } } as never), options.onError, gate);
    },

    ticketUrl: options.agentTicketUrl,
  };
}
