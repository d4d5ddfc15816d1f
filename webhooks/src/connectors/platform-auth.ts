import { createHmac, timingSafeEqual } from 'node:crypto';
import type { SignatureCheck } from '../http/signatures';

/**
 * How each platform proves a request is its own (reference section 7.6), checked on the raw body
 * in constant time. Sunshine and Dialogflow CX send a static secret header (no body signature, no
 * timestamp); Intercom signs the body with HMAC-SHA1 (`X-Hub-Signature: sha1=<hex>`).
 */

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function verifyStaticSecret(header: string, expected: string, got: string | undefined): SignatureCheck {
  if (!got) return { ok: false, reason: `${header} header is missing` };
  return safeEqual(got, expected)
    ? { ok: true }
    : { ok: false, reason: `${header} does not match the configured secret` };
}

export function signHubSignature(secret: string, rawBody: string | Buffer): string {
  return `sha1=${createHmac('sha1', secret).update(rawBody).digest('hex')}`;
}

export function verifyHubSignature(secret: string, header: string | undefined, rawBody: Buffer): SignatureCheck {
  if (!header) return { ok: false, reason: 'X-Hub-Signature header is missing' };
  if (!header.startsWith('sha1=')) return { ok: false, reason: 'X-Hub-Signature must look like sha1=<hex>' };
  return safeEqual(signHubSignature(secret, rawBody), header)
    ? { ok: true }
    : { ok: false, reason: 'X-Hub-Signature does not match the body' };
}
