// Prints the demo people's sign-in links on the console. Only used in embedded/demo mode, where
// the console is the operator's own terminal.
import type { createDemoOrganisation } from './create-demo-organisation.ts';

const roleNames: Record<string, string> = {
  beheerder: 'Beheerder',
  opdrachtgever: 'Opdrachtgever (griffier)',
  expert: 'Expert',
  kandidaat: 'Kandidaat',
  onderzoeker: 'Onderzoeker',
  commissie: 'Kandidatencommissie',
};

export function printDemoSignIns(result: Awaited<ReturnType<typeof createDemoOrganisation>>): void {
  const lines = [
    '',
    `Demo-organisatie "Gemeente Voorbeeld" ${result.created ? 'aangemaakt / created' : 'bestaat al / exists'}.`,
    'Aanmelden per rol (eenmalige link; een nieuwe vraagt u aan op /aanmelden of met `npx weerbaar demo`):',
    'Sign in per role (one-time link):',
    ...result.signIns.map((s) => `  ${roleNames[s.role]?.padEnd(26)} ${s.email.padEnd(28)} ${s.url}`),
    '',
  ];
  console.log(lines.join('\n'));
}
