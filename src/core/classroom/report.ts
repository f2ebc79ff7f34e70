/**
 * The session's report as CSV, for a spreadsheet: UTF-8 with a byte-order mark (so Excel reads
 * the accents), CRLF line ends, and every text cell that a spreadsheet would take for a formula
 * (starting with = + - @, a tab or a carriage return) neutralised with a leading apostrophe —
 * nicknames are free text. Three tables one after the other: one row per student × item, then
 * one per student, then one per item.
 */
import type { Verdict } from '../pack/types.ts';
import type { Lean } from '../session/index.ts';
import type { ClassStats } from './stats.ts';

type Cell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: numbers as they are, text neutralised and quoted when needed. */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const row = (cells: Cell[]): string => cells.map(csvCell).join(',');

const LEAN_WORDS: Record<Lean, string> = { 'too-trusting': 'too trusting', 'too-suspicious': 'too suspicious', balanced: 'balanced' };

const pct = (x: number | null): number | null => (x === null ? null : Math.round(x * 1000) / 10);
const seconds = (ms: number): number => Math.round(ms / 100) / 10;

export interface ReportOptions {
  /** The verdicts in the teacher's words (the UI's labels). */
  labels: Record<Verdict, string>;
  /** A first line saying what this is ("Sourced class KXRTM, 3 May 2025: pack title"). */
  title: string;
}

export function reportCsv(stats: ClassStats, o: ReportOptions): string {
  const L = o.labels;
  const lines: string[] = [row([o.title]), ''];

  lines.push(row(['Answers']));
  lines.push(row(['Nickname', 'Item', 'Quote', 'Answer', 'Verdict', 'Right', 'Confidence', 'Seconds to answer']));
  for (const s of stats.students) {
    for (const r of stats.items) {
      const a = s.answers.get(r.index);
      lines.push(
        row([
          s.seat.nickname,
          r.item.id,
          r.item.quote.text,
          a ? L[a.verdict] : 'no answer',
          L[r.item.verdict],
          a ? (a.verdict === r.item.verdict ? 'yes' : 'no') : null,
          a?.confidence === 'sure' ? 'sure' : a?.confidence === 'unsure' ? 'not sure' : null,
          a ? seconds(a.ms) : null,
        ]),
      );
    }
  }

  lines.push('', row(['Students']));
  lines.push(row(['Nickname', 'Answered', 'Right', 'Points', 'Balanced accuracy (%)', 'Lean', 'Too-trusting errors', 'Too-suspicious errors']));
  for (const s of stats.students) {
    const st = s.stats;
    lines.push(row([s.seat.nickname, st.answered, st.right, s.points, pct(st.balancedAccuracy), st.lean.enoughData ? LEAN_WORDS[st.lean.lean] : 'too few errors to tell', st.lean.trusting, st.lean.suspicious]));
  }

  lines.push('', row(['Items']));
  lines.push(row(['Item', 'Quote', 'Verdict', 'Answers', 'Right (%)', `Said ${L.claim}`, `Said ${L['verified-fact']}`, `Said ${L.disputed}`]));
  for (const r of stats.items) {
    lines.push(row([r.item.id, r.item.quote.text, L[r.item.verdict], r.answered, pct(r.share), r.counts.claim, r.counts['verified-fact'], r.counts.disputed]));
  }

  lines.push('', row(['Class']));
  lines.push(row(['Answers', 'Balanced accuracy (%)', 'Lean']));
  lines.push(row([stats.answered, pct(stats.balancedAccuracy), stats.lean.enoughData ? LEAN_WORDS[stats.lean.lean] : 'too few errors to tell']));

  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
