/**
 * Test helpers for the classroom server: SDK clients in Node (host and students), the upload,
 * and waiting on conditions (never on time).
 */
import { Client, type Room } from '@colyseus/sdk';
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { DEFAULT_OPTIONS, ROOM_NAME, type ClassOptions, type LoggedAnswer, type SeatInfo } from '../../src/core/classroom/protocol.ts';

export const FIRST_PACK = readFileSync('content/packs/dprk-man-in-the-west.pack.json', 'utf8');

export const secret = () => randomBytes(18).toString('base64url');

/** Resolves when `cond()` is truthy (polled), rejects after `ms` with `what`. */
export async function until<T>(cond: () => T | Promise<T>, what: string, ms = 15_000): Promise<NonNullable<Awaited<T>>> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await cond();
    if (v) return v as NonNullable<Awaited<T>>;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export async function upload(base: string, text = FIRST_PACK): Promise<{ status: number; body: any }> {
  const res = await fetch(new URL('api/packs', base), { method: 'POST', body: text, headers: { 'content-type': 'application/json' } });
  return { status: res.status, body: await res.json() };
}

export interface Host {
  room: Room;
  hostKey: string;
  seats: Map<string, SeatInfo>;
  answers: LoggedAnswer[];
  refused: unknown[];
}

export function track(room: Room): { refused: unknown[]; got: unknown[]; results: any[] } {
  const t = { refused: [] as unknown[], got: [] as unknown[], results: [] as any[] };
  room.onMessage('refused', (m) => t.refused.push(m));
  room.onMessage('got', (m) => t.got.push(m));
  room.onMessage('result', (m) => t.results.push(m));
  return t;
}

export async function hostClass(base: string, options: Partial<ClassOptions> = {}, client = new Client(base)): Promise<Host> {
  const up = await upload(base);
  if (up.status !== 201) throw new Error(JSON.stringify(up.body));
  const hostKey = secret();
  const room = await client.create(ROOM_NAME, { ticket: up.body.ticket, hostKey, options: { ...DEFAULT_OPTIONS, ...options } });
  const host: Host = { room, hostKey, seats: new Map(), answers: [], refused: [] };
  room.onMessage('seats', (list: SeatInfo[]) => list.forEach((s) => host.seats.set(s.id, s)));
  room.onMessage('answers', (list: LoggedAnswer[]) => host.answers.push(...list));
  room.onMessage('refused', (m) => host.refused.push(m));
  room.onMessage('got', () => {});
  room.onMessage('result', () => {});
  return host;
}

export async function joinAs(base: string, code: string, nickname: string, key = secret()): Promise<Room & { key: string }> {
  const room = (await new Client(base).joinById(code, { role: 'student', key, nickname })) as Room & { key: string };
  room.key = key;
  return room;
}
