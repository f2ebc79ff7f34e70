import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { discussionPrompt, SKILL_PROMPTS, VERDICT_PROMPTS } from '../../src/core/discussion.ts';
import type { Pack } from '../../src/core/pack/types.ts';

describe('the discussion prompt at a reveal', () => {
  it("the pack's own question wins over the skill's", () => {
    expect(discussionPrompt({ verdict: 'claim', skill: 'check-dates', discussion: 'Who was in the room?' })).toBe('Who was in the room?');
  });

  it('an empty question from the pack falls back to the skill', () => {
    expect(discussionPrompt({ verdict: 'claim', skill: 'check-dates', discussion: '  ' })).toBe(SKILL_PROMPTS['check-dates']);
  });

  it('an unknown skill, or none, falls back to the verdict', () => {
    expect(discussionPrompt({ verdict: 'disputed', skill: 'made-up' })).toBe(VERDICT_PROMPTS.disputed);
    expect(discussionPrompt({ verdict: 'verified-fact' })).toBe(VERDICT_PROMPTS['verified-fact']);
  });

  it('every skill of the built-in pack has a prompt of its own', () => {
    const pack = JSON.parse(readFileSync(new URL('../../content/packs/dprk-man-in-the-west.pack.json', import.meta.url), 'utf8')) as Pack;
    const missing = [...new Set(pack.items.map((i) => i.skill).filter((s): s is string => !!s))].filter((s) => !SKILL_PROMPTS[s]);
    expect(missing).toEqual([]);
  });
});
