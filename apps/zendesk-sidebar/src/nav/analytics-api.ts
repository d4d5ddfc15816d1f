import type { ZafClient } from '../zaf/zaf-client';
import { isZafRequestError } from '../zaf/zaf-client';
import { signedRequest } from '../api/service-api';

/** The figures of `GET /v1/analytics` the page shows (the service computes them from its event log). */
export type Quantiles = { p50?: number; p90?: number; n: number };
export type AnalyticsTotals = {
  handoffs: number;
  botResolved: number;
  handoffRate?: number;
  fcr?: number;
  reAskRate?: number;
  repeatContactRate?: number;
  slaBreaches: number;
  reasonShares: Record<string, number>;
  reAskedFields: Record<string, number>;
  timeToClaimMs: Quantiles;
  timeToFirstReplyMs: Quantiles;
  csat: { handoff?: number; botResolved?: number; delta?: number };
  funnel: Record<'handedOff' | 'alerted' | 'claimed' | 'firstReply' | 'solved' | 'notReopened', number>;
};
export type AnalyticsAnswer = {
  from: string;
  to: string;
  total: AnalyticsTotals;
  groups: Record<string, AnalyticsTotals>;
};

export type AnalyticsResult =
  { kind: 'ok'; data: AnalyticsAnswer } | { kind: 'forbidden' } | { kind: 'unreachable'; status: number };

/**
 * Reads the analytics as a ZAF signed request: Zendesk's proxy signs a JWT (HS256, the app's secure
 * shared secret) that carries the user's role; the service serves admins only.
 */
export async function fetchAnalytics(
  client: ZafClient,
  serviceUrl: string,
  query: { since: string; by: string; bot?: string; reason?: string; channel?: string; priority?: string },
  role: string,
): Promise<AnalyticsResult> {
  const params = new URLSearchParams(
    Object.entries(query).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''),
  );
  try {
    const body = await client.request(
      signedRequest(`${serviceUrl}/v1/analytics?${params}`, 'GET', { role, scope: 'analytics' }),
    );
    return { kind: 'ok', data: (typeof body === 'string' ? JSON.parse(body) : body) as AnalyticsAnswer };
  } catch (err) {
    const status = isZafRequestError(err) ? err.status : 0;
    return status === 401 || status === 403 ? { kind: 'forbidden' } : { kind: 'unreachable', status };
  }
}
