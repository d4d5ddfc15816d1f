import { ZendeskApiError } from '../errors';

/** How a failed step is retried: `wait` (rate limited: no attempt used), `never` (4xx), or `backoff`. */
export type RetryDecision = { kind: 'wait'; ms: number } | { kind: 'never' } | { kind: 'backoff' };

export function classifyJobError(err: unknown): RetryDecision {
  if (err instanceof ZendeskApiError) {
    if (err.status === 429) return { kind: 'wait', ms: err.retryAfterMs ?? 10_000 };
    if (err.status >= 400 && err.status < 500 && err.status !== 408 && err.status !== 409) return { kind: 'never' };
  }
  return { kind: 'backoff' };
}
