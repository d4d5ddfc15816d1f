import { useEffect, useMemo, useRef, useState } from 'react';
import styled from 'styled-components';
import { ThemeProvider } from '@zendeskgarden/react-theming';
import { postFeedback } from './api/service-api';
import { copyText } from './components/copy-text';
import { FieldsFallback } from './components/FieldsFallback';
import { HandoffPanel, type PanelActions } from './components/HandoffPanel';
import { LoadingMessage, StatusMessage } from './components/StatusMessage';
import { I18nProvider } from './i18n/i18n-context';
import { createTranslator } from './i18n/translator';
import { loadSidebar, type SidebarState } from './load-sidebar';
import { useAutoResize } from './use-auto-resize';
import type { ZafClient } from './zaf/zaf-client';

const Root = styled.main`
  padding: 4px 2px 12px;
  font-size: 14px;
  color: #2f3941;
`;

export type AppProps = {
  client: ZafClient;
  locale?: string;
  copy?: (text: string) => Promise<void>;
};

export function App({ client, locale, copy = (text) => copyText(text) }: AppProps) {
  const [state, setState] = useState<SidebarState>({ kind: 'loading' });
  const rootRef = useRef<HTMLElement>(null);
  const t = useMemo(() => createTranslator(locale), [locale]);
  useAutoResize(client, rootRef);

  useEffect(() => {
    let live = true;
    const load = () =>
      void loadSidebar(client).then((next) => {
        if (live) setState(next);
      });
    load();
    // The agent comes back to the ticket (a claim may have happened in Slack): refresh in place.
    client.on('app.activated', load);
    return () => {
      live = false;
    };
  }, [client]);

  let body;
  switch (state.kind) {
    case 'loading':
      body = <LoadingMessage text={t('loading')} />;
      break;
    case 'none':
      body = <StatusMessage type="info" text={t('empty')} />;
      break;
    case 'pending':
      body = <StatusMessage type="info" text={t('pending')} />;
      break;
    case 'unreachable':
      body = <FieldsFallback fields={state.fields} />;
      break;
    case 'not_configured':
      body = <StatusMessage type="error" text={t('not_configured', { detail: state.detail })} />;
      break;
    case 'error':
      body = <StatusMessage type="error" text={t('error', { detail: state.detail })} />;
      break;
    case 'found': {
      const actions: PanelActions = {
        insertReply: async (text) => {
          await client.invoke('ticket.editor.insert', text);
        },
        copy,
        sendFeedback: (feedback) => postFeedback(client, state.serviceUrl, state.ticketId, feedback),
      };
      body = <HandoffPanel view={state.view} actions={actions} {...(locale ? { locale } : {})} />;
      break;
    }
  }
  return (
    <ThemeProvider>
      <I18nProvider translate={t}>
        <Root ref={rootRef} lang={locale} aria-busy={state.kind === 'loading'}>
          {body}
        </Root>
      </I18nProvider>
    </ThemeProvider>
  );
}
