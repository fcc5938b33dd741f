// /o/:tenantId/enquetes — the organisation's survey rounds (how many responded, never more while a
// round is open) and, for a beheerder, the form to open a round: questionnaire, name, units,
// threshold, shared link, earlier round to compare with.
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
import type { Reply } from '../contract.ts';
import { useSay } from '../instrument/text.ts';
import { problemMessage } from '../problem.ts';
import { may, organisationFor, useSession } from '../session.tsx';
import { NoAccess } from '../shell/OrganisationHome.tsx';
import { TextArea } from '../ui/choices.tsx';
import {
  CheckboxField,
  ErrorSummary,
  type FieldErrors,
  SelectField,
  summarise,
  TextField,
} from '../ui/forms.tsx';
import { AppLink } from '../ui/links.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ResourceView } from '../ui/ResourceView.tsx';
import { useResource } from '../ui/use-resource.ts';
import './surveys.css';

export function SurveyRounds() {
  const { session } = useSession();
  const { tenantId } = useParams();
  const organisation = session ? organisationFor(session, tenantId) : undefined;
  if (!organisation || !may(organisation, 'surveys.results')) return <NoAccess />;
  return <RoundsPage tenantId={organisation.tenantId} mayManage={may(organisation, 'surveys.manage')} />;
}

function RoundsPage({ tenantId, mayManage }: { tenantId: string; mayManage: boolean }) {
  const { t } = useTranslation();
  const { say } = useSay();
  const list = useResource(() => call('surveys.list', { params: { tenantId } }), [tenantId]);
  return (
    <>
      <PageTitle>{t('surveys.rounds.title')}</PageTitle>
      <Paragraph lead>{t('surveys.rounds.intro')}</Paragraph>
      <section aria-labelledby="rounds-list" className="weerbaar-section">
        <Heading2 id="rounds-list">{t('surveys.rounds.listTitle')}</Heading2>
        <ResourceView
          resource={list}
          isEmpty={(d) => d.rounds.length === 0}
          empty={t('surveys.rounds.empty')}
        >
          {({ rounds }) => (
            <Scroll label={t('surveys.rounds.tableRegion')}>
              <Table className="weerbaar-table">
                <TableCaption>{t('surveys.rounds.caption')}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('surveys.rounds.name')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('surveys.rounds.questionnaire')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('surveys.rounds.status')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('surveys.rounds.respondents')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {rounds.map((r) => (
                    <TableRow key={r.id}>
                      <TableHeaderCell scope="row">
                        <AppLink
                          to={`/o/${tenantId}/enquetes/${r.id}`}
                          aria-label={t('surveys.rounds.openLabel', { name: r.title })}
                        >
                          {r.title}
                        </AppLink>
                      </TableHeaderCell>
                      <TableCell>{say(r.questionnaireTitle)}</TableCell>
                      <TableCell>
                        {r.status === 'open' ? t('surveys.rounds.open') : t('surveys.rounds.closed')}
                      </TableCell>
                      <TableCell>{r.respondents}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Scroll>
          )}
        </ResourceView>
      </section>
      {mayManage && list.status === 'ready' ? (
        <NewRound tenantId={tenantId} questionnaires={list.data.questionnaires} rounds={list.data.rounds} />
      ) : null}
    </>
  );
}

type Listed = Reply<'surveys.list'>;

function NewRound({
  tenantId,
  questionnaires,
  rounds,
}: {
  tenantId: string;
  questionnaires: Listed['questionnaires'];
  rounds: Listed['rounds'];
}) {
  const { t } = useTranslation();
  const { say } = useSay();
  const navigate = useNavigate();
  const [questionnaire, setQuestionnaire] = useState(
    questionnaires[0] ? `${questionnaires[0].id}@${questionnaires[0].version}` : '',
  );
  const [title, setTitle] = useState('');
  const [units, setUnits] = useState('');
  const [threshold, setThreshold] = useState('10');
  const [shared, setShared] = useState(true);
  const [earlier, setEarlier] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [id, version] = questionnaire.split('@') as [string, string];
  const earlierChoices = rounds.filter((r) => r.status === 'closed' && r.questionnaireId === id);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (title.trim() === '') found['round-title'] = t('surveys.rounds.errorTitle');
    const n = Number(threshold);
    if (!Number.isInteger(n) || n < 5) found['round-threshold'] = t('surveys.rounds.errorThreshold');
    setErrors(found);
    setMessage(null);
    if (Object.keys(found).length > 0) {
      window.setTimeout(() => document.getElementById('round-errors')?.focus(), 0);
      return;
    }
    setBusy(true);
    try {
      const made = await call('surveys.open', {
        params: { tenantId },
        body: {
          questionnaireId: id,
          questionnaireVersion: version,
          title: title.trim(),
          units: units
            .split('\n')
            .map((u) => u.trim())
            .filter(Boolean),
          threshold: n,
          sharedLink: shared,
          earlierRoundId: earlier || null,
        },
      });
      void navigate(`/o/${tenantId}/enquetes/${made.id}`);
    } catch (caught) {
      setMessage(problemMessage(caught, t));
      window.setTimeout(() => document.getElementById('round-errors')?.focus(), 0);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="round-new" className="weerbaar-section">
      <Heading2 id="round-new">{t('surveys.rounds.newTitle')}</Heading2>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div id="round-errors" tabIndex={-1}>
          {Object.keys(errors).length > 0 || message ? (
            <ErrorSummary errors={summarise(errors, ['round-title', 'round-threshold'])} message={message} />
          ) : null}
        </div>
        <SelectField
          id="round-questionnaire"
          label={t('surveys.rounds.questionnaireLabel')}
          value={questionnaire}
          onValueChange={(value) => {
            setQuestionnaire(value);
            setEarlier('');
          }}
        >
          {questionnaires.map((q) => (
            <SelectOption key={`${q.id}@${q.version}`} value={`${q.id}@${q.version}`}>
              {`${say(q.title)} (${q.version})`}
            </SelectOption>
          ))}
        </SelectField>
        <TextField
          id="round-title"
          label={t('surveys.rounds.titleLabel')}
          description={t('surveys.rounds.titleHint')}
          error={errors['round-title']}
          value={title}
          onValueChange={setTitle}
          autoComplete="off"
        />
        <TextArea
          id="round-units"
          label={t('surveys.rounds.unitsLabel')}
          description={t('surveys.rounds.unitsHint')}
          value={units}
          onValueChange={setUnits}
          rows={4}
        />
        <TextField
          id="round-threshold"
          label={t('surveys.rounds.thresholdLabel')}
          description={t('surveys.rounds.thresholdHint')}
          error={errors['round-threshold']}
          value={threshold}
          onValueChange={setThreshold}
          inputMode="numeric"
          autoComplete="off"
        />
        <CheckboxField
          id="round-shared"
          label={t('surveys.rounds.sharedLabel')}
          description={t('surveys.rounds.sharedHint')}
          checked={shared}
          onCheckedChange={setShared}
        />
        {earlierChoices.length > 0 ? (
          <SelectField
            id="round-earlier"
            label={t('surveys.rounds.earlierLabel')}
            value={earlier}
            onValueChange={setEarlier}
          >
            <SelectOption value="">{t('surveys.rounds.earlierNone')}</SelectOption>
            {earlierChoices.map((r) => (
              <SelectOption key={r.id} value={r.id}>
                {r.title}
              </SelectOption>
            ))}
          </SelectField>
        ) : null}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('surveys.rounds.make')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
