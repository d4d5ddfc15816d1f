import { useState } from 'react';
import styled from 'styled-components';
import { Button } from '@zendeskgarden/react-buttons';
import { Checkbox, Field, Fieldset, Radio, Textarea } from '@zendeskgarden/react-forms';
import type { FeedbackInput } from '../api/service-api';
import { useT } from '../i18n/i18n-context';
import type { StringKey } from '../i18n/translator';

type Rating = FeedbackInput['rating'];
const RATINGS: Rating[] = ['complete', 'partial', 'missing'];
/** Offered when the rating is partial or missing, on top of what the package itself says is missing. */
export const COMMON_MISSING_FIELDS = ['customer identity', 'order details', 'what was tried', 'reason for contact'];
const COMMON_LABELS: Record<string, StringKey> = {
  'customer identity': 'missing_customer_identity',
  'order details': 'missing_order_details',
  'what was tried': 'missing_what_was_tried',
  'reason for contact': 'missing_reason_for_contact',
};

const Stack = styled.div`
  display: grid;
  gap: 8px;
`;

export type FeedbackState = 'idle' | 'sending' | 'sent' | 'failed';

export function FeedbackForm({
  handoffId,
  knownMissing,
  onSubmit,
}: {
  handoffId: string;
  knownMissing: string[];
  onSubmit: (feedback: FeedbackInput) => Promise<void>;
}) {
  const t = useT();
  const [rating, setRating] = useState<Rating | undefined>();
  const [missing, setMissing] = useState<string[]>([]);
  const [hadToReAsk, setHadToReAsk] = useState(false);
  const [comment, setComment] = useState('');
  const [state, setState] = useState<FeedbackState>('idle');
  const options = [...new Set([...knownMissing, ...COMMON_MISSING_FIELDS])];

  const submit = async () => {
    if (!rating) return;
    setState('sending');
    try {
      await onSubmit({
        handoffId,
        rating,
        missingFields: rating === 'complete' ? [] : missing,
        hadToReAsk,
        ...(comment.trim() ? { comment: comment.trim() } : {}),
      });
      setState('sent');
    } catch {
      setState('failed');
    }
  };

  if (state === 'sent') return <p role="status">{t('feedback_sent')}</p>;
  return (
    <Stack data-testid="feedback">
      <Fieldset>
        {/* The section heading already says it; screen readers still get the group's name. */}
        <Fieldset.Legend hidden>{t('feedback')}</Fieldset.Legend>
        {RATINGS.map((value) => (
          <Field key={value}>
            <Radio
              name={`rating-${handoffId}`}
              value={value}
              checked={rating === value}
              onChange={() => setRating(value)}
            >
              <Field.Label>{t(`rating_${value}`)}</Field.Label>
            </Radio>
          </Field>
        ))}
      </Fieldset>
      {rating && rating !== 'complete' ? (
        <Fieldset>
          <Fieldset.Legend>{t('missing_which')}</Fieldset.Legend>
          {options.map((name) => (
            <Field key={name}>
              <Checkbox
                checked={missing.includes(name)}
                onChange={(e) => setMissing((m) => (e.target.checked ? [...m, name] : m.filter((x) => x !== name)))}
              >
                {/* The value sent stays the canonical English name; the label is in the agent's language. */}
                <Field.Label>{COMMON_LABELS[name] ? t(COMMON_LABELS[name]) : name}</Field.Label>
              </Checkbox>
            </Field>
          ))}
        </Fieldset>
      ) : null}
      <Field>
        <Checkbox checked={hadToReAsk} onChange={(e) => setHadToReAsk(e.target.checked)}>
          <Field.Label>{t('had_to_reask')}</Field.Label>
        </Checkbox>
      </Field>
      <Field>
        <Field.Label>{t('comment')}</Field.Label>
        <Textarea isCompact minRows={2} maxRows={5} value={comment} onChange={(e) => setComment(e.target.value)} />
      </Field>
      <div>
        <Button size="small" onClick={submit} disabled={!rating || state === 'sending'}>
          {t('send_feedback')}
        </Button>
      </div>
      {state === 'failed' ? <p role="alert">{t('feedback_failed')}</p> : null}
    </Stack>
  );
}
