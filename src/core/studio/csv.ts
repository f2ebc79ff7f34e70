/**
 * Items to and from a spreadsheet: one row per item, the passages in numbered columns (the
 * template is documented in docs/studio.md). CSV files with commas or semicolons and cells
 * pasted from a spreadsheet (tabs) all read the same; Papa Parse reads the cells (quoted
 * cells with line breaks and quotes inside, mixed line ends) and writes them back.
 *
 * Every quote and passage cell is matched verbatim against the pack's sources, as the
 * validator matches: a cell that does not match is an error naming its row and column, with
 * the closest passage of the source. A row with an error is left out; the others are
 * imported. The text kept is the source's own slice, so a spreadsheet that turned curly
 * quotes straight still gives the source's characters.
 */
import Papa from 'papaparse';
import { closestPassage, codePoints } from '../pack/index.ts';
import type { Source, Stance, Verdict } from '../pack/types.ts';
import { normalized, spanOf } from './selection.ts';
import type { StudioDoc, StudioItem, StudioPassage } from './types.ts';

/** The item columns, in the template's order; then `evidence N source`, `evidence N`, `evidence N stance`, `evidence N note`. */
export const ITEM_COLUMNS = ['id', 'source', 'quote', 'speaker', 'verdict', 'explanation', 'skill', 'difficulty', 'group', 'discussion'] as const;
export const PASSAGE_COLUMNS = ['source', 'text', 'stance', 'note'] as const;
const MAX_PASSAGES = 12;

type ItemColumn = (typeof ITEM_COLUMNS)[number];
type PassageColumn = (typeof PASSAGE_COLUMNS)[number];
type Column = { kind: 'item'; name: ItemColumn } | { kind: 'passage'; n: number; name: PassageColumn };

export type NewItem = Omit<StudioItem, 'key' | 'evidence'> & { evidence: Array<Omit<StudioPassage, 'key'>> };

export interface CsvProblem {
  severity: 'error' | 'warning';
  /** The spreadsheet's row number (the header is row 1). */
  row: number;
  /** "C (quote)": the column's letter and header. */
  column?: string;
  message: string;
  closest?: string;
}

export interface CsvImport {
  items: NewItem[];
  /** Rows read (not counting the header and empty rows). */
  rows: number;
  problems: CsvProblem[];
}

const VERDICT_WORDS: Record<string, Verdict> = {
  claim: 'claim',
  'verified fact': 'verified-fact',
  'verified-fact': 'verified-fact',
  fact: 'verified-fact',
  verified: 'verified-fact',
  disputed: 'disputed',
};
const STANCE_WORDS: Record<string, Stance> = {
  supports: 'supports',
  support: 'supports',
  supporting: 'supports',
  contradicts: 'contradicts',
  contradict: 'contradicts',
  contradicting: 'contradicts',
  context: 'context',
};
const VERDICT_CELL: Record<Verdict, string> = { claim: 'claim', 'verified-fact': 'verified fact', disputed: 'disputed' };

export function columnLetter(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function headerOf(raw: string): Column | null {
  const h = raw.trim().toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ');
  const p = /^(?:evidence|passage) ?(\d{1,2})(?: (source|text|stance|note))?$/.exec(h);
  if (p) {
    const n = Number(p[1]);
    return n >= 1 && n <= MAX_PASSAGES ? { kind: 'passage', n, name: (p[2] as PassageColumn | undefined) ?? 'text' } : null;
  }
  const alias: Record<string, ItemColumn> = { 'quote source': 'source', 'quote text': 'quote', 'quote speaker': 'speaker', 'item id': 'id' };
  const name = alias[h] ?? h;
  return (ITEM_COLUMNS as readonly string[]).includes(name) ? { kind: 'item', name: name as ItemColumn } : null;
}

/**
 * The delimiter, from the header row: tabs (cells pasted from a spreadsheet), semicolons (CSV
 * saved where the decimal mark is a comma), commas or bars, whichever the header holds most of
 * outside quotes. Papa Parse's own guess needs more rows than a short paste may have.
 */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/)).replace(/"[^"]*"/g, '');
  let best = ',';
  let most = 0;
  for (const d of ['\t', ';', ',', '|']) {
    const n = header.split(d).length - 1;
    if (n > most) [best, most] = [d, n];
  }
  return best;
}

/** A cell written with a leading apostrophe so that a spreadsheet does not run it as a formula (see `toCsv`). */
function unescapeCell(v: string): string {
  return /^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v;
}

function kebab(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

export function fromCsv(doc: StudioDoc, text: string): CsvImport {
  const problems: CsvProblem[] = [];
  const body = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: false, delimiter: delimiterOf(body) });
  const records = parsed.data;
  for (const e of parsed.errors) {
    problems.push({ severity: 'error', row: (e.row ?? 0) + 1, message: `the row could not be read: ${e.message}` });
  }
  const header = records[0] ?? [];
  const columns = header.map(headerOf);
  header.forEach((h, i) => {
    if (!columns[i] && h.trim()) problems.push({ severity: 'warning', row: 1, column: `${columnLetter(i)} (${h.trim()})`, message: 'is not a column of the template and was ignored' });
  });
  const where = (i: number) => `${columnLetter(i)} (${header[i]!.trim()})`;
  const itemCol = (name: ItemColumn) => columns.findIndex((c) => c?.kind === 'item' && c.name === name);
  if (itemCol('quote') < 0) {
    problems.push({ severity: 'error', row: 1, message: 'there is no "quote" column: the first row must name the columns, as in the template (id, source, quote, speaker, verdict, …)' });
    return { items: [], rows: Math.max(0, records.length - 1), problems };
  }

  const items: NewItem[] = [];
  let rows = 0;
  for (let r = 1; r < records.length; r++) {
    const cells = records[r]!.map((c) => unescapeCell(c ?? ''));
    if (cells.every((c) => c.trim() === '')) continue;
    rows++;
    const row = r + 1;
    const rowProblems: CsvProblem[] = [];
    const fail = (col: number, message: string, closest?: string) =>
      rowProblems.push({ severity: 'error', row, column: where(col), message, ...(closest ? { closest } : {}) });
    const warn = (col: number, message: string) => rowProblems.push({ severity: 'warning', row, column: where(col), message });
    const cell = (name: ItemColumn): { value: string; col: number } => {
      const col = itemCol(name);
      return { value: col >= 0 ? (cells[col] ?? '').trim() : '', col };
    };

    const quoteCell = cell('quote');
    const sourceCell = cell('source');
    const quote = matchCell(doc.sources, sourceCell, quoteCell, 'quote', fail);
    const item: NewItem = { id: '', explanation: cell('explanation').value, evidence: [] };
    if (quote) item.quote = { source: quote.source, text: quote.text, speaker: cell('speaker').value };
    else if (quoteCell.value === '') fail(quoteCell.col, 'is empty: every row needs the quote, copied word for word from one of the sources');

    const id = cell('id');
    if (id.value) {
      if (/^[a-z0-9-]{1,64}$/.test(id.value)) item.id = id.value;
      else warn(id.col, `"${id.value}" is not an id (lowercase letters, digits and hyphens): the item gets one made from its quote`);
    }
    const verdict = cell('verdict');
    if (verdict.value) {
      const v = VERDICT_WORDS[verdict.value.toLowerCase().replace(/\s+/g, ' ')];
      if (v) item.verdict = v;
      else fail(verdict.col, `"${verdict.value}" is not a verdict: write claim, verified fact or disputed (or leave it empty to decide in the studio)`);
    }
    const difficulty = cell('difficulty');
    if (difficulty.value) {
      if (['1', '2', '3'].includes(difficulty.value)) item.difficulty = Number(difficulty.value) as 1 | 2 | 3;
      else fail(difficulty.col, `"${difficulty.value}" is not a difficulty: write 1, 2 or 3, or leave it empty`);
    }
    for (const name of ['skill', 'group'] as const) {
      const c = cell(name);
      if (!c.value) continue;
      const tag = kebab(c.value);
      if (tag !== c.value) warn(c.col, `"${c.value}" was written as the tag "${tag}"`);
      if (tag) item[name] = tag;
    }
    const discussion = cell('discussion');
    if (discussion.value) item.discussion = discussion.value;


    for (let n = 1; n <= MAX_PASSAGES; n++) {
      const col = (name: PassageColumn) => columns.findIndex((c) => c?.kind === 'passage' && c.n === n && c.name === name);
      const get = (name: PassageColumn) => {
        const c = col(name);
        return { value: c >= 0 ? (cells[c] ?? '').trim() : '', col: c };
      };
      const textCell = get('text');
      if (textCell.col < 0 || textCell.value === '') continue;
      const ex = matchCell(doc.sources, get('source'), textCell, 'evidence', fail);
      const stanceCell = get('stance');
      let stance: Stance = 'context';
      if (stanceCell.value) {
        const s = STANCE_WORDS[stanceCell.value.toLowerCase()];
        if (s) stance = s;
        else fail(stanceCell.col, `"${stanceCell.value}" is not a stance: write supports, contradicts or context`);
      } else warn(textCell.col, 'has no stance: it was taken as "context"');
      if (!ex) continue;
      const note = get('note').value;
      item.evidence.push({ source: ex.source, text: ex.text, stance, ...(note ? { note } : {}) });
    }
    problems.push(...rowProblems);
    if (!rowProblems.some((p) => p.severity === 'error')) items.push(item);
  }
  return { items, rows, problems };
}

/**
 * Finds a quote or passage cell in the sources: in the source the row names (by id, title or
 * outlet), or in the first source that holds it when the source cell is empty.
 */
function matchCell(
  sources: readonly Source[],
  sourceCell: { value: string; col: number },
  textCell: { value: string; col: number },
  role: 'quote' | 'evidence',
  fail: (col: number, message: string, closest?: string) => void,
): { source: string; text: string } | null {
  const wanted = textCell.value;
  if (wanted === '') return null;
  const min = 8;
  const max = role === 'quote' ? 600 : 1200;
  const length = codePoints(wanted);
  if (length < min || length > max) {
    fail(textCell.col, `is ${length} characters long: ${role === 'quote' ? 'a quote' : 'a passage'} needs ${min} to ${max}`);
    return null;
  }
  let candidates = sources;
  if (sourceCell.value) {
    const v = sourceCell.value.toLowerCase();
    const byId = sources.filter((s) => s.id.toLowerCase() === v);
    const byTitle = sources.filter((s) => s.title.toLowerCase() === v);
    const byOutlet = sources.filter((s) => s.outlet.toLowerCase() === v);
    candidates = byId.length ? byId : byTitle.length ? byTitle : byOutlet;
    if (candidates.length === 0) {
      fail(sourceCell.col, `no source of this pack is called "${sourceCell.value}": write a source's id, title or outlet (${sources.map((s) => `"${s.id}"`).join(', ')}), or leave it empty to look in every source`);
      return null;
    }
  }
  for (const s of candidates) {
    const span = spanOf(s, wanted);
    if (span) return { source: s.id, text: s.text.slice(span.start, span.end) };
  }
  if (candidates.length === 0) {
    fail(textCell.col, 'there is no source to look in: add the articles to the studio first');
    return null;
  }
  // Not verbatim: show the closest passage of the most likely source (the one sharing most words).
  const words = new Set(wanted.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  let best: { source: Source; passage: string; score: number } | null = null;
  for (const s of candidates) {
    const near = closestPassage(s.text, normalized(s), wanted);
    const score = (near.passage.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => words.has(w)).length + (near.difference ? 0.5 : 0);
    if (!best || score > best.score) best = { source: s, passage: near.passage, score };
  }
  const name = best!.source.title || best!.source.id;
  fail(textCell.col, `is not word for word in ${sourceCell.value ? `"${name}"` : `any source (the nearest is in "${name}")`}. The closest passage there is: "${best!.passage}"`, best!.passage);
  return null;
}

// ------------------------------------------------------------------------------ export

/** The template's header, with `passages` sets of evidence columns. */
export function csvHeader(passages = 3): string[] {
  const out: string[] = [...ITEM_COLUMNS];
  for (let n = 1; n <= passages; n++) out.push(`evidence ${n} source`, `evidence ${n}`, `evidence ${n} stance`, `evidence ${n} note`);
  return out;
}

/**
 * The items as CSV (UTF-8 with a byte-order mark, so spreadsheets read the accents; CRLF line
 * ends). A cell that a spreadsheet would run as a formula (=, +, -, @ first) is written with
 * a leading apostrophe, which `fromCsv` removes again.
 */
export function toCsv(doc: StudioDoc): string {
  const passages = Math.max(1, ...doc.items.map((it) => it.evidence.length));
  const data = doc.items.map((it) => {
    const row = [
      it.id,
      it.quote?.source ?? '',
      it.quote?.text ?? '',
      it.quote?.speaker ?? '',
      it.verdict ? VERDICT_CELL[it.verdict] : '',
      it.explanation,
      it.skill ?? '',
      it.difficulty ? String(it.difficulty) : '',
      it.group ?? '',
      it.discussion ?? '',
    ];
    for (let n = 0; n < passages; n++) {
      const e = it.evidence[n];
      row.push(e?.source ?? '', e?.text ?? '', e?.stance ?? '', e?.note ?? '');
    }
    return row;
  });
  return `\uFEFF${Papa.unparse({ fields: csvHeader(passages), data }, { escapeFormulae: true, newline: '\r\n' })}\r\n`;
}

/** An empty template: the header row only. */
export function csvTemplate(): string {
  return `\uFEFF${csvHeader(3).join(',')}\r\n`;
}
