import { requestJson } from './platform-http';

/** Pulls a tracker from a Rasa server: `GET /conversations/{id}/tracker?include_events=APPLIED`, JWT bearer or `?token=`. */
export type RasaApi = { tracker(senderId: string): Promise<unknown> };

export function createRasaApi(options: { url: string; token?: string }): RasaApi {
  // A JWT (three dot-separated parts) goes in the Authorization header; a plain --auth-token goes in the query.
  const jwt = options.token && options.token.split('.').length === 3 ? options.token : undefined;
  return {
    tracker(senderId) {
      const q = new URLSearchParams({ include_events: 'APPLIED' });
      if (options.token && !jwt) q.set('token', options.token);
      return requestJson('Rasa', `${options.url}/conversations/${encodeURIComponent(senderId)}/tracker?${q}`, {
        ...(jwt ? { headers: { authorization: `Bearer ${jwt}` } } : {}),
      });
    },
  };
}
