import { persist } from 'zustand/middleware';
import { createStore, type Mutate, type StoreApi } from 'zustand/vanilla';
import type { CompiledPack, Verdict } from '../core/pack/types.ts';
import {
  checkResume,
  createSession,
  parseSessionState,
  SessionError,
  step,
  summarize,
  type Confidence,
  type Mode,
  type SessionAction,
  type SessionErrorInfo,
  type SessionEvent,
  type SessionState,
  type SessionSummary,
} from '../core/session/index.ts';
import type { NoticesStore } from './notices.ts';
import { guardedPersist, type PersistContext, type Salvaged, type SliceSpec } from './persisted.ts';
import type { ProgressStore, RoundRecord } from './progress.ts';
import type { SettingsStore } from './settings.ts';

export interface StartOptions {
  /** Default: a fresh random seed. */
  seed?: number | string;
  /** Default: the `askConfidence` setting. */
  askConfidence?: boolean;
  /** For mode 'misses'. Default: the pack's misses from progress. */
  itemIds?: readonly string[];
  /** Quick-round size (default 10). */
  quickSize?: number;
}

/** The outcome of a game action. */
export type GameActionResult =
  | { ok: true; event: SessionEvent }
  | { ok: false; error: SessionErrorInfo | { code: 'no-game'; message: string } };

export type ResumeResult =
  | { ok: true }
  | {
      ok: false;
      /** `no-game`: nothing to resume; `pack-missing`: the pack is not loaded (yet); others: the saved game was discarded with a notice. */
      reason: 'no-game' | 'pack-missing' | 'pack-mismatch' | 'pack-changed' | 'bad-state';
      message: string;
    };

export interface GameData {
  /** The game in progress (persisted: a reload resumes it). Null when none. */
  session: SessionState | null;
}

export interface GameState extends GameData {
  /**
   * The pack of `session`, once attached by `start` or `resume` (not persisted). The UI
   * renders from `pack` + `session`; while a saved session waits for its pack, this is null.
   */
  pack: CompiledPack | null;
  /** What the last successful action did (for sound cues, motion, live-region text). */
  lastEvent: SessionEvent | null;
  /** Progress outcome when the game reached its summary (new best, newly mastered). */
  lastRound: RoundRecord | null;

  /** Starts a new game, replacing any game in progress. */
  start(pack: CompiledPack, mode: Mode, options?: StartOptions): { ok: true } | { ok: false; error: SessionErrorInfo };
  /** Answers the current item (confidence required iff the session asks for it). */
  answer(verdict: Verdict, confidence?: Confidence): GameActionResult;
  /** From the reveal, to the next item or the summary. */
  next(): GameActionResult;
  /** Ends the game now and shows the summary of the answers given. */
  end(): GameActionResult;
  /** Any action (same as the three above). */
  dispatch(action: SessionAction): GameActionResult;
  /** Discards the game (e.g. "back to title" after the summary). */
  quit(): void;
  /**
   * Attaches the saved session to its pack: `pack` if given, else the pack resolver (built-in
   * packs and the library). If the pack changed since the game was saved, the game is
   * discarded with a notice; if the pack is not available, the session is kept (`pack-missing`).
   */
  resume(pack?: CompiledPack): ResumeResult;
  /** The summary of the current session (meaningful in the summary phase), or null. */
  summary(): SessionSummary | null;
}

/** The store, with persist's handle (`persist.setOptions` moves where the round is saved). */
export type GameStore = Mutate<StoreApi<GameState>, [['zustand/persist', GameData]]>;

export function salvageGame(data: unknown): Salvaged<GameData> {
  if (!data || typeof data !== 'object' || !('session' in data)) return { value: {}, dropped: [], usable: false };
  const s = (data as { session?: unknown }).session;
  if (s === null) return { value: { session: null }, dropped: [], usable: true };
  const session = parseSessionState(s);
  // Nothing else is in this save: an unreadable round makes the whole save unusable.
  if (!session) return { value: {}, dropped: [], usable: false };
  return { value: { session }, dropped: [], usable: true };
}

/** The round of one tab, saved under `key` (`sourced:game:<tab id>`, see tabs.ts). */
export const gameSlice = (key: string): SliceSpec<GameData> => ({
  key,
  version: 1,
  label: 'unfinished round',
  plural: false,
  messages: { reset: 'Your unfinished round could not be read, so it could not be resumed. Start a new round from the title screen.' },
  // A game saved before sessions were versioned cannot be continued safely: it is reset
  // (with the usual "could not be read and was reset" notice).
  migrations: {
    0: () => {
      throw new Error('unversioned game saves cannot be resumed');
    },
  },
  salvage: salvageGame,
});

export interface GameDeps extends PersistContext {
  /** Where this tab's round is saved. */
  key: string;
  notices: NoticesStore;
  settings: SettingsStore;
  progress: ProgressStore;
  now: () => number;
  random: () => number;
  /** Finds a loaded pack (built in or opened) by id. */
  findPack: (id: string) => CompiledPack | undefined;
}

export function createGameStore(deps: GameDeps): GameStore {
  const guard = guardedPersist<GameState, GameData>(gameSlice(deps.key), (s) => ({ session: s.session }), deps);
  const noGame = { ok: false as const, error: { code: 'no-game' as const, message: 'No game is in progress.' } };

  const store = createStore<GameState>()(
    persist(
      (set, get) => {
        const dispatch = (action: SessionAction): GameActionResult => {
          const { session, pack } = get();
          if (!session || !pack) return noGame;
          const r = step(pack, session, action);
          if (!r.ok) return { ok: false, error: r.error };
          let lastRound = get().lastRound;
          if (r.state.phase === 'summary' && session.phase !== 'summary') {
            lastRound = deps.progress.getState().recordRound(r.state);
          }
          set({ session: r.state, lastEvent: r.event, lastRound });
          return { ok: true, event: r.event };
        };
        return {
          session: null,
          pack: null,
          lastEvent: null,
          lastRound: null,
          start(pack, mode, options = {}) {
            const seed = options.seed ?? Math.floor(deps.random() * 0x100000000);
            let itemIds = options.itemIds;
            if (mode === 'misses' && !itemIds) itemIds = deps.progress.getState().packs[pack.id]?.misses ?? [];
            try {
              const session = createSession(pack, mode, {
                seed,
                askConfidence: options.askConfidence ?? deps.settings.getState().askConfidence,
                ...(itemIds ? { itemIds } : {}),
                ...(options.quickSize !== undefined ? { quickSize: options.quickSize } : {}),
                id: `${pack.id}:${mode}:${deps.now().toString(36)}:${Math.floor(deps.random() * 0x100000000).toString(36)}`,
              });
              set({ session, pack, lastEvent: null, lastRound: null });
              return { ok: true };
            } catch (e) {
              if (e instanceof SessionError) return { ok: false, error: { code: e.code, message: e.message } };
              throw e;
            }
          },
          answer: (verdict, confidence) =>
            dispatch(confidence === undefined ? { type: 'answer', verdict } : { type: 'answer', verdict, confidence }),
          next: () => dispatch({ type: 'next' }),
          end: () => dispatch({ type: 'end' }),
          dispatch,
          quit() {
            set({ session: null, pack: null, lastEvent: null, lastRound: null });
          },
          resume(pack) {
            const { session } = get();
            if (!session) return { ok: false, reason: 'no-game', message: 'There is no saved game.' };
            const p = pack ?? deps.findPack(session.packId);
            if (!p) {
              return { ok: false, reason: 'pack-missing', message: `The pack "${session.packId}" is not loaded.` };
            }
            const check = checkResume(p, session);
            if (check.ok) {
              set({ pack: p });
              return { ok: true };
            }
            if (check.reason === 'pack-mismatch' && pack) {
              // The caller passed another pack: keep the saved game for its own pack.
              return { ok: false, reason: check.reason, message: check.message };
            }
            deps.notices.getState().push({
              code: 'game-not-resumed',
              level: 'info',
              message: `Your unfinished game could not be resumed: ${check.message}`,
            });
            set({ session: null, pack: null, lastEvent: null, lastRound: null });
            return { ok: false, reason: check.reason, message: check.message };
          },
          summary() {
            const s = get().session;
            return s ? summarize(s) : null;
          },
        };
      },
      guard.options,
    ),
  );
  guard.afterCreate(store);
  return store;
}
