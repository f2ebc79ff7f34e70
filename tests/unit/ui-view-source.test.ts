import { describe, expect, it } from 'vitest';
import type { CompiledPack } from '../../src/core/pack/types';
import { createMemoryStorage, createStores } from '../../src/state/index';
import type { StageView } from '../../src/game/view';
import { createViewSource } from '../../src/ui/play/view-source';

const text = 'Alpha said the sky is green. Beta said the sky is blue. Gamma said nothing at all here.';
const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
const ev = (s: string, stance: 'supports' | 'contradicts' | 'context') => ({ source: 'src', text: s, stance, span: span(s) });
const item = (id: string, verdict: 'claim' | 'verified-fact' | 'disputed', q: string) => ({
  id,
  verdict,
  explanation: 'Because.',
  quote: { source: 'src', text: q, speaker: 'Someone', span: span(q) },
  evidence: [ev('Gamma said nothing at all here.', 'context')],
});
const pack: CompiledPack = {
  format: 'sourced-pack@1',
  id: 'tiny',
  title: 'Tiny',
  language: 'en',
  updated: '2026-11-23',
  sources: [{ id: 'src', title: 'T', outlet: 'O', published: '2020', genre: 'other', text }],
  items: [
    item('a', 'claim', 'Alpha said the sky is green.'),
    item('b', 'disputed', 'Beta said the sky is blue.'),
    item('c', 'verified-fact', 'Gamma said nothing at all here.'),
  ],
};

function setup(systemReduced = false) {
  const stores = createStores({ storage: createMemoryStorage(), now: () => 0, random: () => 0.5, builtinPacks: [pack] });
  const views: Array<[StageView, StageView]> = [];
  const source = createViewSource(stores, () => systemReduced, () => false);
  source.subscribe((v, p) => views.push([v, p]));
  return { stores, source, views };
}

describe('the stage view derived from the stores', () => {
  it('follows the screens of a game and reports each reveal once', () => {
    const { stores, source, views } = setup();
    expect(source.get().screen).toBe('title');
    stores.game.getState().start(pack, 'whole');
    expect(source.get().screen).toBe('round');
    const g = stores.game.getState();
    const current = pack.items.find((i) => i.id === g.session!.order[0])!;
    g.answer(current.verdict);
    const v = source.get();
    expect(v.screen).toBe('reveal');
    expect(v.result).toBe('right');
    expect(v.revealKey).toBeTruthy();
    const reveals = views.filter(([n, p]) => n.revealKey && n.revealKey !== p.revealKey);
    expect(reveals).toHaveLength(1);
    stores.game.getState().end();
    expect(source.get().screen).toBe('summary');
    // Ended early: no celebration.
    expect(source.get().finishKey).toBeNull();
    stores.game.getState().quit();
    expect(source.get().screen).toBe('title');
  });

  it('reports a wrong answer at its reveal', () => {
    const { stores, source } = setup();
    stores.game.getState().start(pack, 'whole');
    const g = stores.game.getState();
    const current = pack.items.find((i) => i.id === g.session!.order[0])!;
    g.answer(current.verdict === 'claim' ? 'disputed' : 'claim');
    expect(source.get()).toMatchObject({ screen: 'reveal', result: 'wrong' });
  });

  /** Plays the whole tiny pack, answering `rightCount` items right and the rest wrong. */
  function finish(rightCount: number) {
    const { stores, source } = setup();
    stores.game.getState().start(pack, 'whole');
    for (let i = 0; i < pack.items.length; i++) {
      const g = stores.game.getState();
      const actual = pack.items.find((it) => it.id === g.session!.order[i])!.verdict;
      g.answer(i < rightCount ? actual : actual === 'claim' ? 'disputed' : 'claim');
      stores.game.getState().next();
    }
    expect(source.get().screen).toBe('summary');
    return { stores, source };
  }

  it('celebrates a finished round that went well', () => {
    const { stores, source } = finish(3);
    expect(source.get().finishKey).toBe(stores.game.getState().session!.id);
  });

  it('ends a poor round without confetti', () => {
    expect(finish(1).source.get().finishKey).toBeNull();
  });

  it('follows the motion and contrast settings (system default for motion)', () => {
    const { stores, source } = setup(true);
    expect(source.get().reducedMotion).toBe(true);
    stores.settings.getState().update({ reducedMotion: 'off', highContrast: true });
    expect(source.get().reducedMotion).toBe(false);
    expect(source.get().highContrast).toBe(true);
  });

  it('does not notify when nothing the stage cares about changed', () => {
    const { stores, views } = setup();
    stores.settings.getState().update({ volume: 0.3 });
    expect(views).toHaveLength(0);
  });
});
