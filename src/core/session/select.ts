import { VERDICTS, type CompiledItem, type Verdict } from '../pack/types.ts';
import { shuffle, type Rng } from '../random.ts';

/** Items in a quick round. */
export const QUICK_ROUND_SIZE = 10;

/**
 * At most one item of each `group` (items that give each other away, such as two tellings of
 * one figure), chosen by the seed; items without a group all stay. The kept items keep their
 * order. A pack without groups is returned as it is, without drawing from the seed, so its
 * rounds are the same as before groups existed.
 */
export function oneOfEachGroup(items: readonly CompiledItem[], rng: Rng): CompiledItem[] {
  if (!items.some((it) => it.group !== undefined)) return [...items];
  const chosen = new Map<string, CompiledItem>();
  for (const it of shuffle(items.filter((i) => i.group !== undefined), rng)) {
    if (!chosen.has(it.group!)) chosen.set(it.group!, it);
  }
  const kept = new Set(chosen.values());
  return items.filter((it) => it.group === undefined || kept.has(it));
}

/** How many items a round can hold at most: one per group, plus every item without one. */
export function playableCount(items: readonly CompiledItem[]): number {
  const groups = new Set<string>();
  let loose = 0;
  for (const it of items) {
    if (it.group === undefined) loose++;
    else groups.add(it.group);
  }
  return loose + groups.size;
}

/**
 * Picks `size` items (or all, if fewer) balanced across the three verdicts as evenly as the
 * pack allows, with mixed difficulties, in a seeded order.
 *
 * 1. Slots go one at a time to the verdict with the fewest slots so far that still has
 *    items left (ties broken by a seeded order of the verdicts), so the counts differ by at
 *    most one unless a verdict runs out.
 * 2. Within a verdict, items are taken round-robin across difficulty buckets (1, 2, 3,
 *    unrated; bucket order and items within a bucket shuffled), so difficulties mix.
 * 3. The chosen items are shuffled.
 */
export function selectQuick(items: readonly CompiledItem[], size: number, rng: Rng): CompiledItem[] {
  const n = Math.min(size, items.length);
  const byVerdict = new Map<Verdict, CompiledItem[]>();
  for (const v of VERDICTS) byVerdict.set(v, mixDifficulties(items.filter((it) => it.verdict === v), rng));
  const verdictOrder = shuffle(VERDICTS, rng);
  const quota = new Map<Verdict, number>(VERDICTS.map((v) => [v, 0]));
  for (let k = 0; k < n; k++) {
    let best: Verdict | undefined;
    for (const v of verdictOrder) {
      if (quota.get(v)! >= byVerdict.get(v)!.length) continue;
      if (best === undefined || quota.get(v)! < quota.get(best)!) best = v;
    }
    if (best === undefined) break; // cannot happen: n ≤ items.length
    quota.set(best, quota.get(best)! + 1);
  }
  const chosen = VERDICTS.flatMap((v) => byVerdict.get(v)!.slice(0, quota.get(v)!));
  return shuffle(chosen, rng);
}

/** Orders items so that consecutive picks cycle through the difficulty buckets. */
function mixDifficulties(items: readonly CompiledItem[], rng: Rng): CompiledItem[] {
  const keys = [1, 2, 3, 0] as const;
  const buckets = keys
    .map((d) => shuffle(items.filter((it) => (it.difficulty ?? 0) === d), rng))
    .filter((b) => b.length > 0);
  const order = shuffle(buckets, rng);
  const out: CompiledItem[] = [];
  for (let i = 0; out.length < items.length; i++) {
    for (const b of order) if (i < b.length) out.push(b[i]!);
  }
  return out;
}
