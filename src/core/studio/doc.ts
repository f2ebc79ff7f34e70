/**
 * The studio document and the pack file: a new document, a document from any pack (even a
 * broken one, so the studio can repair it), and the pack file written from a document.
 */
import { slugifyId } from '../corpus/sourceDocument.ts';
import { packIsDraft, REVIEW_KEY, withoutReviewMark, withUnreviewedMark, type ReviewMark } from '../pack/review.ts';
import { GENRES, PACK_FORMAT, STANCES, VERDICTS, type Evidence, type Extensions, type Genre, type Item, type Pack, type Source } from '../pack/types.ts';
import { STUDIO_DOC_VERSION, type StudioDoc, type StudioItem, type StudioMeta, type StudioPassage } from './types.ts';

/** What the studio writes in a review mark (src/core/pack/review.ts). */
export const STUDIO_TOOL = 'sourced studio';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export function emptyDoc(today: string): StudioDoc {
  return {
    version: STUDIO_DOC_VERSION,
    meta: { id: 'my-pack', title: '', language: 'en', updated: today },
    sources: [],
    items: [],
    dismissed: [],
    nextKey: 1,
  };
}

/** Hands out `count` fresh keys. */
export function takeKeys(doc: StudioDoc, count: number): { doc: StudioDoc; keys: string[] } {
  const keys = Array.from({ length: count }, (_, i) => `k${doc.nextKey + i}`);
  return { doc: { ...doc, nextKey: doc.nextKey + count }, keys };
}

/** `base`, or `base-2`, `base-3`… : the first that is not taken (ids stay within 64 characters). */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  const root = slugifyId(base).slice(0, 58).replace(/-+$/, '') || 'item';
  if (!taken.has(root)) return root;
  for (let n = 2; ; n++) {
    const id = `${root}-${n}`;
    if (!taken.has(id)) return id;
  }
}

/** An item id from the first words of its quote ("we-have-more-than-10-000"). */
export function itemIdFor(quoteText: string, taken: ReadonlySet<string>): string {
  const words = quoteText.normalize('NFKD').toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return uniqueId(words.slice(0, 6).join('-') || 'item', taken);
}

export function itemIds(doc: StudioDoc, except?: string): Set<string> {
  return new Set(doc.items.filter((it) => it.key !== except).map((it) => it.id));
}

// ------------------------------------------------------------------------------ doc → pack

/** The pack file's content. Incomplete items are written as they are (the validator says what is missing). */
export function packFromDoc(doc: StudioDoc): Pack {
  const m = doc.meta;
  const pack: Record<string, unknown> = { format: PACK_FORMAT, id: m.id, title: m.title };
  if (m.description) pack.description = m.description;
  pack.language = m.language;
  if (m.audience) pack.audience = m.audience;
  if (m.authors && m.authors.length > 0) pack.authors = m.authors;
  pack.updated = m.updated;
  pack.sources = doc.sources.map(sourceOut);
  pack.items = doc.items.map(itemOut);
  if (m.extensions && Object.keys(m.extensions).length > 0) pack.extensions = m.extensions;
  return pack as unknown as Pack;
}

function sourceOut(s: Source): Source {
  const out: Record<string, unknown> = { id: s.id, title: s.title, outlet: s.outlet };
  if (s.author) out.author = s.author;
  out.published = s.published;
  if (s.url) out.url = s.url;
  out.genre = s.genre;
  out.text = s.text;
  return out as unknown as Source;
}

function itemOut(it: StudioItem): Item {
  const out: Record<string, unknown> = { id: it.id };
  if (it.quote) {
    const q: Record<string, unknown> = { source: it.quote.source, text: it.quote.text };
    if (it.quote.speaker.trim()) q.speaker = it.quote.speaker;
    out.quote = q;
  }
  if (it.verdict) out.verdict = it.verdict;
  if (it.explanation.trim()) out.explanation = it.explanation;
  out.evidence = it.evidence.map((e) => {
    const ev: Evidence = { source: e.source, text: e.text, stance: e.stance };
    if (e.note?.trim()) ev.note = e.note;
    return ev;
  });
  if (it.skill) out.skill = it.skill;
  if (it.difficulty) out.difficulty = it.difficulty;
  if (it.group) out.group = it.group;
  if (it.discussion?.trim()) out.discussion = it.discussion;
  if (it.extensions && Object.keys(it.extensions).length > 0) out.extensions = it.extensions;
  return out as unknown as Item;
}

/** The pack file as the studio downloads it: two-space JSON, one final line break. */
export function packFileText(doc: StudioDoc): string {
  return `${JSON.stringify(packFromDoc(doc), null, 2)}\n`;
}

// ------------------------------------------------------------------------------ pack → doc

export interface OpenedDoc {
  doc: StudioDoc;
  /** What was not kept or was changed, in words an author understands. */
  notes: string[];
}

const SOURCE_FIELDS = ['id', 'title', 'outlet', 'author', 'published', 'url', 'genre', 'text'];
const ITEM_FIELDS = ['id', 'quote', 'verdict', 'explanation', 'evidence', 'skill', 'difficulty', 'group', 'discussion', 'extensions'];

/**
 * A document from a pack file's parsed JSON, valid or not: whatever has the right shape is
 * kept, and every field that had to be left out is named. Returns null (with the reason) when
 * the data is not a pack at all. A pack marked as a draft as a whole becomes a pack whose
 * items are marked one by one, so the author can review them one at a time.
 */
export function docFromPack(data: unknown, today: string): OpenedDoc | { error: string } {
  if (!isObj(data)) return { error: 'This file is not a pack: a pack is a JSON object { … } with sources and items.' };
  if (!Array.isArray(data.sources) && !Array.isArray(data.items)) {
    return { error: 'This file is not a pack: it has neither "sources" nor "items".' };
  }
  const notes: string[] = [];
  const dropUnknown = (o: Obj, allowed: string[], where: string) => {
    for (const k of Object.keys(o)) if (!allowed.includes(k)) notes.push(`${where}: the field "${k}" is not part of the pack format and was not kept.`);
  };

  const sources: Source[] = [];
  (Array.isArray(data.sources) ? data.sources : []).forEach((s, i) => {
    if (!isObj(s) || typeof s.text !== 'string') {
      notes.push(`Source ${i + 1} has no text and was not kept.`);
      return;
    }
    dropUnknown(s, SOURCE_FIELDS, `Source ${i + 1}`);
    const genre = str(s.genre);
    const src: Source = {
      id: str(s.id) ?? `source-${i + 1}`,
      title: str(s.title) ?? '',
      outlet: str(s.outlet) ?? '',
      published: str(s.published) ?? '',
      genre: (GENRES as readonly string[]).includes(genre ?? '') ? (genre as Genre) : 'other',
      text: s.text,
    };
    if (genre !== undefined && src.genre !== genre) notes.push(`Source ${i + 1}: the genre "${genre}" is not one of the format's; it was set to "other".`);
    if (str(s.author)) src.author = str(s.author);
    if (str(s.url)) src.url = str(s.url);
    sources.push(src);
  });

  let nextKey = 1;
  const key = () => `k${nextKey++}`;
  const packMark = isObj(data.extensions) ? (data.extensions[REVIEW_KEY] as ReviewMark | undefined) : undefined;
  const wholeDraft = packIsDraft({ extensions: isObj(data.extensions) ? data.extensions : undefined });

  const items: StudioItem[] = [];
  (Array.isArray(data.items) ? data.items : []).forEach((raw, i) => {
    if (!isObj(raw)) {
      notes.push(`Item ${i + 1} is not an object and was not kept.`);
      return;
    }
    dropUnknown(raw, ITEM_FIELDS, `Item ${i + 1}`);
    const item: StudioItem = { key: key(), id: str(raw.id) ?? `item-${i + 1}`, explanation: str(raw.explanation) ?? '', evidence: [] };
    if (isObj(raw.quote) && typeof raw.quote.text === 'string') {
      item.quote = { source: str(raw.quote.source) ?? '', text: raw.quote.text, speaker: str(raw.quote.speaker) ?? '' };
    }
    const verdict = str(raw.verdict);
    if (verdict && (VERDICTS as readonly string[]).includes(verdict)) item.verdict = verdict as StudioItem['verdict'];
    else if (verdict) notes.push(`Item ${i + 1}: the verdict "${verdict}" is not one of the format's and was left out.`);
    for (const [k, e] of (Array.isArray(raw.evidence) ? raw.evidence : []).entries()) {
      if (!isObj(e) || typeof e.text !== 'string') {
        notes.push(`Item ${i + 1}, passage ${k + 1}: no text, not kept.`);
        continue;
      }
      const stance = str(e.stance);
      const p: StudioPassage = {
        key: key(),
        source: str(e.source) ?? '',
        text: e.text,
        stance: (STANCES as readonly string[]).includes(stance ?? '') ? (stance as StudioPassage['stance']) : 'context',
      };
      if (stance !== p.stance) notes.push(`Item ${i + 1}, passage ${k + 1}: the stance "${stance ?? ''}" is not one of the format's; it was set to "context".`);
      if (str(e.note)) p.note = str(e.note);
      item.evidence.push(p);
    }
    if (str(raw.skill)) item.skill = str(raw.skill);
    if (raw.difficulty === 1 || raw.difficulty === 2 || raw.difficulty === 3) item.difficulty = raw.difficulty;
    if (str(raw.group)) item.group = str(raw.group);
    if (str(raw.discussion)) item.discussion = str(raw.discussion);
    let ext: Extensions | undefined = isObj(raw.extensions) ? { ...raw.extensions } : undefined;
    if (wholeDraft) ext = withUnreviewedMark(ext, packMark?.by ?? STUDIO_TOOL);
    if (ext && Object.keys(ext).length > 0) item.extensions = ext;
    items.push(item);
  });

  const meta: StudioMeta = {
    id: str(data.id) ?? 'my-pack',
    title: str(data.title) ?? '',
    language: str(data.language) ?? 'en',
    updated: str(data.updated) ?? today,
  };
  if (str(data.description)) meta.description = str(data.description);
  if (str(data.audience)) meta.audience = str(data.audience);
  if (Array.isArray(data.authors)) meta.authors = data.authors.filter((a): a is string => typeof a === 'string');
  const packExt = isObj(data.extensions) ? withoutReviewMark(data.extensions) : undefined;
  if (packExt) meta.extensions = packExt;
  if (wholeDraft) notes.push(`This pack was marked as a draft as a whole: each of its ${items.length} items is now marked "not reviewed" on its own. Check each one and mark it as checked.`);
  dropUnknown(data, ['format', 'id', 'title', 'description', 'language', 'audience', 'authors', 'updated', 'sources', 'items', 'extensions'], 'The pack');
  return { doc: { version: STUDIO_DOC_VERSION, meta, sources, items, dismissed: [], nextKey }, notes };
}

/** True when a value read back from storage looks like a studio document. */
export function isStudioDoc(v: unknown): v is StudioDoc {
  return (
    isObj(v) &&
    v.version === STUDIO_DOC_VERSION &&
    isObj(v.meta) &&
    Array.isArray(v.sources) &&
    Array.isArray(v.items) &&
    Array.isArray(v.dismissed) &&
    typeof v.nextKey === 'number'
  );
}
