// /zelfassessment — the zelfassessment om volksvertegenwoordiger te worden: public, no account.
// One topic per step (?stap=2, so the back button goes to the previous topic), the advice computed
// here by the pure core (core/handreiking/assess.ts), to download as a file made in the browser.
// The answers live only in this page's memory: nothing is stored (no localStorage, no cookies) and
// nothing is sent — the only request is the GET of the questions.
import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AssessmentAdvice, type AssessmentAnswers, assess } from '../../core/handreiking/assess.ts';
import type { Zelfassessment as Content } from '../../core/handreiking/schema.ts';

type Assessment = Omit<Content, 'version'>;

import { call } from '../client.ts';
import { downloadFile } from '../instrument/advice.ts';
import { useSay } from '../instrument/text.ts';
import { RadioGroup } from '../ui/choices.tsx';
import { AppLink } from '../ui/links.tsx';
import { PAGE_TITLE_ID, PageTitle } from '../ui/PageTitle.tsx';
import { ResourceView } from '../ui/ResourceView.tsx';
import { StatusMessage } from '../ui/Status.tsx';
import { useResource } from '../ui/use-resource.ts';
import { type AssessmentFileLabels, assessmentHtml, assessmentText } from './advice-file.ts';
import { OndermijningLink } from './Ondermijning.tsx';
import './handreiking.css';
import { useStep } from '../ui/use-step.ts';

export function Zelfassessment() {
  const { t } = useTranslation();
  const load = useResource(() => call('handreiking.zelfassessment'), []);
  if (load.status !== 'ready') {
    return (
      <>
        <PageTitle>{t('handreiking.zelfassessment.footerLink')}</PageTitle>
        <ResourceView resource={load} />
      </>
    );
  }
  return <Steps assessment={load.data} />;
}

function Steps({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const { say } = useSay();
  const [answers, setAnswers] = useState<AssessmentAnswers>({});
  const [step, setStep] = useStep(assessment.topics.length);
  const advice = useMemo(() => assess(assessment, answers), [assessment, answers]);

  // A new step is a new page: focus its heading and start at the top.
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the step changes
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById(PAGE_TITLE_ID)?.focus();
    window.scrollTo(0, 0);
  }, [step]);

  const count = assessment.topics.length;
  const choices = assessment.choices.map((c) => ({ value: c.id, label: say(c.label) }));

  if (step === 'intro') {
    return (
      <>
        <PageTitle>{say(assessment.title)}</PageTitle>
        <Paragraph lead>{say(assessment.intro)}</Paragraph>
        <Paragraph>{t('handreiking.zelfassessment.lead', { count })}</Paragraph>
        <section className="weerbaar-calm" aria-labelledby="assessment-privacy-title">
          <Heading2 id="assessment-privacy-title" className="weerbaar-calm__title">
            {t('handreiking.zelfassessment.privacyTitle')}
          </Heading2>
          <Paragraph>{t('handreiking.zelfassessment.privacy')}</Paragraph>
        </section>
        <ButtonGroup className="weerbaar-steps">
          <Button appearance="primary-action-button" type="button" onClick={() => setStep(0)}>
            {t('handreiking.zelfassessment.start')}
          </Button>
        </ButtonGroup>
      </>
    );
  }

  if (step === 'advice') {
    return (
      <AdviceView
        assessment={assessment}
        advice={advice}
        onEdit={() => setStep(0)}
        onRestart={() => {
          setAnswers({});
          setStep('intro');
        }}
      />
    );
  }

  const topic = assessment.topics[step];
  if (!topic) return null;
  const previous = assessment.topics[step - 1];
  const next = assessment.topics[step + 1];
  return (
    <>
      <PageTitle>
        {t('handreiking.zelfassessment.topicTitle', { number: step + 1, count, title: say(topic.title) })}
      </PageTitle>
      <Paragraph lead>{say(topic.intro)}</Paragraph>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setStep(next ? step + 1 : 'advice');
        }}
      >
        {topic.questions.map((question) => (
          <RadioGroup
            key={question.id}
            id={`q-${question.id}`}
            legend={say(question.text)}
            choices={choices}
            value={answers[question.id] ?? ''}
            onValueChange={(value) => setAnswers((current) => ({ ...current, [question.id]: value }))}
          />
        ))}
        <Paragraph small className="weerbaar-muted">
          {t('handreiking.zelfassessment.skipHint')}
        </Paragraph>
        <ButtonGroup className="weerbaar-steps">
          <Button appearance="primary-action-button" type="submit">
            {next
              ? t('handreiking.zelfassessment.next', { title: say(next.title) })
              : t('handreiking.zelfassessment.toAdvice')}
          </Button>
          <Button
            appearance="secondary-action-button"
            type="button"
            onClick={() => setStep(previous ? step - 1 : 'intro')}
          >
            {previous
              ? t('handreiking.zelfassessment.previous', { title: say(previous.title) })
              : t('handreiking.zelfassessment.backToIntro')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}

function AdviceView({
  assessment,
  advice,
  onEdit,
  onRestart,
}: {
  assessment: Assessment;
  advice: AssessmentAdvice;
  onEdit: () => void;
  onRestart: () => void;
}) {
  const { t } = useTranslation();
  const { say, language } = useSay();
  const [status, setStatus] = useState<string | null>(null);
  const lead = t('handreiking.zelfassessment.adviceLead', {
    answered: advice.answered,
    questions: advice.questions,
    ready: advice.readyTopics,
    topics: advice.topics.length,
  });
  const countLine = (topic: AssessmentAdvice['topics'][number]) =>
    t('handreiking.zelfassessment.topicCount', { ready: topic.ready, questions: topic.questions });

  const download = (kind: 'html' | 'text') => {
    const now = new Date();
    const date = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long' }).format(
      now,
    );
    const labels: AssessmentFileLabels = {
      made: t('handreiking.zelfassessment.made', { date }),
      lead,
      ready: t('handreiking.zelfassessment.topicReady'),
      skipped: t('handreiking.zelfassessment.topicSkipped'),
      count: countLine,
      yourAnswer: t('handreiking.zelfassessment.yourAnswer'),
      consider: t('handreiking.zelfassessment.consider'),
    };
    const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
      .map((n) => String(n).padStart(2, '0'))
      .join('-');
    const base = `${t('handreiking.zelfassessment.fileName')}-${day}`;
    if (kind === 'html')
      downloadFile(
        `${base}.html`,
        assessmentHtml(assessment, advice, labels, language),
        'text/html;charset=utf-8',
      );
    else
      downloadFile(
        `${base}.txt`,
        assessmentText(assessment, advice, labels, language),
        'text/plain;charset=utf-8',
      );
    setStatus(t('handreiking.zelfassessment.downloaded'));
  };

  const downloads = (
    <ButtonGroup className="weerbaar-steps">
      <Button appearance="primary-action-button" type="button" onClick={() => download('html')}>
        {t('handreiking.zelfassessment.download')}
      </Button>
      <Button appearance="secondary-action-button" type="button" onClick={() => download('text')}>
        {t('handreiking.zelfassessment.downloadText')}
      </Button>
    </ButtonGroup>
  );

  return (
    <>
      <PageTitle>{t('handreiking.zelfassessment.adviceTitle')}</PageTitle>
      <Paragraph lead>{lead}</Paragraph>
      <Paragraph>{t('handreiking.zelfassessment.downloadHint')}</Paragraph>
      {downloads}
      <StatusMessage>{status}</StatusMessage>
      {advice.topics.map((topic) => (
        <section key={topic.id} className="weerbaar-advice__part" aria-labelledby={`advice-${topic.id}`}>
          <Heading2 id={`advice-${topic.id}`}>{say(topic.title)}</Heading2>
          {topic.answered === 0 ? (
            <Paragraph>{t('handreiking.zelfassessment.topicSkipped')}</Paragraph>
          ) : (
            <>
              <Paragraph small className="weerbaar-muted">
                {countLine(topic)}
              </Paragraph>
              {topic.points.length === 0 ? (
                <Paragraph>{t('handreiking.zelfassessment.topicReady')}</Paragraph>
              ) : (
                <ul className="weerbaar-advice__tips">
                  {topic.points.map((point) => (
                    <li key={point.questionId} className="weerbaar-advice__tip">
                      <Heading3 className="weerbaar-advice__question">{say(point.question)}</Heading3>
                      <p className="weerbaar-advice__answer">
                        {t('handreiking.zelfassessment.yourAnswer')}: {say(point.answer)}
                      </p>
                      <p className="weerbaar-tip">
                        <strong className="weerbaar-tip__label">
                          {t('handreiking.zelfassessment.consider')}:
                        </strong>{' '}
                        {say(point.advice)}
                      </p>
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </section>
      ))}
      <Paragraph>{say(assessment.closing)}</Paragraph>
      {downloads}
      <section className="weerbaar-section" aria-labelledby="assessment-more">
        <Heading2 id="assessment-more">{t('handreiking.zelfassessment.moreTitle')}</Heading2>
        <ul className="weerbaar-handreiking__list">
          <li>
            <AppLink to="/zelfscan">{t('layout.zelfscanLink')}</AppLink>
          </li>
          <li>
            <AppLink to="/dilemmakaarten">{t('conversation.session.title')}</AppLink>
          </li>
        </ul>
      </section>
      <OndermijningLink />
      <ButtonGroup className="weerbaar-steps">
        <Button appearance="secondary-action-button" type="button" onClick={onEdit}>
          {t('handreiking.zelfassessment.edit')}
        </Button>
        <Button appearance="subtle-button" type="button" onClick={onRestart}>
          {t('handreiking.zelfassessment.restart')}
        </Button>
      </ButtonGroup>
    </>
  );
}
