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
 * Every pair (next set, earlier set) whose symmetric difference holds 1..threshold−1 ids, ordered by
 * next, then earlier. Identical sets (difference 0) show nothing new. The symmetric difference, not
 * only A \ B: sets that swap one person for another also tell about both.
 *
 * Not every pair is compared: a set B within threshold − 1 of a set A misses fewer than threshold of
 * A's ids, so when A has at least threshold ids, B holds one of any threshold of them — the
 * candidates come from an index of id → earlier sets. A smaller A is compared with every earlier set
 * whose size is within threshold − 1 of its own. Each comparison stops once the difference reaches
 * the threshold.
 */
export function differencingConflicts(
  earlier: readonly (readonly string[])[],
  next: readonly (readonly string[])[],
  threshold: number,
): DifferencingConflict[] {
  const earlierSets = earlier.map((ids) => new Set(ids));
  const containing = new Map<string, number[]>();
  earlierSets.forEach((set, e) => {
    for (const id of set) {
      const list = containing.get(id);
      if (list) list.push(e);
      else containing.set(id, [e]);
    }
  });
  const bySize = earlierSets
    .map((set, e) => ({ size: set.size, e }))
    .sort((x, y) => x.size - y.size || x.e - y.e);
  const firstAtLeast = (size: number) => {
    let lo = 0;
    let hi = bySize.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (bySize[mid]!.size < size) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const conflicts: DifferencingConflict[] = [];
  next.forEach((ids, n) => {
    const set = new Set(ids);
    const candidates = new Set<number>();
    if (set.size >= threshold) {
      let taken = 0;
      for (const id of set) {
        for (const e of containing.get(id) ?? []) candidates.add(e);
        if (++taken >= threshold) break;
      }
    } else {
      const end = firstAtLeast(set.size + threshold);
      for (let i = firstAtLeast(set.size - threshold + 1); i < end; i++) candidates.add(bySize[i]!.e);
    }
    for (const e of [...candidates].sort((x, y) => x - y)) {
      const size = symmetricDifference(set, earlierSets[e]!, threshold);
      if (size > 0 && size < threshold) conflicts.push({ next: n, earlier: e, size });
    }
  });
  return conflicts;
}

/** The member sets of one release: what it showed and what it suppressed. */
export interface ReleasedSets {
  shown: readonly (readonly string[])[];
  suppressed: readonly (readonly string[])[];
}

export interface LinkedConflict extends DifferencingConflict {
  /**
   * `difference`: a shown set of each, 1..threshold−1 apart (as `differencingConflicts`);
   * `reveals`: the next release shows exactly a set the earlier one suppressed;
   * `relies`: the next release suppresses exactly a set the earlier one showed, so the attacker
   * already knows what the next release hides.
   * `next` and `earlier` index the lists (shown or suppressed) the kind names; size is 0 for the
   * last two.
   */
  kind: 'difference' | 'reveals' | 'relies';
}

/**
 * Linked tables, the stricter check: two releases about the same population must not be
 * subtractable (`differencingConflicts`), and a set one release suppresses must not be shown by the
 * other — its protection assumed it unknown. (Nearly equal sets are left to the first rule: where a
 * suppressed set and a shown one differ by a few people, the margins around them differ by the same
 * few and are caught there.) `protectTableAgainst` avoids the common case, an earlier-shown total
 * chosen as complementary.
 */
export function linkedConflicts(
  earlier: ReleasedSets,
  next: ReleasedSets,
  threshold: number,
): LinkedConflict[] {
  return [
    ...differencingConflicts(earlier.shown, next.shown, threshold).map((c) => ({
      ...c,
      kind: 'difference' as const,
    })),
    ...samePairs(next.shown, earlier.suppressed).map(([n, e]) => ({
      next: n,
      earlier: e,
      size: 0,
      kind: 'reveals' as const,
    })),
    ...samePairs(next.suppressed, earlier.shown).map(([n, e]) => ({
      next: n,
      earlier: e,
      size: 0,
      kind: 'relies' as const,
    })),
  ];
}

const keyOf = (ids: readonly string[]) => JSON.stringify([...new Set(ids)].sort());

/** Pairs (i in a, j in b) of equal sets. */
function samePairs(a: readonly (readonly string[])[], b: readonly (readonly string[])[]): [number, number][] {
  const where = new Map<string, number[]>();
  b.forEach((ids, j) => {
    const key = keyOf(ids);
    where.set(key, [...(where.get(key) ?? []), j]);
  });
  return a.flatMap((ids, i) => (where.get(keyOf(ids)) ?? []).map((j): [number, number] => [i, j]));
}

/** |a Δ b|, or `threshold` as soon as it reaches that. */
function symmetricDifference(a: ReadonlySet<string>, b: ReadonlySet<string>, threshold: number): number {
  if (Math.abs(a.size - b.size) >= threshold) return threshold;
  let size = 0;
  for (const id of a) if (!b.has(id) && ++size >= threshold) return threshold;
  for (const id of b) if (!a.has(id) && ++size >= threshold) return threshold;
  return size;
}
