import { createHash } from 'node:crypto';

/**
 * The `Idempotency-Key` Zendesk documents for ticket creation: the same key within its window answers
 * with the ticket the first request made, instead of a second one. Baton's key is the handoff key (the
 * ticket's `external_id`), so two workers that both missed the lookup by `external_id` (a stalled job
 * run again while the first run is still writing) still make one ticket. node-zendesk's `tickets.create`
 * takes no headers, so the transport asks this for each request.
 */
export function idempotencyHeaders(method: string, uri: string, body: string | undefined): Record<string, string> {
  if (method !== 'POST' || body === undefined || !new URL(uri).pathname.endsWith('/tickets.json')) return {};
  let externalId: unknown;
  try {
    externalId = (JSON.parse(body) as { ticket?: { external_id?: unknown } }).ticket?.external_id;
  } catch {
    return {};
  }
  return typeof externalId === 'string' && externalId.length > 0
    ? { 'Idempotency-Key': `baton-${createHash('sha256').update(externalId).digest('hex').slice(0, 40)}` }
    : {};
}
