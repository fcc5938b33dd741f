// Reminders for an election list: a candidate who was invited but has not submitted yet gets a
// reminder mail (the flow's own `scan-reminder`, via the outbox) a few days before the list's
// deadline — once per candidate per step, never twice: the step is written in committee_reminders
// (primary key scan + step) in the same transaction that queues the mail, and a second run, or a
// second process at the same moment, finds the row and queues nothing. Runs per organisation, so
// row-level security applies as everywhere. A missed step (the server was down) is not made up
// for when a later step is already due: only the nearest step counts.
import { sql } from 'kysely';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { dateOnly } from '../policies/committee.ts';
import { notify } from '../scans/notify.ts';

/** Days before the deadline a reminder goes out. */
export const reminderSteps = [7, 2] as const;

const dayMs = 86_400_000;

/** The step due at `now` for this deadline (yyyy-mm-dd, the end of that day in UTC), or null. */
export function dueStep(deadline: string, now: Date): number | null {
  const end = Date.parse(`${deadline}T23:59:59Z`);
  const left = end - now.getTime();
  if (left < 0) return null;
  const due = reminderSteps.filter((step) => left <= step * dayMs);
  return due.length === 0 ? null : Math.min(...due);
}

export async function runCommitteeReminders(deps: AppDeps): Promise<{ queued: number }> {
  const tenants = await inTransaction(deps.database, { tenantId: null, userId: null }, (tx) =>
    tx.selectFrom('tenants').select('id').execute(),
  );
  const now = deps.now();
  let queued = 0;
  for (const tenant of tenants) {
    queued += await inTransaction(deps.database, { tenantId: tenant.id, userId: null }, async (tx) => {
      const rows = await tx
        .selectFrom('scans')
        .innerJoin('procedures', 'procedures.id', 'scans.procedure_id')
        .innerJoin('election_procedures', 'election_procedures.procedure_id', 'procedures.id')
        .select(['scans.id', 'scans.procedure_id', 'election_procedures.deadline'])
        .where('procedures.status', '=', 'open')
        .where('scans.status', 'in', ['invited', 'started'])
        .execute();
      let count = 0;
      for (const row of rows) {
        const step = dueStep(dateOnly(row.deadline), now);
        if (step === null) continue;
        const inserted = await tx
          .insertInto('committee_reminders')
          .values({ scan_id: row.id, tenant_id: tenant.id, step })
          .onConflict((oc) => oc.columns(['scan_id', 'step']).doNothing())
          .returning(sql<number>`1`.as('one'))
          .executeTakeFirst();
        if (!inserted) continue;
        await notify(tx, deps, {
          tenantId: tenant.id,
          procedureId: row.procedure_id,
          scanId: row.id,
          audience: 'candidate',
          template: 'scan-reminder',
        });
        count += 1;
      }
      return count;
    });
  }
  if (queued > 0) {
    deps.logger.info({ queued }, 'committee reminders');
    await deps.mailer.deliverPending();
  }
  return { queued };
}

/** Runs the reminders now and then every hour in this process (like the retention sweep). */
export function scheduleCommitteeReminders(deps: AppDeps, everyMs = 60 * 60_000): { stop(): void } {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await runCommitteeReminders(deps);
    } catch (error) {
      deps.logger.error(
        { err: { name: (error as Error).name, message: (error as Error).message } },
        'committee reminders failed',
      );
    } finally {
      running = false;
    }
  };
  const first = setTimeout(tick, 7_000);
  const timer = setInterval(tick, everyMs);
  first.unref();
  timer.unref();
  return {
    stop() {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}
