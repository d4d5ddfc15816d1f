import type { ZafClient, ZafRequestOptions } from '../src/zaf/zaf-client';

export type FakeZafOptions = {
  settings?: Record<string, unknown>;
  ticketId?: number;
  /** Answers client.request; throw `{status}` to fail like ZAF does. */
  respond?: (options: ZafRequestOptions) => unknown | Promise<unknown>;
  values?: Record<string, unknown>;
};

/** A ZAF client double that records every call, as the app scaffolds' tests do. */
export function createFakeZafClient(options: FakeZafOptions = {}) {
  const requests: ZafRequestOptions[] = [];
  const invocations: { name: string; args: unknown[] }[] = [];
  const handlers: Record<string, ((...args: unknown[]) => void)[]> = {};
  const values: Record<string, unknown> = { 'ticket.id': options.ticketId ?? 4521, ...options.values };
  const client: ZafClient = {
    async get(path) {
      const paths = Array.isArray(path) ? path : [path];
      return Object.fromEntries(paths.map((p) => [p, values[p]]));
    },
    async invoke(name, ...args) {
      invocations.push({ name, args });
      return undefined;
    },
    async request<T>(req: ZafRequestOptions): Promise<T> {
      requests.push(req);
      return (await (options.respond ?? (() => ({})))(req)) as T;
    },
    on(event, handler) {
      (handlers[event] ??= []).push(handler);
    },
    async context() {
      return { location: 'ticket_sidebar', account: { subdomain: 'acme' } };
    },
    async metadata() {
      return { settings: options.settings ?? { service_url: 'https://baton.example.com/' } };
    },
  };
  /** Fires a ZAF event the way Zendesk would. */
  const trigger = (event: string, ...args: unknown[]) => (handlers[event] ?? []).forEach((h) => h(...args));
  return { client, requests, invocations, trigger };
}
