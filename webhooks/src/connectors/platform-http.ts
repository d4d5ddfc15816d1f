/** A platform API answered with an error: the status decides whether a retry can help. */
export class PlatformApiError extends Error {
  constructor(
    readonly platform: string,
    readonly status: number,
    message: string,
  ) {
    super(`${platform} API answered ${status}: ${message}`);
    this.name = 'PlatformApiError';
  }
  get retryable(): boolean {
    return this.status === 429 || this.status >= 500;
  }
}

/** GET/POST JSON with a timeout; an error status becomes a PlatformApiError naming the platform. */
export async function requestJson(
  platform: string,
  url: string,
  init: { method?: 'GET' | 'POST'; headers?: Record<string, string>; body?: unknown; timeoutMs?: number } = {},
): Promise<unknown> {
  const res = await fetch(url, {
    method: init.method ?? 'GET',
    headers: {
      accept: 'application/json',
      ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...init.headers,
    },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    signal: AbortSignal.timeout(init.timeoutMs ?? 10_000),
  });
  const text = await res.text();
  if (!res.ok) throw new PlatformApiError(platform, res.status, text.slice(0, 300) || res.statusText);
  try {
    return text ? JSON.parse(text) : {};
  } catch {
    throw new PlatformApiError(platform, res.status, 'the answer is not JSON');
  }
}
