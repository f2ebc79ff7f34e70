import { describe, expect, it } from 'vitest';
import { keyWordRanges, paragraphsWithSpan, segments } from '../../src/ui/highlight';
import { formatDate, percent, shortQuote, skillLabel, VERDICT_LABEL, VERDICT_MEANING } from '../../src/ui/labels';

const marked = (text: string, quote: string) =>
  segments(text, keyWordRanges(text, quote))
    .filter((s) => s.mark)
    .map((s) => s.text);

describe('key-word highlighting', () => {
  it('marks words shared with the quote and every number', () => {
    const quote = 'the KFA claims to have more than 10,000 members in 120 countries';
    const passage = "Though it's unclear how many members they have, the group says 17,000 members from 125 countries.";
    expect(marked(passage, quote)).toEqual(['members', '17,000 members', '125 countries']);
  });

  it('ignores short and common words', () => {
    expect(marked('and the that with from', 'and the that with from')).toEqual([]);
  });

  it('is case-insensitive and ignores possessives', () => {
    expect(marked("Korea's ministry", 'North Korea and its Ministry')).toEqual(["Korea's ministry"]);
  });

  it('keeps trailing punctuation out of a marked number', () => {
    expect(marked('In 2013, he left.', 'nothing shared')).toEqual(['2013']);
  });

  it('round-trips the text exactly', () => {
    const text = 'A <b>tag</b> & “quotes” 2024 — and more';
    const segs = segments(text, keyWordRanges(text, 'tag quotes'));
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });
});

describe('source paragraphs with the passage marked', () => {
  const text = 'First para here.\n\nSecond para has the passage in it.\n\nThird.';
  it('splits on blank lines and marks only the span', () => {
    const start = text.indexOf('the passage');
    const paras = paragraphsWithSpan(text, { start, end: start + 'the passage'.length });
    expect(paras).toHaveLength(3);
    expect(paras.map((p) => p.hasMark)).toEqual([false, true, false]);
    expect(paras[1]!.segments.find((s) => s.mark)!.text).toBe('the passage');
  });

  it('marks a span that crosses a paragraph break in each part', () => {
    const start = text.indexOf('here.');
    const end = text.indexOf('Second') + 'Second'.length;
    const paras = paragraphsWithSpan(text, { start, end });
    expect(paras[0]!.segments.find((s) => s.mark)!.text).toBe('here.');
    expect(paras[1]!.segments.find((s) => s.mark)!.text).toBe('Second');
  });

  it('works without a span', () => {
    expect(paragraphsWithSpan(text, null).every((p) => !p.hasMark)).toBe(true);
  });
});

describe('labels', () => {
  it('uses the exact answer names', () => {
    expect(Object.values(VERDICT_LABEL)).toEqual(['Claim', 'Verified fact', 'Disputed']);
    for (const m of Object.values(VERDICT_MEANING)) expect(m.length).toBeLessThan(80);
  });

  it('formats the three date precisions', () => {
    expect(formatDate('2013-03-25')).toBe('25 March 2013');
    expect(formatDate('2013-07')).toBe('July 2013');
    expect(formatDate('2010')).toBe('2010');
    expect(formatDate('not a date')).toBe('not a date');
  });

  it('formats percentages and skills', () => {
    expect(percent(0.3333)).toBe('33%');
    expect(percent(null)).toBe('–');
    expect(skillLabel('self-reported-numbers')).toBe('Self-reported numbers');
    expect(skillLabel('check-dates')).toBe('Check dates');
    expect(skillLabel('denial_vs_evidence')).toBe('Denial vs evidence');
    expect(skillLabel('non-answers')).toBe('Non-answers');
  });

  it('quotes an excerpt once, even when it opens with its own quotation mark', () => {
    expect(shortQuote('the only paid member')).toBe('“the only paid member”');
    expect(shortQuote('“He’s a businessman,” Cao says')).toBe('“He’s a businessman,” Cao says');
    expect(shortQuote('x'.repeat(200), 10)).toBe('“xxxxxxx…”');
  });
});
