/**
 * Everything that crosses the wire between the classroom server and its clients, typed once
 * here for both sides, with a checker for every message a client may send (the server trusts
 * nothing else) and for the JSON the clients read from the room's state.
 *
 * The room's synced state holds only what every device may see at that moment (the phase,
 * the quote being asked, the reveal once it is revealed). A student's own seat and score come
 * in messages addressed to them; the host's roster and answer log in messages to the host.
 * The answer key (verdict, explanation, evidence, skill) is in none of them before the reveal.
 */
import * as g from '../guard.ts';
import { GENRES, STANCES, VERDICTS, type Genre, type Source, type Span, type Stance, type Verdict } from '../pack/types.ts';
import type { AnswerRecord, Confidence, PointsBreakdown } from '../session/types.ts';
import { CODE_ALPHABET, CODE_LENGTH } from './code.ts';

export const ROOM_NAME = 'class';

/**
 * - `lobby`: students join; nothing asked yet.
 * - `question`: the quote is shown; students answer (and may change their answer).
 * - `closed`: answers are closed; the class's distribution may be shown, not the verdict.
 * - `reveal`: the verdict, the explanation, the evidence and the distribution.
 * - `summary`: the session is over.
 */
export const PHASES = ['lobby', 'question', 'closed', 'reveal', 'summary'] as const;
export type Phase = (typeof PHASES)[number];

export const MODES = ['quick', 'whole', 'chosen'] as const;
export type ClassMode = (typeof MODES)[number];

export const TIMER_CHOICES = [0, 20, 30, 45, 60, 90, 120] as const;

/** How the teacher set up the session. */
export interface ClassOptions {
  mode: ClassMode;
  /** The items to play, in `chosen` mode. */
  itemIds?: string[];
  /** Show the quote, speaker and source on students' devices (else only the three answers). */
  showQuote: boolean;
  /** Seconds to answer each question; 0 = no timer (the default). */
  timerSeconds: number;
  askConfidence: boolean;
  /** Show the top 5 by points after each reveal (off by default). */
  leaderboard: boolean;
}

export const DEFAULT_OPTIONS: ClassOptions = { mode: 'quick', showQuote: true, timerSeconds: 0, askConfidence: false, leaderboard: false };

export const LEADERBOARD_SIZE = 5;

/** Limits on what a client may send or upload. */
export const LIMITS = {
  /** Bytes of one WebSocket message from a client (the transport closes the socket above it). */
  messageBytes: 1024,
  /** Messages per second from one client before it is disconnected. */
  messagesPerSecond: 20,
  /** Bytes of an uploaded pack file. */
  packBytes: 8_000_000,
  /** Bytes of a resume upload (the pack plus the host's log). */
  resumeBytes: 24_000_000,
  /** Seats in one session (the engine has no cap; this stops a runaway client). */
  seats: 5000,
  /** Item ids of a `chosen` round. */
  chosenItems: 500,
} as const;

// ------------------------------------------------------------------------------ shared pieces

const CODE_RE = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);
/** Secrets the browsers make (host key, rejoin key): 22–64 URL-safe characters. */
const SECRET_RE = /^[A-Za-z0-9_-]{22,64}$/;
/** Seat ids the server makes. */
const SEAT_RE = /^[A-Za-z0-9_-]{1,32}$/;

const code = g.string({ regex: CODE_RE });
const secret = g.string({ regex: SECRET_RE });
const seatId = g.string({ regex: SEAT_RE });
const verdict = g.oneOf(VERDICTS);
const confidence = g.optional(g.oneOf(['sure', 'unsure'] as const));
const index = g.number({ int: true, min: 0, max: 100_000 });

export const classOptionsGuard = g.object({
  mode: g.oneOf(MODES),
  itemIds: g.optional(g.array(g.string({ min: 1, max: 200 }), { min: 1, max: LIMITS.chosenItems })),
  showQuote: g.boolean(),
  timerSeconds: g.oneOf(TIMER_CHOICES),
  askConfidence: g.boolean(),
  leaderboard: g.boolean(),
});

// ------------------------------------------------------------------------------ joining

/** What the host sends to create a session (`client.create(ROOM_NAME, …)`). */
export interface CreateOptions {
  /** From `POST api/packs` or `POST api/resume`: the checked pack (and the log to resume). */
  ticket: string;
  hostKey: string;
  options: ClassOptions;
}

export const TICKET_RE = /^[A-Za-z0-9_-]{16,64}$/;

export const createOptionsGuard = g.object({ ticket: g.string({ regex: TICKET_RE }), hostKey: secret, options: classOptionsGuard });

/** What a device sends to join (`client.joinById(code, …)`). */
export type JoinOptions =
  | { role: 'host'; hostKey: string }
  /** `key` is made by the student's browser and kept there: the same key is the same seat. */
  | { role: 'student'; key: string; nickname: string };

export const joinOptionsGuard: g.Guard<JoinOptions> = g.refine(
  g.object({ role: g.oneOf(['host', 'student'] as const), hostKey: g.optional(secret), key: g.optional(secret), nickname: g.optional(g.string({ max: 200 })) }),
  (o, issue) => {
    if (o.role === 'host' && !o.hostKey) issue(['hostKey'], 'required');
    if (o.role === 'student' && (!o.key || o.nickname === undefined)) issue(['key'], 'a student joins with a key and a nickname');
  },
) as g.Guard<JoinOptions>;

/** Why a join was refused: the error code the SDK's join promise rejects with. */
export const JOIN_ERRORS = {
  badRequest: 4400,
  nicknameInvalid: 4401,
  nicknameTaken: 4402,
  notHost: 4403,
  removed: 4404,
  over: 4405,
  full: 4406,
} as const;

/** WebSocket close codes the server uses on purpose, so a client does not try to come back. */
export const CLOSE = { removed: 4801, replaced: 4802, dismissed: 4803 } as const;

// ------------------------------------------------------------------------------ client → server
// A student sends `answer`; the host `remove` and the HOST_COMMANDS; both may request `sync`
// (their own view: StudentView or HostView) and `source` (a SourceReply). Anything else closes
// the socket.

/** A student's answer to the question at `index` (may be sent again to change it). */
export interface AnswerMessage {
  index: number;
  verdict: Verdict;
  confidence?: Confidence;
}

export const answerGuard = g.object({ index, verdict, confidence });

/** The host's commands, one message type each (no payload but `remove`'s seat). */
export const HOST_COMMANDS = ['start', 'close', 'reveal', 'next', 'end', 'dismiss'] as const;
export type HostCommand = (typeof HOST_COMMANDS)[number];

export const removeGuard = g.object({ seat: seatId });
export const sourceRequestGuard = g.object({ id: g.string({ min: 1, max: 200 }) });

// ------------------------------------------------------------------------------ server → client

/** The synced state's fields as a client reads them (the JSON strings are checked with the guards below). */
export interface PublicState {
  code: string;
  title: string;
  phase: Phase;
  /** The question's place in the round (0-based); -1 in the lobby. */
  index: number;
  total: number;
  askConfidence: boolean;
  showQuote: boolean;
  leaderboard: boolean;
  /** Epoch milliseconds when answers close by themselves; 0 without a timer. */
  deadline: number;
  /** JSON of `PublicQuestion` during question, closed and reveal; '' otherwise. */
  question: string;
  /** JSON of `RevealPayload` during the reveal; '' otherwise. */
  reveal: string;
  /** JSON of `Leader[]` when the leaderboard is on and something was revealed; '' otherwise. */
  leaders: string;
  hostOnline: boolean;
}

/** What a device may see of the item being asked: the quote and where it comes from, nothing of its answer. */
export interface PublicQuestion {
  index: number;
  text: string;
  speaker: string;
  outlet: string;
  published: string;
  genre: Genre;
  /** The item carries a review mark ("not reviewed"). */
  unreviewed: boolean;
}

/** A source as a reveal cites it: all but its text. */
export type SourceInfo = Omit<Source, 'text'>;

/** The item as revealed: everything the reveal shows, sent to every device at the reveal. */
export interface RevealedItem {
  id: string;
  verdict: Verdict;
  explanation: string;
  skill?: string;
  quote: { source: string; text: string; speaker: string; span: Span };
  evidence: Array<{ source: string; text: string; stance: Stance; note?: string; span: Span }>;
  unreviewed: boolean;
}

export type VerdictCounts = Record<Verdict, number>;

export interface RevealPayload {
  index: number;
  item: RevealedItem;
  /** The pack's date: the verdicts hold "as of" it. */
  asOf: string;
  /** The sources the quote and the evidence cite (without their text: ask with `source`). */
  sources: SourceInfo[];
  /** How the class answered. */
  counts: VerdictCounts;
  discussion: string;
}

export interface Leader {
  nickname: string;
  points: number;
}

/** A student's own view: the reply to their `sync` request. */
export interface StudentView {
  seat: string;
  nickname: string;
  points: number;
  /** Their answer to the current question, if they gave one. */
  answer: AnswerMessage | null;
  /** Their result for the item being revealed (reveal phase only). */
  result: AnswerRecord | null;
  /** Their graded answers so far, in play order (only revealed items). */
  records: AnswerRecord[];
}

/** One seat as the host sees it. `keyHash` lets a resumed session recognise the student. */
export interface SeatInfo {
  id: string;
  nickname: string;
  keyHash: string;
  connected: boolean;
  removed: boolean;
  points: number;
}

/** One answer in the host's log. `ms`: from the question opening to this answer. */
export interface LoggedAnswer {
  seat: string;
  index: number;
  verdict: Verdict;
  confidence?: Confidence;
  ms: number;
}

/** The host's `sync` reply: all it needs to rebuild its screens and its log after a reload. */
export interface HostView {
  code: string;
  order: string[];
  options: ClassOptions;
  seats: SeatInfo[];
  answers: LoggedAnswer[];
}

/** Messages the server sends, by type. */
export interface ServerMessages {
  /** To a student: their answer was received (the reply to each `answer`). */
  got: AnswerMessage;
  /** To each student at a reveal (their record of it, null without an answer) and at the end. */
  result: { index: number; record: AnswerRecord | null; points: number };
  /** To the host: seats that joined, left, came back or changed points. */
  seats: SeatInfo[];
  /** To the host: answers as they arrive. */
  answers: LoggedAnswer[];
  /** To the sender of a command or answer that was not accepted. */
  refused: Refusal;
}

export interface Refusal {
  code: 'wrong-phase' | 'not-host' | 'bad-message' | 'unknown-seat' | 'stale-question' | 'not-revealed' | 'rate-limited';
  message: string;
}

/** Reply to a `source` request: the source's text, with passages of items not yet revealed elided. */
export interface SourceReply {
  source: SourceInfo & { text: string };
  /** Where the revealed excerpts of this source now sit in `text`: by item, and excerpt -1 (the quote) or the evidence's index. */
  spans: Array<{ itemId: string; excerpt: number; span: Span }>;
}

// ------------------------------------------------------------------------------ guards for what clients read

const span = g.object({ start: g.number({ int: true, min: 0 }), end: g.number({ int: true, min: 0 }) });
const genre = g.oneOf(GENRES);
const str = g.string();

export const publicQuestionGuard: g.Guard<PublicQuestion> = g.object({
  index,
  text: str,
  speaker: str,
  outlet: str,
  published: str,
  genre,
  unreviewed: g.boolean(),
});

const sourceInfo = {
  id: str,
  title: str,
  outlet: str,
  author: g.optional(str),
  published: str,
  url: g.optional(str),
  genre,
};

const counts = g.object({ claim: g.number({ min: 0 }), 'verified-fact': g.number({ min: 0 }), disputed: g.number({ min: 0 }) });

export const revealGuard: g.Guard<RevealPayload> = g.object({
  index,
  item: g.object({
    id: str,
    verdict,
    explanation: str,
    skill: g.optional(str),
    quote: g.object({ source: str, text: str, speaker: str, span }),
    evidence: g.array(g.object({ source: str, text: str, stance: g.oneOf(STANCES), note: g.optional(str), span })),
    unreviewed: g.boolean(),
  }),
  asOf: str,
  sources: g.array(g.object(sourceInfo)),
  counts,
  discussion: str,
});

export const leadersGuard: g.Guard<Leader[]> = g.array(g.object({ nickname: str, points: g.number() }));

const pointsGuard: g.Guard<PointsBreakdown> = g.object({ base: g.number(), streakBonus: g.number(), confidence: g.number(), total: g.number() });

const recordGuard: g.Guard<AnswerRecord> = g.object({
  itemId: str,
  actual: verdict,
  answered: verdict,
  confidence,
  correct: g.boolean(),
  skill: g.optional(str),
  difficulty: g.optional(g.oneOf([1, 2, 3] as const)),
  points: pointsGuard,
  streak: g.number({ int: true, min: 0 }),
});

export const studentViewGuard: g.Guard<StudentView> = g.object({
  seat: str,
  nickname: str,
  points: g.number(),
  answer: g.nullable(answerGuard),
  result: g.nullable(recordGuard),
  records: g.array(recordGuard),
});

export const seatInfoGuard: g.Guard<SeatInfo> = g.object({
  id: seatId,
  nickname: str,
  keyHash: g.string({ regex: /^[0-9a-f]{16,64}$/ }),
  connected: g.boolean(),
  removed: g.boolean(),
  points: g.number(),
});

export const loggedAnswerGuard: g.Guard<LoggedAnswer> = g.object({ seat: seatId, index, verdict, confidence, ms: g.number({ min: 0 }) });

export const hostViewGuard: g.Guard<HostView> = g.object({
  code,
  order: g.array(str, { min: 1 }),
  options: classOptionsGuard,
  seats: g.array(seatInfoGuard),
  answers: g.array(loggedAnswerGuard),
});

export const sourceReplyGuard: g.Guard<SourceReply> = g.object({
  source: g.object({ ...sourceInfo, text: str }),
  spans: g.array(g.object({ itemId: str, excerpt: g.number({ int: true, min: -1 }), span })),
});

/** Parses a JSON state field with its guard; null when empty or not what it should be. */
export function readJsonField<T>(text: string, guard: g.Guard<T>): T | null {
  if (!text) return null;
  try {
    const r = guard.safeParse(JSON.parse(text));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}
