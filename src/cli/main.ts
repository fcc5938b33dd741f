#!/usr/bin/env node
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
// `weerbaar`: the operator's command line. Uses the same settings (env) as the server.
// In embedded mode (no DATABASE_URL) stop the server first: one process owns the data folder.
import { Command, CommanderError, Option } from 'commander';
import { roles } from '../core/vocabulary.ts';
import { printGuidesCheck } from '../server/afwegingskader/registry.ts';
import { sealAuditLog } from '../server/audit/sealer.ts';
import { verifyAuditLog } from '../server/audit/verify.ts';
import { boot, openDatabase, openScanKeyStore, shutdown } from '../server/boot.ts';
import type { AppDeps } from '../server/context.ts';
import { printConversationCheck } from '../server/conversation/registry.ts';
import { keyFileRotation, masterKeyProvider } from '../server/crypto/key-provider.ts';
import { currentMigrationVersion, migrate } from '../server/db/migrate.ts';
import { inTransaction } from '../server/db/transaction.ts';
import { createDemoOrganisation } from '../server/demo/create-demo-organisation.ts';
import { printDemoSignIns } from '../server/demo/print-demo-sign-ins.ts';
import { DomainError } from '../server/domain-error.ts';
import { readSettings, SettingsError } from '../server/env.ts';
import { faultMessage } from '../server/faults.ts';
import { printHandreikingCheck } from '../server/handreiking/registry.ts';
import { instrumentVersions, readCaseLibraries, runLibrary } from '../server/instruments/case-library.ts';
import {
  describePublishedIssue,
  publishedIssues,
  readPublished,
  withNewVersions,
  writePublished,
} from '../server/instruments/published.ts';
import { checkFile, definitionFiles, instrumentsDir, loadFolder } from '../server/instruments/registry.ts';
import { createLogger } from '../server/logger.ts';
import { printRegisterCheck } from '../server/nevenfuncties/registry.ts';
import { createTenant } from '../server/operations/create-tenant.ts';
import { inviteMember } from '../server/operations/invite-member.ts';
import { printSurveysCheck, surveys } from '../server/surveys/registry.ts';
import { printWorkshopCheck } from '../server/workshops/registry.ts';

class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}

function settingsOrExit(): ReturnType<typeof readSettings> {
  try {
    return readSettings();
  } catch (error) {
    if (error instanceof SettingsError) throw new CliError(error.message, 78);
    throw error;
  }
}

/**
 * PostgreSQL: "stop the app first", enforced. Holds the app-presence lock exclusively while `work`
 * runs (db/app-presence.ts); refuses, naming the running processes, while any app process holds
 * it. PGlite: the data folder's lock does this already.
 */
async function whileAppStopped<T>(
  settings: ReturnType<typeof readSettings>,
  task: string,
  work: () => Promise<T>,
): Promise<T> {
  if (settings.database.kind !== 'postgres') return work();
  const { AppRunningError, claimMaintenance } = await import('../server/db/app-presence.ts');
  let claim: Awaited<ReturnType<typeof claimMaintenance>>;
  try {
    claim = await claimMaintenance(settings.database.migrationUrl, task);
  } catch (error) {
    if (error instanceof AppRunningError) throw new CliError(error.message, 75); // EX_TEMPFAIL
    throw error;
  }
  try {
    return await work();
  } finally {
    await claim.release();
  }
}

/** The running app's dependencies while `runCommand` runs a command in its process. */
let runningApp: AppDeps | null = null;

/** Boot with quiet logs, run, always close the database. */
async function withApp<T>(work: (deps: AppDeps) => Promise<T>): Promise<T> {
  if (runningApp) return work(runningApp);
  const settings = settingsOrExit();
  const deps = await boot(settings, createLogger(process.env.LOG_LEVEL ?? 'warn'), {
    printMailNotices: false,
    checkKeyStore: false,
  });
  try {
    return await work(deps);
  } finally {
    await shutdown(deps);
  }
}

const program = new Command()
  .name('weerbaar')
  .description('Beheer van een Weerbaar-installatie / operate a Weerbaar installation')
  .showHelpAfterError();

program
  .command('migrate')
  .description('Pas databasemigraties toe / apply database migrations')
  .action(async () => {
    await withApp(async (deps) => {
      console.log(
        `Migraties toegepast; versie / migrations applied; version ${await currentMigrationVersion(deps.database)}`,
      );
    });
  });

const tenant = program.command('tenant').description('Organisaties / organisations (tenants)');
tenant
  .command('create')
  .description('Maak een organisatie aan / create an organisation')
  .requiredOption(
    '--slug <slug>',
    'korte naam, kleine letters en streepjes / short name, e.g. gemeente-utrecht',
  )
  .requiredOption('--name <name>', 'naam / display name, e.g. "Gemeente Utrecht"')
  .action(async (opts: { slug: string; name: string }) => {
    if (!/^[a-z0-9][a-z0-9-]{1,62}$/.test(opts.slug)) {
      throw new CliError(
        '--slug: alleen kleine letters, cijfers en streepjes (2–63) / lowercase letters, digits, dashes',
      );
    }
    await withApp(async (deps) => {
      const { id } = await createTenant(deps, opts);
      console.log(`Organisatie aangemaakt / organisation created: ${opts.slug} (${id})`);
    });
  });

const user = program.command('user').description('Gebruikers / users');
user
  .command('invite')
  .description('Nodig iemand uit met een rol; print de uitnodigingslink / invite someone; prints the link')
  .requiredOption('--tenant <slug>', 'organisatie / organisation slug')
  .requiredOption('--email <email>', 'e-mailadres / e-mail address')
  .requiredOption('--name <name>', 'naam / display name')
  .addOption(new Option('--role <role>', 'rol / role').choices(roles).makeOptionMandatory())
  .addOption(
    new Option('--language <language>', 'taal van de mail / mail language')
      .choices(['nl', 'en'])
      .default('nl'),
  )
  .action(
    async (opts: {
      tenant: string;
      email: string;
      name: string;
      role: (typeof roles)[number];
      language: 'nl' | 'en';
    }) => {
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(opts.email))
        throw new CliError('--email: geen geldig e-mailadres / not a valid address');
      await withApp(async (deps) => {
        const found = await inTransaction(deps.database, { tenantId: null, userId: null }, (tx) =>
          tx.selectFrom('tenants').select('id').where('slug', '=', opts.tenant).executeTakeFirst(),
        );
        if (!found) throw new CliError(`Onbekende organisatie / unknown organisation: ${opts.tenant}`);
        const invited = await inviteMember(deps, null, {
          tenantId: found.id,
          email: opts.email,
          displayName: opts.name,
          role: opts.role,
          language: opts.language,
        });
        console.log(
          `Uitgenodigd / invited (${opts.role}). Uitnodigingslink / invitation link:\n${invited.invitationUrl}`,
        );
      });
    },
  );

program
  .command('demo')
  .description(
    'Maak de demo-organisatie "Gemeente Voorbeeld" en print aanmeldlinks / create the demo organisation',
  )
  .action(async () => {
    await withApp(async (deps) => printDemoSignIns(await createDemoOrganisation(deps)));
  });

const audit = program.command('audit').description('Auditlog / audit log');
audit
  .command('seal')
  .description(
    'Keten vastgelegde, nog niet verzegelde events aan de hashketen / chain recorded events that are not sealed yet',
  )
  .action(async () => {
    const outcome = await withApp((deps) => sealAuditLog(deps.database.db));
    if (outcome.skipped) {
      console.log(
        `Verzegeld / sealed: ${outcome.sealed}; een andere verzegelaar is bezig / another sealer is running`,
      );
      return;
    }
    console.log(`Verzegeld / sealed: ${outcome.sealed} event(s)`);
  });
audit
  .command('verify')
  .description(
    'Verzegel eerst, controleer dan de hashketen; exit 0 als hij heel is / seal first, then verify the hash chain; exit 0 when intact',
  )
  .option('--no-seal', 'niet eerst verzegelen / do not seal first')
  .action(async (opts: { seal: boolean }) => {
    const result = await withApp(async (deps) => {
      if (opts.seal) await sealAuditLog(deps.database.db);
      return verifyAuditLog(deps.database);
    });
    if (result.ok) {
      console.log(`Auditlog intact: ${result.count} events, kop / head ${result.headHash.slice(0, 16)}…`);
      if (result.unsealed > 0) {
        console.log(
          `Nog niet verzegeld / not sealed yet: ${result.unsealed} event(s), ` +
            `oudste / oldest ${result.oldestUnsealedAt?.toISOString()}`,
        );
      }
      return;
    }
    const which = result.id
      ? `event ${result.seq} (${result.id}) op plaats / at position ${result.position}`
      : `plaats / position ${result.position}`;
    const what = {
      changed: 'GEWIJZIGD / CHANGED',
      removed: 'VERWIJDERD / REMOVED',
      moved: 'VERPLAATST / MOVED',
    }[result.problem];
    throw new CliError(`Auditlog NIET intact / NOT intact: ${which} ${what}: ${result.detail}`, 2);
  });

program
  .command('backup')
  .description(
    'Maak een back-up van de database (zonder sleutelopslag en hoofdsleutel) / back up the database (without key store and master key)',
  )
  .requiredOption('--out <file>', 'het back-upbestand / the backup file')
  .action(async (opts: { out: string }) => {
    const { backupDatabase } = await import('../server/maintenance/backup.ts');
    const settings = settingsOrExit();
    // Embedded: opening the folder takes its lock, so a running server makes this stop here.
    const database = await openDatabase(settings);
    try {
      const result = await backupDatabase(settings, database, opts.out);
      console.log(
        `Back-up geschreven / backup written: ${result.file} (${result.kind}, ${result.bytes} bytes)\n` +
          'Niet in deze back-up / not in this backup: de sleutelopslag en de hoofdsleutel — apart en kort bewaren ' +
          '/ the key store and the master key — keep them separately, for a short time.',
      );
    } finally {
      await database.close();
    }
  });

program
  .command('restore')
  .description(
    'Zet een back-up terug in plaats van de huidige database / put a backup back in place of the current database',
  )
  .requiredOption('--from <file>', 'het back-upbestand / the backup file')
  .option('--yes', 'ja, vervang de huidige database / yes, replace the current database')
  .action(async (opts: { from: string; yes?: boolean }) => {
    const { reconcileRestoredScans, restoreDatabase } = await import('../server/maintenance/backup.ts');
    if (!fs.existsSync(opts.from)) throw new CliError(`Bestaat niet / not found: ${opts.from}`);
    if (!opts.yes)
      throw new CliError(
        'Dit vervangt de huidige database; herhaal met --yes / this replaces the current database; repeat with --yes',
      );
    const settings = settingsOrExit();
    const { previous, shredded, checked } = await whileAppStopped(settings, 'restore', async () => {
      const restored = await restoreDatabase(settings, opts.from);
      // The key store is not restored: scans shredded since the backup stay shredded.
      const reconciled = await withApp((deps) => reconcileRestoredScans(deps));
      return { ...restored, ...reconciled };
    });
    console.log(
      `Teruggezet / restored from ${opts.from}. Scans gecontroleerd / checked: ${checked}; ` +
        `opnieuw vernietigd (sleutel was weg) / shredded again (key gone): ${shredded}.`,
    );
    if (previous)
      console.log(`De vervangen database staat in / the replaced database is kept in: ${previous}`);
    console.log('Controleer nu / now check: weerbaar audit verify');
  });

const keysCommand = program.command('keys').description('Sleutels / keys');
keysCommand
  .command('rotate')
  .description(
    'Nieuwe hoofdsleutel: verpak organisatiesleutels, TOTP-geheimen en mail opnieuw; stop eerst de app / new master key: re-wrap organisation keys, TOTP secrets and mail; stop the app first',
  )
  .action(async () => {
    const settings = settingsOrExit();
    // Before anything is written (master.key.next included): no app process may be running.
    await whileAppStopped(settings, 'keys rotate', async () => {
      const { rotateMasterKey } = await import('../server/maintenance/rotate-master-key.ts');
      let current: Buffer;
      let next: Buffer;
      let finish = () => {};
      let resumed = false;
      if (settings.WEERBAAR_MASTER_KEY) {
        if (!settings.WEERBAAR_NEW_MASTER_KEY)
          throw new CliError(
            'Zet WEERBAAR_NEW_MASTER_KEY (openssl rand -base64 32) / set WEERBAAR_NEW_MASTER_KEY (openssl rand -base64 32)',
            78,
          );
        current = Buffer.from(settings.WEERBAAR_MASTER_KEY, 'base64');
        next = Buffer.from(settings.WEERBAAR_NEW_MASTER_KEY, 'base64');
      } else {
        if (settings.WEERBAAR_NEW_MASTER_KEY)
          throw new CliError(
            'WEERBAAR_NEW_MASTER_KEY alleen samen met WEERBAAR_MASTER_KEY; met het sleutelbestand maakt dit commando de nieuwe sleutel / only with WEERBAAR_MASTER_KEY; with the key file this command makes the new key',
            78,
          );
        ({ current, next, finish, resumed } = keyFileRotation(settings.dataDir));
      }
      if (current.equals(next))
        throw new CliError('De nieuwe sleutel is de oude / the new key is the old one', 78);
      const database = await openDatabase(settings);
      try {
        await migrate(database);
        const currentKeys = masterKeyProvider(current);
        const store = await openScanKeyStore(settings, currentKeys);
        try {
          const report = await rotateMasterKey(database, store, currentKeys, masterKeyProvider(next));
          console.log(
            `${resumed ? 'Hervat / resumed. ' : ''}Opnieuw verpakt / re-wrapped: ` +
              `${report.tenantKeys.rewrapped} organisatiesleutel(s) / organisation key(s) (${report.tenantKeys.already} al klaar / already done), ` +
              `${report.totpSecrets.rewrapped} TOTP-geheim(en) / secret(s), ${report.unsentMail.rewrapped} onverzonden mail(s) / unsent mail(s). ` +
              'De oude hoofdsleutel opent niets meer / the old master key opens nothing any more.',
          );
        } finally {
          await store.close?.();
        }
      } finally {
        await database.close();
      }
      finish();
      console.log(
        settings.WEERBAAR_MASTER_KEY
          ? 'Zet nu op elke app-host WEERBAAR_MASTER_KEY op de waarde van WEERBAAR_NEW_MASTER_KEY, verwijder WEERBAAR_NEW_MASTER_KEY en start de app. / ' +
              'Now set WEERBAAR_MASTER_KEY to the value of WEERBAAR_NEW_MASTER_KEY on every app host, remove WEERBAAR_NEW_MASTER_KEY and start the app.'
          : `Nieuwe hoofdsleutel staat in / the new master key is in ${path.join(settings.dataDir, 'master.key')}; start de app / start the app.`,
      );
    });
  });

program
  .command('retention')
  .description(
    'Verwijder scans waarvan de bewaartermijn voorbij is / delete scans past their retention period',
  )
  .action(async () => {
    const { runRetentionSweep } = await import('../server/jobs/retention.ts');
    const { deleted } = await withApp((deps) => runRetentionSweep(deps));
    console.log(`Verwijderd / deleted: ${deleted} scan(s)`);
  });

program
  .command('report')
  .description('Rapporten / reports')
  .command('verify')
  .description(
    'Reken een rapport na met de vastgelegde instrumentversie; exit 0 als gelijk / recompute a report with the pinned version; exit 0 when equal',
  )
  .requiredOption('--scan <id>', 'de scan / the scan id')
  .action(async (opts: { scan: string }) => {
    const { recomputeScan } = await import('../server/operations/recompute-scan.ts');
    const result = await withApp((deps) => recomputeScan(deps, { scanId: opts.scan }));
    const pinned = `${result.instrument.id} ${result.instrument.version} (${result.instrument.hash.slice(0, 12)}…)`;
    if (!result.same)
      throw new CliError(
        `Rapport wijkt af / report differs (${pinned}): ${result.differences.join(', ')}`,
        2,
      );
    console.log(`Rapport gelijk / report equal: ${pinned}`);
  });

/** The content files `instruments check` checks after the instruments: each prints its files and returns the number that failed. */
const contentChecks: ReadonlyArray<() => number | Promise<number>> = [
  printConversationCheck,
  printHandreikingCheck,
  printSurveysCheck,
  printRegisterCheck,
  printGuidesCheck,
  () => printWorkshopCheck(surveys()),
];

const instruments = program.command('instruments').description('Instrumenten / instrument definitions');
instruments
  .command('check')
  .description('Controleer instrumentdefinities (YAML) / check instrument definitions; exit 1 on any error')
  .argument('[path]', 'bestand of map / file or folder', instrumentsDir)
  .option(
    '--cases',
    'draai ook de casusbibliotheek (instruments/<id>/cases): verwacht tegen voorgesteld per thema / also run the case library',
  )
  .option(
    '--version <version>',
    'met --cases: deze versie in plaats van de nieuwste / with --cases: this version',
  )
  .action(async (target: string, opts: { cases?: boolean; version?: string }) => {
    if (!fs.existsSync(target)) throw new CliError(`Bestaat niet / not found: ${target}`);

    const checks = await Promise.all(definitionFiles(target).map((file) => checkFile(file)));
    const loaded = checks.flatMap((check) =>
      check.issues.length === 0 && check.loaded ? [check.loaded] : [],
    );
    // A published version must be exactly what was released (content hash): checked against the
    // folder's published.json (a single file: against the folder it sits in).
    const folder = fs.statSync(target).isDirectory() ? target : path.dirname(path.dirname(target));
    const published = readPublished(folder);
    const complete = path.resolve(folder) === path.resolve(target);
    const changed = published ? publishedIssues(loaded, published, 'repository', complete) : [];
    let failed = 0;
    for (const { file, issues, loaded: one } of checks) {
      const name = path.relative(process.cwd(), file);
      const republished = one
        ? changed.filter((c) => c.instrumentId === one.instrument.id && c.version === one.instrument.version)
        : [];
      if (issues.length === 0 && one && republished.length === 0) {
        console.log(`✓ ${name}: ${one.instrument.id} ${one.instrument.version} (${one.hash.slice(0, 12)}…)`);
        continue;
      }
      failed += 1;
      console.error(`✗ ${name}`);
      for (const issue of issues) {
        console.error(
          `  ${name}:${issue.line ?? '?'}:${issue.column ?? '?'}  ${issue.path}: ${issue.message}`,
        );
      }
      for (const issue of republished) console.error(`  ${describePublishedIssue(issue)}`);
    }
    for (const issue of changed.filter((c) => c.kind === 'missing')) {
      failed += 1;
      console.error(`✗ ${describePublishedIssue(issue)}`);
    }
    if (published) {
      for (const version of withNewVersions(loaded, published).added) {
        console.log(
          `  nieuw, nog niet gepubliceerd / new, not yet published: ${version} (weerbaar instruments publish)`,
        );
      }
    }
    // All instruments fine: the content files are checked too, in this order (the leidraad and
    // dilemma cards name the instruments' themes, the workshops the surveys'), up to the first that fails.
    if (path.resolve(target) === instrumentsDir) {
      for (const printCheck of contentChecks) {
        if (failed > 0) break;
        failed += await printCheck();
      }
    }
    if (failed > 0) throw new CliError(`${failed} definitie(s) met fouten / definition(s) with errors`);
    if (opts.cases) await checkCases(folder, opts.version);
  });

/**
 * Each instrument's case library against its newest version (or `version`): per case and theme
 * the expert's expected level beside the proposed one, then every difference. Exit 1 on any.
 */
async function checkCases(folder: string, version: string | undefined): Promise<void> {
  const versions = await instrumentVersions(folder).catch((error: Error) => {
    throw new CliError(error.message);
  });
  const short: Record<string, string> = {
    'geen-aandachtspunt': 'geen',
    aandachtspunt: 'aandacht',
    risico: 'risico',
    'ernstig-risico': 'ernstig',
  };
  let failed = 0;
  let total = 0;
  for (const library of readCaseLibraries(folder)) {
    const list = versions.get(library.instrumentId) ?? [];
    const instrument = version ? list.find((i) => i.version === version) : list.at(-1);
    if (!instrument) {
      failed += 1;
      console.error(`✗ ${library.instrumentId}: versie ${version ?? '?'} niet gevonden / version not found`);
      continue;
    }
    console.log(`\n${library.instrumentId} ${instrument.version}: ${library.cases.length} casussen / cases`);
    for (const broken of library.broken) {
      failed += 1;
      const name = path.relative(process.cwd(), broken.file);
      console.error(`✗ ${name}`);
      for (const issue of broken.issues)
        console.error(
          `  ${name}:${issue.line ?? '?'}:${issue.column ?? '?'}  ${issue.path}: ${issue.message}`,
        );
    }
    for (const outcome of runLibrary(library, instrument)) {
      total += 1;
      if (!outcome.ok) failed += 1;
      console.log(`${outcome.ok ? '✓' : '✗'} ${outcome.id} — ${outcome.title}`);
      const rows = outcome.themes.map(
        (r) => `${r.theme} ${short[r.expected]}/${short[r.proposed]}${r.expected === r.proposed ? '' : ' ✗'}`,
      );
      console.log(`    verwacht/voorgesteld: ${rows.join(' · ')}`);
      for (const problem of outcome.problems) console.log(`    ✗ ${problem}`);
    }
  }
  console.log(`\n${total - failed} van ${total} casussen kloppen / cases pass`);
  if (failed > 0) throw new CliError(`${failed} casus(sen) wijken af / case(s) differ`);
}

instruments
  .command('publish')
  .description(
    'Leg de inhoudshash van nieuwe versies vast in published.json / record new versions as published',
  )
  .argument('[folder]', 'map / folder', instrumentsDir)
  .action(async (folder: string) => {
    const loaded = await loadFolder(folder).catch((error: Error) => {
      throw new CliError(error.message);
    });
    const published = readPublished(folder) ?? {};
    const issues = publishedIssues(loaded, published, 'repository');
    if (issues.length > 0) throw new CliError(issues.map(describePublishedIssue).join('\n'));
    const next = withNewVersions(loaded, published);
    if (next.added.length === 0) {
      console.log('Niets nieuws; alle versies zijn gepubliceerd / nothing new, every version is published');
      return;
    }
    writePublished(folder, next.published);
    for (const version of next.added) console.log(`Gepubliceerd / published: ${version}`);
  });

const lists = program
  .command('lists')
  .description('Referentielijsten voor het antecedentenonderzoek / reference lists for the background check');
lists
  .command('import')
  .description(
    'Laad een lijst (FollowTheMoney, JSON per regel) als nieuwe versie / import a list (FollowTheMoney JSON lines) as a new version',
  )
  .argument('<file>', 'het bestand (.jsonl; - voor stdin) / the file (- for stdin)')
  .requiredOption('--name <name>', 'de naam van de lijst / the list name')
  .option('--licence <text>', 'de licentie of bron van de lijst / the licence or source of the list')
  .action(async (file: string, opts: { name: string; licence?: string }) => {
    const { importList } = await import('../server/screening/lists.ts');
    const { explainRefusal } = await import('../core/screening/index.ts');
    const { recordAudit } = await import('../server/audit/record.ts');
    const name = opts.name.trim();
    if (name.length === 0 || name.length > 200)
      throw new CliError('--name: 1 tot 200 tekens / 1 to 200 characters');
    if (file !== '-' && !fs.existsSync(file)) throw new CliError(`Bestaat niet / not found: ${file}`);
    const size = file === '-' ? 0 : fs.statSync(file).size;
    const tty = process.stderr.isTTY === true;
    const progress = (lines: number) => {
      if (tty && size > 0) {
        const share = Math.min(1, (input as fs.ReadStream).bytesRead / size);
        const width = 30;
        const done = Math.round(share * width);
        process.stderr.write(
          `\r[${'#'.repeat(done)}${'.'.repeat(width - done)}] ${Math.round(share * 100)}% ${lines} regels / lines`,
        );
      } else if (!tty && lines % 100_000 === 0 && lines > 0) {
        process.stderr.write(`${lines} regels / lines\n`);
      }
    };
    // Opened once the database is ready: a stream read meanwhile would be gone before its reader.
    let input: Readable = process.stdin;
    const outcome = await withApp(async (deps) => {
      input = file === '-' ? process.stdin : fs.createReadStream(file);
      const result = await importList(deps, {
        name,
        licence: opts.licence ?? null,
        lines: input,
        onProgress: progress,
      });
      await inTransaction(deps.database, { tenantId: null, userId: null }, (tx) =>
        recordAudit(tx, {
          action: 'screening.list_imported',
          tenantId: null,
          actorUserId: null,
          subjectType: 'screening_list',
          subjectId: result.list.id,
          data: { version: result.list.version, entities: result.imported, refused: result.refused.length },
        }),
      );
      return result;
    });
    if (tty) process.stderr.write('\n');
    for (const refused of outcome.refused) {
      const words =
        refused.refusal === 'duplicate-id'
          ? {
              nl: `regel ${refused.line}: dit id kwam al eerder in het bestand voor`,
              en: `line ${refused.line}: this id already occurred earlier in the file`,
            }
          : explainRefusal(refused.refusal, refused.line);
      console.error(`  ✗ ${words.nl} / ${words.en}`);
    }
    console.log(
      `Lijst / list "${outcome.list.name}" versie / version ${outcome.list.version}: ${outcome.lines} regels / lines, ${outcome.imported} geladen / imported, ${outcome.refused.length} geweigerd / refused (id ${outcome.list.id})`,
    );
  });

/** A failed command's message on stderr; returns its exit code. */
function reportFailure(error: unknown): number {
  if (error instanceof CliError) {
    console.error(error.message);
    return error.exitCode;
  }
  if (error instanceof DomainError) {
    console.error(error.message);
    return 1;
  }
  console.error(`Fout / error: ${faultMessage(error) ?? (error as Error).message}`);
  return 1;
}

/**
 * Only for the browser journeys' server (e2e/support/serve.ts): runs `weerbaar <argv>` in this
 * process against the app that is already running in it (its open database), instead of a new
 * process that boots its own. One command at a time; output goes to console.log/console.error;
 * resolves with the exit code. Commands that open the database themselves (backup, restore, keys
 * rotate) must not be run this way: the caller runs them as a process of their own.
 */
export async function runCommand(argv: readonly string[], app: AppDeps): Promise<number> {
  if (runningApp) throw new Error('runCommand: one command at a time');
  const everyCommand = (command: Command): Command[] => [command, ...command.commands.flatMap(everyCommand)];
  for (const command of everyCommand(program)) {
    command.exitOverride().configureOutput({
      writeOut: (text) => console.log(text.trimEnd()),
      writeErr: (text) => console.error(text.trimEnd()),
    });
  }
  runningApp = app;
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    // Commander's own refusals (an unknown option, a missing one) have printed already.
    if (error instanceof CommanderError) return error.exitCode;
    return reportFailure(error);
  } finally {
    runningApp = null;
  }
}

// Only as the program itself (`weerbaar …`), not when imported.
if (import.meta.main) {
  program.parseAsync(process.argv).catch((error: unknown) => {
    process.exit(reportFailure(error));
  });
}
