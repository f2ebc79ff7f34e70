/** The player-facing words for verdicts, stances, genres and dates. Plain data, no DOM. */
import type { Genre, Stance, Verdict } from '../core/pack/types';

export const VERDICT_ORDER: readonly Verdict[] = ['claim', 'verified-fact', 'disputed'];

export const VERDICT_LABEL: Record<Verdict, string> = {
  claim: 'Claim',
  'verified-fact': 'Verified fact',
  disputed: 'Disputed',
};

/** One-line meanings shown under each answer. */
export const VERDICT_MEANING: Record<Verdict, string> = {
  claim: 'Someone says so, but nothing here can confirm or refute it.',
  'verified-fact': 'Other independent sources say the same.',
  disputed: 'Other sources, or the speaker elsewhere, say otherwise.',
};

/** The verdict in plain words, at the reveal. */
export const VERDICT_PLAIN: Record<Verdict, string> = {
  claim: 'It is a claim: someone says so, but these sources can neither confirm nor refute it.',
  'verified-fact': 'It is a verified fact: independent sources in this pack say the same.',
  disputed: 'It is disputed: other sources, or the speaker elsewhere, say otherwise.',
};

export const VERDICT_ICON = { claim: 'claim', 'verified-fact': 'fact', disputed: 'disputed' } as const;

export const STANCE_LABEL: Record<Stance, string> = {
  supports: 'Supports',
  contradicts: 'Contradicts',
  context: 'Context',
};

export const GENRE_LABEL: Record<Genre, string> = {
  'news-report': 'News report',
  interview: 'Interview',
  profile: 'Profile',
  opinion: 'Opinion',
  blog: 'Blog',
  official: 'Official',
  other: 'Other',
};

export function genreLabel(genre: string): string {
  return (GENRE_LABEL as Record<string, string>)[genre] ?? genre;
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** `2013`, `2013-07` or `2013-07-27` in words; anything else is shown as given. */
export function formatDate(date: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  const month = mo ? MONTHS[Number(mo) - 1] : undefined;
  if (!month) return y!;
  if (!d) return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

export function percent(x: number | null | undefined): string {
  if (x === null || x === undefined || Number.isNaN(x)) return '–';
  return `${Math.round(x * 100)}%`;
}

/** Prefixes that keep their hyphen when a kebab-case tag becomes words. */
const HYPHENATED = /\b(self|non|cross|co|anti|pre|well|first|second|third)[-_]+/g;

/** `self-reported-numbers` → `Self-reported numbers`; `check-dates` → `Check dates`. */
export function skillLabel(skill: string): string {
  const words = skill.trim().replace(HYPHENATED, '$1\u2010').replace(/[-_]+/g, ' ').replace(/\u2010/g, '-');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A quote in running text, cut to about `max` characters, between quotation marks — unless the
 * excerpt already opens with one (“He's a businessman,” Cao says…), which would double it.
 */
export function shortQuote(text: string, max = 160): string {
  const t = text.trim();
  const cut = [...t].length > max ? `${[...t].slice(0, max - 3).join('')}…` : t;
  return /^["“‘']/.test(cut) ? cut : `“${cut}”`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
