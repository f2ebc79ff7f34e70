/**
 * Everything an author can do to a document, as commands (history.ts). Each returns the same
 * document object when it would change nothing, so no empty step lands in the history.
 */
import { slugifyId } from '../corpus/sourceDocument.ts';
import { withoutReviewMark, withUnreviewedMark } from '../pack/review.ts';
import type { Source, Stance, Verdict } from '../pack/types.ts';
import { itemIdFor, itemIds, STUDIO_TOOL, takeKeys, uniqueId } from './doc.ts';
import type { Command } from './history.ts';
import type { Fix } from './messages.ts';
import type { Excerpt, StudioDoc, StudioItem, StudioMeta, StudioPassage } from './types.ts';

const mapItem = (doc: StudioDoc, key: string, f: (it: StudioItem) => StudioItem): StudioDoc => {
  let changed = false;
  const items = doc.items.map((it) => {
    if (it.key !== key) return it;
    const next = f(it);
    if (next !== it) changed = true;
    return next;
  });
  return changed ? { ...doc, items } : doc;
};

/** Removes optional fields set to undefined or '' (all but the required ones in `keep`), so the file never holds them. */
function clean<T extends object>(o: T, keep: readonly string[] = []): T {
  const out = { ...o } as Record<string, unknown>;
  for (const k of Object.keys(out)) if (out[k] === undefined || (out[k] === '' && !keep.includes(k))) delete out[k];
  return out as T;
}

const META_REQUIRED = ['id', 'title', 'language', 'updated'];
const SOURCE_REQUIRED = ['id', 'title', 'outlet', 'published', 'genre', 'text'];
const ITEM_REQUIRED = ['key', 'id', 'explanation'];

// ------------------------------------------------------------------------------ pack

export function updateMeta(patch: Partial<StudioMeta>, field = Object.keys(patch).join(',')): Command {
  return {
    label: 'edit the pack details',
    merge: `meta:${field}`,
    apply: (doc) => {
      const same = Object.entries(patch).every(([k, v]) => JSON.stringify(doc.meta[k as keyof StudioMeta]) === JSON.stringify(v));
      return same ? doc : { ...doc, meta: clean({ ...doc.meta, ...patch }, META_REQUIRED) };
    },
  };
}

// ------------------------------------------------------------------------------ sources

/** Adds sources, each with an id of its own (from its title when it has none, or its id is taken). */
export function addSources(sources: Source[]): Command {
  return {
    label: sources.length === 1 ? 'add a source' : `add ${sources.length} sources`,
    apply: (doc) => {
      if (sources.length === 0) return doc;
      const taken = new Set(doc.sources.map((s) => s.id));
      const added = sources.map((s) => {
        const id = uniqueId(s.id || slugifyId(s.title || 'source'), taken);
        taken.add(id);
        return { ...s, id };
      });
      return { ...doc, sources: [...doc.sources, ...added] };
    },
  };
}

/** Edits a source's details (never its text: quotes are taken from it). A new id is carried to every passage. */
export function updateSource(id: string, patch: Partial<Omit<Source, 'text'>>): Command {
  const field = Object.keys(patch).join(',');
  return {
    label: 'edit a source',
    merge: `source:${id}:${field}`,
    apply: (doc) => {
      const i = doc.sources.findIndex((s) => s.id === id);
      const old = doc.sources[i];
      if (!old) return doc;
      const next = clean({ ...old, ...patch }, SOURCE_REQUIRED);
      if (JSON.stringify(next) === JSON.stringify(old)) return doc;
      const sources = doc.sources.map((s, k) => (k === i ? next : s));
      if (next.id === id) return { ...doc, sources };
      const re = (sid: string) => (sid === id ? next.id : sid);
      return {
        ...doc,
        sources,
        items: doc.items.map((it) => ({
          ...it,
          ...(it.quote ? { quote: { ...it.quote, source: re(it.quote.source) } } : {}),
          evidence: it.evidence.map((e) => ({ ...e, source: re(e.source) })),
        })),
      };
    },
  };
}

/** Removes a source and every quote and passage taken from it (undo brings them back). */
export function removeSource(id: string): Command {
  return {
    label: 'remove a source',
    apply: (doc) => {
      if (!doc.sources.some((s) => s.id === id)) return doc;
      return {
        ...doc,
        sources: doc.sources.filter((s) => s.id !== id),
        items: doc.items.map((it) => {
          const { quote, ...rest } = it;
          const keep = quote && quote.source !== id ? { quote } : {};
          return { ...rest, ...keep, evidence: it.evidence.filter((e) => e.source !== id) };
        }),
      };
    },
  };
}

export function moveSource(id: string, to: number): Command {
  return {
    label: 'move a source',
    apply: (doc) => {
      const from = doc.sources.findIndex((s) => s.id === id);
      const target = Math.max(0, Math.min(doc.sources.length - 1, to));
      if (from < 0 || from === target) return doc;
      const sources = [...doc.sources];
      const [s] = sources.splice(from, 1);
      sources.splice(target, 0, s!);
      return { ...doc, sources };
    },
  };
}

// ------------------------------------------------------------------------------ items

/** A new item whose quote is the excerpt; `at` is where it goes in the list (default: the end). */
export function newItemFromQuote(excerpt: Excerpt, speaker = '', at?: number): Command & { key(doc: StudioDoc): string } {
  return {
    label: 'make a new item',
    key: (doc) => `k${doc.nextKey}`,
    apply: (doc) => {
      const { doc: d, keys } = takeKeys(doc, 1);
      const item: StudioItem = {
        key: keys[0]!,
        id: itemIdFor(excerpt.text, itemIds(doc)),
        quote: { source: excerpt.source, text: excerpt.text, speaker },
        explanation: '',
        evidence: [],
      };
      const items = [...d.items];
      items.splice(at ?? items.length, 0, item);
      return { ...d, items };
    },
  };
}

/** An empty item (no quote yet), at the end. */
export function newEmptyItem(): Command & { key(doc: StudioDoc): string } {
  return {
    label: 'make a new item',
    key: (doc) => `k${doc.nextKey}`,
    apply: (doc) => {
      const { doc: d, keys } = takeKeys(doc, 1);
      return { ...d, items: [...d.items, { key: keys[0]!, id: uniqueId('item', itemIds(doc)), explanation: '', evidence: [] }] };
    },
  };
}

/** Replaces an item's quote with the excerpt (the speaker is kept when the source is the same). */
export function setQuote(itemKey: string, excerpt: Excerpt): Command {
  return {
    label: 'change the quote',
    apply: (doc) =>
      mapItem(doc, itemKey, (it) => {
        if (it.quote?.source === excerpt.source && it.quote.text === excerpt.text) return it;
        const speaker = it.quote?.source === excerpt.source ? it.quote.speaker : '';
        return { ...it, quote: { source: excerpt.source, text: excerpt.text, speaker } };
      }),
  };
}

export type ItemPatch = Partial<Pick<StudioItem, 'id' | 'verdict' | 'explanation' | 'skill' | 'difficulty' | 'group' | 'discussion'>> & { speaker?: string };

const FIELD_LABEL: Record<string, string> = {
  id: 'the item id',
  verdict: 'the verdict',
  explanation: 'the explanation',
  skill: 'the skill',
  difficulty: 'the difficulty',
  group: 'the group',
  discussion: 'the discussion question',
  speaker: 'the speaker',
};

/** Edits fields of an item; typing in one field is one undo step. */
export function updateItem(itemKey: string, patch: ItemPatch): Command {
  const fields = Object.keys(patch);
  const typed = fields.length === 1 && ['explanation', 'discussion', 'speaker', 'id', 'skill', 'group'].includes(fields[0]!);
  return {
    label: `change ${fields.map((f) => FIELD_LABEL[f] ?? f).join(' and ')}`,
    ...(typed ? { merge: `item:${itemKey}:${fields[0]}` } : {}),
    apply: (doc) =>
      mapItem(doc, itemKey, (it) => {
        const { speaker, ...rest } = patch;
        // An optional field emptied is left out of the file (the explanation is required: kept as typed).
        let next: StudioItem = clean({ ...it, ...rest }, ITEM_REQUIRED);
        if (speaker !== undefined && it.quote) next = { ...next, quote: { ...it.quote, speaker } };
        return JSON.stringify(next) === JSON.stringify(it) ? it : next;
      }),
  };
}

export function deleteItem(itemKey: string): Command {
  return {
    label: 'delete an item',
    apply: (doc) => (doc.items.some((it) => it.key === itemKey) ? { ...doc, items: doc.items.filter((it) => it.key !== itemKey) } : doc),
  };
}

/** A copy of the item right after it, with its own id and keys. */
export function duplicateItem(itemKey: string): Command & { key(doc: StudioDoc): string } {
  return {
    label: 'duplicate an item',
    key: (doc) => `k${doc.nextKey}`,
    apply: (doc) => {
      const i = doc.items.findIndex((it) => it.key === itemKey);
      const it = doc.items[i];
      if (!it) return doc;
      const { doc: d, keys } = takeKeys(doc, 1 + it.evidence.length);
      const copy: StudioItem = {
        ...structuredClone(it),
        key: keys[0]!,
        id: uniqueId(`${it.id}-copy`, itemIds(doc)),
        evidence: it.evidence.map((e, k) => ({ ...e, key: keys[k + 1]! })),
      };
      const items = [...d.items];
      items.splice(i + 1, 0, copy);
      return { ...d, items };
    },
  };
}

/** Moves an item to position `to` (0-based) in the list. */
export function moveItem(itemKey: string, to: number): Command {
  return {
    label: 'move an item',
    apply: (doc) => {
      const from = doc.items.findIndex((it) => it.key === itemKey);
      const target = Math.max(0, Math.min(doc.items.length - 1, to));
      if (from < 0 || from === target) return doc;
      const items = [...doc.items];
      const [it] = items.splice(from, 1);
      items.splice(target, 0, it!);
      return { ...doc, items };
    },
  };
}

/** The author has checked the item: its "not reviewed" mark goes. */
export function markReviewed(itemKey: string): Command {
  return {
    label: 'mark an item as checked',
    apply: (doc) =>
      mapItem(doc, itemKey, (it) => {
        const extensions = withoutReviewMark(it.extensions);
        if (JSON.stringify(extensions) === JSON.stringify(it.extensions)) return it;
        const { extensions: _, ...rest } = it;
        return extensions ? { ...rest, extensions } : rest;
      }),
  };
}

export function markUnreviewed(itemKey: string): Command {
  return {
    label: 'mark an item as not reviewed',
    apply: (doc) => mapItem(doc, itemKey, (it) => ({ ...it, extensions: withUnreviewedMark(it.extensions, STUDIO_TOOL) })),
  };
}

// ------------------------------------------------------------------------------ passages

/** Adds the excerpt as a passage of evidence with a stance; a passage the item already has only changes stance. */
export function addEvidence(itemKey: string, excerpt: Excerpt, stance: Stance): Command {
  return {
    label: `add evidence (${stance})`,
    apply: (doc) => {
      const it = doc.items.find((x) => x.key === itemKey);
      if (!it) return doc;
      const same = it.evidence.find((e) => e.source === excerpt.source && e.text === excerpt.text);
      if (same) return same.stance === stance ? doc : updatePassage(itemKey, same.key, { stance }).apply(doc);
      const { doc: d, keys } = takeKeys(doc, 1);
      const p: StudioPassage = { key: keys[0]!, source: excerpt.source, text: excerpt.text, stance };
      return mapItem(d, itemKey, (x) => ({ ...x, evidence: [...x.evidence, p] }));
    },
  };
}

export function updatePassage(itemKey: string, passageKey: string, patch: Partial<Pick<StudioPassage, 'stance' | 'note' | 'text'>>): Command {
  const fields = Object.keys(patch);
  return {
    label: fields.includes('note') ? 'change a note' : fields.includes('text') ? 'change a passage' : 'change a stance',
    ...(fields.length === 1 && fields[0] === 'note' ? { merge: `note:${passageKey}` } : {}),
    apply: (doc) =>
      mapItem(doc, itemKey, (it) => {
        let changed = false;
        const evidence = it.evidence.map((e) => {
          if (e.key !== passageKey) return e;
          const next = clean({ ...e, ...patch }, ['key', 'source', 'text', 'stance']);
          if (JSON.stringify(next) === JSON.stringify(e)) return e;
          changed = true;
          return next;
        });
        return changed ? { ...it, evidence } : it;
      }),
  };
}

/** Puts the quote text right (a quote that did not match: "use the closest passage"). */
export function replaceQuoteText(itemKey: string, text: string): Command {
  return {
    label: 'change the quote',
    apply: (doc) => mapItem(doc, itemKey, (it) => (it.quote && it.quote.text !== text ? { ...it, quote: { ...it.quote, text } } : it)),
  };
}

export function removePassage(itemKey: string, passageKey: string): Command {
  return {
    label: 'remove a passage',
    apply: (doc) =>
      mapItem(doc, itemKey, (it) => (it.evidence.some((e) => e.key === passageKey) ? { ...it, evidence: it.evidence.filter((e) => e.key !== passageKey) } : it)),
  };
}

export function movePassage(itemKey: string, passageKey: string, dir: -1 | 1): Command {
  return {
    label: 'move a passage',
    apply: (doc) =>
      mapItem(doc, itemKey, (it) => {
        const i = it.evidence.findIndex((e) => e.key === passageKey);
        const j = i + dir;
        if (i < 0 || j < 0 || j >= it.evidence.length) return it;
        const evidence = [...it.evidence];
        [evidence[i], evidence[j]] = [evidence[j]!, evidence[i]!];
        return { ...it, evidence };
      }),
  };
}

// ------------------------------------------------------------------------------ in bulk

/** Items made elsewhere (a CSV import, accepted suggestions), given keys and ids of their own. */
export function addItems(items: Array<Omit<StudioItem, 'key' | 'evidence'> & { evidence: Array<Omit<StudioPassage, 'key'>> }>, label: string): Command & { keys(doc: StudioDoc): string[] } {
  const count = items.reduce((n, it) => n + 1 + it.evidence.length, 0);
  const itemKeys = (doc: StudioDoc) => {
    const out: string[] = [];
    let k = doc.nextKey;
    for (const it of items) {
      out.push(`k${k}`);
      k += 1 + it.evidence.length;
    }
    return out;
  };
  return {
    label,
    keys: itemKeys,
    apply: (doc) => {
      if (items.length === 0) return doc;
      const { doc: d, keys } = takeKeys(doc, count);
      const taken = itemIds(doc);
      let k = 0;
      const added = items.map((it) => {
        const key = keys[k++]!;
        const id = it.id && !taken.has(it.id) ? it.id : it.quote ? itemIdFor(it.quote.text, taken) : uniqueId('item', taken);
        taken.add(id);
        return { ...it, key, id, evidence: it.evidence.map((e) => ({ ...e, key: keys[k++]! })) };
      });
      return { ...d, items: [...d.items, ...added] };
    },
  };
}

/** A suggestion dismissed: it is not offered again. */
export function dismissSuggestion(suggestionKey: string): Command {
  return {
    label: 'dismiss a suggestion',
    apply: (doc) => (doc.dismissed.includes(suggestionKey) ? doc : { ...doc, dismissed: [...doc.dismissed, suggestionKey] }),
  };
}

/** Sets the verdict (the fixes offered by messages.ts use it too). */
export function setVerdict(itemKey: string, verdict: Verdict): Command {
  return updateItem(itemKey, { verdict });
}

/** The command behind a fix offered with a message (messages.ts). */
export function fixCommand(fix: Fix): Command {
  switch (fix.kind) {
    case 'set-verdict':
      return setVerdict(fix.item, fix.verdict);
    case 'set-stance':
      return updatePassage(fix.item, fix.passage, { stance: fix.stance });
    case 'remove-passage':
      return removePassage(fix.item, fix.passage);
    case 'use-closest':
      return fix.passage ? updatePassage(fix.item, fix.passage, { text: fix.text }) : replaceQuoteText(fix.item, fix.text);
    case 'set-field':
      return updateItem(fix.item, { [fix.field]: fix.value });
    case 'set-pack-id':
      return updateMeta({ id: fix.value });
    case 'mark-reviewed':
      return markReviewed(fix.item);
  }
}
