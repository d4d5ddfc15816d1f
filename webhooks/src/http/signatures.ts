import { createHmac, timingSafeEqual } from 'node:crypto';

export const REPLAY_WINDOW_SEC = 5 * 60;

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** `X-Handoff-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>` (contract section 7). */
export function signHandoff(secret: string, rawBody: string | Buffer, nowSec = Math.floor(Date.now() / 1000)): string {
  const mac = createHmac('sha256', secret).update(`${nowSec}.`).update(rawBody).digest('hex');
  return `t=${nowSec},v1=${mac}`;
}

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

export function verifyHandoffSignature(
  secret: string,
  header: string | undefined,
  rawBody: Buffer,
  nowSec = Math.floor(Date.now() / 1000),
): SignatureCheck {
  if (!header) return { ok: false, reason: 'X-Handoff-Signature header is missing' };
  const parts = Object.fromEntries(header.split(',').map((p) => p.trim().split('=', 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || !parts.v1)
    return { ok: false, reason: 'X-Handoff-Signature must look like t=<unix seconds>,v1=<hex>' };
  if (Math.abs(nowSec - t) > REPLAY_WINDOW_SEC)
    return { ok: false, reason: 'X-Handoff-Signature timestamp is outside the 5-minute window' };
  const expected = createHmac('sha256', secret).update(`${t}.`).update(rawBody).digest('hex');
  return safeEqual(expected, parts.v1)
    ? { ok: true }
    : { ok: false, reason: 'X-Handoff-Signature does not match the body' };
}

/** Zendesk webhooks: base64(HMAC-SHA256(secret, timestamp + body)), timestamp header ISO-8601. */
export function signZendeskWebhook(secret: string, timestamp: string, rawBody: string | Buffer): string {
  return createHmac('sha256', secret).update(timestamp).update(rawBody).digest('base64');
}

export function verifyZendeskWebhook(
  secret: string,
  signature: string | undefined,
  timestamp: string | undefined,
  rawBody: Buffer,
  nowMs = Date.now(),
): SignatureCheck {
  if (!signature || !timestamp)
    return { ok: false, reason: 'X-Zendesk-Webhook-Signature and X-Zendesk-Webhook-Signature-Timestamp are required' };
  const at = Date.parse(timestamp);
  if (!Number.isFinite(at)) return { ok: false, reason: 'X-Zendesk-Webhook-Signature-Timestamp is not a date' };
  if (Math.abs(nowMs - at) > REPLAY_WINDOW_SEC * 1000)
    return { ok: false, reason: 'X-Zendesk-Webhook-Signature-Timestamp is outside the 5-minute window' };
  return safeEqual(signZendeskWebhook(secret, timestamp, rawBody), signature)
    ? { ok: true }
    : { ok: false, reason: 'X-Zendesk-Webhook-Signature does not match the body' };
}
