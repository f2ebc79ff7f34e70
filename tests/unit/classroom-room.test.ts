/**
 * The room's logic through the real server and real SDK clients (the browsers' SDK, in Node):
 * a class plays, reconnects, rejoins, and nothing of the key reaches a student early.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '@colyseus/sdk';
import { CloseCode } from '@colyseus/core';
import { CLOSE, JOIN_ERRORS, readJsonField, revealGuard, ROOM_NAME, type PublicState } from '../../src/core/classroom/protocol.ts';
import { DEFAULT_LIMITS } from '../../src/server/config.ts';
import { startServer, type RunningServer } from '../../src/server/server.ts';
import { hostClass, joinAs, secret, track, until, upload } from '../classroom/sdk.ts';

let server: RunningServer;
let base: string;

beforeAll(async () => {
  server = await startServer({ port: 0, host: '127.0.0.1', dist: null, redisUrl: null, publicAddress: null, extraOrigins: [], trustProxy: false, limits: { ...DEFAULT_LIMITS, unknownCodes: 3 } });
  base = server.url;
});
afterAll(() => server.close());

const stateOf = (room: { state: unknown }) => room.state as PublicState;

describe('a hosted class', () => {
  it('plays a question: answers in, changed, closed, graded at the reveal', async () => {
    const host = await hostClass(base, { mode: 'quick' });
    const code = host.room.roomId;
    expect(code).toMatch(/^[CDFGHJKLMNPQRTVWXY]{5}$/);
    const ana = await joinAs(base, code, 'Ana');
    const bo = await joinAs(base, code, 'Bo');
    const anaT = track(ana);
    const boT = track(bo);
    await until(() => host.seats.size === 2 && [...host.seats.values()].every((s) => s.connected), 'two seats at the host');

    host.room.send('start');
    await until(() => stateOf(ana).phase === 'question', 'the question on Ana');
    const q = JSON.parse(stateOf(ana).question);
    expect(q).toMatchObject({ index: 0, text: expect.any(String), speaker: expect.any(String) });
    expect(stateOf(ana).reveal).toBe('');

    ana.send('answer', { index: 0, verdict: 'claim' });
    ana.send('answer', { index: 0, verdict: 'disputed' });
    bo.send('answer', { index: 0, verdict: 'verified-fact' });
    await until(() => host.answers.length === 3, 'three answers at the host');
    expect(host.answers.map((a) => a.verdict)).toEqual(['claim', 'disputed', 'verified-fact']);
    await until(() => anaT.got.length === 2, 'Ana’s answers acknowledged');

    host.room.send('close');
    await until(() => stateOf(bo).phase === 'closed', 'answers closed');
    bo.send('answer', { index: 0, verdict: 'claim' });
    await until(() => boT.refused.length === 1, 'a late answer refused');
    expect(boT.refused[0]).toMatchObject({ code: 'wrong-phase' });

    host.room.send('reveal');
    await until(() => stateOf(ana).phase === 'reveal' && anaT.results.length === 1, 'the reveal and Ana’s result');
    const reveal = readJsonField(stateOf(ana).reveal, revealGuard)!;
    expect(reveal.counts).toEqual({ claim: 0, 'verified-fact': 1, disputed: 1 });
    const anaRight = reveal.item.verdict === 'disputed';
    expect(anaT.results[0]).toMatchObject({ index: 0, record: { answered: 'disputed', actual: reveal.item.verdict, correct: anaRight }, points: anaRight ? 100 : 0 });

    const you = await ana.request('sync', {});
    expect(you).toMatchObject({ nickname: 'Ana', points: anaRight ? 100 : 0, records: [{ answered: 'disputed' }] });

    host.room.send('next');
    await until(() => stateOf(bo).index === 1 && stateOf(bo).reveal === '', 'the second question');
    await Promise.all([ana.leave(), bo.leave(), host.room.leave()]);
  });

  it('closes answers by itself when the timer runs out', async () => {
    const host = await hostClass(base, { timerSeconds: 20 });
    const ana = await joinAs(base, host.room.roomId, 'Ana');
    const before = Date.now();
    host.room.send('start');
    await until(() => stateOf(ana).phase === 'question', 'the question');
    expect(stateOf(ana).deadline).toBeGreaterThanOrEqual(before + 20_000);
    await until(() => stateOf(ana).phase === 'closed', 'answers closed by the timer', 40_000);
    expect(stateOf(ana).deadline).toBe(0);
    await Promise.all([ana.leave(), host.room.leave()]);
  }, 60_000);

  it('refuses what a student may not do, and keeps the room working', async () => {
    const host = await hostClass(base);
    const code = host.room.roomId;
    const eve = await joinAs(base, code, 'Eve');
    const t = track(eve);
    for (const cmd of ['start', 'reveal', 'next', 'end', 'dismiss']) eve.send(cmd);
    eve.send('remove', { seat: 's1' });
    eve.send('answer', { index: 0, verdict: 'claim' }); // lobby: wrong phase
    eve.send('answer', { index: 'x', verdict: 'maybe' });
    eve.send('answer', null);
    await until(() => t.refused.length === 9, 'nine refusals');
    expect(t.refused.slice(0, 6).every((r: any) => r.code === 'not-host')).toBe(true);
    expect(t.refused.slice(7).every((r: any) => r.code === 'bad-message')).toBe(true);
    expect(stateOf(eve).phase).toBe('lobby');
    const hostView: any = await host.room.request('sync', {});
    expect(hostView.seats).toHaveLength(1);
    expect(await eve.request('source', { id: hostView.order[0] ?? 'x' }).catch((e) => e)).toBeInstanceOf(Error);
    await Promise.all([eve.leave(), host.room.leave()]);
  });

  it('disconnects a client sending unknown messages, oversized ones or floods', async () => {
    const host = await hostClass(base);
    const code = host.room.roomId;
    // Fixed names: random letters now and then spell a word the nickname filter refuses.
    const names = ['Mallory Ant', 'Mallory Bee', 'Mallory Cod'];
    const left = async (send: (r: any) => void) => {
      const r = await joinAs(base, code, names.shift()!);
      const closed = new Promise<number>((resolve) => r.onLeave((c) => resolve(c)));
      r.reconnection.enabled = false;
      send(r);
      return closed;
    };
    await left((r) => r.send('no-such-type', {}));
    await left((r) => r.send('answer', { index: 0, verdict: 'claim', pad: 'x'.repeat(5000) }));
    await left((r) => {
      for (let i = 0; i < 200; i++) r.send('answer', { index: 0, verdict: 'claim' });
    });
    // The room still serves an honest student.
    const ok = await joinAs(base, code, 'Honest Heron');
    host.room.send('start');
    await until(() => stateOf(ok).phase === 'question', 'the question after the attacks');
    await Promise.all([ok.leave(), host.room.leave()]);
  });

  it('checks nicknames, keeps them unique, and removes a student for good', async () => {
    const host = await hostClass(base);
    const code = host.room.roomId;
    const ana = await joinAs(base, code, 'Ana');
    await expect(joinAs(base, code, ' ana ')).rejects.toMatchObject({ code: JOIN_ERRORS.nicknameTaken });
    await expect(joinAs(base, code, 'Sh1t')).rejects.toMatchObject({ code: JOIN_ERRORS.nicknameInvalid });
    await expect(new Client(base).joinById(code, { role: 'host', hostKey: secret() })).rejects.toMatchObject({ code: JOIN_ERRORS.notHost });
    await expect(new Client(base).joinById(code, { role: 'teacher' })).rejects.toMatchObject({ code: JOIN_ERRORS.badRequest });
    const markup = await joinAs(base, code, '<img src=x onerror=1>');
    await until(() => [...host.seats.values()].some((s) => s.nickname === '<img src=x onerror=1>'), 'the nickname, as text, at the host');

    const seat = [...host.seats.values()].find((s) => s.nickname === 'Ana')!;
    const gone = new Promise<number>((resolve) => ana.onLeave((c) => resolve(c)));
    host.room.send('remove', { seat: seat.id });
    expect(await gone).toBe(CLOSE.removed);
    await expect(joinAs(base, code, 'Ana again', ana.key)).rejects.toMatchObject({ code: JOIN_ERRORS.removed });
    await Promise.all([markup.leave(), host.room.leave()]);
  });

  it('gives a student their seat back: after a dropped connection, and by key after a reload', async () => {
    const host = await hostClass(base);
    const code = host.room.roomId;
    const ana = await joinAs(base, code, 'Ana');
    host.room.send('start');
    await until(() => stateOf(ana).phase === 'question', 'the question');
    ana.send('answer', { index: 0, verdict: 'claim' });
    await until(() => host.answers.length === 1, 'the answer');
    // The Wi-Fi drops (the SDK closes like this when the browser goes offline): it reconnects by itself.
    ana.reconnection.minUptime = 0;
    let reconnected = false;
    ana.onReconnect(() => (reconnected = true));
    ana.connection.close(CloseCode.MAY_TRY_RECONNECT);
    await until(() => reconnected, 'the automatic reconnection');
    await until(() => [...host.seats.values()].every((s) => s.connected), 'the seat online again');
    expect(await ana.request('sync', {})).toMatchObject({ answer: { verdict: 'claim' } });
    // A reload: a new page, the same key in the browser.
    ana.reconnection.enabled = false;
    await ana.leave(false);
    await until(() => [...host.seats.values()].some((s) => !s.connected), 'the seat shown offline');
    const again = await joinAs(base, code, 'A new name', ana.key);
    const you: any = await again.request('sync', {});
    expect(you).toMatchObject({ nickname: 'Ana', answer: { index: 0, verdict: 'claim' } });
    await until(() => [...host.seats.values()].every((s) => s.connected) && host.seats.size === 1, 'one seat, online again');

    // The host reloads too: a new page with the host key, and the whole log from the server.
    await host.room.leave(false);
    const back = await new Client(base).joinById(code, { role: 'host', hostKey: host.hostKey });
    const view: any = await back.request('sync', {});
    expect(view.answers).toEqual([expect.objectContaining({ verdict: 'claim', index: 0 })]);
    expect(view.seats).toHaveLength(1);
    await Promise.all([again.leave(), back.leave()]);
  });

  it('refuses a bad pack with the validator’s errors, and a create without an upload', async () => {
    const bad = await upload(base, '{"format":"sourced-pack@1",\n"id":"x"}');
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0]).toMatchObject({ path: expect.any(String), message: expect.any(String), line: expect.any(Number) });
    const tooBig = await upload(base, 'x'.repeat(8_000_001));
    expect(tooBig.status).toBe(413);
    await expect(new Client(base).create(ROOM_NAME, { ticket: 'x'.repeat(20), hostKey: secret(), options: {} })).rejects.toBeTruthy();
    await expect(new Client(base).create(ROOM_NAME, { ticket: 'nope'.repeat(5), hostKey: secret(), options: { mode: 'quick', showQuote: true, timerSeconds: 0, askConfidence: false, leaderboard: false } })).rejects.toMatchObject({
      message: expect.stringContaining('expired'),
    });
  });
});

describe('the HTTP surface', () => {
  const post = (path: string, headers: Record<string, string> = {}, body = '{}') => fetch(new URL(path, base), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('exposes only the matchmaking the game uses, with no CORS for other sites', async () => {
    for (const m of ['joinOrCreate', 'join', 'query', 'findOneRoomAvailable']) expect((await post(`matchmake/${m}/class`)).status).toBe(404);
    const foreign = await post('matchmake/create/class', { origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(new URL('matchmake/create/class', base), { method: 'OPTIONS', headers: { origin: 'http://evil.example' } });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const health = await fetch(new URL('api/health', base));
    expect(await health.json()).toEqual({ ok: true, service: 'sourced-classroom' });
  });

  it('refuses a WebSocket handshake from a foreign page', async () => {
    const { WebSocket } = await import('ws');
    const ws = new WebSocket(`${base.replace('http', 'ws')}anything/KXRTM?sessionId=x`, { headers: { origin: 'http://evil.example' } });
    const status = await new Promise<number>((resolve) => ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)));
    expect(status).toBe(403);
  });

  it('stops an address that tries too many unknown codes, not one that retries its code', async () => {
    const tryCode = (code: string) => post(`matchmake/joinById/${code}`, {}, JSON.stringify({ role: 'student', key: secret(), nickname: 'Guess' }));
    // Unknown codes answer like Colyseus does (its error code as the status, which the SDK reads).
    for (let i = 0; i < 5; i++) expect((await tryCode('CCCCC')).status).toBe(522);
    for (const code of ['DDDDD', 'FFFFF']) expect((await tryCode(code)).status).toBe(522);
    const blocked = await tryCode('GGGGG');
    expect(blocked.status).toBe(429);
    expect(await blocked.json()).toMatchObject({ error: expect.stringContaining('Too many wrong codes') });
    // The codes it already tried are still answered (a class retrying its own code is not guessing).
    expect((await tryCode('CCCCC')).status).toBe(522);
  });
});
