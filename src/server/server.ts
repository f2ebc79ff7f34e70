/**
 * The classroom server: one `node:http` server for the built site, the classroom's HTTP API
 * and the Colyseus rooms, on one port.
 *
 * Colyseus answers its matchmaking routes with CORS for any origin and exposes every
 * matchmaking method by default; here only `create`, `joinById` and `reconnect` are exposed,
 * CORS is limited to the site's origin(s), each address is rate limited, and an address that
 * tries too many unknown join codes is refused. WebSocket handshakes from foreign pages are
 * refused too.
 */
import { ErrorCode, matchMaker, Server, type Presence } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket } from 'ws';
import { isCode } from '../core/classroom/code.ts';
import { LIMITS, ROOM_NAME } from '../core/classroom/protocol.ts';
import { lanAddresses } from './addresses.ts';
import { SERVICE, sendJson, uploadPack, uploadResume } from './api.ts';
import type { ServerConfig } from './config.ts';
import { CodeGuessGuard, TokenBuckets } from './limits.ts';
import { corsHeaders, originAllowed } from './origin.ts';
import { PackChecker } from './pack-check.ts';
import { ClassRoom } from './room.ts';
import { createStaticHandler } from './static.ts';

// Colyseus' reconnection reads the global WebSocket, which Node 20 does not have.
(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;

const EXPOSED = ['create', 'joinById', 'reconnect'];
/** Matchmaking options are small (a nickname, keys, the session options). */
const MATCHMAKE_BODY_BYTES = 16_384;

export interface RunningServer {
  /** `http://host:port/` as this process listens. */
  url: string;
  port: number;
  /** Stops accepting, disconnects the rooms, closes Redis. */
  close(): Promise<void>;
}

export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const http = createServer();
  const extra = config.extraOrigins;
  const transport = new WebSocketTransport({
    server: http,
    maxPayload: LIMITS.messageBytes,
    beforeUpgrade: (_url, context) => {
      const origin = context.headers.get('origin');
      const host = context.headers.get('host');
      const ok = !origin || extra.includes(origin) || (host !== null && safeHost(origin) === host);
      return ok ? undefined : new Response('This page may not join classes here.', { status: 403 });
    },
  });

  let presence: Presence | undefined;
  let driver: matchMaker.MatchMakerDriver | undefined;
  if (config.redisUrl) {
    const [{ RedisPresence }, { RedisDriver }] = await Promise.all([import('@colyseus/redis-presence'), import('@colyseus/redis-driver')]);
    presence = new RedisPresence(config.redisUrl);
    driver = new RedisDriver(config.redisUrl);
  }
  const game = new Server({
    transport,
    greet: false,
    gracefullyShutdown: false,
    ...(presence ? { presence } : {}),
    ...(driver ? { driver } : {}),
    ...(config.publicAddress ? { publicAddress: config.publicAddress } : {}),
  });
  matchMaker.controller.exposedMethods = EXPOSED;
  // Colyseus adds these to every response of the HTTP server; CORS is answered below instead.
  matchMaker.controller.DEFAULT_CORS_HEADERS = {} as typeof matchMaker.controller.DEFAULT_CORS_HEADERS;
  matchMaker.controller.getCorsHeaders = () => ({});
  game.define(ROOM_NAME, ClassRoom);

  await game.listen(config.port, config.host);
  const port = (http.address() as AddressInfo).port;
  // Colyseus has put its own request listener on the server: matchmaking goes through it, the
  // rest (site, API) through ours, and every request through the checks first.
  const colyseus = http.listeners('request') as RequestListener[];
  if (colyseus.length !== 1) throw new Error(`Expected one Colyseus request listener, found ${colyseus.length}.`);
  http.removeAllListeners('request');

  const serveStatic = config.dist ? createStaticHandler(config.dist) : null;
  const matchmaking = new TokenBuckets({ perSecond: config.limits.matchmakePerSecond, burst: config.limits.matchmakeBurst });
  const uploads = new TokenBuckets({ perSecond: config.limits.uploadsPerMinute / 60, burst: Math.max(1, Math.ceil(config.limits.uploadsPerMinute / 2)) });
  const checker = new PackChecker();
  const guesses = new CodeGuessGuard({ maxCodes: config.limits.unknownCodes, windowMs: config.limits.unknownCodesWindowMs });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'same-origin');
    const url = new URL(req.url ?? '/', 'http://x');
    const path = url.pathname;
    const address = clientAddress(req, config.trustProxy);
    const isApi = path.startsWith('/api/') || path.startsWith('/matchmake/');
    if (isApi) {
      if (!originAllowed(req, extra)) return sendJson(res, 403, { error: 'This page may not use the classroom here.' });
      for (const [k, v] of Object.entries(corsHeaders(req, extra))) res.setHeader(k, v);
      if (req.method === 'OPTIONS') {
        res.writeHead(204);
        return void res.end();
      }
    }

    if (path === '/api/health' && req.method === 'GET') {
      // A page opened on this computer (localhost) learns the addresses students can reach instead.
      const local = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(req.headers.host ?? '');
      const network = local && config.host !== '127.0.0.1' ? lanAddresses().map((a) => `http://${a}:${port}/`) : [];
      return sendJson(res, 200, { ok: true, service: SERVICE, ...(network.length ? { network } : {}) });
    }
    if ((path === '/api/packs' || path === '/api/resume') && req.method === 'POST') {
      if (!uploads.take(address)) return sendJson(res, 429, { errors: [{ path: '', message: 'Too many uploads from this network: wait a minute.' }] });
      return path === '/api/packs' ? uploadPack(req, res, matchMaker.presence, checker) : uploadResume(req, res, matchMaker.presence, checker);
    }
    if (path.startsWith('/matchmake/')) {
      const [, , method, target] = path.split('/');
      if (req.method !== 'POST' || !method || !EXPOSED.includes(method)) return sendJson(res, 404, { code: ErrorCode.MATCHMAKE_NO_HANDLER, error: 'Not found.' });
      if (Number(req.headers['content-length'] ?? 0) > MATCHMAKE_BODY_BYTES) return sendJson(res, 413, { code: ErrorCode.MATCHMAKE_INVALID_CRITERIA, error: 'Too large.' });
      if (!matchmaking.take(address)) return sendJson(res, 429, { code: ErrorCode.MATCHMAKE_UNHANDLED, error: 'Too many requests from this network: wait a moment.' });
      if (method === 'joinById' && !(await knownCode(address, target ?? ''))) {
        // Colyseus answers an unknown room with its error code as the HTTP status; the SDK reads the status.
        if (!guesses.allowed(address, target ?? '')) return sendJson(res, 429, { code: ErrorCode.MATCHMAKE_INVALID_ROOM_ID, error: 'Too many wrong codes from this network: wait a few minutes.' });
        return sendJson(res, ErrorCode.MATCHMAKE_INVALID_ROOM_ID, { code: ErrorCode.MATCHMAKE_INVALID_ROOM_ID, error: 'There is no class with this code.' });
      }
      return colyseus[0]!(req, res);
    }
    if (isApi) return sendJson(res, 404, { error: 'Not found.' });
    if ((req.method === 'GET' || req.method === 'HEAD') && serveStatic && (await serveStatic(req, res, path))) return;
    res.writeHead(req.method === 'GET' || req.method === 'HEAD' ? 404 : 405, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(req.method === 'GET' || req.method === 'HEAD' ? 'Not found.' : 'Method not allowed.');
  }

  /** Whether `code` is a live session; an address trying too many codes that are not gets no answer. */
  async function knownCode(address: string, code: string): Promise<boolean> {
    if (!guesses.allowed(address, code)) return false;
    const known = isCode(code) && (await matchMaker.query({ roomId: code })).length > 0;
    if (!known) guesses.failed(address, code);
    return known;
  }

  http.on('request', (req, res) => {
    handle(req, res).catch((e: unknown) => {
      console.error(e);
      if (!res.headersSent) sendJson(res, 500, { error: 'The server failed on this request.' });
      else res.destroy();
    });
  });

  return {
    url: `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}/`,
    port,
    close: async () => {
      await checker.close();
      await game.gracefullyShutdown(false);
    },
  };
}

/** The address the per-address limits count: the socket's, or behind a trusted proxy the first forwarded one. */
function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? String(req.headers['x-forwarded-for'] ?? '').split(',')[0]!.trim() : '';
  return forwarded || req.socket.remoteAddress || '';
}

function safeHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}
