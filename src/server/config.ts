/** The classroom server's settings, from the environment (see docs/classroom.md). */
import { fileURLToPath } from 'node:url';

export interface Limits {
  /** Matchmaking requests (join, create, reconnect) per address: sustained rate and burst. */
  matchmakePerSecond: number;
  matchmakeBurst: number;
  /** Pack and resume uploads per address per minute. */
  uploadsPerMinute: number;
  /** Different unknown join codes one address may try per window. */
  unknownCodes: number;
  unknownCodesWindowMs: number;
}

export interface ServerConfig {
  port: number;
  host: string;
  /** The built site; null serves no site (the API and rooms only, behind Vite in development). */
  dist: string | null;
  /** Colyseus' Redis presence and driver, to share rooms across processes. */
  redisUrl: string | null;
  /** The address devices reach this process's rooms at (`host:port` or `host/path`), when several processes share Redis. */
  publicAddress: string | null;
  /** Origins allowed besides the page's own (e.g. the Vite dev server's). */
  extraOrigins: string[];
  /** Behind a proxy: the client's address is the first of X-Forwarded-For (for the per-address limits). */
  trustProxy: boolean;
  limits: Limits;
}

export const DEFAULT_LIMITS: Limits = {
  matchmakePerSecond: 20,
  matchmakeBurst: 200,
  uploadsPerMinute: 20,
  unknownCodes: 12,
  unknownCodesWindowMs: 10 * 60_000,
};

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

function num(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && value !== '' && Number.isFinite(n) ? n : fallback;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    port: num(env.PORT, 8787),
    host: env.HOST || '0.0.0.0',
    dist: env.SOURCED_NO_SITE ? null : env.SOURCED_DIST || DIST,
    redisUrl: env.REDIS_URL || null,
    publicAddress: env.PUBLIC_ADDRESS || null,
    extraOrigins: (env.SITE_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    limits: {
      matchmakePerSecond: num(env.LIMIT_MATCHMAKE_PER_SECOND, DEFAULT_LIMITS.matchmakePerSecond),
      matchmakeBurst: num(env.LIMIT_MATCHMAKE_BURST, DEFAULT_LIMITS.matchmakeBurst),
      uploadsPerMinute: num(env.LIMIT_UPLOADS_PER_MINUTE, DEFAULT_LIMITS.uploadsPerMinute),
      unknownCodes: num(env.LIMIT_UNKNOWN_CODES, DEFAULT_LIMITS.unknownCodes),
      unknownCodesWindowMs: DEFAULT_LIMITS.unknownCodesWindowMs,
    },
  };
}
