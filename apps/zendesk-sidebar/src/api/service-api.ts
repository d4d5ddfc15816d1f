import type { ZafClient, ZafRequestOptions } from '../zaf/zaf-client';
import { isZafRequestError } from '../zaf/zaf-client';
import { isPendingRecord, parseHandoffView, type HandoffView } from '../view/handoff-view';

/** JWT settings of every call: HS256 signed by Zendesk's proxy with the secure setting (ecosystem.md §2.5). */
export const JWT_EXPIRY_SEC = 60;

export type FeedbackInput = {
  handoffId: string;
  rating: 'complete' | 'partial' | 'missing';
  missingFields: string[];
  hadToReAsk: boolean;
  comment?: string;
};

export type HandoffResult =
  | { kind: 'found'; view: HandoffView }
  | { kind: 'none' }
  | { kind: 'pending' }
  | { kind: 'unreachable'; status: number };

/** A ZAF signed request: Zendesk's proxy adds `Authorization: Bearer <JWT>` signed with the secure shared secret. */
export function signedRequest(
  url: string,
  type: 'GET' | 'POST',
  claims: Record<string, unknown>,
  data?: unknown,
): ZafRequestOptions {
  return {
    url,
    type,
    dataType: 'json',
    cors: false,
    secure: true,
    headers: { Authorization: 'Bearer {{jwt.token}}' },
    jwt: {
      algorithm: 'HS256',
      secret_key: '{{setting.shared_secret}}',
      expiry: JWT_EXPIRY_SEC,
      claims,
    },
    ...(data === undefined ? {} : { contentType: 'application/json', data: JSON.stringify(data) }),
  };
}

/** Loads the handoff of a ticket. 404 means "no handoff"; anything else that fails means "unreachable". */
export async function fetchHandoff(client: ZafClient, serviceUrl: string, ticketId: number): Promise<HandoffResult> {
  let body: unknown;
  try {
    body = await client.request(
      signedRequest(`${serviceUrl}/v1/tickets/${ticketId}/handoff`, 'GET', { ticket_id: ticketId }),
    );
  } catch (err) {
    if (isZafRequestError(err) && err.status === 404) return { kind: 'none' };
    return { kind: 'unreachable', status: isZafRequestError(err) ? err.status : 0 };
  }
  const parsed: unknown = typeof body === 'string' ? JSON.parse(body) : body;
  if (isPendingRecord(parsed)) return { kind: 'pending' };
  return { kind: 'found', view: parseHandoffView(parsed) };
}

/** Sends the agent's rating of the context; rejects with the ZAF error when the service refuses. */
export async function postFeedback(
  client: ZafClient,
  serviceUrl: string,
  ticketId: number,
  feedback: FeedbackInput,
): Promise<void> {
  await client.request(
    signedRequest(`${serviceUrl}/v1/tickets/${ticketId}/feedback`, 'POST', { ticket_id: ticketId }, feedback),
  );
}
