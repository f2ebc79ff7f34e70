/**
 * The app's state: zustand vanilla stores, the one source of truth that the DOM UI and the
 * Phaser scenes both subscribe to (`store.subscribe`, `store.getState()`).
 *
 * | store      | holds                                                     | saved under        |
 * |------------|-----------------------------------------------------------|--------------------|
 * | `settings` | sound, volume, music, reduced motion, text size, …        | `sourced:settings` |
 * | `progress` | per pack: bests, mastered items, misses, rounds           | `sourced:progress` |
 * | `library`  | packs the player opened (compiled form, date added)       | `sourced:library`  |
 * | `game`     | this tab's round in progress (resumes after a reload)     | `sourced:game:<tab>` |
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
import { browserTabId, GAME_KEY_PREFIX, gameKey, LEGACY_GAME_KEY, otherRounds, type OtherRound } from './tabs.ts';

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
  /** This tab's id, under which its round is saved. Default: the browser tab's (tabs.ts), or "main" outside a browser. */
  tabId?: string;
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
  /** This tab's id (its round is saved under `sourced:game:<id>`). */
  tabId(): string;
  /** The rounds in progress that other tabs saved. */
  otherRounds(): OtherRound[];
  /**
   * Moves another tab's round here and resumes it (that tab, if still open, is told and goes
   * back to its title screen). False when it is gone or this tab is playing a round itself.
   */
  takeOverRound(key: string): boolean;
  /** Forgets another tab's round (the player chose to). */
  discardRound(key: string): void;
  /**
   * Saves this tab's round under a new tab id from now on, dropping the round it was showing
   * (a duplicated tab starts with its original's id and a copy of its round).
   */
  moveToTab(tabId: string): void;
  /** Another tab took this tab's round over (its save was removed): stop showing it. */
  roundTakenElsewhere(): void;
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
  let tabId = options.tabId ?? browserTabId() ?? 'main';
  adoptLegacyRound(storage, gameKey(tabId));
  const settings = createSettingsStore(ctx);
  const progress = createProgressStore(ctx);
  const library = createLibraryStore({ ...ctx, builtinIds: builtinPacks.map((p) => p.id) });
  const findPack = (id: string): CompiledPack | undefined =>
    builtinPacks.find((p) => p.id === id) ?? library.getState().get(id)?.pack;
  const game = createGameStore({ ...ctx, key: gameKey(tabId), settings, progress, random, findPack });

  if (options.builtinPacks && game.getState().session) game.getState().resume();

  // The pack of the round being played was removed elsewhere (another tab): the round ends,
  // and the player is told why rather than finding the title screen without a word.
  library.subscribe(() => {
    const g = game.getState();
    if (!g.session || !g.pack || findPack(g.session.packId)) return;
    const title = g.pack.title;
    g.quit();
    notices.getState().push({
      code: 'game-not-resumed',
      level: 'info',
      message: `The pack “${title}” was removed in another tab, so the round you were playing with it ended.`,
    });
  });

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
    tabId: () => tabId,
    otherRounds: () => otherRounds(storage, tabId),
    takeOverRound(key) {
      if (game.getState().session) return false;
      const round = otherRounds(storage, tabId).find((r) => r.key === key);
      if (!round) return false;
      game.setState({ session: round.session, pack: null, lastEvent: null, lastRound: null });
      storage.removeItem(key);
      const r = game.getState().resume();
      if (!r.ok && r.reason === 'pack-missing') {
        game.getState().quit();
        notices.getState().push({ code: 'game-not-resumed', level: 'info', message: `That round could not be taken over: its pack is not open in this browser any more.` });
        return false;
      }
      return r.ok;
    },
    discardRound(key) {
      if (key.startsWith(GAME_KEY_PREFIX) && key !== gameKey(tabId)) storage.removeItem(key);
    },
    moveToTab(id) {
      tabId = id;
      game.persist.setOptions({ name: gameKey(id) });
      game.getState().quit();
    },
    roundTakenElsewhere() {
      if (!game.getState().session) return;
      game.getState().quit();
      notices.getState().push({ code: 'other', level: 'info', message: 'Your round was taken over in another tab, where it goes on.' });
    },
    removePack(id) {
      if (!library.getState().get(id)) return false;
      // The round first, so the watch below does not take this for another tab's removal.
      if (game.getState().session?.packId === id) game.getState().quit();
      library.getState().remove(id);
      progress.getState().forgetPack(id);
      return true;
    },
  };
}

/** A round saved before rounds were kept per tab becomes the round of the first tab to open. */
function adoptLegacyRound(storage: KeyValueStorage, key: string): void {
  try {
    const legacy = storage.getItem(LEGACY_GAME_KEY);
    if (legacy === null) return;
    if (storage.getItem(key) === null) storage.setItem(key, legacy);
    storage.removeItem(LEGACY_GAME_KEY);
  } catch {
    /* storage unusable: nothing to adopt */
  }
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
export * from './tabs.ts';
