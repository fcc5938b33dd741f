// The report as a file (PDF/A) for the reader of this page. Filled in by the report-documents work.
export function ReportDownloads(_props: {
  tenantId: string;
  scanId: string;
  /** Whose copy: the candidate's own, the assigned expert's, or the released one of the opdrachtgever. */
  reader: 'kandidaat' | 'expert' | 'opdrachtgever';
  procedureId?: string;
}) {
  return null;
}
