/**
 * The class's results, from the host's log: per student (the solo game's statistics over their
 * answers), per item (share right, distribution) and for the whole class (the confusion matrix
 * of every answer, its balanced accuracy and lean, the hardest items). Built on
 * src/core/session's statistics, never a second implementation of them.
 */
import { VERDICTS, type CompiledItem, type Verdict } from '../pack/types.ts';
import { balancedAccuracy, computeStats, confusionMatrix, leanOf, type ConfusionMatrix, type GameStats, type LeanDetail } from '../session/index.ts';
import { gradeLog, latestAnswers, type Graded } from './grading.ts';
import type { LoggedAnswer, VerdictCounts } from './protocol.ts';
import type { SnapshotSeat } from './snapshot.ts';

export interface ItemResult {
  index: number;
  item: CompiledItem;
  counts: VerdictCounts;
  answered: number;
  right: number;
  /** right / answered, or null with no answers. */
  share: number | null;
}

export interface StudentResult {
  seat: SnapshotSeat;
  points: number;
  stats: GameStats;
  /** Their last answer to each played item (by index), for the report. */
  answers: Map<number, LoggedAnswer>;
}

export interface ClassStats {
  /** Items played (graded), in play order. */
  items: ItemResult[];
  /** Students not removed, in the order they joined. */
  students: StudentResult[];
  answered: number;
  matrix: ConfusionMatrix;
  balancedAccuracy: number | null;
  lean: LeanDetail;
  /** Up to three items the class got wrong most often (at least one wrong answer each). */
  hardest: ItemResult[];
}

const HARDEST = 3;

/**
 * @param items  the round's items in play order (`itemsInOrder`)
 * @param played how many of them were graded (revealed, or ended on)
 */
export function classStats(items: readonly CompiledItem[], played: number, seats: readonly SnapshotSeat[], answers: readonly LoggedAnswer[]): ClassStats {
  const active = seats.filter((s) => !s.removed);
  const ids = new Set(active.map((s) => s.id));
  const kept = answers.filter((a) => ids.has(a.seat) && a.index < played);
  const graded = gradeLog(items, played, kept);
  const byIndex = latestAnswers(kept, items.length);

  const itemResults = items.slice(0, played).map((item, index): ItemResult => {
    const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
    for (const a of byIndex[index]!.values()) counts[a.verdict]++;
    const answered = VERDICTS.reduce((n, v) => n + counts[v], 0);
    const right = counts[item.verdict];
    return { index, item, counts, answered, right, share: answered ? right / answered : null };
  });

  const students = active.map((seat): StudentResult => {
    const g: Graded = graded.get(seat.id) ?? { score: { points: 0, streak: 0, bestStreak: 0, streakBonusUsed: 0 }, records: [] };
    const mine = new Map<number, LoggedAnswer>();
    byIndex.forEach((m, i) => {
      const a = m.get(seat.id);
      if (a) mine.set(i, a);
    });
    return { seat, points: g.score.points, stats: computeStats(g.records), answers: mine };
  });

  const all = [...graded.values()].flatMap((g) => g.records);
  const matrix = confusionMatrix(all);
  const hardest = itemResults
    .filter((r) => r.answered > r.right)
    .sort((a, b) => (a.share ?? 1) - (b.share ?? 1) || b.answered - a.answered || a.index - b.index)
    .slice(0, HARDEST);
  return { items: itemResults, students, answered: all.length, matrix, balancedAccuracy: balancedAccuracy(matrix), lean: leanOf(matrix), hardest };
}
