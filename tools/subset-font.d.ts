/** The part of subset-font (harfbuzz's hb-subset, as wasm) that tools/fonts.ts uses. */
declare module 'subset-font' {
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: { targetFormat?: 'woff2' | 'woff' | 'sfnt' | 'truetype'; noHinting?: boolean; preserveNameIds?: number[] },
  ): Promise<Buffer>;
}
