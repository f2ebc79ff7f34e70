/**
 * The shape of a saved session, checked with zod, plus consistency checks zod cannot
 * express (answers match the order, the score adds up). Used when a session comes back from
 * storage or a network: anything that does not pass is refused, never half-used.
 */
import { z } from 'zod';
import { VERDICTS } from '../pack/types.ts';
import { scoreSequence } from './scoring.ts';
import { SESSION_FORMAT, type SessionState } from './types.ts';

const verdict = z.enum(VERDICTS);
const confidence = z.enum(['sure', 'unsure']);
const int = z.number().int();

const points = z.object({ base: int, streakBonus: int, confidence: int, total: int });

const answer = z.object({
  itemId: z.string(),
  actual: verdict,
  answered: verdict,
  confidence: confidence.optional(),
  correct: z.boolean(),
  skill: z.string().optional(),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  points,
  streak: int.min(0),
});

export const sessionStateSchema = z.object({
  format: z.literal(SESSION_FORMAT),
  id: z.string().min(1),
  packId: z.string().min(1),
  packFingerprint: z.string().min(1),
  mode: z.enum(['quick', 'whole', 'misses']),
  seed: int.min(0).max(0xffffffff),
  askConfidence: z.boolean(),
  order: z.array(z.string()).min(1),
  index: int.min(0),
  phase: z.enum(['question', 'reveal', 'summary']),
  answers: z.array(answer),
  score: z.object({ points: int, streak: int.min(0), bestStreak: int.min(0), streakBonusUsed: int.min(0) }),
  endedEarly: z.boolean(),
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
