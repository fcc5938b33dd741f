// /enquete/:roundId#token=… — a respondent answers an organisation survey: public, no account.
// The token comes from the address's fragment (it never reaches a server log) and is sent in the
// body. The answers live only in this page's memory (React state) until they are sent: not in
// sessionStorage or localStorage, because the survey is short (a few minutes) and a phone or office
// computer may be shared — nothing of what someone answered stays on the device, at the price that
// reloading the page loses the answers (the page says so). After sending, the answers are cleared.
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Questionnaire, SurveyQuestion } from '../../core/surveys/schema.ts';
import { call } from '../client.ts';
import { useSay } from '../instrument/text.ts';
import { problemMessage } from '../problem.ts';
import { type Choice, choiceId, RadioGroup } from '../ui/choices.tsx';
import { ErrorSummary, type FieldErrors, summarise } from '../ui/forms.tsx';
import { PAGE_TITLE_ID, PageTitle } from '../ui/PageTitle.tsx';
import { ResourceView } from '../ui/ResourceView.tsx';
import { StatusMessage } from '../ui/Status.tsx';
import { useResource } from '../ui/use-resource.ts';
import './surveys.css';

function tokenFromAddress(): string {
  const hash = window.location.hash.replace(/^#/, '');
  return new URLSearchParams(hash).get('token') ?? '';
}

export function Respond() {
  const { t } = useTranslation();
  const { roundId = '' } = useParams();
  const [token] = useState(tokenFromAddress);
  const load = useResource(
    () => call('surveys.publicOpen', { params: { roundId }, body: { token } }),
    [roundId, token],
  );
  if (!token) {
    return (
      <>
        <PageTitle>{t('surveys.respond.loading')}</PageTitle>
        <Paragraph>{t('surveys.respond.noToken')}</Paragraph>
      </>
    );
  }
  if (load.status !== 'ready') {
    return (
      <>
        <PageTitle>{t('surveys.respond.loading')}</PageTitle>
        <ResourceView resource={load} />
      </>
    );
  }
  const survey = load.data;
  return <Form roundId={roundId} token={token} survey={survey} />;
}

interface PublicSurvey {
  organisation: string;
  title: string;
  status: 'open' | 'closed';
  link: 'shared' | 'personal' | 'used';
  units: string[];
  questionnaire: Questionnaire;
}

const noUnit = '-';

function Form({ roundId, token, survey }: { roundId: string; token: string; survey: PublicSurvey }) {
  const { t } = useTranslation();
  const { say } = useSay();
  const q = survey.questionnaire;
  const questions = useMemo(() => q.themes.flatMap((theme) => theme.questions), [q]);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [unit, setUnit] = useState<string>(survey.units.length === 0 ? noUnit : '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);

  const choicesOf = (question: SurveyQuestion): Choice[] => {
    if (question.kind === 'scale')
      return ['1', '2', '3', '4', '5'].map((point) => ({
        value: point,
        label:
          point === '1' ? `1 – ${say(question.low)}` : point === '5' ? `5 – ${say(question.high)}` : point,
      }));
    if (question.kind === 'yes-no')
      return [
        { value: 'ja', label: t('surveys.respond.yes') },
        { value: 'nee', label: t('surveys.respond.no') },
        { value: 'weet-niet', label: t('surveys.respond.unknown') },
      ];
    return question.options.map((o) => ({ value: o.id, label: say(o.label) }));
  };

  const fieldOf = (question: SurveyQuestion) =>
    choiceId(`vraag-${question.id}`, choicesOf(question)[0]!.value);
  const unitField = choiceId('onderdeel', survey.units[0] ?? noUnit);
  const order = [unitField, ...questions.map(fieldOf)];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (unit === '') found[unitField] = t('surveys.respond.missingUnit');
    for (const question of questions) {
      if (!answers[question.id])
        found[fieldOf(question)] = `${say(question.text)} ${t('surveys.respond.missing')}`;
    }
    setErrors(found);
    setMessage(null);
    if (Object.keys(found).length > 0) {
      window.setTimeout(() => document.getElementById('survey-errors')?.focus(), 0);
      return;
    }
    setBusy(true);
    try {
      await call('surveys.publicSubmit', {
        params: { roundId },
        body: { token, unit: unit === noUnit ? '' : unit, answers },
      });
      setAnswers({});
      setSent(true);
      window.setTimeout(() => document.getElementById(PAGE_TITLE_ID)?.focus(), 0);
    } catch (caught) {
      setMessage(problemMessage(caught, t));
      window.setTimeout(() => document.getElementById('survey-errors')?.focus(), 0);
    } finally {
      setBusy(false);
    }
  };

  if (sent) {
    return (
      <>
        <PageTitle>{t('surveys.respond.sentTitle')}</PageTitle>
        <StatusMessage>{say(q.closing)}</StatusMessage>
      </>
    );
  }
  const heading = (
    <>
      <PageTitle>{say(q.title)}</PageTitle>
      <Paragraph lead>{t('surveys.respond.from', { organisation: survey.organisation })}</Paragraph>
    </>
  );
  if (survey.status === 'closed') {
    return (
      <>
        {heading}
        <Paragraph>{t('surveys.respond.closed')}</Paragraph>
      </>
    );
  }
  if (survey.link === 'used') {
    return (
      <>
        {heading}
        <Paragraph>{t('surveys.respond.used')}</Paragraph>
      </>
    );
  }
  const answered = questions.filter((question) => answers[question.id]).length;
  return (
    <>
      {heading}
      <Paragraph>{say(q.intro)}</Paragraph>
      <section className="weerbaar-calm" aria-labelledby="survey-anonymous-title">
        <Heading2 id="survey-anonymous-title" className="weerbaar-calm__title">
          {t('surveys.respond.anonymousTitle')}
        </Heading2>
        <Paragraph>{t('surveys.respond.anonymous')}</Paragraph>
      </section>
      <form onSubmit={(e) => void submit(e)} noValidate className="weerbaar-survey">
        <div id="survey-errors" tabIndex={-1}>
          {Object.keys(errors).length > 0 || message ? (
            <ErrorSummary errors={summarise(errors, order)} message={message} />
          ) : null}
        </div>
        {survey.units.length > 0 ? (
          <RadioGroup
            id="onderdeel"
            legend={say(q.unitQuestion)}
            description={t('surveys.respond.unitHelp')}
            error={errors[unitField]}
            value={unit}
            onValueChange={setUnit}
            choices={[
              ...survey.units.map((u) => ({ value: u, label: u })),
              { value: noUnit, label: t('surveys.respond.unitNone') },
            ]}
          />
        ) : null}
        {q.themes.map((theme) => (
          <section key={theme.id} aria-labelledby={`thema-${theme.id}`} className="weerbaar-section">
            <Heading2 id={`thema-${theme.id}`}>{say(theme.title)}</Heading2>
            {theme.intro ? <Paragraph>{say(theme.intro)}</Paragraph> : null}
            {theme.questions.map((question) => (
              <RadioGroup
                key={question.id}
                id={`vraag-${question.id}`}
                className={question.kind === 'scale' ? 'weerbaar-survey__scale' : undefined}
                legend={say(question.text)}
                description={question.help ? say(question.help) : undefined}
                error={errors[fieldOf(question)] ? t('surveys.respond.missing') : undefined}
                value={answers[question.id] ?? ''}
                onValueChange={(value) => setAnswers((now) => ({ ...now, [question.id]: value }))}
                choices={choicesOf(question)}
              />
            ))}
          </section>
        ))}
        <Paragraph>{t('surveys.respond.progress', { answered, total: questions.length })}</Paragraph>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('surveys.respond.send')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
