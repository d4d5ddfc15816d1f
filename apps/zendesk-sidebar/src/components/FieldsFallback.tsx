import type { FieldValue } from '../api/ticket-fields';
import { useT } from '../i18n/i18n-context';
import { Section } from './Section';
import { StatusMessage } from './StatusMessage';

/** What the ticket's Baton fields hold, for when the service cannot be reached. */
export function FieldsFallback({ fields }: { fields: FieldValue[] }) {
  const t = useT();
  if (fields.length === 0) return <StatusMessage type="warning" text={t('unreachable_no_fields')} />;
  return (
    <>
      <StatusMessage type="warning" text={t('unreachable')} />
      <Section title={t('fields_title')} testId="fallback-fields">
        <dl>
          {fields.map((f) => (
            <div key={f.key}>
              <dt style={{ color: '#5c6970' }}>{f.title}</dt>
              <dd style={{ margin: '0 0 4px' }}>{f.value}</dd>
            </div>
          ))}
        </dl>
      </Section>
    </>
  );
}
