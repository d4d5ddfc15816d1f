import { Alert } from '@zendeskgarden/react-notifications';
import { Dots } from '@zendeskgarden/react-loaders';

export function LoadingMessage({ text }: { text: string }) {
  return (
    <div role="status" aria-live="polite" data-testid="loading">
      <Dots size={20} aria-hidden="true" /> {text}
    </div>
  );
}

export function StatusMessage({ type, text }: { type: 'info' | 'warning' | 'error'; text: string }) {
  return (
    <Alert type={type} role={type === 'error' ? 'alert' : 'status'} data-testid={`status-${type}`}>
      {text}
    </Alert>
  );
}
