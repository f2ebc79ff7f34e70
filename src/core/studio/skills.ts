/**
 * Skills to suggest for an item: the pack's own skills first, the most used first, then the
 * game's known checking skills (src/core/discussion.ts) that the pack does not use yet, each
 * filtered by what the author has typed.
 */
import { SKILL_PROMPTS } from '../discussion.ts';
import type { StudioDoc } from './types.ts';

export interface SkillSuggestion {
  skill: string;
  /** How many items of the pack use it (0: one of the game's skills, not used here yet). */
  uses: number;
}

export function suggestSkills(doc: StudioDoc, typed = '', exceptItem?: string, max = 8): SkillSuggestion[] {
  const uses = new Map<string, number>();
  for (const it of doc.items) if (it.skill && it.key !== exceptItem) uses.set(it.skill, (uses.get(it.skill) ?? 0) + 1);
  const own = [...uses].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([skill, n]) => ({ skill, uses: n }));
  const known = Object.keys(SKILL_PROMPTS)
    .filter((s) => !uses.has(s))
    .map((skill) => ({ skill, uses: 0 }));
  const want = typed.trim().toLowerCase().replace(/[\s_]+/g, '-');
  const all = [...own, ...known];
  const hits = want ? [...all.filter((s) => s.skill.startsWith(want)), ...all.filter((s) => !s.skill.startsWith(want) && s.skill.includes(want))] : all;
  return hits.slice(0, max);
}
