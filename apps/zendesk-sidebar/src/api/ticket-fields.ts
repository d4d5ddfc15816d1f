import type { ZafClient } from '../zaf/zaf-client';

/**
 * The custom ticket fields Baton writes (created on install by requirements.json, same keys and titles).
 * When the service cannot be reached the sidebar still shows what these fields hold.
 */
export const BATON_TICKET_FIELDS = [
  { key: 'baton_reason', title: 'Baton handoff reason', type: 'tagger' },
  { key: 'baton_intent', title: 'Baton intent', type: 'text' },
  { key: 'baton_sentiment', title: 'Baton sentiment', type: 'text' },
  { key: 'baton_confidence', title: 'Baton bot confidence', type: 'decimal' },
  { key: 'baton_completeness', title: 'Baton completeness', type: 'decimal' },
  { key: 'baton_handoff_id', title: 'Baton handoff id', type: 'text' },
] as const;
export type BatonFieldKey = (typeof BATON_TICKET_FIELDS)[number]['key'];

export type FieldValue = { key: BatonFieldKey; title: string; value: string };

type TicketFieldInfo = { name?: unknown; label?: unknown; title?: unknown };

/** Reads Baton's custom fields on the open ticket; fields that are absent or empty are left out. */
export async function readBatonFields(client: ZafClient): Promise<FieldValue[]> {
  const listed = (await client.get('ticketFields'))['ticketFields'];
  const fields = Array.isArray(listed) ? (listed as TicketFieldInfo[]) : [];
  const found: { key: BatonFieldKey; title: string; path: string }[] = [];
  for (const def of BATON_TICKET_FIELDS) {
    const match = fields.find((f) => f.label === def.title || f.title === def.title);
    if (match && typeof match.name === 'string') {
      found.push({ key: def.key, title: def.title, path: `ticket.customField:${match.name}` });
    }
  }
  if (found.length === 0) return [];
  const values = await client.get(found.map((f) => f.path));
  return found.flatMap((f) => {
    const raw = values[f.path];
    if (raw === null || raw === undefined || raw === '') return [];
    return [{ key: f.key, title: f.title, value: String(raw) }];
  });
}
