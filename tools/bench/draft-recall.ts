/**
 * Recall and speed of the draft generator.
 *
 *   npx tsx tools/bench/draft-recall.ts [--verbose]
 *
 * Drafts a pack from content/corpus/*.txt and checks it against the list of
 * relations written from a reading of the articles, content/corpus/relations.json: a relation is
 * PAIRED when some item quotes one side (its quote's span overlaps that side's
 * span) and shows the other side as evidence (an evidence span overlapping it).
 * "any" counts any overlap of characters; "half" wants the overlap to cover at
 * least half of the shorter of the two spans. Also reports whether the paired
 * item's suggested stance agrees with the relation's kind, and times the draft
 * on the corpus. Its speed at 0.25, 0.5 and 1 MB is measured by `npm run bench`.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSourceDocument } from '../../src/core/corpus/sourceDocument.ts';
import { draftPack } from '../../src/core/draft/index.ts';
import { findExcerpt, normalizeWithMap, type NormalizedText, type Pack, type Source, type Span } from '../../src/core/pack/index.ts';

const CORPUS = 'content/corpus';
const verbose = process.argv.includes('--verbose');

interface Side {
  source: string;
  text: string;
}
interface Relation {
  id: string;
  kind: 'contradiction' | 'corroboration';
  topic?: string;
  a: Side;
  b: Side;
}

function loadSources(): Source[] {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseSourceDocument(readFileSync(join(CORPUS, f), 'utf8'), f.replace(/\.txt$/, '')).source);
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function main(): void {
  const sources = loadSources();
  const relations = (JSON.parse(readFileSync(join(CORPUS, 'relations.json'), 'utf8')) as { relations: Relation[] }).relations;
  const normalized = new Map<string, NormalizedText>(sources.map((s) => [s.id, normalizeWithMap(s.text)]));
  const span = (source: string, text: string): Span | null => {
    const n = normalized.get(source);
    return n ? findExcerpt(n, text) : null;
  };

  const times: number[] = [];
  let pack: Pack | undefined;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    pack = draftPack(sources, { updated: '2026-11-23', id: 'bench', ...(process.env.MAX_ITEMS ? { maxItems: Number(process.env.MAX_ITEMS) } : {}) }).pack;
    times.push(performance.now() - t);
  }
  times.sort((x, y) => x - y);

  const items = pack!.items.map((it) => ({
    item: it,
    quote: { source: it.quote.source, span: span(it.quote.source, it.quote.text)! },
    evidence: it.evidence.map((e) => ({ source: e.source, stance: e.stance, span: span(e.source, e.text)! })),
  }));

  const results = { any: 0, half: 0, stance: 0 };
  const lines: string[] = [];
  for (const r of relations) {
    const sa = span(r.a.source, r.a.text);
    const sb = span(r.b.source, r.b.text);
    if (!sa || !sb) {
      lines.push(`  ?? ${r.id}: side not found in corpus`);
      continue;
    }
    let best: { level: 'any' | 'half'; stanceOk: boolean; itemId: string; dir: 'a->b' | 'b->a' } | undefined;
    for (const [x, sx, y, sy, dir] of [
      [r.a, sa, r.b, sb, 'a->b'],
      [r.b, sb, r.a, sa, 'b->a'],
    ] as const) {
      for (const it of items) {
        if (it.quote.source !== x.source) continue;
        const qo = overlap(it.quote.span, sx);
        if (!qo) continue;
        for (const e of it.evidence) {
          if (e.source !== y.source) continue;
          const eo = overlap(e.span, sy);
          if (!eo) continue;
          const half =
            qo >= 0.5 * Math.min(it.quote.span.end - it.quote.span.start, sx.end - sx.start) &&
            eo >= 0.5 * Math.min(e.span.end - e.span.start, sy.end - sy.start);
          const stanceOk = r.kind === 'contradiction' ? e.stance === 'contradicts' : e.stance === 'supports' || (e.stance === 'context' && it.item.verdict !== 'disputed' && /same speaker/.test(JSON.stringify(it.item.evidence)));
          const cand = { level: half ? ('half' as const) : ('any' as const), stanceOk, itemId: it.item.id, dir };
          const rank = (c: typeof cand) => (c.level === 'half' ? 2 : 1) + (c.stanceOk ? 0.5 : 0);
          if (!best || rank(cand) > rank(best)) best = cand;
        }
      }
    }
    if (best) {
      results.any++;
      if (best.level === 'half') results.half++;
      if (best.stanceOk) results.stance++;
      lines.push(`  ok  ${r.id} (${r.kind}) via ${best.itemId} ${best.dir} [${best.level}${best.stanceOk ? ', stance agrees' : ''}]`);
    } else lines.push(`  --  ${r.id} (${r.kind}): MISSED  ${r.a.source}: "${r.a.text.replace(/\s+/g, " ").slice(0, 60)}" / ${r.b.source}: "${r.b.text.replace(/\s+/g, " ").slice(0, 60)}"`);
  }
  const n = relations.length;
  const pct = (x: number) => `${((100 * x) / n).toFixed(1)} %`;
  const v = { claim: 0, 'verified-fact': 0, disputed: 0 };
  for (const it of pack!.items) v[it.verdict]++;
  console.log(`Draft on ${CORPUS}: ${sources.length} sources, ${pack!.items.length} items (${v.disputed} disputed, ${v['verified-fact']} verified-fact, ${v.claim} claim)`);
  console.log(`Relations: ${n}  paired (any overlap): ${results.any} = ${pct(results.any)}  paired (half overlap): ${results.half} = ${pct(results.half)}  stance agrees: ${results.stance} = ${pct(results.stance)}`);
  console.log(lines.filter((l) => verbose || l.startsWith('  --') || l.startsWith('  ??')).join('\n'));
  if (!verbose) console.log(`  (${results.any} paired relations hidden; --verbose lists them)`);
  console.log(`Time on the corpus: median ${times[1]!.toFixed(0)} ms (min ${times[0]!.toFixed(0)}, max ${times[2]!.toFixed(0)}) over 3 runs`);
}

main();
