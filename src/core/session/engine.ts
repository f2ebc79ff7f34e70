import { VERDICTS, type CompiledItem, type CompiledPack, type Verdict } from '../pack/types.ts';
import { createRng, shuffle, toSeed } from '../random.ts';
import { fingerprintPack } from './fingerprint.ts';
import { parseSessionState } from './schema.ts';
import { INITIAL_SCORE, isStreakMilestone, scoreAnswer } from './scoring.ts';
import { oneOfEachGroup, QUICK_ROUND_SIZE, selectQuick } from './select.ts';
import { computeStats, type GameStats } from './stats.ts';
import {
  SESSION_FORMAT,
  SessionError,
  type AnswerRecord,
  type Confidence,
  type Mode,
  type ResumeCheck,
  type ScoreState,
  type SessionAction,
  type SessionErrorCode,
  type SessionOptions,
  type SessionState,
  type StepResult,
} from './types.ts';

const MODES: readonly Mode[] = ['quick', 'whole', 'misses'];

/**
 * Creates a game at its first question. Deterministic: the same pack, mode and options
 * (seed included) always give the same items in the same order.
 *
 * @throws SessionError `bad-options` (unknown mode, bad seed or size) or `no-items`
 *   (empty pack, or `misses` with no id the pack knows).
 */
export function createSession(pack: CompiledPack, mode: Mode, options: SessionOptions): SessionState {
  if (!MODES.includes(mode)) throw new SessionError('bad-options', `Unknown mode "${String(mode)}".`);
  let seed: number;
  try {
    seed = toSeed(options.seed);
  } catch {
    throw new SessionError('bad-options', `The seed must be a finite number or a string.`);
  }
  const rng = createRng(seed);
  // Items of one group give each other away: no round, of any mode, holds two of them.
  const playable = oneOfEachGroup(pack.items, rng);
  let chosen: CompiledItem[];
  if (mode === 'quick') {
    const size = options.quickSize ?? QUICK_ROUND_SIZE;
    if (!Number.isInteger(size) || size < 1) {
      throw new SessionError('bad-options', `A quick round needs a whole number of items ≥ 1, got ${size}.`);
    }
    chosen = selectQuick(playable, size, rng);
  } else if (mode === 'whole') {
    chosen = shuffle(playable, rng);
  } else {
    if (options.itemIds !== undefined && !Array.isArray(options.itemIds)) {
      throw new SessionError('bad-options', 'itemIds must be a list of item ids.');
    }
    const wanted = new Set(options.itemIds ?? []);
    // Replaying misses: among the missed items, still one of each group.
    chosen = shuffle(
      oneOfEachGroup(
        pack.items.filter((it) => wanted.has(it.id)),
        rng,
      ),
      rng,
    );
  }
  if (chosen.length === 0) {
    throw new SessionError(
      'no-items',
      mode === 'misses' ? 'There are no missed items of this pack to replay.' : 'This pack has no items to play.',
    );
  }
  return {
    format: SESSION_FORMAT,
    id: options.id || `${pack.id}:${mode}:${seed.toString(16).padStart(8, '0')}`,
    packId: pack.id,
    packFingerprint: fingerprintPack(pack),
    mode,
    seed,
    askConfidence: options.askConfidence === true,
    order: chosen.map((it) => it.id),
    index: 0,
    phase: 'question',
    answers: [],
    score: { ...INITIAL_SCORE },
    endedEarly: false,
  };
}

function reject(state: SessionState, code: SessionErrorCode, message: string): StepResult {
  return { ok: false, state, error: { code, message } };
}

/**
 * The reducer: applies one action and returns the next state, or rejects the action and
 * returns the *same* state object with an error. Never throws on bad input, never mutates.
 * The pack supplies the answer key; it must be the session's pack (same id).
 */
export function step(pack: CompiledPack, state: SessionState, action: SessionAction): StepResult {
  if (!action || typeof action !== 'object' || typeof (action as { type?: unknown }).type !== 'string') {
    return reject(state, 'bad-action', 'An action must be an object with a "type".');
  }
  if (pack.id !== state.packId) {
    return reject(state, 'pack-mismatch', `This game is for pack "${state.packId}", not "${pack.id}".`);
  }
  switch (action.type) {
    case 'answer': {
      if (state.phase !== 'question') {
        return reject(state, 'wrong-phase', `Cannot answer during the ${state.phase}: the item was already answered.`);
      }
      if (!VERDICTS.includes(action.verdict)) {
        return reject(state, 'bad-verdict', `"${String(action.verdict)}" is not a verdict (claim, verified-fact, disputed).`);
      }
      const confidence = action.confidence;
      if (state.askConfidence && confidence !== 'sure' && confidence !== 'unsure') {
        return reject(state, 'confidence-required', 'This game asks how sure you are: answer with "sure" or "unsure".');
      }
      if (!state.askConfidence && confidence !== undefined) {
        return reject(state, 'confidence-not-asked', 'This game does not ask for confidence; leave it out.');
      }
      const itemId = state.order[state.index];
      const item = pack.items.find((it) => it.id === itemId);
      if (!item) return reject(state, 'item-missing', `Item "${itemId}" is not in this version of the pack.`);
      const { answer, after } = recordAnswer(item, action.verdict, confidence, state.score);
      return {
        ok: true,
        state: { ...state, phase: 'reveal', answers: [...state.answers, answer], score: after },
        event: { type: 'answered', answer, streakMilestone: answer.correct && isStreakMilestone(after.streak) },
      };
    }
    case 'next': {
      if (state.phase !== 'reveal') {
        return reject(
          state,
          'wrong-phase',
          state.phase === 'question' ? 'Answer the item before moving on.' : 'The game is over.',
        );
      }
      const index = state.index + 1;
      if (index >= state.order.length) {
        return { ok: true, state: { ...state, index, phase: 'summary' }, event: { type: 'finished', endedEarly: false } };
      }
      return { ok: true, state: { ...state, index, phase: 'question' }, event: { type: 'advanced', index } };
    }
    case 'end': {
      if (state.phase === 'summary') return reject(state, 'wrong-phase', 'The game is already over.');
      const endedEarly = state.answers.length < state.order.length;
      // Ended on the last reveal: the same summary state as pressing Next there (index past the end).
      const index = endedEarly ? state.index : state.order.length;
      return { ok: true, state: { ...state, index, phase: 'summary', endedEarly }, event: { type: 'finished', endedEarly } };
    }
    default:
      return reject(state, 'bad-action', `Unknown action "${String((action as { type: unknown }).type)}".`);
  }
}

/**
 * Grades one answer to `item` after the running score `before`: the record (with the answer
 * key and skill) and the score after it. `step` uses it, and so does a hosted class, which
 * grades every student's answer to the same item with the same rules.
 */
export function recordAnswer(
  item: CompiledItem,
  verdict: Verdict,
  confidence: Confidence | undefined,
  before: ScoreState,
): { answer: AnswerRecord; after: ScoreState } {
  const correct = verdict === item.verdict;
  const { points, after } = scoreAnswer(before, correct, confidence);
  const answer: AnswerRecord = {
    itemId: item.id,
    actual: item.verdict,
    answered: verdict,
    ...(confidence !== undefined ? { confidence } : {}),
    correct,
    ...(item.skill !== undefined ? { skill: item.skill } : {}),
    ...(item.difficulty !== undefined ? { difficulty: item.difficulty } : {}),
    points,
    streak: after.streak,
  };
  return { answer, after };
}

/** Like `step`, but throws a `SessionError` when the action is rejected. */
export function apply(pack: CompiledPack, state: SessionState, action: SessionAction): SessionState {
  const r = step(pack, state, action);
  if (!r.ok) throw new SessionError(r.error.code, r.error.message);
  return r.state;
}

/**
 * Can this saved session (any JSON value) continue with this pack? Checks the session's
 * shape and consistency, the pack id, and the pack fingerprint.
 */
export function checkResume(pack: CompiledPack, saved: unknown): ResumeCheck {
  const state = parseSessionState(saved);
  if (!state) return { ok: false, reason: 'bad-state', message: 'The saved game could not be read.' };
  if (state.packId !== pack.id) {
    return { ok: false, reason: 'pack-mismatch', message: `The saved game is for pack "${state.packId}", not "${pack.id}".` };
  }
  if (state.packFingerprint !== fingerprintPack(pack)) {
    return {
      ok: false,
      reason: 'pack-changed',
      message: `The pack "${pack.title}" has changed since this game was started, so it cannot be resumed.`,
    };
  }
  return { ok: true };
}

// ---------------------------------------------------------------------------------------
// Selectors

/** Id of the item being asked or revealed; undefined in the summary. */
export function currentItemId(state: SessionState): string | undefined {
  return state.phase === 'summary' ? undefined : state.order[state.index];
}

/** The item being asked or revealed; undefined in the summary or if the pack lacks it. */
export function currentItem(pack: CompiledPack, state: SessionState): CompiledItem | undefined {
  const id = currentItemId(state);
  return id === undefined ? undefined : pack.items.find((it) => it.id === id);
}

/** The answer just given, during the reveal; undefined otherwise. */
export function currentAnswer(state: SessionState): AnswerRecord | undefined {
  return state.phase === 'reveal' ? state.answers[state.answers.length - 1] : undefined;
}

/** "Item 3 of 10": `position` is 1-based; in the summary it equals `total` (or answers given). */
export function progressOf(state: SessionState): { position: number; total: number; answered: number } {
  const total = state.order.length;
  const position = state.phase === 'summary' ? Math.min(total, state.answers.length) : state.index + 1;
  return { position, total, answered: state.answers.length };
}

export interface SessionSummary {
  sessionId: string;
  packId: string;
  mode: Mode;
  points: number;
  bestStreak: number;
  /** Items in the round. */
  total: number;
  endedEarly: boolean;
  askConfidence: boolean;
  stats: GameStats;
}

/** The end-of-game summary (also valid mid-game, over the answers given so far). */
export function summarize(state: SessionState): SessionSummary {
  return {
    sessionId: state.id,
    packId: state.packId,
    mode: state.mode,
    points: state.score.points,
    bestStreak: state.score.bestStreak,
    total: state.order.length,
    endedEarly: state.endedEarly,
    askConfidence: state.askConfidence,
    stats: computeStats(state.answers),
  };
}
