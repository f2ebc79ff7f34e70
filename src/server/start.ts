/**
 * `npm start`: builds the site when the build is missing or older than its sources, then runs
 * the classroom server, which serves the site, its API and the rooms on one port.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCES = ['src', 'content', 'assets', 'index.html', 'vite.config.ts', 'package.json', 'tools/vite-routes.ts', 'tools/fonts.ts', 'tools/commands/build.ts'];
/** Written by the build itself, so never newer than it for the right reason. */
const SKIP = new Set(['generated', 'fonts', 'node_modules']);

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let t = 0;
  for (const name of readdirSync(path)) if (!SKIP.has(name)) t = Math.max(t, newest(join(path, name)));
  return t;
}

const built = join(ROOT, 'dist', 'index.html');
const stale = !existsSync(built) || SOURCES.some((p) => newest(join(ROOT, p)) > statSync(built).mtimeMs);
if (stale && !process.env.SOURCED_SKIP_BUILD) {
  console.log('Building the site first (npm run build)…');
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
await import('./main.ts');
