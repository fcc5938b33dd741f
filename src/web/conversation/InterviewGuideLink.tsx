// A link to the printable interview guide (leidraad selectiegesprek). Filled in by the conversation-tools work.
export function InterviewGuideLink(_props: { tenantId: string; procedureId: string; scanId: string }) {
  return null;
}
