// /zelfscan — the personal safety self-scan, public and without an account. One part at a time
// (easy on a phone), a tip at once under each answer that has one, and at the end the advice per
// part with the suggested measures, to download as a file made in the browser. The answers live
// only in this page's memory: nothing is stored (no localStorage, no cookies) and nothing is sent.
import {
  Alert,
  Button,
  ButtonGroup,
  Heading2,
  Heading3,
  OrderedList,
  OrderedListItem,
  Paragraph,
} from '@utrecht/component-library-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer, Answers } from '../../core/instrument/answers.ts';
import { evaluate } from '../../core/instrument/evaluate.ts';
import type { Instrument } from '../../core/instrument/schema.ts';
import { call } from '../client.ts';
import { AppLink } from '../ui/links.tsx';
import { PAGE_TITLE_ID, PageTitle } from '../ui/PageTitle.tsx';
import { ResourceView } from '../ui/ResourceView.tsx';
import { StatusMessage } from '../ui/Status.tsx';
import { useResource } from '../ui/use-resource.ts';
import { useStep } from '../ui/use-step.ts';
import { adviceHtml, adviceLabels, adviceText, buildAdvice, downloadFile } from './advice.ts';
import { Questionnaire } from './Questionnaire.tsx';
import { useSay } from './text.ts';

export function Zelfscan() {
  const { t } = useTranslation();
  const load = useResource(async () => (await call('zelfscan.read')).definition, []);

  if (load.status !== 'ready') {
    return (
      <>
        <PageTitle>{t('zelfscan.title')}</PageTitle>
        <ResourceView resource={load} />
      </>
    );
  }
  return <ZelfscanSteps instrument={load.data} />;
}

function ZelfscanSteps({ instrument }: { instrument: Instrument }) {
  const { t } = useTranslation();
  const { say: sayText } = useSay();
  const [answers, setAnswers] = useState<Answers>({});
  const [step, setStep] = useStep(instrument.parts.length);
  const evaluation = useMemo(() => evaluate(instrument, { answers }), [instrument, answers]);

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

  const change = useCallback((itemId: string, value: Answer | undefined) => {
    setAnswers((current) => {
      const next = { ...current };
      if (value === undefined) delete next[itemId];
      else next[itemId] = value;
      return next;
    });
  }, []);

  const parts = instrument.parts;
  const count = parts.length;

  if (step === 'intro') {
    return (
      <>
        <PageTitle>{t('zelfscan.title')}</PageTitle>
        <Paragraph lead>{t('zelfscan.lead', { minutes: instrument.minutes, parts: count })}</Paragraph>
        <Paragraph>{t('zelfscan.howItWorks')}</Paragraph>
        <OrderedList className="weerbaar-zelfscan__parts">
          {parts.map((part) => (
            <OrderedListItem key={part.id}>
              {sayText(part.title)}{' '}
              <span className="weerbaar-muted">
                ({t('zelfscan.questions', { count: part.sections.reduce((n, s) => n + s.items.length, 0) })})
              </span>
            </OrderedListItem>
          ))}
        </OrderedList>
        <section className="weerbaar-calm" aria-labelledby="zelfscan-privacy-title">
          <Heading2 id="zelfscan-privacy-title" className="weerbaar-calm__title">
            {t('zelfscan.privacyTitle')}
          </Heading2>
          <Paragraph>{t('zelfscan.privacy')}</Paragraph>
          <Paragraph>{t('zelfscan.stopAnytime')}</Paragraph>
        </section>
        <Alert type="warning" role="presentation" className="weerbaar-zelfscan__emergency">
          <Paragraph>{t('zelfscan.emergency')}</Paragraph>
        </Alert>
        <Paragraph>
          <AppLink to="/dilemmakaarten">{t('conversation.session.linkFromZelfscan')}</AppLink>
        </Paragraph>
        <ButtonGroup className="weerbaar-steps">
          <Button appearance="primary-action-button" type="button" onClick={() => setStep(0)}>
            {t('zelfscan.start')}
          </Button>
        </ButtonGroup>
      </>
    );
  }

  if (step === 'advice') {
    return (
      <AdviceView
        instrument={instrument}
        answers={answers}
        evaluation={evaluation}
        onEdit={() => setStep(0)}
        onRestart={() => {
          setAnswers({});
          setStep('intro');
        }}
      />
    );
  }

  const part = parts[step];
  if (!part) return null;
  const previous = parts[step - 1];
  const next = parts[step + 1];
  return (
    <>
      <PageTitle>
        {t('zelfscan.partTitle', { number: step + 1, count, title: sayText(part.title) })}
      </PageTitle>
      <form
        noValidate
        className="weerbaar-zelfscan__form"
        onSubmit={(event) => {
          event.preventDefault();
          setStep(next ? step + 1 : 'advice');
        }}
      >
        <Questionnaire
          key={part.id}
          instrument={instrument}
          answers={answers}
          evaluation={evaluation}
          onChange={change}
          parts={[part.id]}
          partHeadings={false}
        />
        <Paragraph small className="weerbaar-muted">
          {t('zelfscan.skipHint')}
        </Paragraph>
        <ButtonGroup className="weerbaar-steps">
          <Button appearance="primary-action-button" type="submit">
            {next ? t('zelfscan.next', { title: sayText(next.title) }) : t('zelfscan.toAdvice')}
          </Button>
          <Button
            appearance="secondary-action-button"
            type="button"
            onClick={() => setStep(previous ? step - 1 : 'intro')}
          >
            {previous
              ? t('zelfscan.previous', { title: sayText(previous.title) })
              : t('zelfscan.backToIntro')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}

function AdviceView({
  instrument,
  answers,
  evaluation,
  onEdit,
  onRestart,
}: {
  instrument: Instrument;
  answers: Answers;
  evaluation: ReturnType<typeof evaluate>;
  onEdit: () => void;
  onRestart: () => void;
}) {
  const { t } = useTranslation();
  const { say: sayText, language } = useSay();
  const [status, setStatus] = useState<string | null>(null);
  const advice = buildAdvice(instrument, answers, evaluation, sayText, t);
  const tipCount = advice.parts.reduce((n, p) => n + p.tips.length, 0);

  const download = (kind: 'html' | 'text') => {
    const now = new Date();
    const labels = adviceLabels(t, now, language);
    // The local date, as in the file's "made on" line (not UTC: at night they can differ).
    const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
      .map((n) => String(n).padStart(2, '0'))
      .join('-');
    const base = `${t('zelfscan.fileName')}-${day}`;
    if (kind === 'html')
      downloadFile(`${base}.html`, adviceHtml(advice, labels, language), 'text/html;charset=utf-8');
    else downloadFile(`${base}.txt`, adviceText(advice, labels), 'text/plain;charset=utf-8');
    setStatus(t('zelfscan.downloaded'));
  };

  const downloads = (
    <ButtonGroup className="weerbaar-steps">
      <Button appearance="primary-action-button" type="button" onClick={() => download('html')}>
        {t('zelfscan.download')}
      </Button>
      <Button appearance="secondary-action-button" type="button" onClick={() => download('text')}>
        {t('zelfscan.downloadText')}
      </Button>
    </ButtonGroup>
  );

  return (
    <>
      <PageTitle>{t('zelfscan.adviceTitle')}</PageTitle>
      <Paragraph lead>
        {tipCount === 0 ? t('zelfscan.adviceLeadNone') : t('zelfscan.adviceLead', { count: tipCount })}
      </Paragraph>
      <Paragraph>{t('zelfscan.adviceDownload')}</Paragraph>
      {downloads}
      <StatusMessage>{status}</StatusMessage>

      {advice.parts.map((part) => (
        <section key={part.id} className="weerbaar-advice__part" aria-labelledby={`advice-${part.id}`}>
          <Heading2 id={`advice-${part.id}`}>{part.title}</Heading2>
          {part.answered === 0 ? (
            <Paragraph>{t('zelfscan.skipped')}</Paragraph>
          ) : (
            <>
              <Paragraph small className="weerbaar-muted">
                {t('zelfscan.answered', { answered: part.answered, count: part.questions })}
              </Paragraph>
              {part.messages.map((message) => (
                <Paragraph key={message}>{message}</Paragraph>
              ))}
              {part.tips.length === 0 ? (
                <Paragraph>{t('zelfscan.noTips')}</Paragraph>
              ) : (
                <ul className="weerbaar-advice__tips">
                  {part.tips.map((tip) => (
                    <li key={`${tip.item}-${tip.tip}`} className="weerbaar-advice__tip">
                      <Heading3 className="weerbaar-advice__question">{tip.question}</Heading3>
                      <p className="weerbaar-advice__answer">
                        {t('zelfscan.yourAnswer')}: {tip.answer}
                      </p>
                      <p className="weerbaar-tip">
                        <strong className="weerbaar-tip__label">{t('instrument.tip')}:</strong> {tip.tip}
                      </p>
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </section>
      ))}

      <section className="weerbaar-advice__part" aria-labelledby="advice-measures">
        <Heading2 id="advice-measures">{t('zelfscan.measuresTitle')}</Heading2>
        {advice.measures.length === 0 ? <Paragraph>{t('zelfscan.noMeasures')}</Paragraph> : null}
        {advice.measures.map((measure) => (
          <article key={measure.id} className="weerbaar-measure" aria-labelledby={`measure-${measure.id}`}>
            <Heading3 id={`measure-${measure.id}`}>{measure.title}</Heading3>
            <Paragraph>{measure.description}</Paragraph>
            <Paragraph small className="weerbaar-muted">
              {t('zelfscan.because')} {measure.because.join(', ')}
            </Paragraph>
          </article>
        ))}
      </section>

      <Alert type="warning" role="presentation" className="weerbaar-zelfscan__emergency">
        <Paragraph>{t('zelfscan.emergency')}</Paragraph>
      </Alert>
      {downloads}
      <ButtonGroup className="weerbaar-steps">
        <Button appearance="secondary-action-button" type="button" onClick={onEdit}>
          {t('zelfscan.edit')}
        </Button>
        <Button appearance="subtle-button" type="button" onClick={onRestart}>
          {t('zelfscan.restart')}
        </Button>
      </ButtonGroup>
    </>
  );
}
