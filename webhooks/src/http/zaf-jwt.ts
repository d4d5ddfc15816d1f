import { jwtVerify } from 'jose';

/**
 * Verifies the JWT Zendesk's proxy adds to a ZAF signed request (HS256 with the app's shared
 * secret). Returns the ticket id the token was issued for, if it carries one.
 */
export async function verifyZafToken(
  secret: string,
  authorization: string | undefined,
): Promise<{ ticketId?: number; role?: string; scope?: string }> {
  const token = authorization?.replace(/^Bearer\s+/i, '');
  if (!token) throw new Error('Authorization: Bearer <ZAF JWT> is required');
  const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), {
    algorithms: ['HS256'],
    clockTolerance: 30,
  });
  if (payload.exp === undefined) throw new Error('the token has no expiry');
  const raw =
    (payload as { ticket_id?: unknown; ticketId?: unknown }).ticket_id ?? (payload as { ticketId?: unknown }).ticketId;
  const ticketId = raw === undefined ? undefined : Number(raw);
  const { role, scope } = payload as { role?: unknown; scope?: unknown };
  return {
    ...(ticketId !== undefined && Number.isFinite(ticketId) ? { ticketId } : {}),
    ...(typeof role === 'string' ? { role } : {}),
    ...(typeof scope === 'string' ? { scope } : {}),
  };
}
