// /o/:tenantId/procedures/:procedureId/scans/:scanId/leidraad — the printable leidraad selectiegesprek. Filled in by the conversation-tools work.
import { PageTitle } from '../components/PageTitle.tsx';

export function InterviewGuide() {
  return <PageTitle>InterviewGuide</PageTitle>;
}
