// Differencing: two releases about the same population must not be subtractable. If a set of
// people shown in one release and a set shown in another differ by 1..threshold−1 people, the
// difference of the two counts is a count of that small group — a suppressed cell by another road.

export interface DifferencingConflict {
  /** index of the set in the next release */
  next: number;
  /** index of the set in an earlier release */
  earlier: number;
  /** size of the symmetric difference */
  size: number;
}

/**
 * Every pair (next set, earlier set) whose symmetric difference holds 1..threshold−1 ids. Identical
 * sets (difference 0) show nothing new. The symmetric difference, not only A \ B: sets that swap one
 * person for another also tell about both. Pairs whose sizes alone differ by ≥ threshold are
 * skipped; the others are counted with an early stop.
 */
export function differencingConflicts(
  earlier: readonly (readonly string[])[],
  next: readonly (readonly string[])[],
  threshold: number,
): DifferencingConflict[] {
  const earlierSets = earlier.map((ids) => new Set(ids));
  const conflicts: DifferencingConflict[] = [];
  next.forEach((ids, n) => {
    const set = new Set(ids);
    earlierSets.forEach((other, e) => {
      if (Math.abs(set.size - other.size) >= threshold) return;
      let size = 0;
      for (const id of set) if (!other.has(id) && ++size >= threshold) return;
      for (const id of other) if (!set.has(id) && ++size >= threshold) return;
      if (size > 0) conflicts.push({ next: n, earlier: e, size });
    });
  });
  return conflicts;
}
