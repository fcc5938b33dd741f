// The publication of a half year as tables, one per official: the same on the beheerder's preview
// and on the public page. Only the published fields exist in the data, so nothing else can show.
import {
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Reply } from '../contract.ts';

type Publication = Reply<'nevenfuncties.publicJson'>;
type Official = Publication['officials'][number];

export function RegisterTables({
  officials,
  fields,
}: {
  officials: Official[];
  fields: Publication['fields'];
}) {
  const { t } = useTranslation();
  const paid = fields.includes('paid');
  return (
    <>
      {officials.map((official, i) => {
        const office = t(`offices.${official.office}`);
        const heading = `official-${i}`;
        return (
          <section key={heading} className="weerbaar-section" aria-labelledby={heading}>
            <Heading3 id={heading} className="weerbaar-register-official">
              {t('nevenfuncties.public.officialTitle', { name: official.name, office })}
            </Heading3>
            {official.nevenfuncties.length === 0 ? (
              <Paragraph>{t('nevenfuncties.table.none')}</Paragraph>
            ) : (
              <section
                className="weerbaar-table-scroll"
                aria-label={t('nevenfuncties.table.region', { name: official.name })}
                // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
                tabIndex={0}
              >
                <Table className="weerbaar-table">
                  <TableCaption>
                    {t('nevenfuncties.table.caption', { name: official.name, office })}
                  </TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">
                        {t('nevenfuncties.public.functionColumn')}
                      </TableHeaderCell>
                      <TableHeaderCell scope="col">
                        {t('nevenfuncties.public.organisationColumn')}
                      </TableHeaderCell>
                      {paid ? (
                        <TableHeaderCell scope="col">{t('nevenfuncties.public.paidColumn')}</TableHeaderCell>
                      ) : null}
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {official.nevenfuncties.map((n) => (
                      <TableRow key={`${n.organisation}-${n.function}`}>
                        <TableHeaderCell scope="row">{n.function}</TableHeaderCell>
                        <TableCell>{n.organisation}</TableCell>
                        {paid ? (
                          <TableCell>
                            {n.paid ? t('nevenfuncties.list.paid') : t('nevenfuncties.list.unpaid')}
                          </TableCell>
                        ) : null}
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </section>
            )}
          </section>
        );
      })}
    </>
  );
}
