// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from './App';
import { formatTime } from './components/TranscriptSection';
import { createFakeZafClient } from '../test/fake-zaf-client';
import { examplePackage, exampleRecord } from '../test/package-fixture';
import type { ZafRequestOptions } from './zaf/zaf-client';

afterEach(cleanup);

function serveRecord(body: unknown = exampleRecord()) {
  return (req: ZafRequestOptions) => {
    if (req.type === 'GET') return body;
    return { ok: true };
  };
}

async function renderLoaded(respond = serveRecord(), extra: Parameters<typeof createFakeZafClient>[0] = {}) {
  const fake = createFakeZafClient({ respond, ...extra });
  const copy = vi.fn(async (_text: string) => {});
  render(<App client={fake.client} locale="en-US" copy={copy} />);
  return { ...fake, copy };
}

describe('sidebar app with a handoff', () => {
  it('shows reason, priority, who claimed it, summary, customer, tried steps, facts, next steps and greeting in order', async () => {
    const pkg = examplePackage();
    await renderLoaded();
    const handoff = await screen.findByTestId('handoff');
    expect(within(handoff).getByTestId('priority-badge').textContent).toBe('Priority: High');
    expect(handoff.textContent).toContain('Customer asked for a person');
    expect(handoff.textContent).toContain(pkg.reason.detail);
    expect(handoff.textContent).toContain('Claimed by Ana Agent');
    expect(screen.getByTestId('summary').textContent).toContain(pkg.summary);
    expect(screen.getByTestId('customer-card').textContent).toContain('Jane Doe');
    expect(screen.getByTestId('customer-card').textContent).toContain('pro');
    const attempted = screen.getByTestId('attempted');
    expect(attempted.textContent).toContain('✓verify_card_on_file (worked)');
    expect(attempted.textContent).toContain('✗retry_renewal_charge (failed)');
    expect(screen.getByTestId('provided').textContent).toContain('order ORD-88213');
    expect(screen.getByTestId('next-steps').querySelectorAll('li')).toHaveLength(pkg.nextSteps.length);
    expect(screen.getByTestId('greeting').textContent).toContain(pkg.suggestedGreeting);

    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    const order = [
      'Bot handoff',
      'Summary',
      'Customer',
      'Already done',
      'Customer told us',
      'Details to copy',
      'Next steps',
      'Suggested greeting',
      'Context completeness',
      'Was this context enough?',
    ];
    expect(headings.filter((h) => order.includes(h ?? ''))).toEqual(order);
  });

  it('loads the handoff with a ZAF signed request (HS256 JWT from the secure setting)', async () => {
    const { requests } = await renderLoaded();
    await screen.findByTestId('handoff');
    expect(requests[0]).toMatchObject({
      url: 'https://baton.example.com/v1/tickets/4521/handoff',
      type: 'GET',
      secure: true,
      cors: false,
      headers: { Authorization: 'Bearer {{jwt.token}}' },
      jwt: { algorithm: 'HS256', secret_key: '{{setting.shared_secret}}' },
    });
  });

  it('inserts the suggested greeting into the reply editor', async () => {
    const { invocations } = await renderLoaded();
    await userEvent.click(await screen.findByRole('button', { name: 'Insert into reply' }));
    expect(invocations).toContainEqual({ name: 'ticket.editor.insert', args: [examplePackage().suggestedGreeting] });
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Greeting inserted into your reply.'));
  });

  it('copies an entity chip on click and says so to screen readers', async () => {
    const { copy } = await renderLoaded();
    const chips = await screen.findByTestId('entities');
    const names = within(chips)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(names).toEqual(
      expect.arrayContaining(['ORD-88213', 'payment_method_declined', 'jane@example.com', '$149', '••••4242']),
    );
    await userEvent.click(within(chips).getByRole('button', { name: 'Copy ORD-88213' }));
    expect(copy).toHaveBeenCalledWith('ORD-88213');
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Copied ORD-88213'));
  });

  it('shows the completeness meter with what is missing', async () => {
    const pkg = examplePackage();
    await renderLoaded();
    const meter = await screen.findByTestId('completeness');
    const percent = Math.round(pkg.completeness.score * 100);
    expect(meter.textContent).toContain(`${percent}% complete`);
    expect(within(meter).getByRole('progressbar').getAttribute('aria-valuenow')).toBe(String(percent));
  });

  it('posts partial feedback with the missing fields and the re-ask flag, signed', async () => {
    const { requests } = await renderLoaded();
    await screen.findByTestId('feedback');
    const send = screen.getByRole('button', { name: 'Send feedback' });
    expect((send as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(screen.getByLabelText('Partial'));
    await userEvent.click(screen.getByLabelText('order details'));
    await userEvent.click(screen.getByLabelText('I had to ask the customer again'));
    await userEvent.type(screen.getByLabelText('Comment (optional)'), 'needed the invoice');
    await userEvent.click(send);
    await screen.findByText('Thanks, your feedback was sent.');
    const post = requests.find((r) => r.type === 'POST');
    expect(post).toMatchObject({
      url: 'https://baton.example.com/v1/tickets/4521/feedback',
      secure: true,
      contentType: 'application/json',
      jwt: { algorithm: 'HS256', secret_key: '{{setting.shared_secret}}' },
    });
    expect(JSON.parse(post?.data ?? '{}')).toEqual({
      handoffId: 'h_01',
      rating: 'partial',
      missingFields: ['order details'],
      hadToReAsk: true,
      comment: 'needed the invoice',
    });
  });

  it('says so when feedback cannot be sent, and keeps the form', async () => {
    await renderLoaded((req) => {
      if (req.type === 'GET') return exampleRecord();
      throw { status: 503 };
    });
    await userEvent.click(await screen.findByLabelText('Complete'));
    await userEvent.click(screen.getByRole('button', { name: 'Send feedback' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Feedback could not be sent. Try again.');
    expect(screen.getByRole('button', { name: 'Send feedback' })).toBeTruthy();
  });

  it('keeps the transcript collapsed until opened, then filters it by search', async () => {
    const pkg = examplePackage();
    await renderLoaded();
    const header = await screen.findByRole('button', { name: `Transcript (${pkg.transcript.length} messages)` });
    expect(header.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(header);
    expect(header.getAttribute('aria-expanded')).toBe('true');
    const transcript = screen.getByTestId('transcript');
    expect(transcript.querySelectorAll('li[data-role]')).toHaveLength(pkg.transcript.length);
    expect(transcript.textContent).toContain('Customer');
    const firstAt = pkg.transcript[0]?.at ?? '';
    expect(transcript.querySelector('time')?.getAttribute('dateTime')).toBe(firstAt);
    expect(transcript.querySelector('time')?.textContent).toBe(formatTime(firstAt, 'en-US'));
    expect(formatTime('2026-01-19T14:04:00Z', 'en-GB')).toMatch(/^\d\d:04$/);
    await userEvent.type(screen.getByLabelText('Search the transcript'), 'real person');
    const shown = transcript.querySelectorAll('li[data-role]');
    expect(shown).toHaveLength(1);
    expect(shown[0]?.querySelector('mark')?.textContent).toBe('real person');
    await userEvent.type(screen.getByLabelText('Search the transcript'), 'zzz');
    expect(screen.getByText('No message matches.')).toBeTruthy();
  });

  it('refreshes when the agent comes back to the ticket, keeping the page', async () => {
    let record: ReturnType<typeof exampleRecord> = { ...exampleRecord(), claimedBy: undefined as never };
    const { trigger } = await renderLoaded((req) => (req.type === 'GET' ? record : { ok: true }));
    expect((await screen.findByTestId('reason')).textContent).toContain('Not claimed yet');
    record = exampleRecord();
    trigger('app.activated');
    await waitFor(() => expect(screen.getByTestId('reason').textContent).toContain('Claimed by Ana Agent'));
  });

  it('resizes the iframe to its content', async () => {
    const { invocations } = await renderLoaded();
    await screen.findByTestId('handoff');
    const resize = invocations.find((i) => i.name === 'resize');
    expect(resize?.args[0]).toMatchObject({ width: '100%', height: expect.stringMatching(/^\d+px$/) });
  });

  it("speaks the agent's language (Spanish)", async () => {
    const fake = createFakeZafClient({ respond: serveRecord() });
    render(<App client={fake.client} locale="es-419" copy={async () => {}} />);
    expect((await screen.findByTestId('priority-badge')).textContent).toBe('Prioridad: Alta');
    expect(screen.getByRole('button', { name: 'Insertar en la respuesta' })).toBeTruthy();
    expect(screen.getByTestId('customer-card').textContent).toContain('Correo');
    await userEvent.click(screen.getByLabelText('Parcial'));
    await userEvent.click(screen.getByLabelText('datos del pedido'));
    await userEvent.click(screen.getByRole('button', { name: 'Enviar opinión' }));
    await screen.findByText('Gracias, tu opinión se ha enviado.');
    const post = fake.requests.find((r) => r.type === 'POST');
    // Labels follow the agent's language; the values the service counts stay canonical.
    expect(JSON.parse(post?.data ?? '{}')).toMatchObject({ rating: 'partial', missingFields: ['order details'] });
  });
});

describe('sidebar app states', () => {
  it('says loading while the service answers', async () => {
    await renderLoaded(() => new Promise(() => {}));
    expect(screen.getByTestId('loading').textContent).toContain('Loading the handoff…');
  });

  it('says there is no handoff when the service answers 404', async () => {
    await renderLoaded(() => {
      throw { status: 404 };
    });
    expect((await screen.findByTestId('status-info')).textContent).toContain('No bot handoff for this ticket');
  });

  it('shows the Baton ticket fields when the service cannot be reached', async () => {
    await renderLoaded(
      () => {
        throw { status: 0, statusText: 'error' };
      },
      {
        values: {
          ticketFields: [
            { name: 'custom_field_901', label: 'Baton handoff reason' },
            { name: 'custom_field_902', label: 'Baton intent' },
            { name: 'custom_field_903', label: 'Baton completeness' },
            { name: 'priority', label: 'Priority' },
          ],
          'ticket.customField:custom_field_901': 'customer_requested',
          'ticket.customField:custom_field_902': 'billing.payment_failed',
          'ticket.customField:custom_field_903': '',
        },
      },
    );
    expect((await screen.findByTestId('status-warning')).textContent).toContain('cannot be reached');
    const fields = screen.getByTestId('fallback-fields');
    expect(fields.textContent).toContain('Baton handoff reasoncustomer_requested');
    expect(fields.textContent).toContain('Baton intentbilling.payment_failed');
    expect(fields.textContent).not.toContain('Baton completeness');
  });

  it('names the missing setting when the app is not configured', async () => {
    await renderLoaded(serveRecord(), { settings: {} });
    expect((await screen.findByTestId('status-error')).textContent).toContain('service_url');
  });

  it('names the field when the service answers with a malformed package', async () => {
    const bad = exampleRecord();
    await renderLoaded(serveRecord({ ...bad, package: { ...bad.package, priority: 'extreme' } }));
    expect((await screen.findByTestId('status-error')).textContent).toContain('priority');
  });

  it('says the handoff is being prepared when the record has no package yet', async () => {
    const { package: _pkg, ...record } = exampleRecord();
    await renderLoaded(serveRecord({ ...record, status: 'queued' }));
    expect((await screen.findByTestId('status-info')).textContent).toContain('still being prepared');
  });

  it('accepts a bare package as well as a record', async () => {
    await renderLoaded(serveRecord(examplePackage()));
    expect((await screen.findByTestId('handoff')).textContent).toContain('Not claimed yet');
  });
});
