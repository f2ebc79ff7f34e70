/**
 * A checked pack (and, to resume, the host's log) waits here between its upload (HTTP) and the
 * room that uses it. It lives in Colyseus' presence, so with Redis the room may be created by
 * another process than the one that took the upload.
 */
import type { Presence } from '@colyseus/core';
import type { ResumeSnapshot } from '../core/classroom/snapshot.ts';
import type { CompiledPack } from '../core/pack/types.ts';
import { randomId } from './secrets.ts';

export interface Ticket {
  pack: CompiledPack;
  resume?: ResumeSnapshot;
}

const KEY = (id: string) => `sourced:ticket:${id}`;
/** Long enough to fill in the options after uploading. */
const TTL_SECONDS = 30 * 60;

export async function storeTicket(presence: Presence, ticket: Ticket): Promise<string> {
  const id = randomId();
  await presence.setex(KEY(id), JSON.stringify(ticket), TTL_SECONDS);
  return id;
}

/** The ticket, used once: it is gone afterwards. */
export async function takeTicket(presence: Presence, id: string): Promise<Ticket | null> {
  const raw = (await presence.get(KEY(id))) as string | null | undefined;
  if (!raw) return null;
  await presence.del(KEY(id));
  return JSON.parse(raw) as Ticket;
}
