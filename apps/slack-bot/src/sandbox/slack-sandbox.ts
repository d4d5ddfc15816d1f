import { createHmac } from 'node:crypto';
import express, { type Router } from 'express';

type Message = {
  ts: string;
  user: string;
  text: string;
  attachments?: Array<{ color?: string; blocks?: unknown[] }>;
  blocks?: unknown[];
  thread_ts?: string;
  replies: Message[];
};
type Channel = { id: string; name: string; messages: Message[] };
type User = { id: string; name: string; real_name: string; profile: { email: string; real_name: string } };

export type SlackSandbox = {
  api: Router;
  page: Router;
  channels: Map<string, Channel>;
  ephemeral: Array<{ channel: string; user: string; text: string }>;
  homes: Map<string, unknown>;
  /** What commands answered through their response_url. */
  responses: Array<{ text?: string; response_type?: string }>;
};

const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A local stand-in of exactly the Slack Web API methods Baton uses (chat.postMessage, chat.update,
 * chat.postEphemeral, conversations.list/history/replies, users.info, users.lookupByEmail,
 * views.publish, auth.test), in memory, used through the WebClient's `slackApiUrl`; and a page that
 * shows each channel with colour bars and working buttons: a click sends a real signed
 * `block_actions` request to the Bolt endpoint.
 */
export function createSlackSandbox(options: { signingSecret: string; eventsPath: string }): SlackSandbox {
  const channels = new Map<string, Channel>();
  const users: User[] = [
    {
      id: 'U0ALEX',
      name: 'alex',
      real_name: 'Alex Agent',
      profile: { email: 'agent@example.com', real_name: 'Alex Agent' },
    },
    {
      id: 'U0SAM',
      name: 'sam',
      real_name: 'Sam Support',
      profile: { email: 'sam@example.com', real_name: 'Sam Support' },
    },
    { id: 'U0NOMAIL', name: 'nomail', real_name: 'Guest Without Email', profile: { email: '', real_name: 'Guest' } },
  ];
  const ephemeral: SlackSandbox['ephemeral'] = [];
  const homes = new Map<string, unknown>();
  let seq = 0;
  const ts = () => `${Math.floor(Date.now() / 1000)}.${String(++seq).padStart(6, '0')}`;
  const channel = (ref: string): Channel => {
    const name = ref.replace(/^#/, '');
    const found = channels.get(name) ?? [...channels.values()].find((c) => c.id === ref);
    if (found) return found;
    const c: Channel = { id: `C${String(channels.size + 1).padStart(8, '0')}`, name, messages: [] };
    channels.set(name, c);
    return c;
  };
  const arg = (body: Record<string, unknown>, key: string): unknown => {
    const v = body[key];
    if (typeof v === 'string' && (key === 'attachments' || key === 'blocks' || key === 'view')) {
      try {
        return JSON.parse(v);
      } catch {
        return v;
      }
    }
    return v;
  };

  const api = express.Router();
  api.use(express.urlencoded({ extended: false }), express.json());
  api.post('/:method', (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const method = String(req.params.method);
    switch (method) {
      case 'auth.test':
        return res.json({ ok: true, user_id: 'U0BATON', bot_id: 'B0BATON', team_id: 'T0SANDBOX', team: 'Sandbox' });
      case 'chat.postMessage': {
        const c = channel(String(body.channel));
        const m: Message = {
          ts: ts(),
          user: 'U0BATON',
          text: String(body.text ?? ''),
          attachments: arg(body, 'attachments') as Message['attachments'],
          blocks: arg(body, 'blocks') as unknown[],
          replies: [],
        };
        if (body.thread_ts) {
          const parent = c.messages.find((x) => x.ts === body.thread_ts);
          if (!parent) return res.json({ ok: false, error: 'thread_not_found' });
          m.thread_ts = String(body.thread_ts);
          parent.replies.push(m);
        } else c.messages.push(m);
        return res.json({ ok: true, channel: c.id, ts: m.ts, message: m });
      }
      case 'chat.update': {
        const c = channel(String(body.channel));
        const m = c.messages.find((x) => x.ts === body.ts);
        if (!m) return res.json({ ok: false, error: 'message_not_found' });
        Object.assign(m, {
          text: String(body.text ?? m.text),
          attachments: arg(body, 'attachments') ?? m.attachments,
          blocks: arg(body, 'blocks') ?? m.blocks,
        });
        return res.json({ ok: true, channel: c.id, ts: m.ts });
      }
      case 'chat.postEphemeral':
        ephemeral.push({ channel: String(body.channel), user: String(body.user), text: String(body.text ?? '') });
        return res.json({ ok: true, message_ts: ts() });
      case 'conversations.list':
        return res.json({
          ok: true,
          channels: [...channels.values()].map((c) => ({ id: c.id, name: c.name, is_channel: true })),
          response_metadata: { next_cursor: '' },
        });
      case 'conversations.history': {
        const c = channel(String(body.channel));
        return res.json({
          ok: true,
          messages: [...c.messages].reverse().map(({ replies, ...m }) => ({ ...m, reply_count: replies.length })),
          has_more: false,
        });
      }
      case 'conversations.replies': {
        const c = channel(String(body.channel));
        const m = c.messages.find((x) => x.ts === body.ts);
        return res.json({ ok: !!m, messages: m ? [m, ...m.replies] : [], error: m ? undefined : 'thread_not_found' });
      }
      case 'users.info': {
        const u = users.find((x) => x.id === body.user);
        return res.json(u ? { ok: true, user: u } : { ok: false, error: 'user_not_found' });
      }
      case 'users.lookupByEmail': {
        const u = users.find((x) => x.profile.email && x.profile.email === body.email);
        return res.json(u ? { ok: true, user: u } : { ok: false, error: 'users_not_found' });
      }
      case 'views.publish':
        homes.set(String(body.user_id), arg(body, 'view'));
        return res.json({ ok: true });
      default:
        return res.json({ ok: false, error: 'unknown_method' });
    }
  });

  const page = express.Router();
  page.get('/', (req, res) => {
    const html = [...channels.values()]
      .map((c) => {
        const msgs = [...c.messages]
          .reverse()
          .map((m) => {
            const att = m.attachments?.[0];
            const blocks = (att?.blocks ?? m.blocks ?? []) as Array<{
              type: string;
              text?: { text: string };
              elements?: Array<{
                text?: string | { text: string };
                action_id?: string;
                value?: string;
                url?: string;
                style?: string;
              }>;
            }>;
            const body = blocks
              .map((b) => {
                if (b.type === 'section')
                  return `<p>${esc(b.text?.text)
                    .replace(/\n/g, '<br>')
                    .replace(/\*([^*]+)\*/g, '<b>$1</b>')}</p>`;
                if (b.type === 'context')
                  return `<p class="small">${esc((b.elements ?? []).map((e) => (typeof e.text === 'string' ? e.text : e.text?.text)).join(' '))}</p>`;
                if (b.type === 'actions')
                  return (b.elements ?? [])
                    .map((e) =>
                      e.url
                        ? `<a class="btn" href="${esc(e.url)}">${esc(typeof e.text === 'string' ? e.text : e.text?.text)}</a>`
                        : `<form method="post" action="click"><input type="hidden" name="channel" value="${esc(c.id)}"><input type="hidden" name="ts" value="${esc(m.ts)}"><input type="hidden" name="action_id" value="${esc(e.action_id)}"><input type="hidden" name="value" value="${esc(e.value)}"><select name="user">${users.map((u) => `<option value="${u.id}">${esc(u.real_name)}</option>`).join('')}</select><button class="${e.style === 'primary' ? 'primary' : ''}">${esc(typeof e.text === 'string' ? e.text : e.text?.text)}</button></form>`,
                    )
                    .join(' ');
                return '';
              })
              .join('');
            const thread = m.replies.map((r) => `<p class="reply">↳ ${esc(r.text)}</p>`).join('');
            return `<article style="border-left:6px solid ${esc(att?.color ?? '#ddd')}">${body || `<p>${esc(m.text)}</p>`}${thread}</article>`;
          })
          .join('');
        return `<h2>#${esc(c.name)}</h2>${msgs}`;
      })
      .join('');
    const notes = ephemeral
      .slice(-3)
      .map(
        (e) =>
          `<p class="notice">Only visible to ${esc(users.find((u) => u.id === e.user)?.real_name ?? e.user)}: ${esc(e.text)}</p>`,
      )
      .join('');
    res.type('html').send(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Slack sandbox</title>
<style>body{font:14px system-ui,sans-serif;max-width:52rem;margin:2rem auto;color:#1d1c1d}article{border:1px solid #ddd;border-radius:6px;padding:.4rem .9rem;margin:.6rem 0;background:#fff}
.small{color:#616061;font-size:12px}.reply{margin-left:1rem;color:#444}form{display:inline}button,.btn{margin:.2rem;padding:.25rem .7rem;border:1px solid #bbb;border-radius:4px;background:#fff;cursor:pointer;text-decoration:none;color:#1d1c1d}button.primary{background:#007a5a;color:#fff;border-color:#007a5a}.notice{background:#fff8d5;padding:.4rem}</style></head>
<body><h1>Slack sandbox</h1><p>What Baton posts to Slack, as Slack would show it. Buttons send real signed requests to <code>${esc(options.eventsPath)}</code>. <a href="/sandbox">Back to the sandbox</a></p>${notes}${html || '<p>No alert yet.</p>'}</body></html>`);
  });

  page.post('/click', express.urlencoded({ extended: false }), async (req, res) => {
    const b = req.body as Record<string, string>;
    const c = [...channels.values()].find((x) => x.id === b.channel);
    const m = c?.messages.find((x) => x.ts === b.ts);
    const user = users.find((u) => u.id === b.user) ?? users[0]!;
    const payload = {
      type: 'block_actions',
      team: { id: 'T0SANDBOX', domain: 'sandbox' },
      user: { id: user.id, username: user.name, name: user.name, team_id: 'T0SANDBOX' },
      api_app_id: 'A0BATON',
      token: 'sandbox',
      container: { type: 'message', message_ts: b.ts, channel_id: b.channel, is_ephemeral: false },
      trigger_id: `${Date.now()}.sandbox`,
      channel: { id: b.channel, name: c?.name ?? '' },
      message: m ? { ts: m.ts, text: m.text, type: 'message' } : undefined,
      response_url: `${req.protocol}://${req.get('host')}/sandbox/slack/response`,
      actions: [
        {
          type: 'button',
          action_id: b.action_id,
          block_id: `baton_${b.value}`,
          value: b.value,
          action_ts: String(Date.now() / 1000),
        },
      ],
    };
    const raw = `payload=${encodeURIComponent(JSON.stringify(payload))}`;
    const t = Math.floor(Date.now() / 1000);
    const sig = `v0=${createHmac('sha256', options.signingSecret).update(`v0:${t}:${raw}`).digest('hex')}`;
    await fetch(`${req.protocol}://${req.get('host')}${options.eventsPath}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(t),
        'x-slack-signature': sig,
      },
      body: raw,
    });
    await new Promise((r) => setTimeout(r, 100));
    res.redirect(303, '/sandbox/slack');
  });
  const responses: SlackSandbox['responses'] = [];
  page.post('/response', express.json(), (req, res) => {
    responses.push(req.body as { text?: string });
    res.json({ ok: true });
  });

  return { api, page, channels, ephemeral, homes, responses };
}
