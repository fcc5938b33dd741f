// /o/:tenantId/mijn-scans/:scanId/netwerk — the candidate maps their networks. Filled in by the network-map work.
import { PageTitle } from '../components/PageTitle.tsx';

export function MyNetwork() {
  return <PageTitle>MyNetwork</PageTitle>;
}
