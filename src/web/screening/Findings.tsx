// What was checked and the confirmed findings, for the candidate: on the consent page and in the
// report (ScreeningReportSection). Never a hit the expert did not confirm (the server sends none).
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Reply } from '../contract.ts';
import { useSay } from '../instrument/text.ts';
import { formatDate } from '../scan/format.ts';

type Screening = Reply<'screening.own'>;
type Checked = Screening['checked'][number];
type Finding = Screening['findings'][number];

export function CheckedSources({ checked, level = 2 }: { checked: Checked[]; level?: 2 | 3 }) {
  const { t } = useTranslation();
  const { language } = useSay();
  const Heading = level === 2 ? Heading2 : Heading3;
  return (
    <section aria-labelledby="screening-checked" className="weerbaar-section">
      <Heading id="screening-checked">{t('antecedents.checked.title')}</Heading>
      <ul>
        {checked.map((c, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, never reordered
          <li key={index}>
            {c.kind === 'list'
              ? t('antecedents.checked.list', {
                  name: c.name,
                  version: c.version,
                  date: formatDate(c.on, language),
                })
              : c.kind === 'register'
                ? t('antecedents.checked.register', {
                    register: t(`antecedents.register.${c.register}`),
                    date: formatDate(c.on, language),
                  })
                : t('antecedents.checked.manual', { where: c.where, date: formatDate(c.on, language) })}
            {c.kind !== 'manual' && c.outcome === 'unavailable'
              ? ` ${t('antecedents.checked.unavailable')}`
              : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Findings({
  findings,
  themeTitle,
  level = 2,
}: {
  findings: Finding[];
  themeTitle: (id: string) => string | null;
  level?: 2 | 3;
}) {
  const { t } = useTranslation();
  const { language } = useSay();
  const Heading = level === 2 ? Heading2 : Heading3;
  const sourceOf = (f: Finding) =>
    f.source.kind === 'list'
      ? t('antecedents.findings.sourceList', { name: f.source.name, version: f.source.version })
      : f.source.kind === 'register'
        ? t(`antecedents.register.${f.source.register}`)
        : t('antecedents.findings.sourceManual', {
            where: f.source.where,
            date: formatDate(f.source.searchedOn, language),
          });
  return (
    <section aria-labelledby="screening-findings" className="weerbaar-section">
      <Heading id="screening-findings">{t('antecedents.findings.title')}</Heading>
      {findings.length === 0 ? <Paragraph>{t('antecedents.findings.none')}</Paragraph> : null}
      <ul className="weerbaar-screening-findings">
        {findings.map((f, index) => {
          const theme = f.theme ? themeTitle(f.theme) : null;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, never reordered
            <li key={index}>
              <Paragraph>
                <strong>{f.what}</strong>
              </Paragraph>
              <Paragraph small>{t('antecedents.findings.about', { subject: f.subject })}</Paragraph>
              {theme ? <Paragraph small>{t('antecedents.findings.theme', { theme })}</Paragraph> : null}
              <Paragraph small>{t('antecedents.findings.source', { source: sourceOf(f) })}</Paragraph>
              {f.reason ? (
                <Paragraph small>{t('antecedents.findings.reason', { reason: f.reason })}</Paragraph>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The report's section: when, with which consent, what was checked, what was found. */
export function ScreeningReportSection({
  screening,
  themeTitle,
}: {
  screening: NonNullable<Reply<'reports.own'>['screening']>;
  themeTitle: (id: string) => string | null;
}) {
  const { t } = useTranslation();
  const { language } = useSay();
  return (
    <section aria-labelledby="screening-title" className="weerbaar-section">
      <Heading2 id="screening-title">{t('antecedents.report.title')}</Heading2>
      <Paragraph>
        {t('antecedents.report.declaration', {
          date: formatDate(screening.ranAt, language),
          version: screening.declaration.version,
          signed: formatDate(screening.declaration.signedAt, language),
        })}
      </Paragraph>
      <CheckedSources checked={screening.checked} level={3} />
      <Findings findings={screening.findings} themeTitle={themeTitle} level={3} />
    </section>
  );
}
