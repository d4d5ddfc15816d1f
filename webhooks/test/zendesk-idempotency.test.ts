import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { summarize } from '@baton/core';
import { describe, expect, it } from 'vitest';
import { createZendeskSandbox } from '../src/sandbox/zendesk-sandbox';
import { createZendeskTicketDesk } from '../src/adapters/zendesk/ticket-desk';
import { idempotencyHeaders } from '../src/adapters/zendesk/idempotency-key';

/** The sandbox behind a lookup that finds nothing, as Zendesk's list by external_id does before it catches up. */
async function withStaleLookup<T>(run: (url: string, seen: string[]) => Promise<T>, sandbox = createZendeskSandbox()) {
  const seen: string[] = [];
  const app = express()
    .use((req, _res, next) => {
      if (req.method === 'POST' && req.path === '/api/v2/tickets.json') seen.push(req.get('idempotency-key') ?? '');
      next();
    })
    .get('/api/v2/tickets.json', (req, res, next) =>
      req.query.external_id ? res.json({ tickets: [], next_page: null, previous_page: null, count: 0 }) : next(),
    )
    .use('/api/v2', sandbox.router);
  const server = createServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    return await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v2`, seen);
  } finally {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
}

describe('ticket creation with an Idempotency-Key', () => {
  it('two runs that both miss the lookup make one ticket', async () => {
    const sandbox = createZendeskSandbox();
    await withStaleLookup(async (url, seen) => {
      const desk = createZendeskTicketDesk({ endpointUri: url, agentTicketUrl: (id) => `t/${id}` });
      await desk.ensureFields(true);
      const pkg = summarize({ conversationId: 'c-idem', messages: [{ role: 'customer', text: 'agent please' }] });
      const target = { handoffId: 'h_idem', handoffKey: 'c-idem' };
      const first = await desk.upsertHandoffTicket(pkg, target);
      const second = await desk.upsertHandoffTicket(pkg, target);
      expect(second.ticketId).toBe(first.ticketId);
      expect(sandbox.tickets.size).toBe(1);
      expect(seen).toHaveLength(2);
      expect(seen[0]).toMatch(/^baton-[0-9a-f]{40}$/);
      expect(seen[1]).toBe(seen[0]);
      // another handoff, another key, another ticket
      const other = summarize({ conversationId: 'c-other', messages: [{ role: 'customer', text: 'agent please' }] });
      const third = await desk.upsertHandoffTicket(other, { handoffId: 'h_other', handoffKey: 'c-other' });
      expect(third.ticketId).not.toBe(first.ticketId);
      expect(seen[2]).not.toBe(seen[0]);
    }, sandbox);
  });

  it('the stand-in answers 400 when a key comes back with another payload, as Zendesk does', async () => {
    await withStaleLookup(async (url) => {
      const post = (subject: string) =>
        fetch(`${url}/tickets.json`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': 'k-1' },
          body: JSON.stringify({ ticket: { subject, external_id: 'x' } }),
        });
      const a = await post('one');
      const b = await post('one');
      const c = await post('two');
      expect(a.status).toBe(201);
      expect(b.headers.get('x-idempotency-lookup')).toBe('hit');
      expect(((await b.json()) as { ticket: { id: number } }).ticket.id).toBe(
        ((await a.json()) as { ticket: { id: number } }).ticket.id,
      );
      expect(c.status).toBe(400);
    });
  });

  it('only ticket creations carry a key', () => {
    const body = JSON.stringify({ ticket: { external_id: 'c-1' } });
    expect(idempotencyHeaders('POST', 'https://a.zendesk.com/api/v2/tickets.json', body)).toHaveProperty(
      'Idempotency-Key',
    );
    expect(idempotencyHeaders('PUT', 'https://a.zendesk.com/api/v2/tickets/1.json', body)).toEqual({});
    expect(idempotencyHeaders('POST', 'https://a.zendesk.com/api/v2/ticket_fields.json', body)).toEqual({});
    expect(idempotencyHeaders('POST', 'https://a.zendesk.com/api/v2/tickets.json', '{"ticket":{}}')).toEqual({});
  });
});
