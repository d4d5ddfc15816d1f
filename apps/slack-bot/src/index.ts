import { WebClient } from '@slack/web-api';
import type { EventLog, HandoffStore, JobQueue, MetricsReader, TicketDesk } from '@baton/core';
import { createSlackBoltApp, type ClaimAction } from './bolt-app';
import { SlackNotifier } from './slack-notifier';
import { createReminderHandler } from './reminders';
import { createDigestHandler, scheduleDigest } from './weekly-digest';
import { DEFAULT_ROUTING, type Routing } from './routing/routing-rules';
import { DEFAULT_ALERT_FIELDS, type AlertFields } from './blocks/alert-message';
import type { InstallationStore } from '@slack/oauth';
import type { RedisInstallationStore } from './oauth/redis-installation-store';

export { RedisInstallationStore } from './oauth/redis-installation-store';
/** Bot scopes Baton asks for (the same as manifest.json). */
export const BOT_SCOPES = ['chat:write', 'chat:write.public', 'commands', 'users:read', 'users:read.email'];

export {
  buildAlertMessage,
  PRIORITY_COLOUR,
  DEFAULT_ALERT_FIELDS,
  forSlack,
  type AlertFields,
} from './blocks/alert-message';
export { parseRouting, routeAlert, DEFAULT_ROUTING, type Routing } from './routing/routing-rules';
export { createSlackSandbox, type SlackSandbox } from './sandbox/slack-sandbox';
export { SlackNotifier } from './slack-notifier';
export { statsText } from './stats-text';
export { nextDigestAt, digestJobId } from './weekly-digest';

export type SlackIntegrationDeps = {
  /** Single workspace. With OAuth instead, the token of the installed workspace is read from the store. */
  botToken?: string;
  signingSecret: string;
  oauth?: {
    clientId: string;
    clientSecret: string;
    stateSecret: string;
    installationStore: RedisInstallationStore | (InstallationStore & { botToken(): Promise<string | undefined> });
  };
  appToken?: string;
  /** The Web API base URL: Slack's, or the sandbox's. */
  slackApiUrl?: string;
  routing?: Routing;
  fields?: AlertFields;
  store: HandoffStore;
  queue: JobQueue;
  events: EventLog;
  /** The dashboard's reader (per-day rollups with Redis) for `/baton stats` and the digest. */
  metrics?: MetricsReader;
  desk: Pick<TicketDesk, 'ticketUrl'>;
  tenantId: string;
  claim: ClaimAction;
  release: (handoffId: string) => Promise<unknown>;
  /** A channel for the weekly digest of handoff analytics (optional). */
  digestChannel?: string;
};

/** Everything the service wires: the notifier (ChatNotifier port), the Bolt router for /slack, and the `remind` job. */
export function createSlackIntegration(deps: SlackIntegrationDeps) {
  const routing = deps.routing ?? DEFAULT_ROUTING;
  const client = new WebClient(deps.botToken, {
    ...(deps.slackApiUrl ? { slackApiUrl: deps.slackApiUrl } : {}),
    retryConfig: { retries: 2 },
  });
  const token = deps.oauth ? () => deps.oauth!.installationStore.botToken() : undefined;
  const notifier = new SlackNotifier(client, {
    routing,
    fields: deps.fields ?? DEFAULT_ALERT_FIELDS,
    desk: deps.desk,
    queue: deps.queue,
    tenantId: deps.tenantId,
    ...(token ? { token } : {}),
  });
  const bolt = createSlackBoltApp({
    signingSecret: deps.signingSecret,
    ...(deps.botToken ? { botToken: deps.botToken } : {}),
    ...(deps.appToken ? { appToken: deps.appToken } : {}),
    ...(deps.oauth ? { oauth: { ...deps.oauth, scopes: BOT_SCOPES } } : {}),
    ...(deps.slackApiUrl ? { slackApiUrl: deps.slackApiUrl } : {}),
    store: deps.store,
    events: deps.events,
    ...(deps.metrics ? { metrics: deps.metrics } : {}),
    tenantId: deps.tenantId,
    claim: deps.claim,
    release: deps.release,
  });
  const remind = createReminderHandler({
    client,
    store: deps.store,
    queue: deps.queue,
    events: deps.events,
    routing,
    ...(token ? { token } : {}),
  });
  const digest = deps.digestChannel
    ? createDigestHandler({
        client,
        events: deps.events,
        ...(deps.metrics ? { metrics: deps.metrics } : {}),
        queue: deps.queue,
        tenantId: deps.tenantId,
        channel: deps.digestChannel,
        ...(token ? { token } : {}),
      })
    : undefined;
  return {
    notifier,
    router: bolt.router,
    jobHandlers: { remind, ...(digest ? { digest } : {}) },
    client,
    async start() {
      if (deps.digestChannel) await scheduleDigest(deps.queue, deps.tenantId, new Date());
      await bolt.start();
    },
    stop: bolt.stop,
  };
}
