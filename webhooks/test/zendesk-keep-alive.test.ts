import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { summarize } from '@baton/core';
import { describe, expect, it } from 'vitest';
import { createZendeskSandbox } from '../src/sandbox/zendesk-sandbox';
import { createZendeskTicketDesk } from '../src/adapters/zendesk/ticket-desk';

describe('Zendesk calls on keep-alive connections', () => {
  it('reuses one connection for calls one after another, and reads answers and errors as before', async () => {
    const sandbox = createZendeskSandbox();
    const server = createServer(express().use('/api/v2', sandbox.router));
    let connections = 0;
    server.on('connection', () => connections++);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v2`;
      const desk = createZendeskTicketDesk({ endpointUri: url, agentTicketUrl: (id) => `t/${id}` });
      const ids = await desk.ensureFields(true);
      expect(Object.values(ids).every((id) => typeof id === 'number')).toBe(true);
      const pkgTarget = { handoffId: 'h_ka', handoffKey: 'c-ka' };
      const pkg = summarize({ conversationId: 'c-ka', messages: [{ role: 'customer', text: 'agent please' }] });
      const first = await desk.upsertHandoffTicket(pkg, pkgTarget);
      const again = await desk.upsertHandoffTicket(pkg, pkgTarget);
      expect(first.created).toBe(true);
      expect(again).toMatchObject({ ticketId: first.ticketId, created: false });
      await expect(desk.assign(first.ticketId, 'nobody@example.com')).rejects.toMatchObject({ status: 422 });
      expect(connections).toBe(1);
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });
});
