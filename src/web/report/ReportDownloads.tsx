// The report as a file (PDF/A) for the reader of this page: the candidate's own copy, the assigned
// expert's, or the opdrachtgever's released view. The server renders it per request (and logs the
// download like a read for anyone but the candidate); here it is fetched with the session cookie,
// made into a Blob and saved under the procedure's name and the date the server gives it.
import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../core/vocabulary.ts';
import { fileAddress } from '../client.ts';
import { useSay } from '../instrument/text.ts';
import { StatusMessage } from '../ui/Status.tsx';
import './report-print.css';

type Reader = 'kandidaat' | 'expert' | 'opdrachtgever';

// The address comes from the route definitions (client.ts); the bytes are fetched here, not parsed.
function pdfAddress(
  tenantId: string,
  scanId: string,
  reader: Reader,
  language: Language,
  procedureId?: string,
): string {
  const query = { language };
  if (reader === 'kandidaat') return fileAddress('reports.ownPdf', { params: { tenantId, scanId }, query });
  const params = { tenantId, procedureId: procedureId ?? '', scanId };
  return reader === 'expert'
    ? fileAddress('reports.expertPdf', { params, query })
    : fileAddress('reports.releasedPdf', { params, query });
}

/** The file name from Content-Disposition (filename* first), else a plain one. */
export function fileNameOf(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1]);
    } catch {
      // fall through to the plain name
    }
  }
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? fallback;
}

type State =
  | { status: 'idle' }
  | { status: 'busy' }
  | { status: 'done'; file: string }
  | { status: 'error'; message: string };

export function ReportDownloads({
  tenantId,
  scanId,
  reader,
  procedureId,
}: {
  tenantId: string;
  scanId: string;
  /** Whose copy: the candidate's own, the assigned expert's, or the released one of the opdrachtgever. */
  reader: Reader;
  procedureId?: string;
}) {
  const { t } = useTranslation();
  const { language } = useSay();
  const [state, setState] = useState<State>({ status: 'idle' });
  const headingId = `report-downloads-${reader}`;

  const download = async () => {
    setState({ status: 'busy' });
    let response: Response;
    try {
      response = await fetch(pdfAddress(tenantId, scanId, reader, language, procedureId), {
        credentials: 'same-origin',
        headers: { accept: 'application/pdf, application/problem+json', 'accept-language': language },
      });
    } catch {
      setState({
        status: 'error',
        message: t('reportDocuments.download.failed', { reason: t('common.networkError') }),
      });
      return;
    }
    if (!response.ok) {
      let code: string | undefined;
      try {
        code = ((await response.json()) as { code?: string }).code;
      } catch {
        code = undefined;
      }
      const message =
        code === 'not-released' || response.status === 403
          ? t('reportDocuments.download.refused')
          : code === 'report-not-ready' || response.status === 409
            ? t('reportDocuments.download.notReady')
            : t('reportDocuments.download.failed', { reason: t('common.unexpectedError') });
      setState({ status: 'error', message });
      return;
    }
    const blob = await response.blob();
    const file = fileNameOf(response.headers.get('content-disposition'), 'rapport.pdf');
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = file;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setState({ status: 'done', file });
  };

  return (
    <section className="weerbaar-section weerbaar-downloads" aria-labelledby={headingId}>
      <Heading2 id={headingId}>{t('reportDocuments.title')}</Heading2>
      <Paragraph>{t('reportDocuments.download.intro')}</Paragraph>
      {reader !== 'kandidaat' ? <Paragraph>{t('reportDocuments.download.logged')}</Paragraph> : null}
      <ButtonGroup>
        <Button
          appearance="secondary-action-button"
          type="button"
          busy={state.status === 'busy'}
          disabled={state.status === 'busy'}
          onClick={() => void download()}
        >
          {state.status === 'busy'
            ? t('reportDocuments.download.busy')
            : t('reportDocuments.download.button')}
        </Button>
      </ButtonGroup>
      <StatusMessage>
        {state.status === 'done' ? t('reportDocuments.download.done', { file: state.file }) : ''}
      </StatusMessage>
      {state.status === 'error' ? (
        <div role="alert">
          <Alert type="error" role="presentation">
            <Paragraph>{state.message}</Paragraph>
          </Alert>
        </div>
      ) : null}
      <Paragraph small className="weerbaar-muted">
        {t('reportDocuments.download.print')}
      </Paragraph>
    </section>
  );
}
