/** Secrets on the server side: keys are kept only as hashes, ids are unguessable. */
import { createHash, randomBytes, randomInt } from 'node:crypto';

/** The hash a host key or a student's rejoin key is kept as (hex, 128 bits). */
export function keyHash(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

/** A random URL-safe id (tickets). */
export function randomId(bytes = 18): string {
  return randomBytes(bytes).toString('base64url');
}

export const randomIndex = (n: number): number => randomInt(n);
