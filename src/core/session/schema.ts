/**
 * The shape of a saved session, checked with the small guards of ../guard.ts (no schema
 * library in the game's first download), plus consistency checks zod cannot
 * express (answers match the order, the score adds up). Used when a session comes back from
 * storage or a network: anything that does not pass is refused, never half-used.
 */
import { array, boolean, number, object, oneOf, optional, string } from '../guard.ts';
import { VERDICTS } from '../pack/types.ts';
import { scoreSequence } from './scoring.ts';
import { SESSION_FORMAT, type SessionState } from './types.ts';

const verdict = oneOf(VERDICTS);
const confidence = oneOf(['sure', 'unsure']);
const int = number({ int: true });
const count = number({ int: true, min: 0 });

const points = object({ base: int, streakBonus: int, confidence: int, total: int });

const answer = object({
  itemId: string(),
  actual: verdict,
  answered: verdict,
  confidence: optional(confidence),
  correct: boolean(),
  skill: optional(string()),
  difficulty: optional(oneOf([1, 2, 3])),
  points,
  streak: count,
});

export const sessionStateSchema = object({
  format: oneOf([SESSION_FORMAT]),
  id: string({ min: 1 }),
  packId: string({ min: 1 }),
  packFingerprint: string({ min: 1 }),
  mode: oneOf(['quick', 'whole', 'misses']),
  seed: number({ int: true, min: 0, max: 0xffffffff }),
  askConfidence: boolean(),
  order: array(string(), { min: 1 }),
  index: count,
  phase: oneOf(['question', 'reveal', 'summary']),
  answers: array(answer),
  score: object({ points: int, streak: count, bestStreak: count, streakBonusUsed: count }),
  endedEarly: boolean(),
});

/** Returns why a parsed session is inconsistent, or null when it is consistent. */
function inconsistency(s: SessionState): string | null {
  const n = s.answers.length;
  if (new Set(s.order).size !== s.order.length) return 'duplicate items in order';
  if (n > s.order.length) return 'more answers than items';
  if (s.index > s.order.length) return 'index past the end';
  for (let i = 0; i < n; i++) {
    const a = s.answers[i]!;
    if (a.itemId !== s.order[i]) return `answer ${i} is not for item ${i}`;
    if (a.correct !== (a.actual === a.answered)) return `answer ${i} is marked wrongly`;
    if ((a.confidence !== undefined) !== s.askConfidence) return `answer ${i} confidence does not match the game`;
  }
  if (s.phase === 'question' && n !== s.index) return 'question phase but the item is answered';
  if (s.phase === 'reveal' && n !== s.index + 1) return 'reveal phase but the item is not answered';
  if (s.phase === 'summary' && !s.endedEarly && (n !== s.order.length || s.index !== s.order.length)) {
    return 'summary before the last item without endedEarly';
  }
  const expected = scoreSequence(s.answers);
  if (
    expected.points !== s.score.points ||
    expected.streak !== s.score.streak ||
    expected.bestStreak !== s.score.bestStreak ||
    expected.streakBonusUsed !== s.score.streakBonusUsed
  ) {
    return 'the score does not add up';
  }
  return null;
}

/** Parses a saved session (any JSON value). Returns null when the shape or content is wrong. */
export function parseSessionState(data: unknown): SessionState | null {
  const r = sessionStateSchema.safeParse(data);
  if (!r.success) return null;
  const s = r.data as SessionState;
  return inconsistency(s) === null ? s : null;
}

/** Like `parseSessionState` but says what is wrong, for logs and tests. */
export function explainSessionState(data: unknown): string | null {
  const r = sessionStateSchema.safeParse(data);
  if (!r.success) return r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  return inconsistency(r.data as SessionState);
}
