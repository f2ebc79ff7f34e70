/**
 * `npm run dev`: the whole product while developing — the classroom server (API and rooms, no
 * built site) and Vite's dev server, which proxies the classroom's paths to it (vite.config.ts).
 * One process, one Ctrl-C.
 */
import { spawnSync } from 'node:child_process';
import { createServer } from 'vite';
import { configFromEnv } from './config.ts';
import { CLASSROOM_DEV_PORT } from './dev-proxy.ts';
import { startServer } from './server.ts';

const prepared = spawnSync('npm', ['run', 'prepare:game'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (prepared.status !== 0) process.exit(prepared.status ?? 1);

const classroom = await startServer({ ...configFromEnv(), port: Number(process.env.CLASSROOM_PORT ?? CLASSROOM_DEV_PORT), host: '127.0.0.1', dist: null });
const vite = await createServer({ server: process.env.DEV_PORT ? { port: Number(process.env.DEV_PORT) } : {} });
await vite.listen();
vite.printUrls();
console.log(`  ➜  Classroom: host at ${vite.resolvedUrls?.local[0] ?? ''}host/ — API and rooms at ${classroom.url} (proxied)`);

const stop = async () => {
  await vite.close();
  await classroom.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
