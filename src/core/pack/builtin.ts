/**
 * The built-in packs as `npm run content -- build` stores them for the game
 * (src/generated/packs.json): compiled packs in which the text of a quote or evidence passage is
 * left out when it is exactly its span of the source's text, which it is whenever the author
 * copied it verbatim. The first download then carries each passage once (about 5 KB gzip less
 * for the first pack). `expandPacks` puts the texts back; a text that differs from its span
 * (other quote marks, spaces) is kept as written.
 */
import type { CompiledEvidence, CompiledItem, CompiledPack, CompiledQuote } from './types.ts';

type WithoutText<T extends { text: string }> = Omit<T, 'text'> & { text?: string };

export type StoredItem = Omit<CompiledItem, 'quote' | 'evidence'> & {
  quote: WithoutText<CompiledQuote>;
  evidence: WithoutText<CompiledEvidence>[];
};

export type StoredPack = Omit<CompiledPack, 'items'> & { items: StoredItem[] };

export function compactPack(pack: CompiledPack): StoredPack {
  const texts = new Map(pack.sources.map((s) => [s.id, s.text]));
  const strip = <T extends CompiledQuote | CompiledEvidence>(r: T): WithoutText<T> => {
    if (texts.get(r.source)?.slice(r.span.start, r.span.end) !== r.text) return r;
    const { text: _, ...rest } = r;
    return rest;
  };
  return { ...pack, items: pack.items.map((it) => ({ ...it, quote: strip(it.quote), evidence: it.evidence.map(strip) })) };
}

export function expandPack(pack: StoredPack): CompiledPack {
  const texts = new Map(pack.sources.map((s) => [s.id, s.text]));
  const fill = <T extends WithoutText<CompiledQuote> | WithoutText<CompiledEvidence>>(r: T) =>
    typeof r.text === 'string' ? r : { ...r, text: (texts.get(r.source) ?? '').slice(r.span.start, r.span.end) };
  return {
    ...pack,
    items: pack.items.map((it) => ({ ...it, quote: fill(it.quote) as CompiledQuote, evidence: it.evidence.map((e) => fill(e) as CompiledEvidence) })),
  };
}

/** The stored packs, expanded; anything that is not a list gives no packs. */
export function expandPacks(data: unknown): CompiledPack[] {
  return Array.isArray(data) ? (data as StoredPack[]).map(expandPack) : [];
}
