import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkNewRelease,
  clientScope,
  clientStatus,
  type ScanEvent,
  type scanStatuses,
  transition,
} from '../../src/core/sharing/scan-lifecycle.ts';
import type { ReviewPolicy } from '../../src/core/vocabulary.ts';

const events: ScanEvent[] = [
  'start',
  'save',
  'submit',
  'begin-review',
  'reopen',
  'finalise',
  'withdraw',
  'delete',
];
const policies: ReviewPolicy[] = ['required', 'optional', 'none'];

function run(review: ReviewPolicy, ...steps: ScanEvent[]) {
  let status: (typeof scanStatuses)[number] = 'invited';
  for (const step of steps) {
    const t = transition(status, step, review);
    if (!t.ok) return { stuck: step, status, reason: t.reason };
    status = t.to;
  }
  return { status };
}

describe('scan lifecycle', () => {
  it('follows the main flow with a required review', () => {
    expect(run('required', 'start', 'save', 'submit', 'begin-review', 'finalise')).toEqual({
      status: 'report-ready',
    });
  });
  it('skips the review when there is none, and allows finishing without one when optional', () => {
    expect(run('none', 'start', 'submit')).toEqual({ status: 'report-ready' });
    expect(run('optional', 'start', 'submit', 'finalise')).toEqual({ status: 'report-ready' });
    expect(run('required', 'start', 'submit', 'finalise')).toMatchObject({ stuck: 'finalise' });
  });
  it('freezes answers after submission until an expert reopens', () => {
    expect(run('required', 'start', 'submit', 'save')).toMatchObject({
      stuck: 'save',
      reason: { nl: expect.stringMatching(/staan vast/), en: expect.stringMatching(/frozen/) },
    });
    expect(run('required', 'start', 'submit', 'begin-review', 'reopen', 'save')).toEqual({
      status: 'started',
    });
  });
  it('a double submit is refused, not applied twice', () => {
    expect(run('required', 'start', 'submit', 'submit')).toMatchObject({ stuck: 'submit' });
  });
  it('withdraw and delete are always possible, and nothing follows delete', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...policies),
        fc.array(fc.constantFrom(...events), { maxLength: 8 }),
        fc.constantFrom(...events),
        (review, steps, after) => {
          const reached = run(review, ...steps.filter((s) => s !== 'delete' && s !== 'withdraw'));
          const from = reached.status;
          expect(transition(from, 'delete', review)).toEqual({ ok: true, to: 'deleted' });
          if (from !== 'withdrawn')
            expect(transition(from, 'withdraw', review)).toEqual({ ok: true, to: 'withdrawn' });
          expect(transition('deleted', after, review).ok).toBe(false);
        },
      ),
    );
  });
});

describe('release', () => {
  const now = new Date('2026-11-22T12:00:00Z');
  const day = 86_400_000;
  it('only a finished report of a scan or check, until a future date within a year', () => {
    const ok = {
      status: 'report-ready' as const,
      mode: 'scan' as const,
      until: new Date(now.getTime() + 30 * day),
    };
    expect(checkNewRelease(ok, now)).toEqual({ ok: true });
    expect(checkNewRelease({ ...ok, status: 'in-review' }, now).ok).toBe(false);
    expect(checkNewRelease({ ...ok, mode: 'reflectie' }, now).ok).toBe(false);
    expect(checkNewRelease({ ...ok, until: new Date(now.getTime() - 1) }, now).ok).toBe(false);
    expect(checkNewRelease({ ...ok, until: new Date(now.getTime() + 400 * day) }, now).ok).toBe(false);
  });
  it('revocation and expiry count at once; the widest active scope wins', () => {
    const later = new Date(now.getTime() + day);
    const summary = { scope: 'samenvatting' as const, until: later, revokedAt: null };
    const full = { scope: 'volledig' as const, until: later, revokedAt: null };
    expect(clientScope([summary, full], now)).toBe('volledig');
    expect(clientScope([summary, { ...full, revokedAt: now }], now)).toBe('samenvatting');
    expect(clientScope([summary], new Date(later.getTime()))).toBeNull();
    expect(clientStatus('report-ready', [summary], now)).toBe('released');
    expect(clientStatus('report-ready', [{ ...summary, revokedAt: now }], now)).toBe('report-ready');
  });
});
