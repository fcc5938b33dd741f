// /o/:tenantId/kandidatenlijsten/:procedureId — one election list for its committee: the deadline,
// each candidate's progress without content (a link to the talking points only once the candidate
// shared them with the committee), and the form to invite a candidate.
import {
  Button,
  ButtonGroup,
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
import { useParams } from 'react-router';
import { call } from '../client.ts';
import { Scroll } from '../college/CollegeView.tsx';
import { problemMessage } from '../problem.ts';
import { CloseProcedure } from '../procedures/CloseProcedure.tsx';
import { NoAccess } from '../shell/OrganisationHome.tsx';
import { ErrorSummary, type FieldErrors, isEmail, summarise, TextField } from '../ui/forms.tsx';
import { AppLink } from '../ui/links.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ResourceView } from '../ui/ResourceView.tsx';
import { StatusMessage } from '../ui/Status.tsx';
import { useResource } from '../ui/use-resource.ts';
import { useCommitteeOrganisation } from './ElectionLists.tsx';
import './committee.css';

export function ElectionList() {
  const tenantId = useCommitteeOrganisation();
  const { procedureId } = useParams();
  if (!tenantId || !procedureId) return <NoAccess />;
  return <ElectionListPage tenantId={tenantId} procedureId={procedureId} />;
}

function ElectionListPage({ tenantId, procedureId }: { tenantId: string; procedureId: string }) {
  const { t } = useTranslation();
  const list = useResource(
    () => call('committee.read', { params: { tenantId, procedureId } }),
    [tenantId, procedureId],
  );
  const [status, setStatus] = useState<string | null>(null);
  return (
    <ResourceView resource={list}>
      {(l) => (
        <>
          <Paragraph>
            <AppLink to={`/o/${tenantId}/kandidatenlijsten`}>{t('committee.list.back')}</AppLink>
          </Paragraph>
          <PageTitle>{`${l.election} ${l.year}`}</PageTitle>
          <Paragraph lead>{t('committee.list.deadline', { date: l.deadline })}</Paragraph>
          <StatusMessage>{status}</StatusMessage>
          <section aria-labelledby="candidates-title" className="weerbaar-section">
            <Heading2 id="candidates-title">{t('committee.list.candidatesTitle')}</Heading2>
            {l.candidates.length === 0 ? (
              <Paragraph>{t('committee.list.empty')}</Paragraph>
            ) : (
              <Scroll label={t('committee.list.tableRegion')}>
                <Table className="weerbaar-table">
                  <TableCaption>{t('committee.list.caption')}</TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">{t('committee.list.name')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('committee.list.progress')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('committee.list.talkingPoints')}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {l.candidates.map((c) => (
                      <TableRow key={c.scanId}>
                        <TableHeaderCell scope="row">
                          {c.displayName ?? t('committee.list.removed')}
                        </TableHeaderCell>
                        <TableCell>{t(`committee.progress.${c.progress}`)}</TableCell>
                        <TableCell>
                          {c.may.includes('readView') ? (
                            <AppLink
                              to={`/o/${tenantId}/kandidatenlijsten/${procedureId}/kandidaten/${c.scanId}`}
                              aria-label={t('committee.list.readLabel', { name: c.displayName ?? '' })}
                            >
                              {t('committee.list.read')}
                            </AppLink>
                          ) : (
                            t('committee.list.notShared')
                          )}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </Scroll>
            )}
          </section>
          {l.may.includes('invite') ? (
            <InviteCandidate
              tenantId={tenantId}
              procedureId={procedureId}
              onInvited={(name) => {
                setStatus(t('committee.list.invited', { name }));
                void list.reload({ quiet: true });
              }}
            />
          ) : (
            <Paragraph>{t('committee.list.closed')}</Paragraph>
          )}
          {l.may.includes('close') ? (
            <CloseProcedure
              words="committee.close"
              name={`${l.election} ${l.year}`}
              retentionDays={l.retentionDays}
              close={() => call('committee.close', { params: { tenantId, procedureId } })}
              onClosed={() => {
                setStatus(t('committee.list.closedNow', { count: l.retentionDays }));
                void list.reload({ quiet: true });
              }}
            />
          ) : null}
        </>
      )}
    </ResourceView>
  );
}

function InviteCandidate({
  tenantId,
  procedureId,
  onInvited,
}: {
  tenantId: string;
  procedureId: string;
  onInvited: (name: string) => void;
}) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!isEmail(email.trim())) found['invite-email'] = t('committee.list.errorEmail');
    if (name.trim() === '') found['invite-name'] = t('committee.list.errorName');
    setErrors(found);
    setMessage(null);
    if (Object.keys(found).length > 0) {
      window.setTimeout(() => document.getElementById(Object.keys(found)[0]!)?.focus(), 0);
      return;
    }
    setBusy(true);
    try {
      await call('committee.invite', {
        params: { tenantId, procedureId },
        body: { email: email.trim(), displayName: name.trim() },
      });
      const invited = name.trim();
      setEmail('');
      setName('');
      onInvited(invited);
    } catch (caught) {
      setMessage(problemMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };
  const summary = summarise(errors, ['invite-email', 'invite-name']);
  return (
    <section aria-labelledby="invite-title" className="weerbaar-section">
      <Heading2 id="invite-title">{t('committee.list.inviteTitle')}</Heading2>
      <form onSubmit={(e) => void submit(e)} noValidate className="weerbaar-form">
        {summary.length > 0 || message ? <ErrorSummary errors={summary} message={message} /> : null}
        <TextField
          id="invite-email"
          type="email"
          label={t('committee.list.emailLabel')}
          error={errors['invite-email']}
          value={email}
          onValueChange={setEmail}
          autoComplete="off"
        />
        <TextField
          id="invite-name"
          label={t('committee.list.nameLabel')}
          error={errors['invite-name']}
          value={name}
          onValueChange={setName}
          autoComplete="off"
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('committee.list.invite')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
