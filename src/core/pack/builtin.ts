/**
 * The built-in packs as `npm run content -- build` stores them for the game, in two files:
 * the packs with every passage's text but no source's full text (src/generated/packs.json, in
 * the first download), and the sources' texts apart (src/generated/packs.texts.json), which a
 * player needs only to read a passage in its source. The texts are most of a pack's bytes
 * (21.7 of 38.4 KB gzip for the first pack), and a student's first quote does not wait for them.
 */
import type { CompiledPack } from './types.ts';

/** pack id → source id → the source's text. */
export type SourceTexts = Record<string, Record<string, string>>;

/** The pack as the first download carries it: each source's `text` is empty until put back. */
export function withoutSourceTexts(pack: CompiledPack): CompiledPack {
  return { ...pack, sources: pack.sources.map((s) => ({ ...s, text: '' })) };
}

export function sourceTextsOf(packs: readonly CompiledPack[]): SourceTexts {
  return Object.fromEntries(packs.map((p) => [p.id, Object.fromEntries(p.sources.map((s) => [s.id, s.text]))]));
}

/** Puts the texts back into the packs' own source objects, so every holder of a pack sees them. */
export function putSourceTexts(packs: readonly CompiledPack[], texts: SourceTexts): void {
  for (const p of packs) for (const s of p.sources) s.text = texts[p.id]?.[s.id] ?? s.text;
}

/** Whether every source of the pack has its text (a built-in pack's may still be on the way). */
export function hasSourceTexts(pack: Pick<CompiledPack, 'sources'>): boolean {
  return pack.sources.every((s) => s.text.length > 0);
}

/** The stored packs; anything that is not a list gives no packs. */
export function storedPacks(data: unknown): CompiledPack[] {
  return Array.isArray(data) ? (data as CompiledPack[]) : [];
}
