// The scan rules (src/server/policies/scan.ts) as a table per reader: what each state allows,
// written out by hand so a rule changed there without changing here is red. Deny by default: a
// state not named for an action refuses it, with the code the route answers. That the replies'
// `may` and the routes agree is proved in test/api/access-matrix.db.test.ts.
import { describe, expect, it } from 'vitest';
import { type Release, type ScanStatus, scanStatuses } from '../../src/core/sharing/scan-lifecycle.ts';
import { mayList } from '../../src/server/policies/may.ts';
import {
  expertScanRules,
  ownReportRules,
  ownScanRules,
  procedureScanRules,
  releaseRules,
} from '../../src/server/policies/scan.ts';

const now = new Date('2026-12-01T12:00:00Z');
const day = 86_400_000;
const active: Release = { scope: 'volledig', until: new Date(now.getTime() + day), revokedAt: null };
const expired: Release = { scope: 'volledig', until: new Date(now.getTime() - 1), revokedAt: null };
const revoked: Release = { scope: 'volledig', until: new Date(now.getTime() + day), revokedAt: now };

describe('scan policy: the candidate', () => {
  it('answers while invited or started; reads report and agenda once ready; leaves at any time', () => {
    const expected: Record<ScanStatus, string[]> = {
      invited: ['answer', 'withdraw', 'delete'],
      started: ['answer', 'withdraw', 'delete'],
      submitted: ['withdraw', 'delete'],
      'in-review': ['withdraw', 'delete'],
      'report-ready': ['withdraw', 'delete', 'readReport', 'agenda'],
      withdrawn: ['delete'],
      deleted: [],
    };
    for (const status of scanStatuses) {
      expect(mayList(ownScanRules, { status, review: 'required' }), status).toEqual(expected[status]);
    }
  });

  it('refuses with the codes the routes answer', () => {
    expect(ownScanRules.answer({ status: 'submitted', review: 'required' })?.code).toBe('scan-frozen');
    expect(ownScanRules.withdraw({ status: 'withdrawn', review: 'required' })?.code).toBe('scan-removed');
    expect(ownScanRules.readReport({ status: 'in-review', review: 'required' })?.code).toBe(
      'report-not-ready',
    );
    expect(ownScanRules.agenda({ status: 'started', review: 'required' })?.code).toBe('report-not-ready');
  });

  it('releases a finished report, never a reflection; revokes what is not revoked yet', () => {
    expect(mayList(ownReportRules, { status: 'report-ready', mode: 'scan' })).toEqual(['release']);
    expect(mayList(ownReportRules, { status: 'report-ready', mode: 'check' })).toEqual(['release']);
    expect(mayList(ownReportRules, { status: 'report-ready', mode: 'reflectie' })).toEqual([]);
    expect(mayList(ownReportRules, { status: 'in-review', mode: 'scan' })).toEqual([]);
    expect(ownReportRules.release({ status: 'in-review', mode: 'scan' })?.code).toBe('release-refused');
    expect(mayList(releaseRules, active)).toEqual(['revoke']);
    expect(mayList(releaseRules, expired)).toEqual(['revoke']);
    expect(mayList(releaseRules, revoked)).toEqual([]);
  });
});

describe('scan policy: the assigned expert', () => {
  it('begins, judges, finalises and reopens by the review policy', () => {
    const expected: Record<string, string[]> = {
      'submitted/required': ['begin', 'reopen', 'notes'],
      'in-review/required': ['reopen', 'notes', 'decide', 'finalise'],
      'report-ready/required': ['notes', 'downloadPdf'],
      'submitted/optional': ['begin', 'reopen', 'notes', 'decide', 'finalise'],
      'in-review/optional': ['reopen', 'notes', 'decide', 'finalise'],
      'report-ready/optional': ['notes', 'downloadPdf'],
      'started/required': [],
      'invited/optional': [],
      'withdrawn/required': [],
    };
    for (const [key, may] of Object.entries(expected)) {
      const [status, review] = key.split('/') as [ScanStatus, 'required' | 'optional'];
      expect(mayList(expertScanRules, { status, review }), key).toEqual(may);
    }
    expect(expertScanRules.decide({ status: 'submitted', review: 'required' })?.code).toBe('wrong-state');
    expect(expertScanRules.notes({ status: 'started', review: 'required' })?.code).toBe('not-submitted');
  });
});

describe('scan policy: a scan as a row of its procedure', () => {
  const row = (
    roles: Array<'opdrachtgever' | 'expert'>,
    status: ScanStatus,
    releases: Release[] = [],
    procedureStatus: 'open' | 'closed' = 'open',
  ) => mayList(procedureScanRules, { roles, procedureStatus, status, releases, now });

  it('the opdrachtgever reminds while open and not submitted, and reads only what is released now', () => {
    expect(row(['opdrachtgever'], 'invited')).toEqual(['remind']);
    expect(row(['opdrachtgever'], 'started')).toEqual(['remind']);
    expect(row(['opdrachtgever'], 'started', [], 'closed')).toEqual([]);
    expect(row(['opdrachtgever'], 'submitted')).toEqual([]);
    expect(row(['opdrachtgever'], 'report-ready')).toEqual([]);
    expect(row(['opdrachtgever'], 'report-ready', [active])).toEqual(['readReport', 'readGuide']);
    expect(row(['opdrachtgever'], 'report-ready', [revoked, expired])).toEqual([]);
    expect(row(['opdrachtgever'], 'in-review', [active])).toEqual([]);
  });

  it('the expert reviews and reads the guide once submitted, never the released report', () => {
    expect(row(['expert'], 'started')).toEqual([]);
    for (const status of ['submitted', 'in-review', 'report-ready'] as const) {
      expect(row(['expert'], status, [active]), status).toEqual(['review', 'readGuide']);
    }
  });

  it('both parts add up; the refusals are the routes', () => {
    expect(row(['opdrachtgever', 'expert'], 'report-ready', [active])).toEqual([
      'review',
      'readReport',
      'readGuide',
    ]);
    const subject = { roles: ['expert'] as const, procedureStatus: 'open' as const, releases: [], now };
    expect(procedureScanRules.remind({ ...subject, status: 'started' })?.kind).toBe('not-found');
    expect(procedureScanRules.readReport({ ...subject, status: 'report-ready' })?.kind).toBe('not-found');
    const client = { ...subject, roles: ['opdrachtgever'] as const };
    expect(procedureScanRules.readReport({ ...client, status: 'report-ready' })?.code).toBe('not-released');
    expect(procedureScanRules.remind({ ...client, status: 'submitted' })?.code).toBe('nothing-to-remind');
  });
});
