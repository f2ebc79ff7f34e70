import { describe, expect, it } from 'vitest';
import {
  answerGuard,
  createOptionsGuard,
  DEFAULT_OPTIONS,
  joinOptionsGuard,
  readJsonField,
  revealGuard,
  removeGuard,
  studentViewGuard,
} from '../../src/core/classroom/protocol.ts';
import { ClassSession, roundOrder } from '../../src/core/classroom/session.ts';
import { array, string } from '../../src/core/guard.ts';
import { makeBalancedSpecs, makeTestPack } from '../../src/core/session/testkit.ts';

const KEY = 'k'.repeat(22);

describe('checkers for what clients send', () => {
  it('accepts well-formed answers only', () => {
    expect(answerGuard.safeParse({ index: 0, verdict: 'claim' }).success).toBe(true);
    expect(answerGuard.safeParse({ index: 2, verdict: 'disputed', confidence: 'sure' }).success).toBe(true);
    for (const bad of [null, 'claim', [], {}, { index: -1, verdict: 'claim' }, { index: 1.5, verdict: 'claim' }, { index: 0, verdict: 'true' }, { index: 0, verdict: 'claim', confidence: 'very' }, { index: '0', verdict: 'claim' }]) {
      expect(answerGuard.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('drops keys it does not know', () => {
    expect(answerGuard.safeParse({ index: 0, verdict: 'claim', __proto__x: 1, evil: true }).data).toEqual({ index: 0, verdict: 'claim' });
  });

  it('checks join and create options', () => {
    expect(joinOptionsGuard.safeParse({ role: 'student', key: KEY, nickname: 'Bo' }).success).toBe(true);
    expect(joinOptionsGuard.safeParse({ role: 'host', hostKey: KEY }).success).toBe(true);
    expect(joinOptionsGuard.safeParse({ role: 'host' }).success).toBe(false);
    expect(joinOptionsGuard.safeParse({ role: 'student', key: 'short', nickname: 'Bo' }).success).toBe(false);
    expect(joinOptionsGuard.safeParse({ role: 'student', key: KEY, nickname: 'x'.repeat(201) }).success).toBe(false);
    expect(joinOptionsGuard.safeParse({ role: 'admin', hostKey: KEY }).success).toBe(false);
    expect(createOptionsGuard.safeParse({ ticket: 't'.repeat(20), hostKey: KEY, options: DEFAULT_OPTIONS }).success).toBe(true);
    expect(createOptionsGuard.safeParse({ ticket: 't'.repeat(20), hostKey: KEY, options: { ...DEFAULT_OPTIONS, timerSeconds: 7 } }).success).toBe(false);
    expect(removeGuard.safeParse({ seat: 's1' }).success).toBe(true);
    expect(removeGuard.safeParse({ seat: '../../x' }).success).toBe(false);
  });

  it('string and list guards have upper bounds', () => {
    expect(string({ max: 3 }).safeParse('abcd').success).toBe(false);
    expect(array(string(), { max: 1 }).safeParse(['a', 'b']).success).toBe(false);
  });
});

describe('what clients read', () => {
  it('round-trips the views the session makes', () => {
    const pack = makeTestPack(makeBalancedSpecs(6));
    const s = new ClassSession('KXRTM', pack, DEFAULT_OPTIONS, roundOrder(pack, DEFAULT_OPTIONS, 1), () => 0);
    const r = s.join('0'.repeat(32), 'Ana');
    if (!r.ok) throw new Error('join');
    s.command('start');
    s.answer(r.seat.id, { index: 0, verdict: 'claim' });
    s.command('reveal');
    expect(readJsonField(JSON.stringify(s.revealPayload()), revealGuard)).toEqual(s.revealPayload());
    expect(studentViewGuard.safeParse(JSON.parse(JSON.stringify(s.studentView(r.seat)))).success).toBe(true);
    expect(readJsonField('', revealGuard)).toBeNull();
    expect(readJsonField('{"index":0}', revealGuard)).toBeNull();
    expect(readJsonField('not json', revealGuard)).toBeNull();
  });
});
