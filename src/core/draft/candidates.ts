/**
 * Units and candidates. Every sentence of every source becomes a `Unit` (its
 * tokens, content terms, figures, years, negated terms and a speaker guess), and
 * so does each clause of a long sentence (clauses.ts), for evidence and quotes;
 * units that hold something checkable (an attribution, a number, a date, a
 * superlative, a denial) are candidates for a quote, scored so the best come first.
 */

import type { Source } from '../pack/types';
import { clausesOf } from './clauses';
import { applyColumnHeadings, AS_FOLLOWS_BEFORE, extractFigures, extractYears, measuresOf, sameFigure, type Figure, type YearMention } from './figures';
import { segmentSentences, type Paragraph, type Sentence } from './sentences';
import { guessSpeakers, indexSpeakers, type SpeakerGuess } from './speakers';
import { conceptOf, contentTerms, isStopWord, NEGATORS, tokenize, type Token } from './text';

export interface Unit {
  /** Index in the global unit list. */
  id: number;
  source: number;
  sentence: Sentence;
  /** The excerpt this unit quotes: its sentence, a clause of it, or a short answer with the question it answers. */
  start: number;
  end: number;
  text: string;
  /** The text that tokens, figures and years are offsets into: the sentence, or the clause. */
  body: string;
  /** Where `body` starts in the source. */
  bodyStart: number;
  /** For a clause: the id of its sentence's unit. */
  parent?: number;
  /** For a sentence split into clauses: the ids of its clauses' units. */
  clauses?: number[];
  /** Proper names (stems of capitalised words past the first, and the initials of a name of three or more words: "Korean Friendship Association" → kfa). */
  names: Set<string>;
  /** Can be read alone (a clause after "whilst" or "which" cannot). */
  standalone: boolean;
  /** The occasion its paragraph opens with ("At the recount, the votes given were: …"), which every sentence of the paragraph tells of. */
  setting?: string;
  /** A question with the whole of its short answer (several sentences): a quote only, never evidence. */
  wholeAnswer?: boolean;
  /** For an interview answer that opens by rejecting what was just said ("This is false."): the ids of the sentence units it rejects. */
  rejects?: number[];
  tokens: Token[];
  /** Content terms (stems, `#number`, `@concept`), with repeats. */
  terms: string[];
  termSet: Set<string>;
  /** Terms of the question an interview answer replies to (topic words the answer leaves out). */
  questionTerms: string[];
  figures: Figure[];
  years: YearMention[];
  /** Stems and concepts said in a negated scope ("there aren't any concentration camps"). */
  negated: Set<string>;
  /** Terms denied outright: right after the negator ("doesn't generate income"), or after "no", "never", "not a single", "aren't any". */
  stronglyNegated: Set<string>;
  /** Stems and concepts said affirmatively. */
  affirmed: Set<string>;
  speaker: SpeakerGuess;
  isQuestion: boolean;
  /** The checkable features found: attribution, number, date, superlative, denial. */
  features: string[];
  /** How good a quote it makes, before looking at other sources (0 = not a candidate). */
  score: number;
}

export interface SourceAnalysis {
  source: Source;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  units: Unit[];
}

const SUPERLATIVE = /\b(only|first|first-ever|largest|biggest|greatest|most|least|best|worst|never|ever|every|everyone|all|none|single|sole|unique|always|entire|entirely|totally|without exception|no one|nobody|nothing)\b/i;
const BIOGRAPHY = /\b(born|family|grew up|studied|graduated|worked as|works as|day job|founded|set up|married|career|comes from|citizenship|passport|nobility|aristocra\w*)\b/i;
const HEDGE = /\b(I think|I wonder|I believe|I hope|I wish|perhaps|maybe|probably)\b/i;
const CLAUSE_BREAK = /^[,;:.!?()\u2014\u2013]$|^but$|^while$|^whereas$|^although$/;
/** How many tokens after a negator stay in its scope, unless the clause ends first ("nobody expected the fire to cross the river"). */
const NEGATION_SCOPE = 8;

/** After "not"/"no", these words make a phrase that is not a denial ("not only", "no doubt"). */
const NOT_A_DENIAL = new Set(['only', 'just', 'doubt', 'necessarily', 'least', 'merely', 'simply', 'wait', 'matter', 'longer', 'exactly', 'all']);
/** Verbs that tell someone what to do. */
const DIRECTIVE = /^(?:advis\w*|advice|urg\w*|ask\w*|told|tell\w*|warn\w*|instruct\w*|order\w*|remind\w*)$/;
/** How far a denied noun's that-clause runs (to the clause's end, which ends any scope first). */
const DENIED_CLAUSE = 24;
/** "unclear", or "clear", "known", "certain" after "not": with "whether" or "how" after, a question left open. */
const UNKNOWN = /^(?:unclear|unknown|uncertain)$/;
const NOT_KNOWN = /^(?:clear|known|certain|sure)$/;
/** Verbs too general to be what a denial is about. */
export const GENERIC_VERBS = new Set(
  `want know take give live feel happen make get go come read see look think need use let keep find call remain seem tell
  say ask try leave put bring become begin show hear play run move believe hold turn start include allow help week today
  day now new news last number direct care free gave organize organiz work start set`.split(/\s+/),
);

const STRONG_NEGATORS = new Set(['no', 'none', 'never', 'nothing', 'nobody', 'nonexistent']);
/** Verbs of disregard or doubt: negated ("cannot ignore that", "no one denies"), they assert what follows. */
const FACTIVE = new Set(['ignore', 'ignored', 'deny', 'denies', 'denied', 'dispute', 'disputes', 'disputed', 'doubt', 'doubts', 'doubted', 'overlook', 'forget', 'question', 'questions']);

/** Words that open a condition: what follows, to the end of the clause, is supposed, not said. */
/** Verbs of asking or telling, whose topic ("asked about their earnings") a negation leaves alone. */
const ASKED = /^(?:asked|consulted|told|informed|warned|surveyed|questioned|contacted|notified|spoken|talked|written|heard)$/;
/** Verbs that end a noun phrase a privative governs ("without replacement remains …", "a lack of staff is …"). */
const FINITE_VERB = /^(?:is|are|was|were|remains?|remained|stays?|stayed|has|have|had|will|would)$/;
/** Prepositions of where or when, which a privative's noun phrase does not run through. */
const PLACE_OR_TIME = /^(?:across|in|at|after|before|during|since|until|throughout)$/;

/** "You don't pay that off", "you can't run a taxi on that": said of anyone, in the present. */
function genericYou(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]!.word;
  if (/^(?:don't|can't|cannot|won't)$/.test(w)) return tokens[i - 1]?.word === 'you';
  return w === 'not' && /^(?:do|can|will)$/.test(tokens[i - 1]?.word ?? '') && tokens[i - 2]?.word === 'you';
}

/** Verbs between a count and its negator: "19 per cent have never", "41 residents did not", "41 had been offered no". */
const COUNTED_AUXILIARY = /^(?:have|has|had|do|does|did|are|is|were|was|would|could|will|can)$/;

/** Words that are no part of a count's noun phrase. */
const NOT_OF_A_COUNT = /^(?:that|which|who|whom|we|i|you|they|he|she|it|and|but|or|when|if|because|so)$/;

/** "I wouldn't", "we would not": a speaker's own would-be choice. */
function wouldNot(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]!.word;
  const k = w === "wouldn't" ? i - 1 : w === 'not' && tokens[i - 1]?.word === 'would' ? i - 2 : -1;
  return k >= 0 && /^(?:i|we)$/.test(tokens[k]!.word);
}

/** A negator whose clause opens with a count of those it is said of (not a year): how many did not, not a denial. */
function countedSubject(tokens: readonly Token[], i: number, text: string): boolean {
  // "41 had been offered no place": the verb group between the count and its negator.
  let aux = 0;
  while (aux < 3 && (COUNTED_AUXILIARY.test(tokens[i - 1 - aux]?.word ?? '') || /^(?:been|being|offered|given|sent|told|shown|found)$/.test(tokens[i - 1 - aux]?.word ?? ''))) aux++;
  for (let k = i - 1 - aux; k >= Math.max(0, i - 5); k--) {
    if (/[,;:.!?()\u2014\u2013]/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) return false;
    const n = tokens[k]!;
    if (n.isNumber) return (aux > 0 || tokens[i]!.word === 'never') && !/^(?:1[89]|20)\d\d$/.test(n.word);
    // The count's own noun phrase only: "on 22 May that we have not …" opens with no count.
    if (n.capital || NOT_OF_A_COUNT.test(n.word)) return false;
  }
  return false;
}

function opensCondition(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]!.word;
  const next = tokens[i + 1]?.word;
  return w === 'if' || w === 'unless' || (w === 'provided' && next === 'that') || (w === 'providing' && next === 'that') || (w === 'as' && next === 'long' && tokens[i + 2]?.word === 'as');
}

/** A negator opening a comparison: "none are as cruel as", "no one is more loyal than", "nothing is better than" (not "no one waited more than 12 hours"). */
function comparesAfter(tokens: readonly Token[], i: number): boolean {
  const ahead = tokens.slice(i + 1, i + 10).map((t) => t.word);
  const as = ahead.indexOf('as');
  if (as >= 0 && as < 4 && ahead.slice(as + 1).some((w) => w === 'as' || w === 'than')) return true;
  const than = ahead.indexOf('than');
  // "No patient waited more than 12 hours": a number after "than" bounds a quantity, it compares nothing.
  if (than > 0 && /^\d/.test(ahead[than + 1] ?? '')) return false;
  return than > 0 && than < 6 && ahead.slice(0, than).some((w) => w === 'more' || w === 'less' || /.{3}er$/.test(w));
}

/** Words that say what follows is missing or kept from people: a denial of it, though not an outright one. */
const PRIVATIVE = new Set(['restriction', 'restrictions', 'restricted', 'lack', 'lacks', 'lacking', 'lacked', 'absence', 'without',
  'ban', 'bans', 'banned', 'banning', 'forbidden', 'forbids', 'prohibited', 'prohibits', 'suppressed', 'suppression', 'censorship', 'censored']);

/** Words that name their concept's topic without saying which way ("food" is no hunger, "border" no flight). */
export const TOPIC_ONLY = new Set(['food', 'rations', 'border', 'labour', 'labor', 'money', 'dollars', 'euros', 'funds']);

const NOT_THE_SAME = /^(?:the same as|(?:an? )?(?:substitute|replacement|alternative) for)\b/;

function polarity(tokens: readonly Token[], text: string, terms: (t: Token) => string[]): { negated: Set<string>; affirmed: Set<string>; strong: Set<string> } {
  const negated = new Set<string>();
  const affirmed = new Set<string>();
  const strong = new Set<string>();
  let scope = 0;
  let strongScope = 0;
  /** After a privative ("restrictions on business, speech, and movement"): runs through a list, commas and all. */
  let missing = 0;
  let prevEnd = 0;
  /** Inside a condition ("provided that the texts don't spread …", "if they go back home"): nothing is asserted or denied. */
  let condition = false;
  /** After a clause that opens with "No …" / "Nobody …": its verb is denied, far as it may be. */
  let subjectDenied = false;
  const conditional = /^(?:if|unless)$/.test(tokens[0]?.word ?? '');
  /** After "could", "might", "may": runs through a list ("longer journeys, late buses and lost jobs"), to ", and" or the clause's end. */
  let possible = false;
  /** Tokens before here, between a negator and the reason it denies ("don't take redundancy because …"), are neither denied nor asserted. */
  let neutralUntil = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // A clause break between the previous token and this one ends a negation's scope, and a condition.
    const gap = text.slice(prevEnd, t.start);
    if (/[,;:.!?()\u2014\u2013]/.test(gap)) scope = strongScope = 0;
    if (/[;:.!?()\u2014\u2013]/.test(gap)) missing = 0;
    // "If they take that one away, I lose my job": a sentence that opens with a condition asserts nothing after its comma either.
    const listGoesOn = possible && !/[;:.!?()\u2014\u2013]/.test(gap) && !/^(?:and|but|while|although|whereas)$/.test(t.word);
    if (/[,;:.!?()\u2014\u2013]/.test(gap) && !(conditional && !/[;:.!?]/.test(gap)) && !listGoesOn) condition = subjectDenied = possible = false;
    prevEnd = t.end;
    // "No child in any of our schools has gone without a hot meal": a denied subject's privative, however far, is denied too.
    if (subjectDenied && PRIVATIVE.has(t.word) && scope === 0) scope = 1;
    if (CLAUSE_BREAK.test(t.word)) {
      scope = strongScope = missing = 0;
      continue;
    }
    // "is not affected and is safe to drink": "and" before a new verb starts a new predicate.
    if ((t.word === 'and' || t.word === 'or') && /^(is|are|was|were|has|have|had|will|would|can|could|should|may|must)$/.test(tokens[i + 1]?.word ?? '')) {
      scope = strongScope = missing = 0;
      continue;
    }
    if (opensCondition(tokens, i)) {
      condition = true;
      scope = strongScope = missing = 0;
    }
    if (condition) continue;
    // "it could mean longer journeys and lost jobs": a possibility, which asserts nothing (but "could not" still denies).
    // (Not the month: "on 22 May that …", "May 22".)
    const possibility = /^(?:could|might|may)$/.test(t.word) && !(t.capital && i > 0) && !tokens[i + 1]?.isNumber;
    if (possibility && !NEGATORS.has(tokens[i + 1]?.word ?? '') && tokens[i + 1]?.word !== 'have') {
      condition = possible = true;
      scope = strongScope = missing = 0;
      continue;
    }
    // "It is not clear whether inspectors returned", "it is unclear how": what follows is asked, not denied.
    if (UNKNOWN.test(t.word) || (NEGATORS.has(t.word) && NOT_KNOWN.test(tokens[i + 1]?.word ?? ''))) {
      const k = UNKNOWN.test(t.word) ? i + 1 : i + 2;
      if (/^(?:whether|if|how|when|why|who|what|where)$/.test(tokens[k]?.word ?? '')) {
        condition = true;
        scope = strongScope = missing = 0;
        continue;
      }
    }
    // "The contract does not govern how the contractor pays its staff": the negation denies the governing; what the
    // question word opens is neither denied nor asserted. Nor is what "no information on" is held about ("the council
    // holds no information on officers' pay").
    // Nor what someone was "never asked about" (their earnings): the asking is denied, not its topic.
    // (But "Nothing was done about the walk" denies that anything was done about it.)
    const topic =
      scope > 0 &&
      ((/^(?:about|regarding|concerning)$/.test(t.word) && ASKED.test(tokens[i - 1]?.word ?? '') && !tokens[i + 1]?.isNumber) ||
        // "No decision has been taken on the future of the site": what was not decided is neither denied nor asserted.
        (t.word === 'on' && tokens.slice(Math.max(0, i - 5), i).some((x) => /^decisions?$/.test(x.word))));
    if (topic || (scope > 0 && /^(?:how|whether|what|why|where|which)$/.test(t.word)) || (/^(?:on|about|regarding)$/.test(t.word) && /^(?:information|data|details|knowledge)$/.test(tokens[i - 1]?.word ?? '') && tokens[i - 2]?.word === 'no')) {
      condition = true;
      scope = strongScope = missing = 0;
      continue;
    }
    // "too slow to download their drawings": what follows "to" is not done.
    if (t.word === 'too' && tokens[i + 2]?.word === 'to' && !tokens[i + 1]!.isNumber) {
      scope = NEGATION_SCOPE;
      strongScope = 0;
      i += 2;
      prevEnd = tokens[i]!.end;
      continue;
    }
    // "signs advising people not to swim", "urged residents not to drink it": a directive, which asserts and denies nothing.
    // "The system may not be used until …", "it might not reopen": a rule or a possibility, which denies no fact either.
    if (t.word === 'not' && (/^(?:may|might|must)$/.test(tokens[i - 1]?.word ?? '') || (tokens[i + 1]?.word === 'to' && tokens.slice(Math.max(0, i - 3), i).some((x) => DIRECTIVE.test(x.word))))) {
      condition = true;
      scope = strongScope = missing = 0;
      continue;
    }
    // "A notice on a wall is not the same as a letter", "no substitute for a GP": what it is weighed against is neither denied nor asserted.
    if (NEGATORS.has(t.word) && NOT_THE_SAME.test(tokens.slice(i + 1, i + 4).map((x) => x.word).join(' '))) {
      condition = true;
      scope = strongScope = missing = 0;
      continue;
    }
    // "You don't pay that off on £8.60 a trip": a general truth told to anyone, which denies no fact (not "you didn't").
    if (NEGATORS.has(t.word) && genericYou(tokens, i)) {
      condition = true;
      scope = strongScope = missing = 0;
      continue;
    }
    // "People don't take redundancy because they fancy a change": the reason is denied, not what they did.
    const because = NEGATORS.has(t.word) ? tokens.slice(i + 1, i + 8).findIndex((x) => x.word === 'because') : -1;
    if (because >= 0 && !/[,;:.!?]/.test(text.slice(t.end, tokens[i + 1 + because]!.start))) {
      neutralUntil = i + 1 + because;
      continue;
    }
    // "19 per cent have never used a self-service kiosk", "41 residents did not reply": how many did not, which denies nothing.
    // "I wouldn't grow on it myself": what the speaker would do, which states no fact.
    if (NEGATORS.has(t.word) && (countedSubject(tokens, i, text) || wouldNot(tokens, i))) {
      condition = true;
      scope = strongScope = missing = 0;
      continue;
    }
    if (NEGATORS.has(t.word)) {
      const next = tokens[i + 1]?.word ?? '';
      // "none are as cruel as …", "no one is more …": a comparison, which asserts the superlative.
      if (comparesAfter(tokens, i)) continue;
      // "One cannot ignore that …", "no one can deny that …", "nobody doubts …": a negated verb of
      // disregard or doubt asserts what follows it.
      let factive = 1;
      while (factive < 4 && /^(?:one|can|could|would|will|should|ever|really|seriously|be)$/.test(tokens[i + factive]?.word ?? '')) factive++;
      if (!FACTIVE.has(tokens[i + factive]?.word ?? '')) factive = 0;
      if (factive) {
        i += factive;
        prevEnd = tokens[i]!.end;
        continue;
      }
      // "did not have enough staff on shift": too few of them, not none; "doesn't give Elsie back those nights": what is lost, not denied;
      // "a purifier does nothing for Maisie on the walk": of no use to her, which denies neither her nor the walk.
      const ahead = tokens.slice(i + 1, i + 9).map((x) => x.word);
      const shortage = ahead.slice(0, 4).includes('enough');
      const undone = ahead.slice(0, 3).some((w) => /^(?:give|bring|get|take)$/.test(w)) && ahead.includes('back');
      const useless = t.word === 'nothing' && next === 'for';
      // "about 31,000 homes, not the 48,000 it gave when the appeal was allowed": a figure set aside, not what follows it.
      const figure = tokens[i + (next === 'the' ? 2 : 1)]?.isNumber === true;
      // "The alarm was not sounded until 5.36am", "The trainees will not qualify until September": it happens, then.
      // So with "before": "nothing takes effect before 1 July" is "it takes effect on 1 July", not that nothing does.
      const late = ahead.slice(0, 4).some((w) => w === 'until' || w === 'till' || w === 'before');
      if (!NOT_A_DENIAL.has(next) && !shortage && !undone && !useless && !figure && !late) {
        scope = NEGATION_SCOPE;
        const opensClause = i === 0 || /[,;:.!?()\u2014\u2013]/.test(gap) || /^(?:that|and|but)$/.test(tokens[i - 1]!.word);
        if (/^(?:no|nobody|none)$/.test(t.word) && opensClause) subjectDenied = true;
        // "no X", "never X", "n't any X", "not a single X".
        const after = tokens[i + 2]?.word ?? '';
        strongScope = STRONG_NEGATORS.has(t.word) || /^(any|a|single|ever)$/.test(next) || /^(any|a|single)$/.test(after) ? 4 : 2;
        // "Not one of those long-term moorers has been offered": the denial reaches the verb, however long the noun phrase.
        const partitive = partitiveAt(tokens, i);
        if (partitive) scope = Math.max(scope, partitive.verb - i + 4);
      }
      continue;
    }
    // "closure without replacement remains the fallback": the privative's noun phrase ends at its verb, and
    // "a ban on hosepipes across the valley" at a place or time it is said of; nor does it run into a relative
    // clause ("People without a dentist who need urgent treatment").
    if (missing > 0 && (FINITE_VERB.test(t.word) || /^(?:who|whose|which)$/.test(t.word) || (missing < NEGATION_SCOPE && PLACE_OR_TIME.test(t.word)))) missing = 0;
    // At the reason a negation denies ("because they fancy a change"), the denial starts.
    if (i === neutralUntil && t.word === 'because') scope = strongScope = NEGATION_SCOPE;
    if (i < neutralUntil) continue;
    // A very general verb ("leave", "pay") says nothing by its stem, but its concept (@flight) does;
    // a topic word ("food", "border") names its concept's topic without asserting or denying it. A capitalised
    // word is a name, unless it is a word of a concept ("the Internet").
    if (!t.capital || i === 0 || conceptOf(t.word))
      for (const term of GENERIC_VERBS.has(t.word) ? terms(t).filter((x) => x.startsWith('@')) : TOPIC_ONLY.has(t.word) ? terms(t).filter((x) => !x.startsWith('@')) : terms(t)) {
        (scope > 0 || missing > 0 ? negated : affirmed).add(term);
        if (strongScope > 0) strong.add(term);
      }
    // "restrictions on speech", "a lack of food", "without any knowledge": what follows is said to be missing.
    // A privative inside a denial denies the denial ("no one will be left without an option"): what follows is had.
    if (PRIVATIVE.has(t.word) && scope > 0) scope = strongScope = 0;
    else if (PRIVATIVE.has(t.word)) missing = NEGATION_SCOPE;
    else if (missing > 0) missing--;
    // "no warning that the slope at Scarth Bend was unstable": a denied noun's that-clause is denied to its end.
    if (t.word === 'that' && scope > 0 && NEGATORS.has(tokens[i - 2]?.word ?? '')) scope = DENIED_CLAUSE;
    // "not a single case of illness", "no sign of damage": the outright denial reaches the noun after "of".
    if (t.word === 'of' && strongScope > 0) strongScope += 2;
    if (scope > 0) scope--;
    if (strongScope > 0) strongScope--;
  }
  return { negated, affirmed, strong };
}

/** "not one of those …" or "none of the …" at token i: where its "of" is, and the verb the denial falls on. */
function partitiveAt(tokens: readonly Token[], i: number): { of: number; verb: number } | undefined {
  const w = (k: number) => tokens[k]?.word ?? '';
  const of = w(i) === 'not' && w(i + 1) === 'one' && w(i + 2) === 'of' ? i + 2 : w(i) === 'none' && w(i + 1) === 'of' ? i + 1 : -1;
  if (of < 0 || !/^(?:those|these|the|our|its|their|his|her|my|your)$/.test(w(of + 1))) return undefined;
  const verb = tokens.findIndex((t, k) => k > of + 1 && k < of + 9 && FINITE_VERB.test(t.word));
  return verb < 0 ? undefined : { of, verb };
}

/**
 * "Not one of those long-term moorers has been offered anywhere", "none of the village's 212 homes has been connected": the
 * ones named are there, only what the verb says is denied. The stems of those named.
 */
export function partitiveNamed(tokens: readonly Token[]): Set<string> {
  const cached = partitiveCache.get(tokens);
  if (cached) return cached;
  const named = new Set<string>();
  tokens.forEach((_, i) => {
    const at = partitiveAt(tokens, i);
    if (at) for (let k = at.of + 2; k < at.verb; k++) named.add(tokens[k]!.stem);
  });
  partitiveCache.set(tokens, named);
  return named;
}
/** Kept per passage's tokens: the denial check asks it of every pair. */
const partitiveCache = new WeakMap<readonly Token[], Set<string>>();

function termsOfToken(t: Token): string[] {
  return contentTerms([t]);
}

/**
 * A figure that does not say what it counts ("the figure of 318,000 was a typo") counts what
 * the same figure counted earlier in its paragraph ("put the number of dead at 318,000").
 */
function inheritMeasures(figures: Figure[], earlier: readonly Unit[], paragraph: number): void {
  for (const f of figures) {
    if (measuresOf(f).size) continue;
    for (let i = earlier.length - 1; i >= 0 && earlier[i]!.sentence.paragraph === paragraph; i--) {
      const g = earlier[i]!.figures.find((x) => sameFigure(x, f) && measuresOf(x).size);
      if (!g) continue;
      const partner = f.replacedBy !== undefined ? figures[f.replacedBy] : figures.find((x) => x.replacedBy !== undefined && figures[x.replacedBy] === f);
      // And it is what that one was: "Twenty-three of the 71" are of the 71 of "Of the 97 households that replied, 71 had water".
      for (const x of partner ? [f, partner] : [f]) Object.assign(x, { context: [...new Set([...x.context, ...g.context])] }, g.part ? { part: true } : {});
      break;
    }
  }
}

/** What a unit reads: its words, figures, years and what it denies or affirms. */
interface Reading {
  names: Set<string>;
  tokens: Token[];
  terms: string[];
  figures: Figure[];
  years: YearMention[];
  negated: Set<string>;
  affirmed: Set<string>;
  strong: Set<string>;
}

/** What the question asked, for the answer's reading. */
interface Asked {
  terms: string[];
  answers: boolean;
  /** +1: the answer opens with "Yes", "Of course"; -1: with "No", "Not at all"; 0: neither. */
  reply: number;
  /** The question asks whether something is denied ("Do you deny …?"): a "yes" denies it. */
  asksDenial: boolean;
  /** The sentence opens the answer. */
  opens: boolean;
}

const YES = /^\W*(?:yes|yeah|yep|of course(?! not)|certainly|sure|absolutely(?! not)|indeed|exactly|correct|that's right|that is right)\b/i;
const NO = /^\W*(?:no|nope|not at all|of course not|absolutely not|certainly not|never|not really|not exactly)\b/i;
/** An answer that rejects what the interviewer has just asserted. */
const REJECTION = /^\W*(?:(?:this|that|it)(?:'s|\u2019s| is| was)\s+(?:(?:totally|completely|absolutely|simply)\s+)?(?:false|untrue|not true|wrong|a lie|a myth|nonsense|propaganda)|(?:that's|that is)\s+not\s+(?:true|correct|so)|false|untrue|wrong)\b/i;

/**
 * +1 for an answer that is a plain "yes" ("Yes, I do.", "Of course they can, as long as …"), -1 for a
 * plain "no" ("No, not at all."), 0 otherwise: a "no" followed by its own account ("No, you're mistaking
 * this with what happened from 1995 to 2000") says what it says, not the opposite of the question.
 */
function replyOf(text: string): number {
  const m = NO.exec(text) ?? YES.exec(text);
  if (!m) return 0;
  const rest = text.slice(m[0].length).split(/[.!?;]/)[0]!;
  if (contentTerms(tokenize(rest)).length > 1) return 0;
  return NO.test(text) ? -1 : 1;
}

/** Small words a name of several words may hold ("Committee for Cultural Relations"). */
const NAME_JOINERS = new Set(['of', 'for', 'and', 'the', 'in', 'on', 'de', 'la', 'del']);

/** Names of a text: capitalised words past the first, and the initials of each name of three or more such words (an organisation, not a person). */
function namesOf(tokens: readonly Token[]): { names: Set<string>; acronyms: string[] } {
  const names = new Set<string>();
  const acronyms: string[] = [];
  let run: Token[] = [];
  const close = () => {
    const caps = run.filter((t) => t.capital && !isStopWord(t.word));
    if (caps.length >= 3 && caps.length <= 6) acronyms.push(caps.map((t) => t.word[0]).join(''));
    run = [];
  };
  tokens.forEach((t, i) => {
    if (t.capital && !t.isNumber) {
      if (i > 0 && t.word.length > 2 && !isStopWord(t.word)) names.add(t.stem);
      run.push(t);
    } else if (run.length && NAME_JOINERS.has(t.word)) run.push(t);
    else close();
  });
  close();
  for (const a of acronyms) names.add(a);
  return { names, acronyms };
}

function read(body: string, figures: Figure[], years: YearMention[], question: Asked): Reading {
  const tokens = tokenize(body);
  const terms = contentTerms(tokens);
  // An organisation meets its initials: "the Korean Friendship Association" / "the KFA".
  const { names, acronyms } = namesOf(tokens);
  for (const a of acronyms) if (!terms.includes(a)) terms.push(a);
  // Figures of the same thing meet in retrieval even when worded apart ("the figure of 318,000" / "died").
  for (const f of figures) for (const m of measuresOf(f)) terms.push(`$count:${m}`);
  const { negated, affirmed, strong } = polarity(tokens, body, termsOfToken);
  // An answer that flatly denies "this" denies what the question asked about ("claims of North
  // Koreans starving?" / "not a single person suffering from this"). Later in the answer, a "That" that opens
  // a sentence points to the sentence before ("Three of our members had leave cancelled. That can't become normal.").
  const pointsBack = question.opens ? /\b(this|that|it|these|those)\b/i : /.\b(this|that|it|these|those)\b/is;
  if (question.answers && strong.size && pointsBack.test(body))
    for (const t of question.terms) if (t.startsWith('@') && !affirmed.has(t)) negated.add(t), strong.add(t);
  // "Do you believe human rights are respected? Yes, I do." asserts what was asked; "No." denies it
  // ("Do you deny …? Yes." denies it too).
  const sign = question.reply * (question.asksDenial ? -1 : 1);
  if (question.answers && sign)
    for (const t of question.terms) {
      if (t.startsWith('#') || t.startsWith('$') || negated.has(t) || affirmed.has(t)) continue;
      if (sign > 0) affirmed.add(t);
      else negated.add(t), strong.add(t);
    }
  return { names, tokens, terms, figures, years, negated, affirmed, strong };
}

/** How good a quote a unit makes, and the checkable features that make it so. */
function scoreOf(body: string, length: number, r: Reading, speaker: SpeakerGuess, isQuestion: boolean, answer: boolean): { features: string[]; score: number } {
  const features: string[] = [];
  let score = 0;
  const add = (feature: string, weight: number) => {
    features.push(feature);
    score += weight;
  };
  if (speaker.how !== 'writer') add('attribution', 1);
  if (r.figures.length) add('number', 1.5);
  if (r.years.length) add('date', 1);
  if (SUPERLATIVE.test(body)) add('superlative', 0.8);
  if (BIOGRAPHY.test(body)) add('biography', 0.8);
  if (r.negated.size) add('denial', 0.8);
  if (answer) add('answer', 0.5);
  // A flat denial is a quote however short ("There are no prisoners."): it is the sweeping kind a student should check.
  const flatDenial = r.strong.size > 0 && r.terms.length >= 1 && length >= 20;
  if (isQuestion || (!flatDenial && (length < 25 || r.terms.length < 3))) return { features, score: 0 };
  if (HEDGE.test(body)) score -= 0.5;
  if (length > 400) score -= 0.5;
  if (length < 50) score -= 0.3;
  // Richer sentences (more content words) make better quotes, up to a point.
  score += Math.min(r.terms.length, 20) / 20;
  if (features.length === 0) score = Math.min(score, 0.5);
  return { features, score: Math.max(0, score) };
}


/** A paragraph's opening occasion: "At the declaration on Friday,", "After the recount:". */
const SETTING = /^(?:At|During|After) (?:the|a|an) [^,.:;]{1,40}(?=[,:])/u;

export function analyseSource(source: Source, sourceIndex: number, firstUnitId: number): SourceAnalysis {
  const { paragraphs, sentences } = segmentSentences(source.text);
  const speakers = indexSpeakers(sentences, source.text);
  const units: Unit[] = [];
  /** The sentence units only, in order (figures inherit what an earlier sentence counted). */
  const sentenceUnits: Unit[] = [];
  const guesses = guessSpeakers(sentences, speakers, source);
  let lastQuestion: string[] = [];
  let lastQuestionBlock = -2;
  let lastQuestionSentence: Sentence | undefined;
  let lastBlock = -1;
  let previousParagraph = -1;
  let setting: string | undefined;
  /** The first row of the table being read, whose cells head its columns. */
  let tableHeading: { paragraph: number; text: string } | undefined;
  /** Reading the lines of a breakdown ("The estimated cost of the repair is £2.74 million, made up as follows:"). */
  let breakdown = false;
  /** Sentence units by block, so an answer can reject the statements just before it. */
  const byBlock = new Map<number, Unit[]>();
  /** The question before each block that may answer it, for quoting a short answer whole. */
  const questionOfBlock = new Map<number, { sentence: Sentence; terms: string[] }>();
  for (const [sentenceIndex, sentence] of sentences.entries()) {
    const text = sentence.text;
    // A question, unless a statement comes first and the question is only a short tail ("... alone. Why?").
    const tail = /(?:^|[.!]\s+)([^.!?]*\?["\u201D\u2019')]*)$/.exec(text.trim());
    const isQuestion = /\?["\u201D\u2019')]*$/.test(text.trim()) && !(tail && tail.index > 40 && tail[1]!.length < 20);
    if (sentence.paragraph !== previousParagraph) {
      previousParagraph = sentence.paragraph;
      setting = SETTING.exec(text)?.[0];
    }
    const speaker = guesses[sentenceIndex]!;
    const figures = extractFigures(text);
    if (text.startsWith('|')) {
      if (tableHeading?.paragraph !== sentence.paragraph) tableHeading = { paragraph: sentence.paragraph, text };
      else applyColumnHeadings(figures, text, tableHeading.text);
    }
    inheritMeasures(figures, sentenceUnits, sentence.paragraph);
    // Each line of a breakdown is a part of the whole its opening sentence gives.
    const listLine = /^[-\u2022*]\s/.test(text);
    if (breakdown && listLine) for (const f of figures) f.part = true;
    // A sentence that opens a breakdown and ends at its colon: the lines after it are the breakdown.
    breakdown = (/:\s*$/.test(text) && AS_FOLLOWS_BEFORE.test(text)) || (breakdown && listLine);
    const years = extractYears(text);
    const answersQuestion = speakers.answerBlocks.has(sentence.block) && sentence.block <= lastQuestionBlock + 2;
    const firstOfBlock = sentence.block !== lastBlock;
    if (answersQuestion && firstOfBlock) markAskedChange(lastQuestionSentence?.text ?? '', figures);
    // Only the answer's opening word replies to the question ("Yes, I do." / "No, you're mistaking this …").
    const opensAnswer = answersQuestion && firstOfBlock && sentence.block === lastQuestionBlock + 1;
    const question: Asked = {
      terms: lastQuestion,
      answers: answersQuestion,
      reply: opensAnswer ? replyOf(text) : 0,
      asksDenial: /\bdeny|denies|denied\b/i.test(lastQuestionSentence?.text ?? ''),
      opens: opensAnswer,
    };
    const r = read(text, figures, years, question);
    // A short first sentence of an answer ("Yes, I do.") only makes sense with its question.
    lastBlock = sentence.block;
    const withQuestion =
      answersQuestion && firstOfBlock && lastQuestionSentence !== undefined && sentence.block === lastQuestionBlock + 1 &&
      text.length < 80 && lastQuestionSentence.text.length <= 250;
    const start = withQuestion ? lastQuestionSentence!.start : sentence.start;
    const unitText = withQuestion ? source.text.slice(start, sentence.end) : text;
    if (withQuestion) r.terms.push(...lastQuestion);
    const clauses = isQuestion || withQuestion ? [] : clausesOf(text);
    const split = clauses.length > 1;
    const scored = scoreOf(text, unitText.length, r, speaker, isQuestion, withQuestion);
    const unit: Unit = {
      id: firstUnitId + units.length,
      source: sourceIndex,
      sentence,
      start,
      end: sentence.end,
      text: unitText,
      body: text,
      bodyStart: sentence.start,
      names: r.names,
      tokens: r.tokens,
      terms: r.terms,
      termSet: new Set(r.terms),
      questionTerms: answersQuestion && !withQuestion ? lastQuestion : [],
      figures,
      years,
      negated: r.negated,
      stronglyNegated: r.strong,
      affirmed: r.affirmed,
      speaker,
      isQuestion,
      standalone: true,
      ...(setting ? { setting } : {}),
      features: scored.features,
      score: scored.score,
    };
    units.push(unit);
    sentenceUnits.push(unit);
    byBlock.set(sentence.block, [...(byBlock.get(sentence.block) ?? []), unit]);
    // "It's notorious that the elites enjoy privileges …" / "This is false.": the answer rejects the statements before it.
    if (firstOfBlock && speakers.answerBlocks.has(sentence.block) && REJECTION.test(text)) {
      const said = (byBlock.get(sentence.block - 1) ?? []).filter((u) => !u.isQuestion);
      if (said.length) unit.rejects = said.map((u) => u.id);
    }
    if (split) {
      unit.clauses = [];
      for (const c of clauses) {
        const body = text.slice(c.start, c.end);
        const shift = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start - c.start, end: x.end - c.start });
        const inClause = figures.filter((f) => f.start >= c.start && f.end <= c.end);
        // A replacement is pointed at by its place in the list: in the clause's own list, or not at all when it lies outside the clause.
        const cf = inClause.map((f) => {
          const { replacedBy, ...rest } = shift(f);
          const j = replacedBy === undefined ? -1 : inClause.indexOf(figures[replacedBy]!);
          return j >= 0 ? { ...rest, replacedBy: j } : rest;
        });
        const cy = years.filter((y) => y.start >= c.start && y.end <= c.end).map(shift);
        const cr = read(body, cf, cy, question);
        const cs = scoreOf(body, body.length, cr, speaker, false, false);
        const clause: Unit = {
          ...unit,
          id: firstUnitId + units.length,
          start: sentence.start + c.start,
          end: sentence.start + c.end,
          text: body,
          body,
          bodyStart: sentence.start + c.start,
          names: cr.names,
          tokens: cr.tokens,
          terms: cr.terms,
          termSet: new Set(cr.terms),
          figures: cf,
          years: cy,
          negated: cr.negated,
          stronglyNegated: cr.strong,
          affirmed: cr.affirmed,
          standalone: c.standalone,
          parent: unit.id,
          clauses: undefined,
          features: cs.features,
          // A clause that cannot be read alone is evidence, never a quote.
          score: c.standalone ? cs.score : 0,
        };
        units.push(clause);
        unit.clauses.push(clause.id);
      }
      // A sentence that makes several statements is quoted by its clauses, one statement each, when one can be read alone.
      if (units.some((u) => u.parent === unit.id && u.score > 0)) unit.score = 0;
    }
    if (isQuestion) {
      lastQuestion = r.terms;
      lastQuestionBlock = sentence.block;
      lastQuestionSentence = sentence;
      questionOfBlock.set(sentence.block + 1, { sentence, terms: r.terms });
    }
  }
  for (const [block, asked] of questionOfBlock) {
    const answer = wholeAnswer(source, asked, byBlock.get(block) ?? [], speakers.answerBlocks.has(block), firstUnitId + units.length);
    if (answer) units.push(answer);
  }
  return { source, paragraphs, sentences, units };
}

/** An answer that has said fewer content words than this needs its next sentence. */
const THIN_ANSWER = 5;
/** A sentence that leans on the one before it: it opens with a connective, or points back with a pronoun. */
const POINTS_BACK = /^\W*(?:but|and|so|because|also|now|yet|still|then|however)\b|\b(?:this|these|those|it|its|they|them|their)\b/i;
const contentWords = (u: Unit) => u.tokens.filter((t) => !t.isNumber && t.word.length > 2 && !isStopWord(t.word)).length;

/** Longest question, and answer, quoted together as one passage. */
const WHOLE_QUESTION_MAX = 250;
const WHOLE_ANSWER_MAX = 350;

/** A question that asks by how much something changes. */
const ASKS_CHANGE = /\bhow (?:much|many|far)\b[^?]*\b(?:save|saves|cut|cuts|reduce|add|adds|increase|rise|raise|fall|drop|grow|lower|boost)\b/i;

/** "How much water will the ban save? — Up to 20 megalitres a day": an answer's figures are changes, not levels. */
function markAskedChange(question: string, figures: Figure[]): void {
  if (ASKS_CHANGE.test(question)) for (const f of figures) f.change = true;
}

/**
 * A short answer quoted whole with its question: "But what about claims of North Koreans starving? — No,
 * you're mistaking this with what happened from 1995 to 2000. Now there is not a single person suffering
 * from this …". Its opening sentence cannot be read alone, nor can "this" in the next; the whole answer
 * can. Only when the answer opens short (the question and first sentence are already one unit): the
 * answer's first paragraph, two to four sentences as far as they fit. A quote only, never evidence: its
 * sentences are the evidence.
 */
function wholeAnswer(source: Source, asked: { sentence: Sentence; terms: string[] }, block: readonly Unit[], isAnswer: boolean, id: number): Unit | undefined {
  const [first] = block;
  if (!isAnswer || !first || first.start !== asked.sentence.start || asked.sentence.text.length > WHOLE_QUESTION_MAX) return undefined;
  // The sentences of the answer's opening paragraph that the quote needs, up to four: the next one
  // while what is taken says little yet ("There are so many, I don't know where to start."), or when it
  // points back ("Now there is not a single person suffering from this").
  const taken = [first];
  let said = contentWords(first);
  for (const u of block.slice(1, 4)) {
    if (u.sentence.paragraph !== first.sentence.paragraph || u.sentence.end - first.sentence.start > WHOLE_ANSWER_MAX) break;
    if (said >= THIN_ANSWER && !POINTS_BACK.test(u.sentence.text)) break;
    taken.push(u);
    said += contentWords(u);
  }
  if (taken.length < 2) return undefined;
  const last = taken.at(-1)!;
  const body = source.text.slice(first.sentence.start, last.sentence.end);
  const figures = extractFigures(body);
  markAskedChange(asked.sentence.text, figures);
  const years = extractYears(body);
  const question: Asked = { terms: asked.terms, answers: true, reply: replyOf(first.sentence.text), asksDenial: /\bdeny|denies|denied\b/i.test(asked.sentence.text), opens: true };
  const r = read(body, figures, years, question);
  r.terms.push(...asked.terms);
  const text = source.text.slice(asked.sentence.start, last.sentence.end);
  const scored = scoreOf(body, text.length, r, first.speaker, false, true);
  return {
    ...first,
    id,
    start: asked.sentence.start,
    end: last.sentence.end,
    text,
    body,
    bodyStart: first.sentence.start,
    names: r.names,
    tokens: r.tokens,
    terms: r.terms,
    termSet: new Set(r.terms),
    questionTerms: [],
    figures,
    years,
    negated: r.negated,
    stronglyNegated: r.strong,
    affirmed: r.affirmed,
    clauses: undefined,
    parent: undefined,
    wholeAnswer: true,
    features: scored.features,
    // Read whole, the answer is a better quote than any of its sentences alone.
    score: scored.score > 0 ? scored.score + 0.3 : 0,
  };
}
