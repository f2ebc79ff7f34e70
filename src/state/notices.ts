import { createStore, type StoreApi } from 'zustand/vanilla';

/**
 * Things the player should be told that are not errors of theirs: a save that could not be
 * read, a full storage, a game that could not be resumed. The UI shows them (e.g. a
 * dismissible banner with `role="status"`) and calls `dismiss`.
 */
export type NoticeCode =
  /** A save could not be read (bad JSON, wrong shape) and was reset. */
  | 'save-reset'
  /** Part of a save could not be read and was reset; the rest was kept. */
  | 'save-partly-reset'
  /** A save from an older version was updated. */
  | 'save-migrated'
  /** A save from a newer version of the game could not be used and was reset. */
  | 'save-newer'
  /** Storage is full: something could not be saved. */
  | 'storage-full'
  /** Storage cannot be used at all (privacy mode): nothing will be kept after closing. */
  | 'storage-unavailable'
  /** Saving failed for another reason. */
  | 'save-failed'
  /** The saved game in progress could not be resumed. */
  | 'game-not-resumed'
  /** Any other message the app wants to show this way. */
  | 'other';

export type NoticeLevel = 'info' | 'warning' | 'error';

export interface Notice {
  /** Unique within the app run: a key for lists and `dismiss`. */
  id: string;
  code: NoticeCode;
  level: NoticeLevel;
  /** A complete sentence for the player, plain text. */
  message: string;
  /** Milliseconds since the epoch (from the injected clock). */
  at: number;
}

export interface NoticesState {
  notices: Notice[];
  /** Adds a notice, unless one with the same code and message is already shown. Returns its id. */
  push(notice: { code: NoticeCode; level: NoticeLevel; message: string }): string;
  dismiss(id: string): void;
  clear(): void;
}

export type NoticesStore = StoreApi<NoticesState>;

/** Said once whether storage is missing at start-up or fails on the first read. */
export const STORAGE_UNAVAILABLE = {
  code: 'storage-unavailable',
  level: 'warning',
  message: 'This browser does not let Sourced keep anything: progress will be lost when the page closes.',
} as const satisfies Pick<Notice, 'code' | 'level' | 'message'>;

export function createNoticesStore(now: () => number): NoticesStore {
  let counter = 0;
  return createStore<NoticesState>()((set, get) => ({
    notices: [],
    push(n) {
      const existing = get().notices.find((x) => x.code === n.code && x.message === n.message);
      if (existing) return existing.id;
      const notice: Notice = { ...n, id: `notice-${++counter}`, at: now() };
      set({ notices: [...get().notices, notice] });
      return notice.id;
    },
    dismiss(id) {
      set({ notices: get().notices.filter((x) => x.id !== id) });
    },
    clear() {
      set({ notices: [] });
    },
  }));
}
