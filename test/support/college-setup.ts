// The set-up the college tests share: people with a submitted scan whose network map is sealed
// under the scan's own key, written directly (the map's own flow is tested in network.db.test.ts).
import { randomUUID } from 'node:crypto';
import type { Network } from '../../src/core/network/model.ts';
import { runScoped } from '../../src/server/db/transaction.ts';
import { sealField } from '../../src/server/scans/content.ts';
import { type Client, lastLinkFor, type SignedIn, type TestApp } from './api.ts';

export interface CollegeMember {
  client: Client;
  scanId: string;
  membershipId: string;
  displayName: string;
  email: string;
}

/** The scan made submitted with this network map sealed under its key. */
export async function submitWithMap(t: TestApp, tenantId: string, scanId: string, network: Network) {
  const sealed = await sealField(t.deps, { tenant_id: tenantId, id: scanId }, 'network', network);
  return runScoped(t.deps.database.db, { tenantId, userId: null }, async (tx) => {
    const row = await tx
      .updateTable('scans')
      .set({ status: 'submitted', network_sealed: sealed, submitted_at: new Date() })
      .where('id', '=', scanId)
      .returning('candidate_membership_id')
      .executeTakeFirstOrThrow();
    return row.candidate_membership_id!;
  });
}

/** A procedure of `opener` with `expert`, its candidates invited and signed in, each with a submitted map. */
export async function candidatesWithMaps(
  t: TestApp,
  tenantId: string,
  opener: SignedIn,
  expert: SignedIn,
  people: ReadonlyArray<{ displayName: string; network: Network; email?: string; client?: Client }>,
): Promise<{ procedureId: string; members: CollegeMember[] }> {
  const org = `/api/organisations/${tenantId}`;
  const procedure = await opener.client.post(`${org}/procedures`, {
    name: 'College 2026',
    office: 'wethouder',
    instrumentId: 'weerbaarheidsscan-bestuurder',
    retentionDays: 90,
    expertMembershipIds: [expert.membershipId],
  });
  if (procedure.status !== 201) throw new Error(`procedure: ${JSON.stringify(procedure.body)}`);
  const procedureId = procedure.body.id as string;
  const members: CollegeMember[] = [];
  for (const p of people) {
    const email = p.email ?? `lid-${randomUUID().slice(0, 8)}@test.nl`;
    const invited = await opener.client.post(`${org}/procedures/${procedureId}/candidates`, {
      email,
      displayName: p.displayName,
    });
    if (invited.status !== 201) throw new Error(`invitation: ${JSON.stringify(invited.body)}`);
    let client = p.client;
    if (!client) {
      client = t.client();
      await client.post('/api/auth/redeem', { token: lastLinkFor(t, email)! });
    }
    const scanId = invited.body.scanId as string;
    const membershipId = await submitWithMap(t, tenantId, scanId, p.network);
    members.push({ client, scanId, membershipId, displayName: p.displayName, email });
  }
  return { procedureId, members };
}

/** A small valid map for the bestuurder instrument: `labels` as contacts at work, in real estate. */
export function mapWith(labels: readonly string[], extra: Partial<Network> = {}): Network {
  return {
    version: 1,
    ego: { gender: 'vrouw' },
    contexts: [{ id: 'ctx1', catalogueId: 'huidige_werk', interests: [] }],
    contacts: labels.map((label, i) => ({
      id: `p${i}`,
      label,
      kind: 'person' as const,
      direct: true,
      contexts: ['ctx1'],
      sector: i % 2 === 0 ? 'vastgoed' : 'onderwijs',
      gender: i % 2 === 0 ? 'man' : 'vrouw',
    })),
    ties: [],
    memberships: [],
    ...extra,
  };
}
