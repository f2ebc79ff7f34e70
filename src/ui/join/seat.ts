/**
 * What a student's browser keeps of each class it joined: the key that is its seat, and the
 * nickname. Nothing else about the student is kept or sent. A browser without storage joins
 * anyway (its seat then lasts until the page is closed).
 */
import { newSecret } from './server';

export interface KeptSeat {
  key: string;
  nickname: string;
}

const KEY = (code: string) => `sourced:class:${code}`;
const memory = new Map<string, KeptSeat>();

export function keptSeat(code: string): KeptSeat | null {
  try {
    const raw = localStorage.getItem(KEY(code));
    const v = raw ? (JSON.parse(raw) as Partial<KeptSeat>) : null;
    if (v && typeof v.key === 'string' && typeof v.nickname === 'string') return { key: v.key, nickname: v.nickname };
  } catch {
    /* storage unavailable or unreadable: the memory copy below */
  }
  return memory.get(code) ?? null;
}

export function keepSeat(code: string, seat: KeptSeat): void {
  memory.set(code, seat);
  try {
    localStorage.setItem(KEY(code), JSON.stringify(seat));
  } catch {
    /* kept in memory only */
  }
}

export function forgetSeat(code: string): void {
  memory.delete(code);
  try {
    localStorage.removeItem(KEY(code));
  } catch {
    /* nothing kept */
  }
}

/** A key for a seat not taken yet. */
export const freshKey = newSecret;
