import { importPKCS8, SignJWT } from 'jose';
import { z } from 'zod';
import { requestJson } from './platform-http';

/**
 * Dialogflow CX Conversation History (v3beta1), read with a Google service account: a JWT signed with
 * its key (RS256) is exchanged for an access token at its token URI (cached until a minute before it
 * expires), then `GET /v3beta1/<conversation name>`. Needs interaction logging on the agent.
 */
export type DialogflowApi = { conversation(name: string): Promise<unknown> };

export const serviceAccountSchema = z.looseObject({
  client_email: z.email({ message: 'must be the service account email' }),
  private_key: z.string().includes('PRIVATE KEY', { message: 'must be the PEM private key of the service account' }),
  token_uri: z.url().default('https://oauth2.googleapis.com/token'),
});
export type ServiceAccount = z.infer<typeof serviceAccountSchema>;

const tokenAnswer = z.looseObject({ access_token: z.string(), expires_in: z.number().default(3600) });

/** `global` -> dialogflow.googleapis.com; a region -> <region>-dialogflow.googleapis.com. */
export function dialogflowHost(conversationName: string): string {
  const location = /\/locations\/([^/]+)\//.exec(conversationName)?.[1] ?? 'global';
  return location === 'global' ? 'https://dialogflow.googleapis.com' : `https://${location}-dialogflow.googleapis.com`;
}

export function createDialogflowApi(
  account: ServiceAccount,
  options: { timeoutMs?: number; host?: string } = {},
): DialogflowApi {
  let token: { value: string; until: number } | undefined;
  const accessToken = async (): Promise<string> => {
    if (token && Date.now() < token.until) return token.value;
    const key = await importPKCS8(account.private_key, 'RS256');
    const now = Math.floor(Date.now() / 1000);
    const assertion = await new SignJWT({ scope: 'https://www.googleapis.com/auth/dialogflow' })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT' })
      .setIssuer(account.client_email)
      .setAudience(account.token_uri)
      .setIssuedAt(now)
      .setExpirationTime(now + 3600)
      .sign(key);
    const res = await fetch(account.token_uri, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 2_000),
    });
    if (!res.ok) throw new Error(`Google token endpoint answered ${res.status}`);
    const t = tokenAnswer.parse(await res.json());
    token = { value: t.access_token, until: Date.now() + (t.expires_in - 60) * 1000 };
    return token.value;
  };
  return {
    async conversation(name) {
      const bearer = await accessToken();
      return requestJson('Dialogflow CX', `${options.host ?? dialogflowHost(name)}/v3beta1/${name}`, {
        headers: { authorization: `Bearer ${bearer}` },
        timeoutMs: options.timeoutMs ?? 2_000,
      });
    },
  };
}
