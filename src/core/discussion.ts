/**
 * The question for the class at a reveal (presenter mode, a hosted class): the item's own
 * `discussion` when the pack gives one, else the game's prompt for the item's skill, else one
 * for its verdict. Written once here, so every surface asks the same question.
 */
import type { Item, Verdict } from './pack/types.ts';

/** One prompt per checking skill of the game (the built-in pack's skills; packs may add more). */
export const SKILL_PROMPTS: Readonly<Record<string, string>> = {
  'check-dates': 'Which date is right, and how could you find out? Who gave each date, and when?',
  'compare-numbers': 'Are the two numbers counting the same thing? Who counted, and where did each number come from?',
  'denial-vs-evidence': 'A denial is not evidence. What would it take to check who is right?',
  'independent-sources': 'Did the second source find this out for itself, or is it repeating the first?',
  'loaded-language': 'Which words tell you how to feel? Say the same thing in neutral words: is it still true?',
  'opinion-vs-fact': 'Is this something that can be checked, or an opinion? What would count as evidence?',
  'same-source-repeated': 'Is the second source just the first one again? Who first said it?',
  'self-contradiction': 'The speaker says something else elsewhere. Which version do you believe, and why?',
  'self-reported-numbers': 'Who counted? Could anyone outside have checked this number?',
  'unsupported-generalisation': 'One counter-example breaks a "never" or an "everyone". Can you think of one?',
};

/** For an item without a skill, or with one the game has no prompt for. */
export const VERDICT_PROMPTS: Readonly<Record<Verdict, string>> = {
  claim: 'Nothing here confirms or refutes it. Where could you look to check it outside this pack?',
  'verified-fact': 'What makes these sources independent of each other?',
  disputed: 'The sources disagree. Which would you trust more here, and why?',
};

export function discussionPrompt(item: Pick<Item, 'discussion' | 'skill' | 'verdict'>): string {
  const own = item.discussion?.trim();
  if (own) return own;
  return (item.skill !== undefined ? SKILL_PROMPTS[item.skill] : undefined) ?? VERDICT_PROMPTS[item.verdict];
}
