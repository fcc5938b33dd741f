// /o/:tenantId/procedures — for opdrachtgevers and experts: the procedures you take part in. An
// opdrachtgever also opens a new procedure here (scan/NewProcedureForm.tsx).
import {
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { call } from '../client.ts';
import type { InstrumentSummary, Procedure } from '../contract.ts';
import { useSay } from '../instrument/text.ts';
import { ForAbility } from '../scan/access.tsx';
import { formatDate, officeLabel } from '../scan/format.ts';
import type { Organisation } from '../session.tsx';
import { may } from '../session.tsx';
import { AppLink } from '../ui/links.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ResourceView } from '../ui/ResourceView.tsx';
import { useResource } from '../ui/use-resource.ts';
import { NewProcedureForm } from './NewProcedureForm.tsx';

export function Procedures() {
  return (
    <ForAbility action="procedures.read">
      {(organisation) => <ProceduresPage organisation={organisation} />}
    </ForAbility>
  );
}

interface Data {
  procedures: Procedure[];
  instruments: InstrumentSummary[];
}

function ProceduresPage({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const { say: sayText, language } = useSay();
  const tenantId = organisation.tenantId;
  const mayList = may(organisation, 'instruments.list');
  const load = useResource(async (): Promise<Data> => {
    // The catalogue is for opening a procedure; the list names each procedure's own version.
    const [{ procedures }, { instruments }] = await Promise.all([
      call('procedures.list', { params: { tenantId } }),
      mayList ? call('instruments.list', { params: { tenantId } }) : { instruments: [] },
    ]);
    return { procedures, instruments };
  }, [tenantId, mayList]);
  const isClient = may(organisation, 'procedures.open');
  const isExpert = may(organisation, 'scans.review');

  // From the start page's "new procedure": go to the form once the page has loaded.
  const { hash } = useLocation();
  const ready = load.status === 'ready';
  useEffect(() => {
    if (!ready || hash !== '#nieuwe-procedure') return;
    const heading = document.getElementById('new-procedure-title');
    heading?.focus();
    heading?.scrollIntoView({ block: 'start' });
  }, [ready, hash]);

  const procedures = load.status === 'ready' ? load.data.procedures : [];

  return (
    <>
      <PageTitle>{t('procedures.title')}</PageTitle>
      <Paragraph lead>
        {isClient
          ? t('procedures.introClient', { org: organisation.tenantName })
          : t('procedures.introExpert')}
      </Paragraph>
      {isClient ? <Paragraph>{t('procedures.confidential')}</Paragraph> : null}

      <ResourceView resource={load} />
      {load.status === 'ready' ? (
        procedures.length === 0 ? (
          <Paragraph>{isClient ? t('procedures.emptyClient') : t('procedures.emptyExpert')}</Paragraph>
        ) : (
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
          <section className="weerbaar-table-scroll" aria-label={t('procedures.tableRegion')} tabIndex={0}>
            <Table className="weerbaar-table">
              <TableCaption>{t('procedures.tableCaption', { org: organisation.tenantName })}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('procedures.name')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('procedures.office')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('procedures.instrument')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('procedures.status')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('procedures.opened')}</TableHeaderCell>
                  {isClient && isExpert ? (
                    <TableHeaderCell scope="col">{t('procedures.yourPart')}</TableHeaderCell>
                  ) : null}
                </TableRow>
              </TableHeader>
              <TableBody>
                {procedures.map((procedure) => (
                  <TableRow key={procedure.id}>
                    <TableHeaderCell scope="row">
                      <AppLink to={`/o/${tenantId}/procedures/${procedure.id}`}>{procedure.name}</AppLink>
                    </TableHeaderCell>
                    <TableCell>{officeLabel(procedure.office, t)}</TableCell>
                    <TableCell>{sayText(procedure.instrument.title)}</TableCell>
                    <TableCell>
                      <span className={`weerbaar-badge weerbaar-badge--procedure-${procedure.status}`}>
                        {t(`procedureStatus.${procedure.status}`)}
                      </span>
                    </TableCell>
                    <TableCell>{formatDate(procedure.createdAt, language)}</TableCell>
                    {isClient && isExpert ? <TableCell>{t(`roles.${procedure.as}`)}</TableCell> : null}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </section>
        )
      ) : null}

      {isClient ? (
        <section aria-labelledby="new-procedure-title" className="weerbaar-section" id="nieuwe-procedure">
          <Heading2 id="new-procedure-title" tabIndex={-1}>
            {t('newProcedure.title')}
          </Heading2>
          <Paragraph>{t('newProcedure.intro')}</Paragraph>
          {load.status === 'ready' ? (
            <NewProcedureForm tenantId={tenantId} instruments={load.data.instruments} />
          ) : null}
        </section>
      ) : null}
    </>
  );
}
