import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import express, { type Router } from 'express';
import type { ConnectorConfig } from '../connectors/connector-config';
import { signHubSignature } from '../connectors/platform-auth';
import { signHandoff } from '../http/signatures';
import type { SunshineSandbox } from './sunshine-sandbox';

const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

type Replay = {
  platform: string;
  title: string;
  fixture: string;
  /** Fresh native ids, so each replay is a new escalation (a replay of the same body would be a duplicate). */
  fresh(body: Record<string, any>, nonce: string): Record<string, any>;
  headers(raw: string, secrets: { signing: string; connectors: ConnectorConfig }): Record<string, string>;
};

const signed = (raw: string, s: { signing: string }) => ({ 'x-handoff-signature': signHandoff(s.signing, raw) });

export const REPLAYS: Replay[] = [
  {
    platform: 'sunshine',
    title: 'Sunshine Conversations: switchboard:passControl to Agent Workspace (history from List Messages)',
    fixture: 'sunco-passcontrol.json',
    fresh: (b, n) => ({ ...b, events: b.events.map((e: { id: string }) => ({ ...e, id: `${e.id}-${n}` })) }),
    headers: (_raw, s) => ({ 'x-api-key': s.connectors.sunshine?.webhookSecret ?? '' }),
  },
  {
    platform: 'rasa',
    title: 'Rasa: a tracker pushed by the handoff custom action',
    fixture: 'rasa-tracker.json',
    fresh: (b, n) => ({ ...b, sender_id: `${b.sender_id}-${n}` }),
    headers: signed,
  },
  {
    platform: 'botpress',
    title: "Botpress: startHitl from Baton's hitl integration",
    fixture: 'botpress-starthitl.json',
    fresh: (b, n) => ({
      ...b,
      input: {
        ...b.input,
        hitlSession: {
          ...b.input.hitlSession,
          upstreamConversationId: `${b.input.hitlSession.upstreamConversationId}-${n}`,
        },
      },
    }),
    headers: signed,
  },
  {
    platform: 'dialogflow-cx',
    title: 'Dialogflow CX: a handoff-tagged fulfillment webhook (voice)',
    fixture: 'dfcx-webhook-request.json',
    fresh: (b, n) => ({ ...b, sessionInfo: { ...b.sessionInfo, session: `${b.sessionInfo.session}-${n}` } }),
    headers: (_raw, s) => ({ 'x-baton-key': s.connectors.dialogflow?.key ?? '' }),
  },
  {
    platform: 'botframework',
    title: 'Bot Framework: handoff.initiate with its Transcript attachment (German)',
    fixture: 'botframework-handoff-initiate.json',
    fresh: (b, n) => ({ ...b, id: `${b.id}-${n}` }),
    headers: signed,
  },
  {
    platform: 'intercom',
    title: 'Intercom: conversation.admin.assigned after Fin escalated',
    fixture: 'intercom-admin-assigned.json',
    fresh: (b, n) => ({ ...b, id: `${b.id ?? 'notif'}-${n}`, created_at: Math.floor(Date.now() / 1000) }),
    headers: (raw, s) => ({ 'x-hub-signature': signHubSignature(s.connectors.intercom?.clientSecret ?? '', raw) }),
  },
];

/**
 * `/sandbox/connectors`: replays each platform's example payload through its real endpoint, with the
 * platform's own authentication, so a newcomer sees a Rasa or Sunshine handoff become a ticket and an alert.
 */
export function createConnectorsPage(options: {
  fixturesDir: string;
  signingSecret: string;
  connectors: ConnectorConfig;
  sunshine: SunshineSandbox;
}): Router {
  const router = express.Router();
  const load = (file: string) => JSON.parse(readFileSync(join(options.fixturesDir, file), 'utf8'));
  // The sandbox Sunshine API holds the example conversation, so the connector pages through real-shaped history.
  if (existsSync(join(options.fixturesDir, 'sunco-list-messages.json'))) {
    const page = load('sunco-list-messages.json') as { messages: Array<{ id: string }> };
    const conv = (load('sunco-passcontrol.json') as { events: Array<{ payload: { conversation: { id: string } } }> })
      .events[0]!.payload.conversation.id;
    options.sunshine.conversations.set(conv, page.messages);
  }
  const available = () => REPLAYS.filter((r) => existsSync(join(options.fixturesDir, r.fixture)));

  router.get('/', (req, res) => {
    const rows = available()
      .map(
        (r) =>
          `<li><form method="post" action="connectors/${esc(r.platform)}"><button>Replay</button></form> <b>${esc(r.platform)}</b>: ${esc(r.title)} <span class="small">(POST /v1/connectors/${esc(r.platform)})</span></li>`,
      )
      .join('\n');
    const msg = typeof req.query.msg === 'string' ? `<pre class="notice">${esc(req.query.msg)}</pre>` : '';
    res.type('html')
      .send(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Baton sandbox: connectors</title>
<style>body{font:14px system-ui,sans-serif;margin:2rem auto;max-width:60rem;color:#2f3941}li{margin:.5rem 0}form{display:inline}
button{padding:.3rem .7rem;border:1px solid #1f73b7;border-radius:4px;background:#1f73b7;color:#fff;cursor:pointer}.small{color:#68737d;font-size:12px}.notice{background:#edf7ff;padding:.5rem;white-space:pre-wrap}</style></head><body>
<h1>Bot-platform connectors</h1><p>Each button sends the platform's own example payload, authenticated as that platform does, to its real endpoint. The handoff then becomes a sandbox Zendesk ticket and a chat alert: see <a href="/sandbox">the sandbox</a>.</p>
${msg}<ul>${rows}</ul></body></html>`);
  });

  router.post('/:platform', async (req, res) => {
    const replay = available().find((r) => r.platform === req.params.platform);
    if (!replay) {
      res.status(404).send('No such connector example');
      return;
    }
    const raw = JSON.stringify(replay.fresh(load(replay.fixture), randomBytes(3).toString('hex')));
    const origin = `http://127.0.0.1:${req.socket.localPort}`;
    const answer = await fetch(`${origin}/v1/connectors/${replay.platform}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...replay.headers(raw, { signing: options.signingSecret, connectors: options.connectors }),
      },
      body: raw,
    });
    const text = await answer.text();
    const msg = `${replay.platform}: ${answer.status} ${text.slice(0, 600)}`;
    if ((req.get('accept') ?? '').includes('application/json')) {
      res.status(answer.status).type('json').send(text);
      return;
    }
    res.redirect(303, `/sandbox/connectors?msg=${encodeURIComponent(msg)}`);
  });

  return router;
}
