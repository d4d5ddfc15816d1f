/**
 * The slice of the Zendesk Apps Framework client the sidebar uses. The real one comes from
 * `ZAFClient.init()` (zaf_sdk.min.js, loaded by assets/iframe.html); tests and the sandbox pass a fake.
 */
export type ZafRequestOptions = {
  url: string;
  type?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  dataType?: 'json' | 'text';
  contentType?: string;
  data?: string;
  cors?: boolean;
  secure?: boolean;
  headers?: Record<string, string>;
  jwt?: { algorithm: 'HS256'; secret_key: string; expiry?: number; claims?: Record<string, unknown> };
};

/** What `client.request` rejects with: the HTTP status (0 when the request never got an answer). */
export type ZafRequestError = { status: number; responseText?: string; statusText?: string };

export type ZafContext = { location?: string; account?: { subdomain?: string }; ticketId?: number };

export type ZafMetadata = { settings: Record<string, unknown>; appId?: number; installationId?: number };

export interface ZafClient {
  get(path: string | string[]): Promise<Record<string, unknown>>;
  invoke(name: string, ...args: unknown[]): Promise<unknown>;
  request<T = unknown>(options: ZafRequestOptions): Promise<T>;
  on(event: string, handler: (...args: unknown[]) => void): void;
  context(): Promise<ZafContext>;
  metadata(): Promise<ZafMetadata>;
}

type ZafGlobal = { init(): ZafClient | undefined };

/** Returns the ZAF client of this iframe, or undefined when the page was opened outside Zendesk. */
export function initZafClient(win: Window & { ZAFClient?: ZafGlobal }): ZafClient | undefined {
  return win.ZAFClient?.init();
}

export function isZafRequestError(value: unknown): value is ZafRequestError {
  return typeof value === 'object' && value !== null && typeof (value as { status?: unknown }).status === 'number';
}
