/** The stored form of the built-in packs (src/core/pack/builtin.ts): excerpts left out and put back. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compactPack, expandPack, expandPacks } from '../../src/core/pack/builtin.ts';
import { parsePack, type CompiledPack } from '../../src/core/pack/index.ts';
import { fingerprintPack } from '../../src/core/session/index.ts';

const result = parsePack(readFileSync('content/packs/dprk-man-in-the-west.pack.json', 'utf8'));
const pack = (result.ok ? result.pack : undefined) as CompiledPack;

describe('built-in pack storage', () => {
  it('leaves out every excerpt of the first pack and restores the same pack', () => {
    const stored = compactPack(pack);
    expect(stored.items.every((it) => it.quote.text === undefined && it.evidence.every((e) => e.text === undefined))).toBe(true);
    const back = expandPack(JSON.parse(JSON.stringify(stored)));
    expect(back).toEqual(pack);
    expect(fingerprintPack(back)).toBe(fingerprintPack(pack));
  });

  it('keeps an excerpt that is not exactly its span of the source', () => {
    const edited: CompiledPack = structuredClone(pack);
    const q = edited.items[0]!.quote;
    q.text = q.text.replace(/^./, (c) => (c === 'X' ? 'Y' : 'X'));
    const stored = compactPack(edited);
    expect(stored.items[0]!.quote.text).toBe(q.text);
    expect(expandPack(stored)).toEqual(edited);
  });

  it('reads anything but a list as no packs', () => {
    expect(expandPacks(undefined)).toEqual([]);
    expect(expandPacks({})).toEqual([]);
  });
});
