import styled from 'styled-components';
import { Button } from '@zendeskgarden/react-buttons';
import type { PackageView } from '../view/handoff-view';
import { useT } from '../i18n/i18n-context';

const Chips = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: 4px;
  margin: 0;
  padding: 0;
  list-style: none;
`;

/** Every entity the agent may need to paste somewhere, in the package's order, de-duplicated. */
export function entityValues(entities: PackageView['entities']): string[] {
  const values = [
    ...entities.orderIds,
    ...entities.accountIds,
    ...entities.errorCodes,
    ...entities.emails,
    ...entities.phones,
    ...entities.amounts.map((a) => a.text),
    ...entities.cardLast4.map((d) => `••••${d}`),
    ...entities.products,
    ...entities.dates,
    ...entities.urls,
  ];
  return [...new Set(values)];
}

export function EntityChips({
  entities,
  onCopy,
}: {
  entities: PackageView['entities'];
  onCopy: (value: string) => void;
}) {
  const t = useT();
  const values = entityValues(entities);
  if (values.length === 0) return null;
  return (
    <Chips data-testid="entities">
      {values.map((value) => (
        <li key={value}>
          <Button
            size="small"
            isPill
            onClick={() => onCopy(value)}
            aria-label={t('copy_hint', { value })}
            title={t('copy_hint', { value })}
          >
            {value}
          </Button>
        </li>
      ))}
    </Chips>
  );
}
