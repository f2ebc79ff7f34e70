/**
 * Makes the web fonts the game ships (src/assets/fonts/, not committed: they are derived from
 * a package, not written by us) from @fontsource/atkinson-hyperlegible. `npm run dev` and
 * `npm run build` run it first; by hand:
 *
 *   npx tsx tools/fonts.ts
 *
 * The same two faces (400 and 700, the "latin" subset: the same characters as fontsource's
 * files) with the TrueType hinting instructions removed: 10 KB instead of 17.5 KB each.
 * Browsers rasterise web fonts without hinting on every platform but old Windows GDI text, so
 * the letters look the same; the fonts are on the first quote's path, so every KB counts
 * (docs/benchmarks.md). Atkinson Hyperlegible is under the SIL Open Font License 1.1 with no
 * reserved font name, which allows this; OFL.txt travels with the files.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';

const FROM = 'node_modules/@fontsource/atkinson-hyperlegible';
const TO = 'src/assets/fonts';

/** fontsource's unicode-range of the "latin" subset. */
const LATIN: Array<[number, number]> = [
  [0x0000, 0x00ff], [0x0131, 0x0131], [0x0152, 0x0153], [0x02bb, 0x02bc], [0x02c6, 0x02c6], [0x02da, 0x02da],
  [0x02dc, 0x02dc], [0x0304, 0x0304], [0x0308, 0x0308], [0x0329, 0x0329], [0x2000, 0x206f], [0x20ac, 0x20ac],
  [0x2122, 0x2122], [0x2191, 0x2191], [0x2193, 0x2193], [0x2212, 0x2212], [0x2215, 0x2215], [0xfeff, 0xfeff],
  [0xfffd, 0xfffd],
];

const chars = LATIN.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => String.fromCodePoint(a + i))).join('');

mkdirSync(TO, { recursive: true });
for (const weight of [400, 700]) {
  const name = `atkinson-hyperlegible-latin-${weight}-normal`;
  const source = readFileSync(join(FROM, 'files', `${name}.woff2`));
  const out = await subsetFont(source, chars, { targetFormat: 'woff2', noHinting: true });
  writeFileSync(join(TO, `${name}-unhinted.woff2`), out);
  console.log(`${name}: ${source.length} -> ${out.length} bytes`);
}
copyFileSync(join(FROM, 'LICENSE'), join(TO, 'OFL.txt'));
