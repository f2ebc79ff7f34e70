/**
 * Renders every Sourced sound to a .wav file so a person can listen to and measure them.
 * The game renders the same sounds in the page from the same code (src/audio/synth.ts);
 * these files are for ears and tools, not for the build.
 *
 *   npx tsx tools/make-sounds.ts [outDir]      (default /tmp/sourced-sounds)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SOUNDS } from '../src/audio/cues.ts';
import { encodeWav, peak, renderSound } from '../src/audio/synth.ts';

/** Root-mean-square level: a rough guide to how loud cues feel next to each other. */
function rms(samples: Float32Array): number {
  let sum = 0;
  for (const s of samples) sum += s * s;
  return Math.sqrt(sum / samples.length);
}

const outDir = resolve(process.argv[2] ?? '/tmp/sourced-sounds');
mkdirSync(outDir, { recursive: true });

const rows: string[][] = [['sound', 'seconds', 'rate', 'bytes', 'peak dBFS', 'rms dBFS', 'render ms', 'file']];
for (const name of SOUNDS) {
  const started = performance.now();
  const r = renderSound(name);
  const ms = performance.now() - started;
  const wav = encodeWav(r.samples, r.sampleRate);
  const file = join(outDir, `${name}.wav`);
  writeFileSync(file, wav);
  rows.push([
    name + (r.loop ? ' (loop)' : ''),
    (r.samples.length / r.sampleRate).toFixed(3),
    String(r.sampleRate),
    String(wav.length),
    (20 * Math.log10(peak(r.samples))).toFixed(2),
    (20 * Math.log10(rms(r.samples))).toFixed(1),
    ms.toFixed(1),
    file,
  ]);
}

const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c])).join('  ').trimEnd());
