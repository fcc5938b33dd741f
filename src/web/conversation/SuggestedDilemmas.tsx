// Dilemmas that fit the themes that need attention. Filled in by the conversation-tools work.
export function SuggestedDilemmas(_props: { themes: readonly string[] }) {
  return null;
}
