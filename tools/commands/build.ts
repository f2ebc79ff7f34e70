import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { authoringOf, sourceTextsOf, withoutAuthoring, withoutSourceTexts } from '../../src/core/pack/builtin.ts';
import { REVIEW_KEY, unreviewedItemIds, type CompiledPack } from '../../src/core/pack/index.ts';
import { packReport, speakerKinds, SPEAKERS_KEY } from './pack-report.ts';
import { formatIssue, validateFile } from './validate.ts';

export const PACKS_DIR = 'content/packs';
export const OUT_FILE = 'src/generated/packs.json';
/** Beside the packs: their sources' texts, which the game fetches only to show a passage in its source. */
export const textsFileOf = (out: string) => out.replace(/(\.json)?$/, '.texts.json');
/** And the authors' extensions, which only the teacher's surfaces load. */
export const authoringFileOf = (out: string) => out.replace(/(\.json)?$/, '.authoring.json');

const USAGE = `Usage: npm run content -- build [--packs DIR] [--out FILE]

  --packs DIR   where the *.pack.json files are (default ${PACKS_DIR})
  --out FILE    where the compiled packs go (default ${OUT_FILE}); their sources'
                texts go beside it (${textsFileOf(OUT_FILE)})`;

function parseArgs(argv: string[]): { packs: string; out: string } | string {
  const args = { packs: PACKS_DIR, out: OUT_FILE };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const v = argv[i + 1];
    if ((a === '--packs' || a === '--out') && v !== undefined && !v.startsWith('--')) {
      args[a === '--packs' ? 'packs' : 'out'] = v;
      i++;
    } else return a === '--help' || a === '-h' ? '' : a === '--packs' || a === '--out' ? `${a} needs a value.` : `Unknown argument ${a}.`;
  }
  return args;
}

/**
 * Validates every pack of a folder (by default the built-in packs) and writes them,
 * compiled, for the game to import (src/core/pack/builtin.ts): the packs without their sources' texts,
 * and the texts beside them. Nothing is written when any pack is refused.
 * For each pack it prints the verdict split per speaker kind and each explanation's reading grade (pack-report.ts).
 */
export async function buildCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    console.error(args ? `${args}\n\n${USAGE}` : USAGE);
    return args ? 2 : 0;
  }
  let names: string[];
  try {
    names = (await readdir(args.packs)).filter((f) => f.endsWith('.pack.json')).sort();
  } catch (e) {
    console.error(`cannot read ${args.packs}: ${(e as Error).message}`);
    return 2;
  }
  const packs: CompiledPack[] = [];
  let failed = false;
  for (const name of names) {
    const { report, result } = await validateFile(join(args.packs, name));
    if (!result?.ok) {
      failed = true;
      console.error(`${report.file}: ${report.fatal ?? 'refused'}`);
      for (const e of report.errors) console.error(`  ${formatIssue(e)}`);
      continue;
    }
    const unreviewed = unreviewedItemIds(result.pack);
    if (unreviewed.length > 0) {
      failed = true;
      console.error(`${report.file}: refused: ${unreviewed.length} item${unreviewed.length === 1 ? ' is' : 's are'} not reviewed (extensions["${REVIEW_KEY}"]). A draft never ships as a built-in pack: review each item and remove the mark.`);
      continue;
    }
    const clash = packs.find((p) => p.id === result.pack.id);
    if (clash) {
      failed = true;
      console.error(`${report.file}: the pack id "${clash.id}" is used by another pack in ${args.packs}`);
      continue;
    }
    const { problems } = speakerKinds(result.pack);
    if (problems.length > 0) {
      failed = true;
      console.error(`${report.file}: refused: its speaker kinds (extensions["${SPEAKERS_KEY}"], see docs/pack-format.md) cannot be read:`);
      for (const p of problems) console.error(`  ${p}`);
      continue;
    }
    packs.push(result.pack);
    console.log(`${report.file}: valid, ${result.pack.items.length} items, ${result.warnings.length} warnings`);
    for (const line of packReport(result.pack)) console.log(line);
  }
  if (failed) {
    console.error('build failed: nothing was written');
    return 1;
  }
  await mkdir(dirname(args.out), { recursive: true });
  await writeFile(args.out, JSON.stringify(packs.map((p) => withoutAuthoring(withoutSourceTexts(p)))));
  await writeFile(textsFileOf(args.out), JSON.stringify(sourceTextsOf(packs)));
  await writeFile(authoringFileOf(args.out), JSON.stringify(authoringOf(packs)));
  console.log(`wrote ${args.out}, ${textsFileOf(args.out)} and ${authoringFileOf(args.out)} (${packs.length} pack${packs.length === 1 ? '' : 's'})`);
  return 0;
}
