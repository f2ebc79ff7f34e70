/**
 * The rules of the pack format that a JSON Schema cannot state: unique ids,
 * references to sources, calendar dates, the byte limit, verbatim matching and
 * the three verdict rules. They run on whatever parts of the pack are well
 * formed, so one pass reports as many problems as it can.
 */

import { closestPassage } from './closest.ts';
import { findExcerpt, normalizeWithMap, type NormalizedText } from './normalize.ts';
import { packIsDraft, REVIEW_KEY, unreviewedItemIds } from './review.ts';
import { codePoints } from './schema.ts';
import { suggest } from './suggest.ts';
import type { PackIssue, Span } from './types.ts';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

const MAX_SOURCE_BYTES = 1_000_000;

export interface RuleOutcome {
  errors: PackIssue[];
  warnings: PackIssue[];
  /** Spans of every excerpt that matched, keyed by its path (`items[0].quote`, `items[0].evidence[1]`). */
  spans: Map<string, Span>;
}

interface SourceInfo {
  index: number;
  text: string;
  normalized?: NormalizedText;
}

export function checkRules(pack: unknown): RuleOutcome {
  const out: RuleOutcome = { errors: [], warnings: [], spans: new Map() };
  if (!isObj(pack)) return out;
  const error = (path: string, message: string, closest?: string) =>
    out.errors.push(closest === undefined ? { path, message } : { path, message, closest });
  const warn = (path: string, message: string) => out.warnings.push({ path, message });

  const updated = str(pack.updated);
  if (updated && /^\d{4}-\d{2}-\d{2}$/.test(updated) && !isCalendarDate(updated)) {
    error('updated', `"${updated}" is not a date on the calendar`);
  }

  const sources = new Map<string, SourceInfo>();
  list(pack.sources).forEach((s, i) => {
    if (!isObj(s)) return;
    const id = str(s.id);
    const text = str(s.text);
    if (id !== undefined) {
      const first = sources.get(id);
      if (first) error(`sources[${i}].id`, `"${id}" is already the id of sources[${first.index}]; each source needs its own id`);
      else if (text !== undefined) sources.set(id, { index: i, text });
    }
    // Only a text over a third of the limit in UTF-16 units can be over it in bytes.
    if (text !== undefined && text.length * 3 > MAX_SOURCE_BYTES && utf8Bytes(text) > MAX_SOURCE_BYTES) {
      error(`sources[${i}].text`, `is ${utf8Bytes(text).toLocaleString('en')} bytes long; a source text may be at most 1,000,000 bytes (1 MB)`);
    }
    const published = str(s.published);
    if (published && /^\d{4}(-\d{2}){0,2}$/.test(published) && !isCalendarDate(published)) {
      error(`sources[${i}].published`, `"${published}" is not a date on the calendar`);
    }
    const url = str(s.url);
    if (url !== undefined && /^https?:\/\//i.test(url) && !isWebUrl(url)) {
      error(`sources[${i}].url`, `"${url}" is not a valid web address`);
    }
  });

  // Finds an excerpt in its source; reports a missing source or a text that does not match.
  const resolve = (excerpt: Obj, path: string): { sourceId: string; span: Span } | undefined => {
    const sourceId = str(excerpt.source);
    const text = str(excerpt.text);
    if (sourceId === undefined) return undefined;
    const source = sources.get(sourceId);
    if (!source) {
      if (!/^[a-z0-9-]{1,64}$/.test(sourceId)) return undefined; // already reported as a malformed id
      const guess = suggest(sourceId, sources.keys());
      const known = [...sources.keys()].map((k) => `"${k}"`).join(', ');
      error(`${path}.source`, `no source of this pack has the id "${sourceId}"${guess ? `: did you mean "${guess}"?` : `; the sources are ${known}`}`);
      return undefined;
    }
    if (text === undefined || codePoints(text) < 8) return undefined; // reported by the structure check
    source.normalized ??= normalizeWithMap(source.text);
    const span = findExcerpt(source.normalized, text);
    if (span) {
      out.spans.set(path, span);
      return { sourceId, span };
    }
    const near = closestPassage(source.text, source.normalized, text);
    const differs = near.difference
      ? ` It differs at "${near.difference.excerpt}", where the source has "${near.difference.source}".`
      : '';
    error(
      `${path}.text`,
      `is not word for word in source "${sourceId}". The closest passage there is: "${near.passage}".${differs}`,
      near.passage,
    );
    return undefined;
  };

  const itemIds = new Map<string, number>();
  const groups = new Map<string, number[]>();
  const verdictsSeen = new Set<string>();
  const usedSources = new Set<string>();
  const items = list(pack.items);
  items.forEach((item, i) => {
    if (!isObj(item)) return;
    const path = `items[${i}]`;
    const id = str(item.id);
    if (id !== undefined) {
      const first = itemIds.get(id);
      if (first !== undefined) error(`${path}.id`, `"${id}" is already the id of items[${first}]; each item needs its own id`);
      else itemIds.set(id, i);
    }
    const group = str(item.group);
    if (group !== undefined) groups.set(group, [...(groups.get(group) ?? []), i]);
    if (item.skill === undefined) warn(`${path}.skill`, 'has no skill tag: the summary cannot show which checking skill this item trains');

    const quote = isObj(item.quote) ? resolve(item.quote, `${path}.quote`) : undefined;
    const quoteSource = isObj(item.quote) ? str(item.quote.source) : undefined;
    if (quoteSource) usedSources.add(quoteSource);

    const evidence = list(item.evidence).map((e, k) => {
      if (!isObj(e)) return undefined;
      const where = `${path}.evidence[${k}]`;
      const found = resolve(e, where);
      const source = str(e.source);
      if (source) usedSources.add(source);
      return { where, source, stance: str(e.stance), span: found?.span };
    });
    const seen = new Set<string>();
    for (const e of evidence) {
      if (!e?.span) continue;
      const key = `${e.source}:${e.span.start}:${e.span.end}`;
      if (seen.has(key)) warn(e.where, 'repeats a passage already given as evidence for this item');
      seen.add(key);
    }

    const verdict = str(item.verdict);
    if (verdict) verdictsSeen.add(verdict);
    if (quoteSource === undefined || evidence.some((e) => e === undefined || !e.stance || !e.source)) return;
    const passages = evidence as { where: string; source: string; stance: string; span?: Span }[];
    const contradicting = passages.filter((e) => e.stance === 'contradicts');
    const supportElsewhere = passages.filter((e) => e.stance === 'supports' && e.source !== quoteSource);

    if (verdict === 'verified-fact') {
      for (const e of contradicting) {
        error(e.where, 'contradicts the quote, so the verdict cannot be "verified-fact": a verified fact has no contradicting evidence. Use "disputed", or give this passage the stance "context"');
      }
      if (supportElsewhere.length === 0) {
        error(
          `${path}.evidence`,
          `a "verified-fact" needs a passage with stance "supports" from a source other than the quote's own ("${quoteSource}"), so that two different sources back it. Add one, or make the verdict "claim"`,
        );
      }
    } else if (verdict === 'disputed') {
      for (const e of contradicting) {
        if (quote && e.source === quoteSource && e.span && overlaps(e.span, quote.span)) {
          error(e.where, `overlaps the quoted words in "${quoteSource}": a statement cannot contradict itself. Choose a passage that says otherwise, elsewhere in that source or in another one`);
        }
      }
      if (contradicting.length === 0) {
        error(`${path}.evidence`, 'a "disputed" item needs at least one passage with stance "contradicts", showing a source that says otherwise');
      }
    } else if (verdict === 'claim') {
      for (const e of contradicting) {
        error(e.where, 'contradicts the quote, so the verdict cannot be "claim": use "disputed", or give this passage the stance "context" if it does not contradict');
      }
      for (const e of supportElsewhere) {
        error(
          e.where,
          `supports the quote from another source ("${e.source}"), so the verdict cannot be "claim". If that source independently confirms it, use "verified-fact"; if it only repeats the same account, give it the stance "context"`,
        );
      }
    }
  });

  if (items.length >= 3 && verdictsSeen.size === 1) {
    warn('items', `every item has the verdict "${[...verdictsSeen][0]}": players can score by always giving the same answer`);
  }
  const draftWarning = reviewWarning(pack, items);
  if (draftWarning) warn(draftWarning.path, draftWarning.message);
  for (const [group, members] of groups) {
    if (members.length === 1) warn(`items[${members[0]}].group`, `is the only item in the group "${group}": a group keeps items that give each other away out of the same round, so it needs at least two`);
  }
  for (const [id, source] of sources) {
    if (!usedSources.has(id)) warn(`sources[${source.index}]`, `source "${id}" is not used by any quote or evidence`);
  }
  return out;
}

/** A draft (src/core/pack/review.ts) plays, but its verdicts are a machine's or unchecked. */
function reviewWarning(pack: Obj, items: unknown[]): PackIssue | undefined {
  const well = items.filter((it): it is { id: string; extensions?: Obj } => isObj(it) && typeof it.id === 'string');
  const ids = unreviewedItemIds({ extensions: isObj(pack.extensions) ? pack.extensions : undefined, items: well.map((it) => ({ id: it.id, extensions: isObj(it.extensions) ? it.extensions : undefined })) });
  if (ids.length === 0) return undefined;
  const whole = packIsDraft({ extensions: isObj(pack.extensions) ? pack.extensions : undefined });
  const which = whole ? 'this pack is marked as a draft' : `${ids.length} item${ids.length === 1 ? ' is' : 's are'} marked as not reviewed (${ids.slice(0, 5).map((i) => `"${i}"`).join(', ')}${ids.length > 5 ? ', …' : ''})`;
  return {
    path: whole ? `extensions["${REVIEW_KEY}"]` : 'items',
    message: `${which}: its verdicts and explanations have not been checked by a person, and the game says "not reviewed" at every reveal. Review each item, then remove "${REVIEW_KEY}" from its extensions; the built-in packs refuse drafts`,
  };
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function isCalendarDate(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const days = new Date(Date.UTC(y!, m, 0)).getUTCDate();
  return d >= 1 && d <= days;
}

function isWebUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}

function utf8Bytes(s: string): number {
  return new TextEncoder().encode(s).length;
}
