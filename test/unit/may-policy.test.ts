// The rule table every resource policy is written in (src/server/policies/may.ts): `mayList` is
// exactly the actions whose rule has no refusal, in the table's order; `assertMay` throws that
// refusal and nothing else.
import { describe, expect, it } from 'vitest';
import { conflict, DomainError } from '../../src/server/domain-error.ts';
import { actionsOf, assertMay, mayList, type Rules } from '../../src/server/policies/may.ts';

const rules = {
  open: (s) => (s.locked ? conflict('locked', { nl: 'Op slot.', en: 'Locked.' }) : null),
  look: () => null,
  burn: () => conflict('never', { nl: 'Nooit.', en: 'Never.' }),
} as const satisfies Rules<string, { locked: boolean }>;

describe('may policy', () => {
  it('lists the allowed actions in the order of the table', () => {
    expect(mayList(rules, { locked: false })).toEqual(['open', 'look']);
    expect(mayList(rules, { locked: true })).toEqual(['look']);
    expect(actionsOf(rules)).toEqual(['open', 'look', 'burn']);
  });

  it('asserts an action by throwing its own refusal', () => {
    expect(() => assertMay(rules, { locked: false }, 'open')).not.toThrow();
    let caught: unknown;
    try {
      assertMay(rules, { locked: true }, 'open');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DomainError);
    expect((caught as DomainError).code).toBe('locked');
    expect(() => assertMay(rules, { locked: false }, 'burn')).toThrow(DomainError);
  });
});
