/**
 * A guarded `persist` setup shared by the saved stores.
 *
 * zustand's `persist` hydrates synchronously from a sync storage, but on its own: corrupt
 * JSON only reaches `onRehydrateStorage`, a wrong shape is merged shallowly into the state,
 * and a storage that throws on write (quota) throws out of `set`. Here:
 *
 * - `getItem` parses the JSON itself: bad JSON or a bad envelope → notice, defaults are used;
 * - `migrate` runs the slice's migrations from the saved version up to the current one; a
 *   save from a *newer* version is reset with a notice;
 * - `merge` validates with the slice's `salvage` (guards from src/core/guard.ts): what passes is kept, what does
 *   not is reset to defaults with a notice (never merged blindly);
 * - whenever anything of a save is not used (bad JSON, a wrong shape, a failed migration, a
 *   part dropped), the raw text is first copied to `<key>.unreadable` (best effort): nothing
 *   is lost for good, whatever the kind of damage;
 * - `setItem` never throws: a quota or other error becomes a notice and is reported to the
 *   store through `lastWrite`, so e.g. "pack opened but not kept" can be said.
 * After hydration, a save that was cleaned up is written back so a notice is shown once.
 */
import type { PersistOptions, PersistStorage, StorageValue } from 'zustand/middleware';
import { STORAGE_UNAVAILABLE, type NoticesStore } from './notices.ts';
import { isQuotaError, type KeyValueStorage } from './storage.ts';

/** The outcome of reading a slice's saved state. */
export interface Salvaged<P> {
  /** What can be used (may be partial). */
  value: Partial<P>;
  /** Human-readable names of what was dropped (empty when everything passed). */
  dropped: string[];
  /** False when nothing was usable: the whole slice is reset. */
  usable: boolean;
}

/** How a slice says what happened, when its labels alone would read badly. */
export interface SliceMessages {
  /** The whole save was unusable. */
  reset?: string;
  /** Some of it (`dropped`, the salvage's names) was unusable. */
  partlyReset?(dropped: string[]): string;
}

export interface SliceSpec<P> {
  /** Storage key, e.g. `sourced:settings`. */
  key: string;
  /** Current version of the saved shape. */
  version: number;
  /** The slice in the player's words, e.g. "settings", "progress", "opened packs". */
  label: string;
  /** Whether `label` takes a plural verb ("settings were", "progress was"). */
  plural: boolean;
  /** `migrations[v]` turns a version-v save into a version-(v+1) save. */
  migrations: Record<number, (old: unknown) => unknown>;
  /** Validates a current-version saved state. */
  salvage(data: unknown): Salvaged<P>;
  messages?: SliceMessages;
}

export interface WriteStatus {
  ok: boolean;
  quota: boolean;
}

export interface PersistContext {
  storage: KeyValueStorage;
  notices: NoticesStore;
}

export interface GuardedPersist<S, P> {
  options: PersistOptions<S, P>;
  /** The outcome of the last write to storage. */
  lastWrite(): WriteStatus;
  /** Call once right after `createStore`: writes back a save that had to be cleaned up. */
  afterCreate(store: { setState(partial: Partial<S>): unknown }): void;
}

export function guardedPersist<S, P>(
  spec: SliceSpec<P>,
  partialize: (s: S) => P,
  ctx: PersistContext,
): GuardedPersist<S, P> {
  const { storage, notices } = ctx;
  let last: WriteStatus = { ok: true, quota: false };
  let needsRewrite = false;
  const were = spec.plural ? 'were' : 'was';
  const resetMessage = spec.messages?.reset ?? `Your saved ${spec.label} could not be read and ${were} reset.`;
  /** The text last read from storage, kept aside when any of it goes unused. */
  let raw: string | null = null;

  const keepAside = (): void => {
    if (raw === null) return;
    try {
      storage.setItem(`${spec.key}.unreadable`, raw);
    } catch {
      /* best effort: a full storage cannot take the copy */
    }
    raw = null;
  };

  const reset = (code: 'save-reset' | 'save-newer', message: string): void => {
    keepAside();
    notices.getState().push({ code, level: 'warning', message });
    needsRewrite = true;
  };

  const persistStorage: PersistStorage<P> = {
    getItem(name) {
      try {
        raw = storage.getItem(name);
      } catch {
        notices.getState().push(STORAGE_UNAVAILABLE);
        return null;
      }
      if (raw === null) return null;
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        parsed = undefined;
      }
      const env = parsed as { state?: unknown; version?: unknown } | undefined;
      const envelopeOk =
        !!env &&
        typeof env === 'object' &&
        !Array.isArray(env) &&
        (env.version === undefined || (typeof env.version === 'number' && Number.isInteger(env.version))) &&
        'state' in env;
      if (!envelopeOk) {
        reset('save-reset', resetMessage);
        try {
          storage.removeItem(name);
        } catch {
          /* ignore */
        }
        return null;
      }
      // A save without a version predates versioning: treat it as version 0.
      return { state: env.state as P, version: (env.version as number | undefined) ?? 0 };
    },
    setItem(name, value: StorageValue<P>) {
      try {
        storage.setItem(name, JSON.stringify(value));
        last = { ok: true, quota: false };
      } catch (e) {
        const quota = isQuotaError(e);
        last = { ok: false, quota };
        notices.getState().push(
          quota
            ? {
                code: 'storage-full',
                level: 'warning',
                message: `The browser's storage is full, so your ${spec.label} could not be kept for next time. Removing an opened pack frees space.`,
              }
            : { code: 'save-failed', level: 'warning', message: `Your ${spec.label} could not be saved.` },
        );
      }
    },
    removeItem(name) {
      try {
        storage.removeItem(name);
      } catch {
        /* ignore */
      }
    },
  };

  const options: PersistOptions<S, P> = {
    name: spec.key,
    version: spec.version,
    storage: persistStorage,
    partialize,
    migrate(old, version) {
      if (version > spec.version) {
        reset('save-newer', `Your saved ${spec.label} came from a newer version of Sourced and ${were} reset.`);
        return undefined as unknown as P;
      }
      let data = old;
      try {
        for (let v = version; v < spec.version; v++) {
          const m = spec.migrations[v];
          if (!m) throw new Error(`no migration from version ${v}`);
          data = m(data);
        }
      } catch {
        reset('save-reset', resetMessage);
        return undefined as unknown as P;
      }
      notices.getState().push({
        code: 'save-migrated',
        level: 'info',
        message: `Your saved ${spec.label} ${were} updated for this version of Sourced.`,
      });
      return data as P;
    },
    merge(persisted, current) {
      if (persisted === undefined || persisted === null) return current;
      let result: Salvaged<P>;
      try {
        result = spec.salvage(persisted);
      } catch {
        result = { value: {}, dropped: [], usable: false };
      }
      if (!result.usable) {
        reset('save-reset', resetMessage);
        return current;
      }
      if (result.dropped.length > 0) {
        keepAside();
        notices.getState().push({
          code: 'save-partly-reset',
          level: 'warning',
          message:
            spec.messages?.partlyReset?.(result.dropped) ??
            `Part of your saved ${spec.label} could not be read and was reset: ${result.dropped.join(', ')}.`,
        });
        needsRewrite = true;
      }
      raw = null;
      return { ...current, ...result.value };
    },
    onRehydrateStorage: () => (_state, error) => {
      if (error) reset('save-reset', resetMessage);
    },
  };

  return {
    options,
    lastWrite: () => last,
    afterCreate(store) {
      if (needsRewrite) {
        needsRewrite = false;
        store.setState({});
      }
    },
  };
}
