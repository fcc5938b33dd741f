// A resource's rules as a table: per action, the refusal the route throws now, or null when the
// action is allowed. The operation behind the route asserts its action with `assertMay`; the reply
// that carries the resource sends `mayList` of the same table, so the web shows a button exactly
// when the route will take it (deny by default: an action the table does not list is never sent).
import type { DomainError } from '../domain-error.ts';

export type Rules<A extends string, S> = { readonly [K in A]: (subject: S) => DomainError | null };

/** The actions allowed on `subject` now, in the table's order. */
export function mayList<A extends string, S>(rules: Rules<A, S>, subject: S): A[] {
  return (Object.keys(rules) as A[]).filter((action) => rules[action](subject) === null);
}

/** Throws the refusal of `action` on `subject`, if any: what the route answers. */
export function assertMay<A extends string, S>(rules: Rules<A, S>, subject: S, action: A): void {
  const refusal = rules[action](subject);
  if (refusal) throw refusal;
}

/** The action names of a table, as a tuple for the reply schema's enum. */
export function actionsOf<A extends string>(rules: Rules<A, never>): [A, ...A[]] {
  return Object.keys(rules) as [A, ...A[]];
}
