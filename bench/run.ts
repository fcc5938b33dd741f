// `npm run bench -- <name> [options]`: runs one benchmark. Each prints a readable table and ends
// with one line of JSON holding its figures.
const benchmarks: Record<string, { description: string; run: (args: string[]) => Promise<void> }> = {
  startup: {
    description:
      'tijd van `npm start` tot de eerste 200 van /api/health, lege en bestaande datamap, naast `node -e 0` / ' +
      'time from `npm start` to the first 200 from /api/health, empty and existing data folder, beside `node -e 0`',
    run: async (args) => (await import('./startup.ts')).run(args),
  },
  evaluate: {
    description:
      'één evaluatie van een maximale scan in Node en Chromium, als deel van een frame van 16 ms / ' +
      'one evaluation of a maximal scan in Node and Chromium, as a share of a 16 ms frame',
    run: async (args) => (await import('./evaluate.ts')).run(args),
  },
  autosave: {
    description:
      '200 gelijktijdige kandidaten die autosaven (PGlite en PostgreSQL), naast een kale insert via dezelfde driver / ' +
      '200 concurrent candidates autosaving (PGlite and PostgreSQL), beside a plain insert through the same driver',
    run: async (args) => (await import('./autosave.ts')).run(args),
  },
  load: {
    description:
      '500 gelijktijdige kandidaten, 60 s, twee app-processen achter één poort op PostgreSQL; daarna elke bevestigde opslag ontsleuteld vergeleken / ' +
      '500 concurrent candidates, 60 s, two app processes behind one port on PostgreSQL; then every acknowledged save decrypted and compared',
    run: async (args) => (await import('./load.ts')).run(args),
  },
  network: {
    description:
      'netwerkmaten voor 300 contacten en 1.000 banden in Node en Chromium / ' +
      'network measures for 300 contacts and 1,000 ties in Node and Chromium',
    run: async (args) => (await import('./network.ts')).run(args),
  },
  report: {
    description:
      'het volledige PDF-rapport van een maximale scan, naast Chromium dat hetzelfde rapport als HTML naar PDF print / ' +
      'the full PDF report of a maximal scan, beside Chromium printing the same report as HTML to PDF',
    run: async (args) => (await import('./report.ts')).run(args),
  },
  disclosure: {
    description:
      'onthullingscontrole (protectTable) op tabellen tot 400×5 over 10.000 eenheden, naast het tellen zelf / ' +
      'disclosure control (protectTable) on tables up to 400×5 over 10,000 units, beside the counting itself',
    run: async (args) => (await import('./disclosure.ts')).run(args),
  },
};

const [name, ...args] = process.argv.slice(2);
const benchmark = name ? benchmarks[name] : undefined;
if (!benchmark) {
  if (name) console.error(`Onbekende benchmark / unknown benchmark: ${name}\n`);
  console.error('Gebruik / usage: npm run bench -- <naam/name> [opties/options]\n\nBeschikbaar / available:');
  for (const [key, b] of Object.entries(benchmarks)) console.error(`  ${key.padEnd(10)} ${b.description}`);
  process.exit(name ? 2 : 1);
}
await benchmark.run(args);
