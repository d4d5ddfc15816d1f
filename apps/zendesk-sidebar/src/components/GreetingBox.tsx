import styled from 'styled-components';
import { Button } from '@zendeskgarden/react-buttons';
import { useT } from '../i18n/i18n-context';

const Quote = styled.blockquote`
  margin: 0 0 8px;
  padding: 6px 10px;
  border-left: 3px solid #1f73b7;
  background: #f8f9f9;
  line-height: 20px;
`;

export function GreetingBox({ greeting, onInsert }: { greeting: string; onInsert: () => void }) {
  const t = useT();
  if (!greeting) return null;
  return (
    <div data-testid="greeting">
      <Quote>{greeting}</Quote>
      <Button size="small" isPrimary onClick={onInsert}>
        {t('insert_reply')}
      </Button>
    </div>
  );
}
