import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../src/core/pack/types.ts';
import {
  balancedAccuracy,
  calibrationOf,
  computeStats,
  confusionMatrix,
  leanOf,
  type AnswerRecord,
  type Confidence,
} from '../../src/core/session/index.ts';

const C: Verdict = 'claim';
const F: Verdict = 'verified-fact';
const D: Verdict = 'disputed';

let n = 0;
function ans(actual: Verdict, answered: Verdict, extra: { skill?: string; confidence?: Confidence } = {}): AnswerRecord {
  const correct = actual === answered;
  return {
    itemId: `i${n++}`,
    actual,
    answered,
    correct,
    ...extra,
    points: { base: correct ? 100 : 0, streakBonus: 0, confidence: 0, total: correct ? 100 : 0 },
    streak: 0,
  };
}

describe('statistics', () => {
  it('computes the confusion matrix, per-verdict and balanced accuracy (hand-computed)', () => {
    // claims: 3 right, 1 called fact; facts: 1 right, 1 called disputed; disputed: 0 right, 2 called claim.
    const answers = [ans(C, C), ans(C, C), ans(C, C), ans(C, F), ans(F, F), ans(F, D), ans(D, C), ans(D, C)];
    const s = computeStats(answers);
    expect(s.matrix).toEqual({
      claim: { claim: 3, 'verified-fact': 1, disputed: 0 },
      'verified-fact': { claim: 0, 'verified-fact': 1, disputed: 1 },
      disputed: { claim: 2, 'verified-fact': 0, disputed: 0 },
    });
    expect(s.perVerdict.claim).toEqual({ right: 3, total: 4, accuracy: 0.75 });
    expect(s.perVerdict['verified-fact']).toEqual({ right: 1, total: 2, accuracy: 0.5 });
    expect(s.perVerdict.disputed).toEqual({ right: 0, total: 2, accuracy: 0 });
    expect(s.answered).toBe(8);
    expect(s.right).toBe(4);
    expect(s.accuracy).toBe(0.5);
    // Balanced: (0.75 + 0.5 + 0) / 3 = 0.41666…, not the plain 0.5.
    expect(s.balancedAccuracy).toBeCloseTo(1.25 / 3, 12);
    expect(s.missedItemIds).toEqual([answers[3]!.itemId, answers[5]!.itemId, answers[6]!.itemId, answers[7]!.itemId]);
  });

  it('averages balanced accuracy only over the verdicts that occurred', () => {
    expect(balancedAccuracy(confusionMatrix([ans(C, C), ans(C, D), ans(F, F)]))).toBeCloseTo((0.5 + 1) / 2, 12);
    expect(balancedAccuracy(confusionMatrix([]))).toBeNull();
    const empty = computeStats([]);
    expect(empty.accuracy).toBeNull();
    expect(empty.perVerdict.claim.accuracy).toBeNull();
    expect(empty.lean).toMatchObject({ lean: 'balanced', enoughData: false, index: 0 });
  });

  it('a player who always answers "disputed" has balanced accuracy 1/3 however the pack is weighted', () => {
    const answers = [...Array.from({ length: 7 }, () => ans(D, D)), ans(C, D), ans(F, D), ans(F, D)];
    const s = computeStats(answers);
    expect(s.accuracy).toBe(0.7);
    expect(s.balancedAccuracy).toBeCloseTo(1 / 3, 12);
    expect(s.lean.lean).toBe('too-suspicious');
  });

  it('classifies the lean: trusting, suspicious, balanced, and too few errors', () => {
    // Trusting errors: C→F, D→F, D→C. Suspicious: F→C, F→D, C→D.
    expect(leanOf(confusionMatrix([ans(C, F), ans(D, F), ans(D, C)]))).toEqual({
      lean: 'too-trusting',
      trusting: 3,
      suspicious: 0,
      index: 1,
      enoughData: true,
    });
    expect(leanOf(confusionMatrix([ans(F, C), ans(F, D), ans(C, D), ans(C, D), ans(D, F)]))).toMatchObject({
      lean: 'too-suspicious',
      trusting: 1,
      suspicious: 4,
      index: -0.6,
    });
    // 3 vs 1: index exactly 0.5 is at the threshold → too trusting.
    expect(leanOf(confusionMatrix([ans(C, F), ans(C, F), ans(D, C), ans(F, D)])).lean).toBe('too-trusting');
    // 2 vs 1: index 1/3, below the threshold → balanced.
    expect(leanOf(confusionMatrix([ans(C, F), ans(C, F), ans(F, D)]))).toMatchObject({ lean: 'balanced', enoughData: true });
    // Only 2 errors, both trusting: not enough to say.
    expect(leanOf(confusionMatrix([ans(C, F), ans(D, F), ans(C, C), ans(F, F)]))).toMatchObject({
      lean: 'balanced',
      enoughData: false,
      trusting: 2,
    });
    // Right answers never count towards the lean.
    expect(leanOf(confusionMatrix([ans(C, C), ans(F, F), ans(D, D), ans(D, D)])).trusting).toBe(0);
  });

  it('tallies skills with hits and misses, sorted, skipping items without a skill', () => {
    const s = computeStats([
      ans(C, C, { skill: 'self-reported-numbers' }),
      ans(C, F, { skill: 'self-reported-numbers' }),
      ans(D, D, { skill: 'dates' }),
      ans(F, F),
    ]);
    expect(s.skills).toEqual([
      { skill: 'dates', hits: 1, misses: 0 },
      { skill: 'self-reported-numbers', hits: 1, misses: 1 },
    ]);
  });

  it('computes calibration only when confidence was asked', () => {
    expect(computeStats([ans(C, C)]).calibration).toBeNull();
    const sure = (a: Verdict, b: Verdict): AnswerRecord => ans(a, b, { confidence: 'sure' });
    const unsure = (a: Verdict, b: Verdict): AnswerRecord => ans(a, b, { confidence: 'unsure' });
    const cal = calibrationOf([sure(C, C), sure(F, F), sure(D, D), sure(D, C), unsure(C, F), unsure(F, D), unsure(D, D)]);
    expect(cal).toEqual({
      sure: { right: 3, total: 4, accuracy: 0.75 },
      unsure: { right: 1, total: 3, accuracy: 1 / 3 },
      verdict: 'good',
    });
    expect(calibrationOf([sure(C, F), sure(F, D), sure(D, D)])!.verdict).toBe('overconfident');
    expect(calibrationOf([unsure(C, C), unsure(F, F), unsure(D, D)])!.verdict).toBe('underconfident');
    expect(calibrationOf([sure(C, C), unsure(F, D)])!.verdict).toBe('not-enough-data');
  });
});
