// A finished report, as the server built it for this reader (src/core/report/report-model.ts):
// per section and theme the expert's judgement with its rationale (and whether it differs from
// what the answers proposed), what stood out (with the answers it rests on, for the candidate),
// the own rating against the outcome, the measures and the tips. The opdrachtgever's views never
// contain answers; this component shows only what it is given.
import { Heading2, Heading3, Heading4, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../../core/instrument/answers.ts';
import { indexInstrument } from '../../core/instrument/index-instrument.ts';
import { levelRank } from '../../core/instrument/levels.ts';
import type { Instrument } from '../../core/instrument/schema.ts';
import type { ThemeView } from '../../core/report/report-model.ts';
import type { Report } from '../api.ts';
import { evidenceLines } from '../instrument/evidence.ts';
import { LevelBadge } from '../instrument/Level.tsx';
import { useSay } from '../instrument/text.ts';

export type ReportReader = 'kandidaat' | 'opdrachtgever';

interface Context {
  reader: ReportReader;
  /** Where each measure is shown: `${section}/${theme}` (see placeMeasures). */
  measureAt: ReadonlyMap<string, string>;
  /** With the instrument and the answers, evidence is named in words. */
  instrument: Instrument | null;
  answers: Answers | null;
}

export function ReportSections({
  report,
  reader,
  instrument = null,
  answers = null,
}: {
  report: Report;
  reader: ReportReader;
  instrument?: Instrument | null;
  answers?: Answers | null;
}) {
  const { say: sayText } = useSay();
  const { t } = useTranslation();
  const context: Context = { reader, instrument, answers, measureAt: placeMeasures(report) };
  if (report.sections.length === 0) return <Paragraph>{t('report.emptyView')}</Paragraph>;
  return (
    <div className="weerbaar-report">
      {report.sections.map((section) => (
        <section
          key={section.id}
          className="weerbaar-report__section"
          aria-labelledby={`report-${section.id}`}
        >
          <Heading2 id={`report-${section.id}`} className="weerbaar-report__section-title">
            {sayText(section.title)}
          </Heading2>
          {section.themes.map((theme) => (
            <Theme key={theme.id} sectionId={section.id} theme={theme} context={context} />
          ))}
        </section>
      ))}
    </div>
  );
}

/**
 * A chosen measure can answer indicators of several themes, and the report model lists it under
 * each. Shown once reads better: under the theme where it matters most (the highest judgement, or
 * else the highest indicator), the first such theme on a tie.
 */
function placeMeasures(report: Report): Map<string, string> {
  const best = new Map<string, { at: string; weight: number }>();
  for (const section of report.sections) {
    for (const theme of section.themes) {
      const weight = Math.max(
        theme.judgement ? levelRank(theme.judgement.level) : -1,
        ...(theme.indicators ?? []).map((i) => levelRank(i.level)),
      );
      for (const measure of theme.measures ?? []) {
        const current = best.get(measure.id);
        if (!current || weight > current.weight)
          best.set(measure.id, { at: `${section.id}/${theme.id}`, weight });
      }
    }
  }
  return new Map([...best].map(([id, { at }]) => [id, at]));
}

function Theme({ sectionId, theme, context }: { sectionId: string; theme: ThemeView; context: Context }) {
  const { t } = useTranslation();
  const { say: sayText } = useSay();
  const id = `report-${sectionId}-${theme.id}`;
  const indicators = theme.indicators ?? [];
  const raised = indicators.filter((i) => levelRank(i.level) > 0);
  const quiet = indicators.filter((i) => levelRank(i.level) === 0);
  const you = context.reader === 'kandidaat';
  const measures = (theme.measures ?? []).filter(
    (m) => context.measureAt.get(m.id) === `${sectionId}/${theme.id}`,
  );
  return (
    <article className="weerbaar-report__theme" aria-labelledby={id}>
      <Heading3 id={id} className="weerbaar-report__theme-title">
        {sayText(theme.title)}
      </Heading3>

      {theme.judgement ? (
        <div className="weerbaar-judgement">
          <p className="weerbaar-judgement__level">
            <span className="weerbaar-judgement__label">{t('report.judgement')}</span>{' '}
            <LevelBadge level={theme.judgement.level} />
          </p>
          {theme.judgement.differs ? (
            <p className="weerbaar-judgement__differs">
              <strong>{t('report.differsTitle')}</strong> {t('report.differsProposed')}{' '}
              <LevelBadge level={theme.judgement.proposed} /> {t('report.differsText')}
            </p>
          ) : (
            <p className="weerbaar-judgement__same">{t('report.sameAsProposed')}</p>
          )}
          <p className="weerbaar-judgement__label">{t('report.rationale')}</p>
          <p className="weerbaar-judgement__rationale">{theme.judgement.rationale}</p>
        </div>
      ) : null}

      {theme.indicators ? (
        <div className="weerbaar-report__block">
          <Heading4>{t('report.stoodOut')}</Heading4>
          {raised.length === 0 ? (
            <Paragraph>{you ? t('report.nothingStoodOutYou') : t('report.nothingStoodOut')}</Paragraph>
          ) : (
            <ul className="weerbaar-report__indicators">
              {raised.map((indicator) => (
                <li
                  key={indicator.id}
                  className={`weerbaar-indicator weerbaar-indicator--${indicator.level}`}
                >
                  <p className="weerbaar-indicator__meta">
                    <strong>{sayText(indicator.title)}</strong> <LevelBadge level={indicator.level} />
                  </p>
                  {indicator.candidateText ? <Paragraph>{sayText(indicator.candidateText)}</Paragraph> : null}
                  {indicator.evidence ? <Evidence evidence={indicator.evidence} context={context} /> : null}
                </li>
              ))}
            </ul>
          )}
          {quiet.length > 0 ? (
            <p className="weerbaar-muted">
              {t('report.quiet')} {quiet.map((i) => sayText(i.title)).join(', ')}.
            </p>
          ) : null}
        </div>
      ) : null}

      {theme.awareness && theme.awareness.length > 0 ? (
        <div className="weerbaar-report__block">
          <Heading4>{t('report.awarenessTitle')}</Heading4>
          {theme.awareness.map((a) => (
            <div key={a.theme}>
              <dl className="weerbaar-awareness__levels">
                <div>
                  <dt>{t('report.perceived')}</dt>
                  <dd>
                    <LevelBadge level={a.perceived} />
                  </dd>
                </div>
                <div>
                  <dt>{t('report.computed')}</dt>
                  <dd>
                    <LevelBadge level={a.computed} />
                  </dd>
                </div>
              </dl>
              <p className="weerbaar-awareness__note">
                {a.blindSpot
                  ? t('report.blindSpot')
                  : a.gap < 0
                    ? t('report.moreCareful')
                    : t('report.sameView')}
              </p>
            </div>
          ))}
        </div>
      ) : null}

      {theme.measures ? (
        <div className="weerbaar-report__block">
          <Heading4>{t('report.measuresTitle')}</Heading4>
          {measures.length === 0 ? (
            <Paragraph>{t('report.noMeasures')}</Paragraph>
          ) : (
            <ul className="weerbaar-report__measures">
              {measures.map((measure) => (
                <li key={measure.id} className="weerbaar-measure">
                  <strong>{sayText(measure.title)}</strong>
                  <Paragraph>{sayText(measure.description)}</Paragraph>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}

      {theme.tips && theme.tips.length > 0 ? <Tips tips={theme.tips} context={context} /> : null}
    </article>
  );
}

function Evidence({
  evidence,
  context,
}: {
  evidence: NonNullable<NonNullable<ThemeView['indicators']>[number]['evidence']>;
  context: Context;
}) {
  const { t } = useTranslation();
  const { say: sayText } = useSay();
  if (!context.instrument || !context.answers || evidence.length === 0) return null;
  const lines = evidenceLines(context.instrument, evidence, context.answers, sayText, t);
  if (lines.length === 0) return null;
  return (
    <>
      <p className="weerbaar-report__because">
        {context.reader === 'kandidaat' ? t('report.becauseYou') : t('report.because')}
      </p>
      <ul className="weerbaar-evidence">
        {lines.map((line) => (
          <li key={line.key}>
            <span className="weerbaar-evidence__subject">{line.subject}</span>{' '}
            <span className="weerbaar-evidence__detail">{line.detail}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

function Tips({ tips, context }: { tips: NonNullable<ThemeView['tips']>; context: Context }) {
  const { t } = useTranslation();
  const { say: sayText } = useSay();
  const index = context.instrument ? indexInstrument(context.instrument) : null;
  return (
    <div className="weerbaar-report__block">
      <Heading4>{t('report.tipsTitle')}</Heading4>
      <ul className="weerbaar-report__tips">
        {tips.map((tip, i) => {
          const question = index?.items.get(tip.item)?.item;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a tip can repeat for several entries
            <li key={`${tip.item}-${i}`} className="weerbaar-tip">
              {question ? (
                <span className="weerbaar-report__tip-question">{sayText(question.text)} </span>
              ) : null}
              {sayText(tip.tip)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
