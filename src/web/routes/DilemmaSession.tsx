// /dilemmakaarten — dilemma cards for a group on a shared screen; stores nothing. Filled in by the conversation-tools work.
import { PageTitle } from '../components/PageTitle.tsx';

export function DilemmaSession() {
  return <PageTitle>DilemmaSession</PageTitle>;
}
