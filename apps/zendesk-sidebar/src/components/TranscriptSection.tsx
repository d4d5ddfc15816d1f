import { Fragment, useMemo, useState } from 'react';
import styled from 'styled-components';
import { Accordion } from '@zendeskgarden/react-accordions';
import { Field, Input } from '@zendeskgarden/react-forms';
import type { PackageView } from '../view/handoff-view';
import { useT } from '../i18n/i18n-context';
import type { StringKey } from '../i18n/translator';

const Messages = styled.ol`
  margin: 8px 0 0;
  padding: 0;
  list-style: none;
  & > li {
    margin: 0 0 6px;
    line-height: 18px;
  }
`;
const Meta = styled.div`
  color: #5c6970;
  font-size: 11px;
`;

/** The message time in the agent's locale and time zone (the full timestamp stays in `dateTime`). */
export function formatTime(at: string | undefined, locale?: string): string {
  if (!at) return '';
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(date);
}

function Highlighted({ text, query }: { text: string; query: string }) {
  if (!query) return <>{text}</>;
  const parts = text.split(new RegExp(`(${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`, 'i'));
  return (
    <>
      {parts.map((part, i) =>
        part.toLowerCase() === query.toLowerCase() ? <mark key={i}>{part}</mark> : <Fragment key={i}>{part}</Fragment>,
      )}
    </>
  );
}

/** The redacted transcript, collapsed by default, with a search box that filters messages. */
export function TranscriptSection({ transcript, locale }: { transcript: PackageView['transcript']; locale?: string }) {
  const t = useT();
  const [expanded, setExpanded] = useState<number[]>([]);
  const [query, setQuery] = useState('');
  const q = query.trim();
  const shown = useMemo(
    () => transcript.filter((m) => !q || m.text.toLowerCase().includes(q.toLowerCase())),
    [transcript, q],
  );
  return (
    <Accordion
      level={3}
      isCompact
      isCollapsible
      expandedSections={expanded}
      onChange={(index: number) => setExpanded((e) => (e.includes(index) ? [] : [index]))}
      data-testid="transcript"
    >
      <Accordion.Section>
        <Accordion.Header>
          <Accordion.Label>{t('transcript', { count: transcript.length })}</Accordion.Label>
        </Accordion.Header>
        <Accordion.Panel>
          <Field>
            <Field.Label>{t('search_transcript')}</Field.Label>
            <Input type="search" isCompact value={query} onChange={(e) => setQuery(e.target.value)} />
          </Field>
          {shown.length === 0 ? <p role="status">{t('no_matches')}</p> : null}
          <Messages>
            {shown.map((m, i) => {
              const roleKey = `role_${m.role}` as StringKey;
              return (
                <li key={i} data-role={m.role}>
                  <Meta>
                    <strong>{t(roleKey)}</strong>{' '}
                    {m.at ? <time dateTime={m.at}>{formatTime(m.at, locale)}</time> : null}
                  </Meta>
                  <Highlighted text={m.text} query={q} />
                </li>
              );
            })}
          </Messages>
        </Accordion.Panel>
      </Accordion.Section>
    </Accordion>
  );
}
