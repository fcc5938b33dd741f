// /o/:tenantId/afwegingskader/:caseId/afdrukken — the whole case file on one page for printing:
// every step with its questions and answers, the sources and their reliability as a table, the
// conclusion with its reasons and the chosen strategy. Printing hides the frame (afwegingskader.css).
import {
  Button,
  ButtonGroup,
  Heading2,
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Scroll } from '../college/CollegeView.tsx';
import { useSay } from '../instrument/text.ts';
import { ForAbility } from '../scan/access.tsx';
import { formatDate } from '../scan/format.ts';
import { AppLink } from '../ui/links.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ResourceView } from '../ui/ResourceView.tsx';
import { type CaseFileView, type Framework, useCaseFile } from './CaseFile.tsx';
import { caseAddress } from './CaseFiles.tsx';
import './afwegingskader.css';

export function CasePrint() {
  const { caseId = '' } = useParams();
  return (
    <ForAbility action="cases.work">
      {(o) => <CasePrintLoader tenantId={o.tenantId} caseId={caseId} />}
    </ForAbility>
  );
}

function CasePrintLoader({ tenantId, caseId }: { tenantId: string; caseId: string }) {
  const resource = useCaseFile(tenantId, caseId);
  return (
    <ResourceView resource={resource}>
      {(data) => <CasePrintPage tenantId={tenantId} framework={data.framework} caseFile={data.caseFile} />}
    </ResourceView>
  );
}

function CasePrintPage({
  tenantId,
  framework,
  caseFile,
}: {
  tenantId: string;
  framework: Framework;
  caseFile: CaseFileView;
}) {
  const { t } = useTranslation();
  const { say, language } = useSay();
  const label = (list: Framework['reliability'], id: string | null | undefined) => {
    const found = list.find((c) => c.id === id);
    return found ? say(found.label) : (id ?? '');
  };
  return (
    <article className="weerbaar-printable weerbaar-case-print">
      <PageTitle>{t('afwegingskader.print.title', { title: caseFile.title })}</PageTitle>
      <Paragraph>
        <strong>{t('afwegingskader.print.confidential')}</strong>
      </Paragraph>
      <Paragraph>
        {say(framework.title)} ·{' '}
        {t('afwegingskader.print.opened', { date: formatDate(caseFile.openedAt, language) })} ·{' '}
        {t('afwegingskader.print.state', {
          state:
            caseFile.status === 'closed' ? t('afwegingskader.list.closed') : t('afwegingskader.list.open'),
        })}
      </Paragraph>
      <Paragraph>
        {t('afwegingskader.file.team')}: {caseFile.team.map((m) => m.displayName).join(', ')}
      </Paragraph>
      <ButtonGroup>
        <Button type="button" appearance="primary-action-button" onClick={() => window.print()}>
          {t('afwegingskader.print.printButton')}
        </Button>
        <AppLink to={caseAddress(tenantId, caseFile.id)}>{t('afwegingskader.print.back')}</AppLink>
      </ButtonGroup>
      {framework.steps.map((step, i) => {
        const content = caseFile.steps.find((s) => s.stepId === step.id)?.content;
        return (
          <section key={step.id} aria-labelledby={`print-${step.id}`} className="weerbaar-case-print__step">
            <Heading2 id={`print-${step.id}`}>
              {i + 1}. {say(step.title)}
            </Heading2>
            {step.kind === 'sources' ? (
              (content?.sources ?? []).length === 0 ? (
                <Paragraph>{t('afwegingskader.file.noSources')}</Paragraph>
              ) : (
                <Scroll label={t('afwegingskader.print.sourcesCaption')}>
                  <Table className="weerbaar-table">
                    <TableCaption>{t('afwegingskader.print.sourcesCaption')}</TableCaption>
                    <TableHeader>
                      <TableRow>
                        <TableHeaderCell scope="col">{t('afwegingskader.file.sourcesTitle')}</TableHeaderCell>
                        <TableHeaderCell scope="col">{t('afwegingskader.file.sourceKind')}</TableHeaderCell>
                        <TableHeaderCell scope="col">
                          {t('afwegingskader.file.sourceReliability')}
                        </TableHeaderCell>
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {(content?.sources ?? []).map((s, j) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: a printed list, never reordered
                        <TableRow key={j}>
                          <TableCell>{s.description}</TableCell>
                          <TableCell>{label(framework.sourceKinds, s.kind)}</TableCell>
                          <TableCell>{label(framework.reliability, s.reliability)}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </Scroll>
              )
            ) : null}
            {step.kind === 'conclusion' ? (
              <Paragraph>
                <strong>{t('afwegingskader.file.conclusion')}:</strong>{' '}
                {content?.conclusion
                  ? label(framework.conclusions, content.conclusion)
                  : t('afwegingskader.file.notAnswered')}
              </Paragraph>
            ) : null}
            {step.kind === 'strategy' ? (
              <>
                <Heading3>{t('afwegingskader.file.strategies')}</Heading3>
                {(content?.strategies ?? []).length === 0 ? (
                  <Paragraph>{t('afwegingskader.file.notAnswered')}</Paragraph>
                ) : (
                  <UnorderedList>
                    {(content?.strategies ?? []).map((id) => (
                      <UnorderedListItem key={id}>{label(framework.strategies, id)}</UnorderedListItem>
                    ))}
                  </UnorderedList>
                )}
              </>
            ) : null}
            <dl className="weerbaar-case-print__answers">
              {step.questions.map((q) => (
                <div key={q.id}>
                  <dt>{say(q.text)}</dt>
                  <dd>{content?.answers[q.id] ?? t('afwegingskader.file.notAnswered')}</dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
    </article>
  );
}
