// Everything Weerbaar holds about the person, as JSON, for them alone (AVG right of access and
// portability). Secrets are described, never included: no token hashes, no TOTP secret.

import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { assertRecentlyAuthenticated } from '../policies/procedure.ts';
import { openAgenda } from '../scans/agenda.ts';
import { openField, readAnswers } from '../scans/content.ts';

// Times as ISO strings, as every other reply gives them (and as JSON wrote the dates before): the
// export's reply schema (routes/scan-schemas.ts) declares text, not Date objects.
const iso = (at: Date | string) => new Date(at).toISOString();
const isoOrNull = (at: Date | string | null) => (at === null ? null : iso(at));

export async function exportOwnData(deps: AppDeps, session: SessionInfo, tenantId: string) {
  assertRecentlyAuthenticated(session, deps.now());
  return inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const user = await tx
      .selectFrom('users')
      .select(['id', 'email', 'display_name', 'preferred_language', 'created_at'])
      .where('id', '=', session.userId)
      .executeTakeFirstOrThrow();
    const sessions = await tx
      .selectFrom('sessions')
      .select(['created_at', 'last_seen_at', 'expires_at', 'revoked_at', 'second_factor_at'])
      .where('user_id', '=', session.userId)
      .orderBy('created_at')
      .execute();
    const passkeys = await tx
      .selectFrom('passkeys')
      .select(['name', 'created_at', 'last_used_at'])
      .where('user_id', '=', session.userId)
      .execute();
    const scans = await tx
      .selectFrom('scans')
      .innerJoin('procedures', 'procedures.id', 'scans.procedure_id')
      .selectAll('scans')
      .select([
        'procedures.name as procedure_name',
        'procedures.office',
        'procedures.instrument_id',
        'procedures.instrument_version',
      ])
      .where('scans.tenant_id', '=', tenantId)
      .where('scans.candidate_user_id', '=', session.userId)
      .execute();
    const scanExports = [];
    for (const scan of scans) {
      const releases = await tx
        .selectFrom('releases')
        .select(['scope', 'until', 'created_at', 'revoked_at'])
        .where('scan_id', '=', scan.id)
        .execute();
      const access = await tx
        .selectFrom('access_log')
        .select(['actor_role', 'view', 'outcome', 'at'])
        .where('scan_id', '=', scan.id)
        .orderBy('at')
        .execute();
      scanExports.push({
        id: scan.id,
        procedure: { name: scan.procedure_name, office: scan.office },
        instrument: { id: scan.instrument_id, version: scan.instrument_version },
        status: scan.status,
        revision: scan.revision,
        answers: await readAnswers(deps, tx, scan),
        network: await openField(deps, scan, 'network', null),
        evaluation: await openField(deps, scan, 'evaluation', null),
        agenda: await openAgenda(deps, scan),
        releases: releases.map((r) => ({
          scope: r.scope,
          until: iso(r.until),
          created_at: iso(r.created_at),
          revoked_at: isoOrNull(r.revoked_at),
        })),
        accessLog: access.map((a) => ({ ...a, at: iso(a.at) })),
      });
    }
    return {
      exportedAt: deps.now().toISOString(),
      person: {
        id: user.id,
        email: user.email,
        displayName: user.display_name,
        language: user.preferred_language,
        createdAt: iso(user.created_at),
      },
      memberships: session.memberships.map((m) => ({
        organisation: m.tenantName,
        role: m.role,
        status: m.status,
      })),
      secondFactors: {
        authenticatorApp: session.factors.totp,
        passkeys: passkeys.map((p) => ({
          name: p.name,
          created_at: iso(p.created_at),
          last_used_at: isoOrNull(p.last_used_at),
        })),
        recoveryCodesLeft: session.factors.recoveryCodesLeft,
      },
      sessions: sessions.map((x) => ({
        created_at: iso(x.created_at),
        last_seen_at: iso(x.last_seen_at),
        expires_at: iso(x.expires_at),
        revoked_at: isoOrNull(x.revoked_at),
        second_factor_at: isoOrNull(x.second_factor_at),
      })),
      scans: scanExports,
    };
  });
}
