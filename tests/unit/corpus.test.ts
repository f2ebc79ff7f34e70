import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseSourceDocument, serializeSourceDocument, slugifyId } from '../../src/core/corpus';
import { GENRES, type Source } from '../../src/core/pack/types';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const CORPUS = join(ROOT, 'content/corpus');
/** The raw seed articles live beside the repo on the project's machines only. */
const SEEDS = resolve(ROOT, '../shared/seeds');
const HAVE_SEEDS = existsSync(SEEDS);

interface Expected {
  seed: string;
  meta: Omit<Source, 'text'>;
  /** Exact text repairs applied to the seed before comparing (see content/corpus/README.md). */
  repairs: [from: string, to: string][];
  /** First words of every seed line that was removed as page furniture, in the seed's order. */
  removed: string[];
  /** Strings of that furniture which must not be in the cleaned text. */
  absent: string[];
}

const EXPECTED: Expected[] = [
  {
    seed: '000_283015f8d2f0519f.txt',
    meta: {
      id: 'csm-2013',
      title: "North Korea's public relations man is a Spaniard with a tough job",
      outlet: 'The Christian Science Monitor',
      author: 'Zach Campbell',
      published: '2013-03-25',
      url: 'https://www.csmonitor.com/World/Europe/2013/0325/North-Korea-s-public-relations-man-is-a-Spaniard-with-a-tough-job',
      genre: 'news-report',
    },
    repairs: [],
    removed: [
      "North Korea's public relations man is a Spaniard with a tough job",
      'Zach Campbell',
      'Alejandro Cao de Benós, a representative from',
      "You've read",
      'Dear Reader,',
      'About a year ago, I happened upon',
      '“Many things that end up” being meaningful',
      'If you were to come up with a punchline',
      'But you know what? We change lives.',
      'The Monitor is a peculiar little publication',
      'We have a mission beyond circulation',
      'If you’re looking for bran muffin journalism',
      'QR Code to North Korea',
      'Read this article in',
      'QR Code to Subscription page',
      'Start your subscription today',
    ],
    absent: ["You've read", 'Subscribe', 'Dear Reader', 'bran muffin', 'QR Code', 'listens to a question after a speech'],
  },
  {
    seed: '001_2404679d7f8c8067.txt',
    meta: {
      id: 'vice-2013',
      title: 'Meet the Only Westerner to Work for the North Korean Regime',
      outlet: 'VICE',
      published: '2013-07',
      url: 'https://www.vice.com/en/article/qbedpw/meet-the-only-western-citizen-of-north-korea',
      genre: 'interview',
    },
    repairs: [],
    removed: [
      'This story is over 5 years old.',
      'Meet the Only Westerner to Work for the North Korean Regime',
      'This weekend saw the 60th anniversary of the Korean War Armistice. While you no doubt spent Saturday toasting the memory of the fatherland\'s eternal victory over the US, it\'s unlikely that you rejoiced with quite the same vigor as the DPRK\'s biggest...',
      'Alejandro Cao de Benos holding a pin',
      'Alejandro with Kim Yong-nam',
      'Alejandro with Yang Hyong Sop',
      'More stories from North Korea:',
      'North Korea Has a Friend in Dennis Rodman',
      'WATCH – The VICE Guide to North Korea',
    ],
    absent: [
      'This story is over 5 years old',
      'biggest...',
      'holding a pin',
      'photos courtesy',
      'Alejandro with Kim Yong-nam',
      'Alejandro with Yang Hyong Sop',
      'More stories from North Korea',
      'Dennis Rodman',
      'WATCH',
    ],
  },
  {
    seed: '002_43cce2947730bb13.txt',
    meta: {
      id: 'prospect-2024',
      title: "The DPRK's man in the west",
      outlet: 'Prospect',
      published: '2024-01-24',
      url: 'https://www.prospectmagazine.co.uk/views/people/64540/dprk-north-korea-alejandro-cao-de-benos',
      genre: 'profile',
    },
    repairs: [],
    removed: ['Image: Jose Ignacio Unanue', 'The DPRK’s man in the west'],
    absent: ['Image:', 'Shutterstock', 'The DPRK’s man in the west'],
  },
  {
    seed: '003_e8b221959a50e113.txt',
    meta: {
      id: 'ofk-2010',
      title: 'Alejandro Cao de Benós Interview – Part 2',
      outlet: 'One Free Korea (blog)',
      author: 'Joshua Stanton (introduction); Enzo Reale (interview and translation)',
      published: '2010-02-07',
      url: 'http://www.freekorea.us/2010/02/07/alejandro-cao-de-benos-interview-%E2%80%93-part-2/',
      genre: 'interview',
    },
    repairs: [
      ['alejandro_cao_de_benos.png', ''],
      ['people”¦', 'people…'],
    ],
    removed: [
      'Alejandro Cao de Benós Interview – Part 2',
      '16 Responses',
      '1. I bet the people of Pyongyang',
      '2. From Mr. Cao de Benos’s perspective',
      '3. i’d love to know',
      '4. How wonderful that',
      '5. How hard is it',
      'In the K-blogs, for example',
      'Indeed, for people inclined toward that',
      '6. This is the part that interested me:',
      '“Because you have to sacrifice your selfishness',
      'Okay. The Spanish for ‘ideology’',
      'This just shows how outrageously far removed',
      '7. I love the part about rights.',
      'In other words, humans are no better than cattle.',
      '8. Mr. Cao is certainly a courageous man',
      'I particularly liked the part where',
      '9. I have been to Pyongyang with Caos',
    ],
    absent: ['16 Responses', '.png', '”¦', 'lampost', 'useful idiot', 'Bruce Cumings', 'cattle', 'OFK: comment redacted'],
  },
  {
    seed: '004_03c2ea4f53ff63eb.txt',
    meta: {
      id: 'liberty-2016',
      title: 'How Libertarians Can Fight North Korea: A Call for Action',
      outlet: 'Liberty.me (member blog)',
      published: '2016-02',
      url: 'https://anarchy.liberty.me/how-libertarians-can-fight-north-korea-a-call-for-action/',
      genre: 'opinion',
    },
    repairs: [],
    removed: [
      '“USA”? You are fatally mistaken',
      'download (1)',
      'Want to send Kim Jong Un a box of',
      'Alejandro Cao de Benós (second from the left)',
      'Just last month (January 2016)',
      'What do you mean, I’m funding a dictatorship',
      'Each year, way over a 1000',
      'Pablo Iglesias (on the right',
      'As promised, here are some links',
      'Bonus link:',
    ],
    absent: [
      'download (1)',
      'fatally mistaken',
      'box of\u00a0donuts',
      'second from the left',
      'Just last month',
      'sexy selfies',
      'way over a 1000',
      'Pablo Iglesias',
      'As promised, here are some links',
      'Bonus link',
    ],
  },
];

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

function readCorpus(id: string): { raw: string; source: Source; warnings: string[] } {
  const raw = readFileSync(join(CORPUS, `${id}.txt`), 'utf8');
  return { raw, ...parseSourceDocument(raw, id) };
}

function readSeed(e: Expected): string {
  let seed = readFileSync(join(SEEDS, e.seed), 'utf8');
  for (const [from, to] of e.repairs) {
    expect(seed.split(from).length - 1, `repair "${from}" occurs once in ${e.seed}`).toBe(1);
    seed = seed.replace(from, to);
  }
  return seed;
}

describe('the cleaned corpus (content/corpus)', () => {
  describe.each(EXPECTED)('$meta.id', (e) => {
    it('parses without warnings, with the metadata of SOURCES.md', () => {
      const { source, warnings } = readCorpus(e.meta.id);
      expect(warnings).toEqual([]);
      const { text, ...meta } = source;
      expect(meta).toEqual(e.meta);
      expect(GENRES).toContain(source.genre);
      expect(source.published).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(text.length).toBeGreaterThan(1000);
    });

    it('is laid out as documented: one blank line between paragraphs, no trailing spaces', () => {
      const { raw, source } = readCorpus(e.meta.id);
      expect(raw).not.toMatch(/\r/);
      expect(raw.endsWith('\n') && !raw.endsWith('\n\n')).toBe(true);
      expect(source.text).not.toMatch(/\n\s*\n\s*\n/);
      expect(source.text).not.toMatch(/[^\S\n]$/m);
      expect(source.text).not.toMatch(/^[^\S\n]/m);
      expect(serializeSourceDocument(source)).toBe(raw);
    });

    it('has none of the page furniture', () => {
      const { source } = readCorpus(e.meta.id);
      for (const furniture of e.absent) expect(source.text).not.toContain(furniture);
    });

    it.skipIf(!HAVE_SEEDS)('is verbatim: every paragraph occurs in the seed, in the seed’s order', () => {
      const { source } = readCorpus(e.meta.id);
      const seed = collapse(readSeed(e));
      let from = 0;
      for (const paragraph of source.text.split('\n\n')) {
        const at = seed.indexOf(collapse(paragraph), from);
        expect(at, `paragraph not found in order in ${e.seed}: "${paragraph.slice(0, 80)}"`).toBeGreaterThanOrEqual(from);
        from = at + collapse(paragraph).length;
      }
    });

    it.skipIf(!HAVE_SEEDS)('is complete: every seed line is kept, or is listed furniture', () => {
      const { source } = readCorpus(e.meta.id);
      const cleaned = collapse(source.text);
      const dropped: string[] = [];
      for (const line of readSeed(e).split('\n')) {
        const l = collapse(line);
        if (l === '' || cleaned.includes(l)) continue;
        dropped.push(l);
      }
      // One-to-one and in order: each dropped line is the next listed piece of furniture.
      expect(dropped.map((l, i) => (l.startsWith(collapse(e.removed[i] ?? '\0')) ? 'furniture' : l))).toEqual(
        e.removed.map(() => 'furniture'),
      );
    });
  });

  it.skipIf(!HAVE_SEEDS)('makes exactly one repair: the mis-encoded ellipsis in ofk-2010', () => {
    const raw = readFileSync(join(SEEDS, '003_e8b221959a50e113.txt'), 'utf8');
    expect(raw).toContain('common people”¦');
    const { source } = readCorpus('ofk-2010');
    expect(source.text).toContain('compared to common people…\n\nNo, Kim Jong-il himself');
    expect(source.text.startsWith('Following Part 1, here’s Part 2')).toBe(true);
  });

  it('keeps the original characters', () => {
    expect(readCorpus('csm-2013').source.text).toContain('North Korea’s voice to the West.\u00a0 Jolly');
    expect(readCorpus('vice-2013').source.text).toContain('Alejandro Cao de Benos—a 38-year-old Catalan aristocrat—is');
    expect(readCorpus('prospect-2024').source.text).toContain('Danish filmmaker Mads Brügger');
    expect(readCorpus('ofk-2010').source.text).toContain('It ‘a humble but dignified life.');
    expect(readCorpus('liberty-2016').source.text).toContain('opposition – whilst');
  });

  it('keeps the standfirsts and subheadings written by the outlets', () => {
    expect(readCorpus('csm-2013').source.text.startsWith('Meet Alejandro Cao de Benós, the only non-Korean employee')).toBe(true);
    expect(readCorpus('csm-2013').source.text).toContain("\n\n'We're in a propaganda battle with the West'\n\n");
    expect(readCorpus('prospect-2024').source.text.startsWith('Spanish noble and IT worker Alejandro Cao de Benós on the downsides')).toBe(true);
    expect(readCorpus('liberty-2016').source.text).toContain('\n\nFreedom shall prevail\n\n');
    expect(readCorpus('ofk-2010').source.text.endsWith('(End Part 2)')).toBe(true);
  });
});

describe('parseSourceDocument / serializeSourceDocument', () => {
  const full: Source = {
    id: 'my-article',
    title: 'A title: with a colon, “quotes” and an accent — café',
    outlet: 'The Daily Example',
    author: 'A. Writer; B. Other',
    published: '2021-05',
    url: 'https://example.org/a?b=c#d',
    genre: 'opinion',
    text: 'First paragraph.\n\nSecond paragraph,\nwith a line break.',
  };

  it('round-trips a source through its document', () => {
    const doc = serializeSourceDocument(full);
    expect(doc.startsWith('---\nid: my-article\ntitle: A title: with a colon')).toBe(true);
    expect(parseSourceDocument(doc, 'ignored')).toEqual({ source: full, warnings: [] });
  });

  it('round-trips optional fields left out, and values that need quoting', () => {
    const minimal: Source = { id: 'x', title: '"Quoted" all "through"', outlet: '  padded ', published: '1999', genre: 'blog', text: 'T' };
    const doc = serializeSourceDocument(minimal);
    expect(doc).not.toContain('author:');
    expect(doc).not.toContain('url:');
    expect(parseSourceDocument(doc, 'ignored')).toEqual({ source: minimal, warnings: [] });
  });

  it('normalises line endings, a byte-order mark and surrounding blank lines', () => {
    const doc = '\uFEFF' + serializeSourceDocument(full).replace(/\n/g, '\r\n').replace('---\r\nFirst', '---\r\n\r\n\r\nFirst') + '\r\n\r\n';
    expect(parseSourceDocument(doc, 'ignored')).toEqual({ source: full, warnings: [] });
  });

  it('gives a plain text file defaults, and a warning for each', () => {
    const { source, warnings } = parseSourceDocument('  Headline of the piece\r\n\r\nThe body.\r\n', 'Mon Élève – article 1.txt');
    expect(source).toEqual({
      id: 'mon-eleve-article-1',
      title: 'Headline of the piece',
      outlet: 'unknown',
      published: 'unknown',
      genre: 'other',
      text: 'Headline of the piece\n\nThe body.',
    });
    expect(warnings.join('\n')).toMatch(/front matter/);
    for (const field of ['id', 'title', 'outlet', 'published', 'genre']) {
      expect(warnings.some((w) => w.startsWith(`${field} defaulted`)), field).toBe(true);
    }
    expect(warnings.some((w) => /author|url/.test(w))).toBe(false);
  });

  it('slugifies fallback ids to a-z0-9-', () => {
    expect(slugifyId('content/corpus/CSM 2013.txt')).toBe('csm-2013');
    expect(slugifyId('C:\\docs\\Über_Größe!!.md')).toBe('uber-grosse');
    expect(slugifyId('***')).toBe('source');
    expect(slugifyId('a'.repeat(100))).toHaveLength(64);
    expect(parseSourceDocument('text', '').source.id).toBe('source');
  });

  it('warns about unknown keys, bad values and malformed lines, and still returns a source', () => {
    const doc = [
      '---',
      'id: Not A Slug',
      'title: T',
      'Outlet: O',
      'colour: red',
      'this line has no colon',
      '# a comment',
      'published: 2020-13',
      'url: javascript:alert(1)',
      'genre: Gossip',
      'title: T2',
      '---',
      'Body.',
    ].join('\n');
    const { source, warnings } = parseSourceDocument(doc, 'fallback');
    expect(source).toEqual({ id: 'not-a-slug', title: 'T2', outlet: 'O', published: '2020-13', genre: 'other', text: 'Body.' });
    const all = warnings.join('\n');
    expect(all).toContain('Unknown front-matter key "colour"');
    expect(all).toContain('"this line has no colon"');
    expect(all).toContain('"Not A Slug" was changed to "not-a-slug"');
    expect(all).toContain('"2020-13"');
    expect(all).toContain('javascript:alert(1)');
    expect(all).toContain('Unknown genre "Gossip"');
    expect(all).toContain('"title" appears more than once');
    expect(warnings).toHaveLength(7);
  });

  it('reads an unclosed front matter as text, with a warning', () => {
    const { source, warnings } = parseSourceDocument('---\nid: a\nno closing line', 'file');
    expect(source.id).toBe('file');
    expect(source.text).toBe('---\nid: a\nno closing line');
    expect(warnings[0]).toMatch(/never closed/);
  });

  it('warns when there is no article text', () => {
    const { source, warnings } = parseSourceDocument('---\nid: a\ntitle: T\noutlet: O\npublished: 2020\ngenre: blog\n---\n\n', 'x');
    expect(source.text).toBe('');
    expect(warnings).toEqual(['The document has no article text.']);
  });
});
