import type { HandoffPackage } from '../schema/handoff-package';

/**
 * The metadata Baton sends with `passControl` to Zendesk's Agent Workspace, so the ticket Zendesk
 * creates already carries the package: the whole conversation (`first_message_id`, not the last 10
 * messages), priority, tags, requester and Baton's ticket fields (`dataCapture.*`, reference 1.6).
 * Sunshine metadata is flat (string | number | boolean) and at most 4 KB: the summary is shortened
 * to fit, never the keys Zendesk acts on.
 */

export type PassMetadataOptions = {
  firstMessageId?: string;
  /** Baton's ticket field ids in this Zendesk account, by field (from `baton setup zendesk`). */
  fieldIds?: Partial<Record<'reason' | 'intent' | 'sentiment' | 'confidence' | 'completeness' | 'handoffId', number>>;
  handoffId?: string;
  groupId?: number;
  maxBytes?: number;
};

export type FlatMetadata = Record<string, string | number | boolean>;

/** UTF-8 length of the JSON of `o` (core has no Buffer or TextEncoder: it runs anywhere). */
function bytes(o: unknown): number {
  let n = 0;
  for (const ch of JSON.stringify(o)) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

export function sunshinePassMetadata(pkg: HandoffPackage, options: PassMetadataOptions = {}): FlatMetadata {
  const max = options.maxBytes ?? 4096;
  const ids = options.fieldIds ?? {};
  const md: FlatMetadata = {};
  if (options.firstMessageId) md.first_message_id = options.firstMessageId;
  md['dataCapture.systemField.priority'] = pkg.priority;
  md['dataCapture.systemField.tags'] = [
    'baton_handoff',
    `baton_reason_${pkg.reason.code}`,
    `baton_priority_${pkg.priority}`,
  ].join(',');
  if (pkg.customer.name) md['dataCapture.systemField.requester.name'] = pkg.customer.name;
  if (pkg.customer.email) md['dataCapture.systemField.requester.email'] = pkg.customer.email;
  if (options.groupId) md['dataCapture.systemField.group_id'] = options.groupId;
  const field = (key: keyof NonNullable<PassMetadataOptions['fieldIds']>, value: string | number | undefined) => {
    const id = ids[key];
    if (id && value !== undefined) md[`dataCapture.ticketField.${id}`] = value;
  };
  field('reason', `baton_reason_${pkg.reason.code}`);
  field('intent', pkg.intent.label);
  field('sentiment', pkg.sentiment.label);
  field('confidence', pkg.intent.confidence);
  field('completeness', pkg.completeness.score);
  field('handoffId', options.handoffId);
  if (options.handoffId) md['baton.handoffId'] = options.handoffId;
  md['baton.reason'] = pkg.reason.code;
  md['baton.whisper'] = pkg.whisper;
  // The summary goes last and is the only thing shortened to keep within the limit.
  const room = max - bytes({ ...md, 'baton.summary': '' });
  if (room > 40) {
    let summary = pkg.summary;
    while (summary.length > 0 && bytes(summary) > room)
      summary = `${summary.slice(0, Math.floor(summary.length * 0.8)).trimEnd()}…`;
    if (summary.length > 1) md['baton.summary'] = summary;
  }
  return md;
}
