import { describe, expect, it } from 'vitest';
import { encodeTextTerm, textDirective, textFragmentUrl } from '../../src/ui/text-fragment.ts';

/** What a browser does with a text directive term: percent-decoding (the spec's own step). */
const decodeTerm = (t: string) => decodeURIComponent(t);

describe('text fragments', () => {
  it('escapes the directive’s own syntax (- , &) besides what encodeURIComponent does', () => {
    expect(encodeTextTerm('self-styled, unpaid & proud')).toBe('self%2Dstyled%2C%20unpaid%20%26%20proud');
    expect(encodeTextTerm('50% of “members”')).toBe('50%25%20of%20%E2%80%9Cmembers%E2%80%9D');
    expect(encodeTextTerm('Benós #1?')).toBe('Ben%C3%B3s%20%231%3F');
    for (const t of ['a-b', 'x,y', 'p&q', '100%', 'naïve ¿qué?']) expect(decodeTerm(encodeTextTerm(t))).toBe(t);
  });

  it('gives a short passage whole, without the punctuation at its ends', () => {
    expect(textDirective('“He is a businessman,”')).toBe('text=He%20is%20a%20businessman');
    expect(textDirective('  the   KFA claims\tmembers ')).toBe('text=the%20KFA%20claims%20members');
  });

  it('gives a long passage by its first and last five words (start,end form)', () => {
    const passage =
      'the KFA claims to have more than 10,000 members in 120 countries, although it is unclear how many of them are active.';
    const d = textDirective(passage)!;
    expect(d).toBe('text=the%20KFA%20claims%20to%20have,many%20of%20them%20are%20active');
    const [start, end] = d.slice('text='.length).split(',').map(decodeTerm);
    expect(passage.startsWith(start!)).toBe(true);
    expect(passage.endsWith(`${end}.`)).toBe(true);
  });

  it('uses the start,end form for a passage that runs over a paragraph break', () => {
    expect(textDirective('He said so.\n\nThen he left.')).toBe('text=He%20said%20so,Then%20he%20left');
  });

  it('never lets the start and end overlap', () => {
    const d = textDirective('one two three four five six seven eight nine ten eleven')!;
    const [start, end] = d.slice(5).split(',').map(decodeTerm);
    expect(start).toBe('one two three four five');
    expect(end).toBe('seven eight nine ten eleven');
  });

  it('builds the link, keeping a fragment and replacing an old directive', () => {
    expect(textFragmentUrl('https://example.org/a?b=1', 'a short passage')).toBe('https://example.org/a?b=1#:~:text=a%20short%20passage');
    expect(textFragmentUrl('https://example.org/a#part-2', 'a short passage')).toBe('https://example.org/a#part-2:~:text=a%20short%20passage');
    expect(textFragmentUrl('https://example.org/a#:~:text=old', 'new words')).toBe('https://example.org/a#:~:text=new%20words');
    expect(textFragmentUrl('https://example.org/', ' — … ')).toBeNull();
  });
});
