/**
 * Saves and tabs: every kind of unusable save is kept aside as `<key>.unreadable`; notices
 * read as sentences; each tab keeps its own round, another tab's round is offered, never
 * picked up, and two rounds finished in two tabs are both recorded.
 */
import { describe, expect, it } from 'vitest';
import type { CompiledPack, Verdict } from '../../src/core/pack/types.ts';
import { currentItem } from '../../src/core/session/index.ts';
import { makeBalancedSpecs, makeTestPack } from '../../src/core/session/testkit.ts';
import { createMemoryStorage, createStores, type MemoryStorage, type Stores } from '../../src/state/index.ts';

const builtin = makeTestPack(makeBalancedSpecs(30), 'dprk-man-in-the-west');
const opened = makeTestPack(makeBalancedSpecs(12), 'teacher-pack');

function tab(storage: MemoryStorage, tabId: string, seed = 0.25): Stores {
  let t = 1_700_000_000_000;
  let r = seed;
  return createStores({ storage, tabId, now: () => (t += 1000), random: () => (r = (r * 9301 + 0.49297) % 1), builtinPacks: [builtin] });
}
const messages = (s: Stores) => s.notices.getState().notices.map((n) => n.message);
const other = (v: Verdict): Verdict => (v === 'claim' ? 'disputed' : 'claim');
function answerAndNext(s: Stores, right = true): void {
  const g = s.game.getState();
  const truth = currentItem(g.pack!, g.session!)!.verdict;
  expect(g.answer(right ? truth : other(truth)).ok).toBe(true);
  expect(s.game.getState().next().ok).toBe(true);
}
/** What another tab's `storage` event does here: read the shared saves again. */
type Persisted = { persist: { rehydrate(): unknown } };
const follow = (s: Stores) => {
  void (s.library as unknown as Persisted).persist.rehydrate();
  void (s.progress as unknown as Persisted).persist.rehydrate();
};

describe('unusable saves are kept aside', () => {
  const wrongShapes: Record<string, string> = {
    'sourced:settings': JSON.stringify({ state: { colour: 'blue' }, version: 1 }),
    'sourced:progress': JSON.stringify({ state: [1, 2, 3], version: 1 }),
    'sourced:library': JSON.stringify({ state: { packs: 'none' }, version: 1 }),
    'sourced:game:a': JSON.stringify({ state: { session: { phase: 'question', order: 7 } }, version: 1 }),
  };
  for (const [key, raw] of Object.entries(wrongShapes)) {
    it(`valid JSON of the wrong shape in ${key} is copied to ${key}.unreadable, then reset`, () => {
      const storage = createMemoryStorage({ [key]: raw });
      const s = tab(storage, 'a');
      expect(storage.data.get(`${key}.unreadable`)).toBe(raw);
      expect(s.notices.getState().notices.map((n) => n.code)).toContain('save-reset');
      // Written back clean: the next load has nothing to say.
      expect(messages(tab(storage, 'a'))).toEqual([]);
    });
  }

  it('a save from a newer version is kept aside too', () => {
    const raw = JSON.stringify({ state: { sound: false }, version: 99 });
    const storage = createMemoryStorage({ 'sourced:settings': raw });
    tab(storage, 'a');
    expect(storage.data.get('sourced:settings.unreadable')).toBe(raw);
  });

  it('says what was reset in sentences', () => {
    const storage = createMemoryStorage({
      'sourced:settings': JSON.stringify({ state: { textSize: 'huge', sound: 'loud', music: true }, version: 1 }),
      'sourced:game:a': '{"state":{"session":',
    });
    const s = tab(storage, 'a');
    expect(messages(s)).toEqual([
      'Some of your saved settings could not be read and went back to their defaults: sound, text size.',
      'Your unfinished round could not be read, so it could not be resumed. Start a new round from the title screen.',
    ]);
    expect(messages(s).join(' ')).not.toMatch(/reset: the game in progress/);
    expect(s.settings.getState().music).toBe(true);
  });
});

describe('two tabs', () => {
  it('each tab resumes its own round after a reload', () => {
    const storage = createMemoryStorage();
    const a = tab(storage, 'a', 0.1);
    const b = tab(storage, 'b', 0.7);
    a.game.getState().start(builtin, 'quick');
    answerAndNext(a);
    b.game.getState().start(builtin, 'whole');
    const [aId, bId] = [a.game.getState().session!.id, b.game.getState().session!.id];
    expect(aId).not.toBe(bId);
    expect([...storage.data.keys()].filter((k) => k.startsWith('sourced:game'))).toEqual(['sourced:game:a', 'sourced:game:b']);

    const a2 = tab(storage, 'a');
    const b2 = tab(storage, 'b');
    expect(a2.game.getState().session!.id).toBe(aId);
    expect(a2.game.getState().session!.index).toBe(1);
    expect(b2.game.getState().session!.id).toBe(bId);
    // Each sees the other's round as one elsewhere, not as its own.
    expect(a2.otherRounds().map((r) => r.session.id)).toEqual([bId]);
    expect(b2.otherRounds().map((r) => r.session.id)).toEqual([aId]);
  });

  it('a new tab is offered the round of another and takes it over only when asked', () => {
    const storage = createMemoryStorage();
    const a = tab(storage, 'a');
    a.game.getState().start(builtin, 'quick');
    answerAndNext(a);
    const id = a.game.getState().session!.id;

    const c = tab(storage, 'c');
    expect(c.game.getState().session).toBeNull();
    const [offer] = c.otherRounds();
    expect(offer).toMatchObject({ key: 'sourced:game:a', tabId: 'a' });
    expect(c.takeOverRound(offer!.key)).toBe(true);
    expect(c.game.getState().session!.id).toBe(id);
    expect(c.game.getState().pack!.id).toBe(builtin.id);
    expect(storage.data.has('sourced:game:a')).toBe(false);

    // The first tab hears its save went (a storage event) and says so.
    a.roundTakenElsewhere();
    expect(a.game.getState().session).toBeNull();
    expect(messages(a)).toEqual(['Your round was taken over in another tab, where it goes on.']);
    expect(JSON.parse(storage.data.get('sourced:game:c')!).state.session.id).toBe(id);
  });

  it('a tab playing a round cannot take another over, and a discarded round is gone', () => {
    const storage = createMemoryStorage();
    tab(storage, 'a').game.getState().start(builtin, 'quick');
    const b = tab(storage, 'b');
    b.game.getState().start(builtin, 'quick');
    expect(b.takeOverRound('sourced:game:a')).toBe(false);
    b.discardRound('sourced:game:b'); // never its own
    expect(storage.data.has('sourced:game:b')).toBe(true);
    b.discardRound('sourced:game:a');
    expect(b.otherRounds()).toEqual([]);
  });

  it('records the results of rounds finished in two tabs, neither replacing the other', () => {
    const storage = createMemoryStorage();
    const a = tab(storage, 'a', 0.1);
    const b = tab(storage, 'b', 0.7);
    a.game.getState().start(builtin, 'quick', { quickSize: 3 });
    b.game.getState().start(builtin, 'quick', { quickSize: 3 });
    for (let i = 0; i < 3; i++) answerAndNext(a, true);
    // b finishes without having heard of a's result (no storage event in between).
    for (let i = 0; i < 3; i++) answerAndNext(b, false);
    const saved = JSON.parse(storage.data.get('sourced:progress')!).state;
    expect(saved.recordedSessions).toEqual([a.game.getState().session!.id, b.game.getState().session!.id]);
    expect(saved.packs[builtin.id].rounds).toBe(2);
    expect(saved.packs[builtin.id].bestScore).toBeGreaterThan(0);
  });

  it('a round whose pack another tab removed ends with a notice', () => {
    const storage = createMemoryStorage();
    const a = tab(storage, 'a');
    expect(a.library.getState().add(opened as CompiledPack).ok).toBe(true);
    a.game.getState().start(opened, 'quick');
    const b = tab(storage, 'b');
    expect(b.removePack(opened.id)).toBe(true);
    expect(messages(b)).toEqual([]); // removed here: nothing to tell
    follow(a);
    expect(a.game.getState().session).toBeNull();
    expect(messages(a)).toEqual([`The pack “${opened.title}” was removed in another tab, so the round you were playing with it ended.`]);
  });

  it('a round saved before rounds were per tab becomes the first tab’s', () => {
    const storage = createMemoryStorage();
    const old = tab(storage, 'x');
    old.game.getState().start(builtin, 'quick');
    const id = old.game.getState().session!.id;
    storage.setItem('sourced:game', storage.data.get('sourced:game:x')!);
    storage.removeItem('sourced:game:x');
    const s = tab(storage, 'new');
    expect(s.game.getState().session!.id).toBe(id);
    expect(storage.data.has('sourced:game')).toBe(false);
    expect(tab(storage, 'other').game.getState().session).toBeNull();
  });

  it('a duplicated tab moves to an id of its own and leaves the round to its original', () => {
    const storage = createMemoryStorage();
    const a = tab(storage, 'a');
    a.game.getState().start(builtin, 'quick');
    const dup = tab(storage, 'a'); // same id: a copy of the original's sessionStorage
    dup.moveToTab('a2');
    expect(dup.game.getState().session).toBeNull();
    expect(JSON.parse(storage.data.get('sourced:game:a')!).state.session.id).toBe(a.game.getState().session!.id);
    expect(dup.otherRounds().map((r) => r.tabId)).toEqual(['a']);
  });
});
