import { z } from 'zod';
import { optionalSetting } from '../env-fields';

/**
 * Settings of the bot-platform connectors. A connector is on once its secret is set; in the sandbox
 * (`npm start` with no credentials) every connector is on with the sandbox secrets, so the example
 * payloads can be replayed through the real endpoints.
 */
export const CONNECTOR_SANDBOX_SECRETS = {
  sunshine: 'baton-sandbox-sunshine-webhook-secret',
  dialogflow: 'baton-sandbox-dialogflow-key',
  intercom: 'baton-sandbox-intercom-client-secret',
} as const;

const optional = optionalSetting;
const list = optional.transform((v) =>
  v
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined,
);
const url = (example: string) => optional.pipe(z.url({ message: `must be a URL such as ${example}` }).optional());

const envSchema = z.object({
  SUNSHINE_WEBHOOK_SECRET: optional,
  SUNSHINE_APP_ID: optional,
  SUNSHINE_KEY_ID: optional,
  SUNSHINE_KEY_SECRET: optional,
  SUNSHINE_API_URL: url('https://acme.zendesk.com/sc'),
  SUNSHINE_BOT_NAME: optional,
  SUNSHINE_AGENT_INTEGRATIONS: list,
  SUNSHINE_BATON_INTEGRATION: optional,
  SUNSHINE_PASS_TO: optional,
  RASA_URL: url('http://rasa.internal:5005'),
  RASA_TOKEN: optional,
  RASA_BOT_NAME: optional,
  BOTPRESS_TOKEN: optional,
  BOTPRESS_BOT_ID: optional,
  BOTPRESS_API_URL: url('https://api.botpress.cloud'),
  DIALOGFLOW_CX_KEY: optional,
  DIALOGFLOW_CX_HANDOFF_TAGS: list,
  DIALOGFLOW_CX_BOT_NAME: optional,
  DIALOGFLOW_CX_SERVICE_ACCOUNT_FILE: optional,
  INTERCOM_CLIENT_SECRET: optional,
  INTERCOM_REQUIRE_FIN_ESCALATION: optional.pipe(
    z.enum(['true', 'false'], { message: 'must be true or false' }).optional(),
  ),
  ZENDESK_SUBDOMAIN: optional,
});

export type ConnectorConfig = {
  sunshine?: {
    webhookSecret: string;
    api?: { baseUrl: string; appId?: string; keyId: string; keySecret: string };
    botName?: string;
    agentIntegrations?: string[];
    /** Baton's own switchboard integration: passes to it are summarised, then passed to `passTo`. */
    batonIntegration?: string;
    passTo: string;
  };
  rasa: { url?: string; token?: string; botName?: string };
  botpress: { api?: { baseUrl: string; token: string; botId: string } };
  dialogflow?: { key: string; handoffTags?: string[]; botName?: string; serviceAccountFile?: string };
  intercom?: { clientSecret: string; requireFinEscalated: boolean };
};

export function connectorConfigFromEnv(
  env: Record<string, string | undefined>,
  mode: 'sandbox' | 'production',
): ConnectorConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const sandbox = mode === 'sandbox';
  const sunshineSecret = e.SUNSHINE_WEBHOOK_SECRET ?? (sandbox ? CONNECTOR_SANDBOX_SECRETS.sunshine : undefined);
  if ((e.SUNSHINE_KEY_ID || e.SUNSHINE_KEY_SECRET) && !(e.SUNSHINE_KEY_ID && e.SUNSHINE_KEY_SECRET))
    throw new Error(
      'Invalid configuration:\n  SUNSHINE_KEY_SECRET: set SUNSHINE_KEY_ID and SUNSHINE_KEY_SECRET together',
    );
  const sunshineBase =
    e.SUNSHINE_API_URL ??
    (e.ZENDESK_SUBDOMAIN ? `https://${e.ZENDESK_SUBDOMAIN}.zendesk.com/sc` : 'https://api.smooch.io');
  const dialogflowKey = e.DIALOGFLOW_CX_KEY ?? (sandbox ? CONNECTOR_SANDBOX_SECRETS.dialogflow : undefined);
  const intercomSecret = e.INTERCOM_CLIENT_SECRET ?? (sandbox ? CONNECTOR_SANDBOX_SECRETS.intercom : undefined);
  if ((e.BOTPRESS_TOKEN || e.BOTPRESS_BOT_ID) && !(e.BOTPRESS_TOKEN && e.BOTPRESS_BOT_ID))
    throw new Error('Invalid configuration:\n  BOTPRESS_BOT_ID: set BOTPRESS_TOKEN and BOTPRESS_BOT_ID together');
  return {
    ...(sunshineSecret
      ? {
          sunshine: {
            webhookSecret: sunshineSecret,
            ...(e.SUNSHINE_KEY_ID && e.SUNSHINE_KEY_SECRET
              ? {
                  api: {
                    baseUrl: sunshineBase.replace(/\/+$/, ''),
                    ...(e.SUNSHINE_APP_ID ? { appId: e.SUNSHINE_APP_ID } : {}),
                    keyId: e.SUNSHINE_KEY_ID,
                    keySecret: e.SUNSHINE_KEY_SECRET,
                  },
                }
              : {}),
            ...(e.SUNSHINE_BOT_NAME ? { botName: e.SUNSHINE_BOT_NAME } : {}),
            ...(e.SUNSHINE_AGENT_INTEGRATIONS ? { agentIntegrations: e.SUNSHINE_AGENT_INTEGRATIONS } : {}),
            ...(e.SUNSHINE_BATON_INTEGRATION ? { batonIntegration: e.SUNSHINE_BATON_INTEGRATION } : {}),
            passTo: e.SUNSHINE_PASS_TO ?? 'zd:agentWorkspace',
          },
        }
      : {}),
    rasa: {
      ...(e.RASA_URL ? { url: e.RASA_URL.replace(/\/+$/, '') } : {}),
      ...(e.RASA_TOKEN ? { token: e.RASA_TOKEN } : {}),
      ...(e.RASA_BOT_NAME ? { botName: e.RASA_BOT_NAME } : {}),
    },
    botpress: {
      ...(e.BOTPRESS_TOKEN && e.BOTPRESS_BOT_ID
        ? {
            api: {
              baseUrl: (e.BOTPRESS_API_URL ?? 'https://api.botpress.cloud').replace(/\/+$/, ''),
              token: e.BOTPRESS_TOKEN,
              botId: e.BOTPRESS_BOT_ID,
            },
          }
        : {}),
    },
    ...(dialogflowKey
      ? {
          dialogflow: {
            key: dialogflowKey,
            ...(e.DIALOGFLOW_CX_HANDOFF_TAGS ? { handoffTags: e.DIALOGFLOW_CX_HANDOFF_TAGS } : {}),
            ...(e.DIALOGFLOW_CX_BOT_NAME ? { botName: e.DIALOGFLOW_CX_BOT_NAME } : {}),
            ...(e.DIALOGFLOW_CX_SERVICE_ACCOUNT_FILE
              ? { serviceAccountFile: e.DIALOGFLOW_CX_SERVICE_ACCOUNT_FILE }
              : {}),
          },
        }
      : {}),
    ...(intercomSecret
      ? {
          intercom: {
            clientSecret: intercomSecret,
            requireFinEscalated: e.INTERCOM_REQUIRE_FIN_ESCALATION !== 'false',
          },
        }
      : {}),
  };
}
