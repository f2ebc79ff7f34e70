/**
 * Storage for saves. The stores take any `KeyValueStorage` (localStorage has this shape);
 * tests use `createMemoryStorage`, which can also simulate a full disk.
 */

/** The part of the Web Storage API the stores use. Any method may throw. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** How many keys, and the i-th (as Web Storage has them): to find other tabs' rounds. */
  readonly length?: number;
  key?(index: number): string | null;
}

/** Every key of a storage that can list them (none for one that cannot). */
export function storageKeys(storage: KeyValueStorage): string[] {
  const keys: string[] = [];
  try {
    const n = storage.length ?? 0;
    for (let i = 0; i < n; i++) {
      const k = storage.key?.(i);
      if (k !== null && k !== undefined) keys.push(k);
    }
  } catch {
    /* a storage that cannot be listed has no other rounds to offer */
  }
  return keys;
}

export interface MemoryStorage extends KeyValueStorage {
  /** The raw stored strings, for tests to inspect or corrupt. */
  readonly data: Map<string, string>;
  /** When set, a `setItem` that would make the total size exceed it throws a QuotaExceededError. */
  quotaChars: number | null;
}

/** An in-memory `KeyValueStorage`, optionally pre-filled. */
export function createMemoryStorage(initial: Record<string, string> = {}, quotaChars: number | null = null): MemoryStorage {
  const data = new Map(Object.entries(initial));
  const storage: MemoryStorage = {
    data,
    quotaChars,
    getItem: (key) => (data.has(key) ? data.get(key)! : null),
    setItem(key, value) {
      const value_ = String(value);
      if (storage.quotaChars !== null) {
        let size = 0;
        for (const [k, v] of data) if (k !== key) size += k.length + v.length;
        if (size + key.length + value_.length > storage.quotaChars) throw quotaError();
      }
      data.set(key, value_);
    },
    removeItem: (key) => void data.delete(key),
    get length() {
      return data.size;
    },
    key: (index) => [...data.keys()][index] ?? null,
  };
  return storage;
}

/** An error shaped like the browser's (a DOMException named QuotaExceededError). */
export function quotaError(): Error {
  const e = new Error("Failed to execute 'setItem' on 'Storage': the quota has been exceeded.");
  e.name = 'QuotaExceededError';
  return e;
}

/** True for the browsers' various "storage full" errors. */
export function isQuotaError(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/**
 * The browser's localStorage if it can be used (it throws in some privacy modes), else null.
 */
export function browserStorage(): KeyValueStorage | null {
  try {
    const ls = (globalThis as { localStorage?: KeyValueStorage }).localStorage;
    if (!ls) return null;
    const probe = '__sourced_probe__';
    ls.setItem(probe, '1');
    ls.removeItem(probe);
    return ls;
  } catch {
    return null;
  }
}
