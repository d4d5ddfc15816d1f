import styled from 'styled-components';
import { Well } from '@zendeskgarden/react-notifications';
import type { PackageView } from '../view/handoff-view';
import { useT } from '../i18n/i18n-context';

const Facts = styled.dl`
  display: grid;
  grid-template-columns: max-content 1fr;
  gap: 2px 8px;
  margin: 6px 0 0;
  & dt {
    color: #5c6970;
  }
  & dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
`;

function show(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

export function CustomerCard({ customer }: { customer: PackageView['customer'] }) {
  const t = useT();
  const rows: [string, string][] = [];
  if (customer.email) rows.push([t('customer_email'), customer.email]);
  if (customer.phone) rows.push([t('customer_phone'), customer.phone]);
  if (customer.tier) rows.push([t('customer_tier'), customer.tier]);
  if (customer.accountStatus) rows.push([t('customer_status'), customer.accountStatus]);
  if (customer.lifetimeValue !== undefined) rows.push([t('customer_value'), String(customer.lifetimeValue)]);
  for (const [name, value] of Object.entries(customer.attributes ?? {})) rows.push([name, show(value)]);
  return (
    <Well isRecessed data-testid="customer-card">
      <strong>{customer.name ?? customer.email ?? '—'}</strong>
      {rows.length > 0 ? (
        <Facts>
          {rows.map(([name, value]) => (
            <div key={name} style={{ display: 'contents' }}>
              <dt>{name}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </Facts>
      ) : null}
    </Well>
  );
}
