import { ValidationError } from '@baton/core';
import type { ServiceDeps } from '../deps';
import { HttpError } from '../errors';

export type ErrorAnswer = {
  status: number;
  body: { error: { code: string; message: string; issues?: Array<{ path: string; message: string }> } };
  headers?: Record<string, string>;
};

/** An error as the HTTP answer: the one mapping of error classes to status codes (express and the handoff endpoint). */
export function errorAnswer(deps: ServiceDeps, err: unknown): ErrorAnswer {
  if (err instanceof ValidationError) {
    deps.metrics.rejected.inc({ status: '400' });
    return {
      status: 400,
      body: {
        error: {
          code: 'invalid_event',
          message: err.issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; '),
          issues: err.issues,
        },
      },
    };
  }
  const e = err as { type?: string; status?: number };
  if (e?.type === 'entity.too.large') {
    deps.metrics.rejected.inc({ status: '413' });
    return {
      status: 413,
      body: { error: { code: 'too_large', message: `The body is larger than ${deps.limits.maxBodyBytes} bytes` } },
    };
  }
  if (err instanceof HttpError) {
    deps.metrics.rejected.inc({ status: String(err.status) });
    return {
      status: err.status,
      body: { error: { code: err.code, message: err.message, ...(err.issues ? { issues: err.issues } : {}) } },
      ...(err.headers ? { headers: err.headers } : {}),
    };
  }
  deps.logger.error({ err: (err as Error)?.message }, 'unhandled error');
  return { status: 500, body: { error: { code: 'internal', message: 'Internal error' } } };
}
