/**
 * What the host's browser keeps of a session, and uploads to resume it on a server that lost
 * it (restarted, or another process): enough to rebuild every seat and score exactly.
 */
import * as g from '../guard.ts';
import { CODE_ALPHABET, CODE_LENGTH } from './code.ts';
import { classOptionsGuard, LIMITS, loggedAnswerGuard, PHASES, type ClassOptions, type LoggedAnswer, type Phase } from './protocol.ts';

export interface SnapshotSeat {
  id: string;
  nickname: string;
  keyHash: string;
  removed: boolean;
}

export interface ResumeSnapshot {
  code: string;
  options: ClassOptions;
  /** Item ids in play order. */
  order: string[];
  phase: Phase;
  index: number;
  seats: SnapshotSeat[];
  answers: LoggedAnswer[];
}

export const resumeSnapshotGuard: g.Guard<ResumeSnapshot> = g.refine(
  g.object({
    code: g.string({ regex: new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`) }),
    options: classOptionsGuard,
    order: g.array(g.string({ min: 1, max: 200 }), { min: 1, max: 10_000 }),
    phase: g.oneOf(PHASES),
    index: g.number({ int: true, min: -1 }),
    seats: g.array(
      g.object({
        id: g.string({ regex: /^[A-Za-z0-9_-]{1,32}$/ }),
        nickname: g.string({ min: 1, max: 200 }),
        keyHash: g.string({ regex: /^[0-9a-f]{16,64}$/ }),
        removed: g.boolean(),
      }),
      { max: LIMITS.seats },
    ),
    answers: g.array(loggedAnswerGuard, { max: 2_000_000 }),
  }),
  (s, issue) => {
    if (s.index >= s.order.length) issue(['index'], 'past the end of the round');
    const asking = s.phase === 'question' || s.phase === 'closed' || s.phase === 'reveal';
    if ((s.phase === 'lobby' && s.index !== -1) || (asking && s.index < 0)) issue(['index'], `does not fit the phase "${s.phase}"`);
    const ids = new Set<string>();
    const keys = new Set<string>();
    s.seats.forEach((seat, i) => {
      if (ids.has(seat.id)) issue(['seats', i, 'id'], 'duplicate seat');
      if (keys.has(seat.keyHash)) issue(['seats', i, 'keyHash'], 'duplicate key');
      ids.add(seat.id);
      keys.add(seat.keyHash);
    });
    s.answers.forEach((a, i) => {
      if (!ids.has(a.seat)) issue(['answers', i, 'seat'], 'unknown seat');
      if (a.index > s.index) issue(['answers', i, 'index'], 'an answer to a question not asked yet');
    });
  },
);
