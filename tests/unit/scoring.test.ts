import { describe, expect, it } from 'vitest';
import { VERDICTS, type Verdict } from '../../src/core/pack/types.ts';
import { createRng, type Rng } from '../../src/core/random.ts';
import {
  apply,
  createSession,
  currentItem,
  INITIAL_SCORE,
  POINTS,
  scoreAnswer,
  scoreSequence,
  type Confidence,
} from '../../src/core/session/index.ts';
import { makeBalancedSpecs, makeTestPack } from '../../src/core/session/testkit.ts';

type Ans = { correct: boolean; confidence?: Confidence };

function randomAnswers(rng: Rng, n: number, pRight: number, withConfidence: boolean): Ans[] {
  return Array.from({ length: n }, () => ({
    correct: rng.next() < pRight,
    ...(withConfidence ? { confidence: rng.next() < 0.5 ? ('sure' as const) : ('unsure' as const) } : {}),
  }));
}
const rights = (xs: Ans[]): number => xs.filter((a) => a.correct).length;

describe('scoring', () => {
  it('is symmetric: every wrong verdict costs the same, whichever way', () => {
    const pack = makeTestPack(makeBalancedSpecs(3));
    const totals = new Set<string>();
    for (const item of pack.items) {
      for (const answered of VERDICTS) {
        if (answered === item.verdict) continue;
        for (const confidence of [undefined, 'sure', 'unsure'] as const) {
          const ask = confidence !== undefined;
          let s = createSession(pack, 'misses', { seed: 1, askConfidence: ask, itemIds: [item.id] });
          s = apply(pack, s, ask ? { type: 'answer', verdict: answered, confidence } : { type: 'answer', verdict: answered });
          totals.add(`${confidence}:${s.answers[0]!.points.total}`);
        }
      }
    }
    // 3 items × 2 wrong verdicts each, but only one total per confidence level.
    expect([...totals].sort()).toEqual(['sure:-50', 'undefined:0', 'unsure:0']);
  });

  it('has no time component: the score depends only on the answers', () => {
    expect(scoreAnswer.length).toBeLessThanOrEqual(3);
    const xs = randomAnswers(createRng(1), 40, 0.6, true);
    expect(scoreSequence(xs)).toEqual(scoreSequence(xs.map((a) => ({ ...a }))));
  });

  it('orders confidence: sure-right > unsure-right = plain right > unsure-wrong = plain wrong > sure-wrong', () => {
    const p = (correct: boolean, c?: Confidence): number => scoreAnswer(INITIAL_SCORE, correct, c).points.total;
    expect(p(true, 'sure')).toBeGreaterThan(p(true, 'unsure'));
    expect(p(true, 'unsure')).toBe(p(true));
    expect(p(true)).toBeGreaterThan(p(false, 'unsure'));
    expect(p(false, 'unsure')).toBe(p(false));
    expect(p(false)).toBeGreaterThan(p(false, 'sure'));
  });

  it('makes honest confidence optimal: "sure" pays in expectation exactly when p > 1/2', () => {
    const gain = (p: number): number => {
      const sure = p * scoreAnswer(INITIAL_SCORE, true, 'sure').points.total + (1 - p) * scoreAnswer(INITIAL_SCORE, false, 'sure').points.total;
      const unsure = p * scoreAnswer(INITIAL_SCORE, true, 'unsure').points.total + (1 - p) * scoreAnswer(INITIAL_SCORE, false, 'unsure').points.total;
      return sure - unsure;
    };
    for (let k = 0; k <= 100; k++) {
      const p = k / 100;
      if (p > 0.5) expect(gain(p)).toBeGreaterThan(0);
      else if (p < 0.5) expect(gain(p)).toBeLessThan(0);
      else expect(gain(p)).toBeCloseTo(0);
    }
    // A blind guess among three verdicts should not be called "sure".
    expect(gain(1 / 3)).toBeLessThan(0);
  });

  it('caps the streak bonus per round below one right answer', () => {
    const allRight = scoreSequence(Array.from({ length: 200 }, () => ({ correct: true })));
    expect(allRight.streakBonusUsed).toBe(POINTS.streakRoundCap);
    expect(allRight.points).toBe(200 * POINTS.right + POINTS.streakRoundCap);
    expect(POINTS.streakRoundCap).toBeLessThan(POINTS.right - POINTS.wrong);
    // The bonus starts at the third right answer in a row and stops after a miss.
    const s = scoreSequence([{ correct: true }, { correct: true }, { correct: true }, { correct: false }, { correct: true }, { correct: true }]);
    expect(s.points).toBe(5 * POINTS.right + POINTS.streakStep);
    expect(s.streak).toBe(2);
    expect(s.bestStreak).toBe(3);
  });

  it('accuracy dominates: more right answers always outscore fewer, whatever the streaks (confidence off)', () => {
    const rng = createRng(2026);
    for (let trial = 0; trial < 3000; trial++) {
      const n = 1 + rng.int(60);
      const a = randomAnswers(rng, n, rng.next(), false);
      const b = randomAnswers(rng, n, rng.next(), false);
      const [ra, rb] = [rights(a), rights(b)];
      const [sa, sb] = [scoreSequence(a).points, scoreSequence(b).points];
      if (ra > rb) expect(sa).toBeGreaterThan(sb);
      else if (rb > ra) expect(sb).toBeGreaterThan(sa);
    }
  });

  it('accuracy dominates the worst streak layout against the best one', () => {
    // k+1 right answers spread out (no bonus) against k right answers in one run (max bonus).
    for (let k = 0; k < 60; k++) {
      const spread: Ans[] = [];
      for (let i = 0; i <= k; i++) spread.push({ correct: true }, { correct: false });
      const run: Ans[] = [...Array.from({ length: k }, () => ({ correct: true })), ...Array.from({ length: k + 2 }, () => ({ correct: false }))];
      expect(scoreSequence(spread).points).toBeGreaterThan(scoreSequence(run).points);
    }
  });

  it('with confidence on, accuracy still dominates for the same confidence choices', () => {
    const rng = createRng(7);
    for (let trial = 0; trial < 3000; trial++) {
      const n = 1 + rng.int(40);
      const conf = Array.from({ length: n }, () => (rng.next() < 0.5 ? ('sure' as const) : ('unsure' as const)));
      const a = conf.map((confidence) => ({ confidence, correct: rng.next() < 0.5 }));
      const b = conf.map((confidence) => ({ confidence, correct: rng.next() < 0.5 }));
      // Compare players whose right answers are a superset: every right of b is right in a.
      const c = a.map((x, i) => ({ ...x, correct: x.correct || b[i]!.correct }));
      if (rights(c) > rights(b)) expect(scoreSequence(c).points).toBeGreaterThan(scoreSequence(b).points);
    }
  });

  it('scores a played session the same as scoreSequence', () => {
    const pack = makeTestPack(makeBalancedSpecs(30));
    const rng = createRng(11);
    let s = createSession(pack, 'whole', { seed: 3, askConfidence: true });
    while (s.phase !== 'summary') {
      const truth = currentItem(pack, s)!.verdict;
      const verdict: Verdict = rng.next() < 0.7 ? truth : VERDICTS.find((v) => v !== truth)!;
      s = apply(pack, s, { type: 'answer', verdict, confidence: rng.next() < 0.5 ? 'sure' : 'unsure' });
      s = apply(pack, s, { type: 'next' });
    }
    expect(s.score).toEqual(scoreSequence(s.answers));
    expect(s.score.points).toBe(s.answers.reduce((n, a) => n + a.points.total, 0));
  });
});
