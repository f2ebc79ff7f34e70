/**
 * The app's state: zustand vanilla stores, the one source of truth that the DOM UI and the
 * Phaser scenes both subscribe to (`store.subscribe`, `store.getState()`).
 *
 * | store      | holds                                                     | saved under        |
 * |------------|-----------------------------------------------------------|--------------------|
 * | `settings` | sound, volume, music, reduced motion, text size, …        | `sourced:settings` |
 * | `progress` | per pack: bests, mastered items, misses, rounds           | `sourced:progress` |
 * | `library`  | packs the player opened (compiled form, date added)       | `sourced:library`  |
 * | `game`     | the game in progress (resumes after a reload)             | `sourced:game`     |
 * | `notices`  | messages for the player (unreadable save, storage full…)  | not saved          |
 *
 * Each saved store is versioned, migrated from older versions, validated when read (small hand-written guards, src/core/guard.ts)
 * and reset (in part or whole) with a notice when unreadable; writes never throw (a full
 * storage becomes a notice). Hydration is synchronous: the stores are ready when
 * `createStores` returns, and any notices are already in `notices`.
 *
 * Tests: `createStores({ storage: createMemoryStorage(), now: () => 0 })`.
 * The app: `initStores({ builtinPacks: [pack] })` once at start-up.
 */
import type { CompiledPack } from '../core/pack/types.ts';
import { createGameStore, type GameStore } from './game.ts';
import { createLibraryStore, type LibraryStore } from './library.ts';
import { createNoticesStore, STORAGE_UNAVAILABLE, type NoticesStore } from './notices.ts';
import { createProgressStore, type ProgressStore } from './progress.ts';
import { createSettingsStore, type SettingsStore } from './settings.ts';
import { browserStorage, createMemoryStorage, type KeyValueStorage } from './storage.ts';

export interface StoresOptions {
  /** Where saves go. Default: localStorage, or memory (with a notice) when it is unusable. */
  storage?: KeyValueStorage;
  /** The clock, in ms since the epoch. Default: `Date.now`. */
  now?: () => number;
  /** Source of seeds for new games. Default: `Math.random`. */
  random?: () => number;
  /**
   * Packs that ship with the game. Their ids cannot be used by opened packs. When given,
   * a saved game is resumed at once (`game.pack` is set, or the game is discarded with a
   * notice if its pack changed).
   */
  builtinPacks?: readonly CompiledPack[];
}

export interface Stores {
  settings: SettingsStore;
  progress: ProgressStore;
  library: LibraryStore;
  game: GameStore;
  notices: NoticesStore;
  /** Built-in packs first, then opened packs. */
  allPacks(): { pack: CompiledPack; builtin: boolean; addedAt?: string }[];
  /** A loaded pack (built in or opened) by id. */
  findPack(id: string): CompiledPack | undefined;
  /** Removes an opened pack and its progress; a game in progress with it is discarded. */
  removePack(id: string): boolean;
}

/** Creates an isolated set of stores. Hydrates synchronously from `storage`. */
export function createStores(options: StoresOptions = {}): Stores {
  const now = options.now ?? (() => Date.now());
  const random = options.random ?? Math.random;
  const builtinPacks = options.builtinPacks ?? [];
  const notices = createNoticesStore(now);
  let storage = options.storage;
  if (!storage) {
    storage = browserStorage() ?? undefined;
    if (!storage) {
      storage = createMemoryStorage();
      notices.getState().push(STORAGE_UNAVAILABLE);
    }
  }
  const ctx = { storage, notices, now };
  const settings = createSettingsStore(ctx);
  const progress = createProgressStore(ctx);
  const library = createLibraryStore({ ...ctx, builtinIds: builtinPacks.map((p) => p.id) });
  const findPack = (id: string): CompiledPack | undefined =>
    builtinPacks.find((p) => p.id === id) ?? library.getState().get(id)?.pack;
  const game = createGameStore({ ...ctx, settings, progress, random, findPack });

  if (options.builtinPacks && game.getState().session) game.getState().resume();

  return {
    settings,
    progress,
    library,
    game,
    notices,
    allPacks: () => [
      ...builtinPacks.map((pack) => ({ pack, builtin: true })),
      ...library.getState().entries.map((e) => ({ pack: e.pack, builtin: false, addedAt: e.addedAt })),
    ],
    findPack,
    removePack(id) {
      if (!library.getState().remove(id)) return false;
      progress.getState().forgetPack(id);
      if (game.getState().session?.packId === id) game.getState().quit();
      return true;
    },
  };
}

let app: Stores | null = null;

/** Creates the app's stores once (call at start-up with the built-in packs). Later calls return the same stores. */
export function initStores(options: StoresOptions = {}): Stores {
  app ??= createStores(options);
  return app;
}

export * from './settings.ts';
export * from './progress.ts';
export * from './library.ts';
export * from './game.ts';
export * from './notices.ts';
export * from './storage.ts';
