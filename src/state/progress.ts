import { persist } from 'zustand/middleware';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { array, nullable, number, object, optional, record, string } from '../core/guard.ts';
import { summarize, type Mode, type SessionState } from '../core/session/index.ts';
import { guardedPersist, type PersistContext, type Salvaged, type SliceSpec } from './persisted.ts';

/** A best result in one mode. */
export interface Best {
  score: number;
  /** 0–1. */
  balancedAccuracy: number;
  /** ISO date-time of the round. */
  at: string;
}

/** What the player achieved with one pack. */
export interface PackProgress {
  /**
   * Best points of a completed quick or whole-pack round (rounds ended early and
   * "replay my misses" rounds do not set bests: they are not comparable).
   */
  bestScore: number | null;
  /** Best balanced accuracy (0–1) of such a round. */
  bestBalancedAccuracy: number | null;
  /** Bests per mode ('quick', 'whole'), for a title screen that wants them apart. */
  bestByMode: Partial<Record<'quick' | 'whole', Best>>;
  /** Rounds finished with at least one answer, in any mode. */
  rounds: number;
  /** ISO date-time of the last finished round, or null. */
  lastPlayedAt: string | null;
  /**
   * For each item answered at least once: how many times in a row it was answered right
   * most recently (0 after a wrong answer). An item is **mastered** when this is at least
   * `MASTERY_STREAK` (2): right twice in a row, across rounds. A later wrong answer
   * un-masters it.
   */
  itemStreaks: Record<string, number>;
  /** Items whose most recent answer was wrong, most recent first: "Replay my misses". */
  misses: string[];
}

export const MASTERY_STREAK = 2;

export interface RoundRecord {
  newBestScore: boolean;
  newBestBalancedAccuracy: boolean;
  /** Items that became mastered in this round. */
  newlyMastered: string[];
  /** False when the round was not recorded (no answers, or already recorded). */
  recorded: boolean;
}

export interface ProgressData {
  packs: Record<string, PackProgress>;
  /** Ids of the last sessions recorded, so a session is never counted twice. */
  recordedSessions: string[];
}

export interface ProgressState extends ProgressData {
  /**
   * Records a finished (or ended) session: bests, mastery, misses, rounds. Idempotent per
   * session id. The game store calls this when a session reaches its summary.
   */
  recordRound(session: SessionState): RoundRecord;
  /** Forgets the progress of one pack (e.g. when it is removed from the library). */
  forgetPack(packId: string): void;
  /** Forgets everything. */
  reset(): void;
}

export type ProgressStore = StoreApi<ProgressState>;

export function emptyPackProgress(): PackProgress {
  return {
    bestScore: null,
    bestBalancedAccuracy: null,
    bestByMode: {},
    rounds: 0,
    lastPlayedAt: null,
    itemStreaks: {},
    misses: [],
  };
}

/** Progress of a pack (an empty record when never played). */
export function packProgress(state: ProgressData, packId: string): PackProgress {
  return state.packs[packId] ?? emptyPackProgress();
}

/** Ids of the mastered items of a pack. Pass `itemIds` to count only items still in the pack. */
export function masteredItems(p: PackProgress, itemIds?: readonly string[]): string[] {
  const ids = itemIds ?? Object.keys(p.itemStreaks);
  return ids.filter((id) => (p.itemStreaks[id] ?? 0) >= MASTERY_STREAK);
}

/** "Replay my misses" ids of a pack, limited to items still in the pack when `itemIds` is given. */
export function missesOf(p: PackProgress, itemIds?: readonly string[]): string[] {
  if (!itemIds) return p.misses.slice();
  const known = new Set(itemIds);
  return p.misses.filter((id) => known.has(id));
}

const RECORDED_SESSIONS_KEPT = 20;

/** Pack and item ids (as the pack format defines them): also keeps `__proto__` and the like out of records. */
const ID = /^[a-z0-9-]{1,64}$/;
const best = object({ score: number({ int: true }), balancedAccuracy: number({ min: 0, max: 1 }), at: string() });
const packProgressSchema = object({
  bestScore: nullable(number({ int: true })),
  bestBalancedAccuracy: nullable(number({ min: 0, max: 1 })),
  bestByMode: object({ quick: optional(best), whole: optional(best) }),
  rounds: number({ int: true, min: 0 }),
  lastPlayedAt: nullable(string()),
  itemStreaks: record(ID, number({ int: true, min: 0 })),
  misses: array(string()),
});
const recordedSessionsSchema = array(string());

/** Pack by pack: a malformed pack record is dropped, the others kept. */
export function salvageProgress(data: unknown): Salvaged<ProgressData> {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { value: {}, dropped: [], usable: false };
  const src = data as { packs?: unknown; recordedSessions?: unknown };
  if (!src.packs || typeof src.packs !== 'object' || Array.isArray(src.packs)) {
    return { value: {}, dropped: [], usable: false };
  }
  const packs: Record<string, PackProgress> = {};
  const dropped: string[] = [];
  for (const [id, p] of Object.entries(src.packs as Record<string, unknown>)) {
    const r = packProgressSchema.safeParse(p);
    if (r.success && ID.test(id)) packs[id] = r.data as PackProgress;
    else dropped.push(`“${id.slice(0, 64)}”`);
  }
  const rs = recordedSessionsSchema.safeParse(src.recordedSessions ?? []);
  return { value: { packs, recordedSessions: rs.success ? rs.data : [] }, dropped, usable: true };
}

/** Version 0 (prototype): `{ best: { [packId]: score } }`. */
export function migrateProgressV0(old: unknown): unknown {
  if (!old || typeof old !== 'object') throw new Error('not an object');
  const o = old as { best?: unknown };
  const packs: Record<string, PackProgress> = {};
  if (o.best && typeof o.best === 'object') {
    for (const [id, score] of Object.entries(o.best as Record<string, unknown>)) {
      if (ID.test(id) && typeof score === 'number' && Number.isInteger(score)) packs[id] = { ...emptyPackProgress(), bestScore: score };
    }
  }
  return { packs, recordedSessions: [] };
}

export const PROGRESS_SLICE: SliceSpec<ProgressData> = {
  key: 'sourced:progress',
  version: 1,
  label: 'progress',
  plural: false,
  messages: {
    partlyReset: (dropped) =>
      `Your progress with the pack${dropped.length === 1 ? '' : 's'} ${dropped.join(', ')} could not be read and was reset; the rest of your progress is kept.`,
  },
  migrations: { 0: migrateProgressV0 },
  salvage: salvageProgress,
};

export function createProgressStore(ctx: PersistContext & { now: () => number }): ProgressStore {
  const guard = guardedPersist<ProgressState, ProgressData>(
    PROGRESS_SLICE,
    (s) => ({ packs: s.packs, recordedSessions: s.recordedSessions }),
    ctx,
  );
  const store = createStore<ProgressState>()(
    persist(
      (set, get) => ({
        packs: {},
        recordedSessions: [],
        recordRound(session) {
          const none: RoundRecord = { newBestScore: false, newBestBalancedAccuracy: false, newlyMastered: [], recorded: false };
          // Built on what is saved now, not on what this tab read earlier: another tab may
          // have recorded its own round meanwhile, and neither result may replace the other.
          void store.persist.rehydrate();
          const state = get();
          if (session.answers.length === 0 || state.recordedSessions.includes(session.id)) return none;
          const at = new Date(ctx.now()).toISOString();
          const prev = packProgress(state, session.packId);
          const p: PackProgress = {
            ...prev,
            bestByMode: { ...prev.bestByMode },
            itemStreaks: { ...prev.itemStreaks },
            misses: prev.misses.slice(),
          };
          const newlyMastered: string[] = [];
          for (const a of session.answers) {
            const before = p.itemStreaks[a.itemId] ?? 0;
            const after = a.correct ? before + 1 : 0;
            p.itemStreaks[a.itemId] = Math.min(after, 99);
            if (before < MASTERY_STREAK && after >= MASTERY_STREAK) newlyMastered.push(a.itemId);
            p.misses = p.misses.filter((id) => id !== a.itemId);
            if (!a.correct) p.misses.unshift(a.itemId);
          }
          p.rounds += 1;
          p.lastPlayedAt = at;
          let newBestScore = false;
          let newBestBalancedAccuracy = false;
          const comparable: Mode[] = ['quick', 'whole'];
          if (comparable.includes(session.mode) && !session.endedEarly) {
            const sum = summarize(session);
            const score = sum.points;
            const ba = sum.stats.balancedAccuracy ?? 0;
            if (p.bestScore === null || score > p.bestScore) {
              newBestScore = true;
              p.bestScore = score;
            }
            if (p.bestBalancedAccuracy === null || ba > p.bestBalancedAccuracy) {
              newBestBalancedAccuracy = true;
              p.bestBalancedAccuracy = ba;
            }
            const mode = session.mode as 'quick' | 'whole';
            const old = p.bestByMode[mode];
            if (!old || score > old.score || (score === old.score && ba > old.balancedAccuracy)) {
              p.bestByMode[mode] = { score, balancedAccuracy: ba, at };
            }
          }
          set({
            packs: { ...state.packs, [session.packId]: p },
            recordedSessions: [...state.recordedSessions, session.id].slice(-RECORDED_SESSIONS_KEPT),
          });
          return { newBestScore, newBestBalancedAccuracy, newlyMastered, recorded: true };
        },
        forgetPack(packId) {
          const packs = { ...get().packs };
          delete packs[packId];
          set({ packs });
        },
        reset() {
          set({ packs: {}, recordedSessions: [] });
        },
      }),
      guard.options,
    ),
  );
  guard.afterCreate(store);
  return store;
}
