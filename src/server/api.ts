/**
 * The classroom's small HTTP API, beside the site and the rooms:
 *
 * - `GET  api/health` → `{ ok: true, service: "sourced-classroom" }`: the host and studio pages
 *   ask it to know whether a classroom server is there at all (a static host answers 404);
 * - `POST api/packs`  (the pack file's text) → `{ ticket, title, items, warnings }`, or the
 *   validator's errors (422) — the same validator as the content tools, with line numbers;
 * - `POST api/resume` (`{ pack, snapshot }`) → `{ ticket }`: the host's log of a session the
 *   server lost, checked against its pack, for `create` to bring the session back.
 */
import type { Presence } from '@colyseus/core';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resumeSnapshotGuard, type ResumeSnapshot } from '../core/classroom/snapshot.ts';
import { LIMITS } from '../core/classroom/protocol.ts';
import type { CompiledPack, PackIssue } from '../core/pack/types.ts';
import type { PackChecker } from './pack-check.ts';
import { storeTicket } from './tickets.ts';

export const SERVICE = 'sourced-classroom';

export interface UploadReply {
  ticket: string;
  title: string;
  items: number;
  warnings: PackIssue[];
}

export interface ApiErrorReply {
  errors: Array<Pick<PackIssue, 'path' | 'message' | 'line'>>;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' });
  res.end(text);
}

const refuse = (res: ServerResponse, status: number, message: string) => sendJson(res, status, { errors: [{ path: '', message }] } satisfies ApiErrorReply);

class TooLarge extends Error {}

/** The request's body as text, refusing more than `limit` bytes (without reading them all). */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > limit) return reject(new TooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(new TooLarge());
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const mb = (bytes: number) => `${Math.round(bytes / 1e6)} MB`;

type Checked = { ok: true; pack: CompiledPack; warnings: PackIssue[] } | { ok: false; status: number; errors: ApiErrorReply['errors'] };

async function checkPackText(checker: PackChecker, text: string): Promise<Checked> {
  const r = await checker.check(text);
  if (!r.ok) return { ok: false, status: 422, errors: r.errors.map(({ path, message, line }) => ({ path, message, ...(line !== undefined ? { line } : {}) })) };
  return { ok: true, pack: r.pack, warnings: r.warnings };
}

export async function uploadPack(req: IncomingMessage, res: ServerResponse, presence: Presence, checker: PackChecker): Promise<void> {
  let text: string;
  try {
    text = await readBody(req, LIMITS.packBytes);
  } catch (e) {
    return e instanceof TooLarge ? refuse(res, 413, `A pack sent to the classroom can be at most ${mb(LIMITS.packBytes)}.`) : refuse(res, 400, 'The pack could not be received.');
  }
  const checked = await checkPackText(checker, text);
  if (!checked.ok) return sendJson(res, checked.status, { errors: checked.errors } satisfies ApiErrorReply);
  const ticket = await storeTicket(presence, { pack: checked.pack });
  sendJson(res, 201, { ticket, title: checked.pack.title, items: checked.pack.items.length, warnings: checked.warnings } satisfies UploadReply);
}

export async function uploadResume(req: IncomingMessage, res: ServerResponse, presence: Presence, checker: PackChecker): Promise<void> {
  let body: unknown;
  try {
    body = JSON.parse(await readBody(req, LIMITS.resumeBytes));
  } catch (e) {
    return e instanceof TooLarge ? refuse(res, 413, `The session's log is larger than ${mb(LIMITS.resumeBytes)}.`) : refuse(res, 400, 'The session could not be read.');
  }
  const { pack: packText, snapshot } = (body ?? {}) as { pack?: unknown; snapshot?: unknown };
  if (typeof packText !== 'string') return refuse(res, 400, 'The session comes without its pack.');
  const checked = await checkPackText(checker, packText);
  if (!checked.ok) return sendJson(res, checked.status, { errors: checked.errors } satisfies ApiErrorReply);
  const snap = resumeSnapshotGuard.safeParse(snapshot);
  if (!snap.success) return refuse(res, 400, `The session's log could not be read (${snap.error.issues[0]?.path.join('.') ?? ''}: ${snap.error.issues[0]?.message ?? ''}).`);
  const known = new Set(checked.pack.items.map((i) => i.id));
  const missing = snap.data.order.find((id) => !known.has(id));
  if (missing) return refuse(res, 422, `The session asks the item "${missing}", which this pack no longer has.`);
  const ticket = await storeTicket(presence, { pack: checked.pack, resume: snap.data as ResumeSnapshot });
  sendJson(res, 201, { ticket });
}
