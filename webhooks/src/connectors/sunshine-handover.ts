import { sunshinePassMetadata, type PassMetadataOptions } from '@baton/core/connectors';
import type { HandoffRecord } from '@baton/core';
import type { SunshineApi } from './sunshine-api';

/**
 * The other way into Zendesk: Baton, in control of the conversation, passes it to Agent Workspace with
 * the package as passControl metadata. Zendesk creates the ticket with the whole conversation
 * (`first_message_id`), priority, tags, requester and Baton's fields; Baton writes no ticket of its own.
 * passControl by name or integration type is idempotent, so a retried job passes once.
 */
export function createSunshineHandover(
  api: SunshineApi,
  fieldIds: () => Promise<PassMetadataOptions['fieldIds']>,
  groupFor?: (record: HandoffRecord) => number | undefined,
): (record: HandoffRecord) => Promise<void> {
  return async (record) => {
    const d = record.delivery;
    if (!d || d.via !== 'sunshine-pass') throw new Error(`handoff ${record.id} is not delivered through Sunshine`);
    if (!record.package) throw new Error(`handoff ${record.id} has no package yet`);
    const groupId = groupFor?.(record);
    const metadata = sunshinePassMetadata(record.package, {
      handoffId: record.id,
      fieldIds: (await fieldIds().catch(() => undefined)) ?? {},
      ...(d.firstMessageId ? { firstMessageId: d.firstMessageId } : {}),
      ...(groupId !== undefined ? { groupId } : {}),
    });
    await api.passControl(d.appId, d.conversationId, { switchboardIntegration: d.passTo, metadata });
  };
}
