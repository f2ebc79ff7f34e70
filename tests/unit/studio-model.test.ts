/** The studio's model: items from selections, undo/redo, the plain-word messages, balance, speakers, skills. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePack, REVIEW_KEY, withUnreviewedMark } from '../../src/core/pack/index.ts';
import type { Source } from '../../src/core/pack/types.ts';
import {
  addEvidence,
  addSources,
  balanceOf,
  checkDoc,
  deleteItem,
  docFromPack,
  duplicateItem,
  emptyDoc,
  excerptOf,
  fixCommand,
  historyOf,
  markReviewed,
  moveCaret,
  moveItem,
  newItemFromQuote,
  packFromDoc,
  redo,
  removeSource,
  run,
  seal,
  sentences,
  suggestSkills,
  suggestSpeakers,
  undo,
  undoLabel,
  unitAt,
  updateItem,
  updatePassage,
  type Command,
  type History,
  type StudioDoc,
} from '../../src/core/studio/index.ts';
import { ALPHA_TEXT, BETA_TEXT, GAMMA_TEXT, validPack } from './fixtures/packs.ts';

const TODAY = '2026-12-01';

function sources(): Source[] {
  const p = validPack();
  return p.sources.map((s) => ({ ...s }));
}

/** A document with the three fixture sources and nothing else. */
function docWithSources(): StudioDoc {
  return addSources(sources()).apply({ ...emptyDoc(TODAY), meta: { ...emptyDoc(TODAY).meta, title: 'Test', id: 'test' } });
}

const at = (doc: StudioDoc, sourceId: string, words: string) => {
  const s = doc.sources.find((x) => x.id === sourceId)!;
  const start = s.text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in ${sourceId}`);
  return { s, start, end: start + words.length };
};

/** Selects `words` in a source (as the reading view does), as the quote of a new item. */
function quote(doc: StudioDoc, sourceId: string, words: string, speaker = ''): { doc: StudioDoc; key: string } {
  const { s, start, end } = at(doc, sourceId, words);
  const r = excerptOf(s, start, end, 'quote');
  if (!r.ok) throw new Error(r.message);
  const cmd = newItemFromQuote(r.excerpt, speaker);
  return { key: cmd.key(doc), doc: cmd.apply(doc) };
}

function evidence(doc: StudioDoc, key: string, sourceId: string, words: string, stance: 'supports' | 'contradicts' | 'context'): StudioDoc {
  const { s, start, end } = at(doc, sourceId, words);
  const r = excerptOf(s, start, end, 'evidence');
  if (!r.ok) throw new Error(r.message);
  return addEvidence(key, r.excerpt, stance).apply(doc);
}

describe('an item made from a selection is verbatim', () => {
  it('the quote is the source slice, widened to whole words and trimmed', () => {
    const doc = docWithSources();
    const s = doc.sources[0]!;
    // From the middle of "founded" to the middle of "Ruiz", with a space before.
    const a = s.text.indexOf('unded');
    const b = s.text.indexOf('Ruiz') + 2;
    const r = excerptOf(s, b, a - 1, 'quote'); // either order
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.excerpt.text).toBe('founded in 2000 by Ana Ruiz');
    expect(s.text.slice(r.excerpt.start, r.excerpt.end)).toBe(r.excerpt.text);
    const made = newItemFromQuote(r.excerpt, 'the reporter').apply(doc);
    expect(made.items[0]!.quote).toEqual({ source: s.id, text: 'founded in 2000 by Ana Ruiz', speaker: 'the reporter' });
    expect(made.items[0]!.id).toBe('founded-in-2000-by-ana-ruiz');
  });

  it('keeps the source’s own characters: curly quotes, dashes, the ellipsis, line breaks', () => {
    const doc = docWithSources();
    const s = doc.sources[0]!;
    const start = s.text.indexOf('“We have');
    const end = s.text.indexOf('list…') + 'list…'.length;
    const r = excerptOf(s, start, end, 'evidence');
    expect(r.ok && r.excerpt.text).toBe('“We have more than 10,000 members,” Ruiz says – though nobody has seen a list…');
    const item = evidence(quote(doc, 'alpha', 'The club meets every Tuesday.').doc, 'k1', 'alpha', '“We have more than 10,000 members,” Ruiz says', 'context');
    // The whole pack written from the document passes the project's validator: every excerpt matches.
    const pack = packFromDoc(item);
    const v = validatePack({ ...pack, items: pack.items.map((it) => ({ ...it, verdict: 'claim', explanation: 'x', quote: { ...it.quote, speaker: 'the reporter' } })) });
    expect(v.errors).toEqual([]);
  });

  it('takes the closing quotation mark or bracket of an opening one it holds', () => {
    const s: Source = { ...sources()[0]!, text: 'She said the club “is empty most days” (on Sundays) and left.' };
    const r = (from: string, to: string) => {
      const a = s.text.indexOf(from);
      const x = excerptOf(s, a, s.text.indexOf(to) + to.length, 'quote');
      return x.ok ? x.excerpt.text : x.message;
    };
    expect(r('the club', 'days')).toBe('the club “is empty most days”');
    expect(r('is empty', 'days”')).toBe('“is empty most days”');
    expect(r('(on', 'Sundays')).toBe('(on Sundays)');
    expect(r('said', 'club')).toBe('said the club');
  });

  it('refuses a selection that is empty, too short or too long, saying by how much', () => {
    const s = docWithSources().sources[0]!;
    expect(excerptOf(s, 5, 5, 'quote')).toMatchObject({ ok: false, reason: 'empty' });
    const club = s.text.indexOf('club');
    expect(excerptOf(s, club, club + 4, 'quote')).toMatchObject({ ok: false, reason: 'short', length: 4, message: expect.stringMatching(/at least 8.*has 4/) });
    const long: Source = { ...s, text: 'word '.repeat(200) };
    expect(excerptOf(long, 0, 700, 'quote')).toMatchObject({ ok: false, reason: 'long', message: expect.stringMatching(/at most 600/) });
    expect(excerptOf(long, 0, 700, 'evidence').ok).toBe(true);
  });

  it('says when the same words occur earlier in the source (the game shows the first)', () => {
    const s: Source = { ...sources()[0]!, text: 'The club meets daily. Later: the club meets daily.' };
    const second = s.text.lastIndexOf('club meets daily');
    const r = excerptOf(s, second, second + 'club meets daily'.length, 'quote');
    expect(r.ok && r.earlierAt).toBe(4);
  });

  it('moves the keyboard caret by word, sentence and paragraph', () => {
    const s = docWithSources().sources[0]!;
    expect(moveCaret(s, 0, 'word', 1, 'end')).toBe(3); // "The"
    expect(moveCaret(s, 3, 'word', 1, 'end')).toBe(8); // "club"
    expect(moveCaret(s, 8, 'word', -1, 'start')).toBe(4);
    expect(moveCaret(s, 0, 'word', -1, 'start')).toBe(0); // stays
    expect(moveCaret(s, 0, 'word', 1, 'start')).toBe(4);
    const firstSentence = unitAt(s, 10, 'sentence')!;
    expect(s.text.slice(firstSentence.start, firstSentence.end)).toBe('The club was founded in 2000 by Ana Ruiz, a teacher from León.');
    const para2 = s.text.indexOf('“We');
    expect(moveCaret(s, 0, 'paragraph', 1, 'start')).toBe(para2);
    // Sentences never run across a paragraph break.
    expect(sentences(s).every((x) => !s.text.slice(x.start, x.end).includes('\n\n'))).toBe(true);
  });
});

describe('undo and redo', () => {
  const step = (h: History, c: Command) => run(h, c);

  it('undoes and redoes every kind of change, and a change after undo drops the redo', () => {
    let h = historyOf(docWithSources());
    const s0 = h.present;
    const q = quote(s0, 'alpha', 'The club meets every Tuesday.');
    h = step(h, { label: 'make a new item', apply: () => q.doc });
    h = step(h, updateItem(q.key, { verdict: 'verified-fact' }));
    h = step(h, duplicateItem(q.key));
    expect(h.present.items).toHaveLength(2);
    expect(undoLabel(h)).toBe('duplicate an item');
    h = undo(h);
    expect(h.present.items).toHaveLength(1);
    h = redo(h);
    expect(h.present.items.map((i) => i.id)).toEqual(['the-club-meets-every-tuesday', 'the-club-meets-every-tuesday-copy']);
    h = undo(undo(undo(h)));
    expect(h.present).toBe(s0);
    h = redo(h);
    expect(h.present).toBe(q.doc);
    h = step(h, deleteItem(q.key));
    expect(h.future).toEqual([]);
    expect(h.present.items).toEqual([]);
    expect(undo(h).present).toBe(q.doc);
  });

  it('typing in one field is one step; leaving the field starts another', () => {
    const q = quote(docWithSources(), 'alpha', 'The club meets every Tuesday.');
    let h = historyOf(q.doc);
    for (const text of ['B', 'Be', 'Bec', 'Because']) h = run(h, updateItem(q.key, { explanation: text }));
    expect(h.past).toHaveLength(1);
    h = seal(h);
    h = run(h, updateItem(q.key, { explanation: 'Because two' }));
    expect(h.past).toHaveLength(2);
    expect(undo(h).present.items[0]!.explanation).toBe('Because');
    expect(undo(undo(h)).present.items[0]!.explanation).toBe('');
  });

  it('a command that changes nothing adds no step', () => {
    const q = quote(docWithSources(), 'alpha', 'The club meets every Tuesday.');
    const h = historyOf(q.doc);
    expect(run(h, updateItem(q.key, { explanation: '' }))).toBe(h);
    expect(run(h, moveItem(q.key, 0))).toBe(h);
  });

  it('removing a source takes its passages with it, and undo brings them back', () => {
    let doc = quote(docWithSources(), 'alpha', 'The club meets every Tuesday.').doc;
    doc = evidence(doc, 'k1', 'gamma', 'The club meets every Tuesday, she said.', 'supports');
    const h = run(historyOf(doc), removeSource('gamma'));
    expect(h.present.items[0]!.evidence).toEqual([]);
    expect(undo(h).present.items[0]!.evidence).toHaveLength(1);
  });
});

describe('live checking in plain words', () => {
  it('an incomplete item says what is missing, in the studio’s words', () => {
    const doc = quote(docWithSources(), 'alpha', 'The club meets every Tuesday.').doc;
    const r = checkDoc(doc);
    const texts = r.byItem.k1!.map((m) => m.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Who says this\?/),
        'Choose a verdict: Claim, Verified fact or Disputed.',
        expect.stringMatching(/^Write the explanation/),
        expect.stringMatching(/^No evidence yet: select a passage/),
      ]),
    );
    // No JSON in the words.
    for (const m of r.messages) expect(m.text).not.toMatch(/items\[|"verified-fact"|evidence\[/);
    expect(r.ok).toBe(false);
  });

  it('verified fact without support elsewhere: the issue’s own sentence, and a fix that makes it a claim', () => {
    let { doc, key } = quote(docWithSources(), 'alpha', 'The club meets every Tuesday.', 'the reporter');
    doc = evidence(doc, key, 'alpha', 'The club was founded in 2000 by Ana Ruiz', 'context');
    doc = updateItem(key, { verdict: 'verified-fact', explanation: 'Two sources.', skill: 'independent-sources' }).apply(doc);
    const r = checkDoc(doc);
    const m = r.byItem[key]!.find((x) => x.target.kind === 'item' && x.target.field === 'evidence')!;
    expect(m.text).toBe('Verified fact needs a supporting passage from another source: add one, or make it a claim.');
    expect(m.fixes).toEqual([{ kind: 'set-verdict', item: key, verdict: 'claim', label: 'Make it a claim' }]);
    const fixed = fixCommand(m.fixes[0]!).apply(doc);
    expect(checkDoc(fixed).ok).toBe(true);
  });

  it('a contradicting passage under "claim": make it disputed, or mark the passage as context', () => {
    let { doc, key } = quote(docWithSources(), 'alpha', '“We have more than 10,000 members,” Ruiz says', 'Ana Ruiz');
    doc = evidence(doc, key, 'beta', 'Critics say the club has about 300 members', 'contradicts');
    doc = updateItem(key, { verdict: 'claim', explanation: 'x', skill: 'self-reported-numbers' }).apply(doc);
    const m = checkDoc(doc).byItem[key]!.find((x) => x.severity === 'error')!;
    expect(m.text).toMatch(/^Passage 1 \(from “Beta article”\) contradicts the quote, so this cannot be a claim/);
    expect(m.fixes.map((f) => f.label)).toEqual(['Make it disputed', 'Mark passage 1 as context']);
    expect(m.target).toEqual({ kind: 'item', key, field: 'evidence', passage: doc.items[0]!.evidence[0]!.key });
    expect(checkDoc(fixCommand(m.fixes[0]!).apply(doc)).ok).toBe(true);
    expect(checkDoc(fixCommand(m.fixes[1]!).apply(doc)).ok).toBe(true);
  });

  it('a supporting passage from elsewhere under "claim" offers "verified fact"; disputed without contradiction offers the other verdicts', () => {
    let { doc, key } = quote(docWithSources(), 'alpha', 'The club meets every Tuesday.', 'the reporter');
    doc = evidence(doc, key, 'gamma', 'The club meets every Tuesday, she said.', 'supports');
    doc = updateItem(key, { verdict: 'claim', explanation: 'x', skill: 'independent-sources' }).apply(doc);
    let m = checkDoc(doc).byItem[key]!.find((x) => x.severity === 'error')!;
    expect(m.text).toMatch(/supports the quote from another source, so this cannot be a claim/);
    expect(m.fixes[0]).toMatchObject({ verdict: 'verified-fact' });
    doc = updateItem(key, { verdict: 'disputed' }).apply(doc);
    m = checkDoc(doc).byItem[key]!.find((x) => x.severity === 'error')!;
    expect(m.text).toBe('Disputed needs a passage that contradicts the quote: add one with the stance “contradicts”, or make it a verified fact.');
  });

  it('a passage that is the quote itself cannot contradict it; a quote that is not verbatim shows the closest passage and a fix', () => {
    let { doc, key } = quote(docWithSources(), 'alpha', 'The club meets every Tuesday.', 'the reporter');
    doc = evidence(doc, key, 'alpha', 'The club meets every Tuesday.', 'contradicts');
    doc = updateItem(key, { verdict: 'disputed', explanation: 'x', skill: 'check-dates' }).apply(doc);
    const m = checkDoc(doc).byItem[key]!.find((x) => x.severity === 'error')!;
    expect(m.text).toMatch(/is the quoted words themselves: a statement cannot contradict itself/);
    expect(m.fixes[0]!.kind).toBe('remove-passage');

    const opened = docFromPack({ ...validPack(), items: [{ ...validPack().items[0]!, quote: { source: 'alpha', text: 'The club was founded in 2001 by Ana Ruiz', speaker: 'x' } }] }, TODAY);
    if ('error' in opened) throw new Error(opened.error);
    const q = checkDoc(opened.doc).messages.find((x) => x.target.kind === 'item' && x.target.field === 'quote')!;
    expect(q.text).toMatch(/^The quote is not word for word in “Alpha article”\. The closest passage there is “The club was founded in 2000 by Ana Ruiz”/);
    expect(q.fixes[0]).toMatchObject({ kind: 'use-closest', text: 'The club was founded in 2000 by Ana Ruiz' });
    expect(checkDoc(fixCommand(q.fixes[0]!).apply(opened.doc)).messages.filter((x) => x.severity === 'error')).toEqual([]);
  });

  it('pack and source details read as sentences; an unused source is named by its title', () => {
    const doc = docWithSources();
    const texts = checkDoc({ ...doc, meta: { ...doc.meta, title: '' }, sources: doc.sources.map((s, i) => (i === 0 ? { ...s, published: '25 March' } : s)) }).messages.map((m) => m.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Give the pack a title: it is shown on the pack’s card.',
        '“Alpha article”: write the date it was published as YYYY, YYYY-MM or YYYY-MM-DD (2013, 2013-03 or 2013-03-25).',
        'Make at least one item: select words in a source and choose “Make this the quote”.',
        'No item uses “Beta article” yet: take a quote or a passage from it, or remove it.',
      ]),
    );
  });

  it('every issue of a broken pack is said somewhere, none as a bare path', () => {
    const p = validPack() as unknown as Record<string, unknown> & { items: Record<string, unknown>[] };
    p.items[0]!.skill = 'Not A Tag';
    p.items[1]!.group = 'lonely';
    p.items[2]!.id = p.items[0]!.id;
    const opened = docFromPack(p, TODAY);
    if ('error' in opened) throw new Error(opened.error);
    const r = checkDoc(opened.doc);
    const v = validatePack(packFromDoc(opened.doc));
    expect(r.messages.length).toBeGreaterThanOrEqual(v.errors.length + v.warnings.length);
    expect(r.messages.map((m) => m.text)).toEqual(
      expect.arrayContaining([
        'The skill must be a short tag of lowercase words joined by hyphens, such as “check-dates”.',
        expect.stringMatching(/^No other item is in the group “lonely”/),
        expect.stringMatching(/^Another item already has the id/),
      ]),
    );
    const skillFix = r.messages.find((m) => m.text.startsWith('The skill'))!.fixes[0]!;
    expect(skillFix).toMatchObject({ field: 'skill', value: 'not-a-tag' });
  });
});

describe('the review mark', () => {
  it('a pack marked as a draft opens with each item marked; checking one removes its mark only', () => {
    const p = validPack();
    p.extensions = withUnreviewedMark(undefined, 'sourced draft');
    const opened = docFromPack(p, TODAY);
    if ('error' in opened) throw new Error(opened.error);
    const { doc } = opened;
    expect(doc.meta.extensions).toBeUndefined();
    expect(doc.items.every((it) => it.extensions?.[REVIEW_KEY])).toBe(true);
    expect(opened.notes.join(' ')).toMatch(/marked "not reviewed" on its own/);
    const r = checkDoc(doc);
    expect(r.byItem[doc.items[0]!.key]!.find((m) => m.fixes.some((f) => f.kind === 'mark-reviewed'))!.text).toMatch(/^Not reviewed yet/);
    const after = markReviewed(doc.items[0]!.key).apply(doc);
    expect(after.items[0]!.extensions?.anything).toBeUndefined();
    expect(after.items[0]!.extensions?.[REVIEW_KEY]).toBeUndefined();
    expect(after.items[1]!.extensions).toMatchObject({ anything: { goes: [1, 2, 3] }, [REVIEW_KEY]: { status: 'unreviewed' } });
    // The file keeps the marks: validate warns.
    expect(validatePack(packFromDoc(after)).warnings.some((w) => w.message.includes('not reviewed'))).toBe(true);
  });
});

describe('opening any pack', () => {
  it('the first pack round-trips through the document unchanged', () => {
    const p = JSON.parse(readFileSync('content/packs/dprk-man-in-the-west.pack.json', 'utf8'));
    const opened = docFromPack(p, TODAY);
    if ('error' in opened) throw new Error(opened.error);
    expect(packFromDoc(opened.doc)).toEqual(p);
    expect(opened.notes).toEqual([]);
  });

  it('keeps what it can of a broken pack and names what it dropped', () => {
    const opened = docFromPack({ title: 'T', sources: [{ id: 'a', text: 'Some text here.', titel: 'typo' }, 'junk'], items: [{ id: 'x', verdict: 'maybe', evidence: [{ source: 'a', text: 'Some text', stance: 'agrees' }] }] }, TODAY);
    if ('error' in opened) throw new Error(opened.error);
    expect(opened.doc.sources).toHaveLength(1);
    expect(opened.doc.items[0]!.evidence[0]!.stance).toBe('context');
    expect(opened.notes).toEqual(
      expect.arrayContaining([
        'Source 1: the field "titel" is not part of the pack format and was not kept.',
        'Source 2 has no text and was not kept.',
        'Item 1: the verdict "maybe" is not one of the format\'s and was left out.',
      ]),
    );
    expect(docFromPack([1, 2], TODAY)).toEqual({ error: expect.stringMatching(/not a pack/) });
  });
});

describe('balance', () => {
  it('counts verdicts, sources and speakers, and warns when one speaker’s quotes are all one verdict', () => {
    let doc = docWithSources();
    const add = (words: string, speaker: string, verdict: 'claim' | 'disputed' | 'verified-fact', src = 'alpha') => {
      const q = quote(doc, src, words, speaker);
      doc = updateItem(q.key, { verdict }).apply(q.doc);
    };
    add('“We have more than 10,000 members,” Ruiz says', 'Ana Ruiz', 'disputed');
    add('She adds that the club receives no money from anyone.', 'ana ruiz', 'disputed');
    add('The club meets every Tuesday.', 'the reporter', 'verified-fact');
    const b = balanceOf(doc);
    expect(b.verdicts).toEqual({ claim: 0, 'verified-fact': 1, disputed: 2 });
    expect(b.sources.map((s) => [s.id, s.quotes])).toEqual([['alpha', 3], ['beta', 0], ['gamma', 0]]);
    expect(b.speakers[0]).toMatchObject({ speaker: 'Ana Ruiz', items: 2 });
    expect(b.warnings.map((w) => w.text)).toEqual(
      expect.arrayContaining([
        'All 2 quotes of Ana Ruiz are disputed: a player would learn to judge the speaker, not the statement. Add a quote of Ana Ruiz with another verdict, or quote someone else.',
        expect.stringMatching(/^No item is claims yet/),
      ]),
    );
    add('Ana Ruiz founded the club in 2000', 'Ana Ruiz', 'claim', 'beta');
    expect(balanceOf(doc).warnings.some((w) => w.text.includes('quotes of Ana Ruiz'))).toBe(false);
  });
});

describe('suggestions for the speaker and the skill', () => {
  it('names near the quote, attributed ones first, in full; "the reporter" always', () => {
    const s = docWithSources().sources[0]!;
    const start = ALPHA_TEXT.indexOf('“We have');
    const got = suggestSpeakers(s, { start, end: start + 35 });
    expect(got[0]).toBe('Ana Ruiz');
    expect(got).toContain('the reporter');
    const beta = docWithSources().sources[1]!;
    const b = BETA_TEXT.indexOf('Critics');
    expect(suggestSpeakers(beta, { start: b, end: BETA_TEXT.length })).toContain('Ana Ruiz');
    expect(GAMMA_TEXT).toContain('Ruiz');
  });

  it('the pack’s own skills first, most used first, then the game’s, filtered by what is typed', () => {
    let doc = docWithSources();
    for (const [w, skill] of [['The club meets every Tuesday.', 'tuesday-check'], ['She adds that the club receives no money', 'tuesday-check'], ['The club was founded in 2000', 'check-dates']] as const) {
      const q = quote(doc, 'alpha', w);
      doc = updateItem(q.key, { skill }).apply(q.doc);
    }
    const all = suggestSkills(doc).map((s) => s.skill);
    expect(all.slice(0, 2)).toEqual(['tuesday-check', 'check-dates']);
    expect(all).toContain('compare-numbers');
    expect(suggestSkills(doc, 'self').map((s) => s.skill)).toEqual(['self-contradiction', 'self-reported-numbers']);
    expect(suggestSkills(doc, 'check').map((s) => s.skill)[0]).toBe('check-dates');
  });

  it('the skills that fit the item’s verdict come first', () => {
    let { doc, key } = quote(docWithSources(), 'alpha', '“We have more than 10,000 members,” Ruiz says');
    doc = updateItem(key, { verdict: 'claim' }).apply(doc);
    expect(suggestSkills(doc, '', key)[0]!.skill).toBe('self-reported-numbers');
    doc = updateItem(key, { verdict: 'disputed' }).apply(doc);
    expect(suggestSkills(doc, '', key).slice(0, 2).map((s) => s.skill)).toEqual(['compare-numbers', 'check-dates']);
  });
});

describe('passages', () => {
  it('adding the same passage twice changes its stance instead; notes are kept and emptied', () => {
    let { doc, key } = quote(docWithSources(), 'alpha', 'The club meets every Tuesday.');
    doc = evidence(doc, key, 'gamma', 'The club meets every Tuesday, she said.', 'supports');
    doc = evidence(doc, key, 'gamma', 'The club meets every Tuesday, she said.', 'context');
    expect(doc.items[0]!.evidence).toEqual([{ key: 'k2', source: 'gamma', text: 'The club meets every Tuesday, she said.', stance: 'context' }]);
    doc = updatePassage(key, 'k2', { note: 'Same day.' }).apply(doc);
    expect(doc.items[0]!.evidence[0]!.note).toBe('Same day.');
    doc = updatePassage(key, 'k2', { note: '' }).apply(doc);
    expect('note' in doc.items[0]!.evidence[0]!).toBe(false);
  });
});
