/**
 * Publishing a pack's verdicts: schema.org `ClaimReview` JSON-LD for a class web page, and the
 * answer key a teacher prints.
 *
 * ClaimReview: the verdict is the rating's `alternateName` in the game's words. There is no
 * numeric `ratingValue`: the three verdicts are not points on a true–false scale, and a
 * "claim" (nothing here confirms or refutes it) must never be read as "false" by a search
 * engine or a fact-check aggregator. The quote's speaker and source are the `itemReviewed`
 * (a `Claim` by its speaker, appearing in the article). Items without a verdict or an
 * explanation, and items not yet reviewed by a person, are left out.
 */
import { itemIsUnreviewed } from '../pack/review.ts';
import type { Genre, Pack, Source, Verdict } from '../pack/types.ts';

export const VERDICT_NAME: Record<Verdict, string> = { claim: 'Claim', 'verified-fact': 'Verified fact', disputed: 'Disputed' };
/** What each verdict means, said in the rating itself so that it travels with it. */
const VERDICT_SENSE: Record<Verdict, string> = {
  claim: 'Someone says so, but the sources reviewed can neither confirm nor refute it.',
  'verified-fact': 'Independent sources reviewed say the same.',
  disputed: 'Other sources reviewed, or the speaker elsewhere, say otherwise.',
};

const ARTICLE_TYPE: Record<Genre, string> = {
  'news-report': 'NewsArticle',
  interview: 'NewsArticle',
  profile: 'Article',
  opinion: 'OpinionNewsArticle',
  blog: 'BlogPosting',
  official: 'Report',
  other: 'CreativeWork',
};

const ORGANISATION = /\b(Association|Ministry|Council|Committee|Agency|Party|Government|Institute|Foundation|Society|Union|Department|Office|University|Organi[sz]ation|Network|Company|Group|Assembly|Army|KCNA|UN)\b|^(?:the )?\p{Lu}{2,}$/u;

function agent(name: string): Record<string, string> {
  return { '@type': ORGANISATION.test(name) ? 'Organization' : 'Person', name };
}

function appearance(s: Source): Record<string, unknown> {
  const out: Record<string, unknown> = { '@type': ARTICLE_TYPE[s.genre] ?? 'CreativeWork', headline: s.title };
  if (s.url) out.url = s.url;
  if (/^\d{4}/.test(s.published)) out.datePublished = s.published;
  if (s.author) out.author = agent(s.author);
  out.publisher = { '@type': 'Organization', name: s.outlet };
  return out;
}

export interface ClaimReviewOptions {
  /** The class page's address: each review gets `url` = page#item-id. */
  pageUrl?: string;
}

export interface ClaimReviewOutput {
  jsonLd: Record<string, unknown>;
  included: number;
  /** Items left out, with why. */
  skipped: Array<{ id: string; why: string }>;
}

export function claimReviews(pack: Pack, options: ClaimReviewOptions = {}): ClaimReviewOutput {
  const sources = new Map(pack.sources.map((s) => [s.id, s]));
  const reviewer = pack.authors?.length ? pack.authors.map(agent) : [{ '@type': 'Organization', name: pack.title }];
  const graph: Record<string, unknown>[] = [];
  const skipped: ClaimReviewOutput['skipped'] = [];
  for (const it of pack.items) {
    const source = it.quote ? sources.get(it.quote.source) : undefined;
    if (!it.verdict || !it.explanation?.trim() || !it.quote || !source) {
      skipped.push({ id: it.id, why: 'it is not finished (a quote, a verdict and an explanation are needed)' });
      continue;
    }
    if (itemIsUnreviewed(pack, it)) {
      skipped.push({ id: it.id, why: 'it is not reviewed yet' });
      continue;
    }
    const review: Record<string, unknown> = {
      '@type': 'ClaimReview',
      claimReviewed: it.quote.text.replace(/\s+/g, ' ').trim(),
      datePublished: pack.updated,
      author: reviewer.length === 1 ? reviewer[0] : reviewer,
      reviewRating: { '@type': 'Rating', alternateName: VERDICT_NAME[it.verdict], ratingExplanation: VERDICT_SENSE[it.verdict] },
      reviewBody: it.explanation,
      itemReviewed: {
        '@type': 'Claim',
        author: agent(it.quote.speaker),
        ...(/^\d{4}/.test(source.published) ? { datePublished: source.published } : {}),
        appearance: appearance(source),
        firstAppearance: appearance(source),
      },
    };
    if (options.pageUrl) review.url = `${options.pageUrl.replace(/#.*$/, '')}#${it.id}`;
    graph.push(review);
  }
  return { jsonLd: { '@context': 'https://schema.org', '@graph': graph }, included: graph.length, skipped };
}

/** The JSON-LD as a `<script>` element to paste into a page; `<` is escaped so no text can close the element. */
export function jsonLdScript(jsonLd: unknown): string {
  const json = JSON.stringify(jsonLd, null, 2).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `<script type="application/ld+json">\n${json}\n</script>\n`;
}

// ------------------------------------------------------------------------------ answer key

export interface AnswerKeyRow {
  n: number;
  id: string;
  quote: string;
  speaker: string;
  /** "The Christian Science Monitor, 25 March 2013" style: outlet and date as written. */
  source: string;
  verdict: string;
  explanation: string;
  evidence: Array<{ stance: string; source: string; text: string; note?: string }>;
  skill?: string;
  difficulty?: number;
  unreviewed: boolean;
}

export interface AnswerKey {
  title: string;
  updated: string;
  rows: AnswerKeyRow[];
  counts: Record<Verdict, number>;
}

const STANCE_NAME = { supports: 'Supports', contradicts: 'Contradicts', context: 'Context' } as const;

export function answerKey(pack: Pack): AnswerKey {
  const sources = new Map(pack.sources.map((s) => [s.id, s]));
  const label = (id: string) => {
    const s = sources.get(id);
    return s ? `${s.outlet || s.title}, ${s.published}` : id;
  };
  const counts: Record<Verdict, number> = { claim: 0, 'verified-fact': 0, disputed: 0 };
  const rows = pack.items.map((it, i) => {
    if (it.verdict) counts[it.verdict]++;
    const row: AnswerKeyRow = {
      n: i + 1,
      id: it.id,
      quote: it.quote?.text ?? '',
      speaker: it.quote?.speaker ?? '',
      source: it.quote ? label(it.quote.source) : '',
      verdict: it.verdict ? VERDICT_NAME[it.verdict] : 'No verdict yet',
      explanation: it.explanation ?? '',
      evidence: (it.evidence ?? []).map((e) => ({ stance: STANCE_NAME[e.stance] ?? e.stance, source: label(e.source), text: e.text, ...(e.note ? { note: e.note } : {}) })),
      unreviewed: itemIsUnreviewed(pack, it),
    };
    if (it.skill) row.skill = it.skill;
    if (it.difficulty) row.difficulty = it.difficulty;
    return row;
  });
  return { title: pack.title, updated: pack.updated, rows, counts };
}
