// The expert's decisions: per theme the level the answers propose, the expert's own level (a
// different one is allowed: the report shows both), a rationale in plain words (required: the
// candidate reads it), and the measures for the advice — those the answers suggest are marked at
// first, with the reason. Saving keeps a draft; finalising asks first, because the candidate is
// then told the report is ready and it can no longer change.
import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evaluation } from '../../core/instrument/evaluate.ts';
import { levelRank } from '../../core/instrument/levels.ts';
import { type Instrument, type Level, levels } from '../../core/instrument/schema.ts';
import type { ReportDecisions } from '../../core/report/report-model.ts';
import { ApiError } from '../api.ts';
import { call } from '../client.ts';
import { LevelBadge } from '../instrument/Level.tsx';
import { sayLevel, useSay } from '../instrument/text.ts';
import { problemMessage } from '../problem.ts';
import { formatTime } from '../scan/format.ts';
import { ConfirmPanel, focusSoon } from '../ui/Confirm.tsx';
import { CheckboxGroup, RadioGroup, TextArea } from '../ui/choices.tsx';
import { ErrorSummary, type FieldErrors, type SummaryError } from '../ui/forms.tsx';
import { StatusMessage } from '../ui/Status.tsx';

interface Draft {
  level: Level;
  rationale: string;
}

function isLevel(value: string): value is Level {
  return (levels as readonly string[]).includes(value);
}

const rationaleId = (theme: string) => `judge-${theme}-rationale`;

export function Judgements({
  tenantId,
  procedureId,
  scanId,
  instrument,
  evaluation,
  decisions,
  editable,
  onFinalised,
}: {
  tenantId: string;
  procedureId: string;
  scanId: string;
  instrument: Instrument;
  evaluation: Evaluation;
  decisions: ReportDecisions;
  editable: boolean;
  onFinalised: () => void;
}) {
  const { t } = useTranslation();
  const { say: sayText, language } = useSay();
  const proposedOf = (theme: string): Level =>
    evaluation.themes.find((th) => th.id === theme)?.level ?? 'geen-aandachtspunt';
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() =>
    Object.fromEntries(
      instrument.themes.map((theme) => {
        const saved = decisions.judgements.find((j) => j.theme === theme.id);
        return [theme.id, { level: saved?.level ?? proposedOf(theme.id), rationale: saved?.rationale ?? '' }];
      }),
    ),
  );
  // Never saved yet: start from the measures the answers suggest.
  const neverSaved = decisions.judgements.length === 0 && decisions.measures.length === 0;
  const [measures, setMeasures] = useState<string[]>(() =>
    neverSaved ? evaluation.measures.map((m) => m.id) : decisions.measures,
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [busy, setBusy] = useState<null | 'save' | 'finalise'>(null);
  const [asking, setAsking] = useState(false);

  const indicatorTitle = (id: string) => sayText(instrument.indicators.find((i) => i.id === id)?.title) || id;
  const suggested = new Map(evaluation.measures.map((m) => [m.id, m.because]));
  const orderedMeasures = [
    ...instrument.measures.filter((m) => suggested.has(m.id)),
    ...instrument.measures.filter((m) => !suggested.has(m.id)),
  ];

  const set = (theme: string, change: Partial<Draft>) =>
    setDrafts((current) => ({ ...current, [theme]: { ...(current[theme] as Draft), ...change } }));

  const payload = (onlyComplete: boolean) => ({
    judgements: instrument.themes
      .map((theme) => ({ theme: theme.id, ...(drafts[theme.id] as Draft) }))
      .filter((j) => !onlyComplete || j.rationale.trim().length > 0)
      .map((j) => ({ theme: j.theme, level: j.level, rationale: j.rationale.trim() })),
    measures,
  });

  const summary: SummaryError[] = instrument.themes
    .map((theme) => ({ field: rationaleId(theme.id), message: errors[rationaleId(theme.id)] ?? '' }))
    .filter((e) => e.message);

  const showServerErrors = (caught: unknown) => {
    const found: FieldErrors = {};
    if (caught instanceof ApiError) {
      for (const { path } of caught.fieldErrors()) {
        // ['judgements', <theme id>] (finalise) names the theme; ['judgements', 3, 'rationale'] its place.
        const [list, key] = path;
        if (list !== 'judgements') continue;
        const theme =
          typeof key === 'number'
            ? payload(true).judgements[key]?.theme
            : instrument.themes.find((th) => th.id === key)?.id;
        if (theme)
          found[rationaleId(theme)] = t('judgements.rationaleRequired', { theme: themeTitle(theme) });
      }
    }
    setErrors(found);
    setMessage(Object.keys(found).length > 0 ? null : problemMessage(caught, t));
    const first = Object.keys(found)[0];
    if (first) focusSoon(first);
  };

  const themeTitle = (id: string) => sayText(instrument.themes.find((th) => th.id === id)?.title) || id;

  const save = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    setBusy('save');
    setMessage(null);
    setErrors({});
    try {
      await call('reviews.decisions', { params: { tenantId, procedureId, scanId }, body: payload(true) });
      setSavedAt(new Date());
    } catch (caught) {
      showServerErrors(caught);
    } finally {
      setBusy(null);
    }
  };

  const askFinalise = () => {
    setMessage(null);
    const found: FieldErrors = {};
    for (const theme of instrument.themes) {
      if (!drafts[theme.id]?.rationale.trim())
        found[rationaleId(theme.id)] = t('judgements.rationaleRequired', { theme: sayText(theme.title) });
    }
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      focusSoon(first);
      return;
    }
    setAsking(true);
  };

  const finalise = async () => {
    setBusy('finalise');
    setMessage(null);
    try {
      await call('reviews.decisions', { params: { tenantId, procedureId, scanId }, body: payload(false) });
      await call('reviews.finalise', { params: { tenantId, procedureId, scanId } });
      setAsking(false);
      onFinalised();
    } catch (caught) {
      setAsking(false);
      showServerErrors(caught);
    } finally {
      setBusy(null);
    }
  };

  if (!editable) {
    return (
      <section aria-labelledby="review-judgements" className="weerbaar-section">
        <Heading2 id="review-judgements">{t('judgements.title')}</Heading2>
        {decisions.judgements.length === 0 ? (
          <Paragraph>{t('judgements.notYet')}</Paragraph>
        ) : (
          <ul className="weerbaar-judgement-list">
            {decisions.judgements.map((j) => (
              <li key={j.theme} className="weerbaar-judgement">
                <Heading3>{themeTitle(j.theme)}</Heading3>
                <p className="weerbaar-judgement__level">
                  <LevelBadge level={j.level} />{' '}
                  {j.level !== j.proposed ? (
                    <span className="weerbaar-judgement__differs">
                      {t('judgements.differsShort', { level: sayLevel(j.proposed, language) })}
                    </span>
                  ) : null}
                </p>
                <p className="weerbaar-judgement__rationale">{j.rationale}</p>
              </li>
            ))}
          </ul>
        )}
        {decisions.measures.length > 0 ? (
          <>
            <Heading3>{t('judgements.measuresTitle')}</Heading3>
            <ul>
              {decisions.measures.map((id) => (
                <li key={id}>{sayText(instrument.measures.find((m) => m.id === id)?.title) || id}</li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
    );
  }

  return (
    <section aria-labelledby="review-judgements" className="weerbaar-section">
      <Heading2 id="review-judgements">{t('judgements.title')}</Heading2>
      <Paragraph>{t('judgements.intro')}</Paragraph>
      <form noValidate onSubmit={(event) => void save(event)} className="weerbaar-form">
        <ErrorSummary errors={summary} message={message} />
        {instrument.themes.map((theme) => {
          const draft = drafts[theme.id] as Draft;
          const proposed = proposedOf(theme.id);
          const raised = evaluation.indicators.filter((i) => i.theme === theme.id && levelRank(i.level) > 0);
          return (
            <section key={theme.id} className="weerbaar-judge" aria-labelledby={`judge-${theme.id}-title`}>
              <Heading3 id={`judge-${theme.id}-title`}>{sayText(theme.title)}</Heading3>
              <p className="weerbaar-judge__proposed">
                <span>{t('judgements.proposed')}</span> <LevelBadge level={proposed} />
              </p>
              {raised.length > 0 ? (
                <p className="weerbaar-muted">
                  {t('judgements.because')}{' '}
                  {raised.map((i) => `${indicatorTitle(i.id)} (${sayLevel(i.level, language)})`).join('; ')}.
                </p>
              ) : (
                <p className="weerbaar-muted">{t('judgements.nothingRaised')}</p>
              )}
              <RadioGroup
                id={`judge-${theme.id}`}
                legend={t('judgements.yourLevel', { theme: sayText(theme.title) })}
                value={draft.level}
                onValueChange={(value) => isLevel(value) && set(theme.id, { level: value })}
                choices={levels.map((level) => ({
                  value: level,
                  label: (
                    <>
                      {sayLevel(level, language)}
                      {level === proposed ? ` ${t('judgements.isProposed')}` : ''}
                    </>
                  ),
                }))}
              />
              {draft.level !== proposed ? (
                <p className="weerbaar-judge__differs" role="note">
                  {t('judgements.differs')}
                </p>
              ) : null}
              <TextArea
                id={rationaleId(theme.id)}
                label={t('judgements.rationale', { theme: sayText(theme.title) })}
                description={t('judgements.rationaleDescription')}
                error={errors[rationaleId(theme.id)]}
                value={draft.rationale}
                onValueChange={(value) => set(theme.id, { rationale: value })}
                rows={3}
                maxLength={5000}
              />
            </section>
          );
        })}

        <CheckboxGroup
          id="judge-measures"
          legend={t('judgements.measuresTitle')}
          description={t('judgements.measuresIntro')}
          values={measures}
          onValuesChange={setMeasures}
          choices={orderedMeasures.map((m) => {
            const because = suggested.get(m.id);
            return {
              value: m.id,
              label: sayText(m.title),
              description: because
                ? `${t('judgements.suggestedBecause')} ${because.map(indicatorTitle).join(', ')}.`
                : t('judgements.notSuggested'),
            };
          })}
        />

        <StatusMessage>
          {savedAt ? t('judgements.saved', { time: formatTime(savedAt, language) }) : null}
        </StatusMessage>
        <ButtonGroup>
          <Button appearance="secondary-action-button" type="submit" busy={busy === 'save'}>
            {t('judgements.save')}
          </Button>
          {asking ? null : (
            <Button
              id="judge-finalise-open"
              appearance="primary-action-button"
              type="button"
              onClick={askFinalise}
            >
              {t('judgements.finalise')}
            </Button>
          )}
        </ButtonGroup>
      </form>
      {asking ? (
        <ConfirmPanel
          id="judge-finalise-confirm"
          level={3}
          title={t('judgements.confirmTitle')}
          confirmLabel={t('judgements.confirm')}
          busy={busy === 'finalise'}
          onConfirm={() => void finalise()}
          onCancel={() => {
            setAsking(false);
            focusSoon('judge-finalise-open');
          }}
        >
          <Paragraph>{t('judgements.confirmText')}</Paragraph>
        </ConfirmPanel>
      ) : null}
    </section>
  );
}
