/**
 * A hosted class as a state machine, free of any network: seats, answers, the teacher-paced
 * phases, grading at each reveal, and the views each kind of device may see. The Colyseus room
 * (src/server/room.ts) is a thin adapter around it; the unit tests drive it directly.
 *
 *     lobby --start--> question --close--> closed --reveal--> reveal --next--> question …
 *                          \________reveal_______________/        \--next (last)--> summary
 *     any phase --end--> summary (the question being asked is graded with the answers given)
 */
import { discussionPrompt } from '../discussion.ts';
import { itemIsUnreviewed } from '../pack/review.ts';
import { VERDICTS, type CompiledItem, type CompiledPack } from '../pack/types.ts';
import { createSession, type AnswerRecord, type Mode } from '../session/index.ts';
import { gradeInto, itemsInOrder, ungraded, type Graded } from './grading.ts';
import { checkNickname, nicknameKey } from './nickname.ts';
import {
  JOIN_ERRORS,
  LEADERBOARD_SIZE,
  LIMITS,
  type AnswerMessage,
  type ClassOptions,
  type HostCommand,
  type HostView,
  type Leader,
  type LoggedAnswer,
  type Phase,
  type PublicQuestion,
  type Refusal,
  type RevealPayload,
  type SeatInfo,
  type SourceInfo,
  type StudentView,
  type VerdictCounts,
} from './protocol.ts';
import type { ResumeSnapshot } from './snapshot.ts';

export interface Seat extends Graded {
  id: string;
  nickname: string;
  keyHash: string;
  removed: boolean;
  connected: boolean;
}

export type JoinResult =
  | { ok: true; seat: Seat; rejoined: boolean }
  | { ok: false; code: (typeof JOIN_ERRORS)[keyof typeof JOIN_ERRORS]; message: string };

export type Outcome = { ok: true } | { ok: false; refusal: Refusal };

const OK: Outcome = { ok: true };
const refuse = (code: Refusal['code'], message: string): Outcome => ({ ok: false, refusal: { code, message } });

const ENGINE_MODE: Record<ClassOptions['mode'], Mode> = { quick: 'quick', whole: 'whole', chosen: 'misses' };

/**
 * The items of a new session, in play order, chosen like a solo round: a quick round balanced
 * across verdicts, the whole pack, or the teacher's own choice (shuffled; one item per group).
 */
export function roundOrder(pack: CompiledPack, options: ClassOptions, seed: number): string[] {
  return createSession(pack, ENGINE_MODE[options.mode], { seed, askConfidence: false, itemIds: options.itemIds }).order;
}

export class ClassSession {
  phase: Phase = 'lobby';
  /** Position of the current question; -1 in the lobby. */
  index = -1;
  /** Epoch ms when answers close by themselves; 0 without a timer or outside a question. */
  deadline = 0;
  /** Epoch ms when the current question opened (answers' `ms` count from here). */
  private openedAt = 0;
  private readonly items: CompiledItem[];
  private readonly seats = new Map<string, Seat>();
  private readonly byKey = new Map<string, Seat>();
  private readonly byName = new Map<string, Seat>();
  /** `answers[i]`: the current answer of each seat to question i. */
  private readonly answers: Map<string, LoggedAnswer>[];
  /** Questions graded so far (each graded once, at its reveal or at the end). */
  private graded = 0;
  private seatCounter = 0;

  constructor(
    readonly code: string,
    readonly pack: CompiledPack,
    readonly options: ClassOptions,
    readonly order: readonly string[],
    private readonly now: () => number,
  ) {
    if (order.length === 0) throw new Error('A session needs at least one item.');
    this.items = itemsInOrder(pack, order);
    this.answers = order.map(() => new Map());
  }

  get total(): number {
    return this.order.length;
  }

  /** Seats, in the order they joined. */
  seatList(): Seat[] {
    return [...this.seats.values()];
  }

  seat(id: string): Seat | undefined {
    return this.seats.get(id);
  }

  // ------------------------------------------------------------------------ joining

  /** A student joins with their browser's key (hashed) and a nickname; the same key is the same seat. */
  join(keyHash: string, nickname: string): JoinResult {
    const known = this.byKey.get(keyHash);
    if (known) {
      if (known.removed) return { ok: false, code: JOIN_ERRORS.removed, message: 'Your teacher removed you from this session.' };
      return { ok: true, seat: known, rejoined: true };
    }
    if (this.phase === 'summary') return { ok: false, code: JOIN_ERRORS.over, message: 'This session is over.' };
    if (this.seats.size >= LIMITS.seats) return { ok: false, code: JOIN_ERRORS.full, message: 'This session is full.' };
    const check = checkNickname(nickname);
    if (!check.ok) return { ok: false, code: JOIN_ERRORS.nicknameInvalid, message: check.message };
    const name = nicknameKey(check.nickname);
    if (this.byName.has(name)) return { ok: false, code: JOIN_ERRORS.nicknameTaken, message: `Someone in this class is already called “${check.nickname}”. Choose another nickname.` };
    const seat = this.addSeat(`s${++this.seatCounter}`, check.nickname, keyHash, false);
    return { ok: true, seat, rejoined: false };
  }

  private addSeat(id: string, nickname: string, keyHash: string, removed: boolean): Seat {
    const seat: Seat = { id, nickname, keyHash, removed, connected: false, ...ungraded() };
    this.seats.set(id, seat);
    this.byKey.set(keyHash, seat);
    if (!removed) this.byName.set(nicknameKey(nickname), seat);
    return seat;
  }

  /** The teacher removes a student: their seat, answers and name leave the class; their key cannot come back. */
  remove(id: string): Outcome {
    const seat = this.seats.get(id);
    if (!seat || seat.removed) return refuse('unknown-seat', 'There is no such student in this session.');
    seat.removed = true;
    this.byName.delete(nicknameKey(seat.nickname));
    for (const byIndex of this.answers) byIndex.delete(id);
    return OK;
  }

  // ------------------------------------------------------------------------ answering

  answer(seatId: string, msg: AnswerMessage): { ok: true; logged: LoggedAnswer } | { ok: false; refusal: Refusal } {
    const seat = this.seats.get(seatId);
    if (!seat || seat.removed) return { ok: false, refusal: { code: 'unknown-seat', message: 'You are not in this session.' } };
    if (this.phase !== 'question') return { ok: false, refusal: { code: 'wrong-phase', message: 'Answers are closed.' } };
    if (msg.index !== this.index) return { ok: false, refusal: { code: 'stale-question', message: 'That question is no longer being asked.' } };
    if (this.options.askConfidence !== (msg.confidence !== undefined)) {
      return { ok: false, refusal: { code: 'bad-message', message: this.options.askConfidence ? 'Say how sure you are.' : 'This session does not ask how sure you are.' } };
    }
    const logged: LoggedAnswer = {
      seat: seatId,
      index: this.index,
      verdict: msg.verdict,
      ...(msg.confidence ? { confidence: msg.confidence } : {}),
      ms: Math.max(0, this.now() - this.openedAt),
    };
    this.answers[this.index]!.set(seatId, logged);
    return { ok: true, logged };
  }

  /** How many students answered the current question. */
  answeredCount(): number {
    return this.index >= 0 ? this.answers[this.index]!.size : 0;
  }

  // ------------------------------------------------------------------------ the teacher's pace

  command(cmd: Exclude<HostCommand, 'dismiss'>): Outcome {
    switch (cmd) {
      case 'start':
        if (this.phase !== 'lobby') return refuse('wrong-phase', 'The session has already started.');
        this.open(0);
        return OK;
      case 'close':
        if (this.phase !== 'question') return refuse('wrong-phase', 'There are no answers to close.');
        this.phase = 'closed';
        this.deadline = 0;
        return OK;
      case 'reveal':
        if (this.phase !== 'question' && this.phase !== 'closed') return refuse('wrong-phase', 'There is nothing to reveal.');
        this.gradeCurrent();
        this.phase = 'reveal';
        this.deadline = 0;
        return OK;
      case 'next':
        if (this.phase !== 'reveal') return refuse('wrong-phase', 'Reveal this question before moving on.');
        if (this.index + 1 >= this.total) this.phase = 'summary';
        else this.open(this.index + 1);
        return OK;
      case 'end':
        if (this.phase === 'summary') return refuse('wrong-phase', 'The session is already over.');
        if (this.phase === 'question' || this.phase === 'closed') this.gradeCurrent();
        this.phase = 'summary';
        this.deadline = 0;
        return OK;
    }
  }

  private open(index: number): void {
    this.index = index;
    this.phase = 'question';
    this.openedAt = this.now();
    this.deadline = this.options.timerSeconds > 0 ? this.openedAt + this.options.timerSeconds * 1000 : 0;
  }

  private gradeCurrent(): void {
    if (this.graded > this.index) return;
    const item = this.items[this.index]!;
    for (const a of this.answers[this.index]!.values()) gradeInto(this.seats.get(a.seat)!, item, a);
    this.graded = this.index + 1;
  }

  // ------------------------------------------------------------------------ views

  /** The quote being asked, as every device may see it. */
  publicQuestion(): PublicQuestion | null {
    if (this.phase !== 'question' && this.phase !== 'closed' && this.phase !== 'reveal') return null;
    const item = this.items[this.index]!;
    const src = this.pack.sources.find((s) => s.id === item.quote.source);
    return {
      index: this.index,
      text: item.quote.text,
      speaker: item.quote.speaker,
      outlet: src?.outlet ?? '',
      published: src?.published ?? '',
      genre: src?.genre ?? 'other',
      unreviewed: itemIsUnreviewed(this.pack, item),
    };
  }

  /** The class's answers to question `index`, by verdict. */
  counts(index = this.index): VerdictCounts {
    const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as VerdictCounts;
    for (const a of this.answers[index]?.values() ?? []) counts[a.verdict]++;
    return counts;
  }

  /** The reveal, for every device: only once the current item is revealed. */
  revealPayload(): RevealPayload | null {
    if (this.phase !== 'reveal') return null;
    const item = this.items[this.index]!;
    const cited = new Set([item.quote.source, ...item.evidence.map((e) => e.source)]);
    const sources: SourceInfo[] = this.pack.sources
      .filter((s) => cited.has(s.id))
      .map(({ text: _, ...info }) => info);
    return {
      index: this.index,
      item: {
        id: item.id,
        verdict: item.verdict,
        explanation: item.explanation,
        ...(item.skill !== undefined ? { skill: item.skill } : {}),
        quote: item.quote,
        evidence: item.evidence,
        unreviewed: itemIsUnreviewed(this.pack, item),
      },
      asOf: this.pack.updated,
      sources,
      counts: this.counts(),
      discussion: discussionPrompt(item),
    };
  }

  /** The items revealed so far, in play order (each graded item was revealed, or ended the session). */
  revealedItems(): CompiledItem[] {
    return this.items.slice(0, this.graded);
  }

  /** Items of the round not revealed yet. */
  unrevealedItems(): CompiledItem[] {
    return this.items.slice(this.graded);
  }

  /** The top of the class by points, once something was graded. */
  leaders(): Leader[] {
    if (this.graded === 0) return [];
    return this.seatList()
      .filter((s) => !s.removed)
      .sort((a, b) => b.score.points - a.score.points || (a.nickname < b.nickname ? -1 : 1))
      .slice(0, LEADERBOARD_SIZE)
      .map((s) => ({ nickname: s.nickname, points: s.score.points }));
  }

  /** What one student may see of their own seat right now. */
  studentView(seat: Seat): StudentView {
    const current = this.index >= 0 ? this.answers[this.index]!.get(seat.id) : undefined;
    const answer = current && this.phase !== 'summary' ? { index: current.index, verdict: current.verdict, ...(current.confidence ? { confidence: current.confidence } : {}) } : null;
    return {
      seat: seat.id,
      nickname: seat.nickname,
      points: seat.score.points,
      answer,
      result: this.phase === 'reveal' ? this.resultOf(seat) : null,
      records: seat.records,
    };
  }

  private resultOf(seat: Seat): AnswerRecord | null {
    if (!this.answers[this.index]!.has(seat.id)) return null;
    return seat.records[seat.records.length - 1] ?? null;
  }

  seatInfo(seat: Seat): SeatInfo {
    return { id: seat.id, nickname: seat.nickname, keyHash: seat.keyHash, connected: seat.connected, removed: seat.removed, points: seat.score.points };
  }

  /** Everything the host needs after a reload. */
  hostView(): HostView {
    return {
      code: this.code,
      order: [...this.order],
      options: this.options,
      seats: this.seatList().map((s) => this.seatInfo(s)),
      answers: this.answers.flatMap((m) => [...m.values()]),
    };
  }

  // ------------------------------------------------------------------------ resuming

  snapshot(): ResumeSnapshot {
    return {
      code: this.code,
      options: this.options,
      order: [...this.order],
      phase: this.phase,
      index: this.index,
      seats: this.seatList().map(({ id, nickname, keyHash, removed }) => ({ id, nickname, keyHash, removed })),
      answers: this.answers.flatMap((m) => [...m.values()]),
    };
  }

  /**
   * The session as the host's log describes it, after the server lost it: the same code,
   * seats, answers and phase; every revealed item graded again with the same rules.
   */
  static restore(pack: CompiledPack, snap: ResumeSnapshot, now: () => number): ClassSession {
    const s = new ClassSession(snap.code, pack, snap.options, snap.order, now);
    for (const seat of snap.seats) {
      s.addSeat(seat.id, seat.nickname, seat.keyHash, seat.removed);
      const n = Number(/^s(\d+)$/.exec(seat.id)?.[1] ?? 0);
      s.seatCounter = Math.max(s.seatCounter, n);
    }
    const active = new Set(snap.seats.filter((x) => !x.removed).map((x) => x.id));
    for (const a of snap.answers) if (active.has(a.seat)) s.answers[a.index]?.set(a.seat, a);
    s.phase = snap.phase;
    s.index = snap.index;
    const gradedThrough = snap.phase === 'reveal' || snap.phase === 'summary' ? snap.index + 1 : Math.max(0, snap.index);
    for (s.index = 0; s.index < gradedThrough; s.index++) s.gradeCurrent();
    s.index = snap.index;
    if (snap.phase === 'question') {
      // The clock restarts where the answers stopped, so the downtime does not count as thinking time.
      const latest = Math.max(0, ...[...(s.answers[s.index]?.values() ?? [])].map((a) => a.ms));
      s.openedAt = now() - latest;
      s.deadline = snap.options.timerSeconds > 0 ? now() + snap.options.timerSeconds * 1000 : 0;
    }
    return s;
  }
}
