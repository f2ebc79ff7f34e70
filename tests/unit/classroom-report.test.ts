import { describe, expect, it } from 'vitest';
import { gradeLog, itemsInOrder } from '../../src/core/classroom/grading.ts';
import { csvCell, reportCsv } from '../../src/core/classroom/report.ts';
import { classStats } from '../../src/core/classroom/stats.ts';
import { elide, ELISION } from '../../src/core/classroom/source.ts';
import { packFileText } from '../../src/core/classroom/packfile.ts';
import type { LoggedAnswer } from '../../src/core/classroom/protocol.ts';
import type { SnapshotSeat } from '../../src/core/classroom/snapshot.ts';
import { parsePack } from '../../src/core/pack/index.ts';
import { computeStats, confusionMatrix } from '../../src/core/session/index.ts';
import { makeTestPack } from '../../src/core/session/testkit.ts';
import { readFileSync } from 'node:fs';

const LABELS = { claim: 'Claim', 'verified-fact': 'Verified fact', disputed: 'Disputed' } as const;
const pack = makeTestPack([{ verdict: 'claim' }, { verdict: 'verified-fact' }, { verdict: 'disputed' }, { verdict: 'disputed' }]);
const items = itemsInOrder(pack, pack.items.map((i) => i.id));
const seat = (id: string, nickname: string, removed = false): SnapshotSeat => ({ id, nickname, keyHash: '0'.repeat(32), removed });

const seats = [seat('s1', 'Ana'), seat('s2', '=HYPERLINK("x")'), seat('s3', 'Gone', true)];
const answers: LoggedAnswer[] = [
  { seat: 's1', index: 0, verdict: 'disputed', ms: 3000 },
  { seat: 's1', index: 0, verdict: 'claim', ms: 4500 }, // changed: the later one counts
  { seat: 's2', index: 0, verdict: 'disputed', ms: 2000 },
  { seat: 's1', index: 1, verdict: 'disputed', ms: 8000 },
  { seat: 's2', index: 1, verdict: 'disputed', ms: 1000 },
  { seat: 's3', index: 1, verdict: 'verified-fact', ms: 1000 },
  { seat: 's1', index: 2, verdict: 'disputed', ms: 1000 },
  { seat: 's2', index: 3, verdict: 'claim', ms: 1000 }, // not played yet
];

describe('class statistics', () => {
  const st = classStats(items, 3, seats, answers);

  it('uses the session statistics over every graded answer', () => {
    expect(st.students.map((s) => s.seat.nickname)).toEqual(['Ana', '=HYPERLINK("x")']);
    expect(st.answered).toBe(5);
    expect(st.students.map((s) => s.stats.answered)).toEqual([3, 2]);
    expect(st.students[0]!.stats).toEqual(computeStats(st.students[0]!.stats.answered ? gradeLog(items, 3, answers.filter((a) => a.seat === 's1')).get('s1')!.records : []));
    expect(st.matrix).toEqual(
      confusionMatrix([
        { actual: 'claim', answered: 'claim' },
        { actual: 'claim', answered: 'disputed' },
        { actual: 'verified-fact', answered: 'disputed' },
        { actual: 'verified-fact', answered: 'disputed' },
        { actual: 'disputed', answered: 'disputed' },
      ]),
    );
    expect(st.lean).toMatchObject({ lean: 'too-suspicious', suspicious: 3, trusting: 0 });
    expect(st.balancedAccuracy).toBeCloseTo((0.5 + 0 + 1) / 3);
  });

  it('counts per item and finds the hardest', () => {
    expect(st.items.map((r) => [r.answered, r.right])).toEqual([
      [2, 1],
      [2, 0],
      [1, 1],
    ]);
    expect(st.hardest.map((r) => r.index)).toEqual([1, 0]);
    expect(st.students[0]!.points).toBe(100 + 100);
  });
});

describe('the CSV report', () => {
  const csv = reportCsv(classStats(items, 3, seats, answers), { labels: LABELS, title: 'Sourced class KXRTM' });
  const lines = csv.slice(1).split('\r\n');

  it('starts with a BOM, ends lines with CRLF', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('has one row per student × played item, with the final answers', () => {
    const start = lines.indexOf('Answers') + 2;
    const rows = lines.slice(start, start + 6);
    expect(rows[0]).toBe(`Ana,item-0,Sentence number 0 of the test source.,Claim,Claim,yes,,4.5`);
    expect(rows[1]).toBe(`Ana,item-1,Sentence number 1 of the test source.,Disputed,Verified fact,no,,8`);
    expect(rows[3]).toBe(`"'=HYPERLINK(""x"")",item-0,Sentence number 0 of the test source.,Disputed,Claim,no,,2`);
    expect(rows[5]).toBe(`"'=HYPERLINK(""x"")",item-2,Sentence number 2 of the test source.,no answer,Disputed,,,`);
    expect(csv).not.toContain('Gone');
  });

  it('summarises per student and per item', () => {
    const students = lines.indexOf('Students');
    expect(lines[students + 2]).toBe('Ana,3,2,200,66.7,too few errors to tell,0,1');
    const itemsAt = lines.indexOf('Items');
    expect(lines[itemsAt + 2]).toBe('item-0,Sentence number 0 of the test source.,Claim,2,50,1,0,1');
  });

  it('neutralises formulas in text but not numbers', () => {
    for (const bad of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(csvCell(bad).replace(/^"/, '').startsWith("'")).toBe(true);
    expect(csvCell(-50)).toBe('-50');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('<script>')).toBe('<script>');
  });
});

describe('sources read in context at a reveal', () => {
  it('cuts out passages still to come, keeps the revealed ones in place', () => {
    const text = 'One two three. Four five six. Seven eight nine.';
    const later = { start: 15, end: 29 }; // "Four five six."
    const shown = { start: 30, end: 47 }; // "Seven eight nine."
    const e = elide(text, [later, { start: 35, end: 40 }], [{ key: 'ev', span: shown }]);
    expect(e.text).toBe(`One two three. ${ELISION} Seven eight nine.`);
    const s = e.kept[0]!.span;
    expect(e.text.slice(s.start, s.end)).toBe('Seven eight nine.');
  });
});

describe('pack files from compiled packs', () => {
  it('passes the validator again, for the built-in pack', () => {
    const first = parsePack(readFileSync('content/packs/dprk-man-in-the-west.pack.json', 'utf8'));
    if (!first.ok) throw new Error('the first pack is invalid');
    const again = parsePack(packFileText(first.pack));
    expect(again.errors).toEqual([]);
    expect(again.pack).toEqual(first.pack);
  });
});
