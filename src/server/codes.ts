/**
 * Join codes claimed across every process (in presence): a fresh session draws codes until one
 * is free; a resumed session takes its old code back, but only with the host key that made it.
 *
 * `hincrby` is the atomic "was it new?" on both presences (LocalPresence's `hset` always
 * answers true, so it cannot tell).
 */
import type { Presence } from '@colyseus/core';
import { generateCode } from '../core/classroom/code.ts';
import { randomIndex } from './secrets.ts';

const COUNT = 'sourced:codes';
const OWNER = 'sourced:code-owners';
const ATTEMPTS = 50;

export async function claimNewCode(presence: Presence, hostKeyHash: string): Promise<string> {
  for (let i = 0; i < ATTEMPTS; i++) {
    const code = generateCode(randomIndex);
    if ((await presence.hincrby(COUNT, code, 1)) === 1) {
      await presence.hset(OWNER, code, hostKeyHash);
      return code;
    }
  }
  throw new Error('No free join code was found; try again.');
}

/** Takes a code back for a resumed session: true when it is free or was made with this host key. */
export async function reclaimCode(presence: Presence, code: string, hostKeyHash: string): Promise<boolean> {
  if ((await presence.hincrby(COUNT, code, 1)) === 1) {
    await presence.hset(OWNER, code, hostKeyHash);
    return true;
  }
  return (await presence.hget(OWNER, code)) === hostKeyHash;
}

export async function releaseCode(presence: Presence, code: string): Promise<void> {
  await presence.hdel(COUNT, code);
  await presence.hdel(OWNER, code);
}
