import { connectorConfigFromEnv, type ConnectorConfig } from './connectors/connector-config';
import { z } from 'zod';
import { llmConfigFromEnv, type LlmConfig } from '@baton/core/llm';
import { ConfigError } from './errors';
import { optionalSetting } from './env-fields';

/** The demo secrets of the embedded sandbox. Never accepted once real Zendesk or Slack credentials are set. */
export const SANDBOX_SECRETS = {
  signing: 'baton-sandbox-signing-secret',
  zaf: 'baton-sandbox-zaf-shared-secret',
  zendeskWebhook: 'baton-sandbox-zendesk-webhook-secret',
  admin: 'baton-sandbox-admin-token',
  slack: 'baton-sandbox-slack-signing-secret',
} as const;

const optional = optionalSetting;

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  BATON_PUBLIC_URL: optional.pipe(z.url({ message: 'must be a URL such as https://baton.example.com' }).optional()),
  REDIS_URL: optional.pipe(z.url({ message: 'must be a redis:// URL such as redis://127.0.0.1:6379' }).optional()),
  BATON_SIGNING_SECRET: optional,
  BATON_ZAF_SHARED_SECRET: optional,
  BATON_ZENDESK_WEBHOOK_SECRET: optional,
  BATON_ADMIN_TOKEN: optional,
  ZENDESK_SUBDOMAIN: optional.pipe(
    z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be the subdomain only, e.g. "acme" for acme.zendesk.com')
      .optional(),
  ),
  ZENDESK_EMAIL: optional.pipe(
    z.email({ message: 'must be the email of the Zendesk user the API token belongs to' }).optional(),
  ),
  ZENDESK_API_TOKEN: optional,
  ZENDESK_OAUTH_TOKEN: optional,
  SLACK_BOT_TOKEN: optional,
  SLACK_SIGNING_SECRET: optional,
  BATON_SLACK_ROUTING_FILE: optional,
  SLACK_DIGEST_CHANNEL: optional.pipe(
    z
      .string()
      .regex(
        /^(?:#?[a-z0-9][a-z0-9._-]{0,79}|[CG][A-Z0-9]{8,})$/,
        'must be a channel ID (C0123ABCD) or a channel name (#support-leads: lowercase letters, digits, - _ .)',
      )
      .optional(),
  ),
  SLACK_APP_TOKEN: optional.pipe(
    z.string().startsWith('xapp-', 'must be an app-level token (xapp-...) with connections:write').optional(),
  ),
  SLACK_CLIENT_ID: optional,
  SLACK_CLIENT_SECRET: optional,
  SLACK_STATE_SECRET: optional,
  BATON_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  BATON_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  BATON_MAX_QUEUE_DEPTH: z.coerce.number().int().min(1).default(100_000),
  BATON_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(500).default(20),
  BATON_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type ZendeskCredentials = { subdomain: string; email?: string; apiToken?: string; oauthToken?: string };

export type Config = {
  port: number;
  host: string;
  publicUrl?: string;
  redisUrl?: string;
  /** sandbox: no Zendesk credentials, the local stand-in is served and used. */
  mode: 'sandbox' | 'production';
  zendesk?: ZendeskCredentials;
  slackConfigured: boolean;
  /** The Slack app: one workspace (bot token), OAuth installs from the directory, or Socket Mode (app token). */
  slack?: {
    botToken?: string;
    signingSecret: string;
    appToken?: string;
    oauth?: { clientId: string; clientSecret: string; stateSecret: string };
  };
  /** Routing rules file for Slack alerts (JSON, see README). */
  slackRoutingFile?: string;
  /** Slack channel for the weekly digest of handoff analytics (Monday 09:00 UTC). */
  slackDigestChannel?: string;
  secrets: { signing: string; zaf: string; zendeskWebhook: string; admin: string };
  retentionDays: number;
  rateLimitPerMinute: number;
  maxQueueDepth: number;
  workerConcurrency: number;
  logLevel: z.infer<typeof envSchema>['BATON_LOG_LEVEL'];
  llm?: LlmConfig;
  /** Bot-platform connectors (Sunshine, Rasa, Botpress, Dialogflow CX, Bot Framework, Intercom). */
  connectors: ConnectorConfig;
};

const HOW: Record<string, string> = {
  BATON_SIGNING_SECRET:
    'set it to the secret your bot signs handoffs with (X-Handoff-Signature), e.g. `openssl rand -hex 32`',
  BATON_ZAF_SHARED_SECRET: "set it to the sidebar app's shared secret (the app setting shared_secret in Zendesk)",
  BATON_ZENDESK_WEBHOOK_SECRET:
    "set it to the Zendesk webhook's signing secret (Admin Center > Webhooks > the webhook > Reveal secret)",
  ZENDESK_EMAIL: 'set ZENDESK_EMAIL with ZENDESK_API_TOKEN, or ZENDESK_OAUTH_TOKEN alone',
};

/** Reads the environment once; a missing or malformed setting stops the start, naming it and how to fix it. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const zendesk = e.ZENDESK_SUBDOMAIN
    ? {
        subdomain: e.ZENDESK_SUBDOMAIN,
        email: e.ZENDESK_EMAIL,
        apiToken: e.ZENDESK_API_TOKEN,
        oauthToken: e.ZENDESK_OAUTH_TOKEN,
      }
    : undefined;
  if (zendesk && !zendesk.oauthToken && !(zendesk.email && zendesk.apiToken)) {
    throw new ConfigError(
      `Invalid configuration:\n  ZENDESK_API_TOKEN: missing for ZENDESK_SUBDOMAIN=${zendesk.subdomain}; ${HOW.ZENDESK_EMAIL}`,
    );
  }
  const slackConfigured = !!(e.SLACK_BOT_TOKEN || e.SLACK_SIGNING_SECRET || e.SLACK_CLIENT_ID || e.SLACK_APP_TOKEN);
  let slack: Config['slack'];
  if (slackConfigured) {
    const fail = (key: string, how: string) => {
      throw new ConfigError(`Invalid configuration:\n  ${key}: ${how}`);
    };
    if (e.SLACK_CLIENT_ID) {
      if (!e.SLACK_CLIENT_SECRET)
        fail(
          'SLACK_CLIENT_SECRET',
          'required with SLACK_CLIENT_ID for the OAuth install (Basic Information > App Credentials)',
        );
      if (!e.SLACK_STATE_SECRET)
        fail(
          'SLACK_STATE_SECRET',
          'required with SLACK_CLIENT_ID: any long random string, e.g. `openssl rand -hex 32`',
        );
      if (!e.SLACK_SIGNING_SECRET)
        fail('SLACK_SIGNING_SECRET', 'required: Basic Information > App Credentials > Signing Secret');
      if (!e.REDIS_URL) fail('REDIS_URL', 'required with SLACK_CLIENT_ID: installations are kept in Redis');
      slack = {
        signingSecret: e.SLACK_SIGNING_SECRET!,
        oauth: {
          clientId: e.SLACK_CLIENT_ID,
          clientSecret: e.SLACK_CLIENT_SECRET!,
          stateSecret: e.SLACK_STATE_SECRET!,
        },
      };
    } else {
      if (!e.SLACK_BOT_TOKEN)
        fail(
          'SLACK_BOT_TOKEN',
          'set the bot token (xoxb-..., OAuth & Permissions), or SLACK_CLIENT_ID for OAuth installs',
        );
      if (!e.SLACK_SIGNING_SECRET && !e.SLACK_APP_TOKEN)
        fail(
          'SLACK_SIGNING_SECRET',
          'set both SLACK_BOT_TOKEN (xoxb-...) and SLACK_SIGNING_SECRET (Basic Information > App Credentials)',
        );
      slack = {
        botToken: e.SLACK_BOT_TOKEN!,
        signingSecret: e.SLACK_SIGNING_SECRET ?? '',
        ...(e.SLACK_APP_TOKEN ? { appToken: e.SLACK_APP_TOKEN } : {}),
      };
    }
  }
  const mode = zendesk || slackConfigured ? 'production' : 'sandbox';
  if (e.SLACK_DIGEST_CHANNEL && mode === 'production' && !slackConfigured)
    throw new ConfigError(
      'Invalid configuration:\n  SLACK_DIGEST_CHANNEL: the weekly digest is posted by the Slack app; set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_CLIENT_ID), or unset it',
    );
  const need = (
    key: 'BATON_SIGNING_SECRET' | 'BATON_ZAF_SHARED_SECRET' | 'BATON_ZENDESK_WEBHOOK_SECRET',
    value: string | undefined,
    demo: string,
  ): string => {
    if (value) return value;
    if (mode === 'sandbox') return demo;
    throw new ConfigError(
      `Invalid configuration:\n  ${key}: required once real Zendesk or Slack credentials are set; ${HOW[key]}`,
    );
  };
  let llm: LlmConfig | undefined;
  try {
    llm = llmConfigFromEnv(env);
  } catch (err) {
    throw new ConfigError(`Invalid configuration: LLM settings (OPENAI_*): ${(err as Error).message}`, { cause: err });
  }
  let connectors: ConnectorConfig;
  try {
    connectors = connectorConfigFromEnv(env, mode);
  } catch (err) {
    throw new ConfigError((err as Error).message, { cause: err });
  }
  return {
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.BATON_PUBLIC_URL,
    redisUrl: e.REDIS_URL,
    mode,
    zendesk,
    slackConfigured,
    ...(slack ? { slack } : {}),
    ...(e.BATON_SLACK_ROUTING_FILE ? { slackRoutingFile: e.BATON_SLACK_ROUTING_FILE } : {}),
    ...(e.SLACK_DIGEST_CHANNEL ? { slackDigestChannel: e.SLACK_DIGEST_CHANNEL } : {}),
    secrets: {
      signing: need('BATON_SIGNING_SECRET', e.BATON_SIGNING_SECRET, SANDBOX_SECRETS.signing),
      zaf: need('BATON_ZAF_SHARED_SECRET', e.BATON_ZAF_SHARED_SECRET, SANDBOX_SECRETS.zaf),
      zendeskWebhook: need(
        'BATON_ZENDESK_WEBHOOK_SECRET',
        e.BATON_ZENDESK_WEBHOOK_SECRET,
        SANDBOX_SECRETS.zendeskWebhook,
      ),
      admin: e.BATON_ADMIN_TOKEN ?? (mode === 'sandbox' ? SANDBOX_SECRETS.admin : ''),
    },
    retentionDays: e.BATON_RETENTION_DAYS,
    rateLimitPerMinute: e.BATON_RATE_LIMIT_PER_MINUTE,
    maxQueueDepth: e.BATON_MAX_QUEUE_DEPTH,
    workerConcurrency: e.BATON_WORKER_CONCURRENCY,
    logLevel: e.BATON_LOG_LEVEL,
    ...(llm ? { llm } : {}),
    connectors,
  };
}
