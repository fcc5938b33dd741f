// The candidate's integriteitsagenda on the report page. Filled in by the agenda work.
export function AgendaSection(_props: { tenantId: string; scanId: string }) {
  return null;
}
