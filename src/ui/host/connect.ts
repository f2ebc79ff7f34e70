/**
 * Opening and bringing back a session on the server: the pack goes over HTTP (checked there by
 * the same validator, with its errors coming back), then the room is created with the ticket.
 * A session the server lost is sent back with the host's log, under its old code.
 */
import type { Client, Room } from '@colyseus/sdk';
import { packFileText } from '../../core/classroom/packfile';
import { ROOM_NAME, type ClassOptions, type CreateOptions, type JoinOptions } from '../../core/classroom/protocol';
import type { ResumeSnapshot } from '../../core/classroom/snapshot';
import type { CompiledPack } from '../../core/pack/types';
import type { PackIssueView } from '../packs';
import { isGone, type Joiner } from '../join/live';
import type { HostedClass } from './model';

export type Upload = { ok: true; ticket: string } | { ok: false; errors: PackIssueView[] };

async function post(root: URL, path: string, body: string): Promise<Upload> {
  let res: Response;
  try {
    res = await fetch(new URL(path, root), { method: 'POST', body, headers: { 'content-type': 'application/json' } });
  } catch {
    return { ok: false, errors: [{ path: '', message: 'The classroom server could not be reached.' }] };
  }
  const data = (await res.json().catch(() => null)) as { ticket?: string; errors?: PackIssueView[] } | null;
  if (res.ok && typeof data?.ticket === 'string') return { ok: true, ticket: data.ticket };
  return { ok: false, errors: data?.errors?.length ? data.errors : [{ path: '', message: `The server refused the pack (HTTP ${res.status}).` }] };
}

export const uploadPack = (root: URL, pack: CompiledPack) => post(root, 'api/packs', packFileText(pack));

export const uploadResume = (root: URL, pack: CompiledPack, snapshot: ResumeSnapshot) => post(root, 'api/resume', JSON.stringify({ pack: packFileText(pack), snapshot }));

export function createRoom(client: Client, ticket: string, hostKey: string, options: ClassOptions): Promise<Room> {
  return client.create(ROOM_NAME, { ticket, hostKey, options } satisfies CreateOptions);
}

/**
 * Joins the session as its host again (after a reload or a cut); when the server no longer
 * has it, sends it back from the log.
 */
export function hostJoiner(root: URL, cls: () => HostedClass | null, create?: (client: Client) => Promise<Room>): Joiner {
  return async (client, first) => {
    if (first && create) return create(client);
    const c = cls();
    if (!c) throw new Error('No session to host.');
    try {
      return await client.joinById(c.code, { role: 'host', hostKey: c.record.hostKey } satisfies JoinOptions);
    } catch (e) {
      if (!isGone(e)) throw e;
      const up = await uploadResume(root, c.record.pack, c.snapshot());
      if (!up.ok) throw Object.assign(new Error(up.errors[0]?.message ?? 'The session could not be brought back.'), { resume: true });
      return createRoom(client, up.ticket, c.record.hostKey, c.record.options);
    }
  };
}
