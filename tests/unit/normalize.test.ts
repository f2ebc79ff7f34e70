/**
 * The fast normaliser (src/core/pack/normalize.ts) against the definition written the plain
 * way: cluster by cluster, one map entry per character. Same text, same map, on the tricky
 * characters and on random mixes of them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findExcerpt, normalizeExcerpt, normalizeWithMap } from '../../src/core/pack/index.ts';

const FOLD: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u201C': '"', '\u201D': '"', '\u2013': '-', '\u2014': '-', '\u2026': '...' };

function reference(original: string): { text: string; starts: number[]; ends: number[] } {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let inSpace = false;
  const cluster = /[^]\p{M}*[\u1160-\u11FF]*\p{M}*/gu;
  for (let m = cluster.exec(original); m !== null; m = cluster.exec(original)) {
    const c = m[0];
    const start = m.index;
    const end = start + c.length;
    if (/\p{White_Space}/u.test(c[0]!)) {
      if (inSpace) ends[ends.length - 1] = end;
      else {
        out.push(' ');
        starts.push(start);
        ends.push(end);
        inSpace = true;
      }
      continue;
    }
    inSpace = false;
    let piece = '';
    for (const ch of c.normalize('NFC')) piece += FOLD[ch] ?? ch;
    for (const ch of piece) {
      for (let k = 0; k < ch.length; k++) {
        out.push(ch[k]!);
        starts.push(start);
        ends.push(end);
      }
    }
  }
  return { text: out.join(''), starts, ends };
}

const PIECES = [
  'a', 'Z', '.', ' ', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2009', '\u3000', '\u200b', '\ufeff', '\u0085', '\u1680', '\u2028',
  '\u2018', '\u2019', '\u201c', '\u201d', '\u2013', '\u2014', '\u2026', 'e\u0301', '\u0301', ' \u0301', '\u212b', '\u2126', '\uf900', '\u037e', '\u00e9', 'A\u030a',
  '\u1100\u1161', '\u1161', '\uac00\u11a8', '\ud83d\ude00', '\ud83d', '\ude00', '\u4e00', '\u2010', '\u2070', 'x\u0323\u0307',
];

function expectSame(s: string): void {
  const want = reference(s);
  const got = normalizeWithMap(s);
  expect(got.text).toBe(want.text);
  expect([...got.starts]).toEqual(want.starts);
  expect([...got.ends]).toEqual(want.ends);
  for (let k = 0; k < want.text.length; k++) {
    expect([got.startOf(k), got.endOf(k)]).toEqual([want.starts[k], want.ends[k]]);
  }
  expect(normalizeExcerpt(s)).toBe(want.text.replace(/^ +| +$/g, ''));
}

describe('normalizeWithMap', () => {
  it('matches the definition on every tricky character, alone and in pairs', () => {
    for (const a of PIECES) for (const b of PIECES) expectSame(`x${a}${b}y`);
  });

  it('matches the definition on random mixes', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let t = 0; t < 3000; t++) {
      let s = '';
      for (let n = Math.floor(rand() * 16); n > 0; n--) s += PIECES[Math.floor(rand() * PIECES.length)];
      expectSame(s);
    }
  });

  it('matches the definition on the corpus', () => {
    for (const f of readdirSync('content/corpus').filter((n) => n.endsWith('.txt'))) expectSame(readFileSync(`content/corpus/${f}`, 'utf8'));
  });

  it('maps an excerpt back over collapsed spaces and folded quotes', () => {
    const source = 'He said \u201cno\u201d.\n\n  Then   he left\u2026 ok';
    expect(findExcerpt(normalizeWithMap(source), '"no". Then he left...')).toEqual({ start: 8, end: source.indexOf(' ok') });
  });
});
