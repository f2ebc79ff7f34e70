/**
 * Round-two rules of the draft generator, each on small texts planted here (invented towns,
 * people and figures): clauses of long sentences, antonyms, counter-examples to "never" and
 * "everyone", and the candidate passages kept for the author.
 */
import { describe, expect, it } from 'vitest';
import { analyseSource, draftPack } from '../../src/core/draft/index.ts';
import { clausesOf } from '../../src/core/draft/clauses.ts';
import { validatePack, type Source } from '../../src/core/pack/index.ts';

let n = 0;
function source(text: string, published = '2031-02-01', outlet?: string): Source {
  n++;
  return { id: `r${n}-${published.slice(0, 4)}`, title: outlet ?? `Outlet ${n}`, outlet: outlet ?? `Outlet ${n}`, published, genre: 'news-report', text };
}
const spans = (text: string) => clausesOf(text).map((c) => text.slice(c.start, c.end));

describe('clauses of a long sentence', () => {
  const long =
    'The Velmar ferry company faces virtually no competition on the northern route \u2013 whilst a few fishermen have at times carried passengers to the islands (the harbour master says they need no licence to do so), the company has still raised its fares every spring since the bridge closed.';

  it('splits at a dash, around a parenthesis holding a clause, and before a comma that opens a new clause', () => {
    expect(spans(long)).toEqual([
      'The Velmar ferry company faces virtually no competition on the northern route',
      'whilst a few fishermen have at times carried passengers to the islands',
      'the harbour master says they need no licence to do so',
      'the company has still raised its fares every spring since the bridge closed.',
    ]);
    // Each clause is verbatim, and says whether it can be read alone.
    expect(clausesOf(long).map((c) => c.standalone)).toEqual([true, false, true, true]);
  });

  it('does not split a list, even one whose last item is followed by a verb', () => {
    const list = 'Shop owners, ferry pilots, fishermen, and the harbour master are in close agreement on the harsh winter that Velmar has just been through, and on what it cost the town.';
    expect(spans(list)).toHaveLength(1);
    expect(spans('For the council, a good town means housing, clean water, free schools, and a harbour that works every day of the year in all weathers.')).toHaveLength(1);
  });

  it('a short sentence is one clause', () => {
    expect(spans('The ferry left at noon, and the fishermen followed it.')).toEqual(['The ferry left at noon, and the fishermen followed it.']);
  });

  it('a clause reads its own denials: a negation does not reach into the next clause', () => {
    const [sentence, ...clauses] = analyseSource(source(long), 0, 0).units;
    expect(sentence!.clauses).toHaveLength(4);
    const [first, , , last] = clauses;
    expect(first!.negated.has('competit')).toBe(true);
    expect(last!.negated.size).toBe(0);
    expect(last!.text).toBe('the company has still raised its fares every spring since the bridge closed.');
    // A clause keeps the sentence's speaker and paragraph; one that cannot be read alone is never a quote.
    expect(clauses.every((c) => c.parent === sentence!.id && c.sentence === sentence!.sentence)).toBe(true);
    expect(clauses[1]!.score).toBe(0);
  });

  it('a draft quotes the clause, not the whole sentence, and shows a clause as evidence', () => {
    const a = source(long, '2031-02-01', 'Velmar Post');
    const b = source('The Velmar ferry company has raised its fares every spring since the bridge closed, the harbour master said.', '2031-03-01', 'Island Times');
    const { pack } = draftPack([a, b], { updated: '2031-06-01' });
    expect(validatePack(JSON.parse(JSON.stringify(pack))).errors).toEqual([]);
    expect(pack.items.some((i) => i.quote.text === long)).toBe(false);
    const fares = pack.items.find((i) => i.quote.source === b.id)!;
    expect(fares.evidence.some((e) => e.text === 'the company has still raised its fares every spring since the bridge closed.')).toBe(true);
  });
});
