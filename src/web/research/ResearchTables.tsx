// /o/:tenantId/onderzoek — the onderzoeker builds a table: rows × columns from fixed lists, a few
// filters, one button. The reply is the protected table only; it is shown as a real table with
// every hidden cell said in words, a simple bar chart beside it (an SVG with title and
// description; the table stays the source), and downloads as CSV and ODS.
import {
  Button,
  ButtonGroup,
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
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { levelLabels } from '../../core/instrument/levels.ts';
import { type Level, levels } from '../../core/instrument/scale.ts';
import { offices } from '../../core/vocabulary.ts';
import { call, fileAddress } from '../client.ts';
import type { Reply } from '../contract.ts';
import { useSay } from '../instrument/text.ts';
import { problemMessage } from '../problem.ts';
import { ForAbility } from '../scan/access.tsx';
import { formatDateTime } from '../scan/format.ts';
import type { Organisation } from '../session.tsx';
import { RadioGroup } from '../ui/choices.tsx';
import { ErrorSummary, SelectField } from '../ui/forms.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ResourceView } from '../ui/ResourceView.tsx';
import { useResource } from '../ui/use-resource.ts';

type Options = Reply<'research.options'>;
type Dimension = Options['dimensions'][number];
type Released = Reply<'research.table'>;
type Cell = Released['table']['total'];

export function ResearchTables() {
  return (
    <ForAbility action="research.tables">
      {(organisation) => <ResearchPage organisation={organisation} />}
    </ForAbility>
  );
}

/** Words for a dimension and its categories, the same on the page and in the chart. */
function useLabels(dimensions: readonly Dimension[]) {
  const { t } = useTranslation();
  const { say, language } = useSay();
  const dimensionLabel = (id: string) => {
    const dimension = dimensions.find((d) => d.id === id);
    if (!dimension) return id;
    if (dimension.title) {
      const title = say(dimension.title);
      if (dimension.kind === 'theme') return t('research.dimension.theme', { title });
      if (dimension.kind === 'awareness') return t('research.dimension.awareness', { title });
      return t('research.dimension.indicator', { title });
    }
    return t(`research.dimension.${id as 'office'}`);
  };
  const categoryLabel = (category: string) => {
    if ((offices as readonly string[]).includes(category)) return t(`offices.${category as 'wethouder'}`);
    if ((levels as readonly string[]).includes(category)) {
      const label = levelLabels[category as Level];
      return language === 'en' ? (label.en ?? label.nl) : label.nl;
    }
    if (category in categoryWords) return t(`research.category.${category as 'gelijk'}`);
    return category;
  };
  return { dimensionLabel, categoryLabel };
}

const categoryWords = {
  'niet-gemeten': true,
  'geen-kaart': true,
  'niet-te-bepalen': true,
  onderschat: true,
  gelijk: true,
  overschat: true,
  gemeente: true,
  provincie: true,
  waterschap: true,
  rijk: true,
  anders: true,
};

function ResearchPage({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const tenantId = organisation.tenantId;
  const load = useResource(() => call('research.options', { params: { tenantId } }), [tenantId]);
  return (
    <>
      <PageTitle>{t('research.page.title')}</PageTitle>
      <Paragraph lead>{t('research.page.intro')}</Paragraph>
      <ResourceView resource={load} />
      {load.status === 'ready' ? (
        <>
          <Paragraph>{t('research.page.protection', { threshold: load.data.threshold })}</Paragraph>
          <Builder
            tenantId={tenantId}
            options={load.data}
            onReleased={() => void load.reload({ quiet: true })}
          />
          <Earlier tenantId={tenantId} options={load.data} />
        </>
      ) : null}
    </>
  );
}

function Builder({
  tenantId,
  options,
  onReleased,
}: {
  tenantId: string;
  options: Options;
  onReleased: () => void;
}) {
  const { t } = useTranslation();
  const { dimensionLabel, categoryLabel } = useLabels(options.dimensions);
  const [rows, setRows] = useState('office');
  const [columns, setColumns] = useState('year');
  const [scope, setScope] = useState<'own' | 'admitted'>('own');
  const [office, setOffice] = useState('');
  const [year, setYear] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [released, setReleased] = useState<Released | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (rows === columns) {
      setError(t('research.page.sameTwice'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const reply = await call('research.table', {
        params: { tenantId },
        body: {
          scope,
          rows,
          columns,
          filters: {
            ...(office ? { office: office as 'wethouder' } : {}),
            ...(year ? { year: Number(year) } : {}),
          },
        },
      });
      setReleased(reply);
      onReleased();
      window.setTimeout(() => document.getElementById('research-result-title')?.focus(), 0);
    } catch (caught) {
      setReleased(null);
      setError(problemMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  const choices = options.dimensions.map((d) => (
    <option key={d.id} value={d.id}>
      {dimensionLabel(d.id)}
    </option>
  ));
  return (
    <>
      <section aria-labelledby="research-form-title" className="weerbaar-section">
        <Heading2 id="research-form-title">{t('research.page.formTitle')}</Heading2>
        <form noValidate onSubmit={(event) => void submit(event)} className="weerbaar-form">
          <ErrorSummary errors={[]} message={error} />
          <SelectField
            id="research-rows"
            label={t('research.page.rows')}
            value={rows}
            onValueChange={setRows}
          >
            {choices}
          </SelectField>
          <SelectField
            id="research-columns"
            label={t('research.page.columns')}
            value={columns}
            onValueChange={setColumns}
          >
            {choices}
          </SelectField>
          {options.admittedBy > 0 ? (
            <RadioGroup
              id="research-scope"
              legend={t('research.page.scope')}
              value={scope}
              onValueChange={(value) => setScope(value === 'admitted' ? 'admitted' : 'own')}
              choices={[
                { value: 'own', label: t('research.page.scopeOwn') },
                { value: 'admitted', label: t('research.page.scopeAdmitted', { count: options.admittedBy }) },
              ]}
            />
          ) : null}
          <SelectField
            id="research-office"
            label={t('research.page.filterOffice')}
            value={office}
            onValueChange={setOffice}
          >
            <option value="">{t('research.page.all')}</option>
            {offices.map((o) => (
              <option key={o} value={o}>
                {categoryLabel(o)}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="research-year"
            label={t('research.page.filterYear')}
            value={year}
            onValueChange={setYear}
          >
            <option value="">{t('research.page.all')}</option>
            {options.years.map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </SelectField>
          <ButtonGroup>
            <Button appearance="primary-action-button" type="submit" busy={busy}>
              {t('research.page.build')}
            </Button>
          </ButtonGroup>
        </form>
      </section>
      {released ? <Result tenantId={tenantId} released={released} options={options} /> : null}
    </>
  );
}

function Result({ tenantId, released, options }: { tenantId: string; released: Released; options: Options }) {
  const { t } = useTranslation();
  const { dimensionLabel, categoryLabel } = useLabels(options.dimensions);
  const table = released.table;
  const say = (cell: Cell) =>
    cell.state === 'shown' && cell.value !== null
      ? String(cell.value)
      : cell.state === 'complementary'
        ? t('research.page.hiddenComplementary')
        : t('research.page.hidden');
  const rowsLabel = dimensionLabel(released.question.rows);
  const columnsLabel = dimensionLabel(released.question.columns);
  return (
    <section aria-labelledby="research-result-title" className="weerbaar-section">
      <Heading2 id="research-result-title" tabIndex={-1}>
        {t('research.page.resultTitle')}
      </Heading2>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="weerbaar-table-scroll" aria-label={t('research.page.resultTitle')} tabIndex={0}>
        <Table className="weerbaar-table weerbaar-research-table">
          <TableCaption>
            {t('research.page.caption', { rows: rowsLabel, columns: columnsLabel })}
          </TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{rowsLabel}</TableHeaderCell>
              {table.columnLabels.map((label) => (
                <TableHeaderCell key={label} scope="col">
                  {categoryLabel(label)}
                </TableHeaderCell>
              ))}
              <TableHeaderCell scope="col">{t('research.page.total')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {table.rowLabels.map((label, i) => (
              <TableRow key={label}>
                <TableHeaderCell scope="row">{categoryLabel(label)}</TableHeaderCell>
                {table.cells[i]!.map((cell, j) => (
                  <TableCell key={table.columnLabels[j]} className={`weerbaar-research-cell--${cell.state}`}>
                    {say(cell)}
                  </TableCell>
                ))}
                <TableCell className={`weerbaar-research-cell--${table.rowTotals[i]!.state}`}>
                  {say(table.rowTotals[i]!)}
                </TableCell>
              </TableRow>
            ))}
            <TableRow>
              <TableHeaderCell scope="row">{t('research.page.total')}</TableHeaderCell>
              {table.columnTotals.map((cell, j) => (
                <TableCell key={table.columnLabels[j]} className={`weerbaar-research-cell--${cell.state}`}>
                  {say(cell)}
                </TableCell>
              ))}
              <TableCell className={`weerbaar-research-cell--${table.total.state}`}>
                {say(table.total)}
              </TableCell>
            </TableRow>
          </TableBody>
        </Table>
      </section>
      <Chart
        labels={table.rowLabels.map(categoryLabel)}
        totals={table.rowTotals}
        hiddenWord={t('research.page.hidden')}
      />
      <Downloads tenantId={tenantId} releaseId={released.id} />
    </section>
  );
}

/** Bars of the row totals; a hidden total is drawn as no bar with the word. The table says the same. */
function Chart({ labels, totals, hiddenWord }: { labels: string[]; totals: Cell[]; hiddenWord: string }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...totals.map((c) => (c.state === 'shown' && c.value !== null ? c.value : 0)));
  const rowHeight = 28;
  const height = labels.length * rowHeight + 8;
  return (
    <figure className="weerbaar-research-chart">
      <svg
        role="img"
        aria-labelledby="research-chart-title research-chart-desc"
        viewBox={`0 0 320 ${height}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id="research-chart-title">{t('research.page.chartTitle')}</title>
        <desc id="research-chart-desc">{t('research.page.chartDesc')}</desc>
        {labels.map((label, i) => {
          const cell = totals[i]!;
          const shown = cell.state === 'shown' && cell.value !== null;
          const width = shown ? Math.round(((cell.value ?? 0) / max) * 150) : 0;
          const y = 4 + i * rowHeight;
          return (
            <g key={label}>
              <text x="0" y={y + 17} fontSize="12" fill="currentColor">
                {label.length > 22 ? `${label.slice(0, 21)}…` : label}
              </text>
              <rect x="140" y={y + 4} width={width} height="18" fill="#1a5a96" />
              <text x={144 + width} y={y + 17} fontSize="12" fill="currentColor">
                {shown ? String(cell.value) : hiddenWord}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

function Downloads({ tenantId, releaseId }: { tenantId: string; releaseId: string }) {
  const { t } = useTranslation();
  const { language } = useSay();
  const input = { params: { tenantId, releaseId }, query: { language } };
  return (
    <section aria-labelledby={`research-downloads-${releaseId}`} className="weerbaar-section">
      <Heading2 id={`research-downloads-${releaseId}`}>{t('research.page.downloadTitle')}</Heading2>
      <ButtonGroup>
        <a
          className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
          href={fileAddress('research.exportCsv', input)}
          download
        >
          {t('research.page.downloadCsv')}
        </a>
        <a
          className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
          href={fileAddress('research.exportOds', input)}
          download
        >
          {t('research.page.downloadOds')}
        </a>
      </ButtonGroup>
    </section>
  );
}

function Earlier({ tenantId, options }: { tenantId: string; options: Options }) {
  const { t } = useTranslation();
  const { language } = useSay();
  const { dimensionLabel } = useLabels(options.dimensions);
  return (
    <section aria-labelledby="research-earlier-title" className="weerbaar-section">
      <Heading2 id="research-earlier-title">{t('research.page.earlierTitle')}</Heading2>
      {options.releases.length === 0 ? (
        <Paragraph>{t('research.page.earlierEmpty')}</Paragraph>
      ) : (
        <ul>
          {options.releases.map((release) => (
            <li key={release.id}>
              {t('research.page.earlierItem', {
                at: formatDateTime(release.releasedAt, language),
                rows: dimensionLabel(release.rows),
                columns: dimensionLabel(release.columns),
              })}{' '}
              <a
                className="utrecht-link utrecht-link--html-a"
                href={fileAddress('research.exportCsv', {
                  params: { tenantId, releaseId: release.id },
                  query: { language },
                })}
                download
              >
                {t('research.page.csv')}
              </a>{' '}
              <a
                className="utrecht-link utrecht-link--html-a"
                href={fileAddress('research.exportOds', {
                  params: { tenantId, releaseId: release.id },
                  query: { language },
                })}
                download
              >
                {t('research.page.ods')}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
