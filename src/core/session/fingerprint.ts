import type { CompiledPack } from '../pack/types.ts';

/** cyrb53 (bryc, public domain): a fast 53-bit string hash, as 14 hex digits. */
export function hash53(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/**
 * A fingerprint of what a game depends on: the pack id and date and, for every item, its
 * id, verdict, quote (source and text), skill and difficulty. A saved game whose pack's
 * fingerprint differs was made with another version of the pack. Edits to explanations,
 * evidence or sources do not change it (the reveal always shows the current pack).
 */
export function fingerprintPack(pack: Pick<CompiledPack, 'id' | 'updated' | 'items'>): string {
  const canonical = JSON.stringify([
    pack.id,
    pack.updated,
    pack.items.map((it) => [it.id, it.verdict, it.quote.source, it.quote.text, it.skill ?? null, it.difficulty ?? null]),
  ]);
  return `fp1-${hash53(canonical)}`;
}
