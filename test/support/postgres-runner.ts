// Test runner of the `postgres` project. When no PostgreSQL is available (see postgres-setup.ts)
// every test is reported as skipped, with the reason, and no hook runs (they would only fail on
// the missing database). Otherwise it is Vitest's own runner.
import { inject, type RunnerTask, type RunnerTaskResult, type RunnerTestSuite, TestRunner } from 'vitest';

export default class PostgresTestRunner extends TestRunner {
  private skipReason(): string | null {
    return inject('postgresSkipReason');
  }

  override async onBeforeRunSuite(suite: RunnerTestSuite): Promise<void> {
    await super.onBeforeRunSuite(suite);
    if (this.skipReason() === null) return;
    const hooks = TestRunner.getSuiteHooks(suite);
    for (const list of Object.values(hooks)) if (Array.isArray(list)) list.length = 0;
  }

  override async onBeforeRunTask(test: RunnerTask): Promise<void> {
    await super.onBeforeRunTask(test);
    const reason = this.skipReason();
    if (reason === null || (test.mode !== 'run' && test.mode !== 'queued')) return;
    test.mode = 'skip';
    // `note` is what ctx.skip(note) sets; reporters show it beside the skipped test.
    const result = { state: 'skip', note: `PostgreSQL niet beschikbaar / not available: ${reason}` };
    test.result = result as RunnerTaskResult;
  }
}
