// What the engine makes of the answers, for people who work with the instrument (its author now,
// the expert later): themes, indicators with their level and evidence, the texts for candidate
// and expert, own rating against the outcome (blind spots), and the suggested measures with why.
// Changes of level are announced politely.
import {
  Heading3,
  Heading4,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../../core/instrument/answers.ts';
import type { Evaluation, IndicatorResult } from '../../core/instrument/evaluate.ts';
import { levelRank } from '../../core/instrument/levels.ts';
import type { Instrument, Level } from '../../core/instrument/schema.ts';
import { evidenceLines } from './evidence.ts';
import { LevelBadge } from './Level.tsx';
import { sayLevel, useSay } from './text.ts';

export interface ResultsProps {
  instrument: Instrument;
  evaluation: Evaluation;
  answers: Answers;
  /** Prefix of element ids. */
  idPrefix?: string;
}

/** A sentence for each indicator whose level changed since the last evaluation. */
function useLevelChanges(instrument: Instrument, indicators: IndicatorResult[]): string {
  const { t } = useTranslation();
  const { say: sayText, language } = useSay();
  const previous = useRef<Map<string, Level> | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    const before = previous.current;
    previous.current = new Map(indicators.map((i) => [i.id, i.level]));
    if (!before) return;
    const changed = indicators.filter((i) => before.get(i.id) !== i.level);
    if (changed.length === 0) return;
    const sentences = changed.map((i) =>
      t('results.levelChanged', {
        indicator: sayText(instrument.indicators.find((d) => d.id === i.id)?.title),
        level: sayLevel(i.level, language),
      }),
    );
    setMessage(sentences.join(' '));
  }, [indicators, instrument, t, sayText, language]);
  return message;
}

export function Results({ instrument, evaluation, answers, idPrefix = 'results' }: ResultsProps) {
  const { t } = useTranslation();
  const { say: sayText } = useSay();
  const announcement = useLevelChanges(instrument, evaluation.indicators);

  const definitions = new Map(instrument.indicators.map((d) => [d.id, d]));
  const order = new Map(instrument.indicators.map((d, i) => [d.id, i]));
  const raised = evaluation.indicators
    .filter((i) => levelRank(i.level) > 0)
    .sort(
      (a, b) => levelRank(b.level) - levelRank(a.level) || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
    );
  const quiet = evaluation.indicators.filter((i) => levelRank(i.level) === 0);
  const themeTitle = (id: string) => sayText(instrument.themes.find((th) => th.id === id)?.title) || id;
  const usesNetwork = Boolean(instrument.network);

  return (
    <div className="weerbaar-results">
      <div className="weerbaar-visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>

      <section aria-labelledby={`${idPrefix}-themes`} className="weerbaar-results__block">
        <Heading3 id={`${idPrefix}-themes`}>{t('results.themesTitle')}</Heading3>
        <ul className="weerbaar-theme-list">
          {evaluation.themes.map((theme) => (
            <li key={theme.id} className="weerbaar-theme-list__item">
              <span className="weerbaar-theme-list__title">{themeTitle(theme.id)}</span>
              <LevelBadge level={theme.level} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby={`${idPrefix}-indicators`} className="weerbaar-results__block">
        <Heading3 id={`${idPrefix}-indicators`}>
          {t('results.indicatorsTitle', { count: raised.length })}
        </Heading3>
        {raised.length === 0 ? <Paragraph>{t('results.noIndicators')}</Paragraph> : null}
        {usesNetwork ? <Paragraph small>{t('results.networkNote')}</Paragraph> : null}
        {raised.map((result) => {
          const definition = definitions.get(result.id);
          if (!definition) return null;
          const lines = evidenceLines(instrument, result.evidence, answers, sayText, t);
          const titleId = `${idPrefix}-indicator-${result.id}`;
          return (
            <article
              key={result.id}
              className={`weerbaar-indicator weerbaar-indicator--${result.level}`}
              aria-labelledby={titleId}
              data-indicator={result.id}
            >
              <Heading4 id={titleId} className="weerbaar-indicator__title">
                {sayText(definition.title)}
              </Heading4>
              <p className="weerbaar-indicator__meta">
                <LevelBadge level={result.level} />
                <span className="weerbaar-indicator__theme">
                  {t('results.theme', { theme: themeTitle(result.theme) })}
                </span>
              </p>
              <dl className="weerbaar-indicator__details">
                <dt>{t('results.evidence')}</dt>
                <dd>
                  {lines.length > 0 ? (
                    <ul className="weerbaar-evidence">
                      {lines.map((line) => (
                        <li key={line.key}>
                          <span className="weerbaar-evidence__subject">{line.subject}</span>{' '}
                          <span className="weerbaar-evidence__detail">{line.detail}</span>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    t('results.noEvidence')
                  )}
                </dd>
                <dt>{t('results.candidateText')}</dt>
                <dd>{sayText(definition.candidateText)}</dd>
                <dt>{t('results.expertText')}</dt>
                <dd>{sayText(definition.expertText)}</dd>
                {definition.talkingPoints.length > 0 ? (
                  <>
                    <dt>{t('results.talkingPoints')}</dt>
                    <dd>
                      <ul className="weerbaar-evidence">
                        {definition.talkingPoints.map((point) => (
                          <li key={point.nl}>{sayText(point)}</li>
                        ))}
                      </ul>
                    </dd>
                  </>
                ) : null}
              </dl>
            </article>
          );
        })}
        {quiet.length > 0 ? (
          <details className="weerbaar-details">
            <summary>{t('results.quietIndicators', { count: quiet.length })}</summary>
            <UnorderedList>
              {quiet.map((result) => (
                <UnorderedListItem key={result.id}>
                  {sayText(definitions.get(result.id)?.title)}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </details>
        ) : null}
      </section>

      <section aria-labelledby={`${idPrefix}-awareness`} className="weerbaar-results__block">
        <Heading3 id={`${idPrefix}-awareness`}>{t('results.awarenessTitle')}</Heading3>
        {evaluation.awareness.length === 0 ? (
          <Paragraph>{t('results.noAwareness')}</Paragraph>
        ) : (
          <ul className="weerbaar-awareness">
            {evaluation.awareness.map((a) => (
              <li key={a.theme} className="weerbaar-awareness__item">
                <Heading4 className="weerbaar-awareness__title">{themeTitle(a.theme)}</Heading4>
                <dl className="weerbaar-awareness__levels">
                  <div>
                    <dt>{t('results.perceived')}</dt>
                    <dd>
                      <LevelBadge level={a.perceived} />
                    </dd>
                  </div>
                  <div>
                    <dt>{t('results.computed')}</dt>
                    <dd>
                      <LevelBadge level={a.computed} />
                    </dd>
                  </div>
                </dl>
                {a.blindSpot ? (
                  <p className="weerbaar-blind-spot">
                    <strong>{t('results.blindSpot')}</strong> {t('results.blindSpotText', { count: a.gap })}
                  </p>
                ) : a.gap < 0 ? (
                  <p className="weerbaar-awareness__note">{t('results.overestimate', { count: -a.gap })}</p>
                ) : (
                  <p className="weerbaar-awareness__note">{t('results.sameView')}</p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby={`${idPrefix}-measures`} className="weerbaar-results__block">
        <Heading3 id={`${idPrefix}-measures`}>
          {t('results.measuresTitle', { count: evaluation.measures.length })}
        </Heading3>
        {evaluation.measures.length === 0 ? <Paragraph>{t('results.noMeasures')}</Paragraph> : null}
        {evaluation.measures.map((suggested) => {
          const measure = instrument.measures.find((m) => m.id === suggested.id);
          if (!measure) return null;
          return (
            <article
              key={measure.id}
              className="weerbaar-measure"
              aria-labelledby={`${idPrefix}-measure-${measure.id}`}
            >
              <Heading4 id={`${idPrefix}-measure-${measure.id}`}>{sayText(measure.title)}</Heading4>
              <Paragraph>{sayText(measure.description)}</Paragraph>
              <p className="weerbaar-measure__because">{t('results.because')}</p>
              <ul className="weerbaar-evidence">
                {suggested.because.map((id) => {
                  const result = evaluation.indicators.find((i) => i.id === id);
                  return (
                    <li key={id}>
                      {sayText(definitions.get(id)?.title)}
                      {result ? (
                        <>
                          {' '}
                          <LevelBadge level={result.level} />
                        </>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            </article>
          );
        })}
      </section>
    </div>
  );
}
