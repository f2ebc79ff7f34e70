import { describe, expect, it } from 'vitest';
import {
  analyseSource,
  compareUnits,
  draftPack,
  EvidenceIndex,
  excerpt,
  extractFigures,
  extractYears,
  segmentSentences,
  type DraftItemExtension,
  type Unit,
} from '../../src/core/draft/index.ts';
import { validatePack, type Item, type Source } from '../../src/core/pack/index.ts';
import { stem } from '../../src/core/draft/text.ts';

// Three short invented articles about an invented club, with a planted contradiction
// (300 members vs 3,000 members; unpaid vs the only one paid) and a planted
// corroboration (two independent outlets date the founding to 1998).
const gazette: Source = {
  id: 'gazette-2020',
  title: 'A quiet club by the river',
  outlet: 'The River Gazette',
  author: 'Ann Reporter',
  published: '2020-05-01',
  genre: 'news-report',
  text: [
    'The Riverside Chess Club was founded in 1998 by Maria Lopez, a retired teacher from Leeds.',
    'The club has 300 members, according to its secretary. Dr. Lopez still runs the Tuesday sessions herself.',
    '"I have never received a salary for this work," says Maria Lopez. "Every coach here is a volunteer."',
    'The town council gave the club a small grant last year.',
  ].join('\n\n'),
};

const bugle: Source = {
  id: 'bugle-2021',
  title: 'Chess fever grips the valley',
  outlet: 'The Valley Bugle',
  published: '2021-02-10',
  genre: 'profile',
  text: [
    'Maria Lopez founded the Riverside Chess Club in 1998 in a room above the old bakery.',
    'Today the Riverside Chess Club has 3,000 members across the valley, the largest chess club in the region.',
    'Its junior team won the county cup twice.',
  ].join('\n\n'),
};

const blog: Source = {
  id: 'blog-2022',
  title: 'Who pays for chess?',
  outlet: 'Pawn Storm (blog)',
  published: '2022',
  genre: 'opinion',
  text: [
    'I have followed the Riverside Chess Club for years and I like its tournaments.',
    'Critics say Maria Lopez is the only person at the club who receives a salary from the council grant.',
    'Nobody has shown the accounts in public.',
  ].join('\n\n'),
};

const SOURCES = [gazette, bugle, blog];

function draft() {
  return draftPack(SOURCES, { id: 'test-draft', title: 'Test draft', updated: '2026-11-23' });
}

function ext(item: Item): DraftItemExtension {
  return item.extensions!.draft as DraftItemExtension;
}

describe('draftPack on a small planted corpus', () => {
  const { pack, stats } = draft();

  it('produces a valid sourced-pack@1 file', () => {
    const result = validatePack(JSON.parse(JSON.stringify(pack)));
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
    expect(pack.items.length).toBeGreaterThan(0);
    expect(stats.items).toBe(pack.items.length);
  });

  it('says that every verdict is only a suggestion, in extensions, not to students', () => {
    const top = pack.extensions!.draft as { note: string };
    expect(top.note).toMatch(/suggestion/i);
    expect(pack.extensions!['sourced:review']).toEqual({ status: 'unreviewed', by: 'sourced draft' });
    for (const item of pack.items) {
      expect(ext(item).reviewed).toBe(false);
      expect(ext(item).suggestedVerdict).toBe(item.verdict);
      expect(ext(item).evidence).toHaveLength(item.evidence.length);
      expect(item.explanation).not.toMatch(/draft|suggest/i);
    }
  });

  it('finds the contradiction 300 vs 3,000 members, pairs the sides and suggests disputed', () => {
    const item = pack.items.find((i) => i.quote.source === 'gazette-2020' && i.quote.text.includes('300 members'));
    expect(item).toBeDefined();
    expect(item!.verdict).toBe('disputed');
    const against = item!.evidence.find((e) => e.stance === 'contradicts');
    expect(against?.source).toBe('bugle-2021');
    expect(against?.text).toContain('3,000 members');
    const reason = ext(item!).evidence.find((r) => r.stance === 'contradicts')!;
    expect(reason.signal).toBe('figures-differ');
    expect(reason.figures!.quote).toMatchObject({ text: '300', value: 300, source: { id: 'gazette-2020' } });
    expect(reason.figures!.other).toMatchObject({ text: '3,000', value: 3000, source: { id: 'bugle-2021' } });
    expect(reason.figures!.other.counts).toContain('members');
    // And from the other side.
    const reverse = pack.items.find((i) => i.quote.source === 'bugle-2021' && i.quote.text.includes('3,000 members'));
    expect(reverse?.verdict).toBe('disputed');
    expect(reverse?.evidence.some((e) => e.stance === 'contradicts' && e.text.includes('300 members'))).toBe(true);
  });

  it('finds the corroborated founding date and suggests verified-fact', () => {
    const item = pack.items.find((i) => i.quote.source === 'gazette-2020' && i.quote.text.includes('founded in 1998'));
    expect(item).toBeDefined();
    expect(item!.verdict).toBe('verified-fact');
    const support = item!.evidence.find((e) => e.stance === 'supports');
    expect(support?.source).toBe('bugle-2021');
    expect(support?.text).toContain('1998');
    expect(ext(item!).evidence.find((r) => r.stance === 'supports')).toMatchObject({ signal: 'same-date', years: { quote: [1998], other: [1998] } });
  });

  it('finds the unpaid-vs-salary denial', () => {
    const item = pack.items.find((i) => i.quote.source === 'gazette-2020' && i.quote.text.includes('never received a salary'));
    expect(item).toBeDefined();
    expect(item!.quote.speaker).toBe('Maria Lopez');
    expect(item!.verdict).toBe('disputed');
    expect(item!.evidence.some((e) => e.stance === 'contradicts' && e.source === 'blog-2022' && e.text.includes('receives a salary'))).toBe(true);
  });

  it('obeys the verdict rules of the format on every item', () => {
    for (const item of pack.items) {
      const other = item.evidence.filter((e) => e.source !== item.quote.source);
      if (item.verdict === 'disputed') expect(item.evidence.some((e) => e.stance === 'contradicts')).toBe(true);
      if (item.verdict === 'verified-fact') {
        expect(item.evidence.some((e) => e.stance === 'contradicts')).toBe(false);
        expect(other.some((e) => e.stance === 'supports')).toBe(true);
      }
      if (item.verdict === 'claim') {
        expect(item.evidence.some((e) => e.stance === 'contradicts')).toBe(false);
        expect(other.some((e) => e.stance === 'supports')).toBe(false);
      }
    }
  });

  it('stays valid with as little room for evidence as one passage', () => {
    // One figure told three times, twice by the same speaker: with one slot, the same-speaker
    // passage can take it, and the item must then stay a claim, not become a verified fact.
    const mk = (id: string, text: string): Source => ({ id, title: id, outlet: id, published: '2020-01-01', genre: 'news-report', text });
    const a = mk('a', 'The Korean Friendship Association has 15,000 members in 120 countries, Alejandro Cao de Benos says proudly.\n\nThe weather in Tarragona was mild that spring and the harbour was quiet.');
    const b = mk('b', 'The Korean Friendship Association has 15,000 members in 120 countries, Alejandro Cao de Benos said again in the interview.\n\nHe travels often between Madrid and the capital for meetings.');
    const c = mk('c', 'Records seen by this newspaper show the Korean Friendship Association has 15,000 members in 120 countries, the registry confirms.\n\nOther groups are much smaller than that by every account.');
    for (const maxEvidence of [1, 2, 3]) {
      for (const sources of [SOURCES, [a, b, c], [a, c, b], [b, a, c], [c, a, b]]) {
        const small = draftPack(sources, { updated: '2026-11-23', maxEvidence });
        expect(validatePack(JSON.parse(JSON.stringify(small.pack))).errors, `maxEvidence ${maxEvidence}`).toEqual([]);
      }
    }
  });

  it('is deterministic and respects --max-items', () => {
    expect(JSON.stringify(draft().pack)).toBe(JSON.stringify(pack));
    const small = draftPack(SOURCES, { updated: '2026-11-23', maxItems: 2 });
    expect(small.pack.items).toHaveLength(2);
    expect(validatePack(small.pack).ok).toBe(true);
  });
});

describe('sentences', () => {
  const text =
    'Dr. Smith met B. R. Myers in the U.S. last year. “We agree on nothing,” she said. “Really nothing.” It cost $3.50.\n' +
    'Second line starts here! Does it end? Yes.\n\nA new paragraph… with an ellipsis. Near 13,000. Since then the club grew.';

  it('gives offsets whose slice is exactly the sentence text', () => {
    const { sentences, paragraphs } = segmentSentences(text);
    expect(paragraphs).toHaveLength(2);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.length).toBeGreaterThan(3);
  });

  it('does not split at abbreviations, initials or decimals', () => {
    const { sentences } = segmentSentences(text);
    expect(sentences[0]!.text).toBe('Dr. Smith met B. R. Myers in the U.S. last year.');
    expect(sentences.some((s) => s.text.includes('$3.50.'))).toBe(true);
  });

  it('merges a very short sentence with the next one', () => {
    const { sentences } = segmentSentences(text);
    expect(sentences.some((s) => s.text === 'Near 13,000. Since then the club grew.')).toBe(true);
  });

  it('keeps verbatim offsets on real-world punctuation and line breaks', () => {
    const messy = 'He said: “No.”  Then—after a pause—he left…\r\nThe end?\n\n\n  Indented paragraph here.  ';
    for (const s of segmentSentences(messy).sentences) expect(messy.slice(s.start, s.end)).toBe(s.text);
  });

  it('reads Windows line endings as paragraph breaks', () => {
    const crlf = 'First paragraph here.\r\n\r\nSecond paragraph here.';
    const { paragraphs, sentences } = segmentSentences(crlf);
    expect(paragraphs).toHaveLength(2);
    expect(sentences.map((s) => s.text)).toEqual(['First paragraph here.', 'Second paragraph here.']);
  });

  it('cuts long excerpts at a clause boundary, verbatim', () => {
    const long = `${'word '.repeat(100)}, then more, ${'tail '.repeat(100)}`;
    const cut = excerpt(long, 600);
    expect(Array.from(cut).length).toBeLessThanOrEqual(600);
    expect(long.includes(cut)).toBe(true);
  });
});

describe('numbers and dates', () => {
  it('reads figures with their qualifiers and units', () => {
    const [a, b] = extractFigures('the KFA claims to have more than 10,000 members in 120 countries');
    expect(a).toMatchObject({ kind: 'count', value: 10000, low: 10000, high: Infinity, unit: ['member'], persons: true, state: true });
    expect(b).toMatchObject({ value: 120, unit: [stem('country')] });
    expect(extractFigures('nearly 13,000 people came')[0]).toMatchObject({ value: 13000, persons: true });
    expect(extractFigures('hundreds of thousands of people')[0]).toMatchObject({ low: 200000, high: 999000 });
    expect(extractFigures('“Ninety-five percent of the news is false')[0]).toMatchObject({ kind: 'percent', value: 95 });
    expect(extractFigures('a survey estimated that between 46,000 and 85,000 people died')[0]).toMatchObject({ low: 46000, high: 85000 });
  });

  it('gives an unqualified figure the precision of its last non-zero digit', () => {
    expect(extractFigures('316,000 people died')[0]).toMatchObject({ low: 315500, high: 316500 });
    expect(extractFigures('300,000 people died')[0]).toMatchObject({ low: 250000, high: 350000 });
    expect(extractFigures('It has 25 positions')[0]).toMatchObject({ low: 25, high: 25 });
  });

  it('tells years from counts', () => {
    expect(extractYears('In 2000, he launched the website; in 1990 he was 16.').map((y) => y.year)).toEqual([2000, 1990]);
    expect(extractYears('an audience of 3000 North Koreans')).toEqual([]);
    expect(extractFigures('an audience of 3000 North Koreans')[0]).toMatchObject({ value: 3000, persons: true });
  });
});

describe('conflict detectors', () => {
  function pair(a: string, b: string, years: [number, number] = [2020, 2021]) {
    const mk = (id: string, text: string, i: number): Source => ({
      id,
      title: id,
      outlet: id,
      published: String(years[i]),
      genre: 'news-report',
      text,
    });
    const ua = analyseSource(mk('a', a, 0), 0, 0).units;
    const ub = analyseSource(mk('b', b, 1), 1, ua.length).units;
    const filler = analyseSource(mk('c', 'The weather was fine. Many people came to the fair. The band played late into the night.', 0), 2, ua.length + ub.length).units;
    const index = new EvidenceIndex([...ua, ...ub, ...filler] as Unit[]);
    return compareUnits(ua[0]!, ub[0]!, { index, months: years.map((y) => y * 12 + 6) }).signals;
  }

  it('flags different figures for the same thing', () => {
    const s = pair('The club has 300 members in the town.', 'The club now has 3,000 members in the town.');
    expect(s.map((x) => x.kind)).toContain('figures-differ');
    expect(s.find((x) => x.kind === 'figures-differ')!.polarity).toBe('conflict');
  });

  it('agrees on the same figure and on the same date', () => {
    expect(pair('It has members in 120 countries, the club says.', 'The club claims members in 120 countries.').map((x) => x.kind)).toContain('same-figure');
    expect(pair('The chess club was founded in 1998 by Maria Lopez.', 'Maria Lopez founded the chess club in 1998.').map((x) => x.kind)).toContain('same-date');
  });

  it('flags different years for the same event', () => {
    const s = pair('She was appointed special delegate of the ministry in 2002.', 'In 2012 she was officially appointed special delegate of the ministry.');
    expect(s.map((x) => x.kind)).toContain('dates-differ');
  });

  it('flags a denial against an assertion about the same subject', () => {
    const s = pair('There are no prison camps in the country.', 'Satellite images show that prison camps in the country are expanding.');
    expect(s.map((x) => x.kind)).toContain('denial');
  });

  it('does not flag unrelated sentences', () => {
    expect(pair('The club has 300 members in the town.', 'The river flooded twice in 1998 and 2004.')).toEqual([]);
  });
});
