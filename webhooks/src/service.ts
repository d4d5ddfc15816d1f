import { createServer, type Server, type ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { DEFAULT_LIMITS, DEFAULT_POLICY, createHeuristicSummarizer, systemClock, type TicketDesk } from '@baton/core';
import { createLlmSummarizer } from '@baton/core/llm';
import type { Config } from './config';
import { ConfigError } from './errors';
import type { ServiceDeps } from './deps';
import { createApp } from './http/app';
import { createLogger } from './logger';
import { createMetrics } from './metrics';
import { createPipeline } from './jobs/pipeline';
import { MemoryHandoffStore } from './adapters/memory/handoff-store';
import { MemoryEventLog } from './adapters/memory/event-log';
import { RedisEventLog } from './analytics/redis-event-log';
import { createAnalyticsRouter } from './analytics/analytics-router';
import { registerAnalyticsGauges } from './analytics/analytics-gauges';
import { metricsReaderFor } from './analytics/metrics-reader-for';
import { startRollupWarmer } from './analytics/rollup-warmer';
import { RedisHandoffStore } from './adapters/redis/handoff-store';
import { createZendeskTicketDesk } from './adapters/zendesk/ticket-desk';
import { MemoryWorkQueue } from './queue/memory-queue';
import { BullWorkQueue } from './queue/bullmq-queue';
import type { WorkQueue } from './queue/work-queue';
import { createZendeskSandbox, type ZendeskSandbox } from './sandbox/zendesk-sandbox';
import { SandboxChatNotifier } from './sandbox/sandbox-chat';
import { createSandboxPage } from './sandbox/sandbox-page';
import { ClaimTimes } from './intake/estimate-wait';
import { readFileSync } from 'node:fs';
import type { Router } from 'express';
import type { ChatNotifier, HandoffRecord } from '@baton/core';
import {
  createSlackIntegration,
  createSlackSandbox,
  parseRouting,
  DEFAULT_ROUTING,
  RedisInstallationStore,
  routeAlert,
} from '@baton/slack-bot';
import { SANDBOX_SECRETS } from './config';
import { claimHandoff, releaseHandoff } from './sandbox/claim';
import { createConnectorsRouter } from './connectors/connectors-router';
import { createSunshineApi, type SunshineApi } from './connectors/sunshine-api';
import { createSunshineHandover } from './connectors/sunshine-handover';
import { createRasaApi } from './connectors/rasa-api';
import { createBotpressApi } from './connectors/botpress-api';
import { createDialogflowApi, serviceAccountSchema } from './connectors/dialogflow-api';
import { SunshineSandbox } from './sandbox/sunshine-sandbox';
import { createConnectorsPage } from './sandbox/connectors-page';

export type Role = 'api' | 'worker' | 'all';

export type Service = {
  deps: ServiceDeps;
  config: Config;
  /** Present in sandbox mode. */
  sandbox?: {
    zendesk: ZendeskSandbox;
    chat: SandboxChatNotifier;
    slack?: ReturnType<typeof createSlackSandbox>;
    sunshine?: SunshineSandbox;
  };
  /** Listens (api) and/or processes jobs (worker); resolves with the URL when listening. */
  start(role?: Role): Promise<{ url?: string }>;
  /** Creates the Zendesk ticket fields Baton writes that are missing (idempotent); returns their ids. */
  setupZendesk(): Promise<Record<string, number | undefined>>;
  stop(): Promise<void>;
};

const EXAMPLES_DIR = fileURLToPath(new URL('../../examples', import.meta.url));
const CONNECTOR_FIXTURES_DIR = fileURLToPath(new URL('../../core/src/connectors/fixtures', import.meta.url));

/** The Google service account key file of DIALOGFLOW_CX_SERVICE_ACCOUNT_FILE, or a start-stopping error naming it. */
function readServiceAccount(file: string) {
  try {
    return serviceAccountSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (err) {
    throw new ConfigError(
      `Invalid configuration:\n  DIALOGFLOW_CX_SERVICE_ACCOUNT_FILE: must be a Google service account key (JSON with client_email and private_key): ${(err as Error).message.split('\n')[0]}`,
    );
  }
}

/** A TicketDesk whose Zendesk client is made once the service knows its own URL (the sandbox lives in the same process). */
function lateDesk(): TicketDesk & {
  set(desk: ReturnType<typeof createZendeskTicketDesk>): void;
  desk?: ReturnType<typeof createZendeskTicketDesk>;
} {
  const holder: { desk?: ReturnType<typeof createZendeskTicketDesk> } = {};
  const get = () => {
    if (!holder.desk) throw new Error('the Zendesk adapter is not ready yet');
    return holder.desk;
  };
  return {
    set: (desk) => (holder.desk = desk),
    get desk() {
      return holder.desk;
    },
    upsertHandoffTicket: (pkg, target) => get().upsertHandoffTicket(pkg, target),
    assign: (ticketId, email) => get().assign(ticketId, email),
    unassign: (ticketId) => get().unassign(ticketId),
    ticketUrl: (ticketId) => get().ticketUrl(ticketId),
  };
}

/**
 * The composition root: the one place adapters meet. With no configuration it runs everything in
 * one process on the embedded defaults (in-process queue, in-memory store, Zendesk and Slack
 * sandboxes); with REDIS_URL, BullMQ and the Redis store; with Zendesk credentials, the real Zendesk.
 */
export async function createService(config: Config, overrides: Partial<ServiceDeps> = {}): Promise<Service> {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const metrics = overrides.metrics ?? createMetrics();
  const redis = config.redisUrl
    ? new Redis(config.redisUrl, { maxRetriesPerRequest: 2, enableOfflineQueue: false, lazyConnect: false })
    : undefined;
  redis?.on('error', (err) => logger.warn({ err: err.message }, 'redis error'));
  const queue: WorkQueue =
    overrides.queue ??
    (redis
      ? new BullWorkQueue(redis, { concurrency: config.workerConcurrency })
      : new MemoryWorkQueue({ concurrency: config.workerConcurrency, maxDepth: config.maxQueueDepth }));
  const store =
    overrides.store ?? (redis ? new RedisHandoffStore(redis, config.retentionDays * 86_400) : new MemoryHandoffStore());
  const policy = overrides.policy ?? DEFAULT_POLICY;
  const llm = config.llm
    ? createLlmSummarizer({
        config: config.llm,
        policy,
        onCall: (s) => {
          metrics.llmCalls.inc({ model: s.model, outcome: s.outcome, reason: s.reason ?? '' });
          metrics.llmSeconds.observe({ model: s.model }, s.latencyMs / 1000);
          metrics.llmCost.inc({ model: s.model }, s.costUsd);
        },
      })
    : undefined;
  const chat = new SandboxChatNotifier();
  const desk = lateDesk();
  // Slack: the real Bolt app and WebClient, against Slack or (sandbox) the local stand-in; bound once the URL is known.
  let slack: ReturnType<typeof createSlackIntegration> | undefined;
  const routing = config.slackRoutingFile
    ? parseRouting(JSON.parse(readFileSync(config.slackRoutingFile, 'utf8')))
    : DEFAULT_ROUTING;
  const slackNotifier: ChatNotifier = {
    async postAlert(record: HandoffRecord) {
      const ref = slack ? await slack.notifier.postAlert(record) : await chat.postAlert(record);
      if (slack && config.mode === 'sandbox') await chat.postAlert({ ...record, alert: ref });
      return ref;
    },
    async updateAlert(record: HandoffRecord) {
      if (slack) await slack.notifier.updateAlert(record);
      if (config.mode === 'sandbox') await chat.updateAlert(record);
    },
  };
  const deps: ServiceDeps = {
    store,
    queue,
    desk: overrides.desk ?? desk,
    notifier: overrides.notifier ?? slackNotifier,
    summarizer: overrides.summarizer ?? llm ?? createHeuristicSummarizer(policy),
    summarizerIsRemote: overrides.summarizerIsRemote ?? !!llm,
    groupFor: (record) => routeAlert(record, routing).zendeskGroupId,
    events:
      overrides.events ?? (redis ? new RedisEventLog(redis, config.retentionDays * 86_400) : new MemoryEventLog()),
    metrics,
    clock: overrides.clock ?? systemClock,
    policy,
    limits: overrides.limits ?? DEFAULT_LIMITS,
    logger,
    tenantId: overrides.tenantId ?? 'default',
    claimTimes: overrides.claimTimes ?? new ClaimTimes(),
  };
  // One reader of the analytics for the dashboard's API, the gauges, `/baton stats` and the digest (per-day rollups with Redis)
  const analyticsReader = metricsReaderFor(deps.events, { maxStaleMs: 60_000 });
  if (!overrides.metrics)
    registerAnalyticsGauges(metrics.registry, {
      events: deps.events,
      metrics: analyticsReader,
      tenantId: deps.tenantId,
      clock: deps.clock,
    });
  // Bot-platform connectors: the platform APIs Baton calls (List Messages, trackers, passControl).
  const cc = config.connectors;
  const sunshineSandbox = config.mode === 'sandbox' && !cc.sunshine?.api ? new SunshineSandbox() : undefined;
  const sunshineApi: SunshineApi | undefined = cc.sunshine?.api ? createSunshineApi(cc.sunshine.api) : sunshineSandbox;
  if (sunshineApi && !deps.handover)
    deps.handover = createSunshineHandover(
      sunshineApi,
      async () => {
        const ids = desk.desk ? await desk.desk.ensureFields(false) : {};
        return Object.fromEntries(Object.entries(ids).filter(([, v]) => v !== undefined)) as Record<string, number>;
      },
      deps.groupFor,
    );

  const zendeskSandbox = config.mode === 'sandbox' ? createZendeskSandbox() : undefined;
  const slackSecrets =
    config.slack ??
    (config.mode === 'sandbox' ? { botToken: 'xoxb-sandbox', signingSecret: SANDBOX_SECRETS.slack } : undefined);
  const slackSandbox =
    config.mode === 'sandbox'
      ? createSlackSandbox({ signingSecret: slackSecrets!.signingSecret, eventsPath: '/slack/events' })
      : undefined;
  const bindSlack = (slackApiUrl?: string) => {
    if (slack || !slackSecrets || overrides.notifier) return;
    const { oauth, ...single } = slackSecrets;
    slack = createSlackIntegration({
      ...single,
      ...(oauth && redis
        ? { oauth: { ...oauth, installationStore: new RedisInstallationStore(redis, deps.tenantId) } }
        : {}),
      ...(slackApiUrl ? { slackApiUrl } : {}),
      routing,
      ...(config.slackDigestChannel ? { digestChannel: config.slackDigestChannel } : {}),
      store,
      queue,
      events: deps.events,
      metrics: analyticsReader,
      desk: deps.desk,
      tenantId: deps.tenantId,
      claim: (id, agent) => claimHandoff(deps, id, agent),
      release: (id) => releaseHandoff(deps, id),
    });
  };
  if (config.slack) bindSlack();
  const slackRouter: Router = ((req, res, next) => (slack ? slack.router(req, res, next) : next())) as Router;
  const mounts: Array<{ path: string; router: Router }> = [
    { path: '/slack', router: slackRouter },
    {
      path: '/',
      router: createAnalyticsRouter({
        events: deps.events,
        metrics: analyticsReader,
        tenantId: deps.tenantId,
        clock: deps.clock,
        secrets: config.secrets,
      }),
    },
  ];
  if (slackSandbox) {
    mounts.push({ path: '/sandbox/slack/api', router: slackSandbox.api });
    mounts.push({ path: '/sandbox/slack', router: slackSandbox.page });
  }
  mounts.push({
    path: '/',
    router: createConnectorsRouter(deps, {
      config: cc,
      signingSecret: config.secrets.signing,
      ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
      ...(sunshineApi ? { sunshine: sunshineApi } : {}),
      ...(cc.rasa.url
        ? { rasa: createRasaApi({ url: cc.rasa.url, ...(cc.rasa.token ? { token: cc.rasa.token } : {}) }) }
        : {}),
      ...(cc.botpress.api ? { botpress: createBotpressApi(cc.botpress.api) } : {}),
      ...(cc.dialogflow?.serviceAccountFile
        ? {
            dialogflow: createDialogflowApi(readServiceAccount(cc.dialogflow.serviceAccountFile)),
          }
        : {}),
      logger,
    }),
  });
  if (zendeskSandbox && sunshineSandbox) {
    mounts.push({
      path: '/sandbox/connectors',
      router: createConnectorsPage({
        fixturesDir: CONNECTOR_FIXTURES_DIR,
        signingSecret: config.secrets.signing,
        connectors: cc,
        sunshine: sunshineSandbox,
      }),
    });
  }
  if (zendeskSandbox) {
    const { createSidebarSandboxHandler } = await import('@baton/zendesk-sidebar/sandbox');
    mounts.push({ path: '/sandbox/zendesk/api/v2', router: zendeskSandbox.router });
    mounts.push({
      path: '/',
      router: createSidebarSandboxHandler({ basePath: '/sandbox/sidebar', sharedSecret: config.secrets.zaf }) as never,
    });
    mounts.push({
      path: '/sandbox',
      router: createSandboxPage(deps, chat, { examplesDir: EXAMPLES_DIR, signingSecret: config.secrets.signing }),
    });
  }
  const app = createApp(deps, {
    secrets: config.secrets,
    rateLimitPerMinute: config.rateLimitPerMinute,
    ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
    mounts,
  });
  let server: Server | undefined;
  let warmer: ReturnType<typeof startRollupWarmer> | undefined;
  let requestsInFlight = 0;
  let onDrained: (() => void) | undefined;

  function makeDesk(baseUrl: string) {
    if (desk.desk) return;
    const onError = (status: number) => metrics.zendeskErrors.inc({ status: String(status) });
    if (config.zendesk) {
      const z = config.zendesk;
      desk.set(
        createZendeskTicketDesk({
          endpointUri: `https://${z.subdomain}.zendesk.com/api/v2`,
          agentTicketUrl: (id) => `https://${z.subdomain}.zendesk.com/agent/tickets/${id}`,
          username: z.email,
          token: z.apiToken,
          oauthToken: z.oauthToken,
          onError,
        }),
      );
    } else {
      desk.set(
        createZendeskTicketDesk({
          endpointUri: `${baseUrl}/sandbox/zendesk/api/v2`,
          agentTicketUrl: (id) => `${config.publicUrl ?? baseUrl}/sandbox/sidebar/ticket.html?ticket=${id}`,
          onError,
        }),
      );
    }
  }

  return {
    deps,
    config,
    ...(zendeskSandbox
      ? {
          sandbox: {
            zendesk: zendeskSandbox,
            chat,
            ...(slackSandbox ? { slack: slackSandbox } : {}),
            ...(sunshineSandbox ? { sunshine: sunshineSandbox } : {}),
          },
        }
      : {}),
    async start(role: Role = 'all') {
      let url: string | undefined;
      if (role === 'api' || role === 'all') {
        server = createServer(app);
        // Bots and load balancers keep connections open: close idle ones after the usual 60 s idle
        // timeout of proxies, not Node's 5 s (a client reusing a connection the server just closed gets a reset).
        server.keepAliveTimeout = 65_000;
        server.headersTimeout = 66_000;
        server.on('request', (_req, res: ServerResponse) => {
          requestsInFlight++;
          res.once('close', () => --requestsInFlight === 0 && onDrained?.());
        });
        await new Promise<void>((resolve, reject) =>
          server!.once('error', reject).listen(config.port, config.host, resolve),
        );
        const { port } = server.address() as AddressInfo;
        url = `http://127.0.0.1:${port}`;
        if (slackSandbox) bindSlack(`${url}/sandbox/slack/api/`);
      }
      if (role === 'worker' || role === 'all') {
        // A desk passed in (a Zendesk reached elsewhere) is used as given; else the configured Zendesk or this process's sandbox.
        if (!overrides.desk) {
          if (config.mode === 'sandbox' && !url)
            throw new Error('The sandbox runs in one process: use --role all (or configure Zendesk and REDIS_URL)');
          makeDesk(url ?? `http://127.0.0.1:${config.port}`);
          await desk.desk!.ensureFields(config.mode === 'sandbox');
        }
        await queue.start({ ...createPipeline(deps), ...(slack ? slack.jobHandlers : {}) });
        // the Redis log's per-day rollups kept warm in the background, so a dashboard never meets a cold day
        if (deps.events instanceof RedisEventLog)
          warmer ??= startRollupWarmer(analyticsReader, deps.tenantId, {
            days: config.retentionDays,
            everyMs: 10 * 60_000,
            pauseMs: 20,
          });
        await slack?.start(); // Socket Mode connects here; HTTP mode has nothing to start
      } else if (url) makeDesk(url);
      return url ? { url } : {};
    },
    async setupZendesk() {
      makeDesk(`http://127.0.0.1:${config.port}`);
      return desk.desk!.ensureFields(true);
    },
    async stop() {
      if (server) {
        // answers in flight finish; then every connection goes, idle keep-alive ones and those that never sent a request
        const closed = new Promise<void>((resolve) => server!.close(() => resolve()));
        if (requestsInFlight > 0) await new Promise<void>((resolve) => (onDrained = resolve));
        server.closeAllConnections();
        await closed;
      }
      await slack?.stop().catch(() => undefined);
      await warmer?.stop();
      await queue.close();
      await redis?.quit().catch(() => undefined);
    },
  };
}
