// /o/:tenantId/kandidatenlijsten — for a party's kandidatencommissie: its election lists with the
// progress in counts (no names), and a form to open the list for a new election.
import {
  Button,
  ButtonGroup,
  Heading2,
  Paragraph,
  SelectOption,
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
import { useNavigate, useParams } from 'react-router';
import { call } from '../client.ts';
import { Scroll } from '../college/CollegeView.tsx';
import { problemMessage } from '../problem.ts';
import { may, organisationFor, useSession } from '../session.tsx';
import { NoAccess } from '../shell/OrganisationHome.tsx';
import { ErrorSummary, type FieldErrors, SelectField, summarise, TextField } from '../ui/forms.tsx';
import { AppLink } from '../ui/links.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ResourceView } from '../ui/ResourceView.tsx';
import { useResource } from '../ui/use-resource.ts';
import './committee.css';

/** Guard for every committee page: only who may work on election lists here. */
export function useCommitteeOrganisation(): string | null {
  const { session } = useSession();
  const { tenantId } = useParams();
  const organisation = session ? organisationFor(session, tenantId) : undefined;
  return organisation && may(organisation, 'committee.lists') ? organisation.tenantId : null;
}

export function ElectionLists() {
  const tenantId = useCommitteeOrganisation();
  if (!tenantId) return <NoAccess />;
  return <ElectionListsPage tenantId={tenantId} />;
}

function ElectionListsPage({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const lists = useResource(() => call('committee.list', { params: { tenantId } }), [tenantId]);
  return (
    <>
      <PageTitle>{t('committee.lists.title')}</PageTitle>
      <Paragraph lead>{t('committee.lists.intro')}</Paragraph>
      <section aria-labelledby="lists-title" className="weerbaar-section">
        <Heading2 id="lists-title">{t('committee.lists.listTitle')}</Heading2>
        <ResourceView
          resource={lists}
          isEmpty={(d) => d.lists.length === 0}
          empty={t('committee.lists.empty')}
        >
          {({ lists: rows }) => (
            <Scroll label={t('committee.lists.caption')}>
              <Table className="weerbaar-table">
                <TableCaption>{t('committee.lists.caption')}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('committee.lists.election')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('committee.lists.deadline')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('committee.lists.progress')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {rows.map((l) => (
                    <TableRow key={l.id}>
                      <TableHeaderCell scope="row">
                        <AppLink to={`/o/${tenantId}/kandidatenlijsten/${l.id}`}>
                          {l.election} {l.year}
                        </AppLink>
                      </TableHeaderCell>
                      <TableCell>{l.deadline}</TableCell>
                      <TableCell>
                        {t('committee.lists.counts', {
                          invited: l.counts.uitgenodigd ?? 0,
                          busy: l.counts.bezig ?? 0,
                          done: l.counts.afgerond ?? 0,
                          released: l.counts.vrijgegeven ?? 0,
                        })}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Scroll>
          )}
        </ResourceView>
      </section>
      <NewElectionList tenantId={tenantId} />
    </>
  );
}

function NewElectionList({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const experts = useResource(() => call('procedures.listExperts', { params: { tenantId } }), [tenantId]);
  const [election, setElection] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [deadline, setDeadline] = useState('');
  const [expert, setExpert] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (election.trim() === '') found['list-election'] = t('committee.lists.errorElection');
    if (!/^\d{4}$/.test(year.trim())) found['list-year'] = t('committee.lists.errorYear');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(deadline)) found['list-deadline'] = t('committee.lists.errorDeadline');
    if (expert === '') found['list-expert'] = t('committee.lists.errorExpert');
    setErrors(found);
    setMessage(null);
    if (Object.keys(found).length > 0) {
      window.setTimeout(() => document.getElementById(Object.keys(found)[0]!)?.focus(), 0);
      return;
    }
    setBusy(true);
    try {
      const { id } = await call('committee.open', {
        params: { tenantId },
        body: {
          election: election.trim(),
          year: Number(year),
          deadline,
          expertMembershipIds: [expert],
        },
      });
      void navigate(`/o/${tenantId}/kandidatenlijsten/${id}`);
    } catch (caught) {
      setMessage(problemMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  const summary = summarise(errors, ['list-election', 'list-year', 'list-deadline', 'list-expert']);
  return (
    <section aria-labelledby="list-new" className="weerbaar-section">
      <Heading2 id="list-new">{t('committee.lists.newTitle')}</Heading2>
      <ResourceView resource={experts}>
        {({ experts: people }) => (
          <form onSubmit={(e) => void submit(e)} noValidate className="weerbaar-form">
            {summary.length > 0 || message ? <ErrorSummary errors={summary} message={message} /> : null}
            <TextField
              id="list-election"
              label={t('committee.lists.electionLabel')}
              description={t('committee.lists.electionHint')}
              error={errors['list-election']}
              value={election}
              onValueChange={setElection}
              autoComplete="off"
            />
            <TextField
              id="list-year"
              label={t('committee.lists.yearLabel')}
              error={errors['list-year']}
              value={year}
              onValueChange={setYear}
              inputMode="numeric"
              autoComplete="off"
              className="weerbaar-input-year"
            />
            <TextField
              id="list-deadline"
              type="date"
              label={t('committee.lists.deadlineLabel')}
              error={errors['list-deadline']}
              value={deadline}
              onValueChange={setDeadline}
              className="weerbaar-input-date"
            />
            <SelectField
              id="list-expert"
              label={t('committee.lists.expertLabel')}
              description={t('committee.lists.expertHint')}
              error={errors['list-expert']}
              value={expert}
              onValueChange={setExpert}
            >
              <SelectOption value="">{t('committee.lists.chooseExpert')}</SelectOption>
              {people.map((p) => (
                <SelectOption key={p.membershipId} value={p.membershipId}>
                  {p.displayName}
                </SelectOption>
              ))}
            </SelectField>
            <ButtonGroup>
              <Button type="submit" appearance="primary-action-button" busy={busy}>
                {t('committee.lists.open')}
              </Button>
            </ButtonGroup>
          </form>
        )}
      </ResourceView>
    </section>
  );
}
