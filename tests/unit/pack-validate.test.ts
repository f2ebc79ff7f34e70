import { describe, expect, it } from 'vitest';
import { findExcerpt, normalizeWithMap, parsePack, validatePack, type Pack, type PackIssue } from '../../src/core/pack/index.ts';
import { ALPHA_TEXT, clone, validPack } from './fixtures/packs.ts';

type Mutation = (p: Pack & Record<string, unknown>) => void;
const any = (v: unknown) => v as never;

function refuse(mutate: Mutation): PackIssue[] {
  const pack = clone(validPack()) as Pack & Record<string, unknown>;
  mutate(pack);
  const result = validatePack(pack);
  expect(result.ok).toBe(false);
  return result.errors;
}

/** Breaks one rule and expects the pack refused with an error at exactly `path`. */
function expectRefusedAt(mutate: Mutation, path: string, message?: RegExp) {
  const errors = refuse(mutate);
  const at = errors.filter((e) => e.path === path);
  expect(at, `errors were: ${JSON.stringify(errors)}`).not.toHaveLength(0);
  if (message) expect(at.map((e) => e.message).join(' | ')).toMatch(message);
}

describe('a valid pack', () => {
  it('validates and compiles every excerpt to its offsets in the source', () => {
    const result = validatePack(validPack());
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const members = result.pack.items[1]!;
    const { start, end } = members.quote.span;
    // The quote was written with straight quotes; the source has curly ones.
    expect(ALPHA_TEXT.slice(start, end)).toBe('“We have more than 10,000 members,” Ruiz says');
    const ev = members.evidence[0]!;
    expect(result.pack.sources[1]!.text.slice(ev.span.start, ev.span.end)).toBe('Critics say the club has about 300 members');
  });

  it('keeps markup in any field as plain text', () => {
    const pack = validPack();
    pack.title = '<img src=x onerror=alert(1)>';
    pack.items[0]!.explanation = '<script>alert("x")</script>';
    pack.items[0]!.quote.speaker = '<b>reporter</b>';
    const result = validatePack(pack);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack.title).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('fields', () => {
  const cases: [string, Mutation, string, RegExp?][] = [
    ['format missing', (p) => delete (p as Partial<Pack>).format, 'format', /missing/],
    ['format of another version', (p) => (p.format = any('sourced-pack@2')), 'format', /reads "sourced-pack@1"/],
    ['format wrong', (p) => (p.format = any('pack')), 'format', /exactly "sourced-pack@1"/],
    ['id with capitals', (p) => (p.id = 'Test-Pack'), 'id', /lowercase/],
    ['id too long', (p) => (p.id = 'a'.repeat(65)), 'id'],
    ['id empty', (p) => (p.id = ''), 'id'],
    ['title missing', (p) => delete (p as Partial<Pack>).title, 'title', /missing/],
    ['title empty', (p) => (p.title = ''), 'title', /empty/],
    ['title too long', (p) => (p.title = 'x'.repeat(121)), 'title', /121 characters, at most 120/],
    ['description too long', (p) => (p.description = 'x'.repeat(1001)), 'description'],
    ['language not a tag', (p) => (p.language = 'english language'), 'language'],
    ['language with underscore', (p) => (p.language = 'pt_BR'), 'language'],
    ['audience too long', (p) => (p.audience = 'x'.repeat(121)), 'audience'],
    ['authors not a list', (p) => (p.authors = any('Me')), 'authors', /list/],
    ['author name too long', (p) => (p.authors = ['x'.repeat(121)]), 'authors[0]'],
    ['updated missing', (p) => delete (p as Partial<Pack>).updated, 'updated', /missing/],
    ['updated not YYYY-MM-DD', (p) => (p.updated = '2026-11'), 'updated', /YYYY-MM-DD/],
    ['updated not a calendar date', (p) => (p.updated = '2026-02-30'), 'updated', /calendar/],
    ['no sources', (p) => (p.sources = []), 'sources', /at least 1/],
    ['sources missing', (p) => delete (p as Partial<Pack>).sources, 'sources', /missing/],
    ['source id malformed', (p) => (p.sources[0]!.id = 'Alpha!'), 'sources[0].id'],
    ['source id repeated', (p) => (p.sources[1]!.id = 'alpha'), 'sources[1].id', /already the id of sources\[0\]/],
    ['source title missing', (p) => delete (p.sources[0] as Partial<Pack['sources'][0]>).title, 'sources[0].title', /missing/],
    ['source title too long', (p) => (p.sources[0]!.title = 'x'.repeat(301)), 'sources[0].title'],
    ['source outlet too long', (p) => (p.sources[0]!.outlet = 'x'.repeat(301)), 'sources[0].outlet'],
    ['source author too long', (p) => (p.sources[0]!.author = 'x'.repeat(301)), 'sources[0].author'],
    ['source author empty', (p) => (p.sources[0]!.author = ''), 'sources[0].author'],
    ['published with one-digit month', (p) => (p.sources[0]!.published = '2013-3-25'), 'sources[0].published'],
    ['published month 13', (p) => (p.sources[0]!.published = '2013-13'), 'sources[0].published', /calendar/],
    ['published in words', (p) => (p.sources[0]!.published = 'March 2013'), 'sources[0].published'],
    ['url relative', (p) => (p.sources[0]!.url = '/alpha'), 'sources[0].url', /http/],
    ['url with a script', (p) => (p.sources[0]!.url = 'javascript:alert(1)'), 'sources[0].url'],
    ['url ftp', (p) => (p.sources[0]!.url = 'ftp://example.com/a'), 'sources[0].url'],
    ['url without a host', (p) => (p.sources[0]!.url = 'https://'), 'sources[0].url'],
    ['genre unknown', (p) => (p.sources[0]!.genre = any('newspaper')), 'sources[0].genre', /"newspaper" is not a genre/],
    ['source text empty', (p) => (p.sources[2]!.text = ''), 'sources[2].text'],
    ['source text over 1 MB of UTF-8', (p) => (p.sources[2]!.text = `${p.sources[2]!.text} ${'€'.repeat(333_334)}`), 'sources[2].text', /1,000,000 bytes/],
    ['no items', (p) => (p.items = []), 'items', /at least 1/],
    ['items missing', (p) => delete (p as Partial<Pack>).items, 'items', /missing/],
    ['item id malformed', (p) => (p.items[0]!.id = 'First Item'), 'items[0].id'],
    ['item id repeated', (p) => (p.items[2]!.id = 'founded'), 'items[2].id', /already the id of items\[0\]/],
    ['quote missing', (p) => delete (p.items[0] as Partial<Pack['items'][0]>).quote, 'items[0].quote', /missing/],
    ['quote source unknown', (p) => (p.items[0]!.quote.source = 'alpah'), 'items[0].quote.source', /did you mean "alpha"/],
    ['quote text too short', (p) => (p.items[0]!.quote.text = 'The clu'), 'items[0].quote.text', /at least 8/],
    ['quote text too long', (p) => (p.items[0]!.quote.text = 'x'.repeat(601)), 'items[0].quote.text', /at most 600/],
    ['quote not verbatim', (p) => (p.items[0]!.quote.text = 'The club was started in 2000 by Ana Ruiz'), 'items[0].quote.text', /word for word/],
    ['speaker missing', (p) => delete (p.items[0]!.quote as Partial<Pack['items'][0]['quote']>).speaker, 'items[0].quote.speaker', /missing/],
    ['speaker too long', (p) => (p.items[0]!.quote.speaker = 'x'.repeat(201)), 'items[0].quote.speaker'],
    ['verdict unknown', (p) => (p.items[0]!.verdict = any('true')), 'items[0].verdict', /"true" is not a verdict/],
    ['verdict with a capital', (p) => (p.items[0]!.verdict = any('Claim')), 'items[0].verdict'],
    ['explanation empty', (p) => (p.items[0]!.explanation = ''), 'items[0].explanation'],
    ['explanation too long', (p) => (p.items[0]!.explanation = 'x'.repeat(801)), 'items[0].explanation'],
    ['evidence empty', (p) => (p.items[0]!.evidence = []), 'items[0].evidence', /at least 1/],
    ['evidence over 12', (p) => (p.items[2]!.evidence = Array.from({ length: 13 }, () => clone(p.items[2]!.evidence[0]!))), 'items[2].evidence', /at most 12/],
    ['evidence source unknown', (p) => (p.items[0]!.evidence[0]!.source = 'delta'), 'items[0].evidence[0].source', /no source/],
    ['evidence text too short', (p) => (p.items[0]!.evidence[0]!.text = 'Ana'), 'items[0].evidence[0].text'],
    ['evidence text too long', (p) => (p.items[0]!.evidence[0]!.text = 'x'.repeat(1201)), 'items[0].evidence[0].text'],
    ['evidence not verbatim', (p) => (p.items[0]!.evidence[0]!.text = 'Ana Ruiz founded the club in 2001'), 'items[0].evidence[0].text', /word for word/],
    ['stance unknown', (p) => (p.items[0]!.evidence[0]!.stance = any('agrees')), 'items[0].evidence[0].stance'],
    ['note too long', (p) => (p.items[1]!.evidence[0]!.note = 'x'.repeat(401)), 'items[1].evidence[0].note'],
    ['skill with spaces', (p) => (p.items[0]!.skill = 'independent sources'), 'items[0].skill', /kebab-case/],
    ['skill too long', (p) => (p.items[0]!.skill = 'a'.repeat(61)), 'items[0].skill'],
    ['difficulty 4', (p) => (p.items[0]!.difficulty = any(4)), 'items[0].difficulty'],
    ['difficulty as text', (p) => (p.items[0]!.difficulty = any('2')), 'items[0].difficulty'],
    ['difficulty 2.5', (p) => (p.items[0]!.difficulty = any(2.5)), 'items[0].difficulty'],
    ['extensions not an object', (p) => (p.extensions = any([1])), 'extensions', /object/],
    ['item extensions not an object', (p) => (p.items[0]!.extensions = any('x')), 'items[0].extensions'],
    ['pack not an object', (p) => Object.setPrototypeOf(p, Array.prototype), '', /object/],
  ];
  it.each(cases)('%s is refused at the right path', (_name, mutate, path, message) => {
    if (path === '') {
      const result = validatePack([]);
      expect(result.ok).toBe(false);
      expect(result.errors[0]).toMatchObject({ path: '' });
      return;
    }
    expectRefusedAt(mutate, path, message);
  });
});

describe('unknown fields are errors, except inside extensions', () => {
  it.each([
    ['the pack', (p: Pack & Record<string, unknown>) => (p.titel = 'x'), 'titel', /did you mean "title"/],
    ['a source', (p: Pack) => ((p.sources[0] as unknown as Record<string, unknown>).autor = 'x'), 'sources[0].autor', /did you mean "author"/],
    ['an item', (p: Pack) => ((p.items[0] as unknown as Record<string, unknown>).verdikt = 'x'), 'items[0].verdikt', /did you mean "verdict"/],
    ['a quote', (p: Pack) => ((p.items[0]!.quote as unknown as Record<string, unknown>).date = 'x'), 'items[0].quote.date', /not a field of a quote/],
    ['an evidence passage', (p: Pack) => ((p.items[0]!.evidence[0] as unknown as Record<string, unknown>).extensions = {}), 'items[0].evidence[0].extensions', /not a field/],
  ] as [string, Mutation, string, RegExp][])('in %s', (_where, mutate, path, message) => {
    expectRefusedAt(mutate, path, message);
  });

  it('accepts anything inside extensions', () => {
    const pack = validPack();
    pack.extensions = { tool: { nested: { deeply: [null, true, 'x'] } }, 'odd key!': 1 };
    pack.items[0]!.extensions = { draft: { suggestedVerdict: 'claim' } };
    expect(validatePack(pack).ok).toBe(true);
  });
});

describe('lengths count Unicode code points', () => {
  it('a title of 120 emoji is valid, 121 is not', () => {
    const pack = validPack();
    pack.title = '📰'.repeat(120);
    expect(validatePack(pack).ok).toBe(true);
    pack.title = '📰'.repeat(121);
    expect(validatePack(pack).errors[0]).toMatchObject({ path: 'title' });
  });

  it('a quote of exactly 8 code points is long enough', () => {
    const pack = validPack();
    pack.items[0]!.quote.text = 'The club';
    // "The club" is 8 characters, and it occurs in the source.
    expect(validatePack(pack).errors.filter((e) => e.path === 'items[0].quote.text')).toEqual([]);
  });
});

describe('the verdict rules', () => {
  it('verified-fact: contradicting evidence is refused at that passage', () => {
    expectRefusedAt((p) => {
      p.items[0]!.evidence.push({ source: 'beta', text: 'Critics say the club has about 300 members', stance: 'contradicts' });
    }, 'items[0].evidence[1]', /cannot be "verified-fact"/);
  });

  it('verified-fact: support only from the quote’s own source is refused at the evidence', () => {
    expectRefusedAt((p) => {
      p.items[0]!.evidence = [{ source: 'alpha', text: 'The club was founded in 2000', stance: 'supports' }];
    }, 'items[0].evidence', /source other than the quote's own/);
  });

  it('verified-fact: context alone is not enough', () => {
    expectRefusedAt((p) => {
      p.items[0]!.evidence[0]!.stance = 'context';
    }, 'items[0].evidence', /needs a passage with stance "supports"/);
  });

  it('disputed: without a contradicting passage it is refused', () => {
    expectRefusedAt((p) => {
      p.items[1]!.evidence[0]!.stance = 'context';
    }, 'items[1].evidence', /at least one passage with stance "contradicts"/);
  });

  it('disputed: the quoted passage cannot contradict itself', () => {
    expectRefusedAt((p) => {
      p.items[1]!.evidence = [{ source: 'alpha', text: 'We have more than 10,000 members', stance: 'contradicts' }];
    }, 'items[1].evidence[0]', /overlaps the quoted words/);
  });

  it('disputed: a contradiction that only overlaps the quoted words (part of them) is refused too', () => {
    expectRefusedAt((p) => {
      p.items[1]!.evidence = [{ source: 'alpha', text: 'Ruiz says – though nobody has seen a list', stance: 'contradicts' }];
    }, 'items[1].evidence[0]', /overlaps the quoted words in "alpha"/);
  });

  it('disputed: a contradiction from the quote’s own source, elsewhere in it, is allowed', () => {
    const pack = validPack();
    pack.items[1]!.evidence = [{ source: 'alpha', text: 'nobody has seen a list', stance: 'contradicts' }];
    expect(validatePack(pack).errors).toEqual([]);
  });

  it('claim: contradicting evidence is refused at that passage', () => {
    expectRefusedAt((p) => {
      p.items[2]!.evidence.push({ source: 'beta', text: 'is paid by a foreign government', stance: 'contradicts' });
    }, 'items[2].evidence[1]', /cannot be "claim"/);
  });

  it('claim: support from another source is refused at that passage', () => {
    expectRefusedAt((p) => {
      p.items[2]!.evidence.push({ source: 'gamma', text: 'The club meets every Tuesday', stance: 'supports' });
    }, 'items[2].evidence[1]', /cannot be "claim"/);
  });

  it('claim: support from the quote’s own source is allowed', () => {
    const pack = validPack();
    pack.items[2]!.evidence.push({ source: 'alpha', text: 'The club meets every Tuesday.', stance: 'supports' });
    expect(validatePack(pack).errors).toEqual([]);
  });
});

describe('matching', () => {
  const source = 'He said: “It’s true” – and then… nothing.\u00A0Really\tnothing.\n\nCafé au lait. Again: “It’s true”.';
  /** The fixture pack with one more source, holding `source`, and one more evidence passage quoting `excerpt` from it. */
  function withExcerpt(excerpt: string): Pack {
    const pack = validPack();
    pack.sources.push({ id: 'delta', title: 'Delta', outlet: 'Delta Daily', published: '2020', genre: 'other', text: source });
    pack.items[2]!.evidence.push({ source: 'delta', text: excerpt, stance: 'context' });
    return pack;
  }
  function matches(excerpt: string): boolean {
    return !validatePack(withExcerpt(excerpt)).errors.some((e) => e.path === 'items[2].evidence[1].text');
  }

  it.each([
    ['straight quotes for curly ones', 'He said: "It\'s true"'],
    ['a hyphen for an en dash', '"It\'s true" - and then'],
    ['an em dash for an en dash', '"It’s true" — and then'],
    ['three dots for an ellipsis', 'and then... nothing.'],
    ['a plain space for a non-breaking space and a tab', 'nothing. Really nothing.'],
    ['a line break for a space, and runs of white space', 'Really  nothing.\n\n   Café au lait'],
    ['white space around the excerpt', '   and then… nothing.  \n'],
    ['a decomposed é for a composed one (NFC)', 'Cafe\u0301 au lait'],
  ])('accepts %s', (_name, excerpt) => {
    expect(matches(excerpt)).toBe(true);
  });

  it.each([
    ['a different letter case', 'he said: "It\'s true"'],
    ['a zero-width space, which is not white space', 'Café\u200B au lait'],
    ['a missing word', 'He said: "true" - and then'],
    ['a comma for a full stop', 'Café au lait, Again'],
  ])('refuses %s', (_name, excerpt) => {
    expect(matches(excerpt)).toBe(false);
  });

  it('applies NFC to characters that change alone (OHM SIGN is Ω) and keeps zero-width ones at the edges', () => {
    const text = normalizeWithMap('a resistor of 5 \u03A9 here');
    expect(findExcerpt(text, 'of 5 \u2126 here')).toEqual({ start: 11, end: 22 });
    expect(findExcerpt(normalizeWithMap('5 \u2126 ohm'), '5 \u03A9 ohm')).not.toBeNull();
    expect(findExcerpt(normalizeWithMap('hello world again'), '\uFEFFhello world')).toBeNull();
  });

  it('uses the first occurrence', () => {
    const result = validatePack(withExcerpt('“It’s true”'));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack.items[2]!.evidence[1]!.span.start).toBe(source.indexOf('“It’s true”'));
  });

  it('maps offsets through folded characters back to the original', () => {
    const result = validatePack(withExcerpt('and then... nothing. Really nothing.'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { start, end } = result.pack.items[2]!.evidence[1]!.span;
    expect(source.slice(start, end)).toBe('and then… nothing.\u00A0Really\tnothing.');
  });

  it('shows the closest passage of the source and where it differs', () => {
    const errors = refuse((p) => {
      p.items[0]!.quote.text = 'The club was founded in 2001 by Ana Ruiz';
    });
    const error = errors.find((e) => e.path === 'items[0].quote.text')!;
    expect(error.closest).toBe('The club was founded in 2000 by Ana Ruiz');
    expect(error.message).toMatch(/differs at "2001 by Ana Ruiz"/);
  });

  it('finds the closest passage even when the beginning differs', () => {
    const errors = refuse((p) => {
      p.items[0]!.quote.text = 'Tuesdays are when the club meets';
    });
    expect(errors.find((e) => e.path === 'items[0].quote.text')!.closest).toMatch(/club meets every Tuesday/);
  });
});

describe('warnings do not refuse a pack', () => {
  it('an item without a skill, a pack of one verdict, an unused source', () => {
    const pack = validPack();
    delete pack.items[0]!.skill;
    for (const item of pack.items) {
      item.verdict = 'claim';
      item.evidence = [{ source: item.quote.source, text: item.quote.text, stance: 'context' }];
    }
    const result = validatePack(pack);
    expect(result.ok).toBe(true);
    const paths = result.warnings.map((w) => w.path);
    expect(paths).toContain('items[0].skill');
    expect(paths).toContain('items');
    expect(paths).toContain('sources[1]');
  });
});

describe('parsePack (from the file text)', () => {
  it('names the line and column of a JSON syntax error', () => {
    const text = JSON.stringify(validPack(), null, 2).replace('"title": "A test pack",', '"title": "A test pack"');
    const result = parsePack(text);
    expect(result.ok).toBe(false);
    // Line 4 holds the title; the parser finds the missing comma where line 5 begins.
    expect(result.errors[0]).toMatchObject({ syntax: true, line: 5, column: 3 });
    expect(result.errors[0]!.message).toMatch(/expected "," or "}" after the value of "title"/);
    // Said once: the position is in the fields, not in the message as well.
    expect(result.errors[0]!.message).not.toMatch(/line|column/);
  });

  it('refuses a field given twice, which JSON.parse would hide', () => {
    const text = JSON.stringify(validPack(), null, 2).replace('"verdict": "claim",', '"verdict": "claim", "verdict": "disputed",');
    const result = parsePack(text);
    expect(result.errors[0]!.message).toMatch(/"verdict" appears twice/);
  });

  it('gives each error the line of the field at fault, or of its object when the field is missing', () => {
    const pack = validPack();
    pack.items[1]!.evidence[0]!.text = 'Critics say the club has about 3000 members';
    delete (pack.items[2] as Partial<Pack['items'][0]>).explanation;
    const text = JSON.stringify(pack, null, 2);
    const lines = text.split('\n');
    const result = parsePack(text);
    const mismatch = result.errors.find((e) => e.path === 'items[1].evidence[0].text')!;
    expect(lines[mismatch.line! - 1]).toContain('3000 members');
    const missing = result.errors.find((e) => e.path === 'items[2].explanation')!;
    expect(lines[missing.line! - 1]).toContain('{');
  });

  it.each(['', '   ', 'null', '[]', '"pack"', '{"format": "sourced-pack@1"', '{}', "{'id': 'x'}", '{"a": 1,}', '\uFEFF{}'])(
    'refuses %j with errors and no exception',
    (text) => {
      const result = parsePack(text);
      expect(result.ok).toBe(false);
      expect(result.errors.length).toBeGreaterThan(0);
      for (const e of result.errors) expect(e.message).toMatch(/\w/);
    },
  );

  it('refuses absurd nesting as a JSON error instead of overflowing the stack', () => {
    const text = `{"extensions": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const result = parsePack(text);
    expect(result.errors[0]).toMatchObject({ syntax: true });
    expect(result.errors[0]!.message).toMatch(/nested more than 256 levels/);
  });

  it('survives random junk in every field', () => {
    const junk = [null, 0, -1, 1.5, true, '', 'x', [], [null], {}, { a: 1 }, '<script>'];
    const base = validPack() as unknown as Record<string, unknown>;
    const paths: string[][] = [];
    const walk = (v: unknown, path: string[]) => {
      paths.push(path);
      if (v && typeof v === 'object') for (const [k, c] of Object.entries(v)) walk(c, [...path, k]);
    };
    walk(base, []);
    for (const path of paths.slice(1)) {
      for (const value of junk) {
        const pack = clone(base);
        let target = pack as Record<string, unknown>;
        for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
        target[path[path.length - 1]!] = value;
        const result = parsePack(JSON.stringify(pack));
        for (const e of result.errors) expect(typeof e.path).toBe('string');
      }
    }
    // A thousand-odd parses: 0.6 s alone, 7 s on a loaded machine, so Vitest's 5 s default made it fail on timing.
  }, 60_000);
});

describe('group and discussion (optional item fields)', () => {
  it('accepts a group shared by two items and a discussion question', () => {
    const pack = validPack();
    pack.items[0]!.group = 'founding';
    pack.items[2]!.group = 'founding';
    pack.items[1]!.discussion = 'Who counted the members, and how would you check?';
    const r = validatePack(pack);
    expect(r.errors).toEqual([]);
    expect(r.ok && r.pack.items[0]!.group).toBe('founding');
    expect(r.ok && r.pack.items[1]!.discussion).toMatch(/Who counted/);
    expect(r.warnings.filter((w) => w.path.endsWith('.group'))).toEqual([]);
  });

  it('refuses a group that is not a kebab-case tag', () => {
    expectRefusedAt((p) => {
      p.items[0]!.group = 'Two Tellings';
    }, 'items[0].group', /kebab-case tag/);
  });

  it('refuses a discussion question over 300 characters', () => {
    expectRefusedAt((p) => {
      p.items[0]!.discussion = 'Why? '.repeat(61);
    }, 'items[0].discussion', /too long: 305 characters, at most 300/);
  });

  it('warns about a group with a single item, which keeps nothing apart', () => {
    const pack = validPack();
    pack.items[1]!.group = 'alone';
    const r = validatePack(pack);
    expect(r.ok).toBe(true);
    expect(r.warnings).toContainEqual(expect.objectContaining({ path: 'items[1].group', message: expect.stringMatching(/only item in the group "alone"/) }));
  });
});
