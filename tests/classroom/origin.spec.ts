/**
 * A page of another site cannot use the classroom: CORS answers nothing to it, its uploads and
 * matchmaking are refused, its WebSocket handshakes too. (The SDK-level hostile clients —
 * malformed, oversized, wrong-phase, host commands from a student, floods, code guessing,
 * markup in nicknames — are in tests/unit/classroom-room.test.ts, against the same server.)
 */
import { expect, test } from '@playwright/test';
import { freePort, startClassServer, type ClassServer } from './processes';

let server: ClassServer | null = null;
test.afterEach(async () => {
  await server?.stop();
});

test('a foreign page gets no CORS, no upload, no matchmaking and no room socket', async ({ page }) => {
  const port = await freePort();
  server = await startClassServer({ port });
  // http://localhost:<port> and http://127.0.0.1:<port> are two origins: the first plays the foreign site.
  await page.goto(`http://localhost:${port}/`);
  const target = `http://127.0.0.1:${port}/`;
  const results = await page.evaluate(async (base) => {
    const attempt = async (path: string, body: string) => {
      try {
        const r = await fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        return `answered ${r.status}`;
      } catch {
        return 'blocked';
      }
    };
    const socket = await new Promise<string>((resolve) => {
      const ws = new WebSocket(`${base.replace('http', 'ws')}process/KXRTM?sessionId=x`);
      ws.onopen = () => resolve('open');
      ws.onerror = () => resolve('refused');
    });
    return { upload: await attempt('api/packs', '{}'), join: await attempt('matchmake/joinById/KXRTM', '{}'), create: await attempt('matchmake/create/class', '{}'), socket };
  }, target);
  expect(results).toEqual({ upload: 'blocked', join: 'blocked', create: 'blocked', socket: 'refused' });

  // And what the browser blocked, the server refused anyway (a form or a script without CORS gets a 403).
  const direct = await fetch(`${target}api/packs`, { method: 'POST', headers: { origin: `http://localhost:${port}` }, body: '{}' });
  expect(direct.status).toBe(403);
  expect(direct.headers.get('access-control-allow-origin')).toBeNull();
});
