// The autosave of the candidate's network map, saved whole (a few hundred contacts at most), with the
// same revision, retry and conflict rules as the answers (scans/autosave.ts), validated against the
// pinned instrument's catalogue.
import { validateNetwork } from '../../core/network/model.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { invalidInput } from '../domain-error.ts';
import { autosave } from '../scans/autosave.ts';
import { sealField } from '../scans/content.ts';
import { pinnedInstrument } from '../scans/pinned-instrument.ts';
import { sentence } from '../texts.ts';

export interface SaveNetworkInput {
  tenantId: string;
  scanId: string;
  baseRevision: number;
  saveId: string;
  network: unknown;
}

export async function saveNetwork(
  deps: AppDeps,
  session: SessionInfo,
  input: SaveNetworkInput,
): Promise<{ revision: number }> {
  return autosave(
    deps,
    session,
    input,
    'network',
    sentence('errors', 'revision-conflict.network'),
    async ({ scan, procedure, revision }) => {
      const { instrument } = await pinnedInstrument(deps, procedure);
      if (!instrument.network) {
        throw invalidInput('no-network', sentence('errors', 'no-network'));
      }
      const checked = validateNetwork(input.network, instrument.network);
      if (!checked.ok) {
        throw invalidInput(
          'invalid-network',
          sentence('errors', 'invalid-network'),
          checked.issues.slice(0, 50).map((i) => ({
            path: ['network', ...i.path],
            message: { nl: i.message.nl, en: i.message.en ?? i.message.nl },
          })),
        );
      }
      // The sealed network, revision, saveId, status and the audit event: one statement.
      return {
        sealed: await sealField(deps, scan, 'network', checked.network),
        audit: [
          {
            action: 'scan.network_saved',
            tenantId: input.tenantId,
            actorUserId: session.userId,
            subjectType: 'scan',
            subjectId: scan.id,
            data: { revision, contacts: checked.network.contacts.length },
          },
        ],
      };
    },
  );
}
