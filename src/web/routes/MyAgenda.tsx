// /o/:tenantId/mijn-scans/:scanId/agenda — the candidate's integriteitsagenda, printable. Filled in by the agenda work.
import { PageTitle } from '../components/PageTitle.tsx';

export function MyAgenda() {
  return <PageTitle>MyAgenda</PageTitle>;
}
