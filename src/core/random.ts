/**
 * Seeded randomness for the domain: a tiny PRNG (mulberry32) whose whole state is one
 * unsigned 32-bit integer, so it can be stored in a save, sent over a network and resumed.
 *
 * Nothing in `src/core` calls `Math.random`: callers pass a seed (the app picks one from
 * `Math.random` or the clock in `src/state`, tests pick a fixed one).
 */

/** The complete, JSON-serialisable state of a generator. */
export interface RngState {
  /** An unsigned 32-bit integer. */
  s: number;
}

/** A seeded generator. `state()` snapshots it; `createRng(snapshot)` continues it exactly. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n); `n` must be a positive integer. */
  int(n: number): number;
  /** A copy of the current state. */
  state(): RngState;
}

/** Turns any number or string into a 32-bit seed (strings are hashed with FNV-1a). */
export function toSeed(seed: number | string): number {
  if (typeof seed === 'number') {
    if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
    // Keep the fractional part too, so seeds from Math.random() (0 ≤ x < 1) differ.
    const whole = Math.floor(seed);
    const frac = Math.floor((seed - whole) * 0x100000000);
    return (Math.imul(whole >>> 0, 0x9e3779b1) ^ frac) >>> 0;
  }
  return hashString(seed);
}

/** FNV-1a over UTF-16 code units: a stable 32-bit hash. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Creates a generator from a seed, or continues one from a saved `RngState`. */
export function createRng(seed: number | string | RngState): Rng {
  let s = typeof seed === 'object' ? seed.s >>> 0 : toSeed(seed);
  const next = (): number => {
    // mulberry32 (Tommy Ettinger), public domain.
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int(n: number): number {
      if (!Number.isInteger(n) || n <= 0) throw new RangeError(`int(n) needs a positive integer, got ${n}`);
      return Math.floor(next() * n);
    },
    state: () => ({ s }),
  };
}

/** A new array with the elements of `items` in a seeded random order (Fisher–Yates). */
export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const tmp = out[i]!;
    out[i] = out[j]!;
    out[j] = tmp;
  }
  return out;
}
