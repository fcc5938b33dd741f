// `npm run bench -- report`: filled in by the report-documents work.
export async function run(_args: string[]): Promise<void> {
  throw new Error('not built yet');
}
