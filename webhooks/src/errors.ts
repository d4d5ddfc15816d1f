/** A setting is missing or malformed: the service does not start. */
export class ConfigError extends Error {
  readonly code = 'config_error';
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ConfigError';
  }
}

/** An HTTP answer other than success, with a stable code (mapped once, by the error middleware). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues?: Array<{ path: string; message: string }>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** Zendesk answered with an error status (429 carries the wait). */
export class ZendeskApiError extends Error {
  readonly code = 'zendesk_api_error';
  constructor(
    readonly status: number,
    message: string,
    readonly retryAfterMs?: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'ZendeskApiError';
  }
}
