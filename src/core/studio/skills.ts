/**
 * Skills to suggest for an item: the pack's own skills and the game's checking skills
 * (src/core/discussion.ts), the ones that fit the item's verdict first (a dispute over a date
 * trains "check-dates", a self-report "self-reported-numbers"), then the pack's most used, all
 * filtered by what the author has typed.
 */
import { SKILL_PROMPTS } from '../discussion.ts';
import type { Verdict } from '../pack/types.ts';
import type { StudioDoc } from './types.ts';

export interface SkillSuggestion {
  skill: string;
  /** How many other items of the pack use it (0: one of the game's skills, not used here yet). */
  uses: number;
}

/** The game's skills that each verdict usually trains. */
const FITS: Record<Verdict, readonly string[]> = {
  claim: ['self-reported-numbers', 'unsupported-generalisation', 'opinion-vs-fact', 'same-source-repeated', 'loaded-language'],
  'verified-fact': ['independent-sources', 'compare-numbers', 'check-dates'],
  disputed: ['check-dates', 'compare-numbers', 'self-contradiction', 'denial-vs-evidence', 'unsupported-generalisation'],
};

export function suggestSkills(doc: StudioDoc, typed = '', exceptItem?: string, max = 8): SkillSuggestion[] {
  const uses = new Map<string, number>();
  for (const it of doc.items) if (it.skill && it.key !== exceptItem) uses.set(it.skill, (uses.get(it.skill) ?? 0) + 1);
  const item = doc.items.find((it) => it.key === exceptItem);
  const fits = item?.verdict ? FITS[item.verdict] : [];
  const quote = item?.quote?.text ?? '';
  const score = (skill: string) => {
    let s = 0;
    const fit = fits.indexOf(skill);
    if (fit >= 0) s += 10 - fit / 10;
    if (uses.has(skill)) s += 4 + uses.get(skill)!;
    if (/\b(1[5-9]|20)\d\d\b/.test(quote) && skill === 'check-dates') s += 3;
    if (/\d[\d,.]*\s*(%|per ?cent|members|people|books|million|thousand)/i.test(quote) && (skill === 'compare-numbers' || skill === 'self-reported-numbers')) s += 3;
    return s;
  };
  const all = [...new Set([...uses.keys(), ...Object.keys(SKILL_PROMPTS)])]
    .map((skill) => ({ skill, uses: uses.get(skill) ?? 0, score: score(skill) }))
    .sort((a, b) => b.score - a.score || a.skill.localeCompare(b.skill));
  const want = typed.trim().toLowerCase().replace(/[\s_]+/g, '-');
  const hits = want ? [...all.filter((s) => s.skill.startsWith(want)), ...all.filter((s) => !s.skill.startsWith(want) && s.skill.includes(want))] : all;
  return hits.slice(0, max).map(({ skill, uses: n }) => ({ skill, uses: n }));
}
