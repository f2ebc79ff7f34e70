/**
 * The question for the class at a reveal (presenter mode, a hosted class): the item's own
 * `discussion` when the pack gives one, else the game's prompt for the item's skill, else one
 * for its verdict. Written once here, so every surface asks the same question.
 */
import type { Item, Verdict } from './pack/types.ts';

/** One prompt per checking skill of the game (the built-in pack's skills; packs may add more). */
export const SKILL_PROMPTS: Readonly<Record<string, string>> = {
  'answer-all-the-evidence': 'Does the reply deal with all of the evidence, or only with its weakest part?',
  'belief-vs-fact': 'Is this about what is true, or about what someone thinks? Which of the two can you check here?',
  'check-dates': 'Which date is right, and how could you find out? Who gave each date, and when?',
  'check-each-part': 'Which part of this is checked, and which part is not? Does one true part make the rest true?',
  'compare-numbers': 'Are the two numbers counting the same thing? Who counted, and where did each number come from?',
  'denial-vs-evidence': 'A denial is not evidence. What would it take to check who is right?',
  'everyone-knows': '"Everyone knows" is not a source. Who knows it, and how do they know?',
  hedges: 'Which small words ("appears", "allegedly", "not exactly") make this weaker? What is really being said?',
  'independent-sources': 'Did the second source find this out for itself, or is it repeating the first?',
  'loaded-language': 'Which words tell you how to feel? Say the same thing in neutral words: is it still true?',
  'one-example': 'One example is not a pattern. How many cases would you need, and where would you find them?',
  'opinion-vs-fact': 'Is this something that can be checked, or an opinion? What would count as evidence?',
  prediction: 'A guess about the future cannot be checked yet. What would have to happen, and by when, to show it right or wrong?',
  'same-source-repeated': 'Is the second source just the first one again? Who first said it?',
  'self-contradiction': 'The speaker says something else elsewhere. Which version do you believe, and why?',
  'self-reported-numbers': 'Who counted? Could anyone outside have checked this number?',
  'true-as-of-a-date': 'When was this true? Could it have changed before or since, and how would you find out?',
  'unnamed-experts': 'Who exactly are the "experts" or "analysts"? How could you find them and check what they said?',
  'unsupported-generalisation': 'One counter-example breaks a "never" or an "everyone". Can you think of one?',
  'word-meanings': 'Do both sides mean the same thing by this word? Say what each one means before you judge.',
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
