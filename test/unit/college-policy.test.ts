// The rules on one college (src/server/policies/college.ts): who may agree, and when the combined
// view may be shown — in every state that changes the answer.
import { describe, expect, it } from 'vitest';
import { type CollegeSubject, collegeActions, collegeRules } from '../../src/server/policies/college.ts';
import { mayList } from '../../src/server/policies/may.ts';

const subject = (change: Partial<CollegeSubject>): CollegeSubject => ({
  parts: ['member'],
  members: 5,
  agreed: 5,
  mapsAvailable: true,
  ...change,
});

describe('collegeRules', () => {
  it('lists exactly its actions', () => {
    expect(collegeActions).toEqual(['consent', 'stack']);
  });

  it('lets a member agree whatever the others chose, and nobody else', () => {
    expect(collegeRules.consent(subject({ agreed: 0 }))).toBeNull();
    expect(collegeRules.consent(subject({ parts: ['viewer'] }))?.kind).toBe('not-found');
    expect(collegeRules.consent(subject({ parts: [] }))?.kind).toBe('not-found');
  });

  it('shows the stack only when every member agreed and every map is there', () => {
    expect(mayList(collegeRules, subject({}))).toEqual(['consent', 'stack']);
    expect(mayList(collegeRules, subject({ parts: ['viewer'] }))).toEqual(['stack']);
    expect(collegeRules.stack(subject({ agreed: 4 }))?.code).toBe('college-waiting');
    expect(collegeRules.stack(subject({ agreed: 0, members: 5 }))?.code).toBe('college-waiting');
    expect(collegeRules.stack(subject({ mapsAvailable: false }))?.code).toBe('college-unavailable');
    expect(collegeRules.stack(subject({ parts: [] }))?.kind).toBe('not-found');
  });
});
