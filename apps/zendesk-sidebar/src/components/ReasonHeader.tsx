import styled from 'styled-components';
import { Tag } from '@zendeskgarden/react-tags';
import type { PackageView } from '../view/handoff-view';
import { useT } from '../i18n/i18n-context';
import type { StringKey } from '../i18n/translator';

/** Contract §4: the colours Slack uses for each priority, so both surfaces match. */
export const PRIORITY_COLOURS: Record<PackageView['priority'], string> = {
  urgent: '#E01E5A',
  high: '#F2952F',
  normal: '#ECB22E',
  low: '#9AA0A6',
};

const Row = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: 6px;
  align-items: center;
`;
const Why = styled.p`
  margin: 6px 0 2px;
  line-height: 20px;
`;
const Claim = styled.p`
  margin: 0;
  color: #5c6970;
  font-size: 12px;
`;

export function reasonLabelKey(code: string): StringKey | undefined {
  const key = `reason_${code}`;
  return /^reason_[a-z_]+$/.test(key) ? (key as StringKey) : undefined;
}

export function ReasonHeader({ pkg, claimedBy }: { pkg: PackageView; claimedBy?: string }) {
  const t = useT();
  const key = reasonLabelKey(pkg.reason.code);
  const reasonText = key ? t(key) : pkg.reason.code;
  const priorityText = t(`priority_${pkg.priority}`);
  return (
    <div data-testid="reason">
      <Row>
        <Tag size="large" hue={PRIORITY_COLOURS[pkg.priority]} data-testid="priority-badge">
          <span>{t('priority', { priority: priorityText })}</span>
        </Tag>
        <strong>{reasonText}</strong>
      </Row>
      {pkg.reason.detail ? <Why>{pkg.reason.detail}</Why> : null}
      <Claim>{claimedBy ? t('claimed_by', { name: claimedBy }) : t('unclaimed')}</Claim>
    </div>
  );
}
