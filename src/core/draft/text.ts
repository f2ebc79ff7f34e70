import { stemmer as porter } from 'stemmer';

/**
 * Word-level helpers for the draft generator: tokenising, a light stemmer, stop
 * words (Porter's stemmer, from the `stemmer` package) and a small lexicon of concept classes (money, hunger, detention, ...)
 * so that "salary" and "income" count as the same topic. Pure TypeScript.
 */

// Whole sentences are folded again for each passage they are compared with: each is folded once
// (the memo is emptied when full, so a long session in the studio's worker does not keep growing it).
const folded = new Map<string, string>();
const FOLDED_MAX = 50_000;

/** A literal string for a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Folds accents and case: "Benós" and "Benos" become "benos". */
export function fold(word: string): string {
  let f = folded.get(word);
  if (f === undefined) {
    f = word
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc]/g, "'");
    if (folded.size >= FOLDED_MAX) folded.clear();
    folded.set(word, f);
  }
  return f;
}

const STOP = new Set(
  `a about above after again against all almost along also although am among an and another any anyone anything are
  around as at be became because become been before being below between both but by can cannot could did do does doing
  done down during each either else even ever every except for from further get gets got had has have having he her here hers
  herself him himself his how however i if in into is it its itself just least less let like made make makes many may me
  might more most much must my myself near nearly neither nor of off often on once one only onto or other others otherwise
  our ours ourselves out over own per perhaps quite rather really same see seem seems seen several shall she should since so
  some something still such than that the their theirs them themselves then there these they thing things this those
  though through thus to too toward towards under until up upon us very via was we well were what whatever when where
  whether which while who whom whose why will with within would yet you your yours yourself yourselves
  says say said saying tell tells told according claims claim claimed argues argued adds added explains explained asks
  asked recalls recalled mr mrs ms dr prof s t don doesn didn isn aren wasn weren won wouldn can couldn shouldn haven hasn
  hadn ll ve re d m o y yes oh ok okay sure well way lot lots time times year years`.split(/\s+/).filter(Boolean),
);

/** Words that turn a statement into a denial. Kept out of the stop list's job: they are read separately. */
export const NEGATORS = new Set([
  'no', 'not', 'never', 'none', 'nobody', 'nothing', 'nowhere', 'neither', 'nor', 'cannot', "can't",
  "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "won't", "wouldn't", "haven't", "hasn't",
  "hadn't", "couldn't", "shouldn't", "ain't", 'nonexistent', 'deny', 'denies', 'denied', 'untrue',
]);

export function isStopWord(word: string): boolean {
  return STOP.has(word);
}

/**
 * Concept classes: words that name the same checkable topic. Generic English,
 * not tuned to any one corpus; a match counts as a shared topic term.
 */
const CONCEPTS: Record<string, string[]> = {
  money: ['salary', 'salaries', 'paid', 'pay', 'pays', 'payment', 'income', 'wage', 'wages', 'cent', 'cents', 'money',
    'earn', 'earns', 'earned', 'earning', 'earnings', 'funds', 'profit', 'profits', 'dollars', 'euros', 'payroll', 'fee', 'fees', 'fortune', 'rich', 'wealth'],
  hunger: ['hunger', 'hungry', 'starving', 'starve', 'starved', 'starvation', 'famine', 'malnutrition', 'malnourished',
    'food', 'rations', 'shortage', 'shortages'],
  detention: ['camp', 'camps', 'prison', 'prisons', 'prisoner', 'prisoners', 'jail', 'jailed', 'gulag', 'detained',
    'detention', 'imprisoned', 'labour', 'labor', 'punishment', 'punished', 'punish', 'sentenced'],
  internet: ['internet', 'intranet', 'web', 'website', 'online', 'e-mail', 'email'],
  flight: ['defector', 'defectors', 'defect', 'defected', 'refugee', 'refugees', 'flee', 'fled', 'fleeing', 'escape',
    'escaped', 'escapees', 'border', 'leave', 'emigrate', 'emigrated', 'repatriated', 'returned'],
  members: ['member', 'members', 'membership', 'supporters', 'followers', 'affiliates', 'sympathizers', 'sympathisers'],
  foreigner: ['foreigner', 'foreigners', 'westerner', 'westerners', 'non-korean', 'outsider'],
  founding: ['founded', 'founder', 'founding', 'established', 'launched'],
  appointment: ['appointed', 'delegate', 'ratified', 'appointment'],
  nobility: ['noble', 'nobility', 'nobleman', 'aristocrat', 'aristocratic', 'aristocracy', 'aristocrats'],
  job: ['job', 'jobs', 'consultant', 'employee', 'employees', 'employed', 'employment', 'career', 'occupation', 'profession',
    'positions', 'staffing', 'staff'],
  // Losing a job is not having one: "nobody is being laid off" does not deny that staff are cut through retirements.
  dismissal: ['layoff', 'layoffs', 'dismissal', 'dismissals', 'dismissed', 'fired', 'sacked', 'redundancy', 'redundancies'],
  repression: ['repression', 'repressive', 'oppression', 'oppressive', 'oppressed', 'cruel', 'brutal', 'totalitarian',
    'restrictions', 'dictatorship', 'tyranny', 'disappearances'],
  expression: ['speech', 'press', 'expression', 'expressed', 'dissent', 'dissenting', 'opposition', 'criticism'],
  propaganda: ['propaganda', 'lies', 'misinformation', 'disinformation', 'slander', 'slandered'],
  visit: ['visit', 'visits', 'visiting', 'visited', 'visitors', 'tour', 'tourism', 'tourist', 'tourists', 'trips'],
  worldwide: ['worldwide', 'global', 'globally', 'international', 'internationally', 'world-wide'],
  death: ['died', 'dead', 'death', 'deaths', 'killed', 'executed', 'execution', 'fatalities', 'perished', 'deadliest'],
  destroyed: ['destroyed', 'collapsed', 'rubble', 'flattened', 'flattening', 'razed', 'ruins', 'wrecked', 'demolished'],
  injury: ['injured', 'injuries', 'wounded', 'hurt'],
  warning: ['warn', 'warns', 'warned', 'warning', 'warnings', 'alerted', 'notified', 'cautioned'],
  illness: ['ill', 'illness', 'illnesses', 'sick', 'sickness', 'sickened', 'disease', 'diseases', 'infection', 'infections', 'infected'],
  homeless: ['homeless', 'displaced', 'homes', 'tents', 'shelter', 'shelters', 'evacuated', 'evacuees'],
  enrollment: ['enrollment', 'enrolment', 'enrolled', 'enrol', 'enroll'],
  crowd: ['crowd', 'crowds', 'spectators', 'fans', 'audience', 'attendance', 'attended'],
  titles: ['title', 'titles', 'championships', 'medals', 'trophies'],
};

const CONCEPT_OF = new Map<string, string>();
for (const [concept, words] of Object.entries(CONCEPTS)) for (const w of words) CONCEPT_OF.set(w, concept);

/** The concept class of a folded word, if it has one. */
export function conceptOf(word: string): string | undefined {
  return CONCEPT_OF.get(word);
}

let conceptByStem: Map<string, string> | undefined;
/** The concept class of a stem ("member", "position"), if one of its words has one. */
export function conceptOfStem(stemmed: string): string | undefined {
  conceptByStem ??= new Map([...CONCEPT_OF].map(([w, c]) => [stem(w), c]));
  return conceptByStem.get(stemmed);
}

/** Words that count people: a number followed by one of these counts persons. */
const PERSON_UNITS = new Set([
  'people', 'person', 'persons', 'member', 'supporter', 'individual', 'citizen', 'refugee', 'defector', 'korean',
  'men', 'women', 'children', 'volunteer', 'student', 'employee', 'staff', 'fan', 'follower', 'user', 'worker', 'resident',
  'sympathizer', 'sympathiser', 'prisoner', 'victim', 'soldier', 'spy', 'delegate', 'representative',
]);

let personStems: Set<string> | undefined;
/** `word` is a stem (as in `Quantity.unit`) or a folded word. */
export function isPersonUnit(word: string): boolean {
  personStems ??= new Set([...PERSON_UNITS].flatMap((w) => [w, stem(w), stem(w + 's')]));
  return personStems.has(word);
}

/**
 * Porter's stemmer (the `stemmer` package): "members"/"member", "supporters"/"supporting",
 * "punished"/"punishment", "restrictions"/"restricted" meet. A possessive "'s" goes first.
 */
export function stem(word: string): string {
  const w = word.replace(/'s$/, '');
  return w.length <= 2 ? w : porter(w);
}

export interface Token {
  /** Folded surface form. */
  word: string;
  /** Stem used for matching (numbers: their digits). */
  stem: string;
  /** Offset of the token in the text it came from. */
  start: number;
  end: number;
  /** Starts with a capital letter in the text. */
  capital: boolean;
  isNumber: boolean;
}

const WORD_RE = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[\p{L}\p{M}]+(?:['\u2019][\p{L}]+)*/gu;

const ACRONYM = /^\p{Lu}{2,4}$/u;

/** Phrasal verbs read as their noun ("laid off" / "layoff notices"): the verb's token takes the noun's word. */
const PHRASAL = /^(?:lay|lays|laid|laying)$/;
const PHRASAL_AFTER = /^\s+off\b/i;

/** Splits text into word and number tokens, with offsets. Hyphenated words are split into their parts. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m !== null; m = WORD_RE.exec(text)) {
    const raw = m[0];
    const isNumber = /^\d/.test(raw);
    let word = isNumber ? raw.replace(/,/g, '') : fold(raw);
    // An acronym that spells a stop word ("an IT consultant", "the US", "the UN") is a name, not the word:
    // it keeps its capitals, so no stop list or negator takes it.
    if (ACRONYM.test(raw) && STOP.has(word) && !NEGATORS.has(word)) word = raw;
    if (PHRASAL.test(word) && PHRASAL_AFTER.test(text.slice(m.index + raw.length, m.index + raw.length + 5))) word = 'layoff';
    out.push({
      word,
      stem: isNumber ? word : stem(word),
      start: m.index,
      end: m.index + raw.length,
      capital: /^\p{Lu}/u.test(raw),
      isNumber,
    });
  }
  return out;
}

/** Content terms for retrieval: stems of non-stop words, numbers included, plus concept tags. */
export function contentTerms(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    if (t.isNumber) {
      out.push('#' + t.word);
      continue;
    }
    if (t.word.length < 2 || STOP.has(t.word) || NEGATORS.has(t.word) || t.word.includes("'")) continue;
    out.push(t.stem);
    const c = CONCEPT_OF.get(t.word);
    if (c) out.push('@' + c);
  }
  return out;
}
