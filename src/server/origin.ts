/**
 * Which pages may talk to the classroom: the server's own pages, and the origins configured
 * (the Vite dev server, a separate site in a deployment). Requests without an Origin (the SDK
 * in Node, curl) are not browsers, which CORS does not concern; a browser always sends one on
 * POST and on a WebSocket handshake.
 */
import type { IncomingMessage } from 'node:http';

export function originAllowed(req: IncomingMessage, extra: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (extra.includes(origin)) return true;
  const host = req.headers.host;
  if (!host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** CORS answer headers: only for an allowed foreign origin, only what the game uses. */
export function corsHeaders(req: IncomingMessage, extra: readonly string[]): Record<string, string> {
  const origin = req.headers.origin;
  if (!origin || !extra.includes(origin)) return {};
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-methods': 'GET, POST',
    'access-control-allow-headers': 'Content-Type, Accept',
    'access-control-max-age': '600',
    vary: 'Origin',
  };
}
