import { persist } from 'zustand/middleware';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { array, looseObject, number, object, oneOf, optional, refine, string } from '../core/guard.ts';
import { GENRES, STANCES, VERDICTS, type CompiledPack } from '../core/pack/types.ts';
import type { NoticesStore } from './notices.ts';
import { guardedPersist, type PersistContext, type Salvaged, type SliceSpec } from './persisted.ts';

/**
 * A pack the player opened. Stored in its validated, compiled form (so it loads without
 * re-running the matcher); on load each stored pack is checked again structurally
 * (`compiledPackSchema`, spans inside their sources) and dropped with a notice if broken.
 */
export interface LibraryEntry {
  pack: CompiledPack;
  /** ISO date-time when it was opened. */
  addedAt: string;
}

export type AddPackResult =
  | {
      ok: true;
      /** True when a pack with the same id was replaced (only with `replace: true`). */
      replaced: boolean;
      /** False when the browser's storage is full: the pack can be played now but will be gone after a reload (a notice says so). */
      saved: boolean;
    }
  | {
      ok: false;
      /**
       * - `builtin`: the id is a built-in pack's; it cannot be shadowed.
       * - `duplicate`: a pack with this id is already opened; call again with `replace: true` to replace it.
       * - `invalid`: not a compiled pack (the validator should have refused it).
       */
      reason: 'builtin' | 'duplicate' | 'invalid';
      message: string;
    };

export interface LibraryData {
  entries: LibraryEntry[];
}

export interface LibraryState extends LibraryData {
  /** Adds a pack that passed validation. Ids are unique among loaded packs. */
  add(pack: CompiledPack, options?: { replace?: boolean }): AddPackResult;
  /** Removes a pack by id; false when there was none (built-in packs cannot be removed). */
  remove(packId: string): boolean;
  /** The entry of an opened pack. */
  get(packId: string): LibraryEntry | undefined;
}

export type LibraryStore = StoreApi<LibraryState>;

const span = object({ start: number({ int: true, min: 0 }), end: number({ int: true, min: 0 }) });
const sourceSchema = looseObject({
  id: string({ min: 1 }),
  title: string(),
  outlet: string(),
  author: optional(string()),
  published: string(),
  url: optional(string()),
  genre: oneOf(GENRES),
  text: string({ min: 1 }),
});
const itemSchema = looseObject({
  id: string({ min: 1 }),
  quote: looseObject({ source: string(), text: string(), speaker: string(), span }),
  verdict: oneOf(VERDICTS),
  explanation: string(),
  evidence: array(looseObject({ source: string(), text: string(), stance: oneOf(STANCES), note: optional(string()), span }), { min: 1 }),
  skill: optional(string()),
  difficulty: optional(oneOf([1, 2, 3])),
});

/** The structure of a `CompiledPack`, with references and spans checked against the sources. */
export const compiledPackSchema = refine(
  looseObject({
    format: oneOf(['sourced-pack@1']),
    id: string({ regex: /^[a-z0-9-]{1,64}$/ }),
    title: string({ min: 1 }),
    description: optional(string()),
    language: string(),
    audience: optional(string()),
    authors: optional(array(string())),
    updated: string(),
    sources: array(sourceSchema, { min: 1 }),
    items: array(itemSchema, { min: 1 }),
  }),
  (pack, issue) => {
    const texts = new Map(pack.sources.map((s) => [s.id, s.text]));
    const ids = new Set<string>();
    pack.items.forEach((it, i) => {
      if (ids.has(it.id)) issue(['items', i, 'id'], 'duplicate item id');
      ids.add(it.id);
      const refs = [it.quote, ...it.evidence];
      for (const r of refs) {
        const text = texts.get(r.source);
        if (text === undefined || r.span.end > text.length || r.span.start > r.span.end) {
          issue(['items', i], 'bad source reference or span');
        }
      }
    });
  },
);

export function isCompiledPack(data: unknown): data is CompiledPack {
  return compiledPackSchema.safeParse(data).success;
}

const entrySchema = object({ pack: compiledPackSchema, addedAt: string() });

/** Entry by entry: a broken stored pack is dropped, the others kept. */
export function salvageLibrary(data: unknown): Salvaged<LibraryData> {
  if (!data || typeof data !== 'object' || !Array.isArray((data as { entries?: unknown }).entries)) {
    return { value: {}, dropped: [], usable: false };
  }
  const entries: LibraryEntry[] = [];
  const dropped: string[] = [];
  const seen = new Set<string>();
  for (const e of (data as { entries: unknown[] }).entries) {
    const r = entrySchema.safeParse(e);
    if (r.success && !seen.has(r.data.pack.id)) {
      seen.add(r.data.pack.id);
      entries.push(r.data as unknown as LibraryEntry);
    } else {
      const title = (e as { pack?: { title?: unknown } } | null)?.pack?.title;
      dropped.push(typeof title === 'string' && title.trim() ? `“${title.trim().slice(0, 80)}”` : 'a pack without a title');
    }
  }
  return { value: { entries }, dropped, usable: true };
}

/** Version 0 (prototype): `{ packs: CompiledPack[] }` without dates. */
export function migrateLibraryV0(old: unknown, now: () => number): unknown {
  if (!old || typeof old !== 'object' || !Array.isArray((old as { packs?: unknown }).packs)) throw new Error('bad v0');
  const at = new Date(now()).toISOString();
  return { entries: (old as { packs: unknown[] }).packs.map((pack) => ({ pack, addedAt: at })) };
}

export function librarySlice(now: () => number): SliceSpec<LibraryData> {
  return {
    key: 'sourced:library',
    version: 1,
    label: 'opened packs',
    plural: true,
    // The packs are in `sourced:library.unreadable` (persisted.ts keeps the whole save aside).
    messages: {
      partlyReset: (dropped) =>
        dropped.length === 1
          ? `The opened pack ${dropped[0]} no longer passes the game’s checks, so it was set aside. Open its file again to play it; your progress with it is kept.`
          : `${dropped.length} opened packs no longer pass the game’s checks, so they were set aside: ${dropped.join(', ')}. Open their files again to play them; your progress with them is kept.`,
    },
    migrations: { 0: (old) => migrateLibraryV0(old, now) },
    salvage: salvageLibrary,
  };
}

export function createLibraryStore(
  ctx: PersistContext & { now: () => number; builtinIds: readonly string[]; notices: NoticesStore },
): LibraryStore {
  const guard = guardedPersist<LibraryState, LibraryData>(librarySlice(ctx.now), (s) => ({ entries: s.entries }), ctx);
  const builtin = new Set(ctx.builtinIds);
  const store = createStore<LibraryState>()(
    persist(
      (set, get) => ({
        entries: [],
        add(pack, options) {
          if (!isCompiledPack(pack)) {
            return { ok: false, reason: 'invalid', message: 'This is not a checked pack, so it was not kept.' };
          }
          if (builtin.has(pack.id)) {
            return {
              ok: false,
              reason: 'builtin',
              message: `The pack id "${pack.id}" belongs to a pack built into Sourced. Give your pack another id.`,
            };
          }
          const existing = get().entries.find((e) => e.pack.id === pack.id);
          if (existing && !options?.replace) {
            return {
              ok: false,
              reason: 'duplicate',
              message: `A pack with the id "${pack.id}" ("${existing.pack.title}") is already open. Replace it?`,
            };
          }
          const entry: LibraryEntry = { pack, addedAt: new Date(ctx.now()).toISOString() };
          const entries = existing
            ? get().entries.map((e) => (e.pack.id === pack.id ? entry : e))
            : [...get().entries, entry];
          set({ entries });
          // When storage is full the guard has already posted a 'storage-full' notice.
          const saved = guard.lastWrite().ok;
          return { ok: true, replaced: !!existing, saved };
        },
        remove(packId) {
          const entries = get().entries;
          if (!entries.some((e) => e.pack.id === packId)) return false;
          set({ entries: entries.filter((e) => e.pack.id !== packId) });
          return true;
        },
        get(packId) {
          return get().entries.find((e) => e.pack.id === packId);
        },
      }),
      guard.options,
    ),
  );
  guard.afterCreate(store);
  return store;
}
