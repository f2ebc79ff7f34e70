/**
 * The classroom server and Redis as real processes, for the end-to-end tests and the bench:
 * started on free local ports, stopped (or killed, like a crash) by their process group.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = `${ROOT}node_modules/.bin/tsx`;

/** A port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface Proc {
  child: ChildProcess;
  /** Everything it printed. */
  output(): string;
  /** SIGTERM, and waits for it to exit. */
  stop(): Promise<void>;
  /** SIGKILL, like a crash or a pulled plug: nothing gets to clean up. */
  kill(): Promise<void>;
}

function start(cmd: string, args: string[], env: NodeJS.ProcessEnv, ready: RegExp, timeoutMs = 30_000): Promise<Proc> {
  const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const signal = async (sig: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid!, sig);
      } catch {
        /* already gone */
      }
    }
    await exited;
  };
  const proc: Proc = { child, output: () => out, stop: () => signal('SIGTERM'), kill: () => signal('SIGKILL') };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void proc.kill();
      reject(new Error(`${cmd} did not start in ${timeoutMs} ms:\n${out}`));
    }, timeoutMs);
    const onData = (d: Buffer) => {
      out += d.toString();
      if (ready.test(out)) {
        clearTimeout(timer);
        resolve(proc);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${cmd} exited (${code}) before it was ready:\n${out}`));
    });
  });
}

export interface ServerOptions {
  port: number;
  /** The built site to serve (default dist/). */
  dist?: string;
  redisUrl?: string;
  publicAddress?: string;
  env?: NodeJS.ProcessEnv;
}

export interface ClassServer extends Proc {
  url: string;
  port: number;
}

/** The production server (`src/server/main.ts`) on the built site, on 127.0.0.1. */
export async function startClassServer(o: ServerOptions): Promise<ClassServer> {
  const dist = o.dist ?? `${ROOT}dist`;
  if (!existsSync(`${dist}/index.html`)) throw new Error('Build the site first (npm run build).');
  const env: NodeJS.ProcessEnv = { PORT: String(o.port), HOST: '127.0.0.1', SOURCED_DIST: dist, REDIS_URL: o.redisUrl ?? '', PUBLIC_ADDRESS: o.publicAddress ?? '', ...o.env };
  const p = await start(TSX, ['src/server/main.ts'], env, /READY http:\/\/\S+/);
  return { ...p, port: o.port, url: `http://127.0.0.1:${o.port}/` };
}

export const hasRedis = (): boolean => ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].some(existsSync);

/** Debian's redis-server on a free port, in memory only. */
export async function startRedis(): Promise<Proc & { url: string }> {
  const port = await freePort();
  const p = await start('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {}, /Ready to accept connections/);
  return { ...p, url: `redis://127.0.0.1:${port}` };
}
