/** Small statistics and formatting helpers for the benchmarks. */

export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
  /** Every run, in the order taken. */
  values: number[];
}

export function summarize(values: number[]): Summary {
  if (!values.length) return { median: NaN, min: NaN, max: NaN, runs: 0, values: [] };
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return { median, min: s[0]!, max: s[s.length - 1]!, runs: s.length, values };
}

/** The p-th percentile (0–100) by the nearest-rank method. */
export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(s.length, Math.max(1, rank)) - 1]!;
}

/** Least-squares slope of log(y) against log(x): the growth exponent. */
export function growthExponent(points: Array<[number, number]>): number {
  const xs = points.map(([x]) => Math.log(x));
  const ys = points.map(([, y]) => Math.log(y));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return num / den;
}

/** Kilobytes of 1000 bytes, as Vite reports them. */
export const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;
export const ms = (v: number): string => (v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`);
/** Megabytes of 10^6 bytes. */
export const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(0)} MB`;

/** `median (min–max)` with a formatter. */
export function mmm(s: Summary, f: (v: number) => string): string {
  return `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
}

/** A plain text table with aligned columns. */
export function table(head: string[], rows: string[][]): string {
  const all = [head, ...rows];
  const w = head.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (c ?? '').padEnd(w[i]!)).join('  ').trimEnd();
  return [line(head), w.map((n) => '-'.repeat(n)).join('  '), ...rows.map(line)].join('\n');
}

/** A row of the final table: what, figure, target, verdict. */
export interface ResultRow {
  section: string;
  metric: string;
  value: string;
  target: string;
  /** true met, false missed, null informational. */
  pass: boolean | null;
}

export const verdict = (pass: boolean | null): string => (pass === null ? '' : pass ? 'ok' : 'MISSED');
