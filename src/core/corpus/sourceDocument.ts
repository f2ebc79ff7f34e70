/**
 * Source documents: one article as a plain-text file, a front-matter block of
 * `key: value` lines between two `---` lines, then the article text.
 *
 * ```
 * ---
 * id: csm-2013
 * title: North Korea's public relations man is a Spaniard with a tough job
 * outlet: The Christian Science Monitor
 * author: Zach Campbell
 * published: 2013-03-25
 * url: https://www.csmonitor.com/...
 * genre: news-report
 * ---
 * First paragraph.
 *
 * Second paragraph.
 * ```
 *
 * The front matter is optional, so a teacher can bring a bare `.txt`: whatever
 * is missing gets a default and a warning that names it. Pure TypeScript (no
 * DOM, no Node APIs): the game, the content tools and the tests share it.
 */

import { GENRES, type Genre, type Source } from '../pack/types';

export interface ParsedSourceDocument {
  source: Source;
  /** What was defaulted, ignored or looks wrong, in words a teacher understands. */
  warnings: string[];
}

/** The front-matter keys, in the order `serializeSourceDocument` writes them. */
export const SOURCE_DOCUMENT_KEYS = ['id', 'title', 'outlet', 'author', 'published', 'url', 'genre'] as const;
type SourceKey = (typeof SOURCE_DOCUMENT_KEYS)[number];

export const DEFAULT_OUTLET = 'unknown';
export const DEFAULT_PUBLISHED = 'unknown';
export const DEFAULT_GENRE: Genre = 'other';
export const DEFAULT_TITLE = 'Untitled';
/** Used when neither the front matter nor the fallback yields any usable id character. */
export const DEFAULT_ID = 'source';

const FENCE = '---';
const ID_RE = /^[a-z0-9-]{1,64}$/;
const PUBLISHED_RE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const KEY_RE = /^([A-Za-z][A-Za-z0-9_-]*)\s*:(.*)$/;
const TITLE_MAX = 300;
/** Latin letters that have no decomposition into a base letter plus accents. */
const LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', þ: 'th' };
const TEXT_EXTENSIONS = /\.(txt|text|md|markdown)$/i;

/** Turns any name (a file name, a title) into `a-z 0-9 -`, at most 64 characters. */
export function slugifyId(name: string): string {
  let base = name.trim();
  // A path or a file name: keep the last segment, drop a text-file extension.
  base = base.slice(Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\')) + 1);
  base = base.replace(TEXT_EXTENSIONS, '');
  const slug = base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[ßæœøłđþ]/g, (c) => LETTERS[c] ?? c)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return slug || DEFAULT_ID;
}

function isSourceKey(key: string): key is SourceKey {
  return (SOURCE_DOCUMENT_KEYS as readonly string[]).includes(key);
}

function isGenre(value: string): value is Genre {
  return (GENRES as readonly string[]).includes(value);
}

function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * A value is written bare unless that would not read back the same: then it is
 * written as a JSON string (double quotes, backslash escapes).
 */
function needsQuotes(value: string): boolean {
  return value !== value.trim() || /[\n\r]/.test(value) || (value.startsWith('"') && value.endsWith('"') && value.length >= 2);
}

function readValue(raw: string): string {
  const value = raw.trim();
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
    try {
      const parsed: unknown = JSON.parse(value);
      if (typeof parsed === 'string') return parsed;
    } catch {
      // Not a JSON string: keep the quotes as written.
    }
  }
  return value;
}

function codePointSlice(text: string, max: number): string {
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, max - 1).join('')}…`;
}

/**
 * Splits the front matter from the body. Returns `fields === undefined` when the
 * text has no front-matter block.
 */
function splitFrontMatter(
  text: string,
  warnings: string[],
): { fields: Map<string, string> | undefined; body: string } {
  const lines = text.split('\n');
  if (lines[0]?.trim() !== FENCE) return { fields: undefined, body: text };
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === FENCE);
  if (close < 0) {
    warnings.push('The text starts with "---" but the front matter is never closed by a second "---" line, so it was read as article text.');
    return { fields: undefined, body: text };
  }
  const fields = new Map<string, string>();
  for (let i = 1; i < close; i++) {
    const line = lines[i]!;
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const match = KEY_RE.exec(line.trim());
    if (!match) {
      warnings.push(`Front-matter line ${i + 1} ("${line.trim()}") is not "key: value" and was ignored.`);
      continue;
    }
    const key = match[1]!.toLowerCase();
    if (!isSourceKey(key)) {
      warnings.push(`Unknown front-matter key "${match[1]}" (line ${i + 1}) was ignored. Known keys: ${SOURCE_DOCUMENT_KEYS.join(', ')}.`);
      continue;
    }
    if (fields.has(key)) warnings.push(`Front-matter key "${key}" appears more than once; the last one (line ${i + 1}) is used.`);
    fields.set(key, readValue(match[2]!));
  }
  return { fields, body: lines.slice(close + 1).join('\n') };
}

/**
 * Reads a source document. Never throws: anything missing gets a default
 * (id from `fallbackId`, title from the first line of the text, outlet and
 * published "unknown", genre "other") and a warning saying so. Line endings
 * become `\n`; the article text is trimmed and otherwise returned unchanged.
 */
export function parseSourceDocument(text: string, fallbackId: string): ParsedSourceDocument {
  const warnings: string[] = [];
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const { fields: found, body } = splitFrontMatter(normalised, warnings);
  const fields = found ?? new Map<string, string>();
  if (!found) warnings.push('No front matter (a block of "key: value" lines between "---" lines): all details were defaulted.');
  const articleText = body.trim();
  if (articleText === '') warnings.push('The document has no article text.');

  const get = (key: SourceKey): string | undefined => {
    const value = fields.get(key);
    return value === undefined || value.trim() === '' ? undefined : value;
  };

  // id
  let id = get('id');
  if (id === undefined) {
    id = slugifyId(fallbackId);
    if (found) warnings.push(`No "id": used "${id}" (from "${fallbackId}").`);
    else warnings.push(`id defaulted to "${id}" (from "${fallbackId}").`);
  } else if (!ID_RE.test(id)) {
    const fixed = slugifyId(id);
    warnings.push(`"id" must be 1–64 characters of a-z, 0-9 and "-": "${id}" was changed to "${fixed}".`);
    id = fixed;
  }

  // title
  let title = get('title');
  if (title === undefined) {
    const firstLine = articleText.split('\n', 1)[0]!.trim();
    title = firstLine === '' ? DEFAULT_TITLE : codePointSlice(firstLine, TITLE_MAX);
    warnings.push(`title defaulted to "${title}"${firstLine === '' ? '' : ' (the first line of the text)'}.`);
  }

  // outlet
  let outlet = get('outlet');
  if (outlet === undefined) {
    outlet = DEFAULT_OUTLET;
    warnings.push(`outlet defaulted to "${DEFAULT_OUTLET}".`);
  }

  // published
  let published = get('published');
  if (published === undefined) {
    published = DEFAULT_PUBLISHED;
    warnings.push(`published defaulted to "${DEFAULT_PUBLISHED}": set it (YYYY, YYYY-MM or YYYY-MM-DD) before using this source in a pack.`);
  } else if (!PUBLISHED_RE.test(published)) {
    warnings.push(`"published" should be YYYY, YYYY-MM or YYYY-MM-DD, not "${published}".`);
  }

  // genre
  let genre: Genre = DEFAULT_GENRE;
  const rawGenre = get('genre');
  if (rawGenre === undefined) {
    warnings.push(`genre defaulted to "${DEFAULT_GENRE}".`);
  } else if (isGenre(rawGenre.toLowerCase())) {
    genre = rawGenre.toLowerCase() as Genre;
  } else {
    warnings.push(`Unknown genre "${rawGenre}": used "${DEFAULT_GENRE}". Genres: ${GENRES.join(', ')}.`);
  }

  let url = get('url');
  if (url !== undefined && !isHttpUrl(url)) {
    warnings.push(`"url" must be an absolute http(s) address; "${url}" was left out.`);
    url = undefined;
  }
  const author = get('author');

  const source: Source = {
    id,
    title,
    outlet,
    ...(author !== undefined ? { author } : {}),
    published,
    ...(url !== undefined ? { url } : {}),
    genre,
    text: articleText,
  };
  return { source, warnings };
}

/**
 * Writes a source document that `parseSourceDocument` reads back to the same
 * `Source` (for any source whose text is already trimmed).
 */
export function serializeSourceDocument(source: Source): string {
  const lines = [FENCE];
  for (const key of SOURCE_DOCUMENT_KEYS) {
    const value = source[key];
    if (value === undefined) continue;
    lines.push(`${key}: ${needsQuotes(value) ? JSON.stringify(value) : value}`);
  }
  lines.push(FENCE);
  return `${lines.join('\n')}\n${source.text.replace(/\r\n?/g, '\n')}\n`;
}
