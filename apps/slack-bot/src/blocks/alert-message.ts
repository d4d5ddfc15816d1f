import type { HandoffRecord, Priority } from '@baton/core';

/** Contract section 4: Slack colours follow priority. */
export const PRIORITY_COLOUR: Record<Priority, string> = {
  urgent: '#E01E5A',
  high: '#F2952F',
  normal: '#ECB22E',
  low: '#9AA0A6',
};

export const ACTION_CLAIM = 'baton_claim';
export const ACTION_RELEASE = 'baton_release';
export const ACTION_OPEN = 'baton_open_ticket';

/** Fields that may reach Slack. A channel is a wider audience than a ticket: by default no email, phone or card digits. */
export type AlertFields = { email: boolean; phone: boolean; cardDigits: boolean; transcriptQuote: boolean };
export const DEFAULT_ALERT_FIELDS: AlertFields = {
  email: false,
  phone: false,
  cardDigits: false,
  transcriptQuote: true,
};

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const PHONE = /\+?\d[\d\s().-]{6,}\d/g;
const CARD = /(?:\[card ••••\d{4}\]|card ending(?: in)? \d{4}|\b\d{4}\b(?=\)?$))/g;

/** Removes what the allow-list keeps out of Slack; Slack's mrkdwn control characters are escaped. */
export function forSlack(text: string, fields: AlertFields): string {
  let t = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  if (!fields.email) t = t.replace(EMAIL, '[email]');
  if (!fields.phone) t = t.replace(PHONE, (m) => (m.replace(/\D/g, '').length >= 7 ? '[phone]' : m));
  if (!fields.cardDigits) t = t.replace(CARD, (m) => (m.startsWith('[card') || m.startsWith('card') ? '[card]' : m));
  return t;
}

function age(createdAt: string, now: Date): string {
  const min = Math.max(0, Math.round((now.getTime() - Date.parse(createdAt)) / 60_000));
  return min < 1 ? 'just now' : min < 60 ? `${min} min ago` : `${Math.round(min / 60)} h ago`;
}

export type AlertMessage = { text: string; attachments: Array<{ color: string; fallback: string; blocks: unknown[] }> };

/**
 * The escalation alert: colour bar by priority, reason and priority, customer, summary, what was
 * tried (✓/✗), next steps, completeness, age; Claim (primary) / Release, and Open in Zendesk.
 */
export function buildAlertMessage(
  record: HandoffRecord,
  options: { ticketUrl?: string; fields?: AlertFields; now?: Date },
): AlertMessage {
  const fields = options.fields ?? DEFAULT_ALERT_FIELDS;
  const pkg = record.package;
  const priority = record.priority ?? pkg?.priority ?? 'normal';
  const reason = (pkg?.reason.code ?? 'out_of_scope').replace(/_/g, ' ');
  const who = [pkg?.customer.name ?? 'Customer', pkg?.customer.tier].filter(Boolean).join(' · ');
  const s = (t: string) => forSlack(t, fields);
  const tried = (pkg?.attempted ?? [])
    .slice(0, 5)
    .map(
      (a) => `${a.outcome === 'succeeded' ? '✓' : a.outcome === 'failed' ? '✗' : '•'} ${s(a.step.replace(/_/g, ' '))}`,
    );
  const claimed = record.claimedBy;
  const claimedLine = claimed
    ? `:raised_hand: Claimed by ${claimed.slackUserId ? `<@${claimed.slackUserId}>` : s(claimed.name ?? claimed.email ?? 'someone')}${record.claimedAt ? ` after ${Math.max(0, Math.round((Date.parse(record.claimedAt) - Date.parse(record.createdAt)) / 60_000))} min` : ''}`
    : undefined;
  const buttons: unknown[] = [
    claimed
      ? { type: 'button', action_id: ACTION_RELEASE, text: { type: 'plain_text', text: 'Release' }, value: record.id }
      : {
          type: 'button',
          action_id: ACTION_CLAIM,
          style: 'primary',
          text: { type: 'plain_text', text: 'Claim' },
          value: record.id,
        },
  ];
  if (options.ticketUrl)
    buttons.push({
      type: 'button',
      action_id: ACTION_OPEN,
      text: { type: 'plain_text', text: 'Open in Zendesk' },
      url: options.ticketUrl,
    });
  const blocks: unknown[] = [
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: `*${priority.toUpperCase()}* · *${reason}* · ${s(who)}${record.ticketId !== undefined ? ` · ticket #${record.ticketId}` : ''}`,
      },
    },
    { type: 'section', text: { type: 'mrkdwn', text: s(pkg?.summary ?? 'A bot handed a conversation over.') } },
  ];
  if (tried.length)
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `*Already tried*\n${tried.join('\n')}` } });
  if (pkg?.nextSteps.length)
    blocks.push({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: `*Next*\n${pkg.nextSteps
          .slice(0, 3)
          .map((x) => `• ${s(x)}`)
          .join('\n')}`,
      },
    });
  blocks.push({
    type: 'context',
    elements: [
      {
        type: 'mrkdwn',
        text: `Context ${Math.round((pkg?.completeness.score ?? 0) * 100)}% complete · ${age(record.createdAt, options.now ?? new Date())} · handoff ${record.id}${claimedLine ? ` · ${claimedLine}` : ''}`,
      },
    ],
  });
  blocks.push({ type: 'actions', block_id: `baton_${record.id}`, elements: buttons });
  const text = `${priority.toUpperCase()} escalation: ${reason} · ${s(pkg?.customer.name ?? 'customer')}${claimed ? ' (claimed)' : ''}`;
  return { text, attachments: [{ color: PRIORITY_COLOUR[priority], fallback: text, blocks }] };
}
