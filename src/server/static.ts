/**
 * The built site (`dist/`), served from memory: each file read once, compressed once (brotli or
 * gzip, as the browser accepts), hashed assets cached for a year, pages revalidated. A surface's
 * folder (`join`, `host`, …) is its own page, `join` answered with a redirect to `join/` so the
 * page's relative addresses resolve.
 */
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wav': 'audio/wav',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * The pages' content security policy: scripts, styles, fonts and workers come from the site
 * itself only, so markup that ever slipped into a page (a nickname, a pack's text) could run
 * nothing. Images and sounds may also be blob: (the stage's backdrop; the synthesised cues,
 * which Howler fetches, hence blob: in connect-src too); requests may go to any http(s) or ws(s) address, because a `?pack=` link names a teacher's own
 * server and, with Redis, a room may live on another process's public address.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "font-src 'self'",
  "worker-src 'self'",
  "connect-src 'self' blob: http: https: ws: wss:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt', '.map']);

interface Cached {
  raw: Buffer;
  br?: Buffer;
  gzip?: Buffer;
  type: string;
}

export function createStaticHandler(root: string) {
  const base = normalize(root + sep);
  const cache = new Map<string, Cached>();

  /** A file of the site; misses are not kept (any address can be asked for). */
  async function load(path: string): Promise<Cached | null> {
    const hit = cache.get(path);
    if (hit) return hit;
    let entry: Cached | null = null;
    try {
      if ((await stat(path)).isFile()) {
        const ext = extname(path);
        entry = { raw: await readFile(path), type: TYPES[ext] ?? 'application/octet-stream' };
        if (COMPRESSIBLE.has(ext) && entry.raw.length > 512) {
          entry.br = brotliCompressSync(entry.raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } });
          entry.gzip = gzipSync(entry.raw, { level: 9 });
        }
      }
    } catch {
      return null;
    }
    if (entry) cache.set(path, entry);
    return entry;
  }

  /** Answers GET/HEAD for a file of the site; false when there is none (the caller says 404). */
  return async function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean> {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return false;
    }
    if (decoded.includes('\0')) return false;
    const wantsFolder = decoded.endsWith('/');
    const file = normalize(join(base, decoded, wantsFolder ? 'index.html' : ''));
    if (!file.startsWith(base)) return false;
    let entry = await load(file);
    if (!entry && !wantsFolder && !extname(decoded)) {
      // `…/join` → `…/join/`, keeping the query (`?code=…`).
      if (await load(join(file, 'index.html'))) {
        const q = req.url?.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
        res.writeHead(301, { location: `${pathname}/${q}` });
        res.end();
        return true;
      }
    }
    if (!entry) return false;
    const accept = String(req.headers['accept-encoding'] ?? '');
    const encoding = entry.br && /\bbr\b/.test(accept) ? 'br' : entry.gzip && /\bgzip\b/.test(accept) ? 'gzip' : null;
    const body = encoding === 'br' ? entry.br! : encoding === 'gzip' ? entry.gzip! : entry.raw;
    const immutable = /\/assets\/[^/]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/.test(decoded);
    res.writeHead(200, {
      'content-type': entry.type,
      'content-length': body.length,
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      vary: 'accept-encoding',
      ...(entry.type.startsWith('text/html') ? { 'content-security-policy': CONTENT_SECURITY_POLICY } : {}),
      ...(encoding ? { 'content-encoding': encoding } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}
