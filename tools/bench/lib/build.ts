/**
 * Production builds for the benchmarks, in their own folders under bench-results/build/ so a
 * bench never touches dist/ (which the end-to-end tests serve):
 *
 * - game:     `npm run prepare:game` (packs and fonts, as `npm run build` does), then `vite build` with the project's vite.config.ts;
 * - baseline: tools/bench/baseline/ (a minimal Phaser 4 page) with the same config, another root,
 *   without the offline game's plugins (tools/pwa.ts).
 *
 * A build is reused when none of its inputs changed since it was made (a stamp of the paths,
 * sizes and modification times of the inputs); `--rebuild` forces it.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, loadConfigFromFile, mergeConfig, type InlineConfig } from 'vite';

export const BUILD_ROOT = resolve('bench-results/build');
export const GAME_DIR = join(BUILD_ROOT, 'game');
export const BASELINE_DIR = join(BUILD_ROOT, 'baseline');

function listFiles(path: string, out: string[] = []): string[] {
  if (!existsSync(path)) return out;
  const st = statSync(path);
  if (st.isFile()) {
    out.push(path);
    return out;
  }
  for (const name of readdirSync(path).sort()) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    listFiles(join(path, name), out);
  }
  return out;
}

function stampOf(inputs: string[]): string {
  const h = createHash('sha256');
  for (const input of inputs) {
    for (const f of listFiles(input)) {
      const st = statSync(f);
      h.update(`${f}\0${st.size}\0${st.mtimeMs}\n`);
    }
  }
  return h.digest('hex');
}

const COMMON_INPUTS = ['vite.config.ts', 'package-lock.json', 'node_modules/phaser/package.json', 'node_modules/vite/package.json'];
// src/generated and src/assets/fonts are rewritten by every build (from content/packs and the
// font package), so their generators and sources are the inputs, not the files themselves.
const GAME_INPUTS = [
  ...COMMON_INPUTS,
  'index.html',
  'public',
  'content/packs',
  'tools/commands/build.ts',
  'tools/fonts.ts',
  'node_modules/@fontsource/atkinson-hyperlegible/package.json',
  ...srcInputs(),
];
const BASELINE_INPUTS = [...COMMON_INPUTS, 'tools/bench/baseline'];

function srcInputs(): string[] {
  if (!existsSync('src')) return [];
  const dirs = readdirSync('src').filter((n) => n !== 'generated' && n !== 'assets').map((n) => join('src', n));
  const assets = existsSync('src/assets') ? readdirSync('src/assets').filter((n) => n !== 'fonts').map((n) => join('src/assets', n)) : [];
  return [...dirs, ...assets];
}

function fresh(dir: string, stamp: string): boolean {
  const file = join(dir, '.bench-stamp');
  return existsSync(file) && existsSync(join(dir, 'index.html')) && readFileSync(file, 'utf8') === stamp;
}

/** `vite build` with the project's config (its test options left out) and `extra` merged in, without the plugins `withoutPlugins` names. */
export async function viteBuild(extra: InlineConfig, withoutPlugins?: RegExp): Promise<void> {
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, 'vite.config.ts');
  const base = { ...(loaded?.config ?? {}) } as InlineConfig & { test?: unknown };
  delete base.test;
  if (withoutPlugins) base.plugins = (base.plugins ?? []).flat(Infinity as 1).filter((p) => !(p && typeof p === 'object' && 'name' in p && withoutPlugins.test(String(p.name))));
  await build(mergeConfig(base, { configFile: false, logLevel: 'warn', ...extra }) as InlineConfig);
}

export interface BuildInfo {
  dir: string;
  rebuilt: boolean;
  ms: number;
}

/** Builds the game (content first) unless the last build is still fresh. */
export async function buildGame(force: boolean): Promise<BuildInfo> {
  const t = performance.now();
  const stamp = stampOf(GAME_INPUTS);
  if (!force && fresh(GAME_DIR, stamp)) return { dir: GAME_DIR, rebuilt: false, ms: performance.now() - t };
  // The same preparation as `npm run build`: the built-in packs and the fonts.
  execFileSync('npm', ['run', '--silent', 'prepare:game'], { stdio: ['ignore', 'ignore', 'inherit'] });
  await viteBuild({ build: { outDir: GAME_DIR, emptyOutDir: true, reportCompressedSize: false } });
  writeFileSync(join(GAME_DIR, '.bench-stamp'), stamp);
  return { dir: GAME_DIR, rebuilt: true, ms: performance.now() - t };
}

/** Builds the minimal Phaser page with the project's Vite config, rooted at tools/bench/baseline. */
export async function buildBaseline(force: boolean): Promise<BuildInfo> {
  const t = performance.now();
  const stamp = stampOf(BASELINE_INPUTS);
  if (!force && fresh(BASELINE_DIR, stamp)) return { dir: BASELINE_DIR, rebuilt: false, ms: performance.now() - t };
  await viteBuild({
    root: resolve('tools/bench/baseline'),
    publicDir: false,
    build: { outDir: BASELINE_DIR, emptyOutDir: true, reportCompressedSize: false },
    // A bare Phaser page: no service worker, no icons.
  }, /^(vite-plugin-pwa|sourced:app-icons)/);
  writeFileSync(join(BASELINE_DIR, '.bench-stamp'), stamp);
  return { dir: BASELINE_DIR, rebuilt: true, ms: performance.now() - t };
}
