// /o/:tenantId/norm — the norm and agressieprotocol of the term: the session's steps with the
// organisation's draft (the beheerder or opdrachtgever edits and saves it), "vaststellen" as a new
// version with its date and who agreed it, the agreed versions (every member reads them) and the
// referral texts beside it. /o/:tenantId/norm/versie/:n — one agreed version, printable.
import {
  Button,
  ButtonGroup,
  Heading2,
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { call } from '../client.ts';
import { Scroll } from '../college/CollegeView.tsx';
import type { Reply } from '../contract.ts';
import { useSay } from '../instrument/text.ts';
import { problemMessage } from '../problem.ts';
import { ForAbility } from '../scan/access.tsx';
import { formatDate } from '../scan/format.ts';
import { CheckboxGroup, TextArea } from '../ui/choices.tsx';
import { ErrorSummary, type FieldErrors, summarise, TextField } from '../ui/forms.tsx';
import { AppLink } from '../ui/links.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ResourceView } from '../ui/ResourceView.tsx';
import { StatusMessage } from '../ui/Status.tsx';
import { useResource } from '../ui/use-resource.ts';
import '../afwegingskader/afwegingskader.css';

type NormView = Reply<'norm.read'>;
type NormContent = NormView['draft']['content'];

export const normAddress = (tenantId: string, version?: number) =>
  `/o/${tenantId}/norm${version ? `/versie/${version}` : ''}`;

export function NormSession() {
  return <ForAbility action="organisation.read">{(o) => <NormLoader tenantId={o.tenantId} />}</ForAbility>;
}

function NormLoader({ tenantId }: { tenantId: string }) {
  const resource = useResource(() => call('norm.read', { params: { tenantId } }), [tenantId]);
  return (
    <ResourceView resource={resource}>
      {(view) => <NormPage tenantId={tenantId} initial={view} />}
    </ResourceView>
  );
}

function Referrals({ view }: { view: NormView }) {
  const { t } = useTranslation();
  const { say } = useSay();
  return (
    <aside aria-labelledby="norm-referrals" className="weerbaar-section weerbaar-norm__referrals">
      <Heading2 id="norm-referrals">{t('afwegingskader.norm.referralsTitle')}</Heading2>
      {view.session.referrals.map((r) => (
        <section key={r.id} aria-labelledby={`norm-referral-${r.id}`}>
          <Heading3 id={`norm-referral-${r.id}`}>{say(r.title)}</Heading3>
          <Paragraph>{say(r.text)}</Paragraph>
        </section>
      ))}
    </aside>
  );
}

function agreedByLabel(view: NormView, ids: string[], say: (t: { nl: string; en: string }) => string) {
  return ids
    .map((id) => say(view.session.agreedBy.find((a) => a.id === id)?.label ?? { nl: id, en: id }))
    .join(', ');
}

function NormPage({ tenantId, initial }: { tenantId: string; initial: NormView }) {
  const { t } = useTranslation();
  const { say, language } = useSay();
  const [view, setView] = useState(initial);
  const [status, setStatus] = useState<string | null>(null);
  return (
    <>
      <PageTitle>{say(view.session.title)}</PageTitle>
      <Paragraph lead>{say(view.session.intro)}</Paragraph>
      <StatusMessage>{status}</StatusMessage>
      <section aria-labelledby="norm-versions" className="weerbaar-section">
        <Heading2 id="norm-versions">{t('afwegingskader.norm.versionsTitle')}</Heading2>
        {view.versions.length === 0 ? (
          <Paragraph>{t('afwegingskader.norm.noVersions')}</Paragraph>
        ) : (
          <Scroll label={t('afwegingskader.norm.versionCaption')}>
            <Table className="weerbaar-table">
              <TableCaption>{t('afwegingskader.norm.versionCaption')}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('afwegingskader.norm.version')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('afwegingskader.norm.agreedOn')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('afwegingskader.norm.agreedBy')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {view.versions.map((v) => (
                  <TableRow key={v.version}>
                    <TableHeaderCell scope="row">
                      <AppLink
                        to={normAddress(tenantId, v.version)}
                        aria-label={t('afwegingskader.norm.readVersion', { n: v.version })}
                      >
                        {t('afwegingskader.norm.versionN', { n: v.version })}
                      </AppLink>
                    </TableHeaderCell>
                    <TableCell>{formatDate(`${v.agreedOn}T12:00:00`, language)}</TableCell>
                    <TableCell>{agreedByLabel(view, v.agreedBy, say)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Scroll>
        )}
      </section>
      {view.mayEdit ? (
        <NormEditor
          tenantId={tenantId}
          view={view}
          onChange={(next, message) => {
            setView(next);
            setStatus(message);
          }}
        />
      ) : (
        <Paragraph>{t('afwegingskader.norm.readOnly')}</Paragraph>
      )}
      <Referrals view={view} />
    </>
  );
}

function NormEditor({
  tenantId,
  view,
  onChange,
}: {
  tenantId: string;
  view: NormView;
  onChange: (next: NormView, message: string) => void;
}) {
  const { t } = useTranslation();
  const { say } = useSay();
  const [content, setContent] = useState<NormContent>(view.draft.content);
  const [dirty, setDirty] = useState(view.draft.revision === 0);
  const [busy, setBusy] = useState<'save' | 'adopt' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [agreedOn, setAgreedOn] = useState('');
  const [agreedBy, setAgreedBy] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy('save');
    setMessage(null);
    try {
      const next = await call('norm.saveDraft', {
        params: { tenantId },
        body: { content, revision: view.draft.revision },
      });
      setDirty(false);
      onChange(next, t('afwegingskader.norm.draftSaved'));
    } catch (caught) {
      setMessage(problemMessage(caught, t));
    } finally {
      setBusy(null);
    }
  };

  const adopt = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(agreedOn)) found['norm-agreed-on'] = t('afwegingskader.norm.errorDate');
    if (agreedBy.length === 0) found['norm-agreed-by'] = t('afwegingskader.norm.errorBy');
    if (dirty) found['norm-unsaved'] = t('afwegingskader.norm.unsaved');
    setErrors(found);
    setMessage(null);
    if (Object.keys(found).length > 0) {
      window.setTimeout(() => document.getElementById('norm-adopt-errors')?.focus(), 0);
      return;
    }
    setBusy('adopt');
    try {
      const next = await call('norm.adopt', {
        params: { tenantId },
        body: { agreedOn, agreedBy: agreedBy as Array<'college' | 'raad'>, revision: view.draft.revision },
      });
      setAgreedOn('');
      setAgreedBy([]);
      onChange(next, t('afwegingskader.norm.adopted', { n: next.versions[0]?.version ?? '' }));
    } catch (caught) {
      setMessage(problemMessage(caught, t));
      window.setTimeout(() => document.getElementById('norm-adopt-errors')?.focus(), 0);
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <section aria-labelledby="norm-draft" className="weerbaar-section">
        <Heading2 id="norm-draft">{t('afwegingskader.norm.draftTitle')}</Heading2>
        <Paragraph>{t('afwegingskader.norm.draftIntro')}</Paragraph>
        {view.draft.updatedBy ? (
          <Paragraph small className="weerbaar-muted">
            {t('afwegingskader.norm.lastSaved', { name: view.draft.updatedBy })}
          </Paragraph>
        ) : null}
        <form onSubmit={(e) => void save(e)} noValidate>
          {message && busy === null ? <ErrorSummary errors={[]} message={message} /> : null}
          {view.session.steps.map((step, i) => (
            <section key={step.id} aria-labelledby={`norm-step-${step.id}`}>
              <Heading3 id={`norm-step-${step.id}`}>
                {i + 1}. {say(step.title)}
              </Heading3>
              <Paragraph>{say(step.intro)}</Paragraph>
              {step.prompts.map((p) => (
                <TextArea
                  key={p.id}
                  id={`norm-${step.id}-${p.id}`}
                  label={say(p.text)}
                  value={content[step.id]?.[p.id] ?? ''}
                  onValueChange={(value) => {
                    setDirty(true);
                    setContent((now) => ({ ...now, [step.id]: { ...(now[step.id] ?? {}), [p.id]: value } }));
                  }}
                  rows={3}
                  maxLength={4000}
                />
              ))}
            </section>
          ))}
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={busy === 'save'}>
              {t('afwegingskader.norm.saveDraft')}
            </Button>
          </ButtonGroup>
        </form>
      </section>
      <section aria-labelledby="norm-adopt" className="weerbaar-section">
        <Heading2 id="norm-adopt">{t('afwegingskader.norm.adoptTitle')}</Heading2>
        <Paragraph>{t('afwegingskader.norm.adoptIntro')}</Paragraph>
        <form onSubmit={(e) => void adopt(e)} noValidate>
          <div id="norm-adopt-errors" tabIndex={-1}>
            {Object.keys(errors).length > 0 ? (
              <ErrorSummary
                errors={summarise(errors, ['norm-unsaved', 'norm-agreed-on', 'norm-agreed-by'])}
                message={null}
              />
            ) : null}
          </div>
          <TextField
            id="norm-agreed-on"
            label={t('afwegingskader.norm.agreedOnLabel')}
            description={t('afwegingskader.norm.agreedOnHint')}
            error={errors['norm-agreed-on']}
            value={agreedOn}
            onValueChange={setAgreedOn}
            type="date"
          />
          <CheckboxGroup
            id="norm-agreed-by"
            legend={t('afwegingskader.norm.agreedByLegend')}
            error={errors['norm-agreed-by']}
            values={agreedBy}
            onValuesChange={setAgreedBy}
            choices={view.session.agreedBy.map((a) => ({ value: a.id, label: say(a.label) }))}
          />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={busy === 'adopt'}>
              {t('afwegingskader.norm.adopt')}
            </Button>
          </ButtonGroup>
        </form>
      </section>
    </>
  );
}

export function NormVersion() {
  const { version = '' } = useParams();
  return (
    <ForAbility action="organisation.read">
      {(o) => <NormVersionLoader tenantId={o.tenantId} version={Number(version)} />}
    </ForAbility>
  );
}

function NormVersionLoader({ tenantId, version }: { tenantId: string; version: number }) {
  const resource = useResource(async () => {
    const [view, agreed] = await Promise.all([
      call('norm.read', { params: { tenantId } }),
      call('norm.version', { params: { tenantId, version } }),
    ]);
    return { view, agreed };
  }, [tenantId, version]);
  return (
    <ResourceView resource={resource}>
      {({ view, agreed }) => <NormVersionPage tenantId={tenantId} view={view} agreed={agreed} />}
    </ResourceView>
  );
}

function NormVersionPage({
  tenantId,
  view,
  agreed,
}: {
  tenantId: string;
  view: NormView;
  agreed: Reply<'norm.version'>;
}) {
  const { t } = useTranslation();
  const { say, language } = useSay();
  return (
    <article className="weerbaar-printable">
      <PageTitle>{`${say(view.session.title)}: ${t('afwegingskader.norm.versionN', { n: agreed.version })}`}</PageTitle>
      <Paragraph>
        {t('afwegingskader.norm.agreedOn')} {formatDate(`${agreed.agreedOn}T12:00:00`, language)} ·{' '}
        {t('afwegingskader.norm.agreedBy')} {agreedByLabel(view, agreed.agreedBy, say)} ·{' '}
        {t('afwegingskader.norm.recorded', { name: agreed.recordedBy })}
      </Paragraph>
      <ButtonGroup>
        <Button type="button" appearance="primary-action-button" onClick={() => window.print()}>
          {t('afwegingskader.norm.printButton')}
        </Button>
        <AppLink to={normAddress(tenantId)}>{t('afwegingskader.norm.back')}</AppLink>
      </ButtonGroup>
      {view.session.steps.map((step, i) => (
        <section key={step.id} aria-labelledby={`norm-v-${step.id}`}>
          <Heading2 id={`norm-v-${step.id}`}>
            {i + 1}. {say(step.title)}
          </Heading2>
          <dl className="weerbaar-case-print__answers">
            {step.prompts.map((p) => (
              <div key={p.id}>
                <dt>{say(p.text)}</dt>
                <dd>{agreed.content[step.id]?.[p.id] ?? t('afwegingskader.file.notAnswered')}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <Referrals view={view} />
    </article>
  );
}
