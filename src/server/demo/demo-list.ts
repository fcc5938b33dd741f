// The demo installation gets the fictional reference list (lists/demo-fictief.ftm.jsonl) once, so
// the antecedentenonderzoek can be tried at once. Lists are the operator's, shared by the
// installation: imported only when no list of this name exists.
import fs from 'node:fs';
import path from 'node:path';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { importList } from '../screening/lists.ts';

export const demoListName = 'Demo (fictief)';
export const demoListFile = path.resolve(import.meta.dirname, '../../../lists/demo-fictief.ftm.jsonl');

export async function importDemoList(deps: AppDeps): Promise<void> {
  const exists = await inTransaction(deps.database, { tenantId: null, userId: null }, (tx) =>
    tx.selectFrom('screening_lists').select('id').where('name', '=', demoListName).executeTakeFirst(),
  );
  if (exists || !fs.existsSync(demoListFile)) return;
  await importList(deps, {
    name: demoListName,
    licence: 'Fictief, voor demo en tests / fictional, for demo and tests (lists/README.md)',
    lines: fs.createReadStream(demoListFile),
  });
}
