/**
 * The Vite dev server's proxy to the classroom server: its API, matchmaking, and the rooms'
 * WebSocket path (`/<processId>/<join code>`), which does not collide with Vite's own HMR socket.
 */
import type { ProxyOptions } from 'vite';
import { CODE_ALPHABET, CODE_LENGTH } from '../core/classroom/code.ts';

export const CLASSROOM_DEV_PORT = 8787;

export function classroomProxy(target = `http://127.0.0.1:${process.env.CLASSROOM_PORT ?? CLASSROOM_DEV_PORT}`): Record<string, ProxyOptions> {
  return {
    '/api/': { target },
    '/matchmake/': { target },
    [`^/[\\w-]+/[${CODE_ALPHABET}]{${CODE_LENGTH}}(\\?|$)`]: { target, ws: true },
  };
}
