import { REASON_CODES } from '@baton/core';

/** The custom ticket fields Baton writes, found by title (never by hard-coded id). Same titles as the sidebar's requirements.json. */
export const BATON_FIELDS = {
  reason: { title: 'Baton handoff reason', type: 'tagger' },
  intent: { title: 'Baton intent', type: 'text' },
  sentiment: { title: 'Baton sentiment', type: 'text' },
  confidence: { title: 'Baton bot confidence', type: 'decimal' },
  completeness: { title: 'Baton completeness', type: 'decimal' },
  handoffId: { title: 'Baton handoff id', type: 'text' },
} as const;
export type BatonField = keyof typeof BATON_FIELDS;

/** The drop-down option value of a reason (also the tag Zendesk sets for it). */
export const reasonOptionValue = (code: string) => `baton_reason_${code}`;

export function fieldDefinition(field: BatonField): Record<string, unknown> {
  const def = BATON_FIELDS[field];
  return {
    title: def.title,
    type: def.type,
    description: 'Written by Baton when a bot hands a conversation to a person.',
    active: true,
    ...(def.type === 'tagger'
      ? {
          custom_field_options: REASON_CODES.map((code) => ({
            name: code.replace(/_/g, ' '),
            value: reasonOptionValue(code),
          })),
        }
      : {}),
  };
}
