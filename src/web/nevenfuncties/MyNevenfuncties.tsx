// /o/:tenantId/nevenfuncties — the official's own register: the office the publication names,
// each nevenfunctie with what is and is not published, change (a new version) or end it, its
// earlier versions, add one, or take them over from the scan. What becomes public and what stays
// inside is said in the register's own words (register/nevenfuncties.yaml).
import {
  Button,
  ButtonGroup,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Office } from '../../core/vocabulary.ts';
import { call } from '../client.ts';
import type { Reply } from '../contract.ts';
import { useSay } from '../instrument/text.ts';
import { problemMessage } from '../problem.ts';
import { may, organisationFor, useSession } from '../session.tsx';
import { NoAccess } from '../shell/OrganisationHome.tsx';
import { focusSoon } from '../ui/Confirm.tsx';
import { SelectField } from '../ui/forms.tsx';
import { AppButtonLink } from '../ui/links.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ResourceView } from '../ui/ResourceView.tsx';
import { ErrorBlock, StatusMessage } from '../ui/Status.tsx';
import { useResource } from '../ui/use-resource.ts';
import { EntryForm, type EntryMode, type NevenfunctieBody } from './EntryForm.tsx';
import './nevenfuncties.css';

type Own = Reply<'nevenfuncties.own'>;
type Entry = Own['entries'][number];
type Content = Reply<'nevenfuncties.content'>;

export function MyNevenfuncties() {
  const { session } = useSession();
  const { tenantId } = useParams();
  const organisation = session ? organisationFor(session, tenantId) : undefined;
  if (!organisation || !may(organisation, 'nevenfuncties.own')) return <NoAccess />;
  return <RegisterPage tenantId={organisation.tenantId} />;
}

function RegisterPage({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const load = useResource(
    async () => ({
      own: await call('nevenfuncties.own', { params: { tenantId } }),
      content: await call('nevenfuncties.content'),
    }),
    [tenantId],
  );
  if (load.status !== 'ready')
    return (
      <>
        <PageTitle>{t('nevenfuncties.nav.own')}</PageTitle>
        <ResourceView resource={load} />
      </>
    );
  return (
    <Register
      tenantId={tenantId}
      own={load.data.own}
      content={load.data.content}
      onChange={(own) => load.update((data) => ({ ...data, own }))}
    />
  );
}

function Register({
  tenantId,
  own,
  content,
  onChange,
}: {
  tenantId: string;
  own: Own;
  content: Content;
  onChange: (own: Own) => void;
}) {
  const { t } = useTranslation();
  const { say } = useSay();
  const [status, setStatus] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const current = own.entries.filter((e) => e.endsOn === null);
  const ended = own.entries.filter((e) => e.endsOn !== null);

  const changed = (next: Own, said: string, focus: string) => {
    onChange(next);
    setStatus(said);
    focusSoon(focus);
  };

  return (
    <>
      <PageTitle>{say(content.title)}</PageTitle>
      <Paragraph lead>{say(content.intro)}</Paragraph>
      <StatusMessage>{status}</StatusMessage>

      <OfficeChoice
        tenantId={tenantId}
        own={own}
        onSaved={(next) => changed(next, t('nevenfuncties.office.saved'), 'nevenfuncties-list-title')}
      />

      <section className="weerbaar-section" aria-labelledby="nevenfuncties-list-title">
        <Heading2 id="nevenfuncties-list-title" tabIndex={-1}>
          {t('nevenfuncties.list.title')}
        </Heading2>
        {own.entries.length === 0 ? <Paragraph>{t('nevenfuncties.list.empty')}</Paragraph> : null}
        <ul className="weerbaar-nevenfuncties">
          {[...current, ...ended].map((entry) => (
            <EntryCard
              key={entry.id}
              tenantId={tenantId}
              entry={entry}
              onSaved={(next, mode) =>
                changed(
                  next,
                  mode === 'end' ? t('nevenfuncties.list.endedStatus') : t('nevenfuncties.list.changed'),
                  `entry-${entry.id}`,
                )
              }
            />
          ))}
        </ul>
        <ButtonGroup>
          <AppButtonLink to={`/o/${tenantId}/nevenfuncties/uit-scan`} appearance="secondary-action-button">
            {t('nevenfuncties.takeOver.link')}
          </AppButtonLink>
        </ButtonGroup>
      </section>

      <section className="weerbaar-section weerbaar-panel" aria-label={t('nevenfuncties.form.addTitle')}>
        {own.office === null ? (
          <Paragraph>{t('nevenfuncties.office.needed')}</Paragraph>
        ) : (
          <EntryForm
            key={formKey}
            id="nevenfunctie-new"
            mode="add"
            initial={null}
            onSubmit={async (body) => {
              const next = await call('nevenfuncties.add', { params: { tenantId }, body });
              setFormKey((k) => k + 1);
              changed(next, t('nevenfuncties.list.added'), 'nevenfuncties-list-title');
            }}
          />
        )}
      </section>

      <WhatIsPublished content={content} />
    </>
  );
}

function OfficeChoice({
  tenantId,
  own,
  onSaved,
}: {
  tenantId: string;
  own: Own;
  onSaved: (own: Own) => void;
}) {
  const { t } = useTranslation();
  const [office, setOffice] = useState<string>(own.office ?? '');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>(undefined);
  const save = async () => {
    if (!office) {
      setError(t('nevenfuncties.office.choose'));
      document.getElementById('nevenfuncties-office')?.focus();
      return;
    }
    setError(undefined);
    setMessage(null);
    setBusy(true);
    try {
      onSaved(
        await call('nevenfuncties.setOffice', { params: { tenantId }, body: { office: office as Office } }),
      );
    } catch (caught) {
      setMessage(problemMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="weerbaar-section" aria-labelledby="nevenfuncties-office-title">
      <Heading2 id="nevenfuncties-office-title">{t('nevenfuncties.office.title')}</Heading2>
      {message ? <ErrorBlock message={message} /> : null}
      <SelectField
        id="nevenfuncties-office"
        label={t('nevenfuncties.office.label')}
        error={error}
        value={office}
        onValueChange={setOffice}
      >
        <option value="">{t('nevenfuncties.office.choose')}</option>
        {own.offices.map((o) => (
          <option key={o} value={o}>
            {t(`offices.${o}`)}
          </option>
        ))}
      </SelectField>
      <Button appearance="secondary-action-button" busy={busy} onClick={() => void save()}>
        {t('nevenfuncties.office.save')}
      </Button>
    </section>
  );
}

function EntryCard({
  tenantId,
  entry,
  onSaved,
}: {
  tenantId: string;
  entry: Entry;
  onSaved: (own: Own, mode: EntryMode) => void;
}) {
  const { t, i18n } = useTranslation();
  const [mode, setMode] = useState<EntryMode | null>(null);
  const name = t('nevenfuncties.list.at', { function: entry.function, organisation: entry.organisation });
  const formId = `entry-form-${entry.id}`;
  const open = (next: EntryMode) => {
    setMode(next);
    focusSoon(`${formId}-title`);
  };
  const at = (iso: string) => new Date(iso).toLocaleDateString(i18n.language);
  return (
    <li className="weerbaar-card weerbaar-nevenfunctie" aria-labelledby={`entry-${entry.id}`}>
      <Heading3 id={`entry-${entry.id}`} tabIndex={-1}>
        {name}
        {entry.endsOn ? ` (${t('nevenfuncties.list.ended')})` : null}
      </Heading3>
      <Details entry={entry} />
      {entry.history.length > 0 ? (
        <details className="weerbaar-nevenfunctie__history">
          <summary>{t('nevenfuncties.list.history', { count: entry.history.length })}</summary>
          <UnorderedList>
            {entry.history.map((version) => (
              <UnorderedListItem key={version.recordedAt}>
                {t('nevenfuncties.list.at', {
                  function: version.function,
                  organisation: version.organisation,
                })}
                {', '}
                {version.paid ? t('nevenfuncties.list.paid') : t('nevenfuncties.list.unpaid')}
                {version.endsOn ? `, ${t('nevenfuncties.list.until')} ${version.endsOn}` : null}
                {' — '}
                {t('nevenfuncties.list.recordedAt', { at: at(version.recordedAt) })}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </details>
      ) : null}
      {mode ? (
        <div className="weerbaar-panel">
          <EntryForm
            id={formId}
            mode={mode}
            initial={entry}
            onCancel={() => {
              setMode(null);
              focusSoon(`entry-${entry.id}`);
            }}
            onSubmit={async (body: NevenfunctieBody) => {
              const next = await call('nevenfuncties.change', {
                params: { tenantId, nevenfunctieId: entry.id },
                body,
              });
              setMode(null);
              onSaved(next, mode);
            }}
          />
        </div>
      ) : (
        <ButtonGroup>
          <Button
            appearance="secondary-action-button"
            aria-label={t('nevenfuncties.list.editLabel', { name })}
            onClick={() => open('edit')}
          >
            {t('nevenfuncties.list.edit')}
          </Button>
          {entry.endsOn === null ? (
            <Button
              appearance="secondary-action-button"
              aria-label={t('nevenfuncties.list.endLabel', { name })}
              onClick={() => open('end')}
            >
              {t('nevenfuncties.list.end')}
            </Button>
          ) : null}
        </ButtonGroup>
      )}
    </li>
  );
}

function Details({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const none = t('nevenfuncties.list.notGiven');
  const rows: Array<[string, string]> = [
    [
      t('nevenfuncties.public.paidColumn'),
      entry.paid ? t('nevenfuncties.list.paid') : t('nevenfuncties.list.unpaid'),
    ],
    [t('nevenfuncties.list.hours'), entry.hoursPerMonth === null ? none : String(entry.hoursPerMonth)],
    [t('nevenfuncties.list.since'), entry.startsOn ?? none],
  ];
  if (entry.endsOn) rows.push([t('nevenfuncties.list.until'), entry.endsOn]);
  rows.push([
    t('nevenfuncties.list.approval'),
    entry.approval ? t('nevenfuncties.list.approvalValue', entry.approval) : none,
  ]);
  return (
    <>
      <dl className="weerbaar-nevenfunctie__details">
        {rows.map(([key, value]) => (
          <div key={key}>
            <dt>{key}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {entry.source === 'scan' ? (
        <Paragraph small className="weerbaar-muted">
          {t('nevenfuncties.list.fromScan')}
        </Paragraph>
      ) : null}
    </>
  );
}

export function WhatIsPublished({ content }: { content: Content }) {
  const { t } = useTranslation();
  const { say } = useSay();
  return (
    <section className="weerbaar-section" aria-labelledby="nevenfuncties-published-title">
      <Heading2 id="nevenfuncties-published-title">{t('nevenfuncties.published.title')}</Heading2>
      <Paragraph>{say(content.published.intro)}</Paragraph>
      <UnorderedList>
        {content.published.fields.map((field) => (
          <UnorderedListItem key={field.field}>
            <strong>{say(field.label)}</strong>: {say(field.why)}
          </UnorderedListItem>
        ))}
      </UnorderedList>
      <Heading3>{t('nevenfuncties.published.internalTitle')}</Heading3>
      <Paragraph>{say(content.internal.intro)}</Paragraph>
      <UnorderedList>
        {content.internal.fields.map((field) => (
          <UnorderedListItem key={field.field}>
            <strong>{say(field.label)}</strong>: {say(field.why)}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </section>
  );
}
