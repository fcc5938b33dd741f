// The access-control matrix: every API route × every role × own / other organisation, plus
// anonymous callers. The expected outcomes are written out here, independently of
// src/server/policies, so a policy change that is not also made here turns this red. A route
// without an entry fails the test: new routes must declare who may call them.

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/instrument/evaluate.ts';
import { roles } from '../../src/core/vocabulary.ts';
import type { Role } from '../../src/server/db/schema.ts';
import { runScoped } from '../../src/server/db/transaction.ts';
import { procedureActions } from '../../src/server/policies/procedure.ts';
import {
  expertScanActions,
  ownReportActions,
  ownScanActions,
  procedureScanActions,
  releaseActions,
} from '../../src/server/policies/scan.ts';
import { allRoutes } from '../../src/server/routes/index.ts';
import { sealField } from '../../src/server/scans/content.ts';
import { sharedToken } from '../../src/server/surveys/rounds.ts';
import {
  type Client,
  createTestApp,
  makeTenant,
  type SignedIn,
  signedIn,
  type TestApp,
  unique,
} from '../support/api.ts';
import { candidatesWithMaps, mapWith } from '../support/college-setup.ts';
import { finishedAndReleasedToCommittee, openList } from '../support/committee-setup.ts';
import { reportReadyWithRelease } from '../support/scan-setup.ts';
import { openDatavolwassenheidRound } from '../support/workshop-setup.ts';

type Expectation = { kind: 'public' } | { kind: 'self' } | { kind: 'organisation'; allow: readonly Role[] };

const everyone = { kind: 'self' } as const;
const beheerderOnly = { kind: 'organisation', allow: ['beheerder'] } as const;
const caseStaff = { kind: 'organisation', allow: ['beheerder', 'opdrachtgever', 'expert'] } as const;

const matrix: Record<string, Expectation> = {
  health: { kind: 'public' },
  'auth.requestLink': { kind: 'public' },
  'auth.redeem': { kind: 'public' },
  'auth.session': everyone,
  'auth.totpSetup': everyone,
  'auth.totpConfirm': everyone,
  'auth.totpVerify': everyone,
  'auth.passkeyRegistrationOptions': everyone,
  'auth.passkeyRegistration': everyone,
  'auth.passkeyAuthenticationOptions': everyone,
  'auth.passkeyAuthentication': everyone,
  'auth.recoveryCode': everyone,
  'auth.signOut': everyone,
  'auth.signOutEverywhere': everyone,
  'organisation.listMembers': beheerderOnly,
  'organisation.inviteMember': beheerderOnly,
  'organisation.updateMember': beheerderOnly,
  'organisation.resendInvitation': beheerderOnly,
  'organisation.readSettings': beheerderOnly,
  'organisation.updateSettings': beheerderOnly,
  'instruments.list': { kind: 'organisation', allow: ['beheerder', 'opdrachtgever'] },
  'instruments.read': beheerderOnly,
  'instruments.evaluate': beheerderOnly,
  'zelfscan.read': { kind: 'public' },
  'zelfscan.evaluate': { kind: 'public' },
  'procedures.open': { kind: 'organisation', allow: ['opdrachtgever'] },
  'procedures.list': { kind: 'organisation', allow: ['opdrachtgever', 'expert'] },
  'procedures.listExperts': { kind: 'organisation', allow: ['opdrachtgever', 'commissie'] },
  'procedures.read': { kind: 'organisation', allow: ['opdrachtgever', 'expert'] },
  'procedures.instrument': { kind: 'organisation', allow: ['opdrachtgever', 'expert'] },
  'procedures.inviteCandidate': { kind: 'organisation', allow: ['opdrachtgever'] },
  'procedures.close': { kind: 'organisation', allow: ['opdrachtgever'] },
  'procedures.remind': { kind: 'organisation', allow: ['opdrachtgever'] },
  'scans.listOwn': { kind: 'organisation', allow: ['kandidaat'] },
  'scans.readOwn': { kind: 'organisation', allow: ['kandidaat'] },
  'scans.readOwnInstrument': { kind: 'organisation', allow: ['kandidaat'] },
  'scans.saveAnswers': { kind: 'organisation', allow: ['kandidaat'] },
  'scans.submit': { kind: 'organisation', allow: ['kandidaat'] },
  'scans.saveNetwork': { kind: 'organisation', allow: ['kandidaat'] },
  'scans.exportNetwork': { kind: 'organisation', allow: ['kandidaat'] },
  'scans.withdraw': { kind: 'organisation', allow: ['kandidaat'] },
  'scans.delete': { kind: 'organisation', allow: ['kandidaat'] },
  'scans.exportOwnData': { kind: 'organisation', allow: ['kandidaat'] },
  'reviews.read': { kind: 'organisation', allow: ['expert'] },
  'reviews.begin': { kind: 'organisation', allow: ['expert'] },
  'reviews.reopen': { kind: 'organisation', allow: ['expert'] },
  'reviews.notes': { kind: 'organisation', allow: ['expert'] },
  'reviews.decisions': { kind: 'organisation', allow: ['expert'] },
  'reviews.finalise': { kind: 'organisation', allow: ['expert'] },
  'reports.own': { kind: 'organisation', allow: ['kandidaat'] },
  'reports.release': { kind: 'organisation', allow: ['kandidaat'] },
  'reports.revoke': { kind: 'organisation', allow: ['kandidaat'] },
  'reports.released': { kind: 'organisation', allow: ['opdrachtgever'] },
  'reports.ownPdf': { kind: 'organisation', allow: ['kandidaat'] },
  'reports.expertPdf': { kind: 'organisation', allow: ['expert'] },
  'reports.releasedPdf': { kind: 'organisation', allow: ['opdrachtgever'] },
  'conversation.guide': { kind: 'organisation', allow: ['opdrachtgever', 'expert'] },
  'conversation.dilemmas': { kind: 'public' },
  'agenda.read': { kind: 'organisation', allow: ['kandidaat'] },
  'agenda.save': { kind: 'organisation', allow: ['kandidaat'] },
  'earlier.own': { kind: 'organisation', allow: ['kandidaat'] },
  'earlier.consent': { kind: 'organisation', allow: ['kandidaat'] },
  'earlier.expert': { kind: 'organisation', allow: ['expert'] },
  'followUp.open': { kind: 'organisation', allow: ['opdrachtgever'] },
  'followUp.read': { kind: 'organisation', allow: ['opdrachtgever', 'expert'] },
  'colleges.candidates': { kind: 'organisation', allow: ['beheerder', 'opdrachtgever'] },
  'colleges.create': { kind: 'organisation', allow: ['beheerder', 'opdrachtgever'] },
  'colleges.list': { kind: 'organisation', allow: ['beheerder', 'opdrachtgever'] },
  'colleges.own': { kind: 'organisation', allow: ['kandidaat'] },
  'colleges.consent': { kind: 'organisation', allow: ['kandidaat'] },
  'colleges.view': { kind: 'organisation', allow: ['opdrachtgever', 'kandidaat'] },
  'screening.own': { kind: 'organisation', allow: ['kandidaat'] },
  'screening.sign': { kind: 'organisation', allow: ['kandidaat'] },
  'screening.revoke': { kind: 'organisation', allow: ['kandidaat'] },
  'screening.expert': { kind: 'organisation', allow: ['expert'] },
  'screening.run': { kind: 'organisation', allow: ['expert'] },
  'screening.decide': { kind: 'organisation', allow: ['expert'] },
  'screening.recordSource': { kind: 'organisation', allow: ['expert'] },
  'handreiking.zelfassessment': { kind: 'public' },
  'handreiking.ondermijning': { kind: 'public' },
  'vuistregels.read': {
    kind: 'organisation',
    allow: ['beheerder', 'opdrachtgever', 'expert', 'kandidaat', 'onderzoeker', 'commissie'],
  },
  'vuistregels.adjust': beheerderOnly,
  'vuistregels.reset': beheerderOnly,
  'research.readConsent': { kind: 'organisation', allow: ['kandidaat'] },
  'research.setConsent': { kind: 'organisation', allow: ['kandidaat'] },
  'research.readSettings': beheerderOnly,
  'research.updateSettings': beheerderOnly,
  'research.options': { kind: 'organisation', allow: ['onderzoeker'] },
  'research.table': { kind: 'organisation', allow: ['onderzoeker'] },
  'research.exportCsv': { kind: 'organisation', allow: ['onderzoeker'] },
  'research.exportOds': { kind: 'organisation', allow: ['onderzoeker'] },
  'surveys.list': { kind: 'organisation', allow: ['beheerder', 'opdrachtgever'] },
  'surveys.open': beheerderOnly,
  'surveys.read': { kind: 'organisation', allow: ['beheerder', 'opdrachtgever'] },
  'surveys.close': beheerderOnly,
  'surveys.invite': beheerderOnly,
  'surveys.results': { kind: 'organisation', allow: ['beheerder', 'opdrachtgever'] },
  'surveys.publicOpen': { kind: 'public' },
  'surveys.publicSubmit': { kind: 'public' },
  'nevenfuncties.content': { kind: 'public' },
  'nevenfuncties.own': { kind: 'organisation', allow: ['kandidaat'] },
  'nevenfuncties.setOffice': { kind: 'organisation', allow: ['kandidaat'] },
  'nevenfuncties.add': { kind: 'organisation', allow: ['kandidaat'] },
  'nevenfuncties.change': { kind: 'organisation', allow: ['kandidaat'] },
  'nevenfuncties.scanOffer': { kind: 'organisation', allow: ['kandidaat'] },
  'nevenfuncties.takeOver': { kind: 'organisation', allow: ['kandidaat'] },
  'nevenfuncties.register': beheerderOnly,
  'nevenfuncties.publish': beheerderOnly,
  'nevenfuncties.publicJson': { kind: 'public' },
  'nevenfuncties.publicCsv': { kind: 'public' },
  // The kandidatencommissie: its own election lists only; the committee view of a released check.
  'committee.open': { kind: 'organisation', allow: ['commissie'] },
  'committee.list': { kind: 'organisation', allow: ['commissie'] },
  'committee.read': { kind: 'organisation', allow: ['commissie'] },
  'committee.invite': { kind: 'organisation', allow: ['commissie'] },
  'committee.close': { kind: 'organisation', allow: ['commissie'] },
  'committee.view': { kind: 'organisation', allow: ['commissie'] },
  // The afwegingskader's case files: staff by role; which case, the case team (below).
  'afwegingskader.read': caseStaff,
  'caseFiles.list': caseStaff,
  'caseFiles.teamCandidates': caseStaff,
  'caseFiles.open': caseStaff,
  'caseFiles.read': caseStaff,
  'caseFiles.saveStep': caseStaff,
  'caseFiles.close': caseStaff,
  'caseFiles.remove': caseStaff,
  // The norm of the term: every member reads; beheerder and opdrachtgever edit and agree.
  'norm.read': { kind: 'organisation', allow: roles },
  'norm.version': { kind: 'organisation', allow: roles },
  'norm.saveDraft': { kind: 'organisation', allow: ['beheerder', 'opdrachtgever'] },
  'norm.adopt': { kind: 'organisation', allow: ['beheerder', 'opdrachtgever'] },
  'workshops.read': { kind: 'organisation', allow: ['beheerder', 'opdrachtgever'] },
  'workshops.record': { kind: 'organisation', allow: ['beheerder', 'opdrachtgever'] },
  'workshops.reportPdf': { kind: 'organisation', allow: ['beheerder', 'opdrachtgever'] },
};

/** Things a request acts on, made for the caller (their own procedure, their own scan) when it can be theirs. */
interface Fixtures {
  membership(): Promise<string>;
  procedure(): Promise<string>;
  scan(): Promise<string>;
  /** A procedure and scan the caller reviews (as its expert) or was released (as its opdrachtgever). */
  scanInProcedure(): Promise<{ procedureId: string; scanId: string }>;
  /** The caller's own finished scan with an active release. */
  ownRelease(): Promise<{ scanId: string; releaseId: string }>;
  /** A college of three with the caller as a member (kandidaat) or as its chosen opdrachtgever. */
  college(): Promise<string>;
  /** A research table the caller (an onderzoeker) released. */
  researchRelease(): Promise<string>;
  /** A survey round of the organisation (one per test run, in the own organisation) and its shared token. */
  surveyRound(): Promise<{ id: string; token: string }>;
  /** A nevenfunctie in the caller's own register (a kandidaat's), or an id that is nobody's. */
  nevenfunctie(): Promise<string>;
  /** The short name of an organisation that published its nevenfuncties register. */
  publishedRegister(): Promise<string>;
  /** An election list with the caller on its committee, and a candidate who released to it. */
  electionList(): Promise<{ procedureId: string; scanId: string }>;
  /** A case file the caller opened (so is in its team), when they may open one. */
  caseFile(): Promise<string>;
  /** An agreed version of the organisation's norm. */
  normVersion(): Promise<number>;
  /** A closed datavolwassenheid round of the caller's organisation (no answers: nothing is shown). */
  workshopRound(): Promise<string>;
}

/** A request for each route that succeeds (or fails on content, not on access) when allowed. */
async function requestFor(id: string, client: Client, tenantId: string, fixtures: Fixtures) {
  const targetMembershipId = fixtures.membership;
  const org = `/api/organisations/${tenantId}`;
  switch (id) {
    case 'health':
      return client.get('/api/health');
    case 'auth.requestLink':
      return client.post('/api/auth/sign-in-link', { email: 'niemand@test.nl' });
    case 'auth.redeem':
      return client.post('/api/auth/redeem', { token: 'onbekend-token-van-voldoende-lengte' });
    case 'auth.session':
      return client.get('/api/auth/session');
    case 'auth.totpSetup':
      return client.post('/api/auth/totp/setup');
    case 'auth.totpConfirm':
      return client.post('/api/auth/totp/confirm', { code: '000000' });
    case 'auth.totpVerify':
      return client.post('/api/auth/totp/verify', { code: '000000' });
    case 'auth.passkeyRegistrationOptions':
      return client.post('/api/auth/passkeys/registration-options');
    case 'auth.passkeyRegistration':
      return client.post('/api/auth/passkeys/registration', { response: { id: 'x', type: 'public-key' } });
    case 'auth.passkeyAuthenticationOptions':
      return client.post('/api/auth/passkeys/authentication-options');
    case 'auth.passkeyAuthentication':
      return client.post('/api/auth/passkeys/authentication', { response: { id: 'x', type: 'public-key' } });
    case 'auth.recoveryCode':
      return client.post('/api/auth/recovery-code', { code: 'AAAA-BBBB-CCCC' });
    case 'auth.signOut':
      return client.post('/api/auth/sign-out');
    case 'auth.signOutEverywhere':
      return client.post('/api/auth/sign-out-everywhere');
    case 'organisation.listMembers':
      return client.get(`${org}/members`);
    case 'organisation.inviteMember':
      return client.post(`${org}/invitations`, {
        email: `${unique('nieuw')}@test.nl`,
        displayName: 'Nieuw',
        role: 'expert',
      });
    case 'organisation.updateMember':
      return client.patch(`${org}/members/${await targetMembershipId()}`, { status: 'disabled' });
    case 'organisation.resendInvitation':
      return client.post(`${org}/members/${await targetMembershipId()}/invitation`);
    case 'organisation.readSettings':
      return client.get(`${org}/settings`);
    case 'organisation.updateSettings':
      return client.patch(`${org}/settings`, { candidateSecondFactorRequired: false });
    case 'instruments.list':
      return client.get(`${org}/instruments`);
    case 'instruments.read':
      return client.get(`${org}/instruments/zelfscan-veiligheid`);
    case 'instruments.evaluate':
      return client.post(`${org}/instruments/zelfscan-veiligheid/evaluate`, { answers: {} });
    case 'zelfscan.read':
      return client.get('/api/public/zelfscan');
    case 'zelfscan.evaluate':
      return client.post('/api/public/zelfscan/evaluate', { answers: {} });
    case 'procedures.open':
      return client.post(`${org}/procedures`, {
        name: 'Matrix',
        office: 'raadslid',
        instrumentId: 'weerbaarheidscheck-raadslid',
        retentionDays: 30,
      });
    case 'procedures.list':
      return client.get(`${org}/procedures`);
    case 'procedures.listExperts':
      return client.get(`${org}/experts`);
    case 'procedures.read':
      return client.get(`${org}/procedures/${await fixtures.procedure()}`);
    case 'procedures.instrument':
      return client.get(`${org}/procedures/${await fixtures.procedure()}/instrument`);
    case 'procedures.inviteCandidate':
      return client.post(`${org}/procedures/${await fixtures.procedure()}/candidates`, {
        email: `${unique('kandidaat')}@test.nl`,
        displayName: 'Kandidaat',
      });
    case 'procedures.close':
      return client.post(`${org}/procedures/${await fixtures.procedure()}/close`);
    case 'scans.listOwn':
      return client.get(`${org}/my-scans`);
    case 'scans.readOwn':
      return client.get(`${org}/my-scans/${await fixtures.scan()}`);
    case 'scans.readOwnInstrument':
      return client.get(`${org}/my-scans/${await fixtures.scan()}/instrument`);
    case 'scans.saveAnswers':
      return client.call('PUT', `${org}/my-scans/${await fixtures.scan()}/answers`, {
        baseRevision: 0,
        saveId: randomUUID(),
        changes: {},
      });
    case 'scans.saveNetwork':
      return client.call('PUT', `${org}/my-scans/${await fixtures.scan()}/network`, {
        baseRevision: 0,
        saveId: randomUUID(),
        network: { version: 1, ego: {}, contexts: [], contacts: [], ties: [], memberships: [] },
      });
    case 'scans.exportNetwork':
      return client.get(`${org}/my-scans/${await fixtures.scan()}/network/export?format=graphml`);
    case 'scans.submit':
      return client.post(`${org}/my-scans/${await fixtures.scan()}/submit`);
    case 'scans.withdraw':
      return client.post(`${org}/my-scans/${await fixtures.scan()}/withdraw`);
    case 'scans.delete':
      return client.call('DELETE', `${org}/my-scans/${await fixtures.scan()}`);
    case 'scans.exportOwnData':
      return client.get(`${org}/my-data`);
    case 'procedures.remind': {
      const { procedureId, scanId } = await fixtures.scanInProcedure();
      return client.post(`${org}/procedures/${procedureId}/candidates/${scanId}/reminder`);
    }
    case 'reviews.read':
    case 'reviews.begin':
    case 'reviews.reopen':
    case 'reviews.notes':
    case 'reviews.decisions':
    case 'reviews.finalise':
    case 'reports.released': {
      const { procedureId, scanId } = await fixtures.scanInProcedure();
      const base = `${org}/procedures/${procedureId}/scans/${scanId}`;
      if (id === 'reviews.read') return client.get(base);
      if (id === 'reviews.begin') return client.post(`${base}/review`);
      if (id === 'reviews.reopen') return client.post(`${base}/reopen`, { reason: 'Graag aanvullen.' });
      if (id === 'reviews.notes') return client.call('PUT', `${base}/notes`, { notes: 'Notitie' });
      if (id === 'reviews.decisions')
        return client.call('PUT', `${base}/decisions`, { judgements: [], measures: [] });
      if (id === 'reviews.finalise') return client.post(`${base}/finalise`);
      return client.get(`${base}/report`);
    }
    case 'conversation.guide': {
      const { procedureId, scanId } = await fixtures.scanInProcedure();
      return client.get(`${org}/procedures/${procedureId}/scans/${scanId}/leidraad`);
    }
    case 'conversation.dilemmas':
      return client.get('/api/public/dilemmakaarten');
    case 'reports.own':
      return client.get(`${org}/my-scans/${(await fixtures.ownRelease()).scanId}/report`);
    case 'reports.ownPdf':
      return client.get(`${org}/my-scans/${(await fixtures.ownRelease()).scanId}/report.pdf`);
    case 'reports.expertPdf':
    case 'reports.releasedPdf': {
      const { procedureId, scanId } = await fixtures.scanInProcedure();
      const file = id === 'reports.expertPdf' ? 'expert-report.pdf' : 'report.pdf';
      return client.get(`${org}/procedures/${procedureId}/scans/${scanId}/${file}`);
    }
    case 'reports.release': {
      const until = new Date(Date.now() + 86_400_000).toISOString();
      return client.post(`${org}/my-scans/${(await fixtures.ownRelease()).scanId}/releases`, {
        scope: 'samenvatting',
        until,
      });
    }
    case 'reports.revoke': {
      const { scanId, releaseId } = await fixtures.ownRelease();
      return client.post(`${org}/my-scans/${scanId}/releases/${releaseId}/revoke`);
    }
    case 'agenda.read':
      return client.get(`${org}/my-scans/${(await fixtures.ownRelease()).scanId}/agenda`);
    case 'agenda.save':
      return client.call('PUT', `${org}/my-scans/${(await fixtures.ownRelease()).scanId}/agenda`, {
        baseRevision: 0,
        actions: [],
      });
    case 'earlier.own':
      return client.get(`${org}/my-scans/${await fixtures.scan()}/earlier`);
    case 'earlier.consent':
      return client.call('PUT', `${org}/my-scans/${await fixtures.scan()}/earlier/consent`, {
        consent: true,
      });
    case 'earlier.expert': {
      const { procedureId, scanId } = await fixtures.scanInProcedure();
      return client.get(`${org}/procedures/${procedureId}/scans/${scanId}/earlier`);
    }
    case 'followUp.open':
      return client.post(`${org}/procedures/${await fixtures.procedure()}/follow-ups`, {
        name: 'Herhaalscan',
        office: 'wethouder',
        instrumentId: 'weerbaarheidsscan-bestuurder',
        retentionDays: 30,
      });
    case 'followUp.read':
      return client.get(`${org}/procedures/${await fixtures.procedure()}/follow-up`);
    case 'colleges.candidates':
      return client.get(`${org}/colleges/candidates`);
    case 'colleges.create':
      // Refused on content (too few members), not on access, when allowed.
      return client.post(`${org}/colleges`, {
        name: 'College Matrix',
        viewerMembershipId: randomUUID(),
        memberMembershipIds: [],
      });
    case 'colleges.list':
      return client.get(`${org}/colleges`);
    case 'colleges.own':
      return client.get(`${org}/my-colleges`);
    case 'colleges.consent':
      return client.call('PUT', `${org}/my-colleges/${await fixtures.college()}/consent`, { consent: true });
    case 'colleges.view':
      return client.get(`${org}/colleges/${await fixtures.college()}/view`);
    case 'screening.own':
      return client.get(`${org}/my-scans/${await fixtures.scan()}/screening`);
    case 'screening.sign':
      return client.call('PUT', `${org}/my-scans/${await fixtures.scan()}/screening/declaration`, {
        declarationId: 'bewilligingsverklaring',
        version: '1.0.0',
      });
    case 'screening.revoke':
      return client.call('DELETE', `${org}/my-scans/${await fixtures.scan()}/screening/declaration`);
    case 'screening.expert':
    case 'screening.run':
    case 'screening.decide':
    case 'screening.recordSource': {
      const { procedureId, scanId } = await fixtures.scanInProcedure();
      const base = `${org}/procedures/${procedureId}/scans/${scanId}/screening`;
      if (id === 'screening.expert') return client.get(base);
      if (id === 'screening.run') return client.post(`${base}/check`);
      if (id === 'screening.decide')
        return client.call('PUT', `${base}/hits/${randomUUID()}`, { outcome: 'dismissed', reason: 'Ander' });
      return client.post(`${base}/sources`, {
        where: 'Krant',
        searched: 'Naam',
        searchedOn: '2026-11-20',
        found: 'Niets',
        finding: false,
      });
    }
    case 'handreiking.zelfassessment':
      return client.get('/api/public/zelfassessment');
    case 'handreiking.ondermijning':
      return client.get('/api/public/ondermijning-herkennen');
    case 'vuistregels.read':
      return client.get(`${org}/vuistregels`);
    case 'vuistregels.adjust':
      return client.call('PUT', `${org}/vuistregels/raadslid`, {
        rules: [{ text: { nl: 'Meld uw belangen.', en: 'Declare your interests.' } }],
      });
    case 'vuistregels.reset':
      return client.call('DELETE', `${org}/vuistregels/raadslid`);
    case 'research.readConsent':
      return client.get(`${org}/my-scans/${await fixtures.scan()}/research-consent`);
    case 'research.setConsent':
      return client.call('PUT', `${org}/my-scans/${await fixtures.scan()}/research-consent`, {
        consent: true,
      });
    case 'research.readSettings':
      return client.get(`${org}/research/settings`);
    case 'research.updateSettings':
      return client.call('PUT', `${org}/research/settings`, {
        threshold: 10,
        organisationType: 'gemeente',
        admits: [],
      });
    case 'research.options':
      return client.get(`${org}/research/options`);
    case 'research.table':
      return client.post(`${org}/research/tables`, { rows: 'office', columns: 'year' });
    case 'research.exportCsv':
      return client.get(`${org}/research/releases/${await fixtures.researchRelease()}/table.csv`);
    case 'research.exportOds':
      return client.get(`${org}/research/releases/${await fixtures.researchRelease()}/table.ods`);
    case 'surveys.list':
      return client.get(`${org}/survey-rounds`);
    case 'surveys.open':
      return client.post(`${org}/survey-rounds`, {
        questionnaireId: 'sociale-veiligheid',
        questionnaireVersion: '1.0.0',
        title: 'Matrix',
        units: ['A'],
        threshold: 5,
        sharedLink: true,
      });
    case 'surveys.read':
      return client.get(`${org}/survey-rounds/${(await fixtures.surveyRound()).id}`);
    case 'surveys.close':
      return client.post(`${org}/survey-rounds/${(await fixtures.surveyRound()).id}/close`);
    case 'surveys.invite':
      return client.post(`${org}/survey-rounds/${(await fixtures.surveyRound()).id}/invitations`, {
        emails: [`${unique('respondent')}@test.nl`],
      });
    case 'surveys.results':
      return client.get(`${org}/survey-rounds/${(await fixtures.surveyRound()).id}/results`);
    case 'surveys.publicOpen': {
      const round = await fixtures.surveyRound();
      return client.post(`/api/public/surveys/${round.id}/open`, { token: round.token });
    }
    case 'surveys.publicSubmit': {
      const round = await fixtures.surveyRound();
      return client.post(`/api/public/surveys/${round.id}/responses`, {
        token: round.token,
        unit: 'A',
        answers: {},
      });
    }
    case 'nevenfuncties.content':
      return client.get('/api/public/nevenfuncties-register');
    case 'nevenfuncties.own':
      return client.get(`${org}/my-nevenfuncties`);
    case 'nevenfuncties.setOffice':
      return client.call('PUT', `${org}/my-nevenfuncties/office`, { office: 'wethouder' });
    case 'nevenfuncties.add':
    case 'nevenfuncties.change': {
      const body = {
        function: 'Voorzitter',
        organisation: 'Matrixclub',
        paid: false,
        hoursPerMonth: null,
        startsOn: null,
        endsOn: null,
        approval: null,
      };
      // Refused on content (no office chosen yet) when allowed, for a new one.
      if (id === 'nevenfuncties.add') return client.post(`${org}/my-nevenfuncties`, body);
      return client.call('PUT', `${org}/my-nevenfuncties/${await fixtures.nevenfunctie()}`, body);
    }
    case 'nevenfuncties.scanOffer':
      return client.get(`${org}/my-nevenfuncties/from-scan`);
    case 'nevenfuncties.takeOver':
      // Refused on content (no office, or a fingerprint of nothing shown) when allowed.
      return client.post(`${org}/my-nevenfuncties/from-scan`, {
        scanId: await fixtures.scan(),
        fingerprint: 'x',
        indexes: [0],
        consent: true,
      });
    case 'nevenfuncties.register':
      return client.get(`${org}/nevenfuncties`);
    case 'nevenfuncties.publish':
      return client.post(`${org}/nevenfuncties/publications`, { period: '2025-H1' });
    case 'nevenfuncties.publicJson':
      return client.get(`/api/public/register/${await fixtures.publishedRegister()}/nevenfuncties.json`);
    case 'nevenfuncties.publicCsv':
      return client.get(`/api/public/register/${await fixtures.publishedRegister()}/nevenfuncties.csv`);
    case 'committee.open': {
      const expert = await fixtures.membership();
      return client.post(`${org}/kandidatenlijsten`, {
        election: 'Gemeenteraad',
        year: 2026,
        deadline: '2099-03-01',
        expertMembershipIds: [expert],
      });
    }
    case 'committee.list':
      return client.get(`${org}/kandidatenlijsten`);
    case 'committee.read':
    case 'committee.invite':
    case 'committee.close':
    case 'committee.view': {
      const { procedureId, scanId } = await fixtures.electionList();
      const base = `${org}/kandidatenlijsten/${procedureId}`;
      if (id === 'committee.read') return client.get(base);
      if (id === 'committee.close') return client.post(`${base}/close`);
      if (id === 'committee.invite')
        return client.post(`${base}/kandidaten`, {
          email: `${unique('lijst')}@test.nl`,
          displayName: 'Kandidaat',
        });
      return client.get(`${base}/kandidaten/${scanId}`);
    }
    case 'afwegingskader.read':
      return client.get(`${org}/afwegingskader`);
    case 'caseFiles.list':
      return client.get(`${org}/case-files`);
    case 'caseFiles.teamCandidates':
      return client.get(`${org}/case-files/team-candidates`);
    case 'caseFiles.open':
      return client.post(`${org}/case-files`, { title: 'Casus matrix', teamMembershipIds: [] });
    case 'caseFiles.read':
      return client.get(`${org}/case-files/${await fixtures.caseFile()}`);
    case 'caseFiles.saveStep':
      return client.call('PUT', `${org}/case-files/${await fixtures.caseFile()}/steps/feiten`, {
        answers: { gedrag: 'Pamfletten bij het stadhuis.' },
      });
    case 'caseFiles.close':
      return client.post(`${org}/case-files/${await fixtures.caseFile()}/close`);
    case 'caseFiles.remove':
      return client.call('DELETE', `${org}/case-files/${await fixtures.caseFile()}`);
    case 'norm.read':
      return client.get(`${org}/norm`);
    case 'norm.version':
      return client.get(`${org}/norm/versions/${await fixtures.normVersion()}`);
    case 'norm.saveDraft':
      // Refused on content (another revision) when someone saved before: a 409, not an access refusal.
      return client.call('PUT', `${org}/norm/draft`, {
        content: { nazorg: { opvang: 'De griffier belt binnen een dag.' } },
        revision: 0,
      });
    case 'norm.adopt':
      return client.post(`${org}/norm/versions`, { agreedOn: '2026-12-01', agreedBy: ['raad'], revision: 0 });
    case 'workshops.read':
      return client.get(`${org}/survey-rounds/${await fixtures.workshopRound()}/workshop`);
    case 'workshops.record':
      return client.call(
        'PUT',
        `${org}/survey-rounds/${await fixtures.workshopRound()}/workshop/themes/ondermijning`,
        {
          baseRevision: 0,
          discussed: 'Besproken',
          maturity: 2,
          actions: [],
        },
      );
    case 'workshops.reportPdf':
      return client.get(`${org}/survey-rounds/${await fixtures.workshopRound()}/workshop/report.pdf`);
    default:
      throw new Error(`no request written for route ${id}`);
  }
}

const denied = [401, 403, 404];

describe('access-control matrix', () => {
  let t: TestApp;
  let own: string;
  let other: string;

  beforeAll(async () => {
    t = await createTestApp({ WEERBAAR_SIGN_IN_RATE_LIMIT: '10000' });
    own = await makeTenant(t, 'Gemeente Eigen');
    other = await makeTenant(t, 'Gemeente Ander');
  });
  afterAll(() => t.cleanup());

  /**
   * For a caller in their own organisation: a still-invited member to act on, a procedure they
   * take part in (opened by them, or with them as expert), a scan that is theirs. For everyone
   * else (other organisation, anonymous) ids that exist nowhere they may look.
   */
  let surveyRound: Promise<{ id: string; token: string }> | undefined;
  const fixtures = (tenantId: string, person?: SignedIn & { role: Role }): Fixtures => ({
    async membership() {
      const beheerder = await signedIn(t, tenantId, 'beheerder');
      const r = await beheerder.client.post(`/api/organisations/${tenantId}/invitations`, {
        email: `${unique('doel')}@test.nl`,
        displayName: 'Doel',
        role: 'kandidaat',
      });
      return r.body.member.id as string;
    },
    async procedure() {
      if (!person || tenantId !== own) return randomUUID();
      const opener = person.role === 'opdrachtgever' ? person : await signedIn(t, tenantId, 'opdrachtgever');
      const expert = person.role === 'expert' ? person : await signedIn(t, tenantId, 'expert');
      const r = await opener.client.post(`/api/organisations/${tenantId}/procedures`, {
        name: 'Matrix',
        office: 'wethouder',
        instrumentId: 'weerbaarheidsscan-bestuurder',
        retentionDays: 30,
        expertMembershipIds: [expert.membershipId],
      });
      return r.body.id as string;
    },
    async scan() {
      if (!person || tenantId !== own) return randomUUID();
      const opener = await signedIn(t, tenantId, 'opdrachtgever');
      const expert = await signedIn(t, tenantId, 'expert');
      const procedure = await opener.client.post(`/api/organisations/${tenantId}/procedures`, {
        name: 'Matrix',
        office: 'wethouder',
        instrumentId: 'weerbaarheidsscan-bestuurder',
        retentionDays: 30,
        expertMembershipIds: [expert.membershipId],
      });
      // The caller's own scan when they are a candidate; someone else's otherwise.
      const email = person.role === 'kandidaat' ? person.email : `${unique('ander')}@test.nl`;
      const r = await opener.client.post(
        `/api/organisations/${tenantId}/procedures/${procedure.body.id}/candidates`,
        {
          email,
          displayName: 'Kandidaat',
        },
      );
      return r.body.scanId as string;
    },
    async scanInProcedure() {
      if (!person || tenantId !== own) return { procedureId: randomUUID(), scanId: randomUUID() };
      // The caller is the procedure's expert or its opdrachtgever, whichever they can be.
      const opener = person.role === 'opdrachtgever' ? person : await signedIn(t, tenantId, 'opdrachtgever');
      const expert = person.role === 'expert' ? person : await signedIn(t, tenantId, 'expert');
      const procedure = await opener.client.post(`/api/organisations/${tenantId}/procedures`, {
        name: 'Matrix',
        office: 'wethouder',
        instrumentId: 'weerbaarheidsscan-bestuurder',
        retentionDays: 30,
        expertMembershipIds: [expert.membershipId],
      });
      const invited = await opener.client.post(
        `/api/organisations/${tenantId}/procedures/${procedure.body.id}/candidates`,
        {
          email: `${unique('kandidaat')}@test.nl`,
          displayName: 'Kandidaat',
        },
      );
      await reportReadyWithRelease(t, tenantId, invited.body.scanId);
      return { procedureId: procedure.body.id as string, scanId: invited.body.scanId as string };
    },
    async ownRelease() {
      if (!person || tenantId !== own) return { scanId: randomUUID(), releaseId: randomUUID() };
      const scanId = await this.scan();
      return { scanId, releaseId: await reportReadyWithRelease(t, tenantId, scanId) };
    },
    async college() {
      if (!person || tenantId !== own) return randomUUID();
      const opener = person.role === 'opdrachtgever' ? person : await signedIn(t, tenantId, 'opdrachtgever');
      const expert = await signedIn(t, tenantId, 'expert');
      const people = ['Lid Een', 'Lid Twee', 'Lid Drie'].map((displayName) => ({
        displayName,
        network: mapWith(['AB', 'CD']),
      }));
      const { members } = await candidatesWithMaps(
        t,
        tenantId,
        opener,
        expert,
        person.role === 'kandidaat'
          ? [{ ...people[0]!, email: person.email, client: person.client }, ...people.slice(1)]
          : people,
      );
      const made = await opener.client.post(`/api/organisations/${tenantId}/colleges`, {
        name: 'College Matrix',
        viewerMembershipId: opener.membershipId,
        memberMembershipIds: members.map((m) => m.membershipId),
      });
      return made.body.id as string;
    },
    async electionList() {
      if (!person || tenantId !== own || person.role !== 'commissie')
        return { procedureId: randomUUID(), scanId: randomUUID() };
      const expert = await signedIn(t, tenantId, 'expert');
      const procedureId = await openList(t, tenantId, person, expert);
      const r = await person.client.post(
        `/api/organisations/${tenantId}/kandidatenlijsten/${procedureId}/kandidaten`,
        {
          email: `${unique('lijst')}@test.nl`,
          displayName: 'Kandidaat',
        },
      );
      await finishedAndReleasedToCommittee(t, tenantId, r.body.scanId as string);
      return { procedureId, scanId: r.body.scanId as string };
    },
    async surveyRound() {
      if (person && tenantId !== own) return { id: randomUUID(), token: 'x'.repeat(64) };
      surveyRound ??= (async () => {
        const beheerder = await signedIn(t, own, 'beheerder');
        const r = await beheerder.client.post(`/api/organisations/${own}/survey-rounds`, {
          questionnaireId: 'sociale-veiligheid',
          questionnaireVersion: '1.0.0',
          title: 'Matrix',
          units: ['A'],
          threshold: 5,
          sharedLink: true,
        });
        const id = r.body.id as string;
        return { id, token: sharedToken(t.deps, id) };
      })();
      return surveyRound;
    },
    async researchRelease() {
      if (!person || tenantId !== own || person.role !== 'onderzoeker') return randomUUID();
      const r = await person.client.post(`/api/organisations/${tenantId}/research/tables`, {
        rows: 'office',
        columns: 'measures',
      });
      return r.body.id as string;
    },
    async nevenfunctie() {
      if (!person || tenantId !== own || person.role !== 'kandidaat') return randomUUID();
      const mine = `/api/organisations/${tenantId}/my-nevenfuncties`;
      await person.client.call('PUT', `${mine}/office`, { office: 'wethouder' });
      const r = await person.client.post(mine, {
        function: 'Lid',
        organisation: 'Eigen club',
        paid: false,
        hoursPerMonth: null,
        startsOn: null,
        endsOn: null,
        approval: null,
      });
      return r.body.entries[0].id as string;
    },
    async publishedRegister() {
      const beheerder = await signedIn(t, own, 'beheerder');
      await beheerder.client.post(`/api/organisations/${own}/nevenfuncties/publications`, {
        period: '2025-H2',
      });
      return runScoped(t.deps.database.db, { tenantId: null, userId: null }, async (tx) => {
        const row = await tx
          .selectFrom('tenants')
          .select('slug')
          .where('id', '=', own)
          .executeTakeFirstOrThrow();
        return row.slug;
      });
    },
    async caseFile() {
      if (!person || tenantId !== own || !caseStaff.allow.includes(person.role as never)) return randomUUID();
      const r = await person.client.post(`/api/organisations/${tenantId}/case-files`, {
        title: 'Casus matrix',
        teamMembershipIds: [],
      });
      return r.body.id as string;
    },
    async normVersion() {
      if (!person || tenantId !== own) return 1;
      const beheerder = await signedIn(t, tenantId, 'beheerder');
      const org = `/api/organisations/${tenantId}`;
      const now = await beheerder.client.get(`${org}/norm`);
      const saved = await beheerder.client.call('PUT', `${org}/norm/draft`, {
        content: { nazorg: { opvang: 'De griffier belt binnen een dag.' } },
        revision: now.body.draft.revision,
      });
      const adopted = await beheerder.client.post(`${org}/norm/versions`, {
        agreedOn: '2026-12-01',
        agreedBy: ['college', 'raad'],
        revision: saved.body.draft.revision,
      });
      return adopted.body.versions[0].version as number;
    },
    async workshopRound() {
      if (!person || tenantId !== own) return randomUUID();
      const beheerder = person.role === 'beheerder' ? person : await signedIn(t, tenantId, 'beheerder');
      const { roundId } = await openDatavolwassenheidRound(beheerder, tenantId, 'Matrix');
      await beheerder.client.post(`/api/organisations/${tenantId}/survey-rounds/${roundId}/close`);
      return roundId;
    },
  });

  it('has an entry for every route, and every entry is a route', () => {
    const ids = allRoutes.map((r) => r.id).sort();
    expect(ids.filter((id) => !(id in matrix))).toEqual([]);
    expect(Object.keys(matrix).filter((id) => !ids.includes(id))).toEqual([]);
  });

  for (const route of allRoutes) {
    describe(route.id, () => {
      const expectation = matrix[route.id];

      it('anonymous callers', async () => {
        const reply = await requestFor(route.id, t.client(), own, fixtures(own));
        if (expectation?.kind === 'public') expect(denied).not.toContain(reply.status);
        else expect(reply.status).toBe(401);
      });

      for (const role of roles) {
        it(`${role} in own organisation`, async () => {
          // A fresh person per case: sign-out routes end their own session.
          const person: SignedIn = await signedIn(t, own, role);
          const reply = await requestFor(route.id, person.client, own, fixtures(own, { ...person, role }));
          const allowed =
            expectation?.kind === 'organisation'
              ? expectation.allow.includes(role)
              : expectation !== undefined;
          if (allowed) {
            expect(denied, JSON.stringify(reply.body)).not.toContain(reply.status);
            expect(reply.status).toBeLessThan(500);
          } else {
            expect(reply.status).toBe(403);
          }
        });

        if (expectation?.kind === 'organisation') {
          it(`${role} of another organisation gets 404`, async () => {
            const person = await signedIn(t, own, role);
            const reply = await requestFor(
              route.id,
              person.client,
              other,
              fixtures(other, { ...person, role }),
            );
            expect(reply.status).toBe(404);
            expect(reply.headers.get('content-type')).toContain('application/problem+json');
          });
        }
      }
    });
  }

  // The web shows pages and buttons by the abilities sent with the session. They must name exactly
  // the actions of the routes this matrix lets the role call, so the web never offers what the
  // server refuses, nor hides what it allows. One has no route of its own: every member may
  // read their organisation.
  const withoutRoute: Record<string, readonly Role[]> = {
    'organisation.read': roles,
  };
  for (const role of roles) {
    it(`the session tells a ${role} exactly what the server allows them`, async () => {
      const person = await signedIn(t, own, role);
      const session = await person.client.get('/api/auth/session');
      expect(session.status).toBe(200);
      const expected = new Set<string>();
      for (const route of allRoutes) {
        const expectation = matrix[route.id];
        if (route.organisation && expectation?.kind === 'organisation' && expectation.allow.includes(role)) {
          expected.add(route.organisation);
        }
      }
      for (const [action, allowed] of Object.entries(withoutRoute)) {
        if (allowed.includes(role)) expected.add(action);
      }
      expect([...(session.body.abilities[own] as string[])].sort()).toEqual([...expected].sort());
      // Nothing about an organisation the person is no member of.
      expect(session.body.abilities[other]).toBeUndefined();
    });
  }

  // A case file is the case team's alone: staff of the same organisation outside the team — the
  // beheerder included — get "not found" on every route that names the case.
  for (const outsider of caseStaff.allow) {
    it(`a ${outsider} outside the case team gets 404 on every case route`, async () => {
      const opener = await signedIn(t, own, 'expert');
      const stranger = await signedIn(t, own, outsider);
      const made = await opener.client.post(`/api/organisations/${own}/case-files`, {
        title: 'Casus team',
        teamMembershipIds: [],
      });
      expect(made.status).toBe(201);
      const caseFile = async () => made.body.id as string;
      for (const id of ['caseFiles.read', 'caseFiles.saveStep', 'caseFiles.close', 'caseFiles.remove']) {
        const reply = await requestFor(id, stranger.client, own, { ...fixtures(own), caseFile });
        expect(reply.status, id).toBe(404);
      }
      const list = await stranger.client.get(`/api/organisations/${own}/case-files`);
      expect(list.body.map((c: { id: string }) => c.id)).not.toContain(made.body.id);
      // The opener still reads it: nothing above changed it.
      expect((await opener.client.get(`/api/organisations/${own}/case-files/${made.body.id}`)).status).toBe(
        200,
      );
    });
  }

  it('a disabled membership loses access at the next request', async () => {
    const admin = await signedIn(t, own, 'beheerder');
    const second = await signedIn(t, own, 'beheerder');
    expect((await second.client.get(`/api/organisations/${own}/members`)).status).toBe(200);
    const r = await admin.client.patch(`/api/organisations/${own}/members/${second.membershipId}`, {
      status: 'disabled',
    });
    expect(r.status).toBe(200);
    expect((await second.client.get(`/api/organisations/${own}/members`)).status).toBe(404);
  });
});

// ── `may`: what a reply says this person may do with the resource, against what the routes do ──
//
// For each resource that carries a `may` list (a procedure, a scan as a row of it, the expert's
// read, the candidate's own scan and report with its releases), in each state that changes the
// answer (open/closed; invited … report-ready; released, revoked, expired; review required or
// optional; a reflection), and for each reader (the procedure's opdrachtgever and expert, someone
// else of the same organisation, the candidate): read the resource, then try every action's route
// on a copy in the same state. An action is in `may` exactly when its route takes it. Taking it
// may still fail on content (a finalise without judgements is a 422): the policy let it through.

/** Refusals by the policy: not signed in, forbidden, not found, not in this state. */
const refusedByPolicy = [401, 403, 404, 409];

type ScanState = 'invited' | 'started' | 'submitted' | 'in-review' | 'report-ready';
type ReleaseState = 'active' | 'revoked' | 'expired';

describe('`may` in the replies equals what the routes allow', () => {
  let t: TestApp;
  let tenant: string;
  let org: string;
  let client: SignedIn;
  let expert: SignedIn;
  let strangers: SignedIn[];

  beforeAll(async () => {
    t = await createTestApp({ WEERBAAR_SIGN_IN_RATE_LIMIT: '10000' });
    tenant = await makeTenant(t, 'Gemeente May');
    org = `/api/organisations/${tenant}`;
    client = await signedIn(t, tenant, 'opdrachtgever');
    expert = await signedIn(t, tenant, 'expert');
    // Of the same organisation, with the same roles, but not on the procedure.
    strangers = [await signedIn(t, tenant, 'opdrachtgever'), await signedIn(t, tenant, 'expert')];
  });
  afterAll(() => t.cleanup());

  const allowed = (status: number) => !refusedByPolicy.includes(status) && status < 500;

  async function openProcedure(instrumentId = 'weerbaarheidsscan-bestuurder', review?: string) {
    const r = await client.client.post(`${org}/procedures`, {
      name: 'May',
      office: instrumentId === 'weerbaarheidscheck-raadslid' ? 'raadslid' : 'wethouder',
      instrumentId,
      retentionDays: 30,
      expertMembershipIds: [expert.membershipId],
      ...(review ? { review } : {}),
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body.id as string;
  }

  /** A candidate's scan in that procedure, put in a state directly (the flow has its own tests). */
  async function scanIn(
    procedureId: string,
    state: ScanState,
    releases: readonly ReleaseState[] = [],
  ): Promise<{ scanId: string; candidate: SignedIn }> {
    const candidate = await signedIn(t, tenant, 'kandidaat');
    const invited = await client.client.post(`${org}/procedures/${procedureId}/candidates`, {
      email: candidate.email,
      displayName: 'Kandidaat',
    });
    expect(invited.status, JSON.stringify(invited.body)).toBe(201);
    const scanId = invited.body.scanId as string;
    if (state === 'invited') return { scanId, candidate };
    const procedure = await runScoped(t.deps.database.db, { tenantId: tenant, userId: null }, (tx) =>
      tx.selectFrom('procedures').selectAll().where('id', '=', procedureId).executeTakeFirstOrThrow(),
    );
    const loaded = t.deps.instruments.get(procedure.instrument_id, procedure.instrument_version)!;
    const sealed =
      state === 'started'
        ? null
        : await sealField(t.deps, { tenant_id: tenant, id: scanId }, 'evaluation', {
            instrument: { id: loaded.instrument.id, version: loaded.instrument.version, hash: loaded.hash },
            evaluatedAt: new Date().toISOString(),
            evaluation: evaluate(loaded.instrument, { answers: {} }),
          });
    const now = t.deps.now().getTime();
    await runScoped(t.deps.database.db, { tenantId: tenant, userId: null }, async (tx) => {
      await tx
        .updateTable('scans')
        .set({ status: state, evaluation_sealed: sealed })
        .where('id', '=', scanId)
        .execute();
      for (const release of releases) {
        await tx
          .insertInto('releases')
          .values({
            id: randomUUID(),
            tenant_id: tenant,
            scan_id: scanId,
            scope: 'volledig',
            until: new Date(now + (release === 'expired' ? -60_000 : 86_400_000)),
            created_at: new Date(now - 120_000),
            revoked_at: release === 'revoked' ? new Date(now - 60_000) : null,
          })
          .execute();
      }
    });
    return { scanId, candidate };
  }

  describe('a procedure', () => {
    const tryAction: Record<string, (who: SignedIn, procedureId: string) => Promise<number>> = {
      invite: async (who, p) =>
        (
          await who.client.post(`${org}/procedures/${p}/candidates`, {
            email: `${unique('nog-een')}@test.nl`,
            displayName: 'Nog een',
          })
        ).status,
      close: async (who, p) => (await who.client.post(`${org}/procedures/${p}/close`)).status,
      followUp: async (who, p) =>
        (
          await who.client.post(`${org}/procedures/${p}/follow-ups`, {
            name: 'Herhaal',
            office: 'wethouder',
            instrumentId: 'weerbaarheidsscan-bestuurder',
            retentionDays: 30,
          })
        ).status,
    };
    it('tries every action of the table', () => {
      expect(Object.keys(tryAction)).toEqual(procedureActions);
    });
    for (const closed of [false, true]) {
      for (const reader of ['opdrachtgever', 'expert'] as const) {
        it(`${closed ? 'closed' : 'open'}, read by its ${reader}`, async () => {
          const who = reader === 'opdrachtgever' ? client : expert;
          const sample = await openProcedure();
          if (closed)
            expect((await client.client.post(`${org}/procedures/${sample}/close`)).status).toBe(204);
          const read = await who.client.get(`${org}/procedures/${sample}`);
          expect(read.status).toBe(200);
          const listed = await who.client.get(`${org}/procedures`);
          const inList = listed.body.procedures.find((p: { id: string }) => p.id === sample);
          expect(inList.may).toEqual(read.body.may);
          for (const [action, attempt] of Object.entries(tryAction)) {
            // A copy in the same state for each action: taking one changes the procedure.
            const copy = await openProcedure();
            if (closed) await client.client.post(`${org}/procedures/${copy}/close`);
            const status = await attempt(who, copy);
            expect(allowed(status), `${action}: ${status}`).toBe(read.body.may.includes(action));
          }
        });
      }
    }
  });

  describe('a scan as a row of its procedure', () => {
    const rowCases: Array<{ state: ScanState; releases?: ReleaseState[]; closed?: boolean }> = [
      { state: 'invited' },
      { state: 'started' },
      { state: 'started', closed: true },
      { state: 'submitted' },
      { state: 'in-review' },
      { state: 'report-ready' },
      { state: 'report-ready', releases: ['active'] },
      { state: 'report-ready', releases: ['revoked'] },
      { state: 'report-ready', releases: ['expired'] },
    ];
    const tryAction: Record<string, (who: SignedIn, base: string) => Promise<number>> = {
      remind: async (who, base) =>
        (await who.client.post(base.replace(/\/scans\/([^/]+)$/, '/candidates/$1/reminder'))).status,
      review: async (who, base) => (await who.client.get(base)).status,
      readReport: async (who, base) => (await who.client.get(`${base}/report`)).status,
      readGuide: async (who, base) => (await who.client.get(`${base}/leidraad`)).status,
    };
    it('tries every action of the table', () => {
      expect(Object.keys(tryAction)).toEqual(procedureScanActions);
    });
    for (const { state, releases = [], closed = false } of rowCases) {
      const name = [state, ...releases.map((r) => `release ${r}`), closed ? 'procedure closed' : '']
        .filter(Boolean)
        .join(', ');
      it(name, async () => {
        const procedureId = await openProcedure();
        const { scanId } = await scanIn(procedureId, state, releases);
        if (closed) await client.client.post(`${org}/procedures/${procedureId}/close`);
        const base = `${org}/procedures/${procedureId}/scans/${scanId}`;
        for (const who of [client, expert]) {
          const read = await who.client.get(`${org}/procedures/${procedureId}`);
          const row = read.body.candidates.find((c: { scanId: string }) => c.scanId === scanId);
          for (const [action, attempt] of Object.entries(tryAction)) {
            const status = await attempt(who, base);
            expect(
              allowed(status),
              `${action} by ${who === client ? 'opdrachtgever' : 'expert'}: ${status}`,
            ).toBe(row.may.includes(action));
          }
        }
        // Someone else of the organisation reads nothing and may do nothing with it.
        for (const other of strangers) {
          expect((await other.client.get(`${org}/procedures/${procedureId}`)).status).toBe(404);
          for (const attempt of Object.values(tryAction)) {
            // 404 where their role may call the route, 403 where it may not.
            expect(refusedByPolicy).toContain(await attempt(other, base));
          }
        }
      });
    }
  });

  describe("the expert's read", () => {
    const tryAction: Record<string, (base: string) => Promise<number>> = {
      begin: async (base) => (await expert.client.post(`${base}/review`)).status,
      reopen: async (base) =>
        (await expert.client.post(`${base}/reopen`, { reason: 'Graag aanvullen.' })).status,
      notes: async (base) => (await expert.client.call('PUT', `${base}/notes`, { notes: 'Notitie' })).status,
      decide: async (base) =>
        (await expert.client.call('PUT', `${base}/decisions`, { judgements: [], measures: [] })).status,
      finalise: async (base) => (await expert.client.post(`${base}/finalise`)).status,
      downloadPdf: async (base) => (await expert.client.get(`${base}/expert-report.pdf`)).status,
    };
    const changing = new Set(['begin', 'reopen', 'finalise']);
    it('tries every action of the table', () => {
      expect(Object.keys(tryAction)).toEqual(expertScanActions);
    });
    for (const review of ['required', 'optional'] as const) {
      for (const state of ['submitted', 'in-review', 'report-ready'] as const) {
        it(`${state}, review ${review}`, async () => {
          const instrument =
            review === 'optional' ? 'weerbaarheidscheck-raadslid' : 'weerbaarheidsscan-bestuurder';
          const procedureId = await openProcedure(instrument, review);
          const sample = await scanIn(procedureId, state);
          const read = await expert.client.get(`${org}/procedures/${procedureId}/scans/${sample.scanId}`);
          expect(read.status).toBe(200);
          for (const [action, attempt] of Object.entries(tryAction)) {
            const scanId = changing.has(action) ? (await scanIn(procedureId, state)).scanId : sample.scanId;
            const status = await attempt(`${org}/procedures/${procedureId}/scans/${scanId}`);
            expect(allowed(status), `${action}: ${status}`).toBe(read.body.may.includes(action));
          }
        });
      }
    }
  });

  describe("the candidate's own scan", () => {
    const tryAction: Record<string, (who: SignedIn, own: string) => Promise<number>> = {
      answer: async (who, own) => {
        const revision = (await who.client.get(own)).body.revision as number;
        return (
          await who.client.call('PUT', `${own}/answers`, {
            baseRevision: revision,
            saveId: randomUUID(),
            changes: {},
          })
        ).status;
      },
      withdraw: async (who, own) => (await who.client.post(`${own}/withdraw`)).status,
      delete: async (who, own) => (await who.client.call('DELETE', own)).status,
      readReport: async (who, own) => (await who.client.get(`${own}/report`)).status,
      agenda: async (who, own) => (await who.client.get(`${own}/agenda`)).status,
    };
    const changing = new Set(['answer', 'withdraw', 'delete']);
    it('tries every action of the table', () => {
      expect(Object.keys(tryAction)).toEqual(ownScanActions);
      // The own report's tables are tried below, one action each.
      expect([...ownReportActions, ...releaseActions]).toEqual(['release', 'revoke']);
    });
    for (const state of ['invited', 'started', 'submitted', 'in-review', 'report-ready'] as const) {
      it(state, async () => {
        const procedureId = await openProcedure();
        const sample = await scanIn(procedureId, state);
        const own = (scanId: string) => `${org}/my-scans/${scanId}`;
        const read = await sample.candidate.client.get(own(sample.scanId));
        expect(read.status).toBe(200);
        const listed = await sample.candidate.client.get(`${org}/my-scans`);
        expect(listed.body.scans.find((s: { id: string }) => s.id === sample.scanId).may).toEqual(
          read.body.may,
        );
        for (const [action, attempt] of Object.entries(tryAction)) {
          const copy = changing.has(action) ? await scanIn(procedureId, state) : sample;
          const status = await attempt(copy.candidate, own(copy.scanId));
          expect(allowed(status), `${action}: ${status}`).toBe(read.body.may.includes(action));
        }
      });
    }
  });

  describe("the candidate's own report and its releases", () => {
    it('a scan: the report may be released; a release not revoked may be revoked, also once run out', async () => {
      const procedureId = await openProcedure();
      const { scanId, candidate } = await scanIn(procedureId, 'report-ready', [
        'active',
        'revoked',
        'expired',
      ]);
      const own = `${org}/my-scans/${scanId}`;
      const read = await candidate.client.get(`${own}/report`);
      expect(read.status).toBe(200);
      expect(read.body.releases).toHaveLength(3);
      for (const release of read.body.releases as Array<{ id: string; may: string[] }>) {
        const status = (await candidate.client.post(`${own}/releases/${release.id}/revoke`)).status;
        expect(allowed(status), `revoke: ${status}`).toBe(release.may.includes('revoke'));
      }
      const until = new Date(t.deps.now().getTime() + 86_400_000).toISOString();
      const status = (await candidate.client.post(`${own}/releases`, { scope: 'samenvatting', until }))
        .status;
      expect(allowed(status), `release: ${status}`).toBe(read.body.may.includes('release'));
      expect(read.body.may).toEqual(['release']);
    });

    it('a reflection: the report stays with the person', async () => {
      const procedureId = await openProcedure('netwerkbewustzijn-rijk');
      const { scanId, candidate } = await scanIn(procedureId, 'report-ready');
      const own = `${org}/my-scans/${scanId}`;
      const read = await candidate.client.get(`${own}/report`);
      expect(read.status).toBe(200);
      const until = new Date(t.deps.now().getTime() + 86_400_000).toISOString();
      const status = (await candidate.client.post(`${own}/releases`, { scope: 'samenvatting', until }))
        .status;
      expect(allowed(status), `release: ${status}`).toBe(read.body.may.includes('release'));
      expect(read.body.may).toEqual([]);
    });
  });
});
