import { ZodError } from 'zod';
import { readAppSettings } from './api/settings';
import { fetchHandoff } from './api/service-api';
import { readBatonFields, type FieldValue } from './api/ticket-fields';
import type { HandoffView } from './view/handoff-view';
import type { ZafClient } from './zaf/zaf-client';

export type SidebarState =
  | { kind: 'loading' }
  | { kind: 'found'; view: HandoffView; serviceUrl: string; ticketId: number }
  | { kind: 'none' }
  | { kind: 'pending' }
  | { kind: 'unreachable'; fields: FieldValue[] }
  | { kind: 'not_configured'; detail: string }
  | { kind: 'error'; detail: string };

function describe(err: unknown): string {
  if (err instanceof ZodError) return err.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
  return err instanceof Error ? err.message : String(err);
}

/** Everything the sidebar needs at start: settings, the ticket id, the handoff (or the fallback fields). */
export async function loadSidebar(client: ZafClient): Promise<SidebarState> {
  let serviceUrl: string;
  try {
    serviceUrl = (await readAppSettings(client)).service_url;
  } catch (err) {
    return { kind: 'not_configured', detail: describe(err) };
  }
  try {
    const ticketId = Number((await client.get('ticket.id'))['ticket.id']);
    if (!Number.isInteger(ticketId) || ticketId <= 0) return { kind: 'error', detail: 'ticket.id' };
    const result = await fetchHandoff(client, serviceUrl, ticketId);
    if (result.kind === 'found') return { kind: 'found', view: result.view, serviceUrl, ticketId };
    if (result.kind === 'none' || result.kind === 'pending') return { kind: result.kind };
    return { kind: 'unreachable', fields: await readBatonFields(client).catch(() => []) };
  } catch (err) {
    return { kind: 'error', detail: describe(err) };
  }
}
