/**
 * Synthetic content at scale, made from the seed corpus (content/corpus/*.txt) so that it
 * reads like the real articles but is not one text repeated: paragraphs are drawn in a seeded
 * random order, every number is changed, and a share of the capitalised words (names, places,
 * organisations) is replaced by invented names that differ from document to document.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSourceDocument, serializeSourceDocument } from '../../../src/core/corpus/sourceDocument.ts';
import type { Pack, Source, Stance, Verdict } from '../../../src/core/pack/index.ts';
import { createRng } from '../../../src/core/random.ts';

const CORPUS = 'content/corpus';

const seeded = (seed: number): (() => number) => createRng({ s: seed }).next;

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'to', 'sa', 'vel', 'dor', 'an', 'ri', 'bel', 'cor', 'du', 'fen', 'ga', 'hal', 'ju', 'mar', 'nor', 'pel', 'qui', 'sto', 'tal', 'var', 'wen', 'zel'];

function inventName(rand: () => number): string {
  const n = 2 + Math.floor(rand() * 2);
  let s = '';
  for (let i = 0; i < n; i++) s += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return s[0]!.toUpperCase() + s.slice(1);
}

let paragraphsCache: string[] | null = null;

function corpusParagraphs(): string[] {
  if (paragraphsCache) return paragraphsCache;
  const out: string[] = [];
  for (const name of readdirSync(CORPUS).filter((n) => n.endsWith('.txt')).sort()) {
    const { source } = parseSourceDocument(readFileSync(join(CORPUS, name), 'utf8'), name);
    for (const p of source.text.split(/\n\s*\n/)) if (p.trim().length > 40) out.push(p.trim());
  }
  paragraphsCache = out;
  return out;
}

const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

/** Cuts a text to at most `bytes` of UTF-8, at a sentence end where possible. */
function trimTo(text: string, bytes: number): string {
  if (utf8(text) <= bytes) return text;
  let cut = Buffer.from(text, 'utf8').subarray(0, bytes).toString('utf8').replace(/\uFFFD$/, '');
  const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('.\n'));
  if (end > cut.length * 0.9) cut = cut.slice(0, end + 1);
  return cut.trimEnd();
}

/** One synthetic article of at least `bytes` bytes of UTF-8 text. */
export function syntheticText(bytes: number, seed: number): string {
  const rand = seeded(seed);
  const paragraphs = corpusParagraphs();
  const names = new Map<string, string>();
  const rename = (word: string) => {
    let v = names.get(word);
    if (v === undefined) {
      v = rand() < 0.35 ? inventName(rand) : word;
      names.set(word, v);
    }
    return v;
  };
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const p = paragraphs[Math.floor(rand() * paragraphs.length)]!
      .replace(/\d+/g, (d) => String(Math.max(0, Number(d) + Math.floor(rand() * 7) - 3)))
      .replace(/\b[A-Z][a-z]{3,}\b/g, rename);
    parts.push(p);
    size += utf8(p) + 2;
  }
  return parts.join('\n\n');
}

/** Sources of `docBytes` each (the last one may be shorter) until `totalBytes` of text, or `count` of them. */
export function syntheticSources(totalBytes: number, docBytes: number, seed: number, count = Infinity): Source[] {
  const out: Source[] = [];
  let total = 0;
  while (total < totalBytes && out.length < count) {
    const i = out.length;
    const text = trimTo(syntheticText(Math.min(docBytes, Math.max(2000, totalBytes - total)), seed * 1000 + i), Math.min(docBytes, Math.max(2000, totalBytes - total)));
    out.push({
      id: `syn-${String(i + 1).padStart(3, '0')}`,
      title: `Synthetic article ${i + 1}`,
      outlet: `Outlet ${(i % 17) + 1}`,
      published: `20${String(10 + (i % 15)).padStart(2, '0')}-0${(i % 9) + 1}-1${i % 10}`,
      genre: (['news-report', 'interview', 'profile', 'opinion', 'blog'] as const)[i % 5]!,
      text,
    });
    total += utf8(text);
  }
  return out;
}

/** A source document file (front matter + text), as the draft command reads them. */
export function sourceFile(s: Source): string {
  return serializeSourceDocument(s);
}

/** Sentences of a text usable as excerpts: exact substrings, trimmed, 30–400 characters. */
function sentences(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[^.!?\n]+[.!?]/g)) {
    const s = m[0].trim();
    if (s.length >= 30 && s.length <= 400) out.push(s);
  }
  return out;
}

/**
 * A pack at the format's limits: 200 sources of 20 kB and 2000 items, each with 1 to 12
 * evidence passages (6.5 on average), verdicts in turn, every rule of the format kept.
 */
export function syntheticPack(opts: { sources?: number; sourceBytes?: number; items?: number; seed?: number } = {}): Pack {
  const nSources = opts.sources ?? 200;
  const nItems = opts.items ?? 2000;
  const sources = syntheticSources(Infinity, opts.sourceBytes ?? 20_000, opts.seed ?? 7, nSources);
  const sents = sources.map((s) => sentences(s.text));
  const rand = seeded(opts.seed ?? 7);
  const pick = (i: number) => sents[i]![Math.floor(rand() * sents[i]!.length)]!;
  const verdicts: Verdict[] = ['claim', 'verified-fact', 'disputed'];
  const items: Pack['items'] = [];
  for (let k = 0; k < nItems; k++) {
    const a = k % sources.length;
    const b = (a + 1 + (k % 7)) % sources.length;
    const verdict = verdicts[k % 3]!;
    const quote = pick(a);
    const n = (k % 12) + 1;
    const evidence: Pack['items'][number]['evidence'] = [];
    for (let e = 0; e < n; e++) {
      let stance: Stance;
      let src: number;
      if (e === 0 && verdict === 'verified-fact') [stance, src] = ['supports', b];
      else if (e === 0 && verdict === 'disputed') [stance, src] = ['contradicts', b];
      else if (e % 3 === 1) [stance, src] = ['supports', a];
      else [stance, src] = ['context', e % 2 ? a : b];
      let text = pick(src);
      if (src === a) while (text === quote) text = pick(src);
      evidence.push({ source: sources[src]!.id, text, stance, ...(e % 4 === 0 ? { note: `Passage ${e + 1} of synthetic item ${k + 1}.` } : {}) });
    }
    items.push({
      id: `item-${String(k + 1).padStart(4, '0')}`,
      quote: { source: sources[a]!.id, text: quote, speaker: `Speaker ${(k % 40) + 1}` },
      verdict,
      explanation: `Synthetic item ${k + 1}: the evidence passages are chosen so that the ${verdict} rule holds.`,
      evidence,
      skill: ['independent-sources', 'self-reported-numbers', 'check-the-date', 'read-the-context'][k % 4]!,
      difficulty: ((k % 3) + 1) as 1 | 2 | 3,
    });
  }
  return {
    format: 'sourced-pack@1',
    id: 'synthetic-limits',
    title: 'Synthetic pack at the format limits',
    description: 'Generated by tools/bench for the content-tool benchmarks.',
    language: 'en',
    updated: '2026-11-23',
    sources,
    items,
  };
}
