/**
 * Statistics of a game, computed from its answers alone (each `AnswerRecord` carries the
 * answer key, skill and confidence), so a summary needs no pack and can be recomputed on a
 * server from a saved session.
 *
 * ## The lean
 *
 * Order the verdicts by how much trust they grant a statement:
 *
 *     disputed (0)  <  claim (1)  <  verified-fact (2)
 *
 * Every wrong answer then goes one way or the other:
 * - **trusting error**: answered *higher* than the truth — a claim or a disputed statement
 *   called a verified fact, or a disputed statement taken as a mere claim (the
 *   contradiction missed);
 * - **suspicious error**: answered *lower* than the truth — a verified fact or a claim
 *   called disputed, or a verified fact doubted as a mere claim (the corroboration missed).
 *
 * With T trusting and S suspicious errors, n = T + S, and index = (T − S) / n in [−1, 1]:
 * - fewer than `LEAN_MIN_ERRORS` (3) errors: **balanced** (`enoughData: false`: too few
 *   mistakes to say which way the player leans);
 * - index ≥ `LEAN_THRESHOLD` (½, i.e. T ≥ 3·S): **too trusting**;
 * - index ≤ −½ (S ≥ 3·T): **too suspicious**;
 * - otherwise **balanced**.
 * Counts, not rates, are used: quick rounds are balanced across verdicts, so each direction
 * has a similar number of chances to occur.
 */

import { VERDICTS, type Verdict } from '../pack/types.ts';
import type { AnswerRecord, Confidence } from './types.ts';

/** `matrix[actual][answered]` = how many items of verdict `actual` were answered `answered`. */
export type ConfusionMatrix = Record<Verdict, Record<Verdict, number>>;

export interface Tally {
  right: number;
  total: number;
  /** right / total, or null when total is 0. */
  accuracy: number | null;
}

export type Lean = 'too-trusting' | 'too-suspicious' | 'balanced';

export interface LeanDetail {
  lean: Lean;
  /** Errors that granted more trust than the evidence does. */
  trusting: number;
  /** Errors that granted less trust than the evidence does. */
  suspicious: number;
  /** (trusting − suspicious) / (trusting + suspicious), or 0 with no errors. */
  index: number;
  /** False when there were too few errors to tell (the lean is then 'balanced'). */
  enoughData: boolean;
}

export interface SkillTally {
  skill: string;
  hits: number;
  misses: number;
}

export interface Calibration {
  sure: Tally;
  unsure: Tally;
  /**
   * 'overconfident': "sure" answers were right no more than half the time (at least
   * `CALIBRATION_MIN` of them); 'underconfident': "not sure" answers were right more than
   * half the time (at least `CALIBRATION_MIN` of them) — they could have been "sure";
   * 'good' otherwise with enough data; 'not-enough-data' below that.
   */
  verdict: 'good' | 'overconfident' | 'underconfident' | 'not-enough-data';
}

export interface GameStats {
  answered: number;
  right: number;
  /** right / answered, or null with no answers. */
  accuracy: number | null;
  matrix: ConfusionMatrix;
  perVerdict: Record<Verdict, Tally>;
  /** Mean of the per-verdict accuracies over the verdicts that occurred; null with no answers. */
  balancedAccuracy: number | null;
  lean: LeanDetail;
  /** Skills practised, sorted by name; items without a skill are not listed. */
  skills: SkillTally[];
  /** Present when confidence was asked (at least one answer carries a confidence). */
  calibration: Calibration | null;
  /** Ids of the items answered wrongly, in play order. */
  missedItemIds: string[];
}

export const LEAN_MIN_ERRORS = 3;
export const LEAN_THRESHOLD = 0.5;
export const CALIBRATION_MIN = 3;

/** Trust rank of a verdict: disputed 0 < claim 1 < verified-fact 2. */
export const TRUST_RANK: Record<Verdict, number> = { disputed: 0, claim: 1, 'verified-fact': 2 };

export function emptyMatrix(): ConfusionMatrix {
  const row = (): Record<Verdict, number> => ({ claim: 0, 'verified-fact': 0, disputed: 0 });
  return { claim: row(), 'verified-fact': row(), disputed: row() };
}

export function confusionMatrix(answers: readonly Pick<AnswerRecord, 'actual' | 'answered'>[]): ConfusionMatrix {
  const m = emptyMatrix();
  for (const a of answers) m[a.actual][a.answered]++;
  return m;
}

function tally(right: number, total: number): Tally {
  return { right, total, accuracy: total === 0 ? null : right / total };
}

export function perVerdictAccuracy(matrix: ConfusionMatrix): Record<Verdict, Tally> {
  const out = {} as Record<Verdict, Tally>;
  for (const v of VERDICTS) {
    const total = VERDICTS.reduce((n, w) => n + matrix[v][w], 0);
    out[v] = tally(matrix[v][v], total);
  }
  return out;
}

export function balancedAccuracy(matrix: ConfusionMatrix): number | null {
  const accs = Object.values(perVerdictAccuracy(matrix))
    .map((t) => t.accuracy)
    .filter((a): a is number => a !== null);
  return accs.length === 0 ? null : accs.reduce((a, b) => a + b, 0) / accs.length;
}

export function leanOf(matrix: ConfusionMatrix): LeanDetail {
  let trusting = 0;
  let suspicious = 0;
  for (const actual of VERDICTS) {
    for (const answered of VERDICTS) {
      const n = matrix[actual][answered];
      if (TRUST_RANK[answered] > TRUST_RANK[actual]) trusting += n;
      else if (TRUST_RANK[answered] < TRUST_RANK[actual]) suspicious += n;
    }
  }
  const errors = trusting + suspicious;
  const index = errors === 0 ? 0 : (trusting - suspicious) / errors;
  const enoughData = errors >= LEAN_MIN_ERRORS;
  let lean: Lean = 'balanced';
  if (enoughData && index >= LEAN_THRESHOLD) lean = 'too-trusting';
  else if (enoughData && index <= -LEAN_THRESHOLD) lean = 'too-suspicious';
  return { lean, trusting, suspicious, index, enoughData };
}

export function skillTallies(answers: readonly Pick<AnswerRecord, 'skill' | 'correct'>[]): SkillTally[] {
  const by = new Map<string, SkillTally>();
  for (const a of answers) {
    if (!a.skill) continue;
    const t = by.get(a.skill) ?? { skill: a.skill, hits: 0, misses: 0 };
    if (a.correct) t.hits++;
    else t.misses++;
    by.set(a.skill, t);
  }
  return [...by.values()].sort((a, b) => (a.skill < b.skill ? -1 : a.skill > b.skill ? 1 : 0));
}

export function calibrationOf(
  answers: readonly Pick<AnswerRecord, 'confidence' | 'correct'>[],
): Calibration | null {
  const asked = answers.filter((a): a is typeof a & { confidence: Confidence } => a.confidence !== undefined);
  if (asked.length === 0) return null;
  const t = (c: Confidence): Tally => {
    const xs = asked.filter((a) => a.confidence === c);
    return tally(xs.filter((a) => a.correct).length, xs.length);
  };
  const sure = t('sure');
  const unsure = t('unsure');
  let verdict: Calibration['verdict'] = 'not-enough-data';
  if (sure.total >= CALIBRATION_MIN && sure.accuracy! <= 0.5) verdict = 'overconfident';
  else if (unsure.total >= CALIBRATION_MIN && unsure.accuracy! > 0.5) verdict = 'underconfident';
  else if (sure.total >= CALIBRATION_MIN || unsure.total >= CALIBRATION_MIN) verdict = 'good';
  return { sure, unsure, verdict };
}

/** All statistics of a list of answers. */
export function computeStats(answers: readonly AnswerRecord[]): GameStats {
  const matrix = confusionMatrix(answers);
  const right = answers.filter((a) => a.correct).length;
  return {
    answered: answers.length,
    right,
    accuracy: answers.length === 0 ? null : right / answers.length,
    matrix,
    perVerdict: perVerdictAccuracy(matrix),
    balancedAccuracy: balancedAccuracy(matrix),
    lean: leanOf(matrix),
    skills: skillTallies(answers),
    calibration: calibrationOf(answers),
    missedItemIds: answers.filter((a) => !a.correct).map((a) => a.itemId),
  };
}
