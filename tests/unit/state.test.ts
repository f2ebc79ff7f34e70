import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../src/core/pack/index.ts';
import type { CompiledPack, Verdict } from '../../src/core/pack/types.ts';
import { currentItem } from '../../src/core/session/index.ts';
import { makeBalancedSpecs, makeTestPack } from '../../src/core/session/testkit.ts';
import {
  compiledPackSchema,
  createMemoryStorage,
  createStores,
  DEFAULT_SETTINGS,
  masteredItems,
  motionReduced,
  packProgress,
  type KeyValueStorage,
  type MemoryStorage,
  type Stores,
} from '../../src/state/index.ts';

const builtin = makeTestPack(makeBalancedSpecs(30), 'dprk-man-in-the-west');
const teacherPack = makeTestPack(makeBalancedSpecs(12), 'teacher-pack');

function stores(storage: KeyValueStorage, extra: { builtinPacks?: CompiledPack[]; seedBase?: number } = {}): Stores {
  let t = 1_700_000_000_000;
  let r = extra.seedBase ?? 0.25;
  return createStores({
    storage,
    now: () => (t += 1000),
    random: () => (r = (r * 9301 + 0.49297) % 1),
    builtinPacks: extra.builtinPacks ?? [builtin],
  });
}
const saved = (storage: MemoryStorage, key: string): { state: Record<string, unknown>; version: number } =>
  JSON.parse(storage.data.get(key)!);
const codes = (s: Stores): string[] => s.notices.getState().notices.map((n) => n.code);
const other = (v: Verdict): Verdict => (v === 'claim' ? 'disputed' : 'claim');

/** Answers the current item right or wrong and moves on. */
function play(s: Stores, right: boolean): void {
  const g = s.game.getState();
  const truth = currentItem(g.pack!, g.session!)!.verdict;
  const r = g.answer(right ? truth : other(truth), g.session!.askConfidence ? 'sure' : undefined);
  expect(r.ok).toBe(true);
  expect(s.game.getState().next().ok).toBe(true);
}

describe('settings', () => {
  it('starts with defaults, clamps and checks updates, persists only the settings', () => {
    const storage = createMemoryStorage();
    const s = stores(storage);
    expect(s.notices.getState().notices).toEqual([]);
    const st = s.settings.getState();
    expect(st.reducedMotion).toBe('system');
    expect(st.textSize).toBe(100);
    const applied = st.update({ volume: 3, textSize: 250.4, reducedMotion: 'sideways' as 'on', sound: 'no' as unknown as boolean, highContrast: true });
    expect(applied).toEqual({ ...DEFAULT_SETTINGS, volume: 1, textSize: 200, highContrast: true });
    s.settings.getState().update({ volume: -1, textSize: 149.6 });
    expect(s.settings.getState()).toMatchObject({ volume: 0, textSize: 150 });
    const file = saved(storage, 'sourced:settings');
    expect(file.version).toBe(1);
    expect(Object.keys(file.state).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    // A second app instance on the same storage sees the settings at once (synchronous hydration).
    expect(stores(storage).settings.getState()).toMatchObject({ volume: 0, textSize: 150, highContrast: true });
    s.settings.getState().reset();
    expect(stores(storage).settings.getState().highContrast).toBe(false);
  });

  it('resolves reduced motion against the system preference', () => {
    expect(motionReduced('system', true)).toBe(true);
    expect(motionReduced('system', false)).toBe(false);
    expect(motionReduced('on', false)).toBe(true);
    expect(motionReduced('off', true)).toBe(false);
  });
});

describe('save migration and recovery', () => {
  it('migrates a v0 settings save and writes it back as v1', () => {
    const storage = createMemoryStorage({
      'sourced:settings': JSON.stringify({ state: { muted: true, volume: 40, textScale: 1.5, reducedMotion: true, confidence: true, junk: 1 }, version: 0 }),
    });
    const s = stores(storage);
    expect(s.settings.getState()).toMatchObject({ sound: false, volume: 0.4, textSize: 150, reducedMotion: 'on', askConfidence: true, music: false });
    expect(codes(s)).toEqual(['save-migrated']);
    const file = saved(storage, 'sourced:settings');
    expect(file.version).toBe(1);
    expect(file.state).toMatchObject({ sound: false, volume: 0.4 });
    expect(file.state).not.toHaveProperty('junk');
    expect(codes(stores(storage))).toEqual([]);
  });

  it('treats a save without a version as v0', () => {
    const storage = createMemoryStorage({ 'sourced:progress': JSON.stringify({ state: { best: { 'dprk-man-in-the-west': 700, x: 'bad' } } }) });
    const s = stores(storage);
    expect(packProgress(s.progress.getState(), 'dprk-man-in-the-west').bestScore).toBe(700);
    expect(Object.keys(s.progress.getState().packs)).toEqual(['dprk-man-in-the-west']);
    expect(saved(storage, 'sourced:progress').version).toBe(1);
  });

  it('migrates a v0 library save', () => {
    const storage = createMemoryStorage({ 'sourced:library': JSON.stringify({ state: { packs: [teacherPack] }, version: 0 }) });
    const s = stores(storage);
    expect(s.library.getState().entries.map((e) => e.pack.id)).toEqual(['teacher-pack']);
    expect(s.library.getState().entries[0]!.addedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('resets corrupt JSON with a notice, keeps a copy, and does not nag again', () => {
    const storage = createMemoryStorage({ 'sourced:settings': '{"state":{"sound":fal' });
    const s = stores(storage);
    expect(s.settings.getState().sound).toBe(true);
    const notes = s.notices.getState().notices;
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ code: 'save-reset', level: 'warning', message: 'Your saved settings could not be read and were reset.' });
    expect(stores(createMemoryStorage({ 'sourced:progress': '{' })).notices.getState().notices[0]!.message).toBe(
      'Your saved progress could not be read and was reset.',
    );
    expect(storage.data.get('sourced:settings.unreadable')).toBe('{"state":{"sound":fal');
    expect(stores(storage).notices.getState().notices).toEqual([]);
    // The app keeps working and saving.
    s.settings.getState().update({ music: true });
    expect(stores(storage).settings.getState().music).toBe(true);
  });

  it.each([
    ['an array', '[1,2,3]'],
    ['a number', '42'],
    ['no state', '{"version":1}'],
    ['a bad version', '{"state":{},"version":"1"}'],
    ['state of the wrong type', '{"state":"sound on","version":1}'],
    ['progress of the wrong shape', '{"state":{"packs":[]},"version":1}'],
  ])('resets a save that is %s, with a notice', (_what, raw) => {
    const storage = createMemoryStorage({ 'sourced:settings': raw, 'sourced:progress': raw, 'sourced:library': raw, 'sourced:game': raw });
    const s = stores(storage);
    const notes = s.notices.getState().notices;
    expect(notes.length).toBeGreaterThanOrEqual(3);
    for (const n of notes) expect(['save-reset', 'save-partly-reset']).toContain(n.code);
    expect(s.settings.getState()).toMatchObject(DEFAULT_SETTINGS);
    expect(s.progress.getState().packs).toEqual({});
    expect(s.library.getState().entries).toEqual([]);
    expect(s.game.getState().session).toBeNull();
    expect(stores(storage).notices.getState().notices).toEqual([]);
  });

  it('keeps the good fields of a partly wrong save and resets the rest', () => {
    const storage = createMemoryStorage({
      'sourced:settings': JSON.stringify({ state: { sound: false, volume: 'loud', textSize: 500 }, version: 1 }),
    });
    const s = stores(storage);
    expect(s.settings.getState()).toMatchObject({ sound: false, volume: DEFAULT_SETTINGS.volume, textSize: 100 });
    const [n] = s.notices.getState().notices;
    expect(n!.code).toBe('save-partly-reset');
    expect(n!.message).toContain('volume');
    expect(n!.message).toContain('text size');
    expect(codes(stores(storage))).toEqual([]);
  });

  it('resets a save from a newer version with a notice', () => {
    const storage = createMemoryStorage({ 'sourced:settings': JSON.stringify({ state: { sound: false }, version: 99 }) });
    const s = stores(storage);
    expect(s.settings.getState().sound).toBe(true);
    expect(codes(s)).toEqual(['save-newer']);
    expect(saved(storage, 'sourced:settings').version).toBe(1);
  });

  it('drops only the broken pack of a library save', () => {
    const broken = structuredClone(teacherPack);
    broken.id = 'broken';
    broken.title = 'Broken pack';
    broken.items[0]!.quote.span = { start: 0, end: 1e9 };
    const storage = createMemoryStorage({
      'sourced:library': JSON.stringify({ state: { entries: [{ pack: teacherPack, addedAt: 'x' }, { pack: broken, addedAt: 'y' }, 'junk'] }, version: 1 }),
    });
    const s = stores(storage);
    expect(s.library.getState().entries.map((e) => e.pack.id)).toEqual(['teacher-pack']);
    const [n] = s.notices.getState().notices;
    expect(n!.code).toBe('save-partly-reset');
    expect(n!.message).toBe(
      '2 opened packs no longer pass the game’s checks, so they were set aside: “Broken pack”, a pack without a title. Open their files again to play them; your progress with them is kept.',
    );
    // Set aside, not dropped for good: the whole save as it was is kept beside.
    expect(storage.data.get('sourced:library.unreadable')).toContain('"Broken pack"');
  });

  it('resets an unversioned game save (cannot be resumed safely) with a notice', () => {
    const raw = JSON.stringify({ state: { round: 3, answers: ['claim'] } });
    const storage = createMemoryStorage({ 'sourced:game': raw });
    const s = stores(storage);
    expect(s.game.getState().session).toBeNull();
    expect(codes(s)).toEqual(['save-reset']);
    expect(s.notices.getState().notices[0]!.message).toBe('Your unfinished round could not be read, so it could not be resumed. Start a new round from the title screen.');
    // The save of the time before rounds were kept per tab became this tab's, then was kept aside.
    expect(storage.data.has('sourced:game')).toBe(false);
    expect(storage.data.get('sourced:game:main.unreadable')).toBe(raw);
  });

  it('keeps odd keys such as __proto__ out of progress', () => {
    const good = { ...packProgress({ packs: {}, recordedSessions: [] }, 'x'), bestScore: 300 };
    const raw = `{"state":{"packs":{"__proto__":${JSON.stringify(good)},"fine-pack":${JSON.stringify(good)}},"recordedSessions":[]},"version":1}`;
    const s = stores(createMemoryStorage({ 'sourced:progress': raw }));
    const packs = s.progress.getState().packs;
    expect(Object.keys(packs)).toEqual(['fine-pack']);
    expect(Object.getPrototypeOf(packs)).toBe(Object.prototype);
    expect(codes(s)).toEqual(['save-partly-reset']);
  });

  it('survives a storage that throws on every access', () => {
    const hostile: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    const s = stores(hostile);
    expect(codes(s)).toContain('storage-unavailable');
    s.settings.getState().update({ music: true });
    expect(s.settings.getState().music).toBe(true);
    expect(codes(s)).toContain('save-failed');
  });
});

describe('library', () => {
  it('adds, refuses duplicates and built-in ids, replaces on request, removes', () => {
    const storage = createMemoryStorage();
    const s = stores(storage);
    const lib = () => s.library.getState();
    expect(lib().add(teacherPack)).toEqual({ ok: true, replaced: false, saved: true });
    expect(lib().add(teacherPack)).toMatchObject({ ok: false, reason: 'duplicate' });
    const v2 = { ...teacherPack, title: 'Teacher pack v2' };
    expect(lib().add(v2, { replace: true })).toEqual({ ok: true, replaced: true, saved: true });
    expect(lib().entries).toHaveLength(1);
    const shadow = lib().add({ ...teacherPack, id: builtin.id });
    expect(shadow).toMatchObject({ ok: false, reason: 'builtin' });
    expect(!shadow.ok && shadow.message).toContain(builtin.id);
    expect(lib().add({ title: 'not a pack' } as unknown as CompiledPack)).toMatchObject({ ok: false, reason: 'invalid' });
    expect(s.allPacks().map((p) => [p.pack.id, p.builtin])).toEqual([
      ['dprk-man-in-the-west', true],
      ['teacher-pack', false],
    ]);
    expect(stores(storage).library.getState().get('teacher-pack')!.pack.title).toBe('Teacher pack v2');
    expect(s.removePack('teacher-pack')).toBe(true);
    expect(s.removePack('teacher-pack')).toBe(false);
    expect(s.removePack(builtin.id)).toBe(false);
    expect(stores(storage).library.getState().entries).toEqual([]);
  });

  it('survives a full storage: the pack is usable now, a notice says it is not kept', () => {
    const storage = createMemoryStorage({}, 20_000);
    const s = stores(storage);
    s.settings.getState().update({ music: true });
    const big = makeTestPack(makeBalancedSpecs(12), 'big-pack');
    big.sources[0]!.text += ' '.repeat(50_000);
    const r = s.library.getState().add(big);
    expect(r).toEqual({ ok: true, replaced: false, saved: false });
    expect(s.findPack('big-pack')).toBeDefined();
    const n = s.notices.getState().notices.find((x) => x.code === 'storage-full');
    expect(n!.message).toMatch(/storage is full/);
    expect(stores(storage).library.getState().entries).toEqual([]);
    expect(stores(storage).settings.getState().music).toBe(true);
    // Removing it frees the space; saving works again.
    expect(s.removePack('big-pack')).toBe(true);
    expect(s.library.getState().add(teacherPack)).toMatchObject({ ok: true, saved: true });
  });
});

describe('game', () => {
  it('plays a round, resumes after a reload mid-round, and records progress', () => {
    const storage = createMemoryStorage();
    const s = stores(storage);
    expect(s.game.getState().answer('claim')).toMatchObject({ ok: false, error: { code: 'no-game' } });
    expect(s.game.getState().start(builtin, 'quick')).toEqual({ ok: true });
    play(s, true);
    play(s, false);
    const g = s.game.getState();
    const truth = currentItem(g.pack!, g.session!)!.verdict;
    expect(g.answer(truth)).toMatchObject({ ok: true, event: { type: 'answered' } });
    const before = s.game.getState().session!;
    expect(before.phase).toBe('reveal');

    // Reload: a new set of stores on the same storage.
    const s2 = stores(storage);
    expect(s2.notices.getState().notices).toEqual([]);
    const g2 = s2.game.getState();
    expect(g2.session).toEqual(before);
    expect(g2.pack).toBe(builtin);
    expect(g2.next().ok).toBe(true);
    while (s2.game.getState().session!.phase !== 'summary') play(s2, false);
    const last = s2.game.getState();
    expect(last.lastEvent).toEqual({ type: 'finished', endedEarly: false });
    expect(last.lastRound).toMatchObject({ recorded: true, newBestScore: true });
    const sum = last.summary()!;
    expect(sum.stats.right).toBe(2);
    const p = packProgress(s2.progress.getState(), builtin.id);
    expect(p.bestScore).toBe(sum.points);
    expect(p.bestBalancedAccuracy).toBe(sum.stats.balancedAccuracy);
    expect(p.rounds).toBe(1);
    expect([...p.misses].sort()).toEqual([...sum.stats.missedItemIds].sort());
    expect(p.misses).toHaveLength(8);
    // Progress survives another reload; the finished game too (still on its summary).
    const s3 = stores(storage);
    expect(packProgress(s3.progress.getState(), builtin.id).bestScore).toBe(sum.points);
    expect(s3.game.getState().session!.phase).toBe('summary');
    // Replay my misses: exactly the missed items.
    expect(s3.game.getState().start(builtin, 'misses')).toEqual({ ok: true });
    expect([...s3.game.getState().session!.order].sort()).toEqual([...p.misses].sort());
  });

  it('masters an item answered right twice in a row, across rounds, and un-masters it on a miss', () => {
    const pack = makeTestPack(makeBalancedSpecs(3), 'tiny');
    const s = stores(createMemoryStorage(), { builtinPacks: [pack] });
    const round = (right: boolean) => {
      s.game.getState().start(pack, 'whole');
      while (s.game.getState().session!.phase !== 'summary') play(s, right);
      return s.game.getState().lastRound!;
    };
    expect(round(true).newlyMastered).toEqual([]);
    expect([...round(true).newlyMastered].sort()).toEqual(['item-0', 'item-1', 'item-2']);
    expect(masteredItems(packProgress(s.progress.getState(), 'tiny')).length).toBe(3);
    round(false);
    const p = packProgress(s.progress.getState(), 'tiny');
    expect(masteredItems(p)).toEqual([]);
    expect(p.misses).toHaveLength(3);
    expect(p.rounds).toBe(3);
    // Misses-mode rounds never set bests.
    const best = p.bestScore;
    s.game.getState().start(pack, 'misses');
    while (s.game.getState().session!.phase !== 'summary') play(s, true);
    expect(packProgress(s.progress.getState(), 'tiny')).toMatchObject({ bestScore: best, misses: [] });
  });

  it('records a round only once, and not at all without answers', () => {
    const s = stores(createMemoryStorage());
    s.game.getState().start(builtin, 'quick');
    expect(s.game.getState().end()).toMatchObject({ ok: true, event: { type: 'finished', endedEarly: true } });
    expect(s.game.getState().lastRound).toMatchObject({ recorded: false });
    s.game.getState().start(builtin, 'quick');
    play(s, true);
    s.game.getState().end();
    const session = s.game.getState().session!;
    expect(s.progress.getState().recordRound(session).recorded).toBe(false);
    expect(packProgress(s.progress.getState(), builtin.id)).toMatchObject({ rounds: 1, bestScore: null });
  });

  it('uses the ask-confidence setting for new games', () => {
    const s = stores(createMemoryStorage());
    s.settings.getState().update({ askConfidence: true });
    s.game.getState().start(builtin, 'quick');
    expect(s.game.getState().answer('claim')).toMatchObject({ ok: false, error: { code: 'confidence-required' } });
    expect(s.game.getState().answer('claim', 'unsure').ok).toBe(true);
  });

  it('discards a saved game whose pack changed, with a notice', () => {
    const storage = createMemoryStorage();
    const s = stores(storage);
    s.game.getState().start(builtin, 'quick');
    play(s, true);
    const changed = structuredClone(builtin);
    for (const it of changed.items) it.verdict = it.verdict === 'claim' ? 'disputed' : it.verdict === 'disputed' ? 'claim' : it.verdict;
    const s2 = stores(storage, { builtinPacks: [changed] });
    expect(s2.game.getState().session).toBeNull();
    expect(codes(s2)).toEqual(['game-not-resumed']);
    expect(s2.notices.getState().notices[0]!.message).toMatch(/has changed/);
  });

  it('keeps a saved game until its pack is available, then resumes', () => {
    const storage = createMemoryStorage();
    const s = stores(storage);
    s.library.getState().add(teacherPack);
    s.game.getState().start(teacherPack, 'whole');
    play(s, true);
    const s2 = createStores({ storage, now: () => 0 });
    expect(s2.game.getState().pack).toBeNull();
    expect(s2.game.getState().resume(builtin)).toMatchObject({ ok: false, reason: 'pack-mismatch' });
    expect(s2.game.getState().session).not.toBeNull();
    expect(s2.game.getState().resume()).toEqual({ ok: true });
    expect(s2.game.getState().pack!.id).toBe('teacher-pack');
    expect(s2.game.getState().session!.answers).toHaveLength(1);
  });

  it('drops a tampered game save with a notice, keeping the rest', () => {
    const storage = createMemoryStorage();
    const s = stores(storage);
    s.settings.getState().update({ highContrast: true });
    s.game.getState().start(builtin, 'quick');
    play(s, true);
    const file = saved(storage, 'sourced:game:main');
    (file.state.session as { score: { points: number } }).score.points = 999999;
    storage.setItem('sourced:game:main', JSON.stringify(file));
    const s2 = stores(storage);
    expect(s2.game.getState().session).toBeNull();
    expect(codes(s2)).toEqual(['save-reset']);
    expect(storage.data.get('sourced:game:main.unreadable')).toContain('999999');
    expect(s2.settings.getState().highContrast).toBe(true);
  });

  it('removing a pack forgets its progress and ends its game', () => {
    const s = stores(createMemoryStorage());
    s.library.getState().add(teacherPack);
    s.game.getState().start(teacherPack, 'quick');
    play(s, false);
    s.game.getState().end();
    expect(packProgress(s.progress.getState(), 'teacher-pack').rounds).toBe(1);
    s.removePack('teacher-pack');
    expect(s.progress.getState().packs['teacher-pack']).toBeUndefined();
    expect(s.game.getState().session).toBeNull();
  });

  it('notices can be dismissed', () => {
    const s = stores(createMemoryStorage({ 'sourced:settings': 'nope' }));
    const [n] = s.notices.getState().notices;
    s.notices.getState().dismiss(n!.id);
    expect(s.notices.getState().notices).toEqual([]);
  });
});

describe('with the real built-in pack', () => {
  const file = new URL('../../content/packs/dprk-man-in-the-west.pack.json', import.meta.url);
  it.skipIf(!existsSync(file))('the validator output passes the library check, and a quick round is balanced', () => {
    const r = parsePack(readFileSync(file, 'utf8'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // If this fails, the compiled pack shape changed: update compiledPackSchema (library.ts),
    // or every stored pack would be dropped on load.
    expect(compiledPackSchema.safeParse(r.pack).error?.issues ?? []).toEqual([]);
    const storage = createMemoryStorage();
    const s = stores(storage, { builtinPacks: [] });
    expect(s.library.getState().add(r.pack)).toMatchObject({ ok: true, saved: true });
    expect(stores(storage, { builtinPacks: [] }).library.getState().get(r.pack.id)!.pack).toEqual(r.pack);
    s.game.getState().start(r.pack, 'quick');
    const order = s.game.getState().session!.order;
    const counts = ['claim', 'verified-fact', 'disputed'].map((v) => order.filter((id) => r.pack.items.find((i) => i.id === id)!.verdict === v).length);
    expect(counts.sort()).toEqual([3, 3, 4]);
  });
});
