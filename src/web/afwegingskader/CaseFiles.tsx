// /o/:tenantId/afwegingskader — for staff (beheerder, opdrachtgever, expert): the case files of the
// case teams they are in, and opening a new one with its team. Nobody sees a case whose team they
// are not in; the server decides, this page only shows what it gets.
import {
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  Heading2,
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
import { useNavigate } from 'react-router';
import { call } from '../client.ts';
import { Scroll } from '../college/CollegeView.tsx';
import { useSay } from '../instrument/text.ts';
import { problemMessage } from '../problem.ts';
import { ForAbility } from '../scan/access.tsx';
import { formatDateTime } from '../scan/format.ts';
import { useSession } from '../session.tsx';
import { CheckboxField, ErrorSummary, type FieldErrors, summarise, TextField } from '../ui/forms.tsx';
import { AppLink } from '../ui/links.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ResourceView } from '../ui/ResourceView.tsx';
import { useResource } from '../ui/use-resource.ts';
import './afwegingskader.css';

export const caseAddress = (tenantId: string, caseId?: string, print = false) =>
  `/o/${tenantId}/afwegingskader${caseId ? `/${caseId}` : ''}${print ? '/afdrukken' : ''}`;

export function CaseFiles() {
  return <ForAbility action="cases.work">{(o) => <CaseFilesPage tenantId={o.tenantId} />}</ForAbility>;
}

function CaseFilesPage({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const { say, language } = useSay();
  const framework = useResource(() => call('afwegingskader.read', { params: { tenantId } }), [tenantId]);
  const list = useResource(() => call('caseFiles.list', { params: { tenantId } }), [tenantId]);
  return (
    <>
      <PageTitle>{t('afwegingskader.list.title')}</PageTitle>
      <ResourceView resource={framework}>{(f) => <Paragraph lead>{say(f.intro)}</Paragraph>}</ResourceView>
      <section aria-labelledby="cases-mine" className="weerbaar-section">
        <Heading2 id="cases-mine">{t('afwegingskader.list.mine')}</Heading2>
        <ResourceView resource={list} isEmpty={(d) => d.length === 0} empty={t('afwegingskader.list.empty')}>
          {(cases) => (
            <Scroll label={t('afwegingskader.list.region')}>
              <Table className="weerbaar-table">
                <TableCaption>{t('afwegingskader.list.caption')}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('afwegingskader.list.name')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('afwegingskader.list.status')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('afwegingskader.list.updated')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {cases.map((c) => (
                    <TableRow key={c.id}>
                      <TableHeaderCell scope="row">
                        <AppLink to={caseAddress(tenantId, c.id)}>{c.title}</AppLink>
                      </TableHeaderCell>
                      <TableCell>
                        {c.status === 'closed'
                          ? t('afwegingskader.list.closed')
                          : t('afwegingskader.list.progress', { saved: c.stepsSaved, total: c.stepsTotal })}
                      </TableCell>
                      <TableCell>{formatDateTime(c.updatedAt, language)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Scroll>
          )}
        </ResourceView>
      </section>
      <NewCaseFile tenantId={tenantId} />
    </>
  );
}

function NewCaseFile({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const navigate = useNavigate();
  const candidates = useResource(
    () => call('caseFiles.teamCandidates', { params: { tenantId } }),
    [tenantId],
  );
  const [title, setTitle] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ownMemberships = new Set(session?.memberships.map((m) => m.id) ?? []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (title.trim() === '') found['case-title'] = t('afwegingskader.list.titleError');
    setErrors(found);
    setMessage(null);
    if (Object.keys(found).length > 0) {
      window.setTimeout(() => document.getElementById('case-errors')?.focus(), 0);
      return;
    }
    setBusy(true);
    try {
      const made = await call('caseFiles.open', {
        params: { tenantId },
        body: { title: title.trim(), teamMembershipIds: chosen },
      });
      navigate(caseAddress(tenantId, made.id));
    } catch (caught) {
      setMessage(problemMessage(caught, t));
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="case-new" className="weerbaar-section">
      <Heading2 id="case-new">{t('afwegingskader.list.newTitle')}</Heading2>
      <Paragraph>{t('afwegingskader.list.newIntro')}</Paragraph>
      <ResourceView resource={candidates}>
        {(people) => {
          const others = people.filter((p) => !ownMemberships.has(p.membershipId));
          return (
            <form onSubmit={(e) => void submit(e)} noValidate>
              <div id="case-errors" tabIndex={-1}>
                {Object.keys(errors).length > 0 || message ? (
                  <ErrorSummary errors={summarise(errors, ['case-title'])} message={message} />
                ) : null}
              </div>
              <TextField
                id="case-title"
                label={t('afwegingskader.list.titleLabel')}
                description={t('afwegingskader.list.titleHint')}
                error={errors['case-title']}
                value={title}
                onValueChange={setTitle}
                autoComplete="off"
                maxLength={120}
              />
              <Fieldset className="weerbaar-choices">
                <FieldsetLegend className="weerbaar-choices__legend">
                  {t('afwegingskader.list.teamLegend')}
                </FieldsetLegend>
                {others.length === 0 ? <Paragraph>{t('afwegingskader.list.noColleagues')}</Paragraph> : null}
                {others.map((p) => (
                  <CheckboxField
                    key={p.membershipId}
                    id={`case-team-${p.membershipId}`}
                    label={`${p.displayName} (${t(`afwegingskader.roles.${p.role}`)})`}
                    checked={chosen.includes(p.membershipId)}
                    onCheckedChange={(on) =>
                      setChosen((now) =>
                        on ? [...now, p.membershipId] : now.filter((id) => id !== p.membershipId),
                      )
                    }
                  />
                ))}
              </Fieldset>
              <ButtonGroup>
                <Button type="submit" appearance="primary-action-button" busy={busy}>
                  {t('afwegingskader.list.make')}
                </Button>
              </ButtonGroup>
            </form>
          );
        }}
      </ResourceView>
    </section>
  );
}
