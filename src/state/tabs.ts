/**
 * Each tab of the game keeps its own round. A tab has an id, kept in its sessionStorage so a
 * reload finds its round again, and saves its round under `sourced:game:<id>`; settings,
 * progress and opened packs stay shared. A round saved by another tab is never picked up
 * silently: the title screen lists it, says whether that tab is still open (a Web Lock each
 * tab holds while it lives), and offers to take it over or, for a closed tab, to resume or
 * discard it.
 */
import { parseSessionState, type SessionState } from '../core/session/index.ts';
import { storageKeys, type KeyValueStorage } from './storage.ts';

export const GAME_KEY_PREFIX = 'sourced:game:';
/** Where versions before per-tab rounds kept the one round in progress. */
export const LEGACY_GAME_KEY = 'sourced:game';
const TAB_ID_KEY = 'sourced:tab';
const LOCK_PREFIX = 'sourced:tab:';

export const gameKey = (tabId: string): string => `${GAME_KEY_PREFIX}${tabId}`;

export function newTabId(random: () => number = Math.random): string {
  return `${Date.now().toString(36)}${Math.floor(random() * 0x100000000).toString(36)}`;
}

/**
 * This tab's id: kept in sessionStorage (which survives a reload of the tab, not a new tab),
 * or a new one each load where sessionStorage cannot be used. Null outside a browser.
 */
export function browserTabId(): string | null {
  const ss = (globalThis as { sessionStorage?: KeyValueStorage }).sessionStorage;
  if (typeof window === 'undefined' || !ss) return null;
  try {
    const known = ss.getItem(TAB_ID_KEY);
    if (known) return known;
    const id = newTabId();
    ss.setItem(TAB_ID_KEY, id);
    return id;
  } catch {
    return newTabId();
  }
}

/** Gives this tab a new id (a duplicated tab starts with a copy of its original's). */
export function renewBrowserTabId(): string {
  const id = newTabId();
  try {
    (globalThis as { sessionStorage?: KeyValueStorage }).sessionStorage?.setItem(TAB_ID_KEY, id);
  } catch {
    /* this load keeps the id anyway */
  }
  return id;
}

/** A round saved by another tab. */
export interface OtherRound {
  key: string;
  tabId: string;
  session: SessionState;
}

/** The rounds in progress that other tabs saved (unreadable ones are that tab's to report). */
export function otherRounds(storage: KeyValueStorage, ownTabId: string): OtherRound[] {
  const out: OtherRound[] = [];
  for (const key of storageKeys(storage)) {
    if (!key.startsWith(GAME_KEY_PREFIX) || key.endsWith('.unreadable')) continue;
    const tabId = key.slice(GAME_KEY_PREFIX.length);
    if (tabId === ownTabId) continue;
    let session: SessionState | null = null;
    try {
      const env = JSON.parse(storage.getItem(key) ?? 'null') as { state?: { session?: unknown } } | null;
      session = env?.state?.session ? parseSessionState(env.state.session) : null;
    } catch {
      session = null;
    }
    if (session) out.push({ key, tabId, session });
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

/** Which tabs are open: each holds a Web Lock named after its id for as long as it lives. */
export interface TabPresence {
  /** Holds this tab's lock; false when another open tab holds it (a duplicated tab). */
  hold(tabId: string): Promise<boolean>;
  /** The ids of the open tabs. */
  open(): Promise<Set<string>>;
}

export function webLockPresence(): TabPresence | null {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  if (!locks) return null;
  return {
    hold(tabId) {
      return new Promise<boolean>((resolve) => {
        void locks.request(`${LOCK_PREFIX}${tabId}`, { ifAvailable: true }, (lock) => {
          resolve(lock !== null);
          // Kept until the tab closes: the lock is the tab's sign of life.
          return lock ? new Promise<void>(() => {}) : undefined;
        });
      });
    },
    async open() {
      const state = await locks.query();
      const ids = new Set<string>();
      for (const l of state.held ?? []) if (l.name?.startsWith(LOCK_PREFIX)) ids.add(l.name.slice(LOCK_PREFIX.length));
      return ids;
    },
  };
}
