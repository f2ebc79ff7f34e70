import { describe, expect, it } from 'vitest';
import { ClassSession, roundOrder } from '../../src/core/classroom/session.ts';
import { DEFAULT_OPTIONS, JOIN_ERRORS, type ClassOptions } from '../../src/core/classroom/protocol.ts';
import { resumeSnapshotGuard } from '../../src/core/classroom/snapshot.ts';
import type { CompiledPack, Verdict } from '../../src/core/pack/types.ts';
import { withUnreviewedMark } from '../../src/core/pack/review.ts';
import { INITIAL_SCORE, scoreAnswer } from '../../src/core/session/index.ts';
import { makeBalancedSpecs, makeTestPack } from '../../src/core/session/testkit.ts';

const pack = makeTestPack(makeBalancedSpecs(12));
const KEY = (n: number) => n.toString(16).padStart(32, '0');

function clock(start = 1_000_000) {
  let t = start;
  const now = () => t;
  return { now, advance: (ms: number) => (t += ms) };
}

function newClass(options: Partial<ClassOptions> = {}, p: CompiledPack = pack) {
  const c = clock();
  const opts = { ...DEFAULT_OPTIONS, ...options };
  const s = new ClassSession('KXRTM', p, opts, roundOrder(p, opts, 42), c.now);
  return { s, c };
}

const verdictAt = (s: ClassSession, i: number): Verdict => pack.items.find((it) => it.id === s.order[i])!.verdict;
const wrong = (v: Verdict): Verdict => (v === 'claim' ? 'disputed' : 'claim');

describe('roundOrder', () => {
  it('chooses like a solo round', () => {
    expect(roundOrder(pack, { ...DEFAULT_OPTIONS, mode: 'quick' }, 1)).toHaveLength(10);
    expect(new Set(roundOrder(pack, { ...DEFAULT_OPTIONS, mode: 'whole' }, 1)).size).toBe(12);
    const chosen = roundOrder(pack, { ...DEFAULT_OPTIONS, mode: 'chosen', itemIds: ['item-3', 'item-1', 'nope'] }, 1);
    expect(chosen.sort()).toEqual(['item-1', 'item-3']);
  });
});

describe('joining', () => {
  it('gives each key one seat and each seat a unique name', () => {
    const { s } = newClass();
    const a = s.join(KEY(1), 'Curious Otter');
    expect(a).toMatchObject({ ok: true, rejoined: false });
    expect(s.join(KEY(2), 'curious  OTTER')).toMatchObject({ ok: false, code: JOIN_ERRORS.nicknameTaken });
    expect(s.join(KEY(2), 'f u c k')).toMatchObject({ ok: false, code: JOIN_ERRORS.nicknameInvalid });
    const again = s.join(KEY(1), 'Another Name');
    expect(again).toMatchObject({ ok: true, rejoined: true });
    if (again.ok && a.ok) {
      expect(again.seat).toBe(a.seat);
      expect(again.seat.nickname).toBe('Curious Otter');
    }
    expect(s.seatList()).toHaveLength(1);
  });

  it('welcomes late joiners but no new seat after the end; a removed student cannot come back', () => {
    const { s } = newClass();
    s.join(KEY(1), 'Ana');
    s.command('start');
    expect(s.join(KEY(2), 'Late Lynx')).toMatchObject({ ok: true });
    const bo = s.join(KEY(3), 'Bo');
    if (!bo.ok) throw new Error('join');
    expect(s.remove(bo.seat.id)).toEqual({ ok: true });
    expect(s.join(KEY(3), 'Bo')).toMatchObject({ ok: false, code: JOIN_ERRORS.removed });
    expect(s.join(KEY(4), 'Bo')).toMatchObject({ ok: true }); // the name is free again
    s.command('end');
    expect(s.join(KEY(5), 'Zed')).toMatchObject({ ok: false, code: JOIN_ERRORS.over });
    expect(s.join(KEY(1), 'Ana')).toMatchObject({ ok: true, rejoined: true });
  });
});

describe('a session, teacher-paced', () => {
  it('accepts answers only while asking, grades at the reveal with the solo rules', () => {
    const { s, c } = newClass();
    const ana = s.join(KEY(1), 'Ana');
    const bo = s.join(KEY(2), 'Bo');
    if (!ana.ok || !bo.ok) throw new Error('join');
    expect(s.answer(ana.seat.id, { index: 0, verdict: 'claim' })).toMatchObject({ ok: false, refusal: { code: 'wrong-phase' } });
    expect(s.command('next')).toMatchObject({ ok: false });
    expect(s.command('start')).toEqual({ ok: true });
    expect(s.publicQuestion()).toMatchObject({ index: 0, text: expect.any(String), unreviewed: false });
    expect(JSON.stringify(s.publicQuestion())).not.toContain(verdictAt(s, 0));
    expect(s.revealPayload()).toBeNull();

    const v0 = verdictAt(s, 0);
    c.advance(4200);
    expect(s.answer(ana.seat.id, { index: 0, verdict: wrong(v0) })).toMatchObject({ ok: true, logged: { ms: 4200 } });
    c.advance(1000);
    expect(s.answer(ana.seat.id, { index: 0, verdict: v0 })).toMatchObject({ ok: true, logged: { ms: 5200 } }); // changed
    expect(s.answer(bo.seat.id, { index: 1, verdict: v0 })).toMatchObject({ ok: false, refusal: { code: 'stale-question' } });
    expect(s.answer(bo.seat.id, { index: 0, verdict: v0, confidence: 'sure' })).toMatchObject({ ok: false, refusal: { code: 'bad-message' } });
    expect(s.answer(bo.seat.id, { index: 0, verdict: wrong(v0) })).toMatchObject({ ok: true });
    expect(s.answeredCount()).toBe(2);
    expect(s.studentView(ana.seat)).toMatchObject({ answer: { index: 0, verdict: v0 }, result: null, records: [], points: 0 });

    expect(s.command('close')).toEqual({ ok: true });
    expect(s.answer(bo.seat.id, { index: 0, verdict: v0 })).toMatchObject({ ok: false, refusal: { code: 'wrong-phase' } });
    expect(s.revealPayload()).toBeNull();
    expect(s.command('reveal')).toEqual({ ok: true });

    const reveal = s.revealPayload()!;
    expect(reveal.item.verdict).toBe(v0);
    expect(reveal.counts[v0]).toBe(1);
    expect(reveal.counts[wrong(v0)]).toBe(1);
    expect(reveal.sources.map((x) => x.id)).toEqual(['src']);
    expect(reveal.sources[0]).not.toHaveProperty('text');
    expect(reveal.discussion.length).toBeGreaterThan(10);
    expect(s.studentView(ana.seat).result).toMatchObject({ correct: true, answered: v0, points: { total: 100 } });
    expect(s.studentView(bo.seat).result).toMatchObject({ correct: false });
    expect(ana.seat.score).toEqual(scoreAnswer(INITIAL_SCORE, true).after);
    expect(s.leaders()).toEqual([
      { nickname: 'Ana', points: 100 },
      { nickname: 'Bo', points: 0 },
    ]);

    s.command('next');
    expect(s.phase).toBe('question');
    expect(s.index).toBe(1);
    expect(s.studentView(ana.seat)).toMatchObject({ answer: null, result: null });
    expect(s.studentView(ana.seat).records).toHaveLength(1);
  });

  it('runs to the summary; end mid-question grades the answers given', () => {
    const { s } = newClass();
    const ana = s.join(KEY(1), 'Ana');
    if (!ana.ok) throw new Error('join');
    s.command('start');
    for (let i = 0; i < 3; i++) {
      s.answer(ana.seat.id, { index: i, verdict: verdictAt(s, i) });
      s.command('reveal');
      s.command('next');
    }
    s.answer(ana.seat.id, { index: 3, verdict: verdictAt(s, 3) });
    s.command('end');
    expect(s.phase).toBe('summary');
    expect(ana.seat.records).toHaveLength(4);
    expect(ana.seat.score.points).toBe(400 + 10 + 10); // streak bonus from the third right answer
    expect(s.revealedItems()).toHaveLength(4);
    expect(s.command('end')).toMatchObject({ ok: false });
  });

  it('closes answers at the deadline when a timer is set', () => {
    const { s, c } = newClass({ timerSeconds: 30 });
    s.command('start');
    expect(s.deadline).toBe(c.now() + 30_000);
    s.command('close');
    expect(s.deadline).toBe(0);
  });

  it('asks for confidence when set', () => {
    const { s } = newClass({ askConfidence: true });
    const ana = s.join(KEY(1), 'Ana');
    if (!ana.ok) throw new Error('join');
    s.command('start');
    expect(s.answer(ana.seat.id, { index: 0, verdict: 'claim' })).toMatchObject({ ok: false });
    expect(s.answer(ana.seat.id, { index: 0, verdict: verdictAt(s, 0), confidence: 'sure' })).toMatchObject({ ok: true });
    s.command('reveal');
    expect(ana.seat.score.points).toBe(150);
  });

  it('drops a removed student’s answers from the counts and the grading', () => {
    const { s } = newClass();
    const bo = s.join(KEY(2), 'Bo');
    if (!bo.ok) throw new Error('join');
    s.command('start');
    s.answer(bo.seat.id, { index: 0, verdict: 'claim' });
    s.remove(bo.seat.id);
    expect(s.answeredCount()).toBe(0);
    expect(s.answer(bo.seat.id, { index: 0, verdict: 'claim' })).toMatchObject({ ok: false, refusal: { code: 'unknown-seat' } });
    s.command('reveal');
    expect(bo.seat.records).toHaveLength(0);
  });

  it('marks unreviewed items', () => {
    const draft = { ...pack, extensions: withUnreviewedMark(undefined, 'sourced draft') };
    const { s } = newClass({}, draft);
    s.command('start');
    expect(s.publicQuestion()!.unreviewed).toBe(true);
    s.command('reveal');
    expect(s.revealPayload()!.item.unreviewed).toBe(true);
  });
});

describe('resuming from the host’s log', () => {
  it('rebuilds seats, scores, the phase and the current answers exactly', () => {
    const { s } = newClass();
    const seats = [1, 2, 3].map((n) => s.join(KEY(n), `Student ${n}`)).map((r) => (r.ok ? r.seat : null)!);
    s.remove(seats[2]!.id);
    s.command('start');
    seats.forEach((seat, k) => s.answer(seat.id, { index: 0, verdict: k === 0 ? verdictAt(s, 0) : wrong(verdictAt(s, 0)) }));
    s.command('reveal');
    s.command('next');
    s.answer(seats[1]!.id, { index: 1, verdict: verdictAt(s, 1) });

    const snap = JSON.parse(JSON.stringify(s.snapshot()));
    expect(resumeSnapshotGuard.safeParse(snap).success).toBe(true);
    const c2 = clock(5_000_000);
    const r = ClassSession.restore(pack, snap, c2.now);
    expect(r.code).toBe('KXRTM');
    expect(r.phase).toBe('question');
    expect(r.index).toBe(1);
    expect(r.answeredCount()).toBe(1);
    expect(r.seatList().map((x) => [x.nickname, x.score.points, x.removed])).toEqual(s.seatList().map((x) => [x.nickname, x.score.points, x.removed]));
    expect(r.join(KEY(1), 'whatever')).toMatchObject({ ok: true, rejoined: true });
    expect(r.join(KEY(3), 'Student 3')).toMatchObject({ ok: false, code: JOIN_ERRORS.removed });
    // A new student gets a fresh seat id, not one of the old ones.
    const late = r.join(KEY(9), 'Late');
    expect(late.ok && !['s1', 's2', 's3'].includes(late.seat.id)).toBe(true);
    // And the session goes on where it was.
    r.command('reveal');
    expect(r.seatList()[1]!.score.points).toBe(100);
  });

  it('refuses a snapshot that does not hold together', () => {
    const { s } = newClass();
    s.join(KEY(1), 'Ana');
    const snap = s.snapshot();
    expect(resumeSnapshotGuard.safeParse({ ...snap, index: 3 }).success).toBe(false); // lobby at index 3
    expect(resumeSnapshotGuard.safeParse({ ...snap, answers: [{ seat: 'nobody', index: 0, verdict: 'claim', ms: 1 }] }).success).toBe(false);
    expect(resumeSnapshotGuard.safeParse({ ...snap, seats: [...snap.seats, { ...snap.seats[0]!, id: 's9' }] }).success).toBe(false);
  });
});
