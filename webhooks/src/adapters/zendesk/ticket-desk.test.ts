import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { summarize } from '@baton/core';
import { ZendeskApiError } from '../../errors';
import { createZendeskTicketDesk } from './ticket-desk';
import { renderInternalNote } from './internal-note';

const ZD = 'https://acme.zendesk.com';
const pkg = summarize({
  conversationId: 'c-1',
  customer: { name: 'Jane <b>Doe</b>', email: 'jane@example.com' },
  messages: [{ role: 'customer', text: 'refund <script>alert(1)</script> order ORD-1 please, agent' }],
});
const desk = () =>
  createZendeskTicketDesk({
    endpointUri: `${ZD}/api/v2`,
    agentTicketUrl: (id) => `${ZD}/agent/tickets/${id}`,
    username: 'bot@acme.test',
    token: 't',
  });
const fieldsReply = {
  ticket_fields: [
    { id: 11, title: 'Baton handoff reason' },
    { id: 12, title: 'Baton handoff id' },
  ],
  next_page: null,
};

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('Zendesk TicketDesk (node-zendesk at the HTTP boundary)', () => {
  it('creates a ticket with requester, external_id, priority, tags, fields found by title and an internal note', async () => {
    let created: { ticket: Record<string, unknown> } | undefined;
    nock(ZD).get('/api/v2/ticket_fields.json').reply(200, fieldsReply);
    nock(ZD).get('/api/v2/tickets.json').query(true).reply(200, { tickets: [], next_page: null });
    nock(ZD)
      .post('/api/v2/tickets.json', (b) => ((created = b), true))
      .reply(201, { ticket: { id: 77 } });
    const ref = await desk().upsertHandoffTicket(pkg, { handoffId: 'h_1', handoffKey: 'c-1' });
    expect(ref).toEqual({ ticketId: 77, created: true, url: `${ZD}/agent/tickets/77` });
    const t = created!.ticket;
    expect(t).toMatchObject({ external_id: 'c-1', priority: pkg.priority, requester: { email: 'jane@example.com' } });
    expect(t.tags).toEqual(['baton_handoff', `baton_reason_${pkg.reason.code}`, `baton_priority_${pkg.priority}`]);
    expect(t.custom_fields).toEqual([
      { id: 11, value: `baton_reason_${pkg.reason.code}` },
      { id: 12, value: 'h_1' },
    ]);
    expect(t.comment).toMatchObject({ public: false });
  });

  it('finds the ticket of a retried handoff by external_id and does not add the note twice', async () => {
    let update: { ticket: Record<string, unknown> } | undefined;
    nock(ZD).get('/api/v2/ticket_fields.json').reply(200, fieldsReply);
    nock(ZD)
      .get('/api/v2/tickets.json')
      .query(true)
      .reply(200, { tickets: [{ id: 77, external_id: 'c-1' }], next_page: null });
    nock(ZD)
      .get('/api/v2/tickets/77/comments.json')
      .reply(200, { comments: [{ html_body: '<p data-baton-handoff="h_1">x</p>' }], next_page: null });
    nock(ZD)
      .put('/api/v2/tickets/77.json', (b) => ((update = b), true))
      .reply(200, { ticket: { id: 77 } });
    const ref = await desk().upsertHandoffTicket(pkg, { handoffId: 'h_1', handoffKey: 'c-1' });
    expect(ref.created).toBe(false);
    expect(update!.ticket.comment).toBeUndefined();
    expect(update!.ticket.additional_tags).toContain('baton_handoff');
  });

  it('429 with Retry-After becomes a ZendeskApiError carrying the wait', async () => {
    nock(ZD)
      .get('/api/v2/users/search.json')
      .query(true)
      .reply(200, { users: [{ id: 5, role: 'agent' }], next_page: null });
    nock(ZD).put('/api/v2/tickets/9.json').reply(429, { error: 'APIRateLimitExceeded' }, { 'Retry-After': '7' });
    const err = await desk()
      .assign(9, 'a@acme.test')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZendeskApiError);
    expect(err).toMatchObject({ status: 429, retryAfterMs: 7000 });
  });

  it('a 429 on a list request is a ZendeskApiError 429 too (node-zendesk hides its Retry-After there)', async () => {
    nock(ZD).get('/api/v2/ticket_fields.json').reply(429, { error: 'APIRateLimitExceeded' }, { 'Retry-After': '7' });
    const err = await desk()
      .upsertHandoffTicket(pkg, { handoffId: 'h_1', handoffKey: 'c-1' })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 429 });
  });

  it.each([
    [500, 500],
    [422, 422],
  ])('HTTP %i becomes a ZendeskApiError with that status', async (status, expected) => {
    nock(ZD)
      .get('/api/v2/users/search.json')
      .query(true)
      .reply(200, { users: [{ id: 5, role: 'agent' }], next_page: null });
    nock(ZD).put('/api/v2/tickets/9.json').reply(status, { error: 'x' });
    await expect(desk().assign(9, 'a@acme.test')).rejects.toMatchObject({ status: expected });
  });

  it('a network error becomes a retryable ZendeskApiError', async () => {
    nock(ZD).get('/api/v2/users/search.json').query(true).replyWithError('ECONNRESET');
    const err = await desk()
      .assign(9, 'a@acme.test')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZendeskApiError);
    expect((err as ZendeskApiError).status).toBeGreaterThanOrEqual(500);
  });

  it('assign refuses, in words, an email that is no Zendesk agent', async () => {
    nock(ZD).get('/api/v2/users/search.json').query(true).reply(200, { users: [], next_page: null });
    await expect(desk().assign(9, 'ghost@acme.test')).rejects.toThrow('No Zendesk agent has the email ghost@acme.test');
  });

  it('the internal note escapes everything the customer wrote', () => {
    const html = renderInternalNote(pkg, 'h_1');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('Jane &lt;b&gt;Doe&lt;/b&gt;');
  });
});
