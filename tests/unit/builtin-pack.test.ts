/**
 * The stored form of the built-in packs (src/core/pack/builtin.ts): the packs without their
 * sources' texts, the texts apart, and the same pack once they are put back.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { authoringOf, hasSourceTexts, putAuthoring, putSourceTexts, sourceTextsOf, storedPacks, withoutAuthoring, withoutSourceTexts } from '../../src/core/pack/builtin.ts';
import { REVIEW_KEY } from '../../src/core/pack/review.ts';
import { parsePack, type CompiledPack } from '../../src/core/pack/index.ts';
import { fingerprintPack } from '../../src/core/session/index.ts';

const result = parsePack(readFileSync('content/packs/dprk-man-in-the-west.pack.json', 'utf8'));
const pack = (result.ok ? result.pack : undefined) as CompiledPack;

describe('built-in pack storage', () => {
  it('leaves every source text out, keeps every passage, and restores the same pack', () => {
    const stored: CompiledPack = JSON.parse(JSON.stringify(withoutSourceTexts(pack)));
    expect(stored.sources.every((s) => s.text === '')).toBe(true);
    expect(hasSourceTexts(stored)).toBe(false);
    expect(stored.items).toEqual(pack.items);
    // The game's progress is kept per pack fingerprint: the same with or without the texts.
    expect(fingerprintPack(stored)).toBe(fingerprintPack(pack));
    const texts = JSON.parse(JSON.stringify(sourceTextsOf([pack])));
    const sources = stored.sources;
    putSourceTexts([stored], texts);
    expect(stored).toEqual(pack);
    expect(stored.sources).toBe(sources); // the same objects, filled in
    expect(hasSourceTexts(stored)).toBe(true);
  });

  it('leaves the authors\u2019 extensions out but the review mark in, and puts them back', () => {
    expect(Object.keys(pack.extensions ?? {}).length).toBeGreaterThan(0);
    expect(pack.items.some((it) => it.extensions)).toBe(true);
    const marked: CompiledPack = JSON.parse(JSON.stringify({ ...pack, extensions: { ...pack.extensions, [REVIEW_KEY]: { status: 'unreviewed', by: 'test' } } }));
    const stored: CompiledPack = JSON.parse(JSON.stringify(withoutAuthoring(marked)));
    expect(stored.extensions).toEqual({ [REVIEW_KEY]: { status: 'unreviewed', by: 'test' } });
    expect(stored.items.every((it) => it.extensions === undefined)).toBe(true);
    expect(fingerprintPack(stored)).toBe(fingerprintPack(pack));
    putAuthoring([stored], JSON.parse(JSON.stringify(authoringOf([marked]))));
    expect(stored).toEqual(marked);
  });

  it('puts back only what it has, and reads anything but a list as no packs', () => {
    const stored = withoutSourceTexts(pack);
    putSourceTexts([stored], { 'another-pack': { [pack.sources[0]!.id]: 'x' } });
    expect(hasSourceTexts(stored)).toBe(false);
    expect(storedPacks(undefined)).toEqual([]);
    expect(storedPacks({})).toEqual([]);
  });
});
