import type { PackageView } from '../view/handoff-view';
import { useT } from '../i18n/i18n-context';
import { List, VisuallyHidden } from './Section';

const MARKS = { succeeded: '✓', failed: '✗', unknown: '?' } as const;
const COLOURS = { succeeded: '#038153', failed: '#cd3642', unknown: '#5c6970' } as const;

export function AttemptedList({ attempted }: { attempted: PackageView['attempted'] }) {
  const t = useT();
  if (attempted.length === 0) return <p>{t('nothing_tried')}</p>;
  return (
    <List data-testid="attempted">
      {attempted.map((a, i) => (
        <li key={`${a.step}-${i}`}>
          <span aria-hidden="true" style={{ color: COLOURS[a.outcome], fontWeight: 700, marginRight: 6 }}>
            {MARKS[a.outcome]}
          </span>
          {a.step}
          <VisuallyHidden> ({t(`outcome_${a.outcome}`)})</VisuallyHidden>
        </li>
      ))}
    </List>
  );
}
