/**
 * Articles into sources: pasted text, `.txt` / `.md` files, or a web page's HTML (pasted or an
 * `.html` file). HTML is read with Mozilla's Readability (Firefox Reader View's library) on a
 * document made by `DOMParser`, which is never attached to the page: its scripts never run,
 * its images and styles never load, and only its text comes out — as paragraphs, without the
 * menus, captions, forms and subscription boxes around the article. A form's details (title,
 * outlet, author, date, genre, web address) are filled from what the page or the text says.
 *
 * `parseHtml` is passed in so that the unit tests can run this under Node with linkedom.
 */
import { Readability } from '@mozilla/readability';
import { parseSourceDocument, slugifyId } from '../../core/corpus/index';
import type { Genre, Source } from '../../core/pack/types';

export type ParseHtml = (html: string) => Document;

export interface Article {
  source: Source;
  /** Which details were found in the text (the others are the author's to fill). */
  found: Array<keyof Source>;
  /** What happened on the way in, for the author. */
  notes: string[];
}

export const browserParseHtml: ParseHtml = (html) => new DOMParser().parseFromString(html, 'text/html');

/** True when pasted text is a web page's markup rather than an article's text. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4000);
  return /^\s*(<!doctype html|<html[\s>])/i.test(head) || (/<(p|div|article|body|h[1-6]|span|br)[\s>/]/i.test(head) && /<\/(p|div|article|body|h[1-6]|span)>/i.test(text));
}

/** An article from a file, by its name's extension. */
export function articleFromFile(name: string, text: string, parseHtml: ParseHtml): Article {
  if (/\.x?html?$/i.test(name)) return articleFromHtml(text, parseHtml, name);
  if (/\.(md|markdown)$/i.test(name)) return articleFromText(text, name, true);
  return looksLikeHtml(text) ? articleFromHtml(text, parseHtml, name) : articleFromText(text, name);
}

// ------------------------------------------------------------------------------ HTML

const DROP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'FORM', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'NAV', 'ASIDE', 'FOOTER', 'FIGCAPTION', 'FIGURE', 'PICTURE', 'VIDEO', 'AUDIO', 'IMG', 'MENU', 'DIALOG']);
const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'TD', 'TH', 'HR', 'ADDRESS']);

/** The text of an element as paragraphs separated by blank lines; markup dropped. */
export function textOfElement(root: Node): string {
  const paragraphs: string[] = [];
  let line = '';
  const flush = () => {
    const p = line.replace(/[^\S\n]+/g, ' ').replace(/ ?\n ?/g, '\n').trim();
    if (p) paragraphs.push(p);
    line = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      line += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (DROP.has(tag) || (node as Element).getAttribute('aria-hidden') === 'true' || (node as Element).hasAttribute('hidden')) return;
    if (tag === 'BR') {
      line += '\n';
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

const meta = (doc: Document, ...selectors: string[]): string | undefined => {
  for (const sel of selectors) {
    const el = doc.querySelector(sel);
    const v = (el?.getAttribute('content') ?? el?.getAttribute('href') ?? el?.getAttribute('datetime') ?? '').trim();
    if (v) return v;
  }
  return undefined;
};

/** Details a page states about itself, read before Readability rearranges the document. */
function pageDetails(doc: Document): { url?: string; published?: string; genre?: Genre; outlet?: string; author?: string; title?: string } {
  const out: ReturnType<typeof pageDetails> = {};
  const url = meta(doc, 'link[rel="canonical"]', 'meta[property="og:url"]');
  if (url && /^https?:\/\/\S+$/i.test(url)) out.url = url;
  const published = meta(doc, 'meta[property="article:published_time"]', 'meta[name="date"]', 'meta[name="pubdate"]', 'meta[name="publish-date"]', 'meta[name="DC.date.issued"]', 'meta[itemprop="datePublished"]', 'time[datetime]');
  const date = published ? dateOf(published) : undefined;
  if (date) out.published = date;
  const outlet = meta(doc, 'meta[property="og:site_name"]', 'meta[name="application-name"]', 'meta[name="publisher"]');
  if (outlet) out.outlet = outlet;
  const author = meta(doc, 'meta[name="author"]', 'meta[property="article:author"]');
  if (author && !/^https?:/i.test(author)) out.author = author;
  const title = meta(doc, 'meta[property="og:title"]') ?? doc.querySelector('title')?.textContent?.trim();
  if (title) out.title = title;
  const kinds = [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? '').join(' ');
  const section = `${meta(doc, 'meta[property="article:section"]') ?? ''} ${url ?? ''} ${kinds}`;
  if (/OpinionNewsArticle|\bopinion\b|\/comment(is)?free\//i.test(section)) out.genre = 'opinion';
  else if (/BlogPosting|\bblog/i.test(section)) out.genre = 'blog';
  else if (/\binterview\b/i.test(`${section} ${title ?? ''}`)) out.genre = 'interview';
  else if (/NewsArticle|ReportageNewsArticle/.test(kinds) || meta(doc, 'meta[property="og:type"]') === 'article') out.genre = 'news-report';
  return out;
}

export function articleFromHtml(html: string, parseHtml: ParseHtml, fileName?: string): Article {
  const doc = parseHtml(html);
  const page = pageDetails(doc);
  const notes: string[] = [];
  let parsed: ReturnType<Readability<Node>['parse']> = null;
  try {
    parsed = new Readability<Node>(doc, { serializer: (n) => n, charThreshold: 200 }).parse();
  } catch {
    parsed = null;
  }
  let text = parsed?.content ? textOfElement(parsed.content) : '';
  if (text.length < 80) {
    // Too little for Readability to find an article (a fragment, a short note): the whole body's text.
    const again = parseHtml(html);
    const root = again.body?.textContent?.trim() ? again.body : again.documentElement;
    text = root ? textOfElement(root) : '';
    notes.push('No article was found in this page, so all of its text was kept: remove what is not the article before making quotes (or paste the article text instead).');
  } else notes.push('The article’s text was taken from the page; menus, captions, forms and scripts were left out.');
  const title = clean(parsed?.title) ?? page.title ?? firstLine(text) ?? (fileName ? fileName.replace(/\.[^.]+$/, '') : 'Untitled');
  const source: Source = {
    id: slugifyId(title),
    title: clip(title, 300),
    outlet: clip(clean(parsed?.siteName) ?? page.outlet ?? hostOf(page.url) ?? '', 300),
    published: dateOf(parsed?.publishedTime ?? '') ?? page.published ?? '',
    genre: page.genre ?? 'other',
    text,
  };
  const author = clean(parsed?.byline)?.replace(/^by\s+/i, '') ?? page.author;
  if (author) source.author = clip(author, 300);
  if (page.url) source.url = page.url;
  return { source, found: foundOf(source, page.genre !== undefined), notes };
}

// ------------------------------------------------------------------------------ text

export function articleFromText(raw: string, fileName = 'pasted text', markdown = false): Article {
  const text0 = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const notes: string[] = [];
  if (/^\s*---\s*\n/.test(text0)) {
    // A source document with front matter, as the content tools read them.
    const { source, warnings } = parseSourceDocument(text0, fileName);
    const withDefaults: Source = { ...source, outlet: source.outlet === 'unknown' ? '' : source.outlet, published: source.published === 'unknown' ? '' : source.published };
    return { source: withDefaults, found: foundOf(withDefaults, true), notes: warnings.filter((w) => !/defaulted/.test(w)) };
  }
  const md = markdown || /^#{1,3} \S/m.test(text0.slice(0, 500));
  const text = (md ? fromMarkdown(text0) : text0).trim();
  if (md) notes.push('Markdown marks (#, *, links) were removed: the text is kept as it reads.');
  const head = text.split('\n').slice(0, 10).map((l) => l.trim()).filter(Boolean);
  const title = (md ? /^#\s+(.+)$/m.exec(text0)?.[1]?.trim() : undefined) ?? head[0] ?? fileName;
  const source: Source = { id: slugifyId(title), title: clip(title, 300), outlet: '', published: '', genre: 'other', text };
  const by = head.map((l) => /^by\s+([\p{Lu}][\p{L}.'’ -]{2,80})$/iu.exec(l)?.[1]).find(Boolean);
  if (by) source.author = by.trim();
  for (const l of head) {
    const d = dateOf(l);
    if (d) {
      source.published = d;
      break;
    }
  }
  const url = /https?:\/\/[^\s<>"]+/.exec(head.join(' ') + ' ' + text.slice(-400))?.[0];
  if (url) source.url = url.replace(/[.,;)]+$/, '');
  return { source, found: foundOf(source, false), notes };
}

/** Markdown to the text it reads as: marks and link targets dropped, paragraphs kept. */
export function fromMarkdown(md: string): string {
  return md
    .replace(/^```[^\n]*\n[\s\S]*?^```\s*$/gm, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^>\s?/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}*_])[*_](?=\S)(.+?)(?<=\S)[*_](?![\p{L}\p{N}])/gu, '$1$2')
    .replace(/^[ \t]*[-*+][ \t]+/gm, '• ')
    .replace(/^(?:-{3,}|\*{3,}|_{3,})\s*$/gm, '')
    .replace(/\n{3,}/g, '\n\n');
}

// ------------------------------------------------------------------------------ helpers

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A date written in a line ("2013-03-25", "March 25, 2013", "25 March 2013"), as YYYY-MM-DD. */
export function dateOf(s: string): string | undefined {
  const iso = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const pad = (n: number) => String(n).padStart(2, '0');
  const month = (w: string) => MONTHS.indexOf(w.slice(0, 3).toLowerCase()) + 1;
  const mdy = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+((?:19|20)\d{2})\b/i.exec(s);
  if (mdy && month(mdy[1]!) > 0 && Number(mdy[2]) <= 31) return `${mdy[3]}-${pad(month(mdy[1]!))}-${pad(Number(mdy[2]))}`;
  const dmy = /\b(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+((?:19|20)\d{2})\b/i.exec(s);
  if (dmy && month(dmy[2]!) > 0 && Number(dmy[1]) <= 31) return `${dmy[3]}-${pad(month(dmy[2]!))}-${pad(Number(dmy[1]))}`;
  return undefined;
}

function clean(s: string | null | undefined): string | undefined {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
}

function clip(s: string, max: number): string {
  const points = [...s];
  return points.length <= max ? s : `${points.slice(0, max - 1).join('')}…`;
}

function firstLine(text: string): string | undefined {
  return text.split('\n').map((l) => l.trim()).find(Boolean);
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

function foundOf(s: Source, genreFound: boolean): Array<keyof Source> {
  const out: Array<keyof Source> = ['title'];
  if (s.outlet) out.push('outlet');
  if (s.author) out.push('author');
  if (s.published) out.push('published');
  if (s.url) out.push('url');
  if (genreFound) out.push('genre');
  return out;
}
