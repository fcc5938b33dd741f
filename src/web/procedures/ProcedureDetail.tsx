// /o/:tenantId/procedures/:procedureId — one procedure. The opdrachtgever sees how far each
// candidate is (never what they answered), invites candidates, sends a reminder, closes the
// procedure, and reads a report once the candidate has shared it. An assigned expert sees the
// same list with a way to the review of each submitted scan.
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
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Language } from '../../core/vocabulary.ts';
import { FollowUpNote } from '../agenda/FollowUp.tsx';
import { call } from '../client.ts';
import type { Candidate, CandidateStatus } from '../contract.ts';
import { useSay } from '../instrument/text.ts';
import { problemMessage } from '../problem.ts';
import { ForAbility } from '../scan/access.tsx';
import { formatDate, formatDateTime, officeLabel } from '../scan/format.ts';
import { useOneTimeState } from '../scan/oneTimeState.ts';
import { ScanStatusBadge } from '../scan/StatusBadge.tsx';
import type { Organisation } from '../session.tsx';
import { ErrorSummary, SelectField, summarise } from '../ui/forms.tsx';
import { InviteeFields, useInviteeForm } from '../ui/InviteeFields.tsx';
import { AppLink } from '../ui/links.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ResourceView } from '../ui/ResourceView.tsx';
import { StatusMessage } from '../ui/Status.tsx';
import { useResource } from '../ui/use-resource.ts';
import { CloseProcedure } from './CloseProcedure.tsx';

export function ProcedureDetail() {
  const { procedureId } = useParams();
  return (
    <ForAbility action="procedures.read">
      {(organisation) => (
        <ProcedurePage key={procedureId} organisation={organisation} procedureId={procedureId ?? ''} />
      )}
    </ForAbility>
  );
}

const STATUS_ORDER: readonly CandidateStatus[] = [
  'invited',
  'started',
  'submitted',
  'in-review',
  'report-ready',
  'released',
  'withdrawn',
  'deleted',
];

function ProcedurePage({ organisation, procedureId }: { organisation: Organisation; procedureId: string }) {
  const { t } = useTranslation();
  const { say: sayText, language } = useSay();
  const handed = useOneTimeState<{ opened?: boolean }>();
  const tenantId = organisation.tenantId;
  const load = useResource(
    () => call('procedures.read', { params: { tenantId, procedureId } }),
    [tenantId, procedureId],
  );
  const [status, setStatus] = useState<string | null>(handed?.opened ? t('procedure.opened') : null);
  const [reminding, setReminding] = useState<string | null>(null);
  const [rowError, setRowError] = useState<string | null>(null);

  if (load.status !== 'ready') {
    return (
      <>
        <PageTitle>{t('procedure.loadingTitle')}</PageTitle>
        <BackToList tenantId={tenantId} />
        <ResourceView resource={load} />
      </>
    );
  }

  const procedure = load.data;
  // Which words to use follows the person's part; what they may do is sent with the procedure
  // and with each candidate (policies/procedure.ts, policies/scan.ts), never decided here.
  const isClient = procedure.as === 'opdrachtgever';
  const mayInvite = procedure.may.includes('invite');
  const name = (c: Candidate) => c.displayName ?? t('procedure.nameGone');

  const remind = async (candidate: Candidate) => {
    setReminding(candidate.scanId);
    setRowError(null);
    try {
      await call('procedures.remind', {
        params: { tenantId, procedureId: procedure.id, scanId: candidate.scanId },
      });
      setStatus(t('procedure.reminded', { name: name(candidate) }));
    } catch (caught) {
      setRowError(problemMessage(caught, t));
    } finally {
      setReminding(null);
    }
  };

  return (
    <>
      <PageTitle>{procedure.name}</PageTitle>
      <BackToList tenantId={tenantId} />
      <dl className="weerbaar-facts">
        <div>
          <dt>{t('procedures.office')}</dt>
          <dd>{officeLabel(procedure.office, t)}</dd>
        </div>
        <div>
          <dt>{t('procedures.instrument')}</dt>
          <dd>
            {sayText(procedure.instrument.title)}{' '}
            <span className="weerbaar-muted">
              ({t('procedure.version', { version: procedure.instrument.version })})
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('procedure.reviewFact')}</dt>
          <dd>{t(`reviewPolicy.${procedure.review}`)}</dd>
        </div>
        <div>
          <dt>{t('procedure.retention')}</dt>
          <dd>{t('procedure.retentionDays', { count: procedure.retentionDays })}</dd>
        </div>
        <div>
          <dt>{t('procedures.status')}</dt>
          <dd>
            {procedure.closedAt
              ? t('procedure.closedOn', { date: formatDate(procedure.closedAt, language) })
              : t(`procedureStatus.${procedure.status}`)}
          </dd>
        </div>
      </dl>
      <FollowUpNote key={procedure.candidates.length} tenantId={tenantId} procedureId={procedure.id} />
      <StatusMessage>{status}</StatusMessage>

      <section aria-labelledby="candidates-title" className="weerbaar-section">
        <Heading2 id="candidates-title">{t('procedure.candidatesTitle')}</Heading2>
        <Paragraph>{isClient ? t('procedure.clientSees') : t('procedure.expertSees')}</Paragraph>
        <ErrorSummary errors={[]} message={rowError} />
        {procedure.candidates.length === 0 ? (
          <Paragraph>{mayInvite ? t('procedure.noCandidatesYet') : t('procedure.noCandidates')}</Paragraph>
        ) : (
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
          <section className="weerbaar-table-scroll" aria-label={t('procedure.tableRegion')} tabIndex={0}>
            <Table className="weerbaar-table">
              <TableCaption>{t('procedure.tableCaption', { name: procedure.name })}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('procedure.candidate')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('procedures.status')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('procedure.updated')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('procedure.actions')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {procedure.candidates.map((candidate) => (
                  <TableRow key={candidate.scanId}>
                    <TableHeaderCell scope="row">
                      {name(candidate)}
                      {candidate.email ? (
                        <span className="weerbaar-table__email">{candidate.email}</span>
                      ) : null}
                    </TableHeaderCell>
                    <TableCell>
                      {/* Sharing is between the candidate and the opdrachtgever; for the expert the report is ready. */}
                      <ScanStatusBadge
                        status={
                          !isClient && candidate.status === 'released' ? 'report-ready' : candidate.status
                        }
                      />
                    </TableCell>
                    <TableCell>{formatDateTime(candidate.updatedAt, language)}</TableCell>
                    <TableCell>
                      {candidate.may.includes('readReport') ? (
                        <AppLink
                          to={`/o/${tenantId}/procedures/${procedure.id}/scans/${candidate.scanId}/rapport`}
                          aria-label={t('procedure.readReportOf', { name: name(candidate) })}
                        >
                          {t('procedure.readReport')}
                        </AppLink>
                      ) : null}
                      {candidate.may.includes('remind') ? (
                        <Button
                          appearance="secondary-action-button"
                          type="button"
                          busy={reminding === candidate.scanId}
                          aria-label={t('procedure.remindLabel', { name: name(candidate) })}
                          onClick={() => void remind(candidate)}
                        >
                          {t('procedure.remind')}
                        </Button>
                      ) : null}
                      {candidate.may.includes('review') ? (
                        <AppLink
                          to={`/o/${tenantId}/procedures/${procedure.id}/scans/${candidate.scanId}/beoordeling`}
                          aria-label={t('procedure.reviewLabel', { name: name(candidate) })}
                        >
                          {candidate.status === 'report-ready'
                            ? t('procedure.reviewDone')
                            : t('procedure.review')}
                        </AppLink>
                      ) : null}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </section>
        )}
        <details className="weerbaar-details">
          <summary>{t('procedure.statusExplained')}</summary>
          <dl className="weerbaar-definitions">
            {STATUS_ORDER.filter((s) => isClient || s !== 'released').map((s) => (
              <div key={s}>
                <dt>
                  <ScanStatusBadge status={s} />
                </dt>
                <dd>{t(`scanStatusExplained.${s}`)}</dd>
              </div>
            ))}
          </dl>
        </details>
      </section>

      {mayInvite ? (
        <InviteCandidate
          tenantId={tenantId}
          procedureId={procedure.id}
          onInvited={(invitedName, email) => {
            setStatus(t('procedure.invited', { name: invitedName, email }));
            void load.reload({ quiet: true });
          }}
        />
      ) : null}

      {procedure.may.includes('close') ? (
        <CloseProcedure
          words="closeProcedure"
          name={procedure.name}
          retentionDays={procedure.retentionDays}
          close={() => call('procedures.close', { params: { tenantId, procedureId: procedure.id } })}
          onClosed={() => {
            setStatus(t('procedure.closed', { count: procedure.retentionDays }));
            void load.reload({ quiet: true });
          }}
        />
      ) : null}
    </>
  );
}

function BackToList({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  return (
    <Paragraph>
      <AppLink to={`/o/${tenantId}/procedures`}>{t('procedure.back')}</AppLink>
    </Paragraph>
  );
}

const INVITE_FIELDS = ['ic-email', 'ic-name', 'ic-language'];
const INVITE_SERVER_FIELD: Record<string, string> = {
  email: 'ic-email',
  displayName: 'ic-name',
  language: 'ic-language',
};

function InviteCandidate({
  tenantId,
  procedureId,
  onInvited,
}: {
  tenantId: string;
  procedureId: string;
  onInvited: (name: string, email: string) => void;
}) {
  const { t } = useTranslation();
  const [language, setLanguage] = useState<Language>('nl');
  const form = useInviteeForm({
    prefix: 'ic',
    fields: INVITE_FIELDS,
    serverFields: INVITE_SERVER_FIELD,
    send: (invitee) =>
      call('procedures.inviteCandidate', {
        params: { tenantId, procedureId },
        body: { ...invitee, language },
      }),
    onSent: (_, invitee) => onInvited(invitee.displayName, invitee.email),
  });
  const { errors, message, busy, submit } = form;

  return (
    <section aria-labelledby="invite-candidate-title" className="weerbaar-section">
      <Heading2 id="invite-candidate-title">{t('invite.title')}</Heading2>
      <Paragraph>{t('invite.intro')}</Paragraph>
      <form noValidate onSubmit={(event) => void submit(event)} className="weerbaar-form">
        <ErrorSummary errors={summarise(errors, INVITE_FIELDS)} message={message} />
        <InviteeFields
          prefix="ic"
          labels={{
            email: t('invite.email'),
            name: t('invite.name'),
            nameDescription: t('invite.nameDescription'),
          }}
          form={form}
        />
        <SelectField
          id="ic-language"
          label={t('invite.language')}
          description={t('invite.languageDescription')}
          error={errors['ic-language']}
          value={language}
          onValueChange={(value) => setLanguage(value === 'en' ? 'en' : 'nl')}
        >
          <SelectOption value="nl">Nederlands</SelectOption>
          <SelectOption value="en" lang="en">
            English
          </SelectOption>
        </SelectField>
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit" busy={busy}>
            {t('invite.submit')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
