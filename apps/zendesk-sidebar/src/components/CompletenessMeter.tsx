import { Progress } from '@zendeskgarden/react-loaders';
import type { PackageView } from '../view/handoff-view';
import { useT } from '../i18n/i18n-context';

export function CompletenessMeter({ completeness }: { completeness: NonNullable<PackageView['completeness']> }) {
  const t = useT();
  const percent = Math.round(completeness.score * 100);
  const colour = percent >= 80 ? '#038153' : percent >= 50 ? '#ECB22E' : '#cd3642';
  return (
    <div data-testid="completeness">
      <Progress
        value={percent}
        color={colour}
        aria-label={t('completeness')}
        aria-valuetext={t('completeness_value', { percent })}
      />
      <div>{t('completeness_value', { percent })}</div>
      {completeness.missing.length > 0 ? (
        <div>{t('completeness_missing', { fields: completeness.missing.join(', ') })}</div>
      ) : null}
    </div>
  );
}
