import { describe, expect, it } from 'vitest';
import type { CompiledPack, Verdict } from '../../src/core/pack/types.ts';
import { createRng, shuffle } from '../../src/core/random.ts';
import {
  apply,
  checkResume,
  createSession,
  currentAnswer,
  currentItem,
  currentItemId,
  explainSessionState,
  fingerprintPack,
  parseSessionState,
  progressOf,
  SessionError,
  step,
  summarize,
  type SessionAction,
  type SessionState,
} from '../../src/core/session/index.ts';
import { oneOfEachGroup, playableCount } from '../../src/core/session/select.ts';
import { makeBalancedSpecs, makeTestPack, type TestItemSpec } from '../../src/core/session/testkit.ts';

const pack30 = makeTestPack(makeBalancedSpecs(30));
const verdictOf = (pack: CompiledPack, id: string): Verdict => pack.items.find((i) => i.id === id)!.verdict;
const other = (v: Verdict): Verdict => (v === 'claim' ? 'disputed' : 'claim');

/** Plays to the summary; `right(i)` says whether answer i is right. */
function playAll(pack: CompiledPack, s: SessionState, right: (i: number) => boolean): SessionState {
  while (s.phase !== 'summary') {
    const v = verdictOf(pack, currentItemId(s)!);
    const i = s.answers.length;
    s = apply(pack, s, { type: 'answer', verdict: right(i) ? v : other(v), ...(s.askConfidence ? { confidence: 'sure' } : {}) });
    s = apply(pack, s, { type: 'next' });
  }
  return s;
}

describe('random', () => {
  it('is deterministic, resumable from its state, and in [0,1)', () => {
    const a = createRng(123);
    const b = createRng(123);
    const xs = Array.from({ length: 50 }, () => a.next());
    expect(Array.from({ length: 50 }, () => b.next())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const snap = JSON.parse(JSON.stringify(a.state()));
    const c = createRng(snap);
    expect(c.next()).toBe(a.next());
    expect(createRng(124).next()).not.toBe(createRng(123).next());
    expect(createRng('abc').next()).toBe(createRng('abc').next());
  });

  it('shuffles into a permutation, without touching the input, roughly uniformly', () => {
    const base = [0, 1, 2, 3];
    const counts = new Map<string, number>();
    const rng = createRng(7);
    for (let i = 0; i < 24000; i++) {
      const s = shuffle(base, rng);
      counts.set(s.join(''), (counts.get(s.join('')) ?? 0) + 1);
    }
    expect(base).toEqual([0, 1, 2, 3]);
    expect(counts.size).toBe(24);
    for (const n of counts.values()) expect(Math.abs(n - 1000)).toBeLessThan(150);
  });
});

describe('session transitions', () => {
  it('goes question → reveal → question … → summary', () => {
    let s = createSession(pack30, 'quick', { seed: 1, askConfidence: false });
    expect(s.phase).toBe('question');
    expect(s.order).toHaveLength(10);
    expect(progressOf(s)).toEqual({ position: 1, total: 10, answered: 0 });
    const first = currentItem(pack30, s)!;
    const r = step(pack30, s, { type: 'answer', verdict: first.verdict });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.event).toMatchObject({ type: 'answered', answer: { correct: true, itemId: first.id } });
    s = r.state;
    expect(s.phase).toBe('reveal');
    expect(currentAnswer(s)?.correct).toBe(true);
    expect(currentItem(pack30, s)!.id).toBe(first.id);
    s = apply(pack30, s, { type: 'next' });
    expect(s.phase).toBe('question');
    expect(progressOf(s).position).toBe(2);
    s = playAll(pack30, s, () => false);
    expect(s.phase).toBe('summary');
    expect(s.answers).toHaveLength(10);
    expect(s.endedEarly).toBe(false);
    expect(currentItemId(s)).toBeUndefined();
    const sum = summarize(s);
    expect(sum.stats.right).toBe(1);
    expect(sum.stats.missedItemIds).toEqual(s.order.slice(1));
  });

  it('emits "finished" on the last next', () => {
    const pack = makeTestPack([{ verdict: 'claim' }]);
    let s = createSession(pack, 'whole', { seed: 1, askConfidence: false });
    s = apply(pack, s, { type: 'answer', verdict: 'claim' });
    const r = step(pack, s, { type: 'next' });
    expect(r.ok && r.event).toEqual({ type: 'finished', endedEarly: false });
  });

  it('rejects invalid actions with a clear error and leaves the state untouched', () => {
    const s0 = createSession(pack30, 'quick', { seed: 2, askConfidence: false });
    const frozen = JSON.stringify(s0);
    const bad: [SessionAction | unknown, string][] = [
      [{ type: 'next' }, 'wrong-phase'],
      [{ type: 'answer', verdict: 'true' }, 'bad-verdict'],
      [{ type: 'answer', verdict: 'claim', confidence: 'sure' }, 'confidence-not-asked'],
      [{ type: 'jump' }, 'bad-action'],
      [null, 'bad-action'],
      [{}, 'bad-action'],
    ];
    for (const [action, code] of bad) {
      const r = step(pack30, s0, action as SessionAction);
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.error.code).toBe(code);
      expect(r.error.message.length).toBeGreaterThan(10);
      expect(r.state).toBe(s0);
    }
    expect(JSON.stringify(s0)).toBe(frozen);

    const s1 = apply(pack30, s0, { type: 'answer', verdict: 'claim' });
    const again = step(pack30, s1, { type: 'answer', verdict: 'claim' });
    expect(!again.ok && again.error.code).toBe('wrong-phase');
    expect(again.state).toBe(s1);

    const otherPack = makeTestPack(makeBalancedSpecs(3), 'other');
    const mismatch = step(otherPack, s1, { type: 'next' });
    expect(!mismatch.ok && mismatch.error.code).toBe('pack-mismatch');

    const done = apply(pack30, s0, { type: 'end' });
    for (const a of [{ type: 'next' }, { type: 'end' }, { type: 'answer', verdict: 'claim' }] as SessionAction[]) {
      const r = step(pack30, done, a);
      expect(!r.ok && r.error.code).toBe('wrong-phase');
    }
    expect(() => apply(pack30, done, { type: 'next' })).toThrow(SessionError);
  });

  it('requires confidence when asked', () => {
    const s = createSession(pack30, 'quick', { seed: 3, askConfidence: true });
    const r = step(pack30, s, { type: 'answer', verdict: 'claim' });
    expect(!r.ok && r.error.code).toBe('confidence-required');
    const bogus = step(pack30, s, { type: 'answer', verdict: 'claim', confidence: 'maybe' as 'sure' });
    expect(!bogus.ok && bogus.error.code).toBe('confidence-required');
    const ok = step(pack30, s, { type: 'answer', verdict: 'claim', confidence: 'unsure' });
    expect(ok.ok && ok.state.answers[0]!.confidence).toBe('unsure');
  });

  it('reports an item missing from the pack instead of crashing', () => {
    const s = createSession(pack30, 'whole', { seed: 4, askConfidence: false });
    const trimmed = { ...pack30, items: pack30.items.filter((i) => i.id !== s.order[0]) };
    const r = step(trimmed, s, { type: 'answer', verdict: 'claim' });
    expect(!r.ok && r.error.code).toBe('item-missing');
  });

  it('ends early from a question or a reveal, with the answers given', () => {
    let s = createSession(pack30, 'whole', { seed: 5, askConfidence: false });
    s = apply(pack30, s, { type: 'answer', verdict: verdictOf(pack30, s.order[0]!) });
    s = apply(pack30, s, { type: 'next' });
    const r = step(pack30, s, { type: 'end' });
    expect(r.ok && r.event).toEqual({ type: 'finished', endedEarly: true });
    if (!r.ok) return;
    expect(r.state.phase).toBe('summary');
    expect(r.state.endedEarly).toBe(true);
    expect(summarize(r.state).stats.answered).toBe(1);
    expect(parseSessionState(JSON.parse(JSON.stringify(r.state)))).not.toBeNull();
  });

  it('ending on the last reveal is a full finish that saves and resumes like one', () => {
    const pack = makeTestPack([{ verdict: 'claim' }, { verdict: 'disputed' }]);
    let s = createSession(pack, 'whole', { seed: 1, askConfidence: false });
    s = apply(pack, s, { type: 'answer', verdict: 'claim' });
    s = apply(pack, s, { type: 'next' });
    s = apply(pack, s, { type: 'answer', verdict: 'claim' });
    const ended = apply(pack, s, { type: 'end' });
    const nexted = apply(pack, s, { type: 'next' });
    expect(ended).toEqual(nexted);
    expect(ended.endedEarly).toBe(false);
    expect(parseSessionState(JSON.parse(JSON.stringify(ended)))).not.toBeNull();
  });
});

describe('groups: items that give each other away never share a round', () => {
  // Six groups of two (mirror pairs), and six items without a group.
  const specs = makeBalancedSpecs(18).map((spec, i) => (i < 12 ? { ...spec, group: `pair-${i >> 1}` } : spec));
  const grouped = makeTestPack(specs, 'grouped');
  const groupOf = (id: string) => grouped.items.find((it) => it.id === id)!.group;
  const groupsIn = (order: string[]) => order.map(groupOf).filter((g) => g !== undefined);

  it('quick, whole and misses hold at most one item of each group, over many seeds', () => {
    for (let seed = 0; seed < 100; seed++) {
      for (const mode of ['quick', 'whole'] as const) {
        const g = groupsIn(createSession(grouped, mode, { seed, askConfidence: false }).order);
        expect(new Set(g).size).toBe(g.length);
      }
      const misses = createSession(grouped, 'misses', { seed, askConfidence: false, itemIds: grouped.items.map((i) => i.id) });
      const g = groupsIn(misses.order);
      expect(new Set(g).size).toBe(g.length);
    }
  });

  it('a whole-pack round plays one of each group and every item without one', () => {
    const s = createSession(grouped, 'whole', { seed: 7, askConfidence: false });
    expect(s.order).toHaveLength(playableCount(grouped.items));
    expect(s.order).toHaveLength(12);
    for (const it of grouped.items.filter((i) => i.group === undefined)) expect(s.order).toContain(it.id);
  });

  it('which item of a group is played depends on the seed, so both get played over rounds', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 40; seed++) {
      for (const id of createSession(grouped, 'whole', { seed, askConfidence: false }).order) if (groupOf(id) === 'pair-0') seen.add(id);
    }
    expect([...seen].sort()).toEqual(['item-0', 'item-1']);
  });

  it('a pack without groups plays exactly as before (the seed is not drawn from)', () => {
    const plain = makeTestPack(makeBalancedSpecs(18), 'plain');
    const items = oneOfEachGroup(plain.items, createRng(1));
    expect(items).toEqual(plain.items);
  });
});

describe('modes', () => {
  const count = (pack: CompiledPack, ids: string[], v: Verdict): number =>
    ids.filter((id) => verdictOf(pack, id) === v).length;

  it('quick: 10 items, balanced 4/3/3 when the pack allows, mixed difficulties, no repeats', () => {
    for (let seed = 0; seed < 200; seed++) {
      const s = createSession(pack30, 'quick', { seed, askConfidence: false });
      expect(new Set(s.order).size).toBe(10);
      const counts = (['claim', 'verified-fact', 'disputed'] as const).map((v) => count(pack30, s.order, v)).sort();
      expect(counts).toEqual([3, 3, 4]);
      const diffs = new Set(s.order.map((id) => pack30.items.find((i) => i.id === id)!.difficulty));
      expect(diffs.size).toBe(3);
    }
  });

  it('quick: as balanced as the pack allows when one verdict is scarce', () => {
    // 2 claims, 20 facts, 5 disputed → 2 claims, then the remaining 8 split 4/4.
    const specs: TestItemSpec[] = [
      ...Array.from({ length: 2 }, () => ({ verdict: 'claim' as const })),
      ...Array.from({ length: 20 }, () => ({ verdict: 'verified-fact' as const })),
      ...Array.from({ length: 5 }, () => ({ verdict: 'disputed' as const })),
    ];
    const pack = makeTestPack(specs);
    for (let seed = 0; seed < 50; seed++) {
      const s = createSession(pack, 'quick', { seed, askConfidence: false });
      expect(s.order).toHaveLength(10);
      expect(count(pack, s.order, 'claim')).toBe(2);
      expect(count(pack, s.order, 'verified-fact')).toBe(4);
      expect(count(pack, s.order, 'disputed')).toBe(4);
    }
  });

  it('quick: a small pack gives all its items; the order varies with the seed', () => {
    const pack = makeTestPack(makeBalancedSpecs(6));
    const orders = new Set<string>();
    for (let seed = 0; seed < 30; seed++) {
      const s = createSession(pack, 'quick', { seed, askConfidence: false });
      expect([...s.order].sort()).toEqual(pack.items.map((i) => i.id).sort());
      orders.add(s.order.join());
    }
    expect(orders.size).toBeGreaterThan(10);
  });

  it('quick: every item of the pack gets picked over many seeds', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 100; seed++) createSession(pack30, 'quick', { seed, askConfidence: false }).order.forEach((id) => seen.add(id));
    expect(seen.size).toBe(30);
  });

  it('whole: every item once, shuffled', () => {
    const s = createSession(pack30, 'whole', { seed: 9, askConfidence: false });
    expect([...s.order].sort()).toEqual(pack30.items.map((i) => i.id).sort());
    expect(s.order).not.toEqual(pack30.items.map((i) => i.id));
  });

  it('misses: only the given ids the pack knows; none → no-items error', () => {
    const s = createSession(pack30, 'misses', { seed: 1, askConfidence: false, itemIds: ['item-3', 'item-7', 'nope', 'item-3'] });
    expect([...s.order].sort()).toEqual(['item-3', 'item-7']);
    expect(() => createSession(pack30, 'misses', { seed: 1, askConfidence: false, itemIds: ['nope'] })).toThrow(
      expect.objectContaining({ code: 'no-items' }),
    );
    expect(() => createSession(pack30, 'misses', { seed: 1, askConfidence: false })).toThrow(SessionError);
  });

  it('rejects bad options', () => {
    expect(() => createSession(pack30, 'speedrun' as 'quick', { seed: 1, askConfidence: false })).toThrow(
      expect.objectContaining({ code: 'bad-options' }),
    );
    expect(() => createSession(pack30, 'quick', { seed: NaN, askConfidence: false })).toThrow(
      expect.objectContaining({ code: 'bad-options' }),
    );
    expect(() => createSession(pack30, 'quick', { seed: 1, askConfidence: false, quickSize: 0 })).toThrow(
      expect.objectContaining({ code: 'bad-options' }),
    );
    expect(() => createSession(pack30, 'misses', { seed: 1, askConfidence: false, itemIds: 'item-1' as unknown as string[] })).toThrow(
      expect.objectContaining({ code: 'bad-options' }),
    );
    expect(() => createSession({ ...pack30, items: [] }, 'whole', { seed: 1, askConfidence: false })).toThrow(
      expect.objectContaining({ code: 'no-items' }),
    );
  });
});

describe('determinism and serialisation', () => {
  it('same pack + mode + seed = same game; another seed = another order', () => {
    const a = createSession(pack30, 'quick', { seed: 'class-3b', askConfidence: false });
    const b = createSession(pack30, 'quick', { seed: 'class-3b', askConfidence: false });
    expect(b).toEqual(a);
    expect(createSession(pack30, 'quick', { seed: 'class-3c', askConfidence: false }).order).not.toEqual(a.order);
  });

  it('round-trips through JSON at every step and continues identically', () => {
    const rng = createRng(99);
    const verdicts: Verdict[] = ['claim', 'verified-fact', 'disputed'];
    let direct = createSession(pack30, 'whole', { seed: 77, askConfidence: true });
    let viaJson: SessionState = JSON.parse(JSON.stringify(direct));
    while (direct.phase !== 'summary') {
      const action: SessionAction =
        direct.phase === 'question'
          ? { type: 'answer', verdict: verdicts[rng.int(3)]!, confidence: rng.next() < 0.5 ? 'sure' : 'unsure' }
          : { type: 'next' };
      direct = apply(pack30, direct, action);
      viaJson = JSON.parse(JSON.stringify(apply(pack30, viaJson, action)));
      expect(viaJson).toEqual(direct);
      expect(parseSessionState(viaJson)).toEqual(direct);
      expect(checkResume(pack30, viaJson)).toEqual({ ok: true });
    }
    expect(summarize(viaJson)).toEqual(summarize(direct));
  });

  it('detects a changed pack, a different pack and a tampered or broken save', () => {
    let s = createSession(pack30, 'quick', { seed: 5, askConfidence: false });
    s = apply(pack30, s, { type: 'answer', verdict: 'claim' });
    const saved = JSON.parse(JSON.stringify(s));

    const changed = structuredClone(pack30);
    changed.items[0]!.verdict = changed.items[0]!.verdict === 'claim' ? 'disputed' : 'claim';
    expect(fingerprintPack(changed)).not.toBe(fingerprintPack(pack30));
    expect(checkResume(changed, saved)).toMatchObject({ ok: false, reason: 'pack-changed' });

    const reworded = structuredClone(pack30);
    reworded.items[0]!.explanation = 'A better explanation.';
    expect(checkResume(reworded, saved)).toEqual({ ok: true });

    expect(checkResume(makeTestPack(makeBalancedSpecs(30), 'another'), saved)).toMatchObject({ ok: false, reason: 'pack-mismatch' });

    const tamper = (f: (x: SessionState) => void): unknown => {
      const x = structuredClone(saved);
      f(x);
      return x;
    };
    const broken: unknown[] = [
      null,
      'state',
      {},
      tamper((x) => void (x.score.points = 100000)),
      tamper((x) => void (x.answers[0]!.correct = !x.answers[0]!.correct)),
      tamper((x) => void (x.phase = 'question')),
      tamper((x) => void (x.index = 99)),
      tamper((x) => void (x.order = [])),
      tamper((x) => void ((x as { format: string }).format = 'sourced-session@0')),
      tamper((x) => void (x.answers[0]!.answered = 'true' as Verdict)),
      tamper((x) => void (x.answers[0]!.itemId = 'someone-else')),
    ];
    for (const b of broken) {
      expect(parseSessionState(b)).toBeNull();
      expect(explainSessionState(b)).toEqual(expect.any(String));
      expect(checkResume(pack30, b)).toMatchObject({ ok: false, reason: 'bad-state' });
    }
  });
});
