import { App, ExpressReceiver, LogLevel } from '@slack/bolt';
import type { InstallationStore } from '@slack/oauth';
import type { EventLog, HandoffRecord, HandoffStore, MetricsReader } from '@baton/core';
import { ACTION_CLAIM, ACTION_OPEN, ACTION_RELEASE } from './blocks/alert-message';
import { statsText } from './stats-text';

export type ClaimAction = (
  handoffId: string,
  agent: { email: string; name?: string; slackUserId: string },
) => Promise<{ ok: true; record: HandoffRecord } | { ok: false; message: string }>;

export type SlackAppDeps = {
  signingSecret: string;
  /** Single workspace; or OAuth (`oauth`) for workspaces installing from the directory. */
  botToken?: string;
  oauth?: {
    clientId: string;
    clientSecret: string;
    stateSecret: string;
    installationStore: InstallationStore;
    scopes: string[];
  };
  /** Socket Mode (no public URL) when set. */
  appToken?: string;
  slackApiUrl?: string;
  store: HandoffStore;
  events: EventLog;
  /** The dashboard's reader for `/baton stats` (optional: the events are folded without it). */
  metrics?: MetricsReader;
  tenantId: string;
  claim: ClaimAction;
  release: (handoffId: string) => Promise<unknown>;
  now?: () => Date;
};

/**
 * The Bolt app (HTTP mode, mounted by the service at /slack): Claim and Release buttons, the
 * `/baton queue|stats|claim <id>` command and the App Home. Every request's signature is verified by
 * Bolt's receiver; listeners ack at once, then act.
 */
export function createSlackBoltApp(deps: SlackAppDeps) {
  const clientOptions = deps.slackApiUrl ? { clientOptions: { slackApiUrl: deps.slackApiUrl } } : {};
  const receiver = deps.appToken
    ? undefined
    : new ExpressReceiver({
        signingSecret: deps.signingSecret,
        endpoints: '/events',
        processBeforeResponse: true,
        ...(deps.oauth
          ? {
              clientId: deps.oauth.clientId,
              clientSecret: deps.oauth.clientSecret,
              stateSecret: deps.oauth.stateSecret,
              scopes: deps.oauth.scopes,
              installationStore: deps.oauth.installationStore,
              installerOptions: { directInstall: true, installPath: '/install', redirectUriPath: '/oauth_redirect' },
            }
          : {}),
      });
  const app = deps.appToken
    ? new App({
        socketMode: true,
        appToken: deps.appToken,
        token: deps.botToken,
        logLevel: LogLevel.ERROR,
        ...clientOptions,
      })
    : new App({
        receiver: receiver!,
        ...(deps.oauth ? {} : { token: deps.botToken, tokenVerificationEnabled: false }),
        logLevel: LogLevel.ERROR,
        ...clientOptions,
      });

  async function who(client: InstanceType<typeof App>['client'], userId: string) {
    const info = await client.users.info({ user: userId });
    const email = info.user?.profile?.email;
    const name = info.user?.real_name ?? info.user?.name ?? userId;
    return { email, name };
  }

  async function claimFor(
    client: InstanceType<typeof App>['client'],
    userId: string,
    handoffId: string,
  ): Promise<string | undefined> {
    const { email, name } = await who(client, userId);
    if (!email) return 'Your Slack profile has no email, so no Zendesk agent can be found for you.';
    const out = await deps.claim(handoffId, { email, name, slackUserId: userId });
    return out.ok ? undefined : out.message;
  }

  app.action(ACTION_CLAIM, async ({ ack, body, client }) => {
    await ack();
    const b = body as { user: { id: string }; channel?: { id: string }; actions: Array<{ value?: string }> };
    const problem = await claimFor(client, b.user.id, b.actions[0]?.value ?? '');
    if (problem && b.channel)
      await client.chat.postEphemeral({ channel: b.channel.id, user: b.user.id, text: problem });
  });

  app.action(ACTION_RELEASE, async ({ ack, body }) => {
    await ack();
    const b = body as { actions: Array<{ value?: string }> };
    await deps.release(b.actions[0]?.value ?? '');
  });

  app.action(ACTION_OPEN, async ({ ack }) => {
    await ack(); // a link button: Slack opens the URL
  });

  app.command('/baton', async ({ ack, command, client, respond }) => {
    await ack();
    const [sub, arg] = command.text.trim().split(/\s+/);
    if (sub === 'claim' && arg) {
      const problem = await claimFor(client, command.user_id, arg);
      await respond({ response_type: 'ephemeral', text: problem ?? `You claimed ${arg}.` });
      return;
    }
    if (sub === 'stats') {
      await respond({ response_type: 'ephemeral', text: await statsText(deps) });
      return;
    }
    if (sub === 'queue' || !sub) {
      await respond({ response_type: 'ephemeral', text: await queueText(deps) });
      return;
    }
    await respond({
      response_type: 'ephemeral',
      text: 'Usage: `/baton queue`, `/baton stats`, `/baton claim <handoff id>`',
    });
  });

  app.event('app_home_opened', async ({ event, client }) => {
    const today = startOfDay(deps.now?.() ?? new Date());
    const claims = (
      await deps.events.list(deps.tenantId, today.toISOString(), new Date(today.getTime() + 86_400_000).toISOString())
    ).filter((e) => e.kind === 'claimed' && e.data.slackUserId === event.user);
    await client.views.publish({
      user_id: event.user,
      view: {
        type: 'home',
        blocks: [
          { type: 'header', text: { type: 'plain_text', text: 'Your escalations today' } },
          {
            type: 'section',
            text: {
              type: 'mrkdwn',
              text: claims.length
                ? claims.map((c) => `• ${c.handoffId}${c.ticketId ? ` (ticket #${c.ticketId})` : ''}`).join('\n')
                : 'None claimed yet.',
            },
          },
          { type: 'header', text: { type: 'plain_text', text: 'Open queue' } },
          { type: 'section', text: { type: 'mrkdwn', text: await queueText(deps) } },
        ],
      },
    });
  });

  const noRoutes = ((_req: unknown, _res: unknown, next: () => void) => next()) as unknown as NonNullable<
    typeof receiver
  >['router'];
  return {
    app,
    router: receiver?.router ?? noRoutes,
    start: () => (deps.appToken ? app.start() : Promise.resolve()),
    stop: () => (deps.appToken ? app.stop() : Promise.resolve()),
  };
}

function startOfDay(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

async function queueText(deps: SlackAppDeps): Promise<string> {
  const open = await deps.store.listUnclaimed(deps.tenantId, 15);
  if (open.length === 0) return 'No unclaimed escalations. :tada:';
  const now = (deps.now?.() ?? new Date()).getTime();
  return open
    .map(
      (r) =>
        `• *${(r.priority ?? 'normal').toUpperCase()}* ${r.package?.reason.code.replace(/_/g, ' ') ?? ''} · ${Math.round((now - Date.parse(r.createdAt)) / 60_000)} min · \`${r.id}\`${r.ticketId !== undefined ? ` · #${r.ticketId}` : ''}`,
    )
    .join('\n');
}
