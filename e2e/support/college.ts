// Steps of the college journey done through the API: a candidate with answers and a network map
// who submits, and a member's consent. The pages under test are walked in the spec itself.
import type { Browser, Page } from '@playwright/test';
import type { Instrument } from '../../src/core/instrument/schema.ts';
import { answersWithSideJob, api, inviteCandidate, saveAnswers } from './api.ts';
import type { Person } from './people.ts';
import type { WeerbaarApp } from './server.ts';

/** A network map with these contacts (at work; every other one in real estate). */
export function mapOf(labels: readonly string[]) {
  return {
    version: 1 as const,
    ego: { gender: 'vrouw' },
    contexts: [
      { id: 'werk', catalogueId: 'huidige_werk', interests: [] },
      { id: 'club', catalogueId: 'sportclub', interests: [] },
    ],
    contacts: labels.map((label, i) => ({
      id: `c${i}`,
      label,
      kind: 'person' as const,
      direct: true,
      contexts: [i % 2 === 0 ? 'werk' : 'club'],
      closeness: 3,
      sector: i % 2 === 0 ? 'vastgoed' : 'onderwijs',
      gender: i % 2 === 0 ? 'man' : 'vrouw',
    })),
    ties: [],
    memberships: [],
  };
}

/** Invited into the procedure, answers and map saved, and submitted: a scan that counts in a college. */
export async function candidateWithMap(
  browser: Browser,
  app: WeerbaarApp,
  client: Page,
  procedure: { tenantId: string; procedureId: string },
  instrument: Instrument,
  who: { email: string; displayName: string; labels: readonly string[] },
  options: { viewport?: { width: number; height: number } } = {},
): Promise<Person> {
  const { labels, ...invitee } = who;
  const { scanId, candidate } = await inviteCandidate(browser, app, client, procedure, invitee, options);
  const own = { tenantId: procedure.tenantId, scanId };
  const revision = await saveAnswers(candidate.page, own, answersWithSideJob(instrument));
  await api(candidate.page, 'scans.saveNetwork', {
    params: own,
    body: { baseRevision: revision, saveId: crypto.randomUUID(), network: mapOf(labels) },
  });
  await api(candidate.page, 'scans.submit', { params: own });
  return candidate;
}

/** The member agrees (or not) to their college through the API. */
export async function consentToCollege(page: Page, tenantId: string, consent: boolean): Promise<void> {
  const { colleges } = await api(page, 'colleges.own', { params: { tenantId } });
  for (const college of colleges)
    await api(page, 'colleges.consent', { params: { tenantId, collegeId: college.id }, body: { consent } });
}
