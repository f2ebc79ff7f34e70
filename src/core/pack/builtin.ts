/**
 * The built-in packs as `npm run content -- build` stores them for the game, in three files:
 * the packs with every passage's text but no source's full text and no authoring extensions
 * (src/generated/packs.json, in the first download); the sources' texts apart
 * (src/generated/packs.texts.json), which a player needs only to read a passage in its source;
 * and the authors' extensions apart (src/generated/packs.authoring.json), which only the
 * teacher's surfaces load. The texts are most of a pack's bytes (21.7 of 38.4 KB gzip for the
 * first pack), and a student's first quote does not wait for them.
 */
import { REVIEW_KEY } from './review.ts';
import type { CompiledPack, Extensions } from './types.ts';

/** pack id → source id → the source's text. */
export type SourceTexts = Record<string, Record<string, string>>;

/** pack id → the authors' extensions of the pack and of each item (by item id). */
export type AuthoringExtensions = Record<string, { pack?: Extensions; items: Record<string, Extensions> }>;

/** The game reads one extension, the review mark; the rest (how the pack was made, speaker kinds) are the authors'. */
function split(extensions: Extensions | undefined): { kept?: Extensions; authors?: Extensions } {
  if (!extensions) return {};
  const { [REVIEW_KEY]: mark, ...authors } = extensions;
  return { ...(mark !== undefined ? { kept: { [REVIEW_KEY]: mark } } : {}), ...(Object.keys(authors).length ? { authors } : {}) };
}

/** The pack without the extensions only its authors read: a student's first download is smaller by them. */
export function withoutAuthoring(pack: CompiledPack): CompiledPack {
  const strip = <T extends { extensions?: Extensions }>(x: T): T => {
    const { extensions: _, ...rest } = x;
    const { kept } = split(x.extensions);
    return (kept ? { ...rest, extensions: kept } : rest) as T;
  };
  return { ...strip(pack), items: pack.items.map(strip) };
}

export function authoringOf(packs: readonly CompiledPack[]): AuthoringExtensions {
  return Object.fromEntries(
    packs.map((p) => {
      const items = Object.fromEntries(p.items.flatMap((it) => { const { authors } = split(it.extensions); return authors ? [[it.id, authors]] : []; }));
      const { authors } = split(p.extensions);
      return [p.id, { ...(authors ? { pack: authors } : {}), items }];
    }),
  );
}

/** Puts the authors' extensions back into the packs' own objects (the teacher's surfaces: a pack opened in the studio keeps them). */
export function putAuthoring(packs: readonly CompiledPack[], authoring: AuthoringExtensions): void {
  for (const p of packs) {
    const a = authoring[p.id];
    if (!a) continue;
    if (a.pack) p.extensions = { ...a.pack, ...p.extensions };
    for (const it of p.items) if (a.items[it.id]) it.extensions = { ...a.items[it.id], ...it.extensions };
  }
}

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
