import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Router } from 'express';
import type { ServiceDeps } from '../deps';
import { signHandoff } from '../http/signatures';
import type { SandboxChatNotifier } from './sandbox-chat';
import { claimHandoff, releaseHandoff } from './claim';
import { simulate, simulateOptionsSchema } from '../analytics/simulate';
import { SANDBOX_SECRETS } from '../config';

const COLOURS: Record<string, string> = { urgent: '#E01E5A', high: '#F2952F', normal: '#ECB22E', low: '#9AA0A6' };
const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The sandbox page (`npm start`): send a shipped example handoff through the real, signed HTTP
 * endpoint, watch it become a Zendesk ticket (sandbox) and a chat alert with its colour bar, claim
 * it (which assigns the ticket), and open the ticket page with the sidebar app beside it.
 */
export function createSandboxPage(
  deps: ServiceDeps,
  chat: SandboxChatNotifier,
  options: { examplesDir: string; signingSecret: string },
): Router {
  const router = express.Router();
  const examples = () =>
    readdirSync(options.examplesDir)
      .filter((f) => f.endsWith('.json'))
      .sort();

  router.get('/', (req, res) => {
    const alerts = [...chat.alerts.values()].sort((a, b) => (a.ts < b.ts ? 1 : -1));
    const rows = alerts
      .map(({ record: r, channel, history }) => {
        const p = r.package;
        const colour = COLOURS[r.priority ?? 'normal'];
        const tried = (p?.attempted ?? [])
          .slice(0, 4)
          .map((a) => `${a.outcome === 'succeeded' ? '✓' : a.outcome === 'failed' ? '✗' : '?'} ${esc(a.step)}`)
          .join('<br>');
        const claim = r.claimedBy
          ? `<form method="post" action="release/${esc(r.id)}"><span>Claimed by <b>${esc(r.claimedBy.name ?? r.claimedBy.email)}</b></span> <button>Release</button></form>`
          : `<form method="post" action="claim/${esc(r.id)}"><select name="email"><option value="agent@example.com">Alex Agent</option><option value="sam@example.com">Sam Support</option></select> <button class="primary">Claim</button></form>`;
        return `<article style="border-left:6px solid ${colour}"><header><b>${esc(channel)}</b> · ${esc(p?.reason.code.replace(/_/g, ' '))} · <b>${esc(r.priority)}</b> · ${esc(p?.customer.name ?? 'Customer')}${p?.customer.tier ? ` (${esc(p.customer.tier)})` : ''}</header>
<p>${esc(p?.summary)}</p><p class="small">${tried}</p><p class="small">Next: ${esc(p?.nextSteps[0])} · completeness ${Math.round((p?.completeness.score ?? 0) * 100)}%</p>
<footer>${claim} ${r.ticketId !== undefined ? `<a href="/sandbox/sidebar/ticket.html?ticket=${r.ticketId}">Open ticket #${r.ticketId} (with the sidebar)</a>` : ''}</footer>
${history.length ? `<p class="small">${history.map(esc).join('<br>')}</p>` : ''}</article>`;
      })
      .join('\n');
    const buttons = examples()
      .map(
        (f) => `<form method="post" action="send/${esc(f)}"><button>${esc(f.replace(/\.json$/, ''))}</button></form>`,
      )
      .join('');
    const notice = typeof req.query.msg === 'string' ? `<p class="notice">${esc(req.query.msg)}</p>` : '';
    res.type('html')
      .send(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Baton sandbox</title><meta name="viewport" content="width=device-width">
<style>body{font:14px system-ui,sans-serif;margin:2rem auto;max-width:60rem;color:#2f3941}article{background:#fff;border:1px solid #d8dcde;border-radius:4px;padding:.6rem 1rem;margin:.8rem 0}
form{display:inline}button{margin:.2rem;padding:.3rem .7rem;border:1px solid #1f73b7;border-radius:4px;background:#fff;color:#1f73b7;cursor:pointer}button.primary{background:#1f73b7;color:#fff}
.small{color:#68737d;font-size:12px}.notice{background:#edf7ff;padding:.5rem}</style></head><body>
<h1>Baton sandbox</h1><p>Nothing leaves this machine: Zendesk and Slack are local stand-ins. Send a shipped transcript through the real, signed <code>POST /v1/handoffs</code>:</p>
<div>${buttons}</div>
<p><form method="post" action="simulate"><button class="primary">Simulate a week</button></form> drives 7 days of handoffs from these transcripts through the real pipeline, with claims, agent replies (some re-asking), solves, reopens and ratings; then open the <a href="/admin/analytics?token=${SANDBOX_SECRETS.admin}">analytics dashboard</a>, or the same figures <a href="/sandbox/sidebar/nav.html?role=admin">as the Zendesk app's nav_bar page shows them to an admin</a>.</p>${notice}
<p><a href="/sandbox/slack">Slack (sandbox)</a> · <a href="/sandbox/connectors">Bot-platform connectors (replay Sunshine, Rasa, Botpress, Dialogflow CX, Bot Framework, Intercom)</a> · <a href="/sandbox/sidebar/ticket.html">Sandbox tickets with the sidebar app</a> · <a href="/sandbox/zendesk/api/v2/tickets.json">Zendesk API (JSON)</a> · <a href="/metrics">Metrics</a></p>
<h2>Escalation alerts</h2>${rows || '<p>No handoff yet: press an example above.</p>'}
</body></html>`);
  });

  router.post('/send/:file', async (req, res) => {
    const file = examples().find((f) => f === req.params.file);
    if (!file) return res.redirect(303, '/sandbox?msg=' + encodeURIComponent('No such example'));
    const event = JSON.parse(readFileSync(join(options.examplesDir, file), 'utf8')) as {
      conversationId: string;
      handoffKey?: string;
    };
    event.handoffKey = `${event.conversationId}:${Date.now()}`; // each press is a new escalation
    const body = JSON.stringify(event);
    const origin = `${req.protocol}://${req.get('host')}`;
    const r = await fetch(`${origin}/v1/handoffs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-handoff-signature': signHandoff(options.signingSecret, body) },
      body,
    });
    const answer = (await r.json()) as {
      customerMessage?: string;
      estimatedWaitMinutes?: number;
      error?: { message: string };
    };
    await new Promise((resolve) => setTimeout(resolve, 150));
    const msg = r.ok
      ? `${r.status}: the bot tells the customer "${answer.customerMessage}" (about ${answer.estimatedWaitMinutes} min).`
      : `${r.status}: ${answer.error?.message}`;
    res.redirect(303, '/sandbox?msg=' + encodeURIComponent(msg));
  });

  router.post('/simulate', express.urlencoded({ extended: false }), async (req, res) => {
    const parsed = simulateOptionsSchema.safeParse({ ...(req.query as object), ...((req.body as object) ?? {}) });
    if (!parsed.success) {
      const message = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      if ((req.get('accept') ?? '').includes('application/json'))
        return res.status(400).json({ error: { code: 'invalid_request', message } });
      return res.redirect(303, '/sandbox?msg=' + encodeURIComponent(message));
    }
    const result = await simulate(deps, { ...parsed.data, examplesDir: options.examplesDir });
    if ((req.get('accept') ?? '').includes('application/json')) return res.json(result);
    res.redirect(
      303,
      '/sandbox?msg=' +
        encodeURIComponent(
          `Simulated ${parsed.data.days} days: ${result.handoffs} handoffs, ${result.botResolved} conversations the bots resolved, ${result.reAsked} replies that re-asked, ${result.reopened} reopened. Open the analytics dashboard.`,
        ),
    );
  });

  router.post('/claim/:id', express.urlencoded({ extended: false }), async (req, res) => {
    const email = String((req.body as { email?: string })?.email ?? 'agent@example.com');
    const out = await claimHandoff(deps, String(req.params.id), {
      email,
      name: email === 'sam@example.com' ? 'Sam Support' : 'Alex Agent',
    });
    res.redirect(
      303,
      '/sandbox?msg=' +
        encodeURIComponent(out.ok ? `Claimed: ticket #${out.record.ticketId} is assigned to ${email}.` : out.message),
    );
  });

  router.post('/release/:id', async (req, res) => {
    await releaseHandoff(deps, String(req.params.id));
    res.redirect(303, '/sandbox?msg=' + encodeURIComponent('Released: back in the queue.'));
  });
  return router;
}
