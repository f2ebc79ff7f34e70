/**
 * Evidence retrieval: BM25 over sentence units with an inverted index.
 *
 * Cost stays near-linear in the corpus: a query walks only the postings of its
 * discriminative terms (document frequency at most `maxPostings`), then the few
 * hundred units reached are rescored with all the query's terms through each
 * unit's own term counts. Very common terms ("korea" in a corpus about Korea)
 * thus add to a score but never drive a scan of the whole corpus.
 */

import { GENERIC_VERBS, type Unit } from './candidates';
import { stem, tokenize } from './text';

const GENERIC_STEMS = new Set([...GENERIC_VERBS].flatMap((w) => [w, stem(w)]));

export interface RelevanceOptions {
  /** Terms in more units than this are not walked, only used for rescoring. */
  maxPostings?: number;
  /** How many units a query may reach before rescoring. */
  maxReached?: number;
}

export interface Hit {
  unit: Unit;
  score: number;
}

const K1 = 1.2;
/** Weak length normalisation: a long sentence often holds the one clause that matters. */
const B = 0.3;

export class EvidenceIndex {
  readonly units: readonly Unit[];
  private readonly postings = new Map<string, number[]>();
  private readonly tf: Array<Map<string, number>>;
  private readonly lengths: number[];
  private norms: number[] = [];
  private readonly avgLength: number;
  private readonly maxPostings: number;
  private readonly maxReached: number;

  constructor(units: readonly Unit[], options: RelevanceOptions = {}) {
    this.units = units;
    this.maxPostings = options.maxPostings ?? 250;
    this.maxReached = options.maxReached ?? 300;
    this.tf = [];
    this.lengths = [];
    let total = 0;
    units.forEach((u, i) => {
      const counts = new Map<string, number>();
      for (const t of u.terms) counts.set(t, (counts.get(t) ?? 0) + 1);
      // An answer is about its question too: its question's words count half.
      for (const t of u.questionTerms) counts.set(t, (counts.get(t) ?? 0) + 0.5);
      this.tf.push(counts);
      this.lengths.push(u.terms.length);
      total += u.terms.length;
      for (const term of counts.keys()) {
        let list = this.postings.get(term);
        if (!list) this.postings.set(term, (list = []));
        list.push(i);
      }
    });
    this.avgLength = units.length ? total / units.length : 1;
    this.norms = this.lengths.map((l) => K1 * (1 - B + (B * l) / this.avgLength));
  }

  get size(): number {
    return this.units.length;
  }

  df(term: string): number {
    return this.postings.get(term)?.length ?? 0;
  }

  private readonly idfCache = new Map<string, number>();

  idf(term: string): number {
    let v = this.idfCache.get(term);
    if (v === undefined) {
      const n = this.units.length;
      const df = this.df(term);
      v = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      this.idfCache.set(term, v);
    }
    return v;
  }

  /** A term rare enough to say what a sentence is about. */
  isKey(term: string): boolean {
    const df = this.df(term);
    return df > 0 && df <= Math.max(3, this.units.length * 0.06);
  }

  private termScore(term: string, position: number, weight: number): number {
    const f = this.tf[position]!.get(term);
    if (!f) return 0;
    const norm = this.norms[position]!;
    return weight * this.idf(term) * ((f * (K1 + 1)) / (f + norm));
  }

  /**
   * The `k` best units for a query, skipping those `exclude` rejects.
   * `query` maps a term to its weight (a question's topic words weigh less).
   */
  search(query: ReadonlyMap<string, number>, k: number, exclude: (u: Unit) => boolean): Hit[] {
    const reached = new Set<number>();
    // Walk the rarest terms first so the cap keeps the most telling postings.
    const walk = [...query.keys()].filter((t) => this.df(t) > 0 && this.df(t) <= this.maxPostings).sort((a, b) => this.df(a) - this.df(b));
    for (const term of walk) {
      for (const p of this.postings.get(term)!) {
        reached.add(p);
        if (reached.size >= this.maxReached) break;
      }
      if (reached.size >= this.maxReached) break;
    }
    const hits: Hit[] = [];
    for (const p of reached) {
      const unit = this.units[p]!;
      if (exclude(unit)) continue;
      let score = 0;
      for (const [term, weight] of query) score += this.termScore(term, p, weight);
      if (score > 0) hits.push({ unit, score });
    }
    hits.sort((a, b) => b.score - a.score || a.unit.id - b.unit.id);
    return hits.slice(0, k);
  }
}

/**
 * The query for a unit: its own terms; its question's terms at half weight;
 * concept classes (the synonyms) weigh more and very general verbs less.
 */
export function queryOf(unit: Unit): Map<string, number> {
  const q = new Map<string, number>();
  // "X said Y" is about Y: the speaker's own name, in the attribution, says who speaks, not what is said.
  const speakerName = unit.speaker.how === 'writer' ? new Set<string>() : new Set(tokenize(unit.speaker.speaker).filter((t) => t.capital).map((t) => t.stem));
  const weight = (t: string) => (t.startsWith('@') ? 1.5 : GENERIC_STEMS.has(t) || speakerName.has(t) ? 0.3 : 1);
  for (const t of unit.questionTerms) q.set(t, 0.5 * weight(t));
  for (const t of unit.terms) q.set(t, Math.max(q.get(t) ?? 0, weight(t)));
  return q;
}
