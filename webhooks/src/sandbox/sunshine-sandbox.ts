import type { FlatMetadata } from '@baton/core/connectors';
import type { SunshineApi } from '../connectors/sunshine-api';

/**
 * A stand-in for the Sunshine Conversations API in the sandbox: List Messages pages backwards, 100 at
 * a time, over the conversations it holds; passControl calls are recorded, not sent anywhere.
 */
export class SunshineSandbox implements SunshineApi {
  readonly conversations = new Map<string, Array<{ id: string } & Record<string, unknown>>>();
  readonly passes: Array<{
    appId: string;
    conversationId: string;
    switchboardIntegration: string;
    metadata: FlatMetadata;
  }> = [];

  async listMessages(_appId: string, conversationId: string, before?: string): Promise<unknown> {
    const all = this.conversations.get(conversationId) ?? [];
    const end = before ? all.findIndex((m) => m.id === before) : all.length;
    const stop = end < 0 ? 0 : end;
    const start = Math.max(0, stop - 100);
    const messages = all.slice(start, stop);
    return {
      messages,
      meta: { hasMore: start > 0, ...(start > 0 ? { beforeCursor: messages[0]!.id } : {}) },
    };
  }

  async passControl(
    appId: string,
    conversationId: string,
    body: { switchboardIntegration: string; metadata: FlatMetadata },
  ): Promise<void> {
    this.passes.push({ appId, conversationId, ...body });
  }
}
