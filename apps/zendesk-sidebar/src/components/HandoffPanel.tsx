import { useState } from 'react';
import type { HandoffView } from '../view/handoff-view';
import type { FeedbackInput } from '../api/service-api';
import { useT } from '../i18n/i18n-context';
import { AttemptedList } from './AttemptedList';
import { CompletenessMeter } from './CompletenessMeter';
import { CustomerCard } from './CustomerCard';
import { EntityChips } from './EntityChips';
import { FeedbackForm } from './FeedbackForm';
import { GreetingBox } from './GreetingBox';
import { ReasonHeader } from './ReasonHeader';
import { List, Section, VisuallyHidden } from './Section';
import { TranscriptSection } from './TranscriptSection';

export type PanelActions = {
  insertReply: (text: string) => Promise<void>;
  copy: (text: string) => Promise<void>;
  sendFeedback: (feedback: FeedbackInput) => Promise<void>;
};

/** The handoff, top to bottom in the order the issue lists. */
export function HandoffPanel({ view, actions, locale }: { view: HandoffView; actions: PanelActions; locale?: string }) {
  const t = useT();
  const { pkg } = view;
  const [announcement, setAnnouncement] = useState('');
  return (
    <div data-testid="handoff">
      <VisuallyHidden role="status" aria-live="polite" data-testid="announcer">
        {announcement}
      </VisuallyHidden>
      <Section title={t('title')}>
        <ReasonHeader pkg={pkg} {...(view.claimedBy ? { claimedBy: view.claimedBy } : {})} />
      </Section>
      <Section title={t('summary')} testId="summary">
        <p style={{ margin: 0, lineHeight: '20px' }}>{pkg.summary}</p>
      </Section>
      <Section title={t('customer')}>
        <CustomerCard customer={pkg.customer} />
      </Section>
      <Section title={t('already_done')}>
        <AttemptedList attempted={pkg.attempted} />
      </Section>
      {pkg.customerProvided.length > 0 ? (
        <Section title={t('customer_told_us')} testId="provided">
          <List>
            {pkg.customerProvided.map((fact) => (
              <li key={fact}>{fact}</li>
            ))}
          </List>
        </Section>
      ) : null}
      <Section title={t('entities')}>
        <EntityChips
          entities={pkg.entities}
          onCopy={(value) => {
            void actions.copy(value).then(
              () => setAnnouncement(t('copied', { value })),
              () => setAnnouncement(''),
            );
          }}
        />
      </Section>
      {pkg.nextSteps.length > 0 ? (
        <Section title={t('next_steps')} testId="next-steps">
          <ol style={{ margin: 0, paddingLeft: 18 }}>
            {pkg.nextSteps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </Section>
      ) : null}
      <Section title={t('greeting')}>
        <GreetingBox
          greeting={pkg.suggestedGreeting}
          onInsert={() => {
            void actions.insertReply(pkg.suggestedGreeting).then(
              () => setAnnouncement(t('inserted')),
              () => setAnnouncement(''),
            );
          }}
        />
      </Section>
      {pkg.completeness ? (
        <Section title={t('completeness')}>
          <CompletenessMeter completeness={pkg.completeness} />
        </Section>
      ) : null}
      <Section title={t('feedback')}>
        <FeedbackForm
          handoffId={view.handoffId}
          knownMissing={pkg.completeness?.missing ?? []}
          onSubmit={actions.sendFeedback}
        />
      </Section>
      {/* The accordion header is this section's heading. */}
      <div style={{ paddingTop: 6, borderTop: '1px solid #e9ebed' }}>
        <TranscriptSection transcript={pkg.transcript} {...(locale ? { locale } : {})} />
      </div>
    </div>
  );
}
