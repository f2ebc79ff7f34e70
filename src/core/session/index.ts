/**
 * The session engine: one game of Sourced as a serialisable state machine.
 *
 *     question --answer--> reveal --next--> question ... reveal --next--> summary
 *           \________________ end (either phase) ________________________/
 *
 * Usage:
 *
 *     const s0 = createSession(pack, 'quick', { seed: 42, askConfidence: false });
 *     const r = step(pack, s0, { type: 'answer', verdict: 'claim' });
 *     if (!r.ok) showError(r.error.message);       // r.state === s0, untouched
 *     else if (r.event.type === 'answered') play(r.event.answer.correct ? 'right' : 'wrong');
 *     ... step(pack, state, { type: 'next' }) ...
 *     summarize(state)                              // points + GameStats
 *
 * The state is plain JSON (store it, send it, `checkResume(pack, saved)` before reusing it).
 * Pure TypeScript: no DOM, no storage, no clock, no Math.random (the seed is an input).
 */
export * from './types.ts';
export {
  createSession,
  step,
  apply,
  recordAnswer,
  checkResume,
  currentItemId,
  currentItem,
  currentAnswer,
  progressOf,
  summarize,
  type SessionSummary,
} from './engine.ts';
export { QUICK_ROUND_SIZE, selectQuick, oneOfEachGroup, playableCount } from './select.ts';
export { POINTS, INITIAL_SCORE, scoreAnswer, scoreSequence, isStreakMilestone } from './scoring.ts';
export {
  computeStats,
  confusionMatrix,
  perVerdictAccuracy,
  balancedAccuracy,
  leanOf,
  skillTallies,
  calibrationOf,
  emptyMatrix,
  TRUST_RANK,
  LEAN_MIN_ERRORS,
  LEAN_THRESHOLD,
  CALIBRATION_MIN,
  type ConfusionMatrix,
  type Tally,
  type Lean,
  type LeanDetail,
  type SkillTally,
  type Calibration,
  type GameStats,
} from './stats.ts';
export { fingerprintPack, hash53 } from './fingerprint.ts';
export { parseSessionState, explainSessionState, sessionStateSchema } from './schema.ts';
