// The stacked view of a college, for its members and the opdrachtgever it names. Until every
// member's newest consent is yes, only how many of how many agreed (no scan is opened). Then each
// member's map is opened under its own scan key here, stacked by the pure core
// (core/college/stack.ts: counts over the college and catalogue ids only) and the maps are
// dropped; each scan's read goes in its candidate's access log, and the read in the audit trail
// with ids and counts only.
import type { Selectable } from 'kysely';
import { type CollegeStack, stackCollege } from '../../core/college/stack.ts';
import type { Text } from '../../core/instrument/schema.ts';
import type { Network } from '../../core/network/model.ts';
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import { agreementOf, collegeScanStatuses } from '../colleges/colleges.ts';
import type { AppDeps } from '../context.ts';
import type { ProceduresTable } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import type { LoadedInstrument } from '../instruments/registry.ts';
import { type CollegePart, collegeRules, loadCollegeFor } from '../policies/college.ts';
import { logAccess } from '../scans/access-log.ts';
import { openField } from '../scans/content.ts';
import { pinnedInstrument } from '../scans/pinned-instrument.ts';

export interface CollegeLabel {
  id: string;
  label: Text;
}

export interface CollegeView {
  college: { id: string; name: string; viewer: string };
  as: CollegePart[];
  members: number;
  agreed: number;
  state: 'waiting' | 'unavailable' | 'shown';
  stack: CollegeStack | null;
  /** The catalogue's words for the ids the stack names (context types, sectors, places). */
  labels: { contexts: CollegeLabel[]; sectors: CollegeLabel[]; places: CollegeLabel[] } | null;
}

export async function readCollegeView(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; collegeId: string },
): Promise<CollegeView> {
  return inTransaction(deps.database, { tenantId: input.tenantId, userId: session.userId }, async (tx) => {
    const loaded = await loadCollegeFor(tx, session, input.tenantId, input.collegeId, ['member', 'viewer']);
    const { college } = loaded;
    const viewer = await tx
      .selectFrom('memberships')
      .innerJoin('users', 'users.id', 'memberships.user_id')
      .select('users.display_name')
      .where('memberships.id', '=', college.viewer_membership_id)
      .where('memberships.tenant_id', '=', input.tenantId)
      .executeTakeFirstOrThrow();
    const agreement = (await agreementOf(tx, input.tenantId, [college.id])).get(college.id)!;
    const base = {
      college: { id: college.id, name: college.name, viewer: viewer.display_name },
      as: loaded.parts,
      ...agreement,
    };
    const hidden = (state: 'waiting' | 'unavailable'): CollegeView => ({
      ...base,
      state,
      stack: null,
      labels: null,
    });
    // Before everyone agreed no scan is even loaded.
    if (collegeRules.stack({ parts: loaded.parts, ...agreement, mapsAvailable: true }) !== null)
      return hidden('waiting');

    const scans = await tx
      .selectFrom('college_members')
      .innerJoin('scans', 'scans.id', 'college_members.scan_id')
      .innerJoin('procedures', 'procedures.id', 'scans.procedure_id')
      .selectAll('scans')
      .select([
        'procedures.instrument_id as p_instrument_id',
        'procedures.instrument_version as p_instrument_version',
        'procedures.instrument_hash as p_instrument_hash',
      ])
      .where('college_members.college_id', '=', college.id)
      .where('college_members.tenant_id', '=', input.tenantId)
      .orderBy('scans.id')
      .execute();
    const mapsAvailable =
      scans.length === agreement.members &&
      scans.every(
        (s) => (collegeScanStatuses as readonly string[]).includes(s.status) && s.network_sealed !== null,
      );
    if (collegeRules.stack({ parts: loaded.parts, ...agreement, mapsAvailable }) !== null)
      return hidden('unavailable');

    const instruments = new Map<string, LoadedInstrument>();
    const maps = [];
    for (const scan of scans) {
      const procedure: Pick<
        Selectable<ProceduresTable>,
        'id' | 'instrument_id' | 'instrument_version' | 'instrument_hash'
      > = {
        id: scan.procedure_id,
        instrument_id: scan.p_instrument_id,
        instrument_version: scan.p_instrument_version,
        instrument_hash: scan.p_instrument_hash,
      };
      const key = `${procedure.instrument_id}@${procedure.instrument_version}`;
      const instrument = instruments.get(key) ?? (await pinnedInstrument(deps, procedure));
      instruments.set(key, instrument);
      const network = await openField<Network | null>(deps, scan, 'network', null);
      const catalogue = instrument.instrument.network;
      if (!network || !catalogue) return hidden('unavailable');
      maps.push({ network, catalogue });
    }
    const stack = stackCollege(maps);

    for (const scan of scans)
      await logAccess(tx, deps, {
        tenantId: input.tenantId,
        scanId: scan.id,
        actorUserId: session.userId,
        actorRole: loaded.parts.includes('member') ? 'college' : 'opdrachtgever',
        view: 'college',
        outcome: 'allowed',
      });
    await recordAudit(tx, {
      action: 'college.view_read',
      tenantId: input.tenantId,
      actorUserId: session.userId,
      subjectType: 'college',
      subjectId: college.id,
      data: { members: stack.members, as: loaded.parts.join('-') },
    });

    // The catalogue's words for the ids shown, from the first catalogue that has each.
    const blocks = [...instruments.values()].map((i) => i.instrument.network).filter((n) => n !== undefined);
    const wordsFor = (ids: string[], lists: Array<ReadonlyArray<{ id: string; label: Text }>>) =>
      ids.flatMap((id) => {
        const found = lists.flat().find((entry) => entry.id === id);
        return found ? [{ id, label: found.label }] : [];
      });
    return {
      ...base,
      state: 'shown',
      stack,
      labels: {
        contexts: wordsFor(
          stack.contexts.types.shared.map((i) => i.id),
          blocks.map((b) => b.contexts),
        ),
        sectors: wordsFor(
          [...new Set([...stack.sectors.shared, ...stack.sensitive.sectors.shared].map((i) => i.id))],
          blocks.map((b) => b.sectors),
        ),
        places: wordsFor(
          stack.places.shared.map((i) => i.id),
          blocks.map((b) => b.attributes.find((a) => a.id === 'place')?.options ?? []),
        ),
      },
    };
  });
}
