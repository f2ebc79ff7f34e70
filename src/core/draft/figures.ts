/**
 * Figures in a sentence, and what each one counts.
 *
 * A conflict between two figures needs the same quantity of the same thing, so
 * each figure keeps:
 * - its kind: a count, a measurement (a decimal: "magnitude 7.1"), a sum of
 *   money, a percentage, an age, a duration or a tally ("5 to 2"). Dates,
 *   clock times, years and ordinals are not figures at all: the compromise
 *   tagger tells them apart ("Jan. 12", "5 p.m.", "the second aftershock",
 *   "60th"), and `extractYears` reads years for dates;
 * - figures fifty times apart are never the same thing counted;
 * - the range its wording allows ("more than 10,000" is (10,000, ∞); a round
 *   "300,000" may stand for anything from 250,000 to 350,000, an exact
 *   "316,000" only for 315,500–316,500);
 * - what it counts: the nouns after it (its unit: members, positions; the
 *   tagger tells nouns from "dead" or "died"; for a part, "11 of the town's
 *   schools", the noun after "of"), the adjectives before that noun (primary /
 *   secondary schools), and the nouns and measure words of its clause
 *   (`context`: "dead", "homeless", "toll", "enrollment"), less the noun another
 *   figure counts ("35 jobs for 212 people"); for a sum, its kind (a profit, a
 *   fine, a cost: `MONEY_ROLES`);
 * - the years its clause names ("62,000 visits in 2030"): counts of different
 *   years are not one count told twice;
 * - its role: stated, or withdrawn ("revised to 210,000, from the 230,000 he
 *   had announced"; "318,000 was a typo and should have read 316,000"; "a
 *   previous estimate of 12,400 acres was revised"), or an earlier value
 *   ("down from 7,100 last year", "rise from $2.00 to $2.50");
 * - whether it describes a state that changes with time (present tense: "the
 *   group has 17,000 members") or a past event ("230,000 people died");
 * - what makes two counts of one noun different counts: a part of a whole ("two of the
 *   five piers"), a rate ("a week", "for each of the homes", "each keeper … up to 60"), people
 *   picked out by "who" or by what they lacked, the span counted over ("since 2040", "on a
 *   normal summer day"), what a unit of measure measures ("tonnes of food waste", "kilometres
 *   of overhead wire"), a change ("would add", "will save", "120 square metres smaller than"),
 *   all of them ("the zoo keeps 612 animals") against those who did something, the name that
 *   has them ("Larch Ward … has 28 beds", "Enclosure 12 measures 380 square metres"), the
 *   year it is dated in, and a norm ("a target of 35 megalitres a day") against a measurement.
 * - numbers that name ("Route 14", "Routes 6, 19 and 22"), phone numbers and codes, clock
 *   times and temperatures are not counts.
 */

import nlp from 'compromise/two';
import { conceptOfStem, contentTerms, fold, isPersonUnit, isStopWord, stem, tokenize } from './text';

export type FigureKind = 'count' | 'measure' | 'money' | 'percent' | 'age' | 'duration' | 'tally';
/**
 * `supposed`: said as a wish or a choice ("I would rather open eight beds safely"), not as what is or will be;
 * `norm`: a target, a limit or a need ("a target of 35 megalitres a day", "needs seven crew"), comparable only with another norm.
 */
export type FigureRole = 'stated' | 'retracted' | 'earlier' | 'supposed' | 'norm';

export interface Figure {
  kind: FigureKind;
  value: number;
  /** The range the wording allows. */
  low: number;
  high: number;
  /** The words as written, e.g. "more than 10,000". */
  text: string;
  /** Offsets in the sentence. */
  start: number;
  end: number;
  /** Stems of the noun phrase after the figure ("new teachers" → teacher); empty when none follows. */
  unit: string[];
  /** Stems of the adjectives before that noun ("primary schools" → primari): which of the things are counted. */
  modifiers: string[];
  /** Years named in the figure's clause ("62,000 visits in 2030"): the time it is said of. */
  years: number[];
  /** Of those, the years it is dated in ("In 2040 the zoo employed 41 keepers", "52 megalitres a day in 2040"); not "since 2040". */
  inYears: number[];
  /** A year told from the article's own ("last year": -1, "this year": 0, "next year": 1). */
  yearFromNow?: number;
  /** Its clause dates it without a year ("now", "on the day of the inspection", "in the year to March"): of the article's own time. */
  current?: boolean;
  /** Those named after it ("62,000 visits in 2030"): they date the count, not an event. */
  frame: number[];
  /** The unit counts persons (members, people, defectors, ...). */
  persons: boolean;
  /** Content stems and concepts of the figure's clause, minus the figure: what it counts. */
  context: string[];
  /** Stems of the clause's own verbs (not "is", "has", "said"): what happens to what is counted. */
  actions: string[];
  role: FigureRole;
  /** For a retracted figure: the index (in the same sentence's list) of the one that replaces it. */
  replacedBy?: number;
  /** For a sum, the noun naming it just before and the words qualifying that noun ("total reserves of £31,400": reserv, [total]). */
  sumName?: { noun: string; modifiers: string[] };
  /** A sum given towards something ("offered £450,000 towards the repair": repair): a part of what that thing costs. */
  towards?: string;
  /** Withdrawn as a figure named, not as a count of something ("The figure of 64 I gave last week was wrong"): its value says which figure. */
  named?: boolean;
  /** Said in the present tense of something that changes with time. */
  state: boolean;
  /** A part of a whole another figure gives ("two of the bridge's five piers"): it counts the piers, but only other parts are the same thing. */
  part?: boolean;
  /** A rate: the period each count is of ("300 patients a week": week); a total has none. */
  per?: string;
  /** People picked out by a relative clause ("23 patients who spent more than 12 hours"): some of them, not all. */
  subset?: boolean;
  /** Who its clause says tells it ("which the trust estimates at £1.9 million": trust): not what it counts. */
  tellers?: string[];
  /** For a figure with no noun of its own, the stems of the place its clause puts it in ("the 62 based at the depot": depot): not what it counts. */
  placed?: string[];
  /** Those a survey or an inquiry reached ("surveyed 400 residents", "the 97 households that replied"): a sample, told apart from every other count. */
  sampled?: boolean;
  /** A total over several places ("responsible for 310 buses at five depots"): not the count at one of them. */
  across?: boolean;
  /** Those on a list ("the 1,180 households on the council's assisted-collection list"): not those a count of what happened to them picks out. */
  listed?: boolean;
  /** The span of time counted over, folded ("over the six months", "between august 12 and august 21"). */
  span?: string;
  /** A sum kept to a day ("had spent $287 million by February 28", "has paid $3.4 million so far"): not the whole sum. */
  toDate?: boolean;
  /** For a unit of measure, the stems of what it measures ("70 tonnes of food waste": food, wast). */
  material?: string[];
  /** A change, not a level: "would add about 410 vehicles" is not the 1,150 vehicles counted. */
  change?: boolean;
  /** All of them ("every one of the district's 18,400 households", "all 11 schools"). */
  all?: boolean;
  /** The whole a part in its sentence is taken from ("the 23" in "All but two of the 23 stops are near a branch"): given, not what the sentence tells of. */
  whole?: boolean;
  /** For a sum: the stems of every word of its clause, tagged or not ("the festival cost about $1.3 million", "The grant … was $75,000"), to tell what kind of sum it is. */
  clauseWords?: string[];
  /** The statistic its sentence gives it ("the highest hourly reading": max; "one reading": a reading; "the average level": mean): a peak is not an average. */
  statistic?: 'max' | 'min' | 'reading' | 'mean';
  /** "The town's 38,000 households": the place word that has them (told apart from other counts only for conflicts, as every passage about a place may leave its name out). */
  place?: string;
  /** When it is said of, where its own clause says so: "where four serve now" (now) / "there will be two serving positions" (later) / "39 of the 174 … were" (past). */
  tense?: 'now' | 'later' | 'past';
  /** For a distance, measured in a straight line ("2.9 miles as the crow flies"), not along a way ("4.1 miles by road"). */
  straight?: boolean;
  /** The words before a label's noun ("| Food waste crew posts | 12 |"): which of the noun's things the row counts. */
  labelKind?: string[];
  /** A size that names a kind of thing ("a 180-litre black bin" / "a new 240-litre bin"): two sizes are two things. */
  sized?: boolean;
  /** For a distance, the places its sentence names ("The drive from Brackenford to Stainmoor is 17 miles"): another trip names others. */
  route?: string[];
  /** Stems of the name that has what is counted ("Larch Ward, which cares for older patients, has 28 beds"): a passage that never names it speaks of something else. */
  owner?: string[];
  /** The label of the list line or table row the figure is on ("Entries and exits"): one document's rows are different rows. */
  row?: string;
  /** For a share, the head of what it is a share of ("68 per cent of responses": respons): shares of different wholes are different shares. */
  base?: string;
  /** The places another figure of its sentence is counted over ("across its six sites"): not what the sentence tells. */
  scope?: boolean;
  /** Said of "the other sites" (schools, branches): of every place but the one named. */
  elsewhere?: boolean;
  /** Those still waiting at a time ("2,318 defects were open", "41 posts remain unfilled"), not those something was done to. */
  standing?: boolean;
  /** Of a label that names what is counted, the words after its noun ("Incidents in Hollinford station area"), all of which a passage about the same count names. */
  qualifier?: string[];
  /** Of a list line's label, the part after a comma that says which one it is of ("Castle Street", "both sites"). */
  which?: string[];
  /** Stems of the named place just after what is counted ("12 flats in Linwood Court"): counts in two named places are two counts. */
  within?: string[];
  /** For those that lacked something, the stems of what ("had no running water"): those without power are not those without water. */
  lacking?: string[];
  /** For those past a limit of time, the limit in minutes ("41 people waited more than six hours": 360): those past another limit are others. */
  beyond?: number;
  /** Who received or recorded what is counted ("the association had received more than 300 complaints"): another body's count is another count. */
  counter?: string;
  /** The clock time its sentence names ("a departure at 1.52am that reached 84 dB(A)"): what happened at another time is another thing. */
  clock?: string;
  /** Told on a timeline's line that opens with its time: what was so at that moment, not what is so in general. */
  moment?: boolean;
  /** For a reading (parts per million, micrograms, decibels), the stems of the spot its clause puts it at ("at the loading bay doors"). */
  spot?: string[];
}

export interface YearMention {
  year: number;
  start: number;
  end: number;
}

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12,
};
const SCALE: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 };
const MONEY_SCALE: Record<string, string> = { k: 'thousand', m: 'million', bn: 'billion' };
/** Units written onto a number, as the stems of their names. */
const ATTACHED_UNITS: Record<string, string> = { mm: 'millimetr', cm: 'centimetr', m: 'metr', km: 'kilometr', kg: 'kilogram', g: 'gram', ml: 'millilitr', l: 'litr', ha: 'hectar', mph: 'mph', kph: 'kph' };
const ATTACHED_UNIT = /^(mm|cm|km|kg|g|ml|l|ha|mph|kph|m(?=[\s\u00A0]+(?:wide|long|high|deep|tall|away|across|above|below|thick)\b))(?![\p{L}\p{N}])/u;
const MONEY_SCALE_AFTER = /^(k|m|bn)(?![\p{L}\p{N}])/iu;
const VAGUE: Record<string, [number, number]> = {
  dozens: [24, 99], scores: [40, 99], hundreds: [200, 999], thousands: [2000, 9999], millions: [2e6, 9.99e8],
};

const WORD_NUM = '(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?(?![\\p{L}])';
const QUALIFIER = '(?:(?:way |well |far )?(?:more than|over|above|at least|upwards of|in excess of|nearly|almost|near|about|around|roughly|approximately|some|up to|close to|under|fewer than|less than|just over|just under|at or below|at or above|at most|a few|several|between)\\s+)?';
const NUMBER = '(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)';
const CORE =
  `(?:(?:([$€£])\\s?)?${NUMBER}(?:\\s*(hundred|thousand|million|billion))?` +
  `|(?:a |an )?(${WORD_NUM}|a|an)\\s+(hundred|thousand|million|billion|dozen)` +
  `|(${WORD_NUM})` +
  `|(dozens|scores|hundreds|thousands|millions)(?: of (thousands|millions))?` +
  `|(?<=(?:a few|several)\\s+)(hundred|thousand|million))`;
/** A second figure closing a range or a tally: "between 46,000 and 85,000", "5 to 2", "5-2". */
const SECOND = `(?:(\\s+and\\s+|\\s+to\\s+|-)${NUMBER}(?:\\s*(hundred|thousand|million|billion))?)?`;
const SUFFIX = `(%| per ?cent|-year-old|st|nd|rd|th)?`;
// Not inside a word or a number; a currency sign may open it ("$2.50").
const FIGURE_RE = new RegExp(`(?<![\\p{L}\\p{N}.,])(${QUALIFIER})${CORE}${SECOND}${SUFFIX}`, 'giu');

const TIME_STEMS = /^(second|minut|minute|hour|day|week|month|year|decad|decade|centuri|century)$/;
const CURRENCIES = /^(dollars?|euros?|pounds?|yen|yuan|pesos?|rupees?|francs?|cents?)$/;

function parseWordNumber(w: string): number | undefined {
  let total = 0;
  for (const p of fold(w).split(/[- ]/)) {
    const v = SMALL[p];
    if (v === undefined) return undefined;
    total += v;
  }
  return total;
}

/** The range a wording allows; an unqualified figure is as precise as its last non-zero digit. */
/** Before "under 18", "over 65": a bracket, or those of an age ("a child under 18", "residents over 65"). */
const AGE_BAND_BEFORE = /(?:\(|\b(?:child|children|people|pupils|adults?|residents|anyone|those|patients|users|members))\s*$/i;
/** "The petition has passed 7,000 signatures": at least so many, not so many. */
const PASSED_BEFORE = /\b(?:passed|topped|exceeded|surpassed)\s+$/i;

function rangeFor(qualifier: string, value: number, raw: string | undefined, vague?: [number, number], scale = 1): [number, number] {
  const q = fold(qualifier).trim();
  if (vague) return vague;
  if (/more than|over|above|at least|upwards of|in excess of|at or above/.test(q)) return [value, Infinity];
  if (/nearly|almost|just under|close to/.test(q)) return [value * 0.85, value];
  if (/near|about|around|roughly|approximately|some/.test(q)) return [value * 0.85, value * 1.15];
  if (/up to|under|fewer than|less than|at or below|at most/.test(q)) return [0, value];
  if (/a few|several/.test(q)) return [value * 2, value * 9.99];
  // "316,000" stands for 315,500–316,500; "300,000" may be rounded from anything within 50,000.
  const digits = raw?.replace(/,/g, '') ?? '';
  if (/^\d+$/.test(digits) && value >= 100) {
    // "41 million" is as precise as "41": half a million either way.
    const zeros = /0*$/.exec(digits)![0].length;
    const half = (10 ** Math.min(zeros, digits.length - 1) / 2) * scale;
    return [value - half, value + half];
  }
  return [value, value];
}

/** Words after a figure that are not what it counts even when tagged as nouns. */
const UNIT_SKIP = new Set(['of', 'more', 'other', 'own', 'last', 'next', 'ago', 'earlier', 'later', 'now', 'today', 'percent', 'per']);

/** Words that may stand between "of" and the noun of a part ("11 of the town's schools"). */
const PARTITIVE_SKIP = /^(?:the|its|their|his|her|our|your|my|these|those|this|that|[\p{L}-]+['\u2019]s?)$/u;

/**
 * The noun phrase after the figure, as stems: "35 new teachers" → teacher, "1,100 camps" → camp,
 * "three million people" → people, with the adjectives before it ("new"); "316,000 dead" has none.
 * A part of something ("all 11 of Marrow's primary schools") counts the noun after "of"; when another
 * figure comes first ("nine of the 32 beams"), the noun after that one, as a part of the whole.
 */
function unitAfter(terms: Term[], end: number): { unit: string[]; modifiers: string[]; used: Term[]; part?: boolean } {
  const words: string[] = [];
  const modifiers: string[] = [];
  const used: Term[] = [];
  let i = terms.findIndex((t) => t.start >= end);
  if (i < 0) return { unit: words, modifiers, used };
  let part = false;
  // "Around 90 of them", "12 of whom": a part of a whole named before, which counts no noun of its own.
  if (fold(terms[i]!.text) === 'of' && /^(?:them|us|whom|which|those|these)$/.test(fold(terms[i + 1]?.text ?? ''))) return { unit: words, modifiers, used, part: true };
  if (fold(terms[i]!.text) === 'of' && !CLAUSE_END.test(terms[i]!.post)) {
    let k = i + 1;
    while (k < terms.length && k <= i + 3 && PARTITIVE_SKIP.test(fold(terms[k]!.text)) && !CLAUSE_END.test(terms[k]!.post) && !terms[k]!.tags.has('Value')) k++;
    // "255 of the homes": some of them, a part, like "two of the five piers".
    if (k < terms.length && !terms[k]!.tags.has('Value')) [i, part] = [k, true];
    else if (k + 1 < terms.length && !CLAUSE_END.test(terms[k]!.post) && !terms[k + 1]!.tags.has('Value')) [i, part] = [k + 1, true];
  }
  let adjectives = 0;
  for (; i < terms.length && words.length < 3; i++) {
    const t = terms[i]!;
    const w = fold(t.text).replace(/['\u2019]s?$/, '');
    // A table's cell ends at its rule: "233 | 38%" counts nothing called "|".
    if (!w || !/[\p{L}\d]/u.test(w) || UNIT_SKIP.has(w) || (t.tags.has('Value') && !TIME_STEMS.test(stem(w)))) break;
    // "38 full-time posts", "38 full-time-equivalent posts": a hyphenated compound before the noun says which of them
    // (but "a 240-metre runway" measures in metres: the figure is the compound's first part).
    const compound = hyphenatedBefore(terms, i);
    if (!words.length && compound > i && !terms[i - 1]?.post.includes('-')) {
      modifiers.push(terms.slice(i, compound).map((x) => stem(fold(x.text))).join('-'));
      used.push(...terms.slice(i, compound));
      i = compound - 1;
      continue;
    }
    // "the limit of 12,900 set by the council": a participle before "by" says who set the figure, it is not what is counted.
    if (!words.length && fold(terms[i + 1]?.text ?? '') === 'by' && PARTICIPLE.test(w)) break;
    // The tagger sometimes reads a noun right after a figure as a verb ("a $48.2 million budget"):
    // a bare present form there is taken as the noun; "died", "are", "living" are not.
    const verbLike = !words.length && t.tags.has('Verb') && !['PastTense', 'Gerund', 'Copula', 'Auxiliary', 'Modal', 'Participle'].some((g) => t.tags.has(g));
    // So, after a noun, may a plural with no object ("96 stall pitches.", "2,310 staff permits this year"): a verb there would need a subject of one.
    const lastNoun = words.length > 0 && pluralNounAt(terms, i);
    const noun = (t.tags.has('Noun') && !t.tags.has('Pronoun')) || verbLike || lastNoun;
    if (!noun) {
      // "new teachers", "large aftershocks": an adjective may come before the noun, nothing else.
      // So may a past participle the tagger reads as a verb, when a noun follows: "58 scheduled stop visits".
      // But not a verb of having or being: "71 had water inside their homes" counts no water.
      const participle = t.tags.has('PastTense') && !AUXILIARY.test(w) && !!terms[i + 1]?.tags.has('Noun') && !terms[i + 1]!.tags.has('Pronoun');
      if (!words.length && (t.tags.has('Adjective') || participle) && adjectives++ < 2 && !CLAUSE_END.test(t.post)) {
        modifiers.push(stem(w));
        used.push(t);
        continue;
      }
      break;
    }
    words.push(stem(w));
    used.push(t);
    if (CLAUSE_END.test(t.post)) break;
  }
  // "820,000 entries and exits a year" counts both nouns, not the entries alone.
  const joined = words.length && fold(terms[i]?.text ?? '') === 'and' && !CLAUSE_END.test(used.at(-1)!.post) ? terms[i + 1] : undefined;
  if (joined && pluralNounAt(terms, i + 1)) {
    words.push(stem(fold(joined.text)));
    used.push(terms[i]!, joined);
  }
  // Adjectives with no noun after them describe, they do not count ("were 212 strong").
  return { unit: words, modifiers: words.length ? modifiers : [], used: words.length ? used : [], ...(part && words.length ? { part } : {}) };
}

/**
 * A plural noun at `k`, which the tagger may read as a verb ("entries and exits a year"): so read when
 * no object follows it, only the clause's end, a preposition or a rate ("a year", "each week").
 */
function pluralNounAt(terms: Term[], k: number): boolean {
  const t = terms[k];
  if (!t || t.tags.has('Pronoun') || t.tags.has('Value')) return false;
  if (t.tags.has('Noun') && t.tags.has('Plural')) return true;
  if (!t.tags.has('PresentTense') || !/s$/i.test(t.text) || t.tags.has('Copula') || AUXILIARY.test(t.text)) return false;
  const after = terms[k + 1];
  // A preposition before a count is the verb's object ("and teaches about 16,500 students"), before a year it is not.
  const object = terms[k + 2]?.tags.has('Value') && !terms[k + 2]!.tags.has('Year');
  return CLAUSE_END.test(t.post) || !after || (after.tags.has('Preposition') && !object) || after.tags.has('Duration') || (/^(?:a|each|every|per|this|last|next)$/i.test(after.text) && !!terms[k + 2]?.tags.has('Duration'));
}

/** The index past a run of hyphenated terms starting at `i` that a noun follows ("full-time posts"), or `i`. */
function hyphenatedBefore(terms: Term[], i: number): number {
  let j = i;
  while (j < terms.length && terms[j]!.tags.has('Hyphenated') && terms[j]!.post.includes('-')) j++;
  // The compound's last part ends it: "time" in "full-time".
  if (j === i || j >= terms.length || !terms[j]!.tags.has('Hyphenated')) return i;
  const next = terms[j + 1];
  // The tagger may read that noun as a verb ("full-time posts"), as it does right after a figure.
  const noun = next && ((next.tags.has('Noun') && !next.tags.has('Pronoun')) || (next.tags.has('PresentTense') && !next.tags.has('Copula')));
  return noun && !next.tags.has('Hyphenated') && !CLAUSE_END.test(terms[j]!.post) ? j + 1 : i;
}

/** A 4-digit number that reads as a year (1800–2100, not followed by what it counts). */
function looksLikeYear(text: string, start: number, end: number, value: number, raw: string): boolean {
  if (!/^\d{4}$/.test(raw) || value < 1800 || value > 2100) return false;
  const after = /^[\s\u00A0]*([\p{L}'\u2019]+)?/u.exec(text.slice(end, end + 30));
  const next = after?.[1] ? fold(after[1]) : '';
  const before = fold(text.slice(Math.max(0, start - 12), start));
  // "in 2031", "since 2040"; "October 2052", "9 January 2054": after a month's name.
  if (/(in|since|from|until|till|by|of|to|and|early|late|mid|circa|c\.|year|–|-|january|february|march|april|may|june|july|august|september|october|november|december)\s*$/.test(before)) return true;
  return !next || isStopWord(next) || /^(january|february|march|april|may|june|july|august|september|october|november|december)$/.test(next);
}

export function extractYears(text: string): YearMention[] {
  const out: YearMention[] = [];
  const re = /(?<![\d,.])(1[89]\d\d|20\d\d)(?!\d|,\d{3}|\.\d)/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const value = Number(m[1]);
    if (looksLikeYear(text, m.index, m.index + 4, value, m[1]!)) out.push({ year: value, start: m.index, end: m.index + 4 });
  }
  return out;
}

interface Term {
  text: string;
  tags: Set<string>;
  start: number;
  end: number;
  /** Punctuation after the term. */
  post: string;
}

/** The compromise tagger's view of a sentence: each term with its tags and offsets. */
function tagTerms(text: string): Term[] {
  const doc = nlp(text).json({ offset: true }) as Array<{ terms: Array<{ text: string; post: string; tags: string[]; offset: { start: number; length: number } }> }>;
  return doc.flatMap((s) => s.terms.map((t) => ({ text: t.text, tags: new Set(t.tags), start: t.offset.start, end: t.offset.start + t.offset.length, post: t.post })));
}

/** Verbs that say nothing of what happens ("is", "has been", "will"). */
const AUXILIARY = /^(?:is|are|was|were|be|been|being|am|has|have|had|having|do|does|did|will|would|shall|should|can|could|may|might|must|get|got|gets)$/i;

/**
 * Verbs that only give a quantity's level or its change ("will stay at $75" / "will rise to $80";
 * "would raise $9 million" / "bring in $6 million"): they say nothing of what is counted.
 */
const LEVEL_VERBS = new Set(
  `stay remain rise rose risen fall fell fallen drop grow grew reach stand stood total climb hit exceed increase decrease
  decline jump surge double triple halve go went come came amount top raise bring brought cost put set estimate count
  number reduce cut add expect revise fell lower boost near keep kept make made`
    .split(/\s+/)
    .map((w) => stem(w)),
);

/** Words that report speech: their tense says when it was said, not what happened. */
const SPEECH_VERB = /^(said|says|say|told|tells|announced|reported|added|stated|claimed|claims|estimated|estimates|explained|noted)$/i;
const NOT_COUNT_TAGS = ['Date', 'Time', 'Ordinal', 'Year', 'Month', 'WeekDay'];
const CLAUSE_END = /[,;:()\u2014\u2013]|\s-\s|[.!?]/;
const EARLIER = /\b(last|previous|prior) (year|month|week|season|term)\b|\b(a|one|two|\w+) years? (ago|earlier|before)\b|\bin (19|20)\d\d\b/i;

/** The terms of the clause around [start, end): up to 12 before and 6 after, within clause punctuation. */
function clauseOf(terms: Term[], start: number, end: number): { before: Term[]; after: Term[] } {
  const i = terms.findIndex((t) => t.end > start);
  if (i < 0) return { before: [], after: [] };
  let j = i;
  while (j < terms.length && terms[j]!.start < end) j++;
  // Back to the clause's start, or one clause further when it holds few words ("…, to 6,400").
  // Another figure starts its own clause ("… have died and hundreds of thousands have gone …").
  const before: Term[] = [];
  for (let k = i - 1; k >= 0 && before.length < 12; k--) {
    if ((CLAUSE_END.test(terms[k]!.post) && before.length >= 3) || isFigureTerm(terms[k]!, terms[k - 1])) break;
    before.unshift(terms[k]!);
  }
  const after: Term[] = [];
  if (!CLAUSE_END.test(terms[j - 1]?.post ?? ''))
    // Six words, or as far as the verbs when the figure opens a longer subject ("126 sailings on the Inchmore
    // ferry route were cancelled"; "78 percent of patients in the emergency department were treated and admitted").
    for (let k = j; k < terms.length && after.length < 14; k++) {
      const t = terms[k]!;
      const last = after.at(-1);
      const verbGroup = t.tags.has('Verb') || (t.tags.has('Conjunction') && !!last && isMainVerb(last));
      if (after.length >= 6 && (after.some(isMainVerb) ? !verbGroup : after.length >= 10)) break;
      if (isFigureTerm(t, terms[k - 1])) break;
      after.push(t);
      if (CLAUSE_END.test(t.post)) break;
    }
  return { before, after };
}

const SHARE_NUMBER = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)';
// Also "nine out of ten".
const IN_SHARE_AFTER = new RegExp(`^\\s+(?:in|out\\s+of)\\s+(?:every\\s+)?(${SHARE_NUMBER})\\b`, 'i');
const IN_SHARE_BEFORE = new RegExp(`\\b${SHARE_NUMBER}\\s+(?:in|out\\s+of)\\s+(?:every\\s+)?$`, 'i');
const DEGREES_AFTER = /^(?:\s?°\s?[CF]?|[CF](?![\p{L}])|\s+degrees?\b)/u;
const CLOCK_AFTER = /^\s?(?:am|pm|a\.m\.|p\.m\.)(?![\p{L}])|^\s+(?:in the (?:morning|afternoon|evening)|at night|o['\u2019]clock)\b/iu;
/** Between two numbers of one list: "6, 19, 22 and 25". */
const LIST_GAP = /^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+)$/;
/** Parts of a document, which a decimal after them numbers ("paragraph 4.4"). */
const SECTION_NOUN = /^(?:paragraph|section|clause|article|chapter|appendix|annex|table|item)s?$/i;
/** Lower-case nouns that a number after them names ("bus route 14", "room 101"). */
const LABEL_NOUNS = new Set(['route', 'line', 'gate', 'platform', 'room', 'ward', 'bay', 'flight', 'number', 'page', 'section', 'article', 'chapter', 'clause', 'exit', 'junction', 'berth', 'unit', 'block', 'plot', 'zone', 'phase', 'floor', 'terminal', 'lane', 'pier', 'stand', 'court', 'pitch', 'stall', 'paragraph', 'table', 'appendix', 'annex', 'item', 'question']);
const NOT_LABEL_TAGS = ['Adverb', 'Determiner', 'Adjective', 'Preposition', 'Conjunction', 'Pronoun', 'Value', 'Date', 'Month', 'Possessive'];

/**
 * Whether `t`, followed only by the space `gap`, is a noun that the number after it names a
 * member of: a capitalised one ("Route 14", "Gate 12"; never "Only 40", "About 600") or one of
 * a few lower-case ones ("room 101"). English puts a count before its noun, not after it.
 */
function namesByNumber(t: Term, gap: string): boolean {
  if (!/^[\s\u00A0]+$/.test(gap) || NOT_LABEL_TAGS.some((g) => t.tags.has(g)) || /['\u2019]s?$/.test(t.text)) return false;
  const word = fold(t.text);
  if (isStopWord(word)) return false;
  return /^\p{Lu}/u.test(t.text) || LABEL_NOUNS.has(word.replace(/s$/, ''));
}

function isMainVerb(t: Term): boolean {
  return t.tags.has('Verb') && !['Auxiliary', 'Copula', 'Modal'].some((g) => t.tags.has(g));
}

/** A number of another figure (not a date, a year, an ordinal, nor a number that names: "sailings on Route 2 were cancelled"). */
function isFigureTerm(t: Term, previous?: Term): boolean {
  return t.tags.has('Value') && !NOT_COUNT_TAGS.some((g) => t.tags.has(g)) && !(previous && namesByNumber(previous, previous.post || ' '));
}

/** Stems and concepts of the nouns among some terms, and of any word of a measure class ("died", "homeless"). */
function termsOf(terms: Term[]): string[] {
  const out: string[] = [];
  for (const t of terms) {
    const found = contentTerms(tokenize(t.text)).filter((x) => !x.startsWith('#'));
    const measure = found.some((x) => MEASURES.has(x));
    // Names and places ("China", "Port Lisle") say where, not what is counted.
    if (measure || (t.tags.has('Noun') && !t.tags.has('Pronoun') && !t.tags.has('Date') && !t.tags.has('ProperNoun'))) out.push(...found);
  }
  return out;
}

export function extractFigures(text: string): Figure[] {
  if (!/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen)/i.test(text)) return [];
  const out: Figure[] = [];
  let terms: Term[] | undefined;
  /** Where the last number used as a name ended ("Routes 6, 19, 22 and 25"): the list goes on naming. */
  let labelEnd = -1;
  /** Each figure's clause terms, and the terms of the noun phrase it counts. */
  const clauses: Term[][] = [];
  const unitTerms: Term[][] = [];
  FIGURE_RE.lastIndex = 0;
  for (let m = FIGURE_RE.exec(text); m !== null; m = FIGURE_RE.exec(text)) {
    const [whole, qualifier = '', currency, digits, scaleWritten, wordHead, wordScale, wordAlone, vagueWord, vagueOf, scaleAlone, joiner, second, secondScale, suffixRaw] = m;
    if (!whole.trim()) continue;
    // "£6.1m", "£1.2bn", "£800k": a sum's scale, abbreviated.
    const abbreviated = currency && digits !== undefined && !scaleWritten ? MONEY_SCALE_AFTER.exec(text.slice(m.index + whole.length))?.[1] : undefined;
    const digitScale = scaleWritten ?? (abbreviated ? MONEY_SCALE[abbreviated.toLowerCase()] : undefined);
    let value: number | undefined;
    let vague: [number, number] | undefined;
    if (digits !== undefined) {
      value = Number(digits.replace(/,/g, ''));
      if (digitScale) value *= SCALE[fold(digitScale)]!;
    } else if (wordHead !== undefined && wordScale !== undefined) {
      const head = /^an?$/i.test(wordHead) ? 1 : parseWordNumber(wordHead);
      if (head === undefined) continue;
      value = head * (fold(wordScale) === 'dozen' ? 12 : SCALE[fold(wordScale)]!);
    } else if (wordAlone !== undefined) value = parseWordNumber(wordAlone);
    else if (scaleAlone !== undefined) value = SCALE[fold(scaleAlone)]!;
    else if (vagueWord !== undefined) {
      const base = VAGUE[fold(vagueWord)]!;
      const mult = vagueOf ? (fold(vagueOf) === 'thousands' ? 1000 : 1e6) : 1;
      vague = [base[0] * mult, base[1] * mult];
      value = vague[0];
    }
    if (value === undefined || !Number.isFinite(value)) continue;
    const start = m.index + (whole.length - whole.trimStart().length);
    let end = m.index + whole.length + (abbreviated?.length ?? 0);
    if (abbreviated) FIGURE_RE.lastIndex = end;
    // "2057/58": a financial year, not 58 of something.
    if (digits !== undefined && /^\d{2}$/.test(digits) && /\d{4}\/$/.test(text.slice(Math.max(0, start - 5), start))) continue;
    // "seven hundred and twelve": the rest of a number written in words.
    const rest = wordScale !== undefined && fold(wordScale) === 'hundred' ? new RegExp(`^\\s+and\\s+(${WORD_NUM})`, 'iu').exec(text.slice(end)) : null;
    if (rest) {
      value += parseWordNumber(rest[1]!) ?? 0;
      end += rest[0].length;
      FIGURE_RE.lastIndex = end;
    }
    const suffix = fold(suffixRaw ?? '');
    if (digits !== undefined && !digitScale && !suffix && !currency && !second && looksLikeYear(text, m.index + qualifier.length, end, value, digits)) continue;
    // "between 2034 and 2035", "from 1995 to 2000": a span of years is a date.
    if (digits !== undefined && second !== undefined && [digits, second].every((d) => /^\d{4}$/.test(d) && Number(d) >= 1800 && Number(d) <= 2100)) continue;
    if (/^(st|nd|rd|th)$/.test(suffix)) continue; // an ordinal
    // A code, not a count: a leading zero or groups of digits ("01632 960 471", "Form 0457").
    if (digits !== undefined && (/^0\d/.test(digits) || /\d[\s-]$/.test(text.slice(Math.max(0, start - 2), start)) || /^[\s-]\d/.test(text.slice(end, end + 2)))) continue;
    // A reference with letters and slashes ("report LIC/65/14"), not a count.
    if (digits !== undefined && (/\p{L}\/(?:\d+\/)*$/u.test(text.slice(Math.max(0, start - 20), start)) || /^\/\p{L}/u.test(text.slice(end, end + 2)))) continue;
    // A code written as one long number ("centre 40417", "the exam centre number is 40417"), not a count, which would take separators.
    if (digits !== undefined && !qualifier && /^\d{5,}$/.test(digits)) continue;
    // A line's numbering ("5. Serious incident", "6.1 Responses received: 1,214"), not a count.
    if (digits !== undefined && !qualifier && /(?:^|\n)[\s\u00A0]*$/.test(text.slice(0, start)) && /^(?:\.\d+)*\.?[\s\u00A0]+\p{Lu}/u.test(text.slice(end))) continue;
    // A house number ("from 14 Canal Street", "at 3 Mill Lane"), not a count.
    if (digits !== undefined && !qualifier && ADDRESS_AFTER.test(text.slice(end, end + 50))) continue;
    // A number to call ("always call 999", "ring 101"), not a count.
    if (digits !== undefined && !qualifier && /\b(?:call|calls|calling|dial|dialling|ring|phone|text)\s+$/i.test(text.slice(Math.max(0, start - 12), start))) continue;
    // A share told as "six in ten": neither number counts anything alone.
    // But not "from 847 tonnes to 610 in one letter": a share's first number is the smaller.
    const shareOf = IN_SHARE_AFTER.exec(text.slice(end, end + 14))?.[1];
    const shareWhole = shareOf === undefined ? undefined : /^\d+$/.test(shareOf) ? Number(shareOf) : (parseWordNumber(shareOf) ?? 100);
    if ((shareWhole !== undefined && value < shareWhole) || IN_SHARE_BEFORE.test(text.slice(Math.max(0, start - 14), start))) continue;
    // A clock time the tagger leaves as a number: "9.40am", "7 a.m.", "between 8 and 9 in the morning".
    if (CLOCK_AFTER.test(text.slice(end, end + 20))) continue;
    // A level that names a contour ("the wider 45 dB Lnight contour", "the 50-decibel contour") is a name, not a reading.
    if (CONTOUR_AFTER.test(text.slice(end, end + 40))) continue;
    // A decade ("the ’80s", "the 1990s") is a date.
    if (digits !== undefined && /^s\b/.test(text.slice(end, end + 2))) continue;
    // Cheap refusals first, before the tagger runs: "one of", "someone's two".
    if (digits === undefined && !second && value <= 1 && !vague) continue;
    // But "cut from 14 to eight": the figure a change ends at, which says the first one was before.
    // So is "to the other three", the rest of a whole another count of the sentence took a part of.
    const changedTo = FROM_NUMBER_TO_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || THE_OTHER_BEFORE.test(text.slice(Math.max(0, start - 20), start));
    if (wordAlone !== undefined && !changedTo && !/^[\s\u00A0]+\p{L}/u.test(text.slice(end, end + 3))) continue;
    terms ??= tagTerms(text);
    const own = terms.filter((t) => t.end > start && t.start < end);
    const next = terms.find((t) => t.start >= end);
    const previous = [...terms].reverse().find((t) => t.end <= start);
    // A year naming a thing ("The 2056 condition survey", "the council's 2056 survey"): a count takes a plural ("the 1200 homes").
    // Here, not in looksLikeYear, because it needs the tagger's reading of the noun after it.
    if (digits !== undefined && !qualifier && /^\d{4}$/.test(digits) && value >= 1000 && value < 3000 && /\b(?:the|its|their|our|this|that|['\u2019]s)\s+$/i.test(text.slice(Math.max(0, start - 8), start)) && next?.tags.has('Singular') && !next.tags.has('Plural') && !PLURAL_ALIKE.test(next.text)) continue;
    // "In January, 78 percent of patients": after a month and a comma, a number is no day of that month.
    const afterMonth = !!previous?.tags.has('Month') && /,/.test(previous.post);
    // Dates, clock times and ordinals, as the tagger reads them ("Jan. 12", "5 p.m.", "the second").
    if (own.some((t) => NOT_COUNT_TAGS.some((g) => t.tags.has(g) && !(afterMonth && g === 'Date')) && !t.tags.has('Money'))) continue;
    if (next && (next.tags.has('Time') || next.tags.has('Month')) && !/^(year|years|month|months)$/i.test(next.text)) continue;
    if (previous?.tags.has('Month') && !afterMonth) continue;
    // A number after a noun names one of the things ("Route 14", "Routes 6, 19, 22 and 25", "Gate 12"), as do the rest of its list.
    // So does a decimal after a noun of a document's parts ("paragraph 4.4", "Section 3.2").
    const section = !!previous && SECTION_NOUN.test(previous.text) && /^[\s\u00A0]+$/.test(text.slice(previous.end, start));
    if (!qualifier && !currency && !suffix && digits !== undefined && (/^\d+$/.test(digits) || (section && /^\d+\.\d+$/.test(digits)))) {
      if ((labelEnd >= 0 && LIST_GAP.test(text.slice(labelEnd, start))) || (previous && namesByNumber(previous, text.slice(previous.end, start)))) {
        labelEnd = end;
        continue;
      }
    }
    // A unit written onto the number: "48mm", "8cm", "3km", "20kg" (but "1.2m" only as a length: "5m people" are millions).
    const attached = digits !== undefined && !currency && !suffix && !second ? ATTACHED_UNIT.exec(text.slice(end)) : null;
    if (attached) {
      end += attached[1]!.length;
      FIGURE_RE.lastIndex = end;
    }
    // Nothing after a comma is what the figure counts ("at $75, Chen said").
    const phrase = attached
      ? { unit: [ATTACHED_UNITS[attached[1]!.toLowerCase()]!], modifiers: [], used: [] }
      : CLAUSE_END.test(own.at(-1)?.post ?? '') ? { unit: [], modifiers: [], used: [] } : unitAfter(terms, end);
    const phraseEnd = phrase.used.at(-1)?.end ?? end;
    // "up to 60 working days": a span of time, which the tagger reads as something working.
    const workingTime = phrase.unit.length ? undefined : WORKING_TIME_AFTER.exec(text.slice(end, end + 24))?.[1];
    let unit = workingTime ? [stem(fold(workingTime))] : phrase.unit;
    // "The largest number of ambulances waiting at one time was 17": the count's noun came before it.
    const numberOf = unit.length ? undefined : NUMBER_OF_BEFORE.exec(text.slice(Math.max(0, start - 140), start))?.[1];
    if (numberOf) unit = [stem(fold(numberOf))];
    // "the paper puts open defects at 2,318": what an estimate puts at the figure is what it counts.
    const putAt = unit.length ? undefined : PUT_AT_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
    if (putAt) unit = [stem(fold(putAt[2]!))];
    // "five firefighters on duty": those at work at a time, not all the station has.
    // So is the crew an engine is "crewed by".
    const onDuty = unit.length && (ON_DUTY_AFTER.test(text.slice(phraseEnd, phraseEnd + 20)) || CREWED_BY_BEFORE.test(text.slice(Math.max(0, start - 30), start))) ? ['on-duti'] : [];
    const modifiers = putAt?.[1] ? [stem(fold(putAt[1]))] : [...phrase.modifiers, ...onDuty];
    let kind: FigureKind = 'count';
    let low: number;
    let high: number;
    if (second !== undefined && joiner !== undefined) {
      const v2 = Number(second.replace(/,/g, '')) * (secondScale ? SCALE[fold(secondScale)]! : digitScale ? SCALE[fold(digitScale)]! : 1);
      if (/-|to/.test(joiner) && value < 100 && v2 < 100 && !/between|from/i.test(qualifier + text.slice(Math.max(0, start - 6), start))) {
        // "a vote of 5 to 2", "voted 5-2": a tally, equal only to the same tally.
        kind = 'tally';
        value = value * 1000 + v2;
        [low, high] = [value, value];
      } else [low, high] = [Math.min(value, v2), Math.max(value, v2)];
    } else if (PASSED_BEFORE.test(text.slice(Math.max(0, start - 24), start))) [low, high] = [value, Infinity];
    else if (OR_MORE_AFTER.test(text.slice(end, end + 24))) [low, high] = [value, Infinity];
    else [low, high] = rangeFor(qualifier, value, digits, vague, digitScale ? SCALE[fold(digitScale)]! : 1);
    if (kind !== 'tally') {
      if (suffix === '%' || suffix.includes('per')) kind = 'percent';
      else if (suffix.includes('year') || (unit[0] === 'year' && unit[1] === 'old') || /\baged\s+$/i.test(text.slice(Math.max(0, start - 8), start))) kind = 'age';
      else if (currency || own.some((t) => t.tags.has('Money')) || CURRENCIES.test(unit[0] ?? '')) kind = 'money';
      else if (TIME_STEMS.test(unit[0] ?? '') || next?.tags.has('Duration') || workingTime) kind = 'duration';
      // A decimal is measured, not counted ("a magnitude 7.1 earthquake", "49.12 seconds").
      else if (!Number.isInteger(value) && !digitScale) kind = 'measure';
    }
    // "50p a swim": pence, a sum of money.
    if (kind === 'count' && digits !== undefined && !currency && /^p(?![\p{L}\p{N}])/u.test(text.slice(end))) {
      [kind, value, low, high] = ['money', value / 100, low / 100, high / 100];
      unit = [];
      end += 1;
      FIGURE_RE.lastIndex = end;
    }
    // "said Maya Ellis, 21, a music student": an age in apposition.
    if (kind === 'count' && digits !== undefined && !qualifier && value < 120 && /\p{Lu}[\p{L}'\u2019-]+,\s*$/u.test(text.slice(Math.max(0, start - 30), start)) && /^,/.test(text.slice(end, end + 1))) kind = 'age';
    // "Child's plot (under 18)", "a child under 18 whose parent lives in the town": an age band, not a count.
    if (kind === 'count' && !unit.length && /^(?:under|over)\b/i.test(qualifier) && AGE_BAND_BEFORE.test(text.slice(Math.max(0, start - 20), start))) kind = 'age';
    if (kind === 'percent' || kind === 'age') unit = [kind];
    // A temperature: "9C", "24°C", "eleven degrees".
    if (kind !== 'tally' && !unit.length && DEGREES_AFTER.test(text.slice(end, end + 9))) [kind, unit] = ['measure', ['degre']];
    else if (unit[0] === 'degre' || unit[0] === 'degree') kind = 'measure';
    // Bare small word numbers ("two of them") are too noisy unless a unit follows.
    if (wordAlone !== undefined && !unit.length && !changedTo) continue;
    const { before, after } = clauseOf(terms, start, end);
    const clause = [...before, ...after];
    clauses.push(clause);
    unitTerms.push(phrase.used);
    const context = termsOf(clause);
    // "the 62 based at the depot": with no noun of its own, a figure is not of the place its clause puts it in.
    const placed = unit.length ? [] : termsOf(clause.filter((t) => PLACED_BEFORE.test(text.slice(Math.max(0, t.start - 30), t.start))));
    const from = Math.min(start, before[0]?.start ?? start);
    const tellers = [...text.slice(from, start).matchAll(TELLER)].flatMap((m) => (m[1] ?? m[2] ?? m[3]!).split(/\s+/).map((w) => stem(fold(w))));
    const to = Math.max(end, after.at(-1)?.end ?? end);
    // The years of its clause, or, when it names none, one named later in the sentence ("Four animals have died at the zoo so far in 2043").
    const allYears = extractYears(text);
    const inClause = allYears.filter((y) => y.start >= from && y.end <= to);
    const sentenceEnd = text.slice(end).search(/[.;](?:\s|$)/);
    // Or one that opens the sentence: "In 2039, the station had 31 officers".
    // Or one that labels a list line: "- 2055: all-weather 33, inshore 41", "- August 2060: PCNs issued 1,600".
    const opening = allYears.filter((y) => y.end <= from && (OPENING_YEAR.test(text.slice(0, y.start)) || (LINE_LABEL_YEAR_BEFORE.test(text.slice(0, y.start)) && /^\s*:/.test(text.slice(y.end)))));
    // Or one earlier in its comma-clause, which the tagger's clause may not reach ("But on attendance, in 2068-69 we had 612,000 visits").
    const clauseStart = Math.max(0, ...[...text.slice(0, start).matchAll(/[,;:](?!\d)/g)].map((m) => m.index! + 1));
    const earlier = allYears.filter((y) => y.start >= clauseStart && y.end <= start);
    const clauseYears = inClause.length ? inClause : earlier.length ? earlier : opening.length ? opening : allYears.filter((y) => y.start >= to && (sentenceEnd < 0 || y.end <= end + sentenceEnd)).slice(0, 1);
    const yearsSaid = [...new Set(clauseYears.map((y) => y.year))];
    const inYears = [...new Set(clauseYears.filter((y) => IN_YEAR.test(text.slice(Math.max(0, y.start - 20), y.start))).map((y) => y.year))];
    const frame = [...new Set(clauseYears.filter((y) => y.start >= end).map((y) => y.year))];
    // "hundreds of thousands have died": an uncounted noun that then dies, flees or lives is people.
    const impliedPersons = kind === 'count' && !unit.length && /^[\s\u00A0]*(have|had|were|are|died|fled|left|live|lived|remain|remained|who|perished|starved)\b/i.test(text.slice(end, end + 20));
    const verbs = [...before, ...after].filter((t) => t.tags.has('Verb') && !SPEECH_VERB.test(t.text));
    // What happens to what is counted: "1,200 people work", "seats 32,000", "spent $18.4 million".
    const actions = [...new Set(verbs.filter((t) => !['Auxiliary', 'Copula', 'Modal'].some((g) => t.tags.has(g)) && !AUXILIARY.test(t.text)).map((t) => stem(fold(t.text))))].filter((v) => !LEVEL_VERBS.has(v));
    const owned = ownerBefore(text, start, unit);
    out.push({
      kind,
      value,
      low,
      high,
      text: text.slice(start, end),
      start,
      end,
      unit,
      modifiers,
      // "all 11 of Marrow's primary schools" are all of them, not a part; "nearly a third of it, 12 hectares" is one, as are "their share falls to 610 tonnes" and "Of those posts, 23 …".
      ...((phrase.part && !/\ball\s+$/i.test(text.slice(Math.max(0, start - 5), start))) || OF_WHOM_LINE_BEFORE.test(text.slice(Math.max(0, start - 120), start)) || FRACTION_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || SHARE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || OF_THOSE_BEFORE.test(text.slice(Math.max(0, start - 50), start)) || AS_FOLLOWS_BEFORE.test(text.slice(Math.max(0, start - 160), start)) ? { part: true } : {}),
      ...whatFollows(text, start, phraseEnd, text.slice(from, to), text.slice(0, to)),
      ...(levelOf(text.slice(Math.max(0, start - 80), start)) ?? dimensionOf(text, start, phraseEnd, unit) ?? materialOf(text, unit, kind === 'percent' ? end : phraseEnd)),
      ...(DISTANCE_UNITS.has(unit[0] ?? '') ? routeOf(text) : {}),
      ...(DISTANCE_UNITS.has(unit[0] ?? '') && STRAIGHT_LINE.test(clauseAfter(text, end)) ? { straight: true } : {}),
      ...(MEASURE_UNITS.has(unit[0] ?? '') && SIZED_AFTER.test(text.slice(end, end + 30)) ? { sized: true } : {}),
      ...tenseOf(text, start, end),
      // "one keeper for every 20 animals": 20 is what a rate is counted against, not a count.
      ...(/\b(?:for every|for each|per)\s+$/i.test(text.slice(Math.max(0, start - 12), start)) ? { per: 'every' } : {}),
      ...(ADDS_BEFORE.test(text.slice(Math.max(0, start - 48), start).replace(/(?:up to|about|around|nearly|some)\s+$/i, '')) || DIFFERENCE_AFTER.test(text.slice(end, end + 40)) || MISSTATED_BY_BEFORE.test(text.slice(Math.max(0, start - 120), start)) || SAVING_NAMED_BEFORE.test(text.slice(Math.max(0, start - 60), start)) || ((kind === 'money' || kind === 'count') && ADDITIONAL_BEFORE.test(text.slice(Math.max(0, start - 30), start))) ? { change: true } : {}),
      ...(kind === 'money' && TO_DATE.test(text) ? { toDate: true } : {}),
      ...(kind === 'money' ? towardsOf(text.slice(phraseEnd, phraseEnd + 40)) : {}),
      ...(kind === 'money' ? sumNameOf(text.slice(Math.max(0, start - 80), start)) : {}),
      ...(kind === 'count' && STANDING_AFTER.test(text.slice(phraseEnd, phraseEnd + 50)) ? { standing: true } : {}),
      ...(kind === 'count' && unit.length && SCOPE_BEFORE.test(text.slice(Math.max(0, start - 30), start)) ? { scope: true } : {}),
      ...(OTHER_PLACES.test(text) ? { elsewhere: true } : {}),
      ...(kind === 'percent' ? baseOf(text.slice(end, end + 80)) : {}),
      ...(ALL_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || STOCK_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || (unit.length && PLACES_NAMED_BEFORE.test(text.slice(Math.max(0, start - 12), start))) ? { all: true } : {}),
      ...(owned.owner ? owned : representedBy(text, start) ?? areaOf(text.slice(from, to)) ?? (unit[0] === 'vote' ? candidateOf(text, start) : unit[0] === 'member' ? { ...ownerAt(text, phraseEnd), ...bodyOf(text, start, phraseEnd) } : ownerAt(text, phraseEnd))),
      ...withinOf(text, phraseEnd),
      ...counterOf(text.slice(0, start)),
      ...(READING_UNITS.has(unit[0] ?? '') ? spotOf(text.slice(from, Math.max(to, end + text.slice(end).search(/[,;.](?:\s|$)|$/))), text.slice(phraseEnd, phraseEnd + 40), text.slice(0, start)) : {}),
      ...placeBefore(text, start),
      ...clockOf(text),
      ...statisticOf(text.slice(0, start)),
      ...(kind === 'money' ? { clauseWords: clause.flatMap((t) => tokenize(t.text)).map((t) => t.stem) } : {}),
      years: yearsSaid,
      inYears,
      ...yearFromNow(text.slice(from, to + 20).replace(/[.;].*$/s, '')),
      // Dated to the article's time by its words, or a present state that is not a figure's name ("Eighteen officers are based at Ollerby station"; not "The correct figure is fourteen").
      ...(CURRENT.test(text) || (isPresent(text.slice(from, to), text.slice(Math.max(0, start - 60), start), verbs) && !/\b(?:figure|number|total|count|estimate|tally)\b/i.test(text)) ? { current: true } : {}),
      frame,
      persons: impliedPersons || unit.some(isPersonUnit),
      context,
      ...(placed.length ? { placed } : {}),
      ...(tellers.length ? { tellers } : {}),
      actions,
      role: 'stated',
      state: !verbs.some((t) => t.tags.has('PastTense')),
    });
  }
  // The noun another figure counts is not what this one counts ("35 jobs for 212 people": 212 counts people).
  out.forEach((f, i) => {
    const others = new Set(unitTerms.filter((_, j) => j !== i).flat());
    if (clauses[i]!.some((t) => others.has(t))) f.context = termsOf(clauses[i]!.filter((t) => !others.has(t)));
  });
  // "Of the 850 homes, 255 will be affordable": a part of the whole named first, qualified by what is said of it.
  out.forEach((f, i) => {
    const whole = out[i - 1];
    if (!whole || f.unit.length || !whole.unit.length || !/\bof\s+(?:the|its|their)\s+$/i.test(text.slice(Math.max(0, whole.start - 12), whole.start))) return;
    if (!/^[^,.;]*,\s*$/.test(text.slice(whole.end, f.start))) return;
    const said = /^[\s\u00A0]+(?:will|would|are|were|is|was)\s+(?:be\s+)?([\p{Ll}-]+)/u.exec(text.slice(f.end, f.end + 40))?.[1];
    [f.unit, f.part, whole.whole] = [whole.unit, true, true];
    if (said && !isStopWord(said)) f.modifiers = [stem(said)];
  });
  // "stopped running four of the 27 routes": what happens to the part is said of the whole it is taken from.
  out.forEach((f, i) => {
    const whole = out[i + 1];
    if (!f.part || !whole || whole.unit[0] !== f.unit[0] || !/^[\s\u00A0]+of\s+(?:the|its|their)\s+$/i.test(text.slice(f.end, whole.start))) return;
    whole.actions = [...new Set([...whole.actions, ...f.actions])];
    // And what is said after the whole is said of the part: "31 of the 212 replacement trees had died" (not planted).
    f.actions = whole.actions;
    f.context = [...new Set([...f.context, ...whole.context])];
    // The whole a part is taken from is all of them: "Nine of the 14 trams" are not "three trams" that failed a test.
    whole.all = true;
    whole.whole = true;
  });
  // "3,540 people signed our petition — 640 on paper … and 2,900 online": after a dash or in a bracket, counts
  // with no noun of their own, smaller than the count before, break it down: they are parts of what it counts.
  // So are kinds of what it counts: "would remove 11 posts at Station Road: 9 driver posts and 2 engineering posts".
  out.forEach((f, i) => {
    if (f.kind !== 'count' || f.part) return;
    const whole = out.slice(0, i).reverse().find((g) => g.kind === 'count' && g.unit.length && !g.part);
    const kindOf = !!whole && f.unit.length > whole.unit.length && f.unit.at(-1) === whole.unit.at(-1);
    if (!whole || (f.unit.length && !kindOf) || whole.value <= f.value || !BREAKDOWN_BETWEEN.test(text.slice(whole.end, f.start))) return;
    if (kindOf) f.part = true;
    else [f.part, f.unit, f.persons] = [true, whole.unit, whole.persons];
    // Parts of a count are of its time: "currently offers 1,150 places a week: 700 at Castlegate and 450 at Ferrybank".
    f.tense ??= whole.tense;
    // And what happened to it: "212 replacement trees had been planted in Phase 1: 128 in Castle Hill ward and 84 in Mill Lane ward".
    if (!f.actions.length) f.actions = whole.actions;
  });
  // "140 of the 1,180 journeys … would be withdrawn, along with 64 on Saturdays": a count whose noun is left
  // out after "along with", "as well as" or "plus" counts what the count before it counts.
  out.forEach((f, i) => {
    if (f.kind !== 'count' || f.unit.length) return;
    const before = out.slice(0, i).reverse().find((g) => g.kind === 'count' && g.unit.length);
    if (before && ALONG_WITH_BEFORE.test(text.slice(before.end, f.start))) [f.unit, f.persons] = [before.unit, before.persons];
    // "187 handovers over 60 minutes and 14 over six hours": told the same way, the noun left out.
    const same = before && SAME_WAY_BETWEEN.exec(text.slice(before.end, f.start))?.[1];
    if (same && new RegExp(`^[\\s\\u00A0]+${same}\\b`).test(text.slice(f.end))) [f.unit, f.persons] = [before!.unit, before!.persons];
  });
  // "cooked at six of the schools … to the other three": the rest of the whole the part before was taken from.
  out.forEach((f, i) => {
    const part = out.slice(0, i).reverse().find((g) => g.kind === 'count' && g.unit.length && g.part);
    if (f.kind === 'count' && !f.unit.length && part && THE_OTHER_BEFORE.test(text.slice(Math.max(0, f.start - 20), f.start))) {
      // A part like the first, not the few of a list "other" also opens.
      [f.unit, f.part, f.persons, f.subset] = [part.unit, true, part.persons, part.subset];
    }
  });
  // "The remaining 57 plots, held by 48 tenants": those who hold some of them are some of those who hold them all.
  out.forEach((f, i) => {
    const held = out[i - 1];
    if (held?.kind === 'count' && (held.subset || held.part) && f.kind === 'count' && HELD_BY_BETWEEN.test(text.slice(held.end, f.start))) f.subset = true;
  });
  // "Of those posts, 23 are teaching jobs and 15 are in support roles": the list's parts are parts too;
  // "responses from 96 hackney carriage drivers and 57 private hire drivers": and a sample's list is a sample, all of it.
  out.forEach((f, i) => {
    const prev = out[i - 1];
    if (!prev || f.kind !== prev.kind || !NEXT_IN_LIST.test(text.slice(prev.end, f.start))) return;
    if (prev.part) f.part = true;
    if (prev.sampled) [f.sampled, f.subset] = [true, true];
  });
  // "The Whinnet can carry 96 passengers and 12 cars": one owner has the whole list.
  out.forEach((f, i) => {
    const prev = out[i - 1];
    if (!f.owner && prev?.owner && /^[\s\u00A0]+(?:[\p{L}-]+\s+){1,2}(?:and|or)\s+$/u.test(text.slice(prev.end, f.start))) f.owner = prev.owner;
  });
  // "4,200 tonnes of recycling over the six months, or roughly 160 tonnes a week": the second restates the first.
  out.forEach((f, i) => {
    const first = out.slice(0, i).reverse().find((g) => g.unit[0] === f.unit[0] && g.material);
    if (first && !f.material && /,\s*or\s+$/i.test(text.slice(first.end, f.start).slice(-12))) [f.material, f.context] = [first.material, [...new Set([...f.context, ...first.context])]];
  });
  for (const f of out) {
    // A list line's or table row's label names what its bare counts count ("- Hackney carriage drivers: 243"),
    // and how often ("| Rate per mile | £2.60 |").
    if (f.row && !f.unit.length) labelled(f, f.row);
    if (f.row) f.per ??= labelPer(f.row);
    // "and the rate per mile from £2.60 to £2.90": a rate its clause names before the figure.
    // "Weekday departures … would fall from 350 to 346", "Saturday departures (268)": so many on each of those days.
    const clause = text.slice(Math.max(0, f.start - 90), f.start).split(/[,;:]/).at(-1)!;
    f.per ??= (PER_IN_CLAUSE_BEFORE.exec(clause)?.[1] ?? DAY_NAMED_BEFORE.exec(clause)?.[1])?.toLowerCase();
    // "| 2069-70 (forecast) | 574,000 |": a row a forecast year labels is no count made.
    if (FORECAST_YEAR_ROW_BEFORE.test(text.slice(Math.max(0, f.start - 120), f.start))) f.role = 'supposed';
  }
  markRoles(text, out);
  // "a typical two-mile daytime trip goes up from £8.60 to £9.90": the new value is of the same time of day and rate as the
  // old (not of the day the old was said on: "On Friday the ministry said the figure of 318,000 was a typo").
  for (const f of out) {
    const next = f.replacedBy === undefined ? undefined : out[f.replacedBy];
    if (!next) continue;
    if (f.span === 'day' || f.span === 'night') next.span ??= f.span;
    // And the old value is as often as the new: "$131,000 a year, not the $184,000 we gave the committee".
    next.per ??= f.per;
    f.per ??= next.per;
    // A withdrawn figure is the very quantity its replacement gives: a saving, if that is one.
    if (f.role === 'retracted' && next.change) f.change = true;
  }
  return out;
}

/**
 * What follows the counted noun: a period that makes the count a rate ("a week", "tonnes of food waste
 * a week"), "who" picking out some of them, or the span of time counted over ("over the six months",
 * "between August 12 and August 21", "from Friday to Sunday", "since 2040", "this year", or the one day its clause names).
 */
/** "yearly", "weekly": the period an adjective says a figure is for. */
const PERIOD_OF: Readonly<Record<string, string>> = { yearly: 'year', annual: 'year', annually: 'year', daily: 'day', weekly: 'week', monthly: 'month', hourly: 'hour' };
const PERIOD_ADJECTIVE = new RegExp(`\\b(${Object.keys(PERIOD_OF).join('|')})\\b`, 'gi');

function whatFollows(text: string, start: number, after: number, clause: string, upToClause: string): Pick<Figure, 'per' | 'subset' | 'listed' | 'across' | 'sampled' | 'span' | 'lacking' | 'beyond'> {
  const tail = text.slice(after, after + 110);
  const per =
    /^[\s\u00A0]*(?:of\s+(?:[\p{L}'\u2019-]+\s+){1,3})?(?:(?:on|in|for)\s+)?(?:a|an|per|each|every)\s+(day|night|week|fortnight|month|year|hour|shift|season|weekday)\b/iu.exec(tail)?.[1] ??
    // "240 litres every two weeks": so much a fortnight.
    (/^[\s\u00A0]*(?:of\s+(?:[\p{L}'\u2019-]+\s+){1,3})?(?:every|each)\s+(?:two|2)\s+weeks\b/iu.test(tail) ? 'fortnight' : undefined) ??
    // "$48,000 for each of the homes", "$3 per passenger": a sum per thing.
    /^[\s\u00A0]*(?:[\p{L}'\u2019-]+\s+){0,2}?(?:for each(?: of the)?|in each|per)\s+(?!cubic\b|square\b)([\p{L}-]+)/iu.exec(tail)?.[1]?.replace(/s$/, '') ??
    // "grants of up to £5,000 each": a sum for each one.
    /^[\s\u00A0]*(each)\b/i.exec(tail)?.[1];
  // Else a typical day, or the one day its clause (or a date before it in the sentence) names: "The busiest day was Saturday, with 12,310 entries" is not
  // "29,640 entries from Friday to Sunday"; "On a normal summer day we put about 290 megalitres into supply" is not what
  // "our customers used" on July 16.
  // Not the date of a document or a meeting named on the way ("a finance report to the cabinet meeting of July 9").
  // A day a period ends or starts at: "Night shift before 6 January 2061: … nine firefighters" is not "from 6 January".
  const dates = [...upToClause.matchAll(DATE)]
    .filter((m) => !/\b(?:of|dated)\s+$/.test(upToClause.slice(0, m.index)))
    .map((m) => `${/\b(?:before|until|prior\s+to)\s+$/i.test(upToClause.slice(0, m.index)) ? 'before ' : /\b(?:from|after)\s+$/i.test(upToClause.slice(0, m.index)) ? 'from ' : ''}${monthFirst(m[0])}`);
  // A day the count is told at ("By 6pm on Tuesday, it said, 2,600 homes were still without power", "on Wednesday evening"), not the day it was said.
  const timed = WEEKDAY_TIME.exec(upToClause);
  const weekdays = clause.match(WEEKDAY) ?? (timed ? [timed[1] ?? timed[2]!] : []);
  // Or a day the rest of its sentence puts it on: "having been 35mm when it was inspected on 21 August".
  const onDay = dates.length ? undefined : ON_DATE_AFTER.exec(tail.split(/[.;!?](?:\s|$)/)[0]!)?.[1];
  const days = [...weekdays, ...(timed ? [] : dates.length ? dates : onDay ? [monthFirst(onDay)] : [])];
  // Or the day or month it is counted to, after it: "had been issued by 31 August 2060", "by the end of July".
  const asOf = days.length ? undefined : BY_DAY_AFTER.exec(tail.split(/[.;!?](?:\s|$)/)[0]!);
  const month = days.length ? undefined : (IN_MONTH.exec(upToClause) ?? AS_OF_MONTH.exec(upToClause) ?? MONTH_LINE.exec(text))?.[1] ?? (asOf?.[1] ? monthFirst(asOf[1]) : asOf?.[2]);
  // Hours that run through the night ("Tariff 2, which applies from 22:00 to 06:00"), said anywhere before the figure.
  const typical = TYPICAL.exec(clause)?.[0] ?? dayOrNight(clause) ?? (NIGHT_HOURS.test(upToClause) ? 'night' : undefined);
  // A list line's label is said of every figure on it: "- Day shift, 07:00-19:00: two appliances, nine firefighters".
  const shift = dayOrNight(/^[\s\u00A0]*[-\u2022*][\s\u00A0]*([^:\n]{0,60}):/u.exec(text.slice(0, start))?.[1] ?? '');
  // "Tidewell said last night that 350 homes were still without power": what is still so is so when it is said.
  const saidAt = /^[\s\u00A0]*(?:[\p{L}'\u2019-]+\s+){0,3}?(?:were|was|are|is|had|have)\s+still\b/iu.test(tail) ? SAID_AT.exec(upToClause)?.[1] : undefined;
  const span = SPAN.exec(tail)?.[1] ?? SPAN_BEFORE.exec(text.slice(0, start))?.[1] ?? PERIOD_BEFORE.exec(text.slice(Math.max(0, start - 80), start))?.[1]?.toLowerCase() ?? PERIOD_AROUND.exec(upToClause)?.[0] ?? WHEN_EVENT.exec(upToClause)?.[0] ?? PERIOD_AROUND.exec(tail.split(/[.;]/)[0]!)?.[0] ?? RELATIVE_TIME.exec(upToClause)?.[0]?.toLowerCase() ?? typical ?? (days.length === 1 ? days[0] : (month ?? saidAt)) ?? shift;
  // "each keeper … was responsible for up to 60 animals": so many for each one of something; "the yearly saving".
  // A name ("Estuary Weekly", "the Daily Post") is no period.
  // Or opening a list line's label: "- Weekly GP appointments, both sites: 1,980".
  const adjective = [...upToClause.matchAll(PERIOD_ADJECTIVE)].filter((m) => /^[\s\u00A0]*(?:[-\u2022*][\s\u00A0]*)?$/u.test(upToClause.slice(0, m.index)) || /^\p{Ll}/u.test(m[1]!)).at(-1)?.[1]?.toLowerCase();
  const perYear = adjective ? PERIOD_OF[adjective] : undefined;
  // "On Saturdays there are 36 trains and on Sundays 24": so many each Saturday, each Sunday.
  const everyDay = [...text.slice(0, start).matchAll(EVERY_WEEKDAY)].at(-1)?.[1]?.replace(/s$/, '');
  const perEach = per ? undefined : (/\beach\s+([\p{Ll}-]+)\b(?!\s+of)/u.exec(clause)?.[1]?.replace(/s$/, '') ?? everyDay);
  // What is said of them past an aside: "about 17,500 households, or 42 percent of the borough, missed …".
  const sampled = SAMPLED_BEFORE.test(text.slice(Math.max(0, start - 30), start));
  const bare = tail.replace(/^,\s+(?:or|about|around|some|nearly)\b[^,;.]{0,60},/, '');
  return {
    ...(per || perEach || perYear ? { per: (per ?? perEach ?? perYear)!.toLowerCase() } : {}),
    ...lackingOf(tail),
    ...beyondOf(tail),
    // "23 patients who spent …"; "About 200 homes in Elmstead had no running water": those of them that lacked something;
    // those an inquiry reached, and those on a list.
    ...(/^[\s\u00A0]*(?:who|whose)\b/i.test(bare) || LACKED.test(bare) || DONE_TO.test(bare) || QUALIFY.test(bare) || FROM_SOME.test(tail) || OWN_PART.test(tail) || OUTSIDE_AREA.test(tail) || ON_A_LIST.test(tail) || MADE_TO.test(bare) || FEW_OF_THEM_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || INCLUDED_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || EXCLUDED_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || GROUND_LINE_BEFORE.test(text.slice(Math.max(0, start - 160), start)) || sampled ? { subset: true } : {}),
    ...(ON_A_LIST.test(tail) ? { listed: true } : {}),
    ...(REPLIED.test(bare) || sampled ? { sampled: true } : {}),
    ...(ACROSS_PLACES.test(tail) || TOGETHER_BEFORE.test(upToClause) ? { across: true } : {}),
    // "between May 21 and June 10" and "from May 21 to June 10" are one span.
    ...(span ? { span: rangeOf(fold(span).replace(/\s+/g, ' ')) } : {}),
  };
}

/** "between May 21 and June 10", "from May 21 to June 10" and "between 21 May 2060 and 10 June 2060" are one span, "may 21 to june 10". */
function rangeOf(span: string): string {
  const range = /^(?:between|from) (.+?) (?:and|to|until|through) (.+)$/.exec(span);
  if (!range) return span;
  const day = (d: string) => d.replace(/ \d{4}$/, '').replace(/^(\d{1,2}) ([a-z]+)$/, (m, n: string, month: string) => (MONTH_LIST.includes(month) ? `${month} ${n}` : m));
  return `${day(range[1]!)} to ${day(range[2]!)}`;
}

/**
 * "The inspectorate has interviewed 36 employees", "surveyed 400 residents", "We asked 412 households", "Our own survey of 212
 * families", "I counted four keepers": those an inquiry or a visitor reached, not all there are.
 */
const SAMPLED_BEFORE = /\b(?:interviewed|questioned|surveyed|polled|asked|tested|inspected|examined|sampled|(?:responses|replies|answers)\s+from|(?:sample|survey|poll|study)\s+of)\s+(?:(?:only|just|about|around|some|nearly|more than)\s+)?$|\bI\s+(?:counted|saw|spotted|noticed)\s+(?:(?:only|just)\s+)?$/i;
/** "310 buses at five depots", "across its 14 sites", "14,600 seats in the three older stands": so many over several places. */
const ACROSS_PLACES = new RegExp(`^[\\s\\u00A0]+(?:at|in|across|over)\\s+(?:(?:its|their|our|the)\\s+)?(?:\\d+|${WORD_NUM})\\s+(?!(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}(?:days|weeks|months|years|hours|minutes|seasons)\\b)(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}[\\p{L}-]+s\\b`, 'iu');
/** "The 11 stations together recorded 7.6 million entries": a total over several places. */
const TOGETHER_BEFORE = new RegExp(`\\b(?:\\d+|${WORD_NUM}|all|both)\\s+(?:[\\p{Ll}-]+\\s+)?[\\p{Ll}-]+s\\s+(?:together|combined|between them)\\b`, 'iu');
/** "Across the county, 26 appliances are available", "26 engines across the county": a total over a whole area's places. */
const ACROSS_AREA = /\b(?:across|throughout)\s+(?:the\s+)?(?:whole\s+)?(county|region|country|borough|district|city|nation)\b/i;

/** The area a total is told across is what has it: only a passage that speaks of that area tells the same total. */
function areaOf(clause: string): Pick<Figure, 'owner'> | undefined {
  const area = ACROSS_AREA.exec(clause)?.[1];
  return area ? { owner: [stem(area.toLowerCase())] } : undefined;
}
/** "the 1,180 households on the council's assisted-collection list": those on a list, not all of them. */
const ON_A_LIST = /^[\s\u00A0]+(?:on|in)\s+(?:the|its|their|a|our)\s+(?:[\p{L}'\u2019-]+\s+){0,3}?(?:list|register|waiting list|scheme)\b/u;
/** "The first two fire engines", "the last 40 residents": some of them, picked out by their order. */
const FEW_OF_THEM_BEFORE = /\b(?:first|last|next|other|remaining)\s+$/i;
/** "money that could have paid for two or three dentists": what might have been. */
const COULD_HAVE_BEFORE = /\b(?:could|would|might)\s+have\s+(?:[\p{L}-]+\s+){1,4}$/iu;
/** "overstated the number of adults seeing a dentist by nearly 15,000": how far out a figure was, a difference. */
const MISSTATED_BY_BEFORE = /\b(?:overstated|understated|overestimated|underestimated|exaggerated|overcounted|undercounted)\b[^.;]{0,100}?\bby\s+(?:(?:nearly|about|around|almost|more\s+than|some|over)\s+)?$/i;
/** "parking and maintenance space for 64 buses": how many a place could hold. */
const CAPACITY_BEFORE = /\b(?:space|spaces|room|capacity|parking)\s+for\s+(?:up\s+to\s+|about\s+|around\s+)?$/i;
/** "No proposal for 20 additional licences": a figure no one put forward. */
const NO_PROPOSAL_BEFORE = /\bno\s+(?:proposal|plan|plans|suggestion|request|decision|bid|intention|application)\s+(?:for|of)\s+(?:(?:about|around|some|an?\s+extra)\s+)?$/i;
/** "- of whom on a concessionary membership (both sites): 1,240": a line that breaks down the line before it. */
const OF_WHOM_LINE_BEFORE = /(?:^|\n)[\s\u00A0]*[-\u2022*|][\s\u00A0]*of\s+(?:whom|which|these|those|them)\b[^\n]*$/i;
/** Between two figures of one list: "23 are teaching jobs and 15", "96 hackney carriage drivers and 57". */
const NEXT_IN_LIST = /^[\s\u00A0]+(?:[\p{L}-]+\s+){0,3}(?:and|or)\s+$/u;
/** "the rate per mile from £2.60 to": what a rate is per, named before the figure in its clause. */
const PER_IN_CLAUSE_BEFORE = /\b(?:rate|price|charge|fare|cost|fee)s?\s+(?:per|a|each)\s+(mile|kilometre|hour|day|week|month|year|trip|journey|passenger|head)\b[^\d£$€]*$/i;
/** "Saturday departures (268)", "the correct weekday figure is 263 miles": so many on each of those days. */
const DAY_NAMED_BEFORE = /\b(weekday|weekend|saturday|sunday)\s+(?:[\p{Ll}-]+\s+)?(?:departures|services|journeys|trips|buses|trains|figure|mileage|miles|passengers|timetable|total)\b[^\d£$€]*$/iu;
/** "| 2069-70 (forecast) | 574,000 |": a table row a forecast year labels. */
const FORECAST_YEAR_ROW_BEFORE = /(?:^|\n)[\s\u00A0]*\|[\s\u00A0]*(?:19|20)\d\d[^|\n]*\b(?:forecast|projected|projection|estimate|budget)\b[^|\n]*\|[^\n]*$/i;
/** Words that end the noun phrase after "per cent of". */
const BASE_ENDS = /^(?:in|at|on|for|with|who|that|which|were|was|are|is|had|have|has|said|say|says|gave|give|from|to|by|and|or|opposing|supporting|living|using)$/i;
/** Past tenses without -ed, which end the noun phrase after "per cent of" ("of departures ran on time"). */
const IRREGULAR_PAST = /^(?:ran|went|got|saw|made|said|took|came|fell|rose|grew|left|lost|paid|kept|held)$/i;

/** What a share is of: "68 per cent of responses opposing the closure" (responses), "17.6 per cent of the Quarry Hill list" (list). */
function baseOf(after: string): Pick<Figure, 'base'> {
  const phrase = /^[\s\u00A0]+of\s+(?:the\s+|all\s+|its\s+|their\s+|our\s+)?([^,.;:()]*)/iu.exec(after)?.[1];
  if (!phrase) return {};
  // The noun phrase ends at a verb ("of departures ran on time", "of household waste collected"), or at its first plural.
  let head: string | undefined;
  for (const w of phrase.split(/\s+/).filter(Boolean).slice(0, 5)) {
    if (BASE_ENDS.test(w) || (head && /\p{Ll}(?:ed|ing)$/u.test(w)) || IRREGULAR_PAST.test(w)) break;
    head = w;
    if (/^\p{Ll}{2,}(?<!s)s$/u.test(w)) break;
  }
  return head && /^\p{L}{3,}$/u.test(head) && !isStopWord(fold(head)) ? { base: stem(fold(head)) } : {};
}

/** "212 households … across its six sites": the places another figure is counted over, not what the sentence counts. */
const SCOPE_BEFORE = /\b(?:across|over)\s+(?:all\s+)?(?:its|their|our|the|all)\s+$/i;
/** "The standard rent at the council's other sites": of every place but the one named, not of it. */
const OTHER_PLACES = /\b(?:the|its|their|our|[\p{L}]+['\u2019]s)\s+other\s+(?:sites|schools|branches|stations|depots|wards|libraries|pools|centres|homes|practices|surgeries|hospitals|areas|districts|towns|villages|routes|stores|shops)\b/u;
/** "2,318 defects were open", "41 posts remain unfilled": what is still so at a time. */
const STANDING_AFTER = /^[\s\u00A0]+(?:were|was|are|is|remain|remained|stood|still)\s+(?:still\s+)?(?:open|outstanding|unresolved|unfilled|vacant|waiting|unpaid|unanswered)\b/i;
/** Between a count and the count of those who have them: "57 plots, held by 48 tenants". */
const HELD_BY_BETWEEN = /^[\s\u00A0]+[\p{L}-]+,?\s+(?:held|used|shared|occupied|rented|let|owned|run)\s+by\s+(?:(?:about|around|some)\s+)?$/u;
/** "it left out the five plots let to the community garden": those left out of a count, some of what it counts. */
const EXCLUDED_BEFORE = /\b(?:left out|leaves out|leave out|leaving out|excluded|excludes|excluding|omitted|omits|not counting)\s+(?:the\s+)?(?:(?:about|around|some)\s+)?$/i;
/** "- the fare increase is too large at a time of high living costs: 118 objections": those that gave one ground, of all there were. */
const GROUND_LINE_BEFORE = /(?:^|\n)[\s\u00A0]*[-\u2022*][\s\u00A0]*[^\n:]*\b(?:is|are|was|were|has|have|had|will|would|should|could|can|does|do|did)\b[^\n:]*:[\s\u00A0]*(?:(?:about|around|some)\s+)?$/u;
/** "It included 81 responses that had been submitted twice", "including 12 children": some of a whole, not all of it. */
const INCLUDED_BEFORE = /\b(?:included|includes|including)\s+(?:(?:about|around|some|nearly|more than|over)\s+)?$/i;

const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** A month's name, alone or opening a name ("March", "May Fletcher"). */
const MONTH_WORD = new RegExp(`^(?:${MONTH_NAMES})\\b`);
const MONTH_ALONE = new RegExp(`^(?:${MONTH_NAMES})$`, 'i');
/** A month told as the period counted ("in February"), not a day of it ("February 12"). */
/** The street of a house number: "14 Canal Street", "3 Mill Lane". */
const ADDRESS_AFTER = /^[\s\u00A0]+(?:\p{Lu}[\p{L}'\u2019-]+[\s\u00A0]+){1,3}(?:Street|Road|Lane|Avenue|Row|Square|Terrace|Crescent|Drive|Close|Gardens|Parade)\b/u;
/** A line's "which" that is all of them: "both sites", "all stations", "the total". */
const WHOLE_WHICH = /\b(?:both|all|total|combined|overall|whole)\b/i;
/** What may come before a year that labels a list line: its bullet, and a month ("- August 2060:"). */
const LINE_LABEL_YEAR_BEFORE = new RegExp(`^\\s*[-*\\u2022]?\\s*(?:(?:${MONTH_NAMES})\\s+)?$`, 'iu');
/** A list line labelled by its month: "- August 2060: PCNs issued 1,600; cancelled 246". */
const MONTH_LINE = new RegExp(`^[\\s\\u00A0]*[-\\u2022*]?[\\s\\u00A0]*(${MONTH_NAMES})(?: \\d{4})?:`, 'i');
const IN_MONTH = new RegExp(`\\b(?:in|for|during)\\s+(${MONTH_NAMES})(?!\\s+\\d{1,2}\\b)`, 'i');
/** A count told as of a month: "As of the end of May, we have connected 10,400 premises", "by the end of May". */
const AS_OF_MONTH = new RegExp(`\\b(?:as of|as at|at|by) (?:the (?:end|start|beginning) of )?(${MONTH_NAMES})(?!\\s+\\d)`, 'i');
/** A count kept to a day: "so far", "to date", "had already spent", "by February 28", "by the end of June". */
const TO_DATE = new RegExp(`\\b(?:so far|to date|already|(?:by|until|up to) (?:the end of )?(?:${MONTH_NAMES})(?: \\d{1,2})?)\\b`, 'i');

const PRESENT = /\b(?:is|are|has|have|remains?|stands?)\b/i;
const PAST = /\b(?:was|were|had|did)\b/i;
/** Reported speech moves the present back a tense: "Ferris said 24 officers were based at Ollerby". */
const REPORTED_BEFORE = /\b(?:said|told|added|claimed|insisted|explained|warned)\b(?:\s+[\p{L}'\u2019-]+){0,4}?\s+(?:that\s+)?$/u;

/** A clause told in the present tense ("are based", "work from"), or in the past that reported speech puts it in. */
function isPresent(clause: string, before: string, verbs: readonly Term[]): boolean {
  const present = PRESENT.test(clause) || verbs.some((t) => t.tags.has('PresentTense'));
  if (REPORTED_BEFORE.test(before)) return present || /\b(?:was|were)\b/i.test(clause);
  const past = PAST.test(clause) || (!PRESENT.test(clause) && verbs.some((t) => t.tags.has('PastTense')));
  return present && !past;
}
/** Words that date a figure to the article's own time, without a year. */
const CURRENT = new RegExp(`\\b(?:today|now|currently|at present|so far|(?:this|last|next) (?:year|month|week|summer|winter|spring|autumn)|on the day|the year to|(?:${MONTH_NAMES}))\\b`, 'i');

function yearFromNow(clause: string): Pick<Figure, 'yearFromNow'> {
  const m = /\b(last|this|next) year\b/i.exec(clause)?.[1]?.toLowerCase();
  return m ? { yearFromNow: m === 'last' ? -1 : m === 'this' ? 0 : 1 } : {};
}

/** "About 200 homes in Elmstead had no running water", "Nine of our pupils missed the grades": those of them that lacked something or did not do it. */
const LACKED = /^[\s\u00A0]*(?:(?:in|at|on)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s+)?(?:(?:were|was|are|is)\s+)?(?:still\s+)?(?:had no|have no|has no|without|went without|lost their|missed|failed|did not|didn['\u2019]t|could not|couldn['\u2019]t|out of service|out of action)\b/u;
/** What those that lacked something lacked: "had no running water" (run, water), "were still without power" (power). */
/** "41 people waited more than six hours", "handovers that took longer than 60 minutes", "187 handovers over 60 minutes": those past a limit of time. */
const BEYOND = new RegExp(
  `^[\\s\\u00A0]*(?:[\\p{L}'\u2019-]+\\s+){0,3}?(?:(?:waited|spent|queued|stayed|lasted|took|waiting|had waited|have waited)\\s+(?:for\\s+)?(?:more than|over|longer than|at least|in excess of)|more than|longer than)\\s+(\\d+|${WORD_NUM})\\s+(minutes?|hours?|days?|weeks?)\\b|^[\\s\\u00A0]*(?:[\\p{L}'\u2019-]+\\s+)?over\\s+(\\d+|${WORD_NUM})\\s+(minutes?|hours?)\\b`,
  'iu',
);
const MINUTES: Record<string, number> = { minute: 1, hour: 60, day: 1440, week: 10_080 };
/** The limit of time those counted went past, in minutes: "who waited more than six hours" is 360. */
function beyondOf(tail: string): Pick<Figure, 'beyond'> {
  const m = BEYOND.exec(tail);
  const [count, unit] = m ? [m[1] ?? m[3]!, m[2] ?? m[4]!] : [];
  const n = count && (/^\d+$/.test(count) ? Number(count) : parseWordNumber(count));
  return n ? { beyond: n * MINUTES[unit!.toLowerCase().replace(/s$/, '')]! } : {};
}

function lackingOf(tail: string): Pick<Figure, 'lacking'> {
  const m = LACKED.exec(tail);
  if (!m) return {};
  const stems = tokenize(tail.slice(m[0].length, m[0].length + 30).split(/[.,;]/)[0]!).filter((t) => !isStopWord(t.word)).slice(0, 2).map((t) => t.stem);
  return stems.length ? { lacking: stems } : {};
}

/** "412 dead fish on our own water": those of a part someone calls their own. */
const OWN_PART = /^[\s\u00A0]+(?:[\p{L}-]+\s+){0,3}?(?:on|in|at|from|along)\s+(?:our|their|its|his|her|my)\s+own\b/u;
/** Those who meet a rule: "540 pupils would qualify once the site closes", "about 300 homes are eligible". */
const QUALIFY = /^[\s\u00A0]*(?:(?:in|at|on)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s+)?(?:(?:would|will|could|may|might|now|already)\s+)?(?:qualify|qualified|qualifies|(?:be|are|were|is|was)\s+(?:eligible|entitled))\b/u;
/** "44 complaints made to Harvest Table directly", "claims sent to the council": those that went one way, some of them. */
const MADE_TO = /^[\s\u00A0]*(?:made|sent|submitted|addressed|passed|given)\s+(?:directly\s+)?(?:to|by)\b/;
/** "Two firefighters were treated at the scene", "Twenty-three ballot papers were rejected": those of them something was done to, not all there were. */
const DONE_TO = /^[\s\u00A0]*(?:were|was|had been|have been)\s+(?:treated|rescued|taken to hospital|admitted to hospital|rejected|spoiled|spoilt|disqualified)\b/;
/** Who tells a figure: "the trust has said", "which the trust estimates at", "given by the trust", "the ambulance trust's figure is". */
const TELLER = /\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur)\s+((?:[\p{Ll}-]+\s+)?[\p{Ll}-]+)['\u2019]s\s+(?:own\s+)?(?:figures?|estimates?|count|tally|total|number)\s+(?:is|was|are|were|of|stands\s+at|stood\s+at|puts\s+it\s+at)\b|\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur)\s+([\p{Ll}-]+)\s+(?:has\s+|had\s+|have\s+)?(?:said|says|estimates|estimated|reckons|claims|claimed|expects|expected|told\s+[\p{L}]+)\b|\b(?:given|provided|supplied|quoted)\s+(?:to\s+[\p{L}]+\s+)?by\s+(?:the\s+)?([\p{Ll}-]+)\b/gu;
/** The place a clause puts something in: "based at the depot", "in the main hall". */
const PLACED_BEFORE = /\b(?:at|in|inside|outside|from)\s+(?:the|its|their|our|a)\s+(?:[\p{Ll}-]+\s+)?$/u;
/** "outside the borough": past a place's edge (conflicts.ts asks a denial so bounded to be answered by a count that says so). */
export const OUTSIDE_PLACE = /\b(outside|beyond|out\s+of)\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:borough|district|county|town|city|area|region|authority|parish)\b/iu;
/** "47 households were in temporary accommodation outside the borough": those of them placed beyond its bounds. */
const OUTSIDE_AREA = new RegExp(`^[^.;:]{0,60}?${OUTSIDE_PLACE.source}`, 'iu');
/** "the 388 responses from parents of Millbrook pupils": those from some of the people asked. */
const FROM_SOME = /^[\s\u00A0]+from\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:parents|residents|members|staff|pupils|students|tenants|families|businesses|households|teachers|patients|passengers|customers|traders)\b/u;
/** "Of the 97 households that replied": those who answered a survey, a sample, not all there are. */
const REPLIED = /^[\s\u00A0]*(?:who|that|which)\s+(?:had\s+|have\s+)?(?:replied|responded|answered|took part|returned (?:it|the|a|their))\b/;

/**
 * What something has, keeps, owns or holds is all of its kind: "The village has about 1,150 homes", "The zoo
 * keeps 612 animals", "Fourteen deaths among 612 animals", "Brackenridge Homes … owns about 6,400 homes".
 */
const STOCK_BEFORE = /\b(?:has|holds|keeps|contains|houses|owns|among|(?:collection|population|herd|flock|stock) of)\s+$/i;
/** "pupils on roll at the nine schools": the places named as known, all of them. */
const PLACES_NAMED_BEFORE = /\b(?:at|across)\s+the\s+$/i;
/** "every one of the district's 18,400 households", "all 11 of …". */
const ALL_BEFORE = /\b(?:all(?: of)?|every one of|each of)\s+(?:(?:the|its|their)\s+)?(?:[\p{L}-]+['\u2019]s\s+)?$/iu;

/** "Nearly a third of it, 12 hectares": a part. */
const FRACTION_BEFORE = /\b(?:a|one|two|three)\s+(?:half|third|quarter|fifth|tenth)s?\s+of\s+(?:it|them|this|that|the\s+[\p{L}-]+),\s*$/iu;
/** A year that opens the sentence ("In 2039, …", "In December 2031, …"), or that dates a clause ("in 2040", "of March 2042"). */
/** "In 2039, …", "When the merger was first proposed in 2052, …": a year that dates the sentence from its opening. */
const OPENING_YEAR = new RegExp(`^\\W*(?:when\\b[^,;.]*\\b)?in\\s+(?:(?:${MONTH_NAMES})\\s+)?$`, 'i');
const IN_YEAR = new RegExp(`\\b(?:in|of|for|during)\\s+(?:(?:${MONTH_NAMES})\\s+)?$`, 'i');
/** "would add about 410 vehicles": a change. */
/** "forecast to raise an additional £0.9 million", "a further £200,000", "another 12 households": on top of others, a change. */
const ADDITIONAL_BEFORE = /\b(?:(?:an?|the)\s+(?:additional|extra|further)|another)\s+$/i;
/** "The saving will be $131,000", "savings of £1.2m": what is saved is a change, as in "will save $184,000" (ADDS_BEFORE). */
const SAVING_NAMED_BEFORE = /\bsavings?\b[^.;,:]{0,40}?\b(?:is|are|was|were|be|of|at|to)\s+(?:(?:about|around|nearly|only|just|some|roughly|now)\s+)?$/i;
const SUM_NAMED_BEFORE = /(?:^|[^\p{L}'\u2019-])((?:[\p{L}-]+\s+){0,2}?)([\p{L}-]+)\s+(?:is|are|was|were|of|at)\s+(?:(?:now|about|around|only|just|nearly|some|roughly)\s+)?$/iu;
const NOT_A_MODIFIER = /^(?:the|a|an|our|their|its|his|her|my|your|this|that|these|those|so|and|but|then|now|which|what|whose|of|in|on|at|to|for|with|by|from|s)$/i;

/** "total reserves of £31,400", "The heat pump quote is now £24,300": the noun that names the sum, and the words before it. */
function sumNameOf(before: string): Pick<Figure, 'sumName'> {
  const m = SUM_NAMED_BEFORE.exec(before);
  if (!m) return {};
  const noun = m[2]!.toLowerCase();
  if (NOT_A_MODIFIER.test(noun) || isStopWord(noun)) return {};
  const words = m[1]!.trim().split(/\s+/).map((w) => w.toLowerCase());
  // "other" is a stop word, but here it says which: another than the one told before.
  const modifiers = words.filter((w) => w === 'other' || (w && !NOT_A_MODIFIER.test(w) && !/['\u2019]s$/.test(w) && !isStopWord(w)));
  return { sumName: { noun: stem(noun), modifiers: modifiers.map((w) => (w === 'other' ? w : stem(w))) } };
}

/** "£450,000 towards the repair": what the sum goes towards. */
function towardsOf(after: string): Pick<Figure, 'towards'> {
  const m = /^[\s\u00A0]+towards?\s+(?:the\s+|its\s+|their\s+|a\s+)?([\p{L}-]+)/iu.exec(after);
  return m ? { towards: stem(m[1]!.toLowerCase()) } : {};
}
const ADDS_BEFORE = /\b(?:(?:reduction|increase|cut|rise|fall|drop)\s+of|add|adds|added|adding|save|saves|saved|saving|(?:reduce|reduced|reducing|increase|increased|increasing|rise|rose|risen|fall|fell|fallen|grow|grew|drop|dropped|raise|raised|lower|lowered|(?:go|goes|going|went|gone)\s+(?:up|down))\b[^.;,]{0,50}\bby(?:\s+a\s+net)?)\s+$/i;
/**
 * "120 square metres smaller than it should be", "£35 more than last year", "about 1.9 metres above the
 * predicted tide", "seven midwives short of the 38", "16 more each weekday", "a 40 percent fall": a difference, not a level.
 */
// But "41 people waited more than six hours": "more than" a number is that number's bound, not a difference.
const DIFFERENCE_AFTER = new RegExp(
  `^[\\s\\u00A0]+(?:(?:[\\p{L}-]+\\s+){0,2}?(?:(?:smaller|larger|bigger|more|less|fewer|higher|lower|longer|shorter|cheaper|dearer)\\s+than(?!\\s+(?:\\d|${WORD_NUM}))|(?:above|below)\\s+(?:the|its|their|a|an)\\s|short\\s+of\\b)|(?:more|fewer|extra|additional)\\s+(?:each|a|an|every|per)\\s|(?:fall|rise|cut|increase|decrease|drop|reduction|off)\\b)`,
  'iu',
);

/** Units that measure an amount of something named after "of" ("tonnes of food waste", "litres of diesel"). */
export const MEASURE_UNITS = new Set(['tonn', 'ton', 'kilogram', 'kg', 'litr', 'liter', 'gallon', 'barrel', 'cubic', 'pound', 'ounc', 'kilometr', 'kilomet', 'km', 'metr', 'meter', 'mile', 'hectar', 'acr']);

/** "180-litre black bin", "a 26-tonne lorry": a measure joined to its unit by a hyphen, before a noun. */
const SIZED_AFTER = /^-\p{L}+[\s\u00A0]+\p{Ll}/u;

/** "the average level of nitrogen dioxide was 31": what a measured level is of. */
function levelOf(before: string): Pick<Figure, 'material'> | undefined {
  const of = [...before.matchAll(/\b(?:level|levels|concentration|concentrations|amount)\s+of\s+((?:[\p{L}\d.'\u2019-]+\s*){1,2})/gu)].at(-1)?.[1];
  const stems = of ? tokenize(of).filter((t) => !isStopWord(t.word)).map((t) => t.stem) : [];
  return stems.length ? { material: stems } : undefined;
}

/** "a tip height of 200 metres", "180 metres to the tip", "860 metres from my barn", "… is measured to a barn": a length is a height or a distance. */
function dimensionOf(text: string, start: number, after: number, unit: readonly string[]): Pick<Figure, 'material'> | undefined {
  if (!DISTANCE_UNITS.has(unit[0] ?? '')) return undefined;
  const before = text.slice(Math.max(0, start - 24), start);
  const tail = text.slice(after, after + 24);
  if (/\b(?:height|tall)\s+of\s+$/i.test(before) || /^[\s\u00A0]+(?:tall|high|to the tip|in height)\b/i.test(tail)) return { material: ['height'] };
  if (/^[\s\u00A0]+(?:away\b|from\s+(?:my|his|her|their|our|the|a|an)\b)/i.test(tail) || /^[^.;,]{0,30}\bmeasured\s+(?:to|from)\b/i.test(text.slice(after, after + 50))) return { material: ['distanc'] };
  return undefined;
}

function materialOf(text: string, unit: readonly string[], after: number): Pick<Figure, 'material'> {
  // For a share, what it is a share of: "about 6 percent of our staff" is not "58 percent of our spending".
  if (!unit.length || (!MEASURE_UNITS.has(unit[0]!) && unit[0] !== 'percent')) return {};
  const of = /^[\s\u00A0]+of\s+((?:[\p{L}'\u2019-]+\s*){1,3})/u.exec(text.slice(after, after + 50))?.[1];
  const stems = of ? tokenize(of).filter((t) => !isStopWord(t.word) && !/['\u2019]s$/.test(t.word) && !/^\p{Lu}/u.test(of.slice(t.start, t.end))).map((t) => t.stem) : [];
  return stems.length ? { material: stems } : {};
}

/** "between May 21 and June 10", "from May 21 to June 10": a range of days (a month, or a month and a day, at each end). */
// Either way round, with a year or not: "between August 12 and August 21", "between 1 March and 31 August 2060".
const DAY_RANGE = '(?:[Bb]etween (?:\\d{1,2} )?\\p{Lu}\\w+(?: \\d{1,2})?(?: \\d{4})? and (?:\\d{1,2} )?\\p{Lu}\\w+(?: \\d{1,2})?(?: \\d{4})?|[Ff]rom (?:\\d{1,2} )?\\p{Lu}\\w+(?: \\d{1,2})?(?: \\d{4})? (?:to|until|through) (?:\\d{1,2} )?\\p{Lu}\\w+(?: \\d{1,2})?(?: \\d{4})?)';
/** "… over the six months", "… there between August 12 and August 21": within the clause, before a comma. */
const SPAN = new RegExp(`^[^,;.]{0,60}?\\b((?:over|during|in) the (?:(?:[\\p{L}-]+ )?[\\p{L}-]+['\u2019]s )?(?:past |last |first )?(?:\\w+ )?(?:days|weeks|months|years)|(?:over|in) (?:\\d+|${WORD_NUM}) (?:days|weeks|months|years)|${DAY_RANGE}|since (?:\\d{4}|\\p{Lu}\\w+(?: \\d{4})?)|since the [\\p{Ll}-]+ (?:was|were|had been|has been) [\\p{Ll}-]+|(?:this|last|next) year)\\b`, 'u');
const WEEKDAY_NAMES = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const WEEKDAY = new RegExp(`\\b(?:${WEEKDAY_NAMES})\\b`, 'g');
const WEEKDAY_SPAN = new RegExp(`^(?:${WEEKDAY_NAMES})\\b`, 'i');
const DATE_SPAN = new RegExp(`^(?:${MONTH_NAMES}) \\d{1,2}$`, 'i');
/** "on Saturdays", "on weekdays": every one of those days. */
const EVERY_WEEKDAY = new RegExp(`\\b[Oo]n\\s+((?:${WEEKDAY_NAMES})s|weekdays)\\b`, 'g');
/** A day of a month, written either way ("September 4", "4 September"). */
const DATE = new RegExp(`\\b(?:(?:${MONTH_NAMES}) \\d{1,2}|\\d{1,2} (?:${MONTH_NAMES}))\\b`, 'g');
/** A time told from another ("two days later", "at eight the next morning"): of that time, not of a day another passage names. */
const RELATIVE_TIME = new RegExp(`\\b(?:(?:a|one|two|three|four|five|six|seven|a few|several|\\d+)\\s+(?:hours?|days?|weeks?|months?)\\s+later|the\\s+(?:next|following)\\s+(?:morning|day|afternoon|evening|night|week)|the\\s+day\\s+(?:before|after))\\b`, 'i');
const ON_DATE_AFTER = new RegExp(`\\bon ((?:${MONTH_NAMES}) \\d{1,2}|\\d{1,2} (?:${MONTH_NAMES}))\\b`);
const BY_DAY_AFTER = new RegExp(`^[^,]{0,40}?\\b(?:had|has|have|were|was)\\s+(?:been\\s+)?[\\p{L}-]+\\s+by\\s+(?:(\\d{1,2} (?:${MONTH_NAMES})|(?:${MONTH_NAMES}) \\d{1,2})|the end of (${MONTH_NAMES}))\\b`, 'u');
/** "4 September" as "September 4", so that one day is one span however it is written. */
const monthFirst = (date: string) => date.replace(/^(\d{1,2}) (\p{L}+)$/u, '$2 $1');
/** "Between March 13 and March 19, the council's contact centre logged 9,860 reports": a period set before the figure's clause. */
/** "During the trial week, 97 per cent …", "Our own monitoring of those seven days found 81 per cent": the period a figure is of, told before it. */
const PERIOD_BEFORE = new RegExp(`\\b((?:over|during|in|of|for)\\s+(?:those|these|the|that)\\s+(?:(?:\\d+|${WORD_NUM})\\s+)?(?:[\\p{Ll}-]+\\s+)?(?:days|weeks|week|months|fortnight))\\b,?[^.;,]*$`, 'iu');
const SPAN_BEFORE = new RegExp(`(?:^|,\\s*)(${DAY_RANGE}),\\s*[^,;.]*$`, 'u');
/** "In the week before the repair", "in the month after the closure", "at the height of the storm": a period told by an event. */
/** "When I joined at 17 there were more than 70 boats": a time told by a past event of someone's. */
const WHEN_EVENT = /\b[Ww]hen\s+(?:I|we|he|she|they)\s+(?:first\s+)?(?:joined|started|began|arrived|came|took over|was|were)\b[^,;.]*|\b[Ww]hen\s+the\s+(?:[\p{Ll}-]+\s+)?(?:scheme|trial|pilot|project|service|programme|consultation|work|works)\s+(?:began|started|opened|launched)\b|\bat\s+the\s+(?:start|outset)\b/u;
const PERIOD_AROUND = /\b(?:the|a) (?:week|month|year|day|fortnight)s? (?:before|after|since) the [\p{Ll}-]+|\b[Aa]t the (?:height|peak) of the [\p{Ll}-]+/u;
const WEEKDAY_TIME = new RegExp(`\\b(?:\\d{1,2}(?:[.:]\\d{2})?\\s*(?:am|pm)\\s+on|[Bb]y|[Uu]ntil)\\s+(${WEEKDAY_NAMES})\\b|\\bon\\s+(${WEEKDAY_NAMES})\\s+(?:morning|afternoon|evening|night)\\b`);
/** The time a statement was made, told with it: "said last night that", "said on Tuesday evening that". */
const SAID_AT = new RegExp(`\\b(?:said|says|told\\s+[\\p{L}\\s]{1,30}?|reported|confirmed)\\s+(last night|yesterday(?: morning| afternoon| evening)?|this morning|(?:on\\s+)?(?:${WEEKDAY_NAMES})(?: morning| afternoon| evening| night)?)\\s+that\\s+[^.;]*$`, 'iu');
/** "At night the limit is 35 decibels", "The daytime limit is 40 decibels": the part of the day a figure is of. */
function dayOrNight(clause: string): string | undefined {
  if (/\b(?:at night|night-?time|overnight|by night|night[- ]shift|every night|each night|nightly)\b/i.test(clause)) return 'night';
  if (/\b(?:day-?time|during the day|by day|day[- ]shift)\b/i.test(clause)) return 'day';
  return undefined;
}
const NIGHT_HOURS = /\bfrom\s+(?:(?:1[89]|2[0-3])[:.]?[0-5]\d|(?:[6-9]|1[01])(?:[:.][0-5]\d)?\s*pm)\s+(?:to|until|till)\s+(?:0?[0-7][:.]?[0-5]\d|[1-7](?:[:.][0-5]\d)?\s*am)\b/i;
const TYPICAL = /\b(?:normal|typical|usual|ordinary|average) (?:[\p{Ll}]+ )?(?:day|week|month|year)\b/u;

/**
 * The name that has them: "Larch Ward, which cares for older patients, has 28 beds", "Eastfield's roughly
 * 1,100 homes", "Dunmore employed 52 drivers", "The Corran can carry 180 passengers", "Greyfold Homes has
 * built more than 14,000 homes", "Ashcombe Fields, a new neighbourhood of 850 homes", "Hazelmere is a charity
 * home with 60 beds", "Brackenridge Homes is a housing association that owns about 6,400 homes", "…, which owns".
 */
const OWNER_BEFORE = /(\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+){0,3})(?:(?:\s+(?:station|force|council|company|branch|school|hospital|university|trust|club|team|office|ward|group|service|board|firm|site|depot))?(?:,[^,.;]{1,80},)?\s+(?:(?:now|still|currently|also|already|only|can|could|will)\s+)?(?:has|have|had|(?:has|have|had)\s+(?:already\s+)?got|holds?|held|contains|operates|operated|employs|employed|owns|owned|runs|ran|keeps|kept|carry|carries|carried|seats?|seated|accommodates?|served|serves|sold|sells|averages|averaged|opens|(?:(?:has|have|had)\s+)?(?:built|completed|delivered))\s+(?:an?\s+(?:average|total)\s+of\s+)?|['\u2019]s\s+|,\s+an?\s+(?:[\p{Ll}-]+\s+){1,3}of\s+|\s+(?:is|was)\s+an?\s+(?:[\p{Ll}-]+\s+){1,3}(?:with|(?:that|which)\s+(?:owns|has|runs|manages|employs|operates))\s+|,\s+(?:which|that)\s+(?:owns|has|runs|manages|employs|operates)\s+)$/u;
/** "Northgate is nine streets": a name, then "is" or "was", just before the figure. */
const NAME_IS_BEFORE = /(\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+){0,3})(?:,[^,.;]{1,80},)?\s+(?:is|was)(?:\s+open)?\s+$/u;
const PLACE_WORDS = new Set(['town', 'city', 'county', 'island', 'country', 'district', 'region', 'state', 'nation', 'village', 'borough', 'area', 'community', 'world', 'province', 'parish']);
/** "Enclosure 12 measures 380 square metres": a thing named by number. */
const LABEL_OWNER_BEFORE = /(\p{Lu}\p{Ll}+ \d+)(?:,[^,.;]{1,80},)?\s+(?:measures|has|holds|covers|seats|carries|can carry|is|was)\s+$/u;
/** "a new meerkat yard of 150 square metres": a place or a thing the figure is the size of (not "an average of", "a bonus of"). */
const THING_OF_BEFORE = /\ban?\s+(?:new\s+|old\s+|second\s+)?((?:[\p{Ll}-]+\s+){0,1}(?:yard|enclosure|paddock|pen|house|building|site|park|field|garden|room|hall|ward|wing|school|shop|office|depot|plant|station|reservoir|road|street|estate|neighbourhood|district|village|town|ship|vessel|bridge|line|route))\s+of\s+$/u;
/** "the route's two ships", "the company's 64 seafarers": a thing named in lower case that has them. */
const LINKING_TO_FIGURE = String.raw`(?:alone\s+)?(?:is|was|are|were|stands\s+at|stood\s+at|totals|totalled)\s+(?:(?:about|around|nearly|more\s+than|over|under|fewer\s+than|less\s+than|some|just)\s+)?$`;
const POSSESSED_IS_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(\p{Lu}[\p{Ll}-]+(?:\s+\p{Lu}[\p{Ll}-]+){0,2})['\u2019]s\s+(?:[\p{Ll}-]+\s+){1,3}` + LINKING_TO_FIGURE, 'u');
const AT_NAME_IS_BEFORE = new RegExp(String.raw`\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur)\s+(?:[\p{Ll}-]+\s+){1,3}at\s+(\p{Lu}[\p{Ll}-]+(?:\s+\p{Lu}[\p{Ll}-]+){0,2})\s+` + LINKING_TO_FIGURE, 'u');
const COMMON_OWNER_BEFORE = /\b(?:the|its|their|our|this|that)\s+([\p{Ll}-]+)['\u2019]s\s+$/u;

const DISTANCE_UNITS = new Set(['mile', 'kilometr', 'kilomet', 'km', 'metr', 'meter', 'yard', 'feet', 'foot']);

function routeOf(sentence: string): Pick<Figure, 'route'> {
  const names = [...sentence.matchAll(/(?<!^|[.!?]\s)\b\p{Lu}\p{Ll}+/gu)].map((m) => m[0]).filter((w) => !MONTH_WORD.test(w));
  const stems = [...new Set(tokenize(names.join(' ')).map((t) => t.stem))];
  return stems.length ? { route: stems } : {};
}

/** "2.9 miles as the crow flies", "(2.9 miles in a straight line)": a distance not along any way. */
const STRAIGHT_LINE = /\b(?:as the crow flies|in a straight line|in a direct line|straight-line)\b/i;

/** The rest of a figure's clause: up to its next comma, bracket, semicolon or sentence end. */
function clauseAfter(text: string, end: number): string {
  const rest = text.slice(end, end + 80);
  const stop = /[,;()]|[.!?](?:\s|$)/.exec(rest);
  return stop ? rest.slice(0, stop.index) : rest;
}

/** "There will be two serving positions", "it would offer 820 places": what is to be. */
const LATER_BEFORE = /(?:\bwill|\bwould|['\u2019]ll|\bgoing to)\s+(?:be|have|employ|offer|provide|open(?: with)?)\s+(?:(?:about|around|only|just|up to|at least|some)\s+)?$/i;
/**
 * "The contract would take the channel back to 3.5 metres", "would dredge the basin to a depth of 3.5 metres", "we want 3.5
 * metres": the level a plan or a wish is to reach, not the one there is.
 */
const PLANNED_LEVEL_BEFORE = /(?:\b(?:will|would|['\u2019]ll|going to)\s+(?:[\p{L}-]+\s+){1,8}?(?:back\s+)?to\s+(?:a\s+(?:depth|height|level|width|length)\s+of\s+)?|\b(?:we|they|I|you)\s+want\s+)(?:(?:about|around|at least)\s+)?$/iu;
/** "where four serve now", "currently employs 6 staff": what is, said so in the figure's own clause. */
const NOW_WORDS = /\b(?:now|currently|at present|today|already)\b/i;

/** "Oakmoor is open five evenings a week": the hours kept now, not those a plan "would open". */
const PRESENT_BEFORE = /\b(?:is|are)\s+open\s+$/i;
/** Said of now or of what is to be, by the figure's own clause; neither when it says both ("There'll be four, the same as now" is later). */
function tenseOf(text: string, start: number, end: number): Pick<Figure, 'tense'> {
  const before = text.slice(Math.max(0, start - 80), start).split(/[,;:.!?()]/).at(-1)!;
  const after = clauseAfter(text, end);
  // "45 of the 185 hackney carriages will be wheelchair accessible" / "39 of the 174 … were": the verb after the figure.
  // "18 buses would be allocated to Hallowby routes": what a plan would make so, later too.
  const verb = /\b(will|would be|were|was)\b/i.exec(after)?.[1]?.toLowerCase();
  const later = LATER_BEFORE.test(before) || PLANNED_LEVEL_BEFORE.test(before) || verb === 'will' || verb === 'would be';
  const now = NOW_WORDS.test(before) || NOW_WORDS.test(after) || PRESENT_BEFORE.test(before);
  if (later !== now) return { tense: later ? 'later' : 'now' };
  return !later && (verb === 'were' || verb === 'was') ? { tense: 'past' } : {};
}

/** Label words that say how a thing is measured, not what is counted ("Total", "Headcount"). */
const MEASURE_LABEL = /^(?:total|totals|number|numbers|count|counts|headcount|figure|figures|amount|value|equivalent|share|rate|average|overall|all|feature|measure|hours?|days?|weeks?|months?|years?|minutes?)$/i;

/**
 * The stem of the noun a label counts: "Applicants on the hackney carriage vehicle waiting list" → applicant,
 * "GPs (partners and salaried), both sites" → gp, "Objections" → object; none for a name ("Ashby Road",
 * "Coldwell"), two things ("Entries and exits"), a date or a measure ("Headcount").
 */
function labelHead(label: string): { head: string; qualifier: string[]; kind: string[] } | undefined {
  const [phrase = '', ...qualified] = label.replace(/\([^)]*\)/g, ' ').split(',')[0]!.replace(/\s+(?:a|per|each)\s+\p{L}+\s*$/u, '')
    .trim().split(/\s+(?:on|of|in|at|for|with|per|by|from|to|after|before|under|over|between|who|that|which)\s+/u);
  const words = phrase.split(/\s+/).filter(Boolean);
  const acronym = (w: string) => /^\p{Lu}{2,}s?$/u.test(w);
  if (!words.length || /\d/.test(phrase) || words.some((w, i) => (i > 0 && /^\p{Lu}/u.test(w) && !acronym(w)) || /^(?:and|or|&)$/i.test(w))) return undefined;
  // A single capitalised word is a name unless it is a plural ("Objections"), or an acronym ("GPs").
  if (words.length === 1 && /^\p{Lu}/u.test(words[0]!) && !acronym(words[0]!) && !/\p{Ll}s$/u.test(words[0]!)) return undefined;
  const head = words.at(-1)!;
  if (!/^\p{L}[\p{L}-]{2,}$/u.test(head) || MEASURE_LABEL.test(head) || isStopWord(fold(head))) return undefined;
  // What the words after the noun say of it: "Incidents in Hollinford station area" are not all incidents.
  const qualifier = tokenize(qualified.join(' ')).filter((t) => !isStopWord(t.word) && !/^(?:all|area|areas)$/.test(t.word)).map((t) => t.stem);
  // And the words before it ("Food waste crew posts"), but not how often ("Weekly GP appointments").
  const kind = words.slice(0, -1).map((w) => fold(w)).filter((w) => !isStopWord(w) && !MEASURE_LABEL.test(w) && !Object.hasOwn(PERIOD_OF, w) && /^\p{L}/u.test(w)).map((w) => stem(w));
  return { head: stem(fold(head)), qualifier, kind };
}

/** Gives a bare figure what its label says it counts: full-time equivalents, or the label's noun and the words that qualify it. */
function labelled(f: Figure, label: string): void {
  // "| Dentists (whole-time equivalent) | 2.8 |": full-time equivalents, not a headcount of dentists.
  if (FULL_TIME_EQUIVALENT.test(label)) {
    [f.unit, f.persons] = [['fte'], false];
    return;
  }
  const said = f.kind === 'count' ? labelHead(label) : undefined;
  if (!said) return;
  [f.unit, f.persons] = [[said.head], isPersonUnit(said.head)];
  if (said.qualifier.length) f.qualifier = said.qualifier;
  // A column heading that names the thing counted ("| Objector | Objections |") leaves the row's label to say whose they are.
  if (said.kind.length) f.labelKind = said.kind;
  else delete f.labelKind;
}

const FULL_TIME_EQUIVALENT = /\b(?:whole|full)[- ]time[- ]equivalents?\b|\b(?:FTE|WTE)s?\b/i;

/** How often a label says its figures are ("Counter opening hours per week", "Average meals a day"). */
function labelPer(label: string): string | undefined {
  return /\b(?:per|a|each)\s+(day|night|week|month|year|hour|mile|kilometre|trip|journey|passenger|pupil|head)\b/i.exec(label)?.[1]?.toLowerCase();
}

/** A table's column heading that says which time its cells are of: "Market Street (current)" / "Greenaway's (proposed)". */
const NOW_COLUMN = /\b(?:current|now|existing|present|today)\b/i;
const LATER_COLUMN = /\b(?:proposed|planned|future|after|new|forecast)\b/i;

/** A column heading that gives revised figures ("Revised forecast, November 2074"). */
const REVISED_COLUMN = /\b(?:revised|corrected|updated|amended)\b/i;

const MONTH_IN = new RegExp(`\\b(?:${MONTH_NAMES})\\b`, 'i');

/**
 * A table row's figures take from their column's heading (the table's first row) the time it names: a year
 * ("| Measure | 2059 | 2060 |") or now against what is to be ("Market Street (current)" / "Greenaway's (proposed)");
 * and what they count, when it names a thing. Beside a column of revised figures, the others are what was revised.
 */
export function applyColumnHeadings(figures: Figure[], row: string, heading: string): void {
  const headings = heading.split('|');
  const cells = row.split('|');
  const column = (f: Figure) => row.slice(0, f.start).split('|').length - 1;
  const cellOf = (f: Figure) => headings[column(f)];
  // "| Forecast in CAB/2074/031 | Revised forecast, November 2074 |": a row's figure in another column than the revised
  // one is what the revision replaced.
  const revised = figures.filter((f) => REVISED_COLUMN.test(cellOf(f) ?? ''));
  for (const f of figures) if (f.role === 'stated' && !revised.includes(f) && revised.some((g) => g.kind === f.kind) && cellOf(f)) f.role = 'earlier';
  for (const f of figures) {
    const cell = cellOf(f);
    if (!cell) continue;
    const years = [...cell.matchAll(/\b(?:19|20)\d\d\b/g)].map((m) => Number(m[0]));
    // The heading's year is the cell's, whatever another cell of the row names ("| 3,100 | 3,900 | 2,000 by 31 March 2088 |"
    // under "| 31 December 2085 | 31 December 2086 | Target |"): only a time in the figure's own cell is its own.
    const own = cells[column(f)]!;
    if (years.length === 1 && !/\b(?:19|20)\d\d\b/.test(own)) {
      f.years = years;
      if (f.span && !MONTH_IN.test(own)) delete f.span;
    }
    if (NOW_COLUMN.test(cell) !== LATER_COLUMN.test(cell)) f.tense = NOW_COLUMN.test(cell) ? 'now' : 'later';
    // Or what its cells count ("| Objector | Objections |"), and how often ("Average meals a day").
    labelled(f, cell.trim());
    f.per ??= labelPer(cell);
  }
}

/** "eighteen officers at Ollerby", "24 officers work from Ollerby": the named place that has them. */
function ownerAt(text: string, after: number): Pick<Figure, 'owner'> {
  const name = nameAfter(text, after, '(?:(?:are|is|were|was|still)\\s+)*(?:(?:based|work|works|working|stationed|employed)\\s+)?(?:at|from)');
  return name ? { owner: name } : {};
}

/** Stems of a name of up to three capitalised words that follows `lead` just after the figure ("at Ollerby", "in Linwood Court"); not a month. */
function nameAfter(text: string, after: number, lead: string): string[] | undefined {
  const name = new RegExp(`^[\\s\\u00A0]+${lead}\\s+((?:\\p{Lu}\\p{Ll}+)(?:\\s+\\p{Lu}\\p{Ll}+){0,2})`, 'u').exec(text.slice(after, after + 60))?.[1];
  return name && !MONTH_WORD.test(name) ? tokenize(name).map((t) => t.stem) : undefined;
}

/** Past participles, regular and the common irregular ones. */
const IRREGULAR_PARTICIPLES = 'set|put|cut|laid|made|given|chosen|shown|known|told|paid|held|kept|written|taken|sent|seen|done|won|lost|left|built|sold|bought|found';
const PARTICIPLE = new RegExp(`^(?:[\\p{L}-]+ed|${IRREGULAR_PARTICIPLES})$`, 'u');
/** Nouns whose plural is the singular ("1500 staff"). */
const PLURAL_ALIKE = /^(?:staff|people|police|sheep|fish|deer|cattle|crew|personnel|livestock|aircraft|children|men|women)$/i;
const WORKING_TIME_AFTER = /^[\s\u00A0]+(?:working|calendar|business|school|clear)\s+(days?|weeks?|hours?|months?)\b/i;
/** Between a count and the parts that break it down: a dash, a bracket still open, or a colon ("74 launches: 38 by the all-weather lifeboat and 36 by the inshore"); not a sentence's end. */
const BREAKDOWN_BETWEEN = /^[^.!?]*?(?:\s[\u2014\u2013]\s|\s-\s|\(|:\s)[^()]*$/u;
/** "allocate the fund as follows: £0.5m to the principal road network and £0.3m to the cycle network": parts of a whole. */
export const AS_FOLLOWS_BEFORE = /\b(?:as follows|broken down as|split as)\s*:(?:[^.;!?]|\.\d)*$/i;
/** Between a count and one that adds to it in the same sentence, its noun left out. */
/** Between a count with its noun and one without, the word that follows the noun: " handovers over 60 minutes and " → "over",
 * " injury collisions in the three years before the cameras and " → "in". */
const SAME_WAY_BETWEEN = /^(?:[\s\u00A0]+[\p{L}'\u2019-]+){1,3}[\s\u00A0]+(over|under|in|at|on|for|from|by|with|within)\b[^.;!?,]{0,45}?,?[\s\u00A0]+(?:and|or|but)[\s\u00A0]+$/u;
const ALONG_WITH_BEFORE = /^[^.!?;]*,\s+(?:along\s+with|as\s+well\s+as|plus)\s+(?:another\s+|a\s+further\s+)?$/i;

/** "The … Residents' Association, which represents 146 households": those a body speaks for are its own, not every household of the town. */
function representedBy(text: string, start: number): Pick<Figure, 'owner'> | undefined {
  const body = REPRESENTS_BEFORE.exec(text.slice(Math.max(0, start - 80), start))?.[1];
  return body ? { owner: [stem(fold(body))] } : undefined;
}
const REPRESENTS_BEFORE = /(\p{Lu}[\p{L}-]+)['\u2019]?,?\s+(?:which|who|that)\s+(?:represents|speaks\s+for|covers)\s+(?:about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+|over\s+)?$/u;

/**
 * Members are a body's: "all seven members of the borough council's cabinet" (the cabinet), "The association
 * has 58 members" (the association), "300 members of the Civic Society".
 */
function bodyOf(text: string, start: number, after: number): Pick<Figure, 'owner'> {
  const of = MEMBERS_OF_AFTER.exec(text.slice(after, after + 80))?.[1];
  const body = of ?? BODY_HAS_BEFORE.exec(text.slice(Math.max(0, start - 60), start))?.[1];
  const stems = body ? tokenize(body).filter((t) => !isStopWord(t.word)).map((t) => t.stem) : [];
  return stems.length ? { owner: stems } : {};
}
const MEMBERS_OF_AFTER = /^[\s\u00A0]+of\s+(?:the|its|their|our|this|that)\s+(?:(?:[\p{L}-]+\s+){0,2}[\p{L}-]+['\u2019]s\s+)?((?:\p{Lu}[\p{L}-]+\s+){0,3}[\p{L}-]+)/u;
const BODY_HAS_BEFORE = /\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur)\s+([\p{Ll}-]+)\s+(?:now\s+|still\s+|currently\s+)?(?:has|had|have)\s+(?:about\s+|around\s+|some\s+|nearly\s+|over\s+)?$/u;

/**
 * Votes are a candidate's: the subject of their clause ("Delacourt was declared elected with 1,439 votes",
 * "Martin Oyelaran of the Civic Party was declared elected with 1,412 votes"), else the name nearest before
 * them ("Priya Hallam, who came third with 604 votes").
 */
function candidateOf(text: string, start: number): Pick<Figure, 'owner'> {
  const names = (t: string) => [...t.matchAll(/\b(\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+)*)/gu)].map((m) => m[1]!).filter((n) => !MONTH_WORD.test(n) && !isStopWord(n.toLowerCase()));
  // The subject of the figure's own clause, else the nearest name before it.
  const before = text.slice(0, start);
  const name = names(before.slice(before.lastIndexOf(',') + 1))[0] ?? names(before).at(-1);
  return name ? { owner: tokenize(name.replace(/['\u2019]s$/, '')).map((t) => t.stem) } : {};
}

/** The end of the words before a count a body received: "about ", "more than ", or none. */
const ABOUT_END = '(?:about\\s+|around\\s+|nearly\\s+|more\\s+than\\s+|some\\s+|over\\s+)?$';
/** "The authority received 148 complaints", "the association had received more than 300": the body whose count it is. */
function counterOf(before: string): Pick<Figure, 'counter'> {
  // "the association had received", "The Harnwick Branch Line Passengers' Association, which I chair, had received": the body's last word.
  const body = new RegExp(`\\b(?:[Tt]he|[Ii]ts|[Oo]ur|[Tt]heir)\\s+(?:[\\p{L}'\u2019-]+\\s+){0,5}?([\\p{L}-]+)(?:,[^,;.]{1,40},)?\\s+(?:had\\s+|has\\s+|have\\s+)?(?:received|recorded|logged)\\s+${ABOUT_END}`, 'u').exec(before)?.[1];
  if (body) return { counter: stem(fold(body)) };
  // "Environmental Health received 88 noise complaints", "it received 612 noise complaints last year".
  const named = new RegExp(`(?:\\b(\\p{Lu}[\\p{L}-]+)|\\b(it|they))\\s+(?:had\\s+|has\\s+|have\\s+)?received\\s+${ABOUT_END}`, 'u').exec(before);
  if (named) return { counter: named[1] ? stem(fold(named[1])) : named[2]! };
  // "We had 412 complaints", "we've received 90 letters": the speaker's own body received them.
  if (RECEIVED_BY_US.test(before)) return { counter: 'we' };
  // "the group's survey, with 412 responses", "The council's consultation … received 1,036 responses": whose survey it is.
  const owner = SURVEY_OWNER_BEFORE.exec(before)?.[1];
  return owner ? { counter: stem(fold(owner)) } : {};
}
// Not a time's ("Last autumn's survey").
const SURVEY_OWNER_BEFORE = /\b(?!(?:autumn|spring|summer|winter|year|month|week|day|today|yesterday|[A-Z][a-z]+day)['\u2019])([\p{L}-]+)['\u2019]s\s+(?:own\s+)?(?:[\p{Ll}-]+\s+)?(?:survey|consultation|poll|questionnaire|ballot)\b[^.;]*$/u;
const RECEIVED_BY_US = new RegExp(`\\b[Ww]e(?:\\s+have|\\s+had|['\u2019]ve|['\u2019]d)?\\s+(?:had|received|got)\\s+${ABOUT_END}`, 'u');

/** The first clock time of a sentence, written one way ("1.52am", "11.41pm", "7 a.m.", "19:00" → "7.00pm"). */
const CLOCK_TIME = /\b(\d{1,2})(?:[.:](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)(?![\p{L}])|\b([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?\b(?![:.]?\d)/iu;
function clockOf(sentence: string): Pick<Figure, 'clock' | 'moment'> {
  const m = CLOCK_TIME.exec(sentence);
  if (!m) return {};
  // A timeline's line, which opens with its time ("- 02:58:00 Two firefighters enter the property"), tells of that moment.
  const moment = /^[\s\u00A0]*(?:[-\u2022*][\s\u00A0]*)?$/u.test(sentence.slice(0, m.index)) ? { moment: true } : {};
  if (m[3]) return { clock: `${Number(m[1])}.${m[2] ?? '00'}${m[3].replace(/\./g, '').toLowerCase()}`, ...moment };
  // The 24-hour clock of logs and reports, read as the 12-hour one people speak.
  const hour = Number(m[4]);
  return { clock: `${hour % 12 || 12}.${m[5]}${hour < 12 ? 'am' : 'pm'}`, ...moment };
}

/** Units of a reading taken at one spot: a gas's or a sound's level. */
const READING_UNITS = new Set(['part', 'ppm', 'microgram', 'milligram', 'decibel'].map(stem));

/**
 * "180 parts per million at the loading bay doors", "the concentration in the plant room reached about 310": where a reading is of.
 * Or the place named right after it ("46 decibels for Thornby Cross and 44 decibels for Fennick St Mary"), or before it in its
 * sentence ("At Brackwell we measured …", "The Brackwell figure I gave … was not 51 but 49").
 */
function spotOf(clause: string, after: string, before: string): Pick<Figure, 'spot'> {
  const named = NAMED_SPOT_AFTER.exec(after)?.[1] ?? [...before.matchAll(NAMED_SPOT_BEFORE)].map((m) => m[1] ?? m[2]).filter((w) => !MONTH_WORD.test(w!)).at(-1);
  const words = named ?? /\b(?:at|in|inside|outside|near)\s+the\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)/u.exec(clause)?.[1];
  const stems = words ? tokenize(words).filter((t) => !isStopWord(t.word)).map((t) => t.stem) : [];
  return stems.length ? { spot: stems } : {};
}
const SPOT_NAME = "(\\p{Lu}[\\p{Ll}'\u2019-]+(?:\\s+(?:St\\s+)?\\p{Lu}[\\p{Ll}'\u2019-]+){0,2})";
const NAMED_SPOT_AFTER = new RegExp(`^[\\s\u00A0]*(?:\\(?[\\p{L}]+\\)?\\s+)?(?:at|in|for|near)\\s+${SPOT_NAME}`, 'u');
const NAMED_SPOT_BEFORE = new RegExp(`\\b(?:[Aa]t|[Ii]n|[Ff]or|[Nn]ear|puts?)\\s+${SPOT_NAME}|\\b[Tt]he\\s+${SPOT_NAME}\\s+(?:figure|reading|level|result)\\b`, 'gu');

function withinOf(text: string, after: number): Pick<Figure, 'within'> {
  const name = nameAfter(text, after, '(?:in|at)');
  if (name) return { within: name };
  // "1,150 homes are inside the 50-decibel contour" / "4,300 homes lie inside the wider 45 dB Lnight contour": inside two contours.
  const contour = INSIDE_CONTOUR_AFTER.exec(text.slice(after, after + 60))?.[1];
  return contour ? { within: [`${contour}db`] } : {};
}
const CONTOUR = '[-\\s\u00A0]?(?:decibels?|dB(?:\\(A\\))?)(?:\\s+[\\p{L}]+){0,2}?\\s+(?:contour|zone|band)\\b';
const CONTOUR_AFTER = new RegExp(`^${CONTOUR}`, 'u');
const INSIDE_CONTOUR_AFTER = new RegExp(`^[^.;]{0,30}?\\b(?:inside|within|in)\\s+(?:the\\s+)?(?:[\\p{Ll}]+\\s+)?(\\d+)${CONTOUR}`, 'u');

/** The nearest word before the figure that names a statistic. */
function statisticOf(before: string): Pick<Figure, 'statistic'> {
  // "the highest hourly reading" is a peak, named by its first word.
  const word = [...before.matchAll(/\b(highest|peak|maximum|lowest|minimum|reading|average|averaged|mean|median)\b(?:(?:\s+[\p{L}-]+){0,2}\s+reading\b)?/giu)].at(-1)?.[1]?.toLowerCase();
  if (!word) return {};
  return { statistic: /highest|peak|maximum/.test(word) ? 'max' : /lowest|minimum/.test(word) ? 'min' : word === 'reading' ? 'reading' : 'mean' };
}

function placeBefore(text: string, start: number): Pick<Figure, 'place'> {
  const word = /\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[Tt]his)\s+([\p{Ll}-]+)['\u2019]s\s+$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  return word && PLACE_WORDS.has(fold(word)) ? { place: stem(fold(word)) } : {};
}

function ownerBefore(text: string, start: number, unit: readonly string[]): Pick<Figure, 'owner' | 'which' | 'row'> {
  const before = text.slice(Math.max(0, start - 140), start);
  // "Enclosure 12 measures 380 square metres": the thing named by number, all of whose words must be spoken of.
  const label = LABEL_OWNER_BEFORE.exec(before)?.[1];
  if (label) return { owner: tokenize(label).map((t) => t.stem) };
  // "- Coldwell: 27 transactions a week": a list line's label names what has the figure.
  // Without a bullet, a label before a sentence that opens with the figure ("Lindqvist: Nine of the 14 trams …") is who speaks.
  const listed = LIST_LABEL_BEFORE.exec(before);
  const spoken = listed && !/[-\u2022*]/.test(listed[0].slice(0, listed[0].indexOf(listed[1]!))) && /^\p{Lu}/u.test(text.slice(start));
  // A lowercase bulleted label names the thing counted ("- on-time applications: 1,050"), unless it says what was done to
  // those counted ("- offered a school outside Thornmere: 56"): then it names no thing.
  const line = LIST_LINE_BEFORE.exec(before)?.[1];
  const done = line !== undefined && DONE_LABEL.test(line);
  const item = (spoken ? undefined : listed?.[1]) ?? (done ? undefined : (line ?? TABLE_ROW_BEFORE.exec(before)?.[1]));
  // After a comma, the label names which one the line is of: "- Weekly GP appointments, Castle Street: 1,260" / ", both sites: 1,980".
  const which = item && /,\s*([^,]+)$/.exec(item)?.[1];
  const labelStems = (words: string) => tokenize(words).filter((t) => !isStopWord(t.word)).map((t) => t.stem);
  // "both sites", "all stations": the line is of the whole, named by what comes before the comma.
  if (which && WHOLE_WHICH.test(which)) return { owner: labelStems(item.slice(0, item.length - which.length).replace(/,\s*$/, '')), row: item };
  // A month that labels the line is when, not what (whatFollows gives it as the span).
  if (item && !MONTH_LINE.test(`${item}:`)) return { owner: labelStems(item), row: item, ...(which && !/^\d{4}\b/.test(which) ? { which: labelStems(which) } : {}) };
  // "after Castlebury (4.1 million entries and exits in 2061)": the name a bracket follows has the figure in it.
  const bracketed = NAME_BRACKET_BEFORE.exec(before)?.[1];
  if (bracketed && !MONTH_WORD.test(bracketed)) return { owner: labelStems(bracketed) };
  // "Sheepgate's waiting list alone is more than 4,000", "The waiting list at Sheepgate is 2,140": the named place whose list it is.
  const possessor = POSSESSED_IS_BEFORE.exec(before)?.[1] ?? AT_NAME_IS_BEFORE.exec(before)?.[1];
  if (possessor && !MONTH_WORD.test(possessor)) return { owner: labelStems(possessor) };
  const common = COMMON_OWNER_BEFORE.exec(before)?.[1] ?? THING_OF_BEFORE.exec(before)?.[1];
  // "the town's 11 primary schools" are the place's own, which every passage about it speaks of.
  // "Northgate is nine streets", "Oakmoor is open five evenings a week": the name that is the figure's subject (not "February was 241",
  // nor where a distance is measured from: "The Calder Royal Infirmary is 31 miles from Kestleford").
  const subject = NAME_IS_BEFORE.exec(before)?.[1];
  const named = subject && !MONTH_WORD.test(subject) && !DISTANCE_UNITS.has(unit[0] ?? '') ? subject : undefined;
  const name = OWNER_BEFORE.exec(before)?.[1] ?? named ?? (common && !PLACE_WORDS.has(fold(common)) ? common : undefined);
  // "Greyfold Homes has built 14,000 homes": the owner's name is Greyfold; "homes" is what it has.
  const stems = name ? tokenize(name).filter((t) => !isStopWord(t.word) && !unit.includes(t.stem)).map((t) => t.stem) : [];
  return stems.length ? { owner: stems } : {};
}

const NAME_BRACKET_BEFORE = /(?:^|[\s,;])(?!(?:The|A|An|In|At|On|By|Of)\s)(\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+){0,2})\s+\((?:about\s+|around\s+|some\s+)?$/u;
/** A list line's label ("- Coldwell: "), in mixed case: an interview's speaker label ("PELLING: ") names who speaks. */
const LIST_LABEL_BEFORE = /(?:^|\n)[\s\u00A0]*(?:[-\u2022*][\s\u00A0]*)?(\p{Lu}[\p{Ll}'\u2019 -][\p{L}'\u2019 -]{0,39}):[\s\u00A0]*(?:about\s+|around\s+|some\s+)?$/u;
/** "- Standard stall (6 sq m): current £3,850; proposed £4,620": a bulleted line's label (and its bracket) names what has every figure on the line. */
// Its year may follow it: "- All-weather lifeboat running cost, 2057 (outturn): £231,400", "- Base budget 2057/58: £6.1m".
const LIST_LINE_BEFORE = /(?:^|\n)[\s\u00A0]*[-\u2022*][\s\u00A0]*(\p{L}[\p{L}'\u2019 -][\p{L}'\u2019 ,-]{0,59}?)(?:,?[\s\u00A0]+\d{4}(?:\/\d{2,4})?)?[\s\u00A0]*(?:\([^()\n]{0,40}\)[\s\u00A0]*:[^\n]*|\([^()\n]{0,20}|:[^\n]*)$/u;
/** A label that opens with what was done: "offered first preference", "made at a Thornmere school". */
const DONE_LABEL = new RegExp(`^(?:(?!\\p{Ll}*eed\\b)\\p{Ll}{3,}ed|${IRREGULAR_PARTICIPLES})\\b`, 'u');
/** "- Within 15 minutes | 233 | 38%": a table row's first cell names what has the row's figures. */
const TABLE_ROW_BEFORE = /(?:^|\n)[\s\u00A0]*(?:[-\u2022*|][\s\u00A0]*)?(\p{L}[^|\n]{0,40}?)[\s\u00A0]*\|[^\n]*$/u;
const REPLACED_BEFORE = /\b(?:(?:down|up) from|from|instead of|rather than|replacing)\s+(?:the\s+|an?\s+|its\s+|his\s+|her\s+|their\s+)?(?:earlier\s+|previous\s+|original\s+|initial\s+)?$/i;
const NOW_PUT_AFTER = /^[^.;!?\d\u00A3$\u20AC]{0,20}?\b(?:is|are|has been|have been)\s+now\s+(?:put|estimated|set|reckoned|revised|forecast)\s+(?:at|to)\b/i;
export const REVISION = /\b(?:revis\w*|correct\w*|typo|mistake|error|misprint|withdr\w*|announced|had (?:said|given|reported)|initial(?:ly)?|(?:earlier|previous|original) (?:figure|estimate|count|toll|number))\b/i;
const SUPERSEDED_BEFORE = /\b(?:previous|earlier|original|initial|first|old) (?:estimate|figure|count|toll|number|tally) (?:of|was|had been)\s+$/i;
const PROMISED_BEFORE = /\b(?:the|its|their|his|her|our)\s+(?:promised|planned|pledged|announced|proposed|original|initial|earlier|previous)\s+$/i;
/** "one of those three detectors": a set the text has already counted, pointed back to. */
const POINTED_BACK_BEFORE = /\b(?:those|these)\s+$/i;
/** "puts open defects at", "estimated the losses at": the noun (and a word qualifying it) an estimate puts at the figure. */
const PUT_AT_BEFORE = /\b(?:puts?|putting|estimates?|estimated|places?|placed)\s+(?:the\s+|its\s+|their\s+)?(?:([\p{Ll}-]+)\s+)??([\p{Ll}-]+s)\s+at\s+(?:about\s+|around\s+|some\s+|nearly\s+|just\s+(?:over|under)\s+)?$/u;
/** "The number of X … was", just before a figure: X is what it counts. */
// Or changed from it: "The number of on-call firefighters based at the station has been cut from 14 to eight".
const NUMBER_OF_BEFORE = /\b(?:the|a)\s+(?:(?:largest|highest|greatest|smallest|lowest|total|overall|daily|weekly|average)\s+)?number\s+of\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}[\p{L}-]*s)\b[^.;:,!?]{0,70}?\s(?:was|is|were|are|stood\s+at|reached|peaked\s+at|(?:(?:has|have|had)\s+)?(?:been\s+)?(?:cut|reduced|increased|raised|lowered|fell|fallen|rose|risen|dropped|grew|grown|(?:went|gone)\s+(?:up|down))\s+from)\s+(?:about\s+|around\s+|some\s+|nearly\s+|just\s+)?$/iu;
const ON_DUTY_AFTER = /^[\s\u00A0]+(?:on duty|on shift|on call|at work)\b/i;
const CREWED_BY_BEFORE = /\b(?:crewed|staffed|manned)\s+by\s+(?:only\s+|just\s+)?$/i;
/** "The" opening a sentence or a quote, just before the figure. */
const THE_NUMBER_BEFORE = /(?:^|[.;:!?"\u201C]\s*)[Tt]he\s+$/u;
const NORM_BEFORE = /\b(?:target|goal|aim|limit|guidance|standard|requirement|minimum|maximum|cap|ceiling|threshold|quota|allowance|needs?|should(?: be)?|must(?: be| have)?|ought to be|recommends?|recommended)\b(?:[^.;]{0,50}?\b(?:of|is|was|at|be|to|for|by|from))?\s+$/i;
/** "Of those posts, 23 are teaching jobs": some of those the text counted before. */
const OF_THOSE_BEFORE = /\b[Oo]f\s+(?:(?:those|these|them|the|its|their)\s+(?:[\p{L}'\u2019-]+\s+){0,3}?[\p{L}-]+|those|these|them),\s*$/u;
/**
 * "their share falls to 610 tonnes", "Our members' share has gone from 847 tonnes": a part of a whole. The noun
 * has a determiner or an owner before it; "two vans share 64 stops" is the verb.
 */
const SHARE_BEFORE = /\b(?:the|a|its|their|our|his|her|your|my|whose|[\p{L}-]+['\u2019]s?)\s+(?:[\p{L}-]+\s+)?share\b[^.;,]*$/iu;
const OR_AGAIN_BETWEEN = /^[^.;]{0,60},\s*or\s+$/;
/** A sum or a count expected, not found: "at a likely loss of about £400,000", "an expected 300 visitors" (not "are expected to cost $4.2 million", an estimate told). */
const LIKELY_BEFORE = /\b(?:a|an|the|its|their)\s+(?:likely|expected|projected|forecast)\s+(?:[\p{L}-]+\s+)?(?:of\s+)?(?:about\s+|around\s+|some\s+|up to\s+)?$/iu;
const USUAL_BEFORE = /\b(?:normally|usually|typically|ordinarily)\b[^.;,]{0,30}$/i;
const TARGET_BEFORE = /\b(?:(?:was|were|is|are)\s+(?:due\s+)?to|promised\s+to|pledged\s+to|agreed\s+to)\s+[\p{L}-]+\s+(?:all\s+|every\s+one\s+of\s+)?(?:the\s+)?$|\b(?:meant|intended|earmarked)\s+for\s+$/iu;
/** "The contract requires Wyle Valley Trains to have 26 qualified drivers": what is required, a norm. */
const REQUIRED_BEFORE = /\b(?:requires?|required|asks?|asked)\s+[^.;]{0,40}?\bto\s+(?:have|employ|run|provide|keep|reach|hire)\s+(?:at least\s+)?$/i;
/** "14,000 premises by June 30, 2043": a figure and a deadline, with no verb between (not "had been connected by the end of May"). */
const DEADLINE_AFTER = new RegExp(`^\\s+(?:(?!(?:had|has|have|been|was|were|is|are)\\s|[\\p{L}-]+ed\\s)[\\p{L}-]+\\s+){0,3}?by\\s+(?:(?:${MONTH_NAMES})\\s+\\d{1,2},?\\s+)?\\d{4}\\b`, 'u');
const FORECAST_BEFORE = /\b(?:forecasts?|predicted|predicts?|projected|projects?)\s+(?:that\s+)?[^.;]{0,80}?\b(?:would|will)\b[^.;]{0,40}$/i;
/** What was forecast: "The Cabinet report forecast a net surplus of £90,000", "against the £90,000 the council forecast". */
const FORECAST_OBJECT_BEFORE = /\b(?:forecast|forecasts|predicted|predicts|projected|projects)\s+(?:(?:a|an|the)\s+(?:[\p{L}'\u2019-]+\s+){0,3}?(?:of\s+)?)?(?:about\s+|around\s+|some\s+|up to\s+)?$/iu;
const FORECAST_AFTER = /^[\s\u00A0]+(?:that\s+)?(?:the\s+|its\s+|their\s+)?(?:[\p{L}'\u2019-]+\s+){0,2}?(?:had\s+)?(?:forecast|predicted|projected|expected)\b/iu;
/** A line or paragraph of proposals: "6.5 Proposed charges from 1 April 2061: Zone A first permit £90; …". */
const PROPOSED_LINE = /^[\s\u00A0]*(?:\d+(?:\.\d+)*\.?[\s\u00A0]+)?(?:[-\u2022*][\s\u00A0]*)?(?:Proposed|Planned|Forecast|Projected)\b[^:.]{0,60}:/u;
const FUTURE_LEVEL_BEFORE = /\bwill\s+(?:have|reach|employ|hire|recruit|train)\s+(?:(?:at least|about|around|up to|some)\s+)?$/i;
const BY_A_DAY_AFTER = new RegExp(`^[^.;]{0,40}?\\bby\\s+(?:the\\s+(?:end|start|beginning)\\s+of\\s+|(?:${MONTH_NAMES})\\b|\\d{4}\\b|next\\s)`, 'i');
const WOULD_BE_BEFORE = /\bwould\s+(?:be|stand|lie|sit)\s+(?:just\s+|only\s+)?$/i;
const NORM_AFTER = /^[\s\u00A0]+(?:(?:[\p{Ll}-]+\s+)?(?:limit|threshold|standard|target|cap|ceiling)|intervention\s+level)\b/u;
/** "40mm or more", "5,000 or more valid signatures", "70 millimetres or over": a least value, not a value. */
const OR_MORE_AFTER = /^(?:[\s\u00A0]+[\p{Ll}-]+)?[\s\u00A0]+or\s+(?:more|over|above|greater|higher)\b/u;
const THRESHOLD_AFTER = /^[\s\u00A0]+(?:[\p{L}-]+\s+){0,3}?(?:(?:would|will|could|should)\s+trigger|triggers?|(?:is|are)\s+needed\s+(?:for|to))\b/iu;
const TRIGGER_BEFORE = /\b(?:when|whenever|once|as soon as)\s+[^.;,]{0,40}?\b(?:reaches|exceeds|passes|hits|tops|(?:rises|goes)(?: above| to)?|(?:falls|drops)(?: below| to)?)\s+$/i;
const CONDITION_BEFORE = /\b(?:once|if|unless)\b[^.;,]*$/i;
/** "For someone who has lost a freezer full of food and spent five nights in the cold": a case supposed (not "anyone who breaks the ban could be fined £1,000", a rule). */
const SOMEONE_BEFORE = /\b(?:someone|somebody)\s+(?:who|that)\b[^.;,]*$/i;
/** "a 10 per cent rise would add £1.85 million": a case supposed, the subject of what it would do. */
const SUPPOSED_CASE = { before: /\b(?:a|an)\s+$/i, after: /^\s+(?:[\p{L}-]+\s+){0,2}?(?:would|could|might)\s+(?!have\b)/iu };
const ALTERNATIVE_AFTER = /^[^.;]{0,30}?,?\s+with\s+[^.;,]{1,50}?\s+rather\s+than\s+\p{L}/iu;
/** "several hundred more homes would have been flooded": what did not happen. */
const COUNTERFACTUAL_AFTER = /^[^.;,]*?\b(?:would|could|might)(?:\s+not)?\s+have\b/i;
const REFUSED_BEFORE = /\b(?:(?:am|is|are|was|were)\s+not\s+going\s+to|will\s+not|won['\u2019]t|refuses?\s+to|refused\s+to)\s+[^.;,]{0,30}$/i;
const PLEDGE_BEFORE = /\b(?:would|will|is\s+to|are\s+to|plans?\s+to|intends?\s+to)\s+(?:[\p{L}-]+\s+)?(?:put|spend|invest|give|provide|allocate|contribute|offer)\s+$/iu;
/** "Reports that more than 90 homes were flooded are not correct." */
const REPORT_BEFORE = /\b(?:reports?|claims?|suggestions?|stories|rumou?rs?|allegations?)\s+that\s+[^.;]*$/i;
const REPORT_DENIED_AFTER = /^[^.;]*?\b(?:are|is|were|was)\s+(?:not\s+(?:correct|true|accurate|right)|wrong|untrue|false|incorrect|inaccurate)\b/i;
const LISTED_OPTION_BEFORE = /(?:^|\n)[\s\u00A0]*[-\u2022*][\s\u00A0]*(?:reduce|keep|close|cut|retain|replace|increase|extend|merge|move|end|stop|introduce|withdraw|expand|raise|lower|build|sell|get|bring|restore|reinstate|return|put|give|publish|pay)\b[^\n]*$/;
const WISH_BEFORE = /\b(?:(?:would|'d|\u2019d)\s+(?:rather|prefer|sooner)|wants|proposes|proposing|(?:would|'d|\u2019d)\s+like)\b[^.;,]*$/i;
const DENIAL_BEFORE_BOUND = /(?:^|[^\p{L}])(?:no|not|never|nobody|none|n['\u2019]t)\b[^.;,:!?]{0,60}?\b[\p{L}]+\s+$/iu;
const NAMED_FIGURE_BEFORE = /\b(?:figure|estimate|count|total|tally|number)\s+of\s+$/i;
const NAMED_SUM_BEFORE = /\bthe\s+(?:[\p{L}-]+\s+){0,2}(?:figure|estimate|forecast|saving|savings|cost|total|budget|count|number)\s+of\s+$/iu;
const SUPERSEDED_LATER = /^(?:[^.;]|\.\d)*?\b(?:has|have|had)\s+been\s+(?:superseded|withdrawn|replaced)\b/i;
const NAMED_FIGURE_APPOSED_BEFORE = /\b(?:figure|estimate|count|total|tally|number)\b[^.;,\d]{0,50},\s*$/i;
const WRONG_LATER = /^(?:[^.;]|\.\d)*?\b(?:was|is|had been|were)\s+(?:a\s+|an\s+)?(?:typo|typing error|mistake|error|misprint|wrong|incorrect)\b/i;
const RETRACTED_AFTER = /^\s*(?:\w+\s+){0,2}(?:was|is|had been|were)\s+(?:a\s+|an\s+)?(?:typo|typing error|mistake|error|misprint|wrong|incorrect)|^\s*(?:\w+\s*){0,2},?\s+and\s+(?:that|this|it)\s+(?:was|is|had been)\s+(?:a\s+|an\s+)?(?:typo|mistake|error|misprint|wrong|incorrect)\b/i;

const THE_OTHER_BEFORE = /\bthe\s+(?:other|remaining)\s+$/i;
const FROM_NUMBER_TO_BEFORE = /\bfrom\s+(?:about\s+|around\s+)?[\d,.]+\s+to\s+$/i;

/** Marks figures that another figure of the same sentence replaces, or that belong to an earlier time. */
function markRoles(text: string, figures: Figure[]): void {
  figures.forEach((f, i) => {
    const before = text.slice(Math.max(0, f.start - 40), f.start);
    // "the promised 12 beds", "those three detectors": a number said before, not what this passage states; "I would rather open eight beds".
    // "The 640 included around 260 construction jobs": a bare number named as one said before.
    // "29 of the 38", "Twenty-three of the 71": the whole a part is taken from, bare, is a number said before.
    if (PROMISED_BEFORE.test(before) || POINTED_BACK_BEFORE.test(before) || (!f.unit.length && (THE_NUMBER_BEFORE.test(before) || /\bof\s+the\s+$/i.test(before)))) f.role = 'earlier';
    // "The repair that was going to cost about £180,000 is now put at £246,000": the figure the new one replaces.
    if (NOW_PUT_AFTER.test(text.slice(f.end, f.end + 40))) f.role = 'earlier';
    // "No community group pays more than £12 an hour": the bound of a denial is a limit, not a figure told (the denial is
    // compared with what goes past it).
    if (/^(?:more|less|fewer|over|under)\b/i.test(f.text) && DENIAL_BEFORE_BOUND.test(text.slice(Math.max(0, f.start - 70), f.start))) f.role = 'norm';
    if (WISH_BEFORE.test(text.slice(Math.max(0, f.start - 60), f.start))) f.role = 'supposed';
    // "money that could have paid for two or three dentists": what might have been, not what is.
    if (COULD_HAVE_BEFORE.test(text.slice(Math.max(0, f.start - 40), f.start))) f.role = 'supposed';
    // "No proposal for 20 additional licences has been made": a figure no one put forward.
    if (NO_PROPOSAL_BEFORE.test(text.slice(Math.max(0, f.start - 40), f.start))) f.role = 'supposed';
    // An option a list sets out ("- reduce the mobile library to one vehicle visiting 41 stops"), not what is so now.
    if (LISTED_OPTION_BEFORE.test(text.slice(Math.max(0, f.start - 120), f.start))) f.role = 'supposed';
    // A norm, not a measurement: "a target of 35 megalitres a day", "the guidance is at least one keeper for every 20", "need at least 24".
    // Or one named by the noun after it: "the council's 40mm intervention level", "a 20mph speed limit".
    if (NORM_BEFORE.test(text.slice(Math.max(0, f.start - 50), f.start)) || NORM_AFTER.test(text.slice(f.end, f.end + 30))) f.role = 'norm';
    // "Mill Lane has parking and maintenance space for 64 buses": how many it could hold, not how many it has.
    if (CAPACITY_BEFORE.test(text.slice(Math.max(0, f.start - 30), f.start))) f.role = 'norm';
    // What is usual ("The same monitor normally records about nine micrograms") and what was to be done
    // ("was to connect 14,000 premises", "the grant was meant for 1,400 premises", "it said 14,000 premises by
    // June 30, 2043") are measured against, like a limit.
    if (USUAL_BEFORE.test(text.slice(Math.max(0, f.start - 50), f.start)) || REQUIRED_BEFORE.test(text.slice(Math.max(0, f.start - 70), f.start)) || TARGET_BEFORE.test(text.slice(Math.max(0, f.start - 50), f.start)) || DEADLINE_AFTER.test(text.slice(f.end, f.end + 50))) f.role = 'norm';
    // A forecast: "In 2038 the agency forecast that the annual average would be below 30 by 2042".
    if (FORECAST_BEFORE.test(text.slice(Math.max(0, f.start - 140), f.start)) || LIKELY_BEFORE.test(text.slice(Math.max(0, f.start - 40), f.start))) f.role = 'supposed';
    if (FORECAST_OBJECT_BEFORE.test(text.slice(Math.max(0, f.start - 60), f.start)) || FORECAST_AFTER.test(text.slice(f.end, f.end + 40)) || PROPOSED_LINE.test(text)) f.role = 'supposed';
    // A level to be reached by a day: "a plan showing how it will have 26 qualified drivers by the end of September".
    if (FUTURE_LEVEL_BEFORE.test(text.slice(Math.max(0, f.start - 40), f.start)) && BY_A_DAY_AFTER.test(text.slice(f.end, f.end + 60))) f.role = 'norm';
    // Said on a condition: "once Enclosure 12 has been enlarged to 520 square metres", "if the council pays $5 million"; or of someone who is so.
    if (CONDITION_BEFORE.test(text.slice(Math.max(0, f.start - 60), f.start)) || SOMEONE_BEFORE.test(text.slice(Math.max(0, f.start - 80), f.start))) f.role = 'supposed';
    // A level that sets something off ("to begin closing both gates when the river reaches 3.2 m") is a threshold, not a reading.
    if (TRIGGER_BEFORE.test(text.slice(Math.max(0, f.start - 60), f.start))) f.role = 'norm';
    // A threshold a rule sets: "a petition with 5,000 or more valid signatures … will be debated" (any petition), "A defect of 40mm or more
    // on the cycle network is Category 1" (any defect), "5,000 signatures would trigger a debate".
    if (THRESHOLD_AFTER.test(text.slice(f.end, f.end + 50)) || (/\b(?:a|an|any|every)\s+[\p{Ll}-]+\s+(?:with|of)\s+$/iu.test(text.slice(Math.max(0, f.start - 40), f.start)) && OR_MORE_AFTER.test(text.slice(f.end, f.end + 24)))) f.role = 'norm';
    if (COUNTERFACTUAL_AFTER.test(text.slice(f.end, f.end + 60))) f.role = 'supposed';
    // The cost of another option: "puts the essential roof work alone at £2.9 million, with the east range repaired rather than rebuilt".
    if (ALTERNATIVE_AFTER.test(text.slice(f.end, f.end + 90))) f.role = 'supposed';
    if (SUPPOSED_CASE.before.test(before) && SUPPOSED_CASE.after.test(text.slice(f.end, f.end + 40))) f.role = 'supposed';
    // What a plan would make so: "the eastern end of the extended runway would be 740 metres from the school" is not "the existing runway end is 1,190 metres".
    if (WOULD_BE_BEFORE.test(text.slice(Math.max(0, f.start - 30), f.start))) f.role = 'supposed';
    // What someone will not do, or means to do: "I am not going to put 14,000 vehicles a day back", "would put £150,000 into a grant scheme".
    if (REFUSED_BEFORE.test(text.slice(Math.max(0, f.start - 50), f.start)) || PLEDGE_BEFORE.test(text.slice(Math.max(0, f.start - 50), f.start))) f.role = 'supposed';
    const previous = figures[i - 1];
    // "would be 740 metres from the school boundary, or 500 metres from the outer edge": told again, said the same way.
    if (previous && (previous.role === 'norm' || previous.role === 'supposed') && previous.kind === f.kind && OR_AGAIN_BETWEEN.test(text.slice(previous.end, f.start))) f.role = previous.role;
    if (f.role !== 'stated') return;
    // A figure others gave, denied: it is withdrawn, as by its own author, and its replacement (if any) is told elsewhere.
    if (REPORT_BEFORE.test(text.slice(Math.max(0, f.start - 60), f.start)) && REPORT_DENIED_AFTER.test(text.slice(f.end, f.end + 80))) {
      f.role = 'retracted';
      return;
    }
    const replaced = REPLACED_BEFORE.test(before);
    // "had received 430 applications, not 340": denied in favour of the figure before it.
    const denied = i > 0 && /,\s*not\s+(?:the\s+|an?\s+|its\s+|their\s+)?$/i.test(before);
    // "the figure of 340 applications … given to the Herald on February 9 was wrong": a figure named as a figure, then withdrawn.
    // Or named in apposition: "The figure we gave the Courier, 212, was wrong." Or a sum named and superseded: "The full-year
    // saving of £1.46 million given in CAB/2074/031, and quoted publicly since, has been superseded."
    const namedWrong =
      ((NAMED_FIGURE_BEFORE.test(before) || NAMED_FIGURE_APPOSED_BEFORE.test(before)) && WRONG_LATER.test(text.slice(f.end, f.end + 120))) ||
      (NAMED_SUM_BEFORE.test(before) && SUPERSEDED_LATER.test(text.slice(f.end, f.end + 120)));
    // "was not 51 but 49 decibels", "It is not 212 posts, it is 187": denied in favour of the figure after it.
    const notBut = i + 1 < figures.length && /\bnot\s+$/i.test(before) && NOT_BUT_BETWEEN.test(text.slice(f.end, figures[i + 1]!.start));
    if (notBut) takeScale(f, figures[i + 1]!);
    const retracted = denied || notBut || namedWrong || RETRACTED_AFTER.test(text.slice(f.end, f.end + 40)) || SUPERSEDED_BEFORE.test(before);
    if (!replaced && !retracted) return;
    if (namedWrong || notBut) f.named = true;
    // "The figure of 2,310 permits given in a radio interview on 15 February 2072": the day it was given, not what it counts over.
    if (namedWrong && f.span && DATE_SPAN.test(f.span)) delete f.span;
    if (denied && figures[i - 1]!.kind !== f.kind) return;
    // The figure that replaces it: the nearest other stated figure of the same kind.
    const others = figures.map((g, j) => ({ g, j })).filter(({ g, j }) => j !== i && g.kind === f.kind && !REPLACED_BEFORE.test(text.slice(Math.max(0, g.start - 40), g.start)));
    if (!others.length) {
      // "A previous estimate of 12,400 acres was revised": withdrawn, its replacement said elsewhere.
      if (retracted) f.role = 'retracted';
      return;
    }
    const by = others.reduce((a, b) => (Math.abs(b.g.start - f.start) < Math.abs(a.g.start - f.start) ? b : a));
    // Withdrawn ("revised … from", "a typo") or only an earlier value ("rose from $2.00 to $2.50", "down from 7,100 last year").
    const after = text.slice(f.end, f.end + 30);
    f.role = retracted || (REVISION.test(text) && !EARLIER.test(after) && !EARLIER.test(before)) ? 'retracted' : 'earlier';
    f.replacedBy = by.j;
    // The two count the same thing: each takes the other's words.
    const shared = [...new Set([...f.context, ...by.g.context])];
    f.context = shared;
    by.g.context = shared;
    if (!f.unit.length) f.unit = by.g.unit;
    if (!by.g.unit.length) by.g.unit = f.unit;
    f.spot ??= by.g.spot;
    f.persons ||= by.g.persons;
    by.g.persons ||= f.persons;
  });
}

/** "not 48 but 57 million pounds": a bare number denied is told in the scale and kind of the one put in its place. */
function takeScale(f: Figure, by: Figure): void {
  if (f.kind !== 'count' || f.unit.length || by.kind === 'count') return;
  const lead = Number(/\d+(?:\.\d+)?/.exec(by.text.replace(/,/g, ''))?.[0]);
  if (!(lead > 0)) return;
  const scale = by.value / lead;
  const value = f.value * scale;
  // As precise as the figure it takes its scale from: "57 million" is 56.5 to 57.5 million.
  Object.assign(f, { kind: by.kind, value, low: value - (by.value - by.low), high: value + (by.high - by.value), unit: by.unit });
}

/** Between a figure denied and the one put in its place: " but ", " posts, it is ", " homes; it's ". */
const NOT_BUT_BETWEEN = /^(?:\s+[\p{L}-]+){0,2}\s*(?:\s|[,;]\s*)(?:but|(?:it|that|they)(?:\s+(?:is|was|are|were)|['\u2019]s))\s+$/iu;

/** Concept classes that say what is counted: two figures whose words fall in different ones count different things. */
export const MEASURES = new Set(['@death', '@injury', '@homeless', '@members', '@money', '@flight', '@detention', '@job', '@dismissal', '@enrollment', '@crowd', '@titles', '@hunger', '@visit']);

export function measuresOf(f: Figure): Set<string> {
  return new Set([...f.context, ...f.unit.map((u) => `@${conceptOfStem(u) ?? ''}`)].filter((t) => MEASURES.has(t)));
}

/** Unit stems that say nothing about what is counted beyond "people" or "money". */
const GENERIC_UNITS = new Set(['people', 'person', 'individual', 'men', 'women', 'year', 'time', 'day', 'month', 'week', 'hour', 'old', 'minute', 'money', 'dollar', 'euro', 'percent', 'age']);

/**
 * Whether two figures count the same thing: the same kind, and
 * - measurements, durations and tallies: the same unit ("seconds", "days");
 * - counts and sums: a shared specific unit ("positions", "national titles"), or, for a
 *   generic one (people, money, none), a shared measure (`@death`, `@members`) or noun
 *   ("budget") in their clauses; and never two different measures (dead / homeless).
 */
export function sameThing(a: Figure, b: Figure): boolean {
  if (a.kind !== b.kind) return false;
  // Nine of the 32 beams are not the 32 beams; two of five piers and three of five are both damaged piers.
  // But a part qualified as the other count is ("255 will be affordable" / "170 affordable homes") is that count.
  if (!a.part !== !b.part && !a.modifiers.some((m) => b.modifiers.includes(m))) return false;
  // 300 patients a week are not 6,200 in January; 23 patients who waited over 12 hours are not all of them; those on a list are not those who missed a collection;
  // 310 buses at five depots are not the 62 at one.
  if ((a.per ?? '') !== (b.per ?? '') || !a.subset !== !b.subset || !a.listed !== !b.listed || !a.across !== !b.across || !a.sampled !== !b.sampled) return false;
  // All of them, told as a plain total, are not those who did something: "every one of the district's
  // 18,400 households now has a blue bin" / "about 6,900 households have signed up for a garden waste bin".
  const [whole, some] = a.all ? [a, b] : [b, a];
  if (!a.all !== !b.all && !whole.actions.length && some.actions.length) return false;
  // "would add about 410 vehicles" / "counted about 1,150 vehicles": a change is not a level.
  if (!a.change !== !b.change) return false;
  // "the highest hourly reading was 241" is not "the average level … was 38".
  // A single reading may be the peak ("one hourly reading was 412" / "the highest hourly reading was 241"), not the average.
  const point = (x: Figure['statistic']) => (x === 'reading' ? 'max' : x);
  if (a.statistic && b.statistic && point(a.statistic) !== point(b.statistic)) return false;
  // "the average class … has 24 pupils" is not "Kestrelford High School had 1,140 pupils on roll" (but a rate may be
  // told as an average or not: "lost an average of 61 megalitres a day" / "we lose 45 megalitres a day").
  // So for a sum: "Average rent across all let stalls: current £4,210" is not one trader's rent.
  // A figure withdrawn speaks of the figure told, whatever statistic it was ("The Brackwell figure I gave … was not 51 but 49"),
  // and its verbs say what was done to the figure ("not the $184,000 we gave the committee"), not to what it counts.
  const withdrawn = a.role === 'retracted' || b.role === 'retracted';
  if ((a.kind === 'count' || a.kind === 'money') && (a.statistic === 'mean') !== (b.statistic === 'mean') && !(a.per && b.per) && !withdrawn) return false;
  // "had spent $287 million by February 28" is not "the line would cost $395 million in total".
  if (!a.toDate !== !b.toDate) return false;
  // Tonnes of food waste are not tonnes of recycling; "3.2 kilometres of overhead wire" is not the line's 11.4 kilometres.
  if (a.material && b.material && !a.material.some((m) => b.material!.includes(m))) return false;
  const unnamed = (x: Figure, y: Figure) => !!x.material && !y.material && !x.material.some((m) => y.context.includes(m));
  if (unnamed(a, b) || unnamed(b, a)) return false;
  // Without different things: "about 4,000 homes had no running water" / "9,300 homes were without power".
  if (a.lacking && b.lacking && !a.lacking.some((w) => b.lacking!.includes(w))) return false;
  // "187 handovers over 60 minutes and 14 over six hours": those past one limit are not those past another, nor all of them.
  if (a.beyond !== b.beyond) return false;
  // In two named places: "12 flats in Linwood Court" / "40 of the 96 flats in Ashby House".
  if (a.within && b.within && !a.within.some((w) => b.within!.includes(w))) return false;
  // Counted by two bodies: "the association had received more than 300 complaints" / "The authority received 148 complaints".
  if (a.counter && b.counter && a.counter !== b.counter) return false;
  // What happened over a span is not what there is: "ten drivers had left the depot since January 2050" / "We have 24 qualified drivers".
  const flow = (f: Figure) => f.kind === 'count' && !!f.span && f.actions.length > 0 && !f.state;
  const level = (f: Figure) => f.kind === 'count' && f.unit.length > 0 && f.state && !f.actions.length && !f.span;
  if ((flow(a) && level(b)) || (flow(b) && level(a))) return false;
  // Nor are those something was done to ("3,140 logged") those still waiting ("At 30 September, 2,318 defects were open").
  const done = (f: Figure) => f.kind === 'count' && !f.span && f.actions.length > 0 && !f.state;
  if ((done(a) && b.standing) || (done(b) && a.standing)) return false;
  // A count at a past event of someone's ("when I joined at 17 there were more than 70 boats") is of that time only.
  // So is one at the start of a scheme ("When the trial began, 27 streets were exempted", "at the start").
  const atEvent = (f: Figure) => /^(?:when |at the (?:start|outset))/i.test(f.span ?? '');
  if (atEvent(a) !== atEvent(b)) return false;
  // Readings at two spots: "180 parts per million at the loading bay doors" / "about 310 parts per million in the plant room".
  if (a.spot && b.spot && !a.spot.some((w) => b.spot!.includes(w))) return false;
  // At two clock times: "a departure at 1.52am that reached 84 dB(A)" / "79 dB(A) from a cargo departure at 2.47am".
  if (a.clock && b.clock && a.clock !== b.clock) return false;
  if ((a.moment && !b.clock) || (b.moment && !a.clock)) return false;
  if (a.which && b.which && !a.which.some((w) => b.which!.includes(w))) return false;
  // One of several a line is of ("Castle Street") is not what a passage that does not name it tells of.
  const oneOf = (x: Figure, y: Figure) => !!x.which && !y.which && !x.which.some((w) => y.context.includes(w) || (y.owner ?? []).includes(w));
  if (oneOf(a, b) || oneOf(b, a)) return false;
  // Counted over different spans of time: "4,200 tonnes over the six months" / "380 tonnes between August 12 and August 21".
  // A period told as before a day is an earlier time than any other told, or one told with no time, which speaks of now.
  if ((a.span ?? '').startsWith('before ') !== (b.span ?? '').startsWith('before ')) return false;
  if (a.span && b.span && !sameSpan(a.span, b.span)) return false;
  // Figures fifty times apart count different things (a fare and a year's revenue, two firefighters
  // treated and two hundred at work), not one thing told twice.
  if (Math.max(a.value, b.value) > 50 * Math.max(1e-9, Math.min(a.value, b.value)) && a.kind !== 'tally') return false;
  // "68 per cent of responses opposing the closure" / "17.6 per cent of the Quarry Hill list": shares of different wholes.
  if (a.base && b.base && a.base !== b.base) return false;
  // "across its six sites" / "across the two sites": the places other figures are counted over.
  if (a.scope || b.scope) return false;
  // "the rent at the council's other sites" is not the rent at the named one.
  if (!a.elsewhere !== !b.elsewhere) return false;
  // A count a label qualifies ("| Incidents in Westmarsh (all stations) |") is not one that does not say so.
  const names = (y: Figure, w: string) => y.context.includes(w) || !!y.owner?.includes(w) || !!y.qualifier?.includes(w) || y.unit.includes(w);
  const unqualified = (x: Figure, y: Figure) => !!x.qualifier && !x.qualifier.every((w) => names(y, w));
  if (unqualified(a, b) || unqualified(b, a)) return false;
  // Fewer of a kind a label names than a count that does not name it: some of them ("| Food waste crew posts | 18 |" / "187 posts").
  const someOf = (x: Figure, y: Figure) => !!x.labelKind && x.value < y.value && !x.labelKind.every((w) => names(y, w) || y.modifiers.includes(w) || !!y.labelKind?.includes(w));
  if (someOf(a, b) || someOf(b, a)) return false;
  // What is now is not what is to be: "two serving positions" at the new branch / "where four serve now".
  // (What was and what is now may be one thing: "there were 174" / "there are currently 174".)
  if (a.tense && b.tense && a.tense !== b.tense && (a.tense === 'later' || b.tense === 'later')) return false;
  // "currently offers 1,150 places" / "The programme from April is 820 places": now, and from a day to come.
  if ((a.tense === 'now' && b.span?.startsWith('from ')) || (b.tense === 'now' && a.span?.startsWith('from '))) return false;
  // "4.1 miles … by road (2.9 miles in a straight line)": two ways of measuring one distance.
  if (!a.straight !== !b.straight) return false;
  // "a 180-litre black bin" / "a new 240-litre black bin": bins of two sizes.
  if (a.sized && b.sized && (a.high < b.low || b.high < a.low)) return false;
  // Said of different years ("62,000 visits in 2030" / "85,000 visits in 2037"): different times, not one thing told twice.
  if (a.years.length && b.years.length && !a.years.some((y) => b.years.includes(y))) return false;
  const sharedUnit = a.unit.filter((u) => b.unit.includes(u));
  // The last noun heads the phrase: "58 scheduled stop visits" count visits, not the "64 stops" the vans visit.
  const head = (x: Figure) => x.unit.at(-1);
  if (a.kind === 'count' && sharedUnit.length && head(a) !== head(b)) return false;
  // The same noun, qualified differently by both ("11 primary schools" / "two secondary schools"): different things.
  if (sharedUnit.length && a.modifiers.length && b.modifiers.length && !a.modifiers.some((m) => b.modifiers.includes(m))) return false;
  // "170 affordable homes" are some of "the 850 homes": a qualified count below an unqualified one is a
  // part of it, not the same count told differently (but "12 extra beds" / "eight beds, not 12" is).
  if (sharedUnit.length && !a.modifiers.length !== !b.modifiers.length) {
    const [qualified, plain] = a.modifiers.length ? [a, b] : [b, a];
    if (qualified.value < plain.value) return false;
  }
  // The same unit of a thing one of them names and the other does not speak of ("the supplier's usual
  // 26-tonne lorry" / "our engines weigh about 18 tonnes"): two things measured in one unit.
  // But a figure withdrawn by its value may leave out a noun before the head: "2,310 staff permits" / "The figure of 2,310 permits … was wrong".
  const namedApart = (x: Figure, y: Figure) => x.unit.some((u, k) => !y.unit.includes(u) && !y.context.includes(u) && !(y.named && k < x.unit.length - 1));
  if (sharedUnit.length && (namedApart(a, b) || namedApart(b, a))) return false;
  if (a.kind === 'measure' || a.kind === 'duration' || a.kind === 'tally') return a.kind === 'tally' || sharedUnit.length > 0;
  // Sums of money of different kinds ("a profit of $3.4 million" / "fined the mill $1.2 million").
  if (a.kind === 'money') {
    const ra = moneyRoles(a);
    const rb = moneyRoles(b);
    if (ra.size && rb.size && ![...ra].some((r) => rb.has(r))) return false;
    // Money moved from one fund to another ("£350,000 moved from the reserve fund") is compared only with money moved,
    // and a sum owed ("Rent arrears … stood at £38,000") only with a sum owed, not with the rent charged.
    if (ra.has('transfer') !== rb.has('transfer') || ra.has('arrears') !== rb.has('arrears')) return false;
    // Sums the same noun names, qualified apart: "total reserves of £31,400" / "our free reserves are £9,800"; "The heat pump
    // quote is now £24,300" / "The other roof quote was £64,900" ("other" is another than the one told before).
    const [na, nb] = [a.sumName, b.sumName];
    if (na && nb && na.noun === nb.noun && (na.modifiers.includes('other') !== nb.modifiers.includes('other') || (na.modifiers.length && nb.modifiers.length && !na.modifiers.some((m) => nb.modifiers.includes(m))))) return false;
    // What is given towards the repair is a part of what the repair costs ("the repair will cost around £1.9 million").
    const towardsWhole = (x: Figure, y: Figure) => !!x.towards && !y.towards && y.context.includes(x.towards);
    if (towardsWhole(a, b) || towardsWhole(b, a)) return false;
  }
  // Every sum of money is money: "@money" says nothing about which sum.
  const measured = (f: Figure) => new Set([...measuresOf(f)].filter((m) => f.kind !== 'money' || m !== '@money'));
  const ma = measured(a);
  const mb = measured(b);
  const specific = (u: string) => !GENERIC_UNITS.has(u) && !isPersonUnit(u);
  // Different things happen to what each counts ("1,200 people work there" / "seats 32,000"; "spent
  // $18.4 million" / "guaranteed a $40 million loan"), and nothing else says it is one thing.
  // So also for the same noun: "serves about 900 families a week" / "turned away about 40 families in one week";
  // but a figure withdrawn ("a previous estimate of 12,400 acres was revised after mapping flights") speaks
  // of the figure, and its verbs say what happened to it.
  const told = a.role === b.role && (a.role === 'stated' || a.role === 'norm');
  if (!withdrawn && a.actions.length && b.actions.length && !a.actions.some((x) => b.actions.includes(x)) && (told || !sharedUnit.some(specific)) && ![...ma].some((m) => mb.has(m))) return false;
  if (ma.size && mb.size && ![...ma].some((m) => mb.has(m))) return false;
  if (sharedUnit.some(specific)) return true;
  // One says what it counts ("enrollment") and the other does not ("class sizes … 32 students").
  if (!ma.size !== !mb.size) return false;
  // Two different specific units ("positions" / "people") count different things; a figure
  // with no unit ("a budget of $48.2 million") may count the other's if its clause names it.
  const named = (x: Figure, y: Figure) => x.unit.filter(specific).every((u) => !y.unit.length && y.context.includes(u) && !y.placed?.includes(u));
  if (!named(a, b) || !named(b, a)) return false;
  // A table row's label names what its bare figures count: "| Serving positions | 4 |" are not "6 staff".
  const counted = (x: Figure) => (x.unit.length ? x.unit : x.row ? (x.owner ?? []) : []);
  const persons = (x: Figure) => x.persons || (!x.unit.length && counted(x).some(isPersonUnit));
  if (a.kind === 'count' && counted(a).length && counted(b).length && persons(a) !== persons(b)) return false;
  if ([...ma].some((m) => mb.has(m))) return true;
  // "41 people waited more than six hours" / "fourteen people waited more than six hours": the same people, told by the limit they passed.
  if (a.beyond !== undefined && a.actions.some((x) => b.actions.includes(x))) return true;
  const ca = new Set(a.context);
  // Words that only say a sum is a cost or a payment ("a day ticket cost $40" / "a weekend pass cost $95") say nothing of which sum.
  const costOrPay = (t: string) => a.kind === 'money' && /^(?:cost|pay)$/.test(moneyRoleOfStem(t) ?? '');
  const teller = (t: string) => !!a.tellers?.includes(t) || !!b.tellers?.includes(t);
  const telling = (t: string) => !t.startsWith('@') && !GENERIC_UNITS.has(t) && !isPersonUnit(t) && !NOT_MEASURED.has(t) && !costOrPay(t) && !teller(t);
  if (b.context.some((t) => ca.has(t) && telling(t))) return true;
  // One word, a verb in one and a noun in the other: "will save $184,000" / "the saving will be $131,000".
  return a.kind === 'money' && (a.actions.some((t) => b.context.includes(t) && telling(t)) || b.actions.some((t) => ca.has(t) && telling(t)));
}

/**
 * The same span, or a month and a day of it ("may" / "may 31": "by the end of May" / "By May 31"), or two
 * spans of one length told two ways ("over the first three weeks" / "from May 21 to June 10"); but
 * "the first two weeks" are not "the timetable's first three weeks".
 */
function sameSpan(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short === long || (MONTH_ALONE.test(short) && long.startsWith(`${short} `) && /^\d{1,2}$/.test(long.slice(short.length + 1)))) return true;
  // A day of the week and a date may be one day: which, only the articles' dates tell (conflicts.ts, dayTold).
  if (WEEKDAY_SPAN.test(a) !== WEEKDAY_SPAN.test(b) && [a, b].some((x) => DATE_SPAN.test(x))) return true;
  // A time of day and a date or period ("every night" / "from 6 January") tell of different things, not of different times.
  if ((a === 'day' || a === 'night') !== (b === 'day' || b === 'night')) return true;
  const [pa, pb] = [PERIOD.exec(a), PERIOD.exec(b)];
  // Two periods told alike: the same end of time ("first", "past"), when both say it, and the same length.
  if (pa && pb && pa[1] && pb[1] && pa[1] !== pb[1] && !(PAST_END.test(pa[1]) && PAST_END.test(pb[1]))) return false;
  const [da, db] = [daysOf(a, pa), daysOf(b, pb)];
  return da !== undefined && db !== undefined && Math.abs(da - db) <= Math.max(1, 0.1 * Math.max(da, db));
}

/** A period told by its length: "over the first three weeks", "in the timetable's first three weeks", "over the six months", "of those seven days", "during the trial week" (one week). */
const PERIOD = /^(?:over|during|in|of|for) (?:(?:the|those|these|that) (?:(?:[\p{L}-]+ )?[\p{L}-]+['\u2019]s )?)?(?:(past|last|first) )?(?:([\p{L}\d-]+) )?(day|week|month|year)s?$/u;
const PAST_END = /^(?:past|last)$/;
/** Days in a unit of time, by its stem ("dai", "week"): to compare lengths told in different units ("six months" / "47 weeks"). */
export const DAYS_IN: Readonly<Record<string, number>> = { minut: 1 / 1440, hour: 1 / 24, dai: 1, week: 7, fortnight: 14, month: 30.4, year: 365 };
/** A span's length in days: a period's ("the first three weeks": 21), or a range of days' ("may 21 to june 10": 21). */
function daysOf(span: string, period: RegExpExecArray | null): number | undefined {
  if (period) {
    // "during the trial week": one week, named by what it was.
    const n = period[2] === undefined ? 1 : /^\d+$/.test(period[2]) ? Number(period[2]) : (parseWordNumber(period[2]) ?? 1);
    return n === undefined ? undefined : n * DAYS_IN[stem(period[3]!)]!;
  }
  const range = /^([a-z]+) (\d{1,2}) to ([a-z]+) (\d{1,2})$/.exec(span);
  if (!range) return undefined;
  const [from, to] = [MONTH_LIST.indexOf(range[1]!), MONTH_LIST.indexOf(range[3]!)];
  if (from < 0 || to < 0) return undefined;
  // Days counted as the draft counts publication days; a range that ends in an earlier month runs into the next year.
  const length = (Date.UTC(2001, to, Number(range[4])) - Date.UTC(2001, from, Number(range[2]))) / 86_400_000;
  return (length < 0 ? length + 365 : length) + 1;
}
const MONTH_LIST = MONTH_NAMES.toLowerCase().split('|');

/**
 * Different things happen to what two figures count ("The wall protects about 1,400 homes" / "58 homes
 * were flooded"), and nothing but the counted noun itself ties their words together: a conflict needs
 * the same thing done to them. (Equal figures may still agree: "shelters about 1,400 homes".)
 */
export function doneDifferently(a: Figure, b: Figure): boolean {
  if (!a.actions.length || !b.actions.length || a.actions.some((x) => b.actions.includes(x))) return false;
  const byNoun = new Set(a.unit.filter((u) => b.unit.includes(u)).map((u) => `@${conceptOfStem(u) ?? ''}`));
  const mb = measuresOf(b);
  return ![...measuresOf(a)].some((m) => mb.has(m) && !byNoun.has(m));
}

/**
 * Kinds of sums: a sum named by words of one kind is not a sum named by words of another only
 * (a profit is not a fine, a grant not a salary, a cost not an income).
 */
const MONEY_ROLES: Record<string, string[]> = {
  cost: ['cost', 'costs', 'spend', 'spent', 'spending', 'expenditure', 'price', 'bill', 'quote', 'quotes', 'quoted', 'tender', 'tenders'],
  pay: ['pay', 'paid', 'payment', 'salary', 'salaries', 'wage', 'wages', 'fee', 'fees', 'compensation'],
  income: ['income', 'revenue', 'revenues', 'earn', 'earned', 'earnings', 'sales', 'takings', 'turnover'],
  profit: ['profit', 'profits', 'surplus'],
  loss: ['loss', 'losses', 'deficit'],
  fine: ['fine', 'fined', 'penalty', 'penalties'],
  grant: ['grant', 'grants', 'subsidy', 'subsidies', 'donation', 'donations', 'donated', 'gift'],
  loan: ['loan', 'loans', 'lend', 'lent', 'lending', 'debt', 'debts', 'borrowed', 'guarantee', 'guaranteed'],
  transfer: ['transfer', 'transfers', 'transferred', 'moved'],
  arrears: ['arrears', 'owed', 'owing', 'unpaid'],
  budget: ['budget', 'budgets'],
  // Kept for one purpose: "has set aside $90,000 for this", "a new fund of £7.8 million", is not what the council will pay for the works.
  reserve: ['aside', 'earmarked', 'ringfenced', 'reserved', 'fund', 'funds'],
  tax: ['tax', 'taxes'],
  rent: ['rent', 'rents'],
  fare: ['fare', 'fares', 'ticket', 'tickets'],
};
let moneyRoleOf: Map<string, string> | undefined;
/** The kind of sum a stem names ("cost", "grant"), if it names one. */
function moneyRoleOfStem(t: string): string | undefined {
  moneyRoleOf ??= new Map(Object.entries(MONEY_ROLES).flatMap(([role, words]) => words.map((w) => [stem(w), role] as [string, string])));
  return moneyRoleOf.get(t);
}
function moneyRoles(f: Figure): Set<string> {
  return new Set([...f.unit, ...f.context, ...f.actions, ...(f.clauseWords ?? [])].map(moneyRoleOfStem).filter((r): r is string => !!r));
}

/**
 * The same sum, named as the same kind of sum ("fined the mill $1.2 million last year" / "fined
 * Northfield Paper $1.2 million in November 2032"): one sum told twice, even when the clauses share
 * no other word. Only an agreement rests on this: two different sums of one kind (two costs) may
 * well be different things.
 */
export function sameSum(a: Figure, b: Figure): boolean {
  if (a.kind !== 'money' || b.kind !== 'money' || !sameFigure(a, b)) return false;
  if (a.years.length && b.years.length && !a.years.some((y) => b.years.includes(y))) return false;
  const rb = moneyRoles(b);
  return [...moneyRoles(a)].some((r) => rb.has(r));
}

/** Nouns too common in news to say what two figures count. */
const NOT_MEASURED = new Set(['figur', 'number', 'total', 'government', 'country', 'city', 'report', 'official', 'officials', 'year', 'week', 'month', 'day', 'time']);

/** Two figures give the same value: the same point within half a percent, or the same bound. */
export function sameFigure(a: Figure, b: Figure): boolean {
  const close = Math.abs(a.value - b.value) <= 0.005 * Math.max(a.value, b.value);
  return close && (a.high === Infinity) === (b.high === Infinity) && (a.low === 0) === (b.low === 0);
}

/** The ranges their wordings allow overlap: the two can both be true. */
export function compatible(a: Figure, b: Figure): boolean {
  return a.low <= b.high && b.low <= a.high;
}

/** Readable words for a figure with what it counts: "230,000 people", "$48.2 million". */
export function describeFigure(sentence: string, f: Figure): string {
  if (f.kind !== 'count' && f.kind !== 'duration') return f.text;
  const after = sentence.slice(f.end, f.end + 40).match(/^[\s\u00A0]*((?:new\s+)?[\p{L}'\u2019-]+)/u);
  return after && f.unit.length ? `${f.text} ${after[1]}` : f.text;
}
