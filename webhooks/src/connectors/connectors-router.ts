import express, { type Request, type Response, type Router } from 'express';
import type { HandoffEventInput, HandoffRecord } from '@baton/core';
import * as connectors from '@baton/core/connectors';
import type { ServiceDeps } from '../deps';
import { HttpError } from '../errors';
import { verifyHandoffSignature } from '../http/signatures';
import { acceptHandoff, type Accepted } from '../intake/accept-handoff';
import type { ConnectorConfig } from './connector-config';
import { fetchBotpressHistory, type BotpressApi } from './botpress-api';
import { PlatformApiError } from './platform-http';
import { verifyHubSignature, verifyStaticSecret } from './platform-auth';
import type { RasaApi } from './rasa-api';
import type { DialogflowApi } from './dialogflow-api';
import { fetchSunshineHistory, type SunshineApi } from './sunshine-api';

export type ConnectorDeps = {
  config: ConnectorConfig;
  signingSecret: string;
  publicUrl?: string;
  sunshine?: SunshineApi;
  rasa?: RasaApi;
  botpress?: BotpressApi;
  dialogflow?: DialogflowApi;
  logger?: { warn(obj: object, msg: string): void };
};

function parseJson(buf: Buffer): unknown {
  try {
    return JSON.parse(buf.toString('utf8'));
  } catch (err) {
    throw new HttpError(400, 'invalid_json', `The body is not valid JSON: ${(err as Error).message}`);
  }
}

const raw = (req: Request): Buffer => (Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0));

function notConfigured(platform: string, setting: string): never {
  throw new HttpError(404, 'connector_off', `The ${platform} connector is off: set ${setting} to turn it on`);
}

/** A platform API that failed: retryable failures become 503 so the platform (or the caller) retries. */
function fetchFailed(err: unknown): never {
  if (err instanceof PlatformApiError)
    throw new HttpError(
      err.retryable ? 503 : 502,
      'platform_unavailable',
      err.message,
      undefined,
      err.retryable ? { 'Retry-After': '30' } : undefined,
    );
  throw new HttpError(
    503,
    'platform_unavailable',
    `Could not reach the platform: ${(err as Error).message}`,
    undefined,
    {
      'Retry-After': '30',
    },
  );
}

/**
 * `POST /v1/connectors/<platform>`: each platform's own payload, authenticated its own way on the raw
 * body, mapped by the core's pure connector, and fed to the same intake as `POST /v1/handoffs`.
 * Nothing of the raw payload is logged.
 */
export function createConnectorsRouter(deps: ServiceDeps, c: ConnectorDeps): Router {
  const router = express.Router();
  const body = express.raw({ type: () => true, limit: deps.limits.maxBodyBytes });
  const base = (req: Request) => c.publicUrl ?? `${req.protocol}://${req.get('host')}`;
  const signed = (req: Request) => {
    const check = verifyHandoffSignature(c.signingSecret, req.get('x-handoff-signature'), raw(req));
    if (!check.ok) throw new HttpError(401, 'invalid_signature', check.reason);
  };
  const accept = (req: Request, event: HandoffEventInput, extras: Pick<HandoffRecord, 'delivery'> = {}) =>
    acceptHandoff(deps, event, base(req), extras);
  const count = (platform: string, n: number) => deps.metrics.connectorHandoffs.inc({ platform }, n);
  const answer = (res: Response, platform: string, accepted: Accepted[]) => {
    count(platform, accepted.filter((a) => a.status === 202).length);
    if (accepted.length === 1) return res.status(accepted[0]!.status).json(accepted[0]!.body);
    res.status(accepted.some((a) => a.status === 202) ? 202 : 200).json({ handoffs: accepted.map((a) => a.body) });
  };

  // Sunshine Conversations: X-API-Key; a batch of events; 200 once handled (400/401 stop Sunshine's retries).
  router.post('/v1/connectors/sunshine', body, async (req, res) => {
    const cfg = c.config.sunshine ?? notConfigured('Sunshine Conversations', 'SUNSHINE_WEBHOOK_SECRET');
    const check = verifyStaticSecret('X-API-Key', cfg.webhookSecret, req.get('x-api-key'));
    if (!check.ok) throw new HttpError(401, 'invalid_api_key', check.reason);
    const payload = parseJson(raw(req));
    const mapCfg = {
      ...(cfg.botName ? { botName: cfg.botName } : {}),
      ...(cfg.agentIntegrations ? { agentIntegrations: cfg.agentIntegrations } : {}),
      ...(cfg.batonIntegration ? { batonIntegration: cfg.batonIntegration } : {}),
    };
    const triggers = connectors.sunshineTriggers(payload, mapCfg);
    const batch = connectors.sunshineBatchMessages(payload);
    const accepted: Accepted[] = [];
    for (const t of triggers) {
      const own = batch.get(t.conversationId) ?? [];
      let history = own;
      if (c.sunshine) {
        const firstMessageId =
          typeof t.metadata.first_message_id === 'string' ? t.metadata.first_message_id : undefined;
        history = await fetchSunshineHistory(c.sunshine, t.appId, t.conversationId, firstMessageId).catch((err) => {
          // A conversation that is gone (404) still hands off with what the batch holds; a flaky API is retried.
          if (err instanceof PlatformApiError && !err.retryable) return own;
          return fetchFailed(err);
        });
      }
      const event = connectors.sunshineToHandoffEvent(t, history, mapCfg, own);
      if (!event) continue;
      const delivery =
        t.target === 'baton'
          ? {
              delivery: {
                via: 'sunshine-pass' as const,
                appId: t.appId,
                conversationId: t.conversationId,
                passTo: cfg.passTo,
                ...(history[0]?.id ? { firstMessageId: history[0].id } : {}),
              },
            }
          : {};
      accepted.push(await accept(req, event, delivery));
    }
    count('sunshine', accepted.filter((a) => a.status === 202).length);
    res.status(200).json({ received: triggers.length, handoffs: accepted.map((a) => a.body) });
  });

  // Rasa: a tracker pushed by the bot's custom action (signed), or `{sender_id}` alone: Baton pulls it.
  router.post('/v1/connectors/rasa', body, async (req, res) => {
    signed(req);
    let payload = parseJson(raw(req)) as Record<string, unknown>;
    const pullOnly = payload && typeof payload === 'object' && !('events' in payload) && !('tracker' in payload);
    if (pullOnly) {
      const senderId = typeof payload.sender_id === 'string' ? payload.sender_id : undefined;
      if (!senderId)
        throw new HttpError(400, 'invalid_event', 'sender_id: is required (or send the whole tracker with its events)');
      if (!c.rasa) notConfigured('Rasa pull', 'RASA_URL');
      payload = (await c.rasa.tracker(senderId).catch(fetchFailed)) as Record<string, unknown>;
    }
    const events = connectors.rasaToHandoffEvents(
      payload,
      c.config.rasa.botName ? { botName: c.config.rasa.botName } : {},
      { force: true },
    );
    if (events.length === 0) throw new HttpError(422, 'no_transcript', 'The tracker holds no messages to hand off');
    answer(res, 'rasa', [await accept(req, events[0]!)]);
  });

  // Botpress: what Baton's hitl integration posts from startHitl (signed); an empty history is pulled.
  router.post('/v1/connectors/botpress', body, async (req, res) => {
    signed(req);
    const payload = parseJson(raw(req)) as {
      input?: { messageHistory?: unknown[]; hitlSession?: { upstreamConversationId?: string } };
    };
    const upstream = payload?.input?.hitlSession?.upstreamConversationId;
    if (
      c.botpress &&
      upstream &&
      Array.isArray(payload.input?.messageHistory) &&
      payload.input.messageHistory.length === 0
    ) {
      const history = await fetchBotpressHistory(c.botpress, upstream).catch(fetchFailed);
      payload.input!.messageHistory = history.map((m) => ({
        source: m.role === 'customer' ? { type: 'user' } : { type: 'bot' },
        type: 'text',
        payload: { text: m.text },
      }));
    }
    const events = connectors.botpressToHandoffEvents(payload);
    if (events.length === 0) throw new HttpError(422, 'no_transcript', 'messageHistory holds no messages to hand off');
    answer(res, 'botpress', [await accept(req, events[0]!)]);
  });

  // Dialogflow CX: a static header secret; answered with a WebhookResponse carrying the customer message.
  router.post('/v1/connectors/dialogflow-cx', body, async (req, res) => {
    const cfg = c.config.dialogflow ?? notConfigured('Dialogflow CX', 'DIALOGFLOW_CX_KEY');
    const check = verifyStaticSecret('X-Baton-Key', cfg.key, req.get('x-baton-key'));
    if (!check.ok) throw new HttpError(401, 'invalid_key', check.reason);
    const payload = parseJson(raw(req));
    const mapCfg = {
      ...(cfg.handoffTags ? { handoffTags: cfg.handoffTags } : {}),
      ...(cfg.botName ? { botName: cfg.botName } : {}),
    };
    let events = connectors.dialogflowCxToHandoffEvents(payload, mapCfg);
    // The webhook holds one turn: with a service account, the conversation so far comes from
    // Conversation History. Dialogflow waits for the answer, so a slow or failed read keeps the turn alone.
    const session = (payload as { sessionInfo?: { session?: string } }).sessionInfo?.session;
    const name = session ? connectors.conversationNameOf(session) : undefined;
    if (events.length > 0 && c.dialogflow && name) {
      try {
        const history = connectors.dialogflowCxHistoryMessages(await c.dialogflow.conversation(name));
        events = connectors.dialogflowCxToHandoffEvents(payload, mapCfg, history);
      } catch (err) {
        c.logger?.warn({ err: (err as Error).message }, 'Dialogflow CX history unavailable; handing off with the turn');
      }
    }
    if (events.length === 0) {
      res.status(200).json({}); // not a handoff turn: nothing to add to the agent's response
      return;
    }
    const accepted = await accept(req, events[0]!);
    count('dialogflow-cx', accepted.status === 202 ? 1 : 0);
    res.status(200).json(connectors.dialogflowCxWebhookResponse(accepted.body.customerMessage, accepted.body.id));
  });

  // Bot Framework / Copilot Studio: the handoff.initiate event activity, forwarded signed by the bot or adapter.
  router.post('/v1/connectors/botframework', body, async (req, res) => {
    signed(req);
    const events = connectors.botFrameworkToHandoffEvents(parseJson(raw(req)));
    if (events.length === 0) {
      res.status(200).json({ ignored: 'not a handoff.initiate event' });
      return;
    }
    answer(res, 'botframework', [await accept(req, events[0]!)]);
  });

  // Intercom: helpdesk webhooks signed with X-Hub-Signature (HMAC-SHA1 of the raw body with the client secret).
  router.post('/v1/connectors/intercom', body, async (req, res) => {
    const cfg = c.config.intercom ?? notConfigured('Intercom', 'INTERCOM_CLIENT_SECRET');
    const check = verifyHubSignature(cfg.clientSecret, req.get('x-hub-signature'), raw(req));
    if (!check.ok) throw new HttpError(401, 'invalid_signature', check.reason);
    const events = connectors.intercomToHandoffEvents(parseJson(raw(req)), {
      requireFinEscalated: cfg.requireFinEscalated,
    });
    if (events.length === 0) {
      res.status(200).json({ ignored: 'not an escalation' });
      return;
    }
    answer(res, 'intercom', [await accept(req, events[0]!)]);
  });

  return router;
}
