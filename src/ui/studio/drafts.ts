/**
 * Drafts kept in the browser (IndexedDB, through idb): every change is saved, and the list of
 * drafts is what the studio opens on. Browsers may clear site data, so the studio says
 * everywhere that the downloaded pack file is the real copy. When IndexedDB cannot be used
 * (a private window that forbids it, storage blocked), the studio keeps working in memory and
 * says so.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { isStudioDoc } from '../../core/studio/doc';
import type { StudioDoc } from '../../core/studio/types';

export interface DraftUi {
  view: string;
  itemKey: string | null;
  sourceId: string | null;
}

export interface DraftSummary {
  id: string;
  title: string;
  items: number;
  sources: number;
  /** ISO date-time of the last save. */
  savedAt: string;
  /** ISO date-time of the last download of the pack file, if any. */
  downloadedAt?: string;
}

interface Record_ {
  id: string;
  doc: StudioDoc;
  ui: DraftUi;
}

interface Schema extends DBSchema {
  docs: { key: string; value: Record_ };
  summaries: { key: string; value: DraftSummary };
}

export interface DraftStore {
  /** False when drafts live in memory only (gone on reload). */
  persistent: boolean;
  list(): Promise<DraftSummary[]>;
  load(id: string): Promise<{ doc: StudioDoc; ui: DraftUi; summary: DraftSummary } | null>;
  save(id: string, doc: StudioDoc, ui: DraftUi, extra?: Partial<DraftSummary>): Promise<DraftSummary>;
  remove(id: string): Promise<void>;
}

const DB_NAME = 'sourced-studio';

export function newDraftId(): string {
  return `d${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

function summaryOf(id: string, doc: StudioDoc, extra?: Partial<DraftSummary>): DraftSummary {
  return {
    id,
    title: doc.meta.title || 'Untitled pack',
    items: doc.items.length,
    sources: doc.sources.length,
    savedAt: new Date().toISOString(),
    ...extra,
  };
}

export async function openDraftStore(): Promise<DraftStore> {
  let db: IDBPDatabase<Schema> | null = null;
  try {
    db = await openDB<Schema>(DB_NAME, 1, {
      upgrade(d) {
        d.createObjectStore('docs', { keyPath: 'id' });
        d.createObjectStore('summaries', { keyPath: 'id' });
      },
    });
  } catch {
    db = null;
  }
  if (!db) return memoryStore();
  const store = db;
  return {
    persistent: true,
    async list() {
      const all = await store.getAll('summaries');
      return all.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },
    async load(id) {
      const [rec, summary] = await Promise.all([store.get('docs', id), store.get('summaries', id)]);
      if (!rec || !summary || !isStudioDoc(rec.doc)) return null;
      return { doc: rec.doc, ui: rec.ui, summary };
    },
    async save(id, doc, ui, extra) {
      const before = await store.get('summaries', id);
      const summary = summaryOf(id, doc, { ...(before?.downloadedAt ? { downloadedAt: before.downloadedAt } : {}), ...extra });
      const tx = store.transaction(['docs', 'summaries'], 'readwrite');
      await Promise.all([tx.objectStore('docs').put({ id, doc, ui }), tx.objectStore('summaries').put(summary), tx.done]);
      return summary;
    },
    async remove(id) {
      const tx = store.transaction(['docs', 'summaries'], 'readwrite');
      await Promise.all([tx.objectStore('docs').delete(id), tx.objectStore('summaries').delete(id), tx.done]);
    },
  };
}

function memoryStore(): DraftStore {
  const docs = new Map<string, Record_>();
  const summaries = new Map<string, DraftSummary>();
  return {
    persistent: false,
    list: async () => [...summaries.values()].sort((a, b) => b.savedAt.localeCompare(a.savedAt)),
    load: async (id) => {
      const rec = docs.get(id);
      const summary = summaries.get(id);
      return rec && summary ? { doc: rec.doc, ui: rec.ui, summary } : null;
    },
    save: async (id, doc, ui, extra) => {
      const summary = summaryOf(id, doc, { ...(summaries.get(id)?.downloadedAt ? { downloadedAt: summaries.get(id)!.downloadedAt } : {}), ...extra });
      docs.set(id, { id, doc, ui });
      summaries.set(id, summary);
      return summary;
    },
    remove: async (id) => {
      docs.delete(id);
      summaries.delete(id);
    },
  };
}
