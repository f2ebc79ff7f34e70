/**
 * The first pack, as issue 12 asks for it: valid, big and balanced enough, drawn from all five
 * articles, carrying the corpus texts unchanged; a verdict the speaker does not give away;
 * explanations a 14-year-old can read, each ending with a check they can reuse; mirror pairs
 * that never share a round.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSourceDocument } from '../../src/core/corpus/index.ts';
import { parsePack, VERDICTS, type CompiledPack, type Verdict } from '../../src/core/pack/index.ts';
import { createSession } from '../../src/core/session/index.ts';
import { MAX_GRADE, readingGrade, SPEAKER_KEY, speakerKinds, type SpeakerKind } from '../../tools/commands/pack-report.ts';

const FILE = 'content/packs/dprk-man-in-the-west.pack.json';
const result = parsePack(readFileSync(FILE, 'utf8'));
const pack = (result.ok ? result.pack : undefined) as CompiledPack;
const { kinds, problems } = speakerKinds(pack);

const itemsOf = (kind: SpeakerKind) => pack.items.filter((i) => kinds.get(i.id) === kind);
const count = (items: readonly { verdict: Verdict }[], v: Verdict) => items.filter((i) => i.verdict === v).length;
/** Map.groupBy, which Node 20 lacks. */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}
/** The explanation's closing check: everything from its last "Check: ". */
const checkOf = (explanation: string) => /Check: ([^]*)$/.exec(explanation)?.[1];

describe('the first pack', () => {
  it('validates without errors or warnings', () => {
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('has at least 70 items and at least 20 of each verdict', () => {
    expect(pack.items.length).toBeGreaterThanOrEqual(70);
    for (const verdict of VERDICTS) expect(count(pack.items, verdict), verdict).toBeGreaterThanOrEqual(20);
  });

  it('quotes all five articles', () => {
    const quoted = new Set(pack.items.map((i) => i.quote.source));
    expect([...quoted].sort()).toEqual(pack.sources.map((s) => s.id).sort());
    expect(quoted.size).toBe(5);
  });

  it('gives every item a skill and a difficulty, and the difficulties range from 1 to 3', () => {
    for (const item of pack.items) {
      expect(item.skill, item.id).toMatch(/\w/);
      expect(item.difficulty, item.id).toBeDefined();
    }
    expect(new Set(pack.items.map((i) => i.difficulty))).toEqual(new Set([1, 2, 3]));
  });

  it('carries each corpus article unchanged as its source', () => {
    const dir = 'content/corpus';
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(files).toHaveLength(5);
    for (const file of files) {
      const { source } = parseSourceDocument(readFileSync(`${dir}/${file}`, 'utf8'), file.replace(/\.txt$/, ''));
      const inPack = pack.sources.find((s) => s.id === source.id);
      expect(inPack, source.id).toBeDefined();
      expect(inPack!.text).toBe(source.text);
      expect({ ...inPack, text: '' }).toEqual({ ...source, text: '' });
    }
  });
});

describe('the speaker does not give the verdict away', () => {
  it('declares a speaker kind for every item', () => {
    expect(problems).toEqual([]);
    expect(pack.items.filter((i) => !kinds.has(i.id)).map((i) => i.id)).toEqual([]);
  });

  it("the subject's quotes and the reporters' quotes each have every verdict for at least 20% of them", () => {
    for (const kind of ['subject', 'reporter'] as const) {
      const items = itemsOf(kind);
      expect(items.length, kind).toBeGreaterThanOrEqual(15);
      for (const v of VERDICTS) expect(count(items, v) / items.length, `${kind}: ${v}`).toBeGreaterThanOrEqual(0.2);
    }
  });

  it('critics and experts are each quoted with at least two verdicts, and so is every critic or expert quoted twice or more', () => {
    for (const kind of ['critic', 'expert'] as const) {
      expect(new Set(itemsOf(kind).map((i) => i.verdict)).size, kind).toBeGreaterThanOrEqual(2);
      const bySpeaker = groupBy(itemsOf(kind), (i) => i.extensions![SPEAKER_KEY] as string);
      for (const [who, items] of bySpeaker) {
        if (items.length >= 2) expect(new Set(items.map((i) => i.verdict)).size, who).toBeGreaterThanOrEqual(2);
      }
    }
  });
});

describe('explanations', () => {
  it(`read at grade ${MAX_GRADE} or below (Flesch-Kincaid)`, () => {
    const hard = pack.items.map((i) => ({ id: i.id, grade: readingGrade(i.explanation) })).filter((g) => g.grade > MAX_GRADE);
    expect(hard).toEqual([]);
  });

  it('stay short enough for a phone: 75 words or fewer', () => {
    const long = pack.items.filter((i) => i.explanation.split(/\s+/).filter(Boolean).length > 75).map((i) => i.id);
    expect(long).toEqual([]);
  });

  it('end with a check a student can reuse on any article: no names, no numbers, a few words', () => {
    for (const item of pack.items) {
      const check = checkOf(item.explanation);
      expect(check, item.id).toBeDefined();
      expect(check, item.id).toMatch(/^[a-z"“].*[.?!]["”]?$/);
      expect(check!.split(/\s+/).length, item.id).toBeLessThanOrEqual(16);
      expect(check, item.id).not.toMatch(/\d/);
      // After the first word of each sentence, no capital: no person, outlet or country.
      for (const sentence of check!.split(/(?<=[.?!]["”]?)\s+/)) {
        expect(sentence.split(/\s+/).slice(1).filter((w) => /^["“]?[A-Z]/.test(w) && w !== 'I'), `${item.id}: ${sentence}`).toEqual([]);
      }
    }
  });

  it('checks are reusable: each one closes at least two items', () => {
    const uses = groupBy(pack.items, (i) => checkOf(i.explanation));
    const once = [...uses].filter(([, items]) => items.length < 2).map(([check, [item]]) => `${item!.id}: ${check}`);
    // A few checks fit one item only; most should recur, or they are not habits but answers.
    expect(once.length, once.join('\n')).toBeLessThanOrEqual(8);
  });

  it('for a claim, say that a claim is not false, and how to check it outside the pack', () => {
    for (const item of pack.items.filter((i) => i.verdict === 'claim')) {
      expect(item.explanation, item.id).toMatch(/Claim does not mean false/);
      expect(item.explanation, item.id).toMatch(/outside this pack/);
    }
  });
});

describe('items that give each other away never share a round', () => {
  const mirrors = [
    ['delegate-since-2002', 'delegate-since-2012'],
    ['not-a-single-cent', 'only-one-paid', 'strictly-honorary', 'only-non-korean-employee'],
    ['no-camps', 'amnesty-camps-expanding'],
    ['kfa-members-10000', 'kfa-members-17000', 'joined-for-fun'],
    ['border-crossings', 'nobody-wants-to-leave'],
  ];

  it.each(mirrors)('%s and its mirrors share a group', (...ids) => {
    const groups = ids.map((id) => pack.items.find((i) => i.id === id)?.group);
    expect(groups[0], ids[0]).toBeDefined();
    expect(new Set(groups)).toEqual(new Set([groups[0]]));
  });

  it('every group has at least two items', () => {
    const sizes = groupBy(pack.items.filter((i) => i.group), (i) => i.group!);
    for (const [group, items] of sizes) expect(items.length, group).toBeGreaterThanOrEqual(2);
  });

  it('no quick round or whole game holds two items of one group', () => {
    for (let seed = 1; seed <= 40; seed++) {
      for (const mode of ['quick', 'whole'] as const) {
        const order = createSession(pack, mode, { seed, askConfidence: false }).order;
        const groups = order.map((id) => pack.items.find((i) => i.id === id)!.group).filter((g) => g !== undefined);
        expect(new Set(groups).size, `${mode} ${seed}`).toBe(groups.length);
      }
    }
  });
});
