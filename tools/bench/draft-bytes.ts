/**
 * What the draft generator weighs in the studio's Web Worker, which imports `draftPack`:
 * a production build (vite, minified, ES module) of a worker that calls it, and of the same
 * worker with compromise left out, so the library's share shows. Gzip level 9.
 *
 *   npx tsx tools/bench/draft-bytes.ts        (also section "draft" of npm run bench)
 */

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';

export interface DraftBytes {
  /** The whole worker: draftPack and everything it imports. */
  worker: { raw: number; gzip: number };
  /** The same with compromise external: what the rest weighs. */
  withoutCompromise: { raw: number; gzip: number };
  /** gzip(worker) − gzip(without compromise). */
  compromiseGzip: number;
}

async function bundle(entry: string, external: string[]): Promise<{ raw: number; gzip: number }> {
  const out = (await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: true, lib: { entry, formats: ['es'], fileName: 'worker' }, rolldownOptions: { external } },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const chunks = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
  const code = chunks.map((c) => c.code).join('\n');
  return { raw: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

export async function measureDraftBytes(): Promise<DraftBytes> {
  const dir = mkdtempSync(join(tmpdir(), 'draft-bytes-'));
  try {
    const entry = join(dir, 'worker.ts');
    // What the studio's worker does: receive sources, post the draft back.
    writeFileSync(
      entry,
      `import { draftPack } from ${JSON.stringify(resolve('src/core/draft/index.ts'))};\n` +
        `self.onmessage = (e) => { self.postMessage(draftPack(e.data.sources, e.data.options)); };\n`,
    );
    const worker = await bundle(entry, []);
    const withoutCompromise = await bundle(entry, ['compromise/two']);
    return { worker, withoutCompromise, compromiseGzip: worker.gzip - withoutCompromise.gzip };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function draftBytesReport(r: DraftBytes): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  return `Draft worker: ${kb(r.worker.gzip)} gzip (${kb(r.worker.raw)} minified), of which compromise ${kb(r.compromiseGzip)}; without it ${kb(r.withoutCompromise.gzip)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('npx tsx tools/bench/draft-bytes.ts');
  console.log(draftBytesReport(await measureDraftBytes()));
}
