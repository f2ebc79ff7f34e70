/** The studio's spreadsheets, ClaimReview JSON-LD, answer key and suggestions from the draft generator. */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { itemIsUnreviewed, validatePack } from '../../src/core/pack/index.ts';
import {
  addItems,
  answerKey,
  claimReviews,
  csvTemplate,
  docFromPack,
  emptyDoc,
  fromCsv,
  itemFromSuggestion,
  jsonLdScript,
  packFromDoc,
  readDraftReasons,
  suggestItems,
  toCsv,
  type StudioDoc,
} from '../../src/core/studio/index.ts';
import { validPack } from './fixtures/packs.ts';

const TODAY = '2026-12-01';
const firstPack = () => JSON.parse(readFileSync('content/packs/dprk-man-in-the-west.pack.json', 'utf8'));

function open(data: unknown): StudioDoc {
  const r = docFromPack(data, TODAY);
  if ('error' in r) throw new Error(r.error);
  return r.doc;
}

/** The same document with no items: where a CSV is imported. */
const withoutItems = (doc: StudioDoc): StudioDoc => ({ ...doc, items: [] });

describe('CSV', () => {
  it('round-trips the first pack: export, import into the same sources, the same items', () => {
    const doc = open(firstPack());
    const csv = toCsv(doc);
    expect(csv.startsWith('\uFEFFid,source,quote,speaker,verdict,explanation,skill,difficulty,group,discussion,evidence 1 source,evidence 1,evidence 1 stance,evidence 1 note')).toBe(true);
    const r = fromCsv(withoutItems(doc), csv);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.rows).toBe(doc.items.length);
    const back = addItems(r.items, 'import').apply(withoutItems(doc));
    const strip = (d: StudioDoc) => packFromDoc(d).items.map(({ extensions: _, ...it }) => it);
    expect(strip(back)).toEqual(strip(doc));
    expect(validatePack(packFromDoc(back)).ok).toBe(true);
  });

  it('reads cells pasted from a spreadsheet (tabs) and semicolon CSV, with labels for verdicts and stances', () => {
    const doc = withoutItems(open(validPack()));
    const tab = [
      'Quote\tSpeaker\tVerdict\tExplanation\tEvidence 1\tEvidence 1 stance\tEvidence 1 source',
      'The club meets every Tuesday.\tthe reporter\tVerified fact\tTwo sources agree.\tThe club meets every Tuesday, she said.\tSupports\tGamma interview',
    ].join('\n');
    const r = fromCsv(doc, tab);
    expect(r.problems).toEqual([]);
    expect(r.items[0]).toMatchObject({ quote: { source: 'alpha', text: 'The club meets every Tuesday.', speaker: 'the reporter' }, verdict: 'verified-fact', evidence: [{ source: 'gamma', stance: 'supports' }] });
    const semi = 'quote;verdict\n"The club meets every Tuesday.";claim\n';
    expect(fromCsv(doc, semi).items[0]).toMatchObject({ verdict: 'claim' });
  });

  it('keeps the source’s characters when the spreadsheet straightened the quotes', () => {
    const doc = withoutItems(open(validPack()));
    const r = fromCsv(doc, 'quote\n"""We have more than 10,000 members,"" Ruiz says - though"\n');
    expect(r.problems).toEqual([]);
    expect(r.items[0]!.quote!.text).toBe('“We have more than 10,000 members,” Ruiz says – though');
  });

  it('broken rows: errors name the row and the column and show the closest passage; the valid rows are imported', () => {
    const doc = withoutItems(open(validPack()));
    const csv = [
      'id,source,quote,verdict,evidence 1,evidence 1 stance',
      'ok-one,alpha,The club meets every Tuesday.,claim,The club was founded in 2000 by Ana Ruiz,context',
      'typo,alpha,The club meets every Thursday.,claim,,',
      'bad-verdict,,The club was founded in 2000,false,,',
      'bad-passage,beta,Critics say the club has about 300 members,disputed,The club has 3000 members in all,sideways',
      ',nowhere,The club meets every Tuesday.,,,',
      '',
      'ok-two,,Critics say the club has about 300 members,,,',
    ].join('\r\n');
    const r = fromCsv(doc, csv);
    expect(r.rows).toBe(6);
    expect(r.items.map((i) => i.id)).toEqual(['ok-one', 'ok-two']);
    const errors = r.problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual([
      { severity: 'error', row: 3, column: 'C (quote)', message: expect.stringMatching(/^is not word for word in "Alpha article". The closest passage there is: "The club meets every Tuesday/), closest: expect.stringMatching(/^The club meets every Tuesday/) },
      { severity: 'error', row: 4, column: 'D (verdict)', message: expect.stringMatching(/^"false" is not a verdict/) },
      { severity: 'error', row: 5, column: 'E (evidence 1)', message: expect.stringMatching(/not word for word/), closest: expect.any(String) },
      { severity: 'error', row: 5, column: 'F (evidence 1 stance)', message: expect.stringMatching(/^"sideways" is not a stance/) },
      { severity: 'error', row: 6, column: 'B (source)', message: expect.stringMatching(/^no source of this pack is called "nowhere"/) },
    ]);
    expect(fromCsv(doc, 'speaker,verdict\nx,claim').problems[0]).toMatchObject({ row: 1, message: expect.stringMatching(/no "quote" column/) });
  });

  it('never writes a cell a spreadsheet would run as a formula, and reads it back as it was', () => {
    const base = open(validPack());
    const doc = { ...base, items: [{ ...base.items[0]!, explanation: '=HYPERLINK("http://evil.example","click")' }] };
    const csv = toCsv(doc);
    const cells = Papa.parse<string[]>(csv.slice(1)).data[1]!;
    expect(cells[5]).toBe('\'=HYPERLINK("http://evil.example","click")');
    expect(fromCsv(withoutItems(base), csv).items[0]!.explanation).toBe('=HYPERLINK("http://evil.example","click")');
    expect(csvTemplate()).toBe('\uFEFFid,source,quote,speaker,verdict,explanation,skill,difficulty,group,discussion,evidence 1 source,evidence 1,evidence 1 stance,evidence 1 note,evidence 2 source,evidence 2,evidence 2 stance,evidence 2 note,evidence 3 source,evidence 3,evidence 3 stance,evidence 3 note\r\n');
  });
});

describe('ClaimReview JSON-LD', () => {
  it('one review per item: verdict as reviewRating.alternateName, speaker and source as itemReviewed; a claim is never "false"', () => {
    const pack = firstPack();
    const out = claimReviews(pack, { pageUrl: 'https://school.example/class/pack.html' });
    expect(out.included).toBe(pack.items.length);
    const graph = out.jsonLd['@graph'] as Array<Record<string, any>>;
    expect(out.jsonLd['@context']).toBe('https://schema.org');
    // An item whose source has a web address: every part of the mapping is there.
    const item = pack.items.find((i: { quote: { source: string } }) => pack.sources.find((s: { id: string; url?: string }) => s.id === i.quote.source)?.url);
    const source = pack.sources.find((s: { id: string }) => s.id === item.quote.source);
    const reviewed = graph.find((r) => r.url.endsWith(`#${item.id}`))!;
    expect(reviewed).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: item.quote.text.replace(/\s+/g, ' ').trim(),
      datePublished: pack.updated,
      reviewBody: item.explanation,
      reviewRating: { '@type': 'Rating', alternateName: { claim: 'Claim', 'verified-fact': 'Verified fact', disputed: 'Disputed' }[item.verdict as string] },
      itemReviewed: {
        '@type': 'Claim',
        author: { name: item.quote.speaker },
        appearance: { headline: source.title, url: source.url, publisher: { '@type': 'Organization', name: source.outlet } },
      },
    });
    const ratings = graph.map((r) => r.reviewRating);
    expect(new Set(ratings.map((r) => r.alternateName))).toEqual(new Set(['Claim', 'Verified fact', 'Disputed']));
    for (const r of ratings) {
      expect(r).not.toHaveProperty('ratingValue');
      expect(r.alternateName).not.toMatch(/false|true/i);
    }
    const claims = graph.filter((r) => r.reviewRating.alternateName === 'Claim');
    expect(claims.length).toBeGreaterThan(0);
    expect(JSON.stringify(claims)).not.toMatch(/"false"|False/);
  });

  it('leaves out unfinished and unreviewed items, and its script cannot be closed by the text', () => {
    const pack = validPack();
    pack.items[0]!.extensions = { 'sourced:review': { status: 'unreviewed', by: 'sourced studio' } };
    (pack.items[1] as { explanation: string }).explanation = '';
    pack.items[2]!.explanation = 'Ends </script><script>alert(1)</script>';
    const out = claimReviews(pack);
    expect(out.included).toBe(1);
    expect(out.skipped.map((s) => s.id)).toEqual([pack.items[0]!.id, pack.items[1]!.id]);
    const tag = jsonLdScript(out.jsonLd);
    expect(tag.match(/<\/script>/g)).toHaveLength(1);
    expect(JSON.parse(tag.replace(/^<script[^>]*>|<\/script>\s*$/g, ''))).toEqual(out.jsonLd);
  });
});

describe('answer key', () => {
  it('every item in order with its verdict, explanation and passages', () => {
    const pack = firstPack();
    const key = answerKey(pack);
    expect(key.rows).toHaveLength(pack.items.length);
    expect(key.rows[0]).toMatchObject({ n: 1, id: pack.items[0].id, quote: pack.items[0].quote.text, explanation: pack.items[0].explanation, unreviewed: false });
    expect(key.rows[0]!.evidence).toHaveLength(pack.items[0].evidence.length);
    expect(key.counts.claim + key.counts['verified-fact'] + key.counts.disputed).toBe(pack.items.length);
  });
});

// The draft generator reads five articles: seconds on a loaded machine, never a failure for it.
describe('suggestions from the draft generator', { timeout: 60_000 }, () => {
  const corpus = () => {
    const pack = firstPack();
    return { ...emptyDoc(TODAY), sources: pack.sources as StudioDoc['sources'] };
  };

  it('offers candidates with their reasons; an accepted one has no verdict, no explanation and the review mark', () => {
    const doc = corpus();
    const list = suggestItems(doc, { max: 30, today: TODAY });
    expect(list.length).toBeGreaterThan(5);
    for (const s of list) {
      expect(s.reasons.length).toBeGreaterThan(0);
      const src = doc.sources.find((x) => x.id === s.quote.source)!;
      expect(src.text).toContain(s.quote.text.split('\n')[0]!.slice(0, 30));
    }
    const withConflict = list.find((s) => s.conflicts.length > 0);
    expect(withConflict, 'the seed corpus has conflicting figures').toBeDefined();
    expect(withConflict!.conflicts[0]!.question).toMatch(/^The same (thing counted|event dated|person)/);
    const item = itemFromSuggestion(list[0]!);
    expect(item.verdict).toBeUndefined();
    expect(item.explanation).toBe('');
    expect(item.skill).toBeUndefined();
    expect(item.evidence.every((e) => e.note === undefined)).toBe(true);
    expect(itemIsUnreviewed({}, item)).toBe(true);
    // Accepted or dismissed, it is not offered again.
    const accepted = addItems([item], 'accept').apply(doc);
    const dismissed = { ...accepted, dismissed: [list[1]!.key] };
    const again = suggestItems(dismissed, { max: 30, today: TODAY }).map((s) => s.key);
    expect(again).not.toContain(list[0]!.key);
    expect(again).not.toContain(list[1]!.key);
  });

  it('reads the reasons from the documented extension shape, figures side by side', () => {
    const r = readDraftReasons({ extensions: { draft: { features: ['number', 'attribution'], signals: ['number-conflict: more than 10,000 members vs over 17,000 members', 'date-conflict: 2000 vs 1990 (founded, club)'] } } });
    expect(r.reasons.map((x) => x.kind)).toEqual(['number', 'attribution', 'number-conflict', 'date-conflict']);
    expect(r.conflicts).toEqual([
      { kind: 'number', here: 'more than 10,000 members', there: 'over 17,000 members', question: 'The same thing counted?' },
      { kind: 'date', here: '2000', there: '1990', question: 'The same event dated?' },
    ]);
    expect(readDraftReasons({})).toEqual({ reasons: [], conflicts: [] });
  });

  it('reads the per-passage shape too: why each passage, both figures with their sources', () => {
    const source = (id: string, outlet: string, published: string) => ({ id, outlet, published });
    const r = readDraftReasons({
      extensions: {
        draft: {
          reviewed: false,
          suggestedVerdict: 'disputed',
          features: ['attribution', 'number'],
          speaker: { name: 'Paul Dessane', how: 'attributed' },
          evidence: [
            {
              index: 0,
              stance: 'contradicts',
              why: 'conflict',
              signal: 'figures-differ',
              source: source('courrier', 'Le Courrier des Iles', '2031-03-21'),
              speaker: 'Paul Dessane',
              figures: {
                quote: { text: '230,000', counts: ['people', 'died'], source: source('herald', 'The Herald', '2031-02-10'), speaker: 'Paul Dessane' },
                other: { text: '210,000', counts: ['death', '@toll'], source: source('courrier', 'Le Courrier des Iles', '2031-03-21'), speaker: 'Paul Dessane' },
              },
            },
            { index: 1, stance: 'context', why: 'same-account', source: source('radio', 'Radio Iles', '2031'), speaker: 'Paul Dessane' },
            { index: 2, stance: 'contradicts', why: 'conflict', signal: 'dates-differ', source: source('gazette', 'The Gazette', '2030'), speaker: 'x', years: { quote: [2000], other: [1998, 1999] } },
            { index: 3, stance: 'context', why: 'related', source: source('radio', 'Radio Iles', '2031'), speaker: 'x' },
          ],
        },
      },
    });
    expect(r.reasons.map((x) => x.text)).toEqual([
      'It is attributed to someone: who says it matters.',
      'It gives a number that another source may count differently.',
      'Le Courrier des Iles (2031) gives a different figure.',
      'Radio Iles (2031) repeats the speaker’s own account: not an independent source.',
      'The Gazette (2030) gives a different year.',
    ]);
    expect(r.conflicts).toEqual([
      { kind: 'number', here: '230,000 (people, died)', there: '210,000 (death)', hereSource: 'The Herald (2031)', thereSource: 'Le Courrier des Iles (2031)', question: 'The same thing counted?' },
      { kind: 'date', here: '2000', there: '1998/1999', thereSource: 'The Gazette (2030)', question: 'The same event dated?' },
    ]);
  });
});
