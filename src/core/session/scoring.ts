/**
 * Scoring: rewards judgement, never speed.
 *
 * - **No time component.** Nothing here knows how long an answer took.
 * - **Symmetric.** A right verdict earns `POINTS.right`; every wrong verdict earns
 *   `POINTS.wrong`, whichever verdict it was and whichever it should have been: calling a
 *   verified fact "disputed" costs exactly what calling a disputed statement a "verified
 *   fact" costs. (The lean in stats.ts reports *which way* a player errs; the score does not
 *   punish one way more than the other.)
 * - **Capped streak bonus.** Each right answer that makes a run of at least
 *   `POINTS.streakFrom` right answers earns `POINTS.streakStep`, but the bonus of a whole
 *   round never exceeds `POINTS.streakRoundCap`, which is smaller than `POINTS.right`.
 *   So, with confidence off, a player with more right answers always outscores a player with
 *   fewer, whatever their streaks: (k+1)·right + 0  >  k·right + streakRoundCap.
 * - **Confidence as an honest bet** (only when "ask how sure I am" is on). "Not sure" keeps
 *   the plain points (+100 right, 0 wrong). "Sure" adds a stake: +50 when right, −50 when
 *   wrong. If the player believes they are right with probability p, saying "sure" changes
 *   the expected score by 50·p − 50·(1 − p) = 50·(2p − 1): positive exactly when p > ½.
 *   So the score-maximising report is the honest one — "sure" means "more likely right than
 *   wrong" — the flavour of a proper scoring rule. A blind guess (p = ⅓ among three
 *   verdicts) loses 16⅔ points in expectation by being called "sure". The stakes are
 *   symmetric (+50/−50) so no amount of bluffing or hedging beats telling the truth, and
 *   sure-and-right (150) > not-sure-and-right (100) > not-sure-and-wrong (0) >
 *   sure-and-wrong (−50).
 *   With confidence on, accuracy still dominates *for the same confidence choices*, but a
 *   player who is rightly sure can outscore a slightly more accurate player who was sure
 *   and wrong: that is the point of asking.
 */

import type { Confidence, PointsBreakdown, ScoreState } from './types.ts';

export const POINTS = {
  /** Base points of a right verdict. */
  right: 100,
  /** Base points of any wrong verdict (the same whichever way it is wrong). */
  wrong: 0,
  /** Extra for "sure" and right. */
  sureRight: 50,
  /** Taken away for "sure" and wrong. Equal to `sureRight`: honest at p = ½. */
  sureWrong: 50,
  /** A right answer that makes a run of at least this many right answers earns a bonus. */
  streakFrom: 3,
  /** The bonus per such answer. */
  streakStep: 10,
  /** The most streak bonus one round can earn; must stay below `right`. */
  streakRoundCap: 50,
} as const;

export const INITIAL_SCORE: ScoreState = { points: 0, streak: 0, bestStreak: 0, streakBonusUsed: 0 };

/**
 * Scores one answer given the running score before it. Pure.
 * `confidence` is ignored (treated as not asked) when undefined.
 */
export function scoreAnswer(
  before: ScoreState,
  correct: boolean,
  confidence?: Confidence,
): { points: PointsBreakdown; after: ScoreState } {
  const base = correct ? POINTS.right : POINTS.wrong;
  const streak = correct ? before.streak + 1 : 0;
  let streakBonus = 0;
  if (correct && streak >= POINTS.streakFrom) {
    streakBonus = Math.max(0, Math.min(POINTS.streakStep, POINTS.streakRoundCap - before.streakBonusUsed));
  }
  const conf = confidence === 'sure' ? (correct ? POINTS.sureRight : -POINTS.sureWrong) : 0;
  const total = base + streakBonus + conf;
  return {
    points: { base, streakBonus, confidence: conf, total },
    after: {
      points: before.points + total,
      streak,
      bestStreak: Math.max(before.bestStreak, streak),
      streakBonusUsed: before.streakBonusUsed + streakBonus,
    },
  };
}

/** Scores a whole sequence of answers from zero. Handy for tests and for a server replay. */
export function scoreSequence(answers: readonly { correct: boolean; confidence?: Confidence }[]): ScoreState {
  let s = INITIAL_SCORE;
  for (const a of answers) s = scoreAnswer(s, a.correct, a.confidence).after;
  return s;
}

/** True when this answer reached a streak worth celebrating (3, 5, 10, …): for sound/motion. */
export function isStreakMilestone(streak: number): boolean {
  return streak === 3 || streak === 5 || (streak >= 10 && streak % 5 === 0);
}
