// A finished report, as the server built it for this reader (src/core/report/report-model.ts):
// per section and theme the expert's judgement with its rationale (and whether it differs from
// what the answers proposed), what stood out and — for the candidate — the answers it rests on in
// words, the own rating against the outcome, questions for the conversation and tips; then the
// chosen measures, each once. The opdrachtgever's views never contain answers; this component
// shows only what it is given, and the PDF (src/server/pdf) shows the same model. The network
// picture (report.network) is placed by the page (NetworkPictureSection). Confirmed findings of the
// antecedentenonderzoek are shown under the theme they concern, as a kind of evidence of their own
// (with their source), and once at the end when this view shows their theme without evidence.
import { Heading2, Heading3, Heading4, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../../core/instrument/answers.ts';
import { levelRank } from '../../core/instrument/levels.ts';
import { levels } from '../../core/instrument/scale.ts';
import type { Instrument } from '../../core/instrument/schema.ts';
import type { ChosenMeasure, FindingEvidence, ThemeView } from '../../core/report/report-model.ts';
import type { Report } from '../contract.ts';
import { LevelBadge } from '../instrument/Level.tsx';
import { useSay } from '../instrument/text.ts';
import './report-print.css';

export type ReportReader = 'kandidaat' | 'expert' | 'opdrachtgever';

export function ReportSections({
  report,
  reader,
}: {
  report: Report;
  reader: ReportReader;
  /** Not needed any more: the report names its evidence in words. Accepted for existing pages. */
  instrument?: Instrument | null;
  answers?: Answers | null;
}) {
  const { say: sayText } = useSay();
  const { t } = useTranslation();
  const { t: tReport } = useTranslation('report');
  if (report.sections.length === 0) return <Paragraph>{t('report.emptyView')}</Paragraph>;
  const themeTitles = new Map(report.sections.flatMap((s) => s.themes.map((th) => [th.id, th.title])));
  return (
    <div className="weerbaar-report">
      {/* Who judged, in so many words: a person, never the software alone (AVG art. 22). */}
      <Paragraph className="weerbaar-report__judged-by">
        {tReport(report.judgedBy === 'expert' ? 'judgedByExpert' : 'judgedByNobody')}
      </Paragraph>
      <Scale />
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
            <Theme key={theme.id} sectionId={section.id} theme={theme} reader={reader} />
          ))}
        </section>
      ))}
      {report.measures ? (
        <Measures measures={report.measures} themeTitle={(id) => sayText(themeTitles.get(id))} />
      ) : null}
      {report.findings && report.findings.length > 0 ? (
        <section className="weerbaar-report__section" aria-labelledby="report-other-findings">
          <Heading2 id="report-other-findings" className="weerbaar-report__section-title">
            {t('reportDocuments.view.otherFindingsTitle')}
          </Heading2>
          <FindingList findings={report.findings} />
        </section>
      ) : null}
    </div>
  );
}

/** What the four steps mean, in words (never colour alone). */
function Scale() {
  const { t } = useTranslation();
  const { t: tReport } = useTranslation('report');
  return (
    <details className="weerbaar-report__scale">
      <summary>{t('reportDocuments.view.scaleTitle')}</summary>
      <Paragraph>{t('reportDocuments.view.scaleIntro')}</Paragraph>
      <dl>
        {levels.map((level) => (
          <div key={level}>
            <dt>
              <LevelBadge level={level} />
            </dt>
            <dd>{tReport(`levels.${level}`)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

function Theme({ sectionId, theme, reader }: { sectionId: string; theme: ThemeView; reader: ReportReader }) {
  const { t } = useTranslation();
  const { t: tReport } = useTranslation('report');
  const { say: sayText } = useSay();
  const id = `report-${sectionId}-${theme.id}`;
  const indicators = theme.indicators ?? [];
  const raised = indicators.filter((i) => levelRank(i.level) > 0);
  // A quiet indicator with evidence is a conversation point: an unknown or empty answer that did
  // not raise the level (instrument versions from 1.1.0), shown with the answer it rests on.
  const open = indicators.filter((i) => levelRank(i.level) === 0 && (i.evidence?.length ?? 0) > 0);
  const quiet = indicators.filter((i) => levelRank(i.level) === 0 && !open.includes(i));
  const you = reader === 'kandidaat';
  return (
    <article className="weerbaar-report__theme" aria-labelledby={id}>
      <Heading3 id={id} className="weerbaar-report__theme-title">
        {sayText(theme.title)}
      </Heading3>
      {theme.description ? (
        <Paragraph className="weerbaar-report__theme-about">{sayText(theme.description)}</Paragraph>
      ) : null}

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
      ) : theme.proposed ? (
        <p className="weerbaar-judgement__level">
          <span className="weerbaar-judgement__label">{t('reportDocuments.view.proposedOnly')}</span>{' '}
          <LevelBadge level={theme.proposed} />
        </p>
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
                  {indicator.expertText ? <Paragraph>{sayText(indicator.expertText)}</Paragraph> : null}
                  {indicator.evidence && indicator.evidence.length > 0 ? (
                    <>
                      <p className="weerbaar-report__because">
                        {you ? t('report.becauseYou') : t('report.because')}
                      </p>
                      <ul className="weerbaar-evidence">
                        {indicator.evidence.map((line, i) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: lines have no id and do not move
                          <li key={i}>
                            <span className="weerbaar-evidence__subject">{sayText(line.subject)}</span>{' '}
                            <span className="weerbaar-evidence__detail">{sayText(line.detail)}</span>
                          </li>
                        ))}
                      </ul>
                    </>
                  ) : null}
                  {indicator.talkingPoints && indicator.talkingPoints.length > 0 ? (
                    <>
                      <p className="weerbaar-report__because">{t('reportDocuments.view.talkingPoints')}</p>
                      <ul className="weerbaar-report__talking-points">
                        {indicator.talkingPoints.map((point, i) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: fixed texts of the instrument
                          <li key={i}>{sayText(point)}</li>
                        ))}
                      </ul>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {open.length > 0 ? (
            <>
              <p className="weerbaar-report__because">{t('report.openPoints')}</p>
              <ul className="weerbaar-report__open" data-open-points="">
                {open.map((indicator) => (
                  <li key={indicator.id}>
                    <strong>{sayText(indicator.title)}</strong>
                    {(indicator.evidence ?? []).map((line, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: lines have no id and do not move
                      <span key={i}>
                        {' — '}
                        {sayText(line.subject)} {sayText(line.detail)}
                      </span>
                    ))}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {quiet.length > 0 ? (
            <p className="weerbaar-muted">
              {t('report.quiet')} {quiet.map((i) => sayText(i.title)).join(', ')}.
            </p>
          ) : null}
        </div>
      ) : null}

      {theme.findings && theme.findings.length > 0 ? (
        <div className="weerbaar-report__block" data-findings="">
          <Heading4>{tReport('finding.kind')}</Heading4>
          <FindingList findings={theme.findings} />
        </div>
      ) : null}

      {theme.awareness && theme.awareness.length > 0 ? (
        <div className="weerbaar-report__block">
          <Heading4>{t('report.awarenessTitle')}</Heading4>
          {theme.awareness.map((a, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: at most one rating per theme
            <div key={i}>
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

      {theme.measures && theme.measures.length > 0 ? (
        <p className="weerbaar-report__see-measures">
          {t('reportDocuments.view.seeMeasures', { count: theme.measures.length })}
        </p>
      ) : null}

      {theme.tips && theme.tips.length > 0 ? (
        <div className="weerbaar-report__block">
          <Heading4>{t('report.tipsTitle')}</Heading4>
          <ul className="weerbaar-report__tips">
            {theme.tips.map((tip, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a tip can repeat for several entries
              <li key={i} className="weerbaar-tip">
                {tip.question ? (
                  <span className="weerbaar-report__tip-question">{sayText(tip.question)} </span>
                ) : null}
                {sayText(tip.tip)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </article>
  );
}

/** Confirmed findings: what, about whom, the source and the expert's reason — never an answer. */
function FindingList({ findings }: { findings: FindingEvidence[] }) {
  const { t } = useTranslation();
  const { say: sayText } = useSay();
  return (
    <>
      <p className="weerbaar-muted">{t('reportDocuments.view.findingsIntro')}</p>
      <ul className="weerbaar-report__findings">
        {findings.map((f, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: findings have no id and do not move
          <li key={i}>
            <strong>{f.what}</strong>
            <p>{t('reportDocuments.view.findingAbout', { subject: f.subject })}</p>
            <p>{t('reportDocuments.view.findingSource', { source: sayText(f.source) })}</p>
            {f.reason ? <p>{t('reportDocuments.view.findingReason', { reason: f.reason })}</p> : null}
          </li>
        ))}
      </ul>
    </>
  );
}

function Measures({
  measures,
  themeTitle,
}: {
  measures: ChosenMeasure[];
  themeTitle: (id: string) => string;
}) {
  const { t } = useTranslation();
  const { say: sayText } = useSay();
  return (
    <section className="weerbaar-report__section" aria-labelledby="report-measures">
      <Heading2 id="report-measures" className="weerbaar-report__section-title">
        {t('reportDocuments.view.measuresTitle')}
      </Heading2>
      {measures.length === 0 ? (
        <Paragraph>{t('reportDocuments.view.noMeasures')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('reportDocuments.view.measuresIntro')}</Paragraph>
          <ul className="weerbaar-report__measures">
            {measures.map((measure) => (
              <li key={measure.id} className="weerbaar-measure">
                <strong>{sayText(measure.title)}</strong>
                <Paragraph>{sayText(measure.description)}</Paragraph>
                <p className="weerbaar-muted">
                  {t('reportDocuments.view.measureFor')} {measure.themes.map(themeTitle).join(', ')}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
