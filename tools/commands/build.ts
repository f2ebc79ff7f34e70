import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CompiledPack } from '../../src/core/pack/index.ts';
import { formatIssue, validateFile } from './validate.ts';

export const PACKS_DIR = 'content/packs';
export const OUT_FILE = 'src/generated/packs.json';

/** Validates every built-in pack and writes them, compiled, for the game to import. */
export async function buildCommand(argv: string[]): Promise<number> {
  if (argv.length > 0) {
    console.error('Usage: npm run content -- build');
    return 2;
  }
  const files = (await readdir(PACKS_DIR)).filter((f) => f.endsWith('.pack.json')).sort();
  const packs: CompiledPack[] = [];
  let failed = false;
  for (const name of files) {
    const { report, result } = await validateFile(join(PACKS_DIR, name));
    if (!result?.ok) {
      failed = true;
      console.error(`${report.file}: ${report.fatal ?? 'refused'}`);
      for (const e of report.errors) console.error(`  ${formatIssue(e)}`);
      continue;
    }
    const clash = packs.find((p) => p.id === result.pack.id);
    if (clash) {
      failed = true;
      console.error(`${report.file}: the pack id "${clash.id}" is used by another pack in ${PACKS_DIR}`);
      continue;
    }
    packs.push(result.pack);
    console.log(`${report.file}: valid, ${result.pack.items.length} items, ${result.warnings.length} warnings`);
  }
  if (failed) {
    console.error('build failed: nothing was written');
    return 1;
  }
  await mkdir('src/generated', { recursive: true });
  await writeFile(OUT_FILE, JSON.stringify(packs));
  console.log(`wrote ${OUT_FILE} (${packs.length} pack${packs.length === 1 ? '' : 's'})`);
  return 0;
}
