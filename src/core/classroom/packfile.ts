/**
 * A compiled pack (built in, or kept in the library) back as the file an author writes: the
 * validator refuses unknown keys, so the offsets it added (`span`) come out. The host uploads
 * this text, and the server checks it with the same validator as the content tools.
 */
import type { CompiledPack, Pack } from '../pack/types.ts';

export function packFileOf(pack: CompiledPack): Pack {
  return {
    ...pack,
    items: pack.items.map((it) => ({
      ...it,
      quote: { source: it.quote.source, text: it.quote.text, speaker: it.quote.speaker },
      evidence: it.evidence.map(({ span: _, ...ev }) => ev),
    })),
  };
}

export function packFileText(pack: CompiledPack): string {
  return JSON.stringify(packFileOf(pack));
}
