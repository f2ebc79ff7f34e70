import type { Verdict } from '../pack/types.ts';

/** How the items of a game are chosen. */
export type Mode = 'quick' | 'whole' | 'misses';

/** The player's confidence, asked only when the session was created with `askConfidence`. */
export type Confidence = 'sure' | 'unsure';

/**
 * Where a session is:
 * - `question`: the current item is shown; waiting for `answer`.
 * - `reveal`: the current item was answered; the evidence is shown; waiting for `next`.
 * - `summary`: the game is over (terminal); show `summarize(state)`.
 */
export type Phase = 'question' | 'reveal' | 'summary';

/** The format tag of a saved session; bumped when its shape changes. */
export const SESSION_FORMAT = 'sourced-session@1';

export interface SessionOptions {
  /** Seed of the item selection and order. Same pack + mode + options + seed = same game. */
  seed: number | string;
  /** Ask "sure / not sure" with each answer (changes the scoring, see scoring.ts). */
  askConfidence: boolean;
  /** The items to replay, for mode `misses` (ids unknown to the pack are dropped). */
  itemIds?: readonly string[];
  /** Items in a `quick` round; default `QUICK_ROUND_SIZE` (10). */
  quickSize?: number;
  /** An id for this game (e.g. with a timestamp); default `<packId>:<mode>:<seed hex>`. */
  id?: string;
}

/** One answered item. Carries the answer key and skill, so statistics need no pack. */
export interface AnswerRecord {
  itemId: string;
  /** The correct verdict (from the pack). */
  actual: Verdict;
  /** What the player answered. */
  answered: Verdict;
  /** Present only when confidence was asked. */
  confidence?: Confidence;
  correct: boolean;
  /** The item's `skill` tag, when it has one. */
  skill?: string;
  difficulty?: 1 | 2 | 3;
  /** Points this answer earned (may be negative when sure and wrong); see `PointsBreakdown`. */
  points: PointsBreakdown;
  /** The run of consecutive right answers after this answer (0 after a wrong one). */
  streak: number;
}

/** How an answer's points were made up. `total = base + streakBonus + confidence`. */
export interface PointsBreakdown {
  /** `POINTS.right` for a right verdict, `POINTS.wrong` (0) for any wrong one. */
  base: number;
  /** Streak bonus actually granted (after the per-round cap). */
  streakBonus: number;
  /** The confidence stake: + for sure-and-right, − for sure-and-wrong, 0 otherwise. */
  confidence: number;
  total: number;
}

/** Running score of a session. */
export interface ScoreState {
  points: number;
  /** Current run of consecutive right answers. */
  streak: number;
  bestStreak: number;
  /** Streak bonus granted so far this round (capped at `POINTS.streakRoundCap`). */
  streakBonusUsed: number;
}

/**
 * A game in progress, as plain JSON: `JSON.parse(JSON.stringify(state))` is an equal,
 * fully working state. Never mutated: every action returns a new object.
 */
export interface SessionState {
  format: typeof SESSION_FORMAT;
  /** Identifies this game (derived from pack, mode and seed unless given). */
  id: string;
  packId: string;
  /** `fingerprintPack(pack)` at creation: a resumed game whose pack changed is detected. */
  packFingerprint: string;
  mode: Mode;
  /** The seed as a 32-bit integer (after `toSeed`). */
  seed: number;
  askConfidence: boolean;
  /** Item ids in play order. Never empty. */
  order: string[];
  /** Index in `order` of the current item (equals `order.length` in `summary` after the last item). */
  index: number;
  phase: Phase;
  /** Answers in the order given; `answers[i]` is the answer to `order[i]`. */
  answers: AnswerRecord[];
  score: ScoreState;
  /** True when the player ended the game before the last item (`end` action). */
  endedEarly: boolean;
}

/** What the player (or a teacher's console) can do. */
export type SessionAction =
  /** In `question`: answer the current item. `confidence` is required iff `askConfidence`. */
  | { type: 'answer'; verdict: Verdict; confidence?: Confidence }
  /** In `reveal`: go to the next item, or to `summary` after the last one. */
  | { type: 'next' }
  /** In `question` or `reveal`: stop now and go to `summary` with the answers given so far. */
  | { type: 'end' };

export type SessionErrorCode =
  | 'wrong-phase'
  | 'bad-action'
  | 'bad-verdict'
  | 'confidence-required'
  | 'confidence-not-asked'
  | 'pack-mismatch'
  | 'item-missing'
  | 'no-items'
  | 'bad-options'
  | 'bad-state';

/** A rejected action or an impossible session. Plain data, so it can cross a network. */
export interface SessionErrorInfo {
  code: SessionErrorCode;
  message: string;
}

/** Thrown by `createSession` and `apply` (the throwing variant of `step`). */
export class SessionError extends Error implements SessionErrorInfo {
  readonly code: SessionErrorCode;
  constructor(code: SessionErrorCode, message: string) {
    super(message);
    this.name = 'SessionError';
    this.code = code;
  }
}

/**
 * The result of `step`. On rejection `state` is the unchanged input state (same object),
 * so a caller can always keep using `result.state`.
 */
export type StepResult =
  | { ok: true; state: SessionState; event: SessionEvent }
  | { ok: false; state: SessionState; error: SessionErrorInfo };

/** What just happened, for sound cues and animation (answer/right/wrong/streak/finish). */
export type SessionEvent =
  | { type: 'answered'; answer: AnswerRecord; streakMilestone: boolean }
  | { type: 'advanced'; index: number }
  | { type: 'finished'; endedEarly: boolean };

/** Whether a saved session can continue with this pack. */
export type ResumeCheck =
  | { ok: true }
  | { ok: false; reason: 'bad-state' | 'pack-mismatch' | 'pack-changed'; message: string };
