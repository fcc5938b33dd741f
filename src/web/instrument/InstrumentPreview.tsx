// /o/:tenantId/instrumenten/:instrumentId — for beheerders (the instrument's authors): try out a
// questionnaire and see, live on every change, what the engine makes of it. Evaluated in the
// browser with the same core code the server uses; nothing is stored or sent.
import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Answer, Answers } from '../../core/instrument/answers.ts';
import { evaluate } from '../../core/instrument/evaluate.ts';
import { call } from '../client.ts';
import type { InstrumentDefinition } from '../contract.ts';
import { BeheerderOnly } from '../organisation/BeheerderOnly.tsx';
import { may, type Organisation, organisationFor, useSession } from '../session.tsx';
import { NoAccess } from '../shell/OrganisationHome.tsx';
import { ErrorSummary } from '../ui/forms.tsx';
import { AppLink } from '../ui/links.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ResourceView } from '../ui/ResourceView.tsx';
import { StatusMessage } from '../ui/Status.tsx';
import { useResource } from '../ui/use-resource.ts';
import { shortHash } from './InstrumentList.tsx';
import { errorSummary } from './ids.ts';
import { Questionnaire } from './Questionnaire.tsx';
import { Results } from './Results.tsx';
import { useSay } from './text.ts';

export function InstrumentPreview() {
  const { session } = useSession();
  const { tenantId, instrumentId } = useParams();
  const organisation = session ? organisationFor(session, tenantId) : undefined;
  if (!session || !organisation) return <NoAccess />;
  if (!may(organisation, 'instruments.preview')) return <BeheerderOnly />;
  return <PreviewPage key={instrumentId} organisation={organisation} instrumentId={instrumentId ?? ''} />;
}

function PreviewPage({ organisation, instrumentId }: { organisation: Organisation; instrumentId: string }) {
  const { t } = useTranslation();
  const { say: sayText } = useSay();
  const tenantId = organisation.tenantId;
  const load = useResource(
    () => call('instruments.read', { params: { tenantId, instrumentId } }),
    [tenantId, instrumentId],
  );

  const back = (
    <Paragraph>
      <AppLink to={`/o/${organisation.tenantId}/instrumenten`}>{t('preview.back')}</AppLink>
    </Paragraph>
  );

  if (load.status !== 'ready') {
    return (
      <>
        <PageTitle>{t('preview.loadingTitle')}</PageTitle>
        {back}
        <ResourceView resource={load} />
      </>
    );
  }

  const { definition, version, hash } = load.data;
  return (
    <>
      <PageTitle>{t('preview.title', { title: sayText(definition.title) })}</PageTitle>
      {back}
      <Alert type="info" role="presentation" className="weerbaar-preview__notice">
        <Paragraph>
          <strong>{t('preview.noticeTitle')}</strong> {t('preview.notice')}
        </Paragraph>
      </Alert>
      <Paragraph>{sayText(definition.description)}</Paragraph>
      <dl className="weerbaar-facts weerbaar-facts--inline">
        <div>
          <dt>{t('instruments.mode')}</dt>
          <dd>{t(`instruments.modes.${definition.mode}`)}</dd>
        </div>
        <div>
          <dt>{t('instruments.version')}</dt>
          <dd>{version}</dd>
        </div>
        <div>
          <dt>{t('instruments.hash')}</dt>
          <dd>
            <code className="weerbaar-hash" title={hash}>
              {shortHash(hash)}
            </code>
          </dd>
        </div>
        <div>
          <dt>{t('instruments.duration')}</dt>
          <dd>{t('instruments.minutes', { count: definition.minutes })}</dd>
        </div>
      </dl>
      <Preview loaded={load.data} />
    </>
  );
}

function Preview({ loaded }: { loaded: InstrumentDefinition }) {
  const { t } = useTranslation();
  const { say: sayText, language } = useSay();
  const instrument = loaded.definition;
  const [answers, setAnswers] = useState<Answers>({});
  const [checked, setChecked] = useState(false);
  const [round, setRound] = useState(0);
  const [status, setStatus] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const evaluation = useMemo(() => evaluate(instrument, { answers }), [instrument, answers]);
  const summary = checked ? errorSummary(instrument, evaluation, sayText, language) : [];

  const change = useCallback((itemId: string, value: Answer | undefined) => {
    setStatus(null);
    setAnswers((current) => {
      const next = { ...current };
      if (value === undefined) delete next[itemId];
      else next[itemId] = value;
      return next;
    });
  }, []);

  const check = () => {
    setChecked(true);
    const found = errorSummary(instrument, evaluation, sayText, language);
    setStatus(found.length === 0 ? t('preview.checkedOk') : null);
    if (found.length > 0) window.setTimeout(() => summaryRef.current?.focus(), 0);
  };

  const reset = () => {
    setAnswers({});
    setChecked(false);
    setRound((value) => value + 1);
    setStatus(t('preview.cleared'));
  };

  const toolbar = (
    <ButtonGroup>
      <Button appearance="primary-action-button" type="button" onClick={check}>
        {t('preview.check')}
      </Button>
      <Button appearance="secondary-action-button" type="button" onClick={reset}>
        {t('preview.reset')}
      </Button>
    </ButtonGroup>
  );

  return (
    <div className="weerbaar-preview">
      <section className="weerbaar-preview__questions" aria-labelledby="preview-questions-title">
        <Heading2 id="preview-questions-title" className="weerbaar-visually-hidden">
          {t('preview.questionsTitle')}
        </Heading2>
        <Paragraph>
          <a className="utrecht-link utrecht-link--html-a" href="#preview-results-title">
            {t('preview.toResults')}
          </a>
        </Paragraph>
        {toolbar}
        <StatusMessage>{status}</StatusMessage>
        <div ref={summaryRef} tabIndex={-1}>
          <ErrorSummary errors={summary} />
        </div>
        <Questionnaire
          key={round}
          instrument={instrument}
          answers={answers}
          evaluation={evaluation}
          onChange={change}
          showAllErrors={checked}
        />
        {toolbar}
      </section>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="weerbaar-preview__results" aria-labelledby="preview-results-title" tabIndex={0}>
        <Heading2 id="preview-results-title" tabIndex={-1}>
          {t('preview.resultsTitle')}
        </Heading2>
        <Paragraph small>{t('preview.resultsIntro')}</Paragraph>
        <Results instrument={instrument} evaluation={evaluation} answers={answers} />
      </section>
    </div>
  );
}
