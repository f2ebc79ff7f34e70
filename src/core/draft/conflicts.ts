/**
 * Comparing a candidate with a passage on the same topic. Conflicts:
 * - figures-differ: figures that count the same thing (figures.ts: same kind,
 *   unit and measure words) whose wordings cannot both be true ("230,000
 *   people died" / "the death toll ... 210,000"); a state that changes with
 *   time (members, enrollment) is not compared across sources a year apart;
 * - figure-revised: the other passage withdraws this figure for another
 *   ("the figure of 318,000 was a typo and should have read 316,000");
 * - ages-differ: ages of one person that imply different birth years;
 * - dates-differ: different years for the same event;
 * - denial: one side denies what the other asserts, or denies that any of a thing is so ("no
 *   patient waited more than 12 hours") against a count of it ("23 patients who spent …"); within
 *   one article, a person's denial against what someone else there asserts;
 * - rejected: in an interview, the answer rejects what was just asserted ("This is false.");
 * - opposite-ends: the two stand at opposite ends of one scale about the same thing ("honorary" /
 *   "employee"; scales.ts), and same-end, an agreement, when they stand at the same end, in other words or the same
 *   ("expanding" / "not getting any smaller").
 * Agreements: same-figure, same-date (the same year, or the same day with two words of the
 * event besides it), same-statement, same-denial, and the weak
 * same-superlative and same-topic (shown as context, never as support).
 * Every signal carries what it matched, for the author to check.
 */

import type { Unit } from './candidates';
import type { EvidenceIndex } from './relevance';
import { compatible, DAYS_IN, describeFigure, doneDifferently, MEASURE_UNITS, OUTSIDE_PLACE, REVISION, sameFigure, sameSum, sameThing, type Figure, type FigureKind, type FigureRole } from './figures';
import { GENERIC_VERBS, partitiveNamed, TOPIC_ONLY } from './candidates';
import { sameSpeaker, sexOf } from './speakers';
import { scaleReadings, type ScaleName } from './scales';
import { conceptOf, contentTerms, escapeRegExp, fold, isStopWord, NEGATORS, stem, tokenize, type Token } from './text';

export type SignalKind =
  | 'figures-differ'
  | 'figure-revised'
  | 'ages-differ'
  | 'dates-differ'
  | 'denial'
  | 'rejected'
  | 'opposite-ends'
  | 'same-figure'
  | 'same-date'
  | 'same-statement'
  | 'same-denial'
  | 'same-end'
  | 'same-superlative'
  | 'same-topic';

/** One figure as the studio shows it: the words, the value, and what it counts. */
export interface FigureSide {
  /** The figure as written ("more than 10,000", "$48.2 million"). */
  text: string;
  kind: FigureKind;
  value: number;
  /** The range its wording allows (`null` high: no upper bound). */
  low: number;
  high: number | null;
  /** The words that say what it counts, as written ("members", "people", "died"). */
  counts: string[];
  role: FigureRole;
  /** Said in the present tense of something that changes with time. */
  state: boolean;
}

export interface Signal {
  kind: SignalKind;
  /** Contradiction or corroboration. */
  polarity: 'conflict' | 'agreement';
  /** 0–1: how sure the rule is. */
  weight: number;
  /** The figures compared: the candidate's and the other passage's (for figure-revised, what replaced it, or the withdrawn figure when its replacement is told elsewhere). */
  figures?: { quote: FigureSide; other: FigureSide };
  /** The years compared. */
  years?: { quote: number[]; other: number[] };
  /** The words both passages share (stems; `@` marks a concept class such as `@death`). */
  shared?: string[];
  /** For a denial: which passage denies, and what. */
  denied?: { by: 'quote' | 'other'; term: string };
  /** For opposite-ends and same-end: the scale and the word each passage uses. */
  scale?: { name: ScaleName; quote: string; other: string };
}

const CONDITIONAL = /^\W*(?:if|unless|whether|suppose|supposing)\b/i;
const SUPERLATIVE_WORDS = /\b(only|first|sole|largest|biggest|most|never before|unique)\b/i;

export interface PairContext {
  index: EvidenceIndex;
  /** Publication date of each source (index by `Unit.source`) in months since year 0, when known. */
  months: ReadonlyArray<number | undefined>;
  /** Publication day of each source in days since 1970, when its full date is known. */
  days?: ReadonlyArray<number | undefined>;
}

/** Days told from the article's own: "Tidewell said last night that 350 homes were still without power" (November 18) is of Wednesday. */
const DAYS_BEFORE: Record<string, number> = { 'last night': -1, yesterday: -1, 'yesterday morning': -1, 'yesterday afternoon': -1, 'yesterday evening': -1, 'this morning': 0 };
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAMES.join('|')})\\b|\\b(${MONTH_NAMES.join('|')})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\d|,?\\s*\\d{3})`, 'i');

/**
 * The day (since 1970) a figure is told of, from its article's `published` day: the last of its weekday
 * before that day ("on the Wednesday" in a paper of Tuesday January 21 is January 15), or else the
 * first date its sentence names, in the year of publication.
 */
function dayTold(f: Figure, u: Unit, published: number): number | undefined {
  const weekday = WEEKDAYS.findIndex((d) => f.span?.startsWith(d));
  const date = new Date(published * 86_400_000);
  if (weekday >= 0) return published - (((date.getUTCDay() - weekday + 6) % 7) + 1);
  const m = DAY_MONTH.exec(u.text);
  if (!m) return undefined;
  const month = MONTH_NAMES.indexOf((m[2] ?? m[3])!.toLowerCase());
  return Date.UTC(date.getUTCFullYear(), month, Number(m[1] ?? m[4])) / 86_400_000;
}

/** The figure with a span told from its article's day ("last night") given as the day of the week it was. */
function onItsDay(f: Figure, published: number | undefined): Figure {
  const offset = f.span === undefined ? undefined : DAYS_BEFORE[f.span];
  if (offset === undefined || published === undefined) return f;
  return { ...f, span: WEEKDAYS[new Date((published + offset) * 86_400_000).getUTCDay()]! };
}

/** A figure told at a day of the week ("by Tuesday evening"): of its article's week. */
const WEEKDAY_SPAN = new RegExp(`^(?:${WEEKDAYS.join('|')})\\b`);

/** A state said more than twelve months apart may have changed in between. */
const STATE_MONTHS = 12;

export interface Overlap {
  /** Shared discriminative terms (no numbers). */
  keys: string[];
  /** Shared idf mass over the smaller side's idf mass, 0–1. */
  ratio: number;
}

function idfMass(index: EvidenceIndex, terms: Iterable<string>): number {
  let m = 0;
  for (const t of terms) if (!t.startsWith('#')) m += index.idf(t);
  return m;
}

const massCache = new WeakMap<Unit, { all: Set<string>; mass: number }>();

/** A unit's terms with its question's, and their idf mass, computed once per unit. */
function termsWithMass(u: Unit, index: EvidenceIndex): { all: Set<string>; mass: number } {
  let c = massCache.get(u);
  if (!c) {
    const all = u.questionTerms.length ? new Set([...u.termSet, ...u.questionTerms]) : u.termSet;
    c = { all, mass: idfMass(index, all) };
    massCache.set(u, c);
  }
  return c;
}

export function overlapOf(a: Unit, b: Unit, index: EvidenceIndex): Overlap {
  const shared: string[] = [];
  const ta = termsWithMass(a, index);
  const tb = termsWithMass(b, index);
  for (const t of b.termSet) if (ta.all.has(t) && !t.startsWith('#') && !t.startsWith('$')) shared.push(t);
  const mass = idfMass(index, shared);
  const denom = Math.min(ta.mass, tb.mass) || 1;
  return { keys: shared.filter((t) => index.isKey(t)), ratio: Math.min(1, mass / denom) };
}

function side(u: Unit, f: Figure): FigureSide {
  const words = describeFigure(u.body, f).slice(f.text.length).trim();
  const counts = [...new Set([...(words ? [words] : []), ...measureWords(u, f)])];
  return { text: f.text, kind: f.kind, value: f.value, low: f.low, high: Number.isFinite(f.high) ? f.high : null, counts, role: f.role, state: f.state };
}

/** The words of the figure's sentence, as written, that name what it counts ("dead", "killed", "members"). */
function measureWords(u: Unit, f: Figure): string[] {
  const concepts = new Set(f.context.filter((t) => t.startsWith('@')).map((t) => t.slice(1)));
  return u.tokens.filter((t) => !t.isNumber && concepts.has(conceptOf(t.word) ?? '')).map((t) => u.body.slice(t.start, t.end));
}

/** Proper names both sentences mention (capitalised words past the first, and initials: "KFA" / "Korean Friendship Association"). */
function sharedNames(a: Unit, b: Unit): string[] {
  return [...b.names].filter((n) => a.names.has(n));
}

const TITLES = /^(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|lord|lady|councillor|cllr|rev|father|sister)$/i;

/**
 * The name an age is told of: the run of capitalised words nearest before it, titles aside ("Carol
 * Ferris, 67, whose mother Edna, 94": Edna for 94; "Ms Ferris, 72": Ferris).
 */
function nameOfAge(u: Unit, f: Figure): { names: Set<string>; sex?: 'm' | 'f' } {
  const near = u.tokens.filter((t) => t.end <= f.start && f.start - t.end < 30);
  const run: string[] = [];
  let sex: 'm' | 'f' | undefined;
  for (let i = near.length - 1; i >= 0 && (near[i]!.capital || !run.length); i--) {
    if (!near[i]!.capital || near[i]!.isNumber) continue;
    // The title or first name, just before the surname, tells the person's sex.
    if (run.length) sex ??= sexOf(near[i]!.word);
    if (!TITLES.test(near[i]!.word)) run.push(near[i]!.stem);
  }
  return { names: new Set(run), ...(sex ? { sex } : {}) };
}

/** One names the other's person: "Ferris" is "Carol Ferris", "Edna" is not, nor is "Mr Pryce" "Karen Pryce". */
function samePerson(x: { names: Set<string>; sex?: 'm' | 'f' }, y: { names: Set<string>; sex?: 'm' | 'f' }): boolean {
  if (x.sex && y.sex && x.sex !== y.sex) return false;
  const [small, large] = x.names.size <= y.names.size ? [x.names, y.names] : [y.names, x.names];
  return small.size > 0 && [...small].every((n) => large.has(n));
}

function compareAges(a: Unit, fa: Figure, b: Unit, ctx: PairContext): Signal[] {
  const ma = ctx.months[a.source];
  const mb = ctx.months[b.source];
  if (ma === undefined || mb === undefined || !sharedNames(a, b).length) return [];
  const na = nameOfAge(a, fa);
  const out: Signal[] = [];
  for (const fb of b.figures) {
    // Ages are compared only between sentences naming the same person just before the age.
    if (fb.kind !== 'age' || !fb.state || !samePerson(na, nameOfAge(b, fb))) continue;
    const born = (m: number, f: Figure) => m / 12 - f.value;
    if (Math.abs(born(ma, fa) - born(mb, fb)) > 1.5) out.push({ kind: 'ages-differ', polarity: 'conflict', weight: 0.6, figures: { quote: side(a, fa), other: side(b, fb) } });
  }
  return out;
}

/** A time with no upper end ("more than 12 hours"): a limit, not a measurement. */
function isTimeLimit(f: Figure): boolean {
  return f.kind === 'duration' && !Number.isFinite(f.high);
}

/** The other passage speaks of what has the figure's things, or the figure names no such owner ("Larch Ward … has 28 beds"). */
function ownedBy(f: Figure, other: Unit): boolean {
  const spoken = (o: string) => mentions(other, o);
  // A thing named by number ("Enclosure 12") is spoken of only by its number with its noun.
  if (!f.owner) return true;
  if (f.owner.some((o) => /\d/.test(o))) return f.owner.every(spoken);
  // A name's last word is often its kind: "the club" may be the Riverside Chess Club, but "the three older stands" are not the Foundry Stand.
  const kind = f.owner.length > 1 ? f.owner.at(-1) : undefined;
  return f.owner.some((o) => (o === kind ? other.tokens.some((t) => t.stem === o && !/s$/.test(t.word)) : spoken(o)));
}

/** The passage has a word of this stem. */
function mentions(u: Unit, stemmed: string): boolean {
  return u.tokens.some((t) => t.stem === stemmed);
}

/**
 * Said of the same year: a figure dated in a year ("In 2040 the zoo employed 41 keepers") and one its
 * clause dates to its article's time without a year ("On the day of the inspection, the zoo employed 27
 * full-time keepers", 2043; "last year", counted from the article's) are of different times.
 */
function sameYear(fa: Figure, a: Unit, fb: Figure, b: Unit, ctx: PairContext): boolean {
  const dated = (f: Figure, other: Figure, u: Unit) => {
    const month = ctx.months[u.source];
    return !f.inYears.length || other.years.length > 0 || !other.current || month === undefined || f.inYears.includes(Math.floor(month / 12) + (other.yearFromNow ?? 0));
  };
  return dated(fa, fb, b) && dated(fb, fa, a);
}

function placed(f: Figure, other: Unit): boolean {
  return !f.place || mentions(other, f.place);
}

/** Two figures that name what has them name the same owner: "Tessington has about 9,200 homes" is not "Ashcombe Fields, a new neighbourhood of 850 homes". */
function sameOwner(a: Figure, b: Figure): boolean {
  if (!a.owner || !b.owner) return true;
  // Names of one kind share their last words only: "Standard stall", "Double stall"; "the North Stand", "the Foundry
  // Stand"; "All-weather lifeboat running cost", "Inshore lifeboat running cost". What comes before the kind tells them apart.
  let kind = 0;
  while (kind < Math.min(a.owner.length, b.owner.length) - 1 && a.owner.at(-1 - kind) === b.owner.at(-1 - kind)) kind++;
  const own = (o: string[]) => o.slice(0, o.length - kind);
  // A place's kind shared by two names ("Westmarsh (all stations)" / "Hollinford station area") does not make them one.
  const shared = own(a.owner).filter((o) => own(b.owner!).includes(o));
  return shared.length > 0 && !shared.every((o) => PLACE_NOUNS.has(o) || o === 'area' || o === 'all');
}

/** Things a passage names by number or letter ("Line 1", "Routes 6, 19 and 22", "PM10", "Zone B"), by the naming noun: line → 1. */
function labelsOf(text: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  // By number or by letter ("Zone A and Zone B", "Zones A and B"; not "I").
  for (const m of text.matchAll(/\b(\p{Lu}\p{Ll}+?)s? ((?:\d+|[A-HJ-Z](?![\p{L}\d'\u2019]))(?:(?:, | and | or )(?:\d+|[A-HJ-Z](?![\p{L}\d'\u2019])))*)\b|\b(\p{Lu}{1,3})(\d+(?:\.\d+)?)\b/gu)) {
    if (m[3]) {
      // "PM10", "PM2.5", "NO2": a name with its number attached.
      const set = out.get(m[3]) ?? new Set<string>();
      out.set(m[3], set.add(m[4]!));
      continue;
    }
    if (MONTH_ONLY.test(m[1]!)) continue;
    const noun = fold(m[1]!);
    const set = out.get(noun) ?? new Set<string>();
    for (const n of m[2]!.split(/, | and | or /)) set.add(n);
    out.set(noun, set);
  }
  return out;
}

/** The two name different things of one kind by number or letter ("Line 1" / "Line 2", "Zone A" / "Zone B"), and not each other's: what they count is apart. */
function namedApart(a: Unit, b: Unit): boolean {
  return labelsApart(labelsOf(a.body), labelsOf(b.body));
}

function labelsApart(la: Map<string, Set<string>>, lb: Map<string, Set<string>>): boolean {
  return [...la].some(([noun, numbers]) => lb.has(noun) && ![...numbers].some((n) => lb.get(noun)!.has(n)));
}

/**
 * The things named by number nearest a figure of a passage that names several ("380g for Key Stage 2 pupils … and
 * 290g for Key Stage 1 pupils"): those after it up to the next figure, or else those before it.
 */
function labelsNear(u: Unit, f: Figure): Map<string, Set<string>> {
  const i = u.figures.findIndex((g) => g.start === f.start);
  const next = u.figures[i + 1]?.start ?? u.text.length;
  const after = labelsOf(u.text.slice(f.end, next).split(/[.;]/)[0]!);
  return after.size ? after : labelsOf(u.text.slice(0, f.start));
}

function compareFigures(a: Unit, b: Unit, ctx: PairContext): Signal[] {
  const out: Signal[] = [];
  // Line 1's passengers are not Line 2's, nor Fennick Hollow's homes Ashby Tarn's, nor a recount's votes the first count's.
  if (namedApart(a, b) || placedApart(a, b) || retold(a) !== retold(b)) return out;
  const ma = ctx.months[a.source];
  const mb = ctx.months[b.source];
  const apart = ma !== undefined && mb !== undefined ? Math.abs(ma - mb) : 0;
  const aFigures = a.figures.map((f) => onItsDay(f, ctx.days?.[a.source]));
  const bFigures = b.figures.map((f) => onItsDay(f, ctx.days?.[b.source]));
  for (const fa of aFigures) {
    if (fa.role !== 'stated' && fa.role !== 'norm') continue;
    if (fa.kind === 'age') {
      // Only a present age ("a 38-year-old", "is 24") dates a birth; "I was 16" does not.
      if (fa.state) out.push(...compareAges(a, fa, b, ctx));
      continue;
    }
    // Two rows of one document's table or list ("Entries | 377,000" / "Entries and exits | 750,000") are two rows.
    const otherRow = (fb: Figure) => a.source === b.source && !!fa.row && !!fb.row && fa.row !== fb.row;
    const same = bFigures.filter((fb) => sameThing(fa, fb) && ownedBy(fa, b) && ownedBy(fb, a) && sameOwner(fa, fb) && sameYear(fa, a, fb, b, ctx) && !otherRow(fb) && !labelsApart(labelsNear(a, fa), labelsNear(b, fb)));
    // "The figure of 64 I gave last week was wrong": a figure withdrawn by its value, with nothing of its own to say what it
    // counts, withdraws that value as the other passage told it.
    // Not when this passage speaks of the withdrawal itself ("We repeated the £96,000 …, and we were wrong to"), or sets the
    // figure against its correction ("The subsidy … was £1.94 a visit, and the £2.60 had a roof loan added to it"): it agrees.
    const recalled = same.length || aboutTheCorrection(a, fa) ? undefined : bFigures.find((fb) => fb.named && fb.role === 'retracted' && !fb.unit.length && fb.kind === fa.kind && sameFigure(fa, fb) && sameYear(fa, a, fb, b, ctx));
    if (recalled) {
      const other = recalled.replacedBy === undefined ? recalled : bFigures[recalled.replacedBy]!;
      out.push({ kind: 'figure-revised', polarity: 'conflict', weight: 0.85, figures: { quote: side(a, fa), other: side(b, other) } });
      continue;
    }
    if (!same.length) {
      const sum = bFigures.find((fb) => fb.role === fa.role && sameSum(fa, fb));
      if (sum) out.push({ kind: 'same-figure', polarity: 'agreement', weight: 0.6, figures: { quote: side(a, fa), other: side(b, sum) } });
      continue;
    }
    // "In December 2031 … 230 homes were flooded" / "58 homes were flooded" (2043): an earlier event, not
    // this one retold; "protects about 1,400 homes" / "58 homes were flooded": two figures of one noun, of
    // different events.
    const otherEvent = (fb: Figure) => ofAnEarlierYear(fa, ma, fb) || ofAnEarlierYear(fb, mb, fa) || doneDifferently(fa, fb);
    // The other passage withdraws this very figure for another one.
    // A bound denied ("Reports that more than 90 homes were flooded are not correct") withdraws every figure within it.
    const denies = (fb: Figure) => sameFigure(fa, fb) || (!Number.isFinite(fb.high) && compatible(fa, fb) && !otherEvent(fb));
    const withdrawn = same.find((fb) => fb.role === 'retracted' && denies(fb) && (fb.replacedBy === undefined || !compatible(fa, bFigures[fb.replacedBy]!)));
    if (withdrawn) {
      // The other side: what replaced the figure, or the withdrawn figure itself when its replacement is told elsewhere.
      const other = withdrawn.replacedBy === undefined ? withdrawn : bFigures[withdrawn.replacedBy]!;
      out.push({ kind: 'figure-revised', polarity: 'conflict', weight: 0.85, figures: { quote: side(a, fa), other: side(b, other) } });
      continue;
    }
    // A norm is compared with norms only: "a target of 35 megalitres a day" is not the 38 that leaked.
    const stated = same.filter((fb) => fb.role === fa.role);
    // A time with no upper end ("more than 12 hours") is the limit a statement is measured against: two
    // passages naming it ("no patient waited more than 12 hours" / "23 patients who spent more than 12 hours") agree on nothing.
    const equal = isTimeLimit(fa) ? undefined : stated.find((fb) => sameFigure(fa, fb) && !isTimeLimit(fb));
    if (equal) {
      // The whole a part is taken from is given, not told: "All but two of the 23 stops are near a branch" is not
      // checked by another passage's 23 stops.
      out.push({ kind: 'same-figure', polarity: 'agreement', weight: fa.whole || equal.whole ? 0.3 : 0.6, figures: { quote: side(a, fa), other: side(b, equal) } });
      continue;
    }
    // Wordings that can both be true ("more than 10,000" / "nearly 13,000") are no conflict.
    if (!stated.length || stated.some((fb) => compatible(fa, fb))) continue;
    // "The town's 38,000 households" are not the 460,000 a passage that never speaks of the town counts
    // (but "the town's 11 primary schools" and "all 11 primary schools" agree, above).
    if (!stated.every((fb) => placed(fa, b) && placed(fb, a))) continue;
    // Two lengths of time in one unit are often of different things ("lessons for ten weeks", "repairs
    // for 16 weeks"), unless one is given as a new estimate of the other: "closed for 10 weeks" /
    // "How long will the pool be closed? — We now expect the work to take 16 weeks."
    if (fa.kind === 'duration') {
      const revised = stated.find((fb) => fb.kind === 'duration' && sameTopicBesides(a, b, [...fa.unit, ...fb.unit]));
      if (revised && REVISES.test(b.body)) out.push({ kind: 'figure-revised', polarity: 'conflict', weight: 0.6, figures: { quote: side(a, fa), other: side(b, revised) } });
      else if (revised && REVISES.test(a.body)) out.push({ kind: 'figures-differ', polarity: 'conflict', weight: 0.6, figures: { quote: side(a, fa), other: side(b, revised) } });
      continue;
    }
    const fb = stated.reduce((x, y) => (Math.abs(Math.log((y.value + 1) / (fa.value + 1))) < Math.abs(Math.log((x.value + 1) / (fa.value + 1))) ? y : x));
    // One gives the change from a level the other passage moves from: "would lose 110 posts" / "would go from 640 posts to 530".
    if (isDifference(fa, b, fb) || isDifference(fb, a, fa)) continue;
    // Or is the other with an addition its passage names: a base budget of £5.4 million / "With the extra £800,000 …, our repair budget this year is £6.2 million".
    if (addsUpTo(fa, b, fb) || addsUpTo(fb, a, fa)) continue;
    // Distances of different trips: "eleven miles away" (to Brackenford) / "The drive from Brackenford to Stainmoor is 17 miles".
    if (!routed(fa, b) || !routed(fb, a)) continue;
    // Another figure of this passage is the one that speaks of what the other passage counts, or the
    // level it moved from ("more than 9,000 signatures, up from the 8,412" / "the petition had 8,412").
    if (aFigures.some((g) => g !== fa && (g.role === fb.role || g.role === 'earlier') && sameThing(g, fb) && compatible(g, fb))) continue;
    if (bFigures.some((g) => g !== fb && g.role === 'earlier' && sameThing(g, fa) && compatible(g, fa))) continue;
    // "Before it closed, the theatre had 712 seats" / "There are 540 seats now": a state before and after a change.
    if (!fa.state !== !fb.state && (BEFORE_THEN.test(a.body) || BEFORE_THEN.test(b.body))) continue;
    // Members, enrollment, a salary: a state told a year apart may simply have changed.
    if (fa.state && fb.state && apart > STATE_MONTHS) continue;
    if (otherEvent(fb)) continue;
    // "handed it in on Tuesday with 3,100 signatures" (June) / "It had 2,400 signatures by Tuesday evening" (February): two
    // Tuesdays; "had received 230 complaints by Tuesday" (June 7) / "had received more than 300 complaints" (June 20): a count since.
    const da = ctx.days?.[a.source];
    const db = ctx.days?.[b.source];
    // But "at 7pm on the Wednesday" (January 21) and "at 19:00 on 15 January" (February 4) are one day; a day of the
    // week and a date are compared only when the articles' dates tell which day that is.
    const toldApart = !!fa.span && !!fb.span && fa.span !== fb.span;
    if ((WEEKDAY_SPAN.test(fa.span ?? '') || WEEKDAY_SPAN.test(fb.span ?? '')) && (toldApart || (da !== undefined && db !== undefined && Math.abs(da - db) > 6))) {
      const day = da === undefined || db === undefined ? undefined : dayTold(fa, a, da);
      if (day === undefined || day !== dayTold(fb, b, db!)) continue;
    }
    // Two targets are of one plan only when their clauses share a word besides what they count: the
    // contract's "14,000 premises by June 30, 2043" is not "the grant was meant for 1,400 premises".
    const ofWhat = (f: Figure) => [...f.context, ...f.actions].filter((t) => !t.startsWith('@') && !f.unit.includes(t));
    if (fa.role === 'norm' && fb.role === 'norm' && !ofWhat(fa).some((t) => ofWhat(fb).includes(t))) continue;
    out.push({ kind: 'figures-differ', polarity: 'conflict', weight: 0.75, figures: { quote: side(a, fa), other: side(b, fb) } });
  }
  return out;
}

const CORRECTION_WORDS = /\b(?:wrong|mistaken|incorrect|replaces|replaced|withdr\w*|correct(?:ed|ion)?)\b/i;

/** The passage tells of a figure's correction: it names one as wrong, or sets "the" figure against another of its kind. */
function aboutTheCorrection(u: Unit, f: Figure): boolean {
  if (CORRECTION_WORDS.test(u.body)) return true;
  return /\bthe\s+$/i.test(u.body.slice(Math.max(0, f.start - 4), f.start)) && u.figures.some((g) => g !== f && g.kind === f.kind && !sameFigure(g, f));
}

/** A count made again ("at a full recount", "in the second round"): its figures are of another event than the first. */
const RETOLD_EVENT = /\b(?:re-?count|second round|run-?off|re-?run|replay)\b/i;
/** Its sentence, or the occasion its paragraph opens with ("At the recount, …"), tells of a count made again. */
const retold = (u: Unit) => RETOLD_EVENT.test(u.body) || RETOLD_EVENT.test(u.setting ?? '');

/** `f`'s clause names only years at least two before its article's, and `other` names none: they tell of different times. */
function ofAnEarlierYear(f: Figure, month: number | undefined, other: Figure): boolean {
  return month !== undefined && f.years.length > 0 && !other.years.length && f.years.every((y) => y <= Math.floor(month / 12) - 2);
}

/** `f` is the change between `level` and the earlier value `u` gives it ("from 640 posts to 530": 110). */
function isDifference(f: Figure, u: Unit, level: Figure): boolean {
  const i = u.figures.indexOf(level);
  return u.figures.some((e) => e.role === 'earlier' && e.replacedBy === i && Math.abs(Math.abs(e.value - level.value) - f.value) <= 0.005 * Math.max(1, f.value));
}

/** `total` is `part` and a sum `u` names as added to it ("the extra £800,000", "plus 40 agency staff"). */
function addsUpTo(part: Figure, u: Unit, total: Figure): boolean {
  return u.figures.some((g) => g !== total && g.kind === part.kind && ADDITION_BEFORE.test(u.text.slice(Math.max(0, g.start - 24), g.start)) && Math.abs(part.value + g.value - total.value) <= 0.005 * total.value);
}
const ADDITION_BEFORE = /\b(?:extra|additional|plus|on top of|as well as)\s+(?:the\s+|an?\s+|its\s+)?$/i;

function routed(f: Figure, other: Unit): boolean {
  return !f.route || f.route.every((r) => mentions(other, r));
}

/** Words that put a state in the past against the present one. */
const BEFORE_THEN = /\b(?:before it (?:closed|opened|was)|previously|formerly|used to|originally|for most of those years|until (?:it|the) (?:closed|reopened))\b/i;

/** Words that give a figure as a new estimate in place of an earlier one. */
const REVISES = /\b(?:now (?:expects?|estimates?|believes?|thinks?|puts?|predicts?|says?)|(?:has|have) been (?:revised|extended)|revised (?:to|up|down))\b/i;

/** The two (with an answer's question) share a telling word besides the figures' units: what the figures are about. */
function sameTopicBesides(a: Unit, b: Unit, units: readonly string[]): boolean {
  const bTerms = new Set([...b.termSet, ...b.questionTerms]);
  return [...a.termSet, ...a.questionTerms].some((t) => !t.startsWith('#') && !t.startsWith('@') && !units.includes(t) && !isStopWord(t) && !GENERIC_VERBS.has(t) && bTerms.has(t));
}

function compareYears(a: Unit, b: Unit, overlap: Overlap): Signal[] {
  // The same day and two telling words of the event besides the date ("the pool will close on June 15 so
  // that its roof can be repaired" / "the pool closes on June 15 for roof repairs"): one event dated twice.
  // The date alone ("the Jan. 12 earthquake hit at 4:53 p.m." / "the earthquake that struck on Jan. 12") is
  // only part of the statement.
  const days = daysOf(b);
  if (days.length && daysOf(a).some((d) => days.includes(d)) && overlap.ratio >= 0.3) {
    const names = new Set([...a.names, ...b.names]);
    const words = [...a.termSet].filter((t) => b.termSet.has(t) && /^\p{L}/u.test(t) && !MONTH_STEM.test(t) && !names.has(t));
    if (words.length >= 2) return [{ kind: 'same-date', polarity: 'agreement', weight: 0.5 + Math.min(0.3, overlap.ratio), shared: words }];
  }
  if (!a.years.length || !b.years.length) return [];
  const ya = new Set(a.years.map((y) => y.year));
  const yb = new Set(b.years.map((y) => y.year));
  const shared = [...ya].filter((y) => yb.has(y));
  const keys = overlap.keys.filter((k) => !k.startsWith('#'));
  // "million" says how large a figure is, not what the two passages speak of, unless the figure is the same.
  const topical = keys.filter((k) => !NUMBER_WORD.test(k));
  // Years that only date counts ("62,000 visits in 2030" / "85,000 visits in 2037") say when each was
  // counted, not that one event is dated twice; nor is the day of a count the day of an event ("Castle
  // Ewell market in 2053" / "recorded 8,950 visits in the week ending Sunday 4 March 2057").
  const datesCounts = (u: Unit) => u.years.every((y) => u.figures.some((f) => f.frame.includes(y.year)));
  if (shared.length) {
    // Two counts of one year with no figure in common ("- August 2060: PCNs issued 1,600" / "11,640 PCNs were issued
    // between 1 March and 31 August 2060") are two counts, not one event dated twice.
    const countsIn = (u: Unit, y: number) => u.figures.some((f) => f.years.includes(y) && (f.kind === 'count' || f.kind === 'money' || f.kind === 'percent' || f.kind === 'measure'));
    const equal = a.figures.some((f) => b.figures.some((g) => g.kind === f.kind && g.low <= f.high && f.low <= g.high));
    if (!equal && shared.every((y) => countsIn(a, y) && countsIn(b, y))) return [];
    if ((equal ? keys : topical).length >= 1 && overlap.ratio >= 0.15)
      return [{ kind: 'same-date', polarity: 'agreement', weight: 0.5 + Math.min(0.3, overlap.ratio), years: { quote: [...ya], other: [...yb] }, shared: keys }];
    return [];
  }
  if (datesCounts(a) || datesCounts(b)) return [];
  // Different years: only a conflict when the sentences clearly speak of the same event: a shared
  // concept ("delegate" / "appointed"), not just the same mill ("opened in 1951" / "fined in 2032").
  const event = overlap.keys.some((k) => k.startsWith('@'));
  if (keys.length >= 2 && overlap.ratio >= 0.25 && event)
    return [{ kind: 'dates-differ', polarity: 'conflict', weight: 0.45 + Math.min(0.35, overlap.ratio / 2), years: { quote: [...ya], other: [...yb] }, shared: keys }];
  return [];
}

/** The concept class of a stem, looked up through the unit's own tokens. */
function conceptOfStem(u: Unit, stemmed: string): string | undefined {
  for (const t of u.tokens) if (t.stem === stemmed) return conceptOf(t.word);
  return undefined;
}

/** Distinct topics: a word and the concept class it belongs to count once. */
function distinctTopics(topics: Set<string>, a: Unit): number {
  let n = 0;
  const concepts = new Set<string>();
  for (const t of topics) {
    if (t.startsWith('$') || t.startsWith('#')) continue;
    if (t.startsWith('@')) concepts.add(t);
    else n++;
  }
  // A concept adds a topic only when none of the shared words belongs to it.
  for (const c of concepts) {
    const wordsOfConcept = a.tokens.filter((tok) => topics.has(tok.stem) && `@${conceptOf(tok.word) ?? ''}` === c).length;
    if (!wordsOfConcept) n++;
  }
  return n;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const MONTH_ONLY = new RegExp(`^${MONTH}$`, 'u');
/** Stems of month names, which a shared date shares without saying anything of the event. */
const MONTH_STEM = /^(?:januari|februari|march|april|mai|may|june|juli|july|august|septemb|octob|novemb|decemb|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)$/;
const DAY_RE = new RegExp(`\\b(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})(?!\\p{L})`, 'gu');

/** Days a passage names ("March 14", "Aug. 3", "the 2nd of March"), as the month's first three letters and the day: "mar 2". */
function daysOf(u: Unit): string[] {
  return [...u.body.matchAll(DAY_RE)].map((m) => `${fold(m[1] ?? m[4]!).slice(0, 3)} ${Number(m[2] ?? m[3])}`);
}

/** A denial said of one day ("no samples were taken in the week of March 14") is not answered by a passage about another day ("tests on March 28 found …"). */
function sameDay(denying: Unit, asserting: Unit): boolean {
  const d = daysOf(denying);
  const a = daysOf(asserting);
  return !d.length || !a.length || d.some((x) => a.includes(x));
}

/**
 * A denial said of a year ("no grant was received in 2057/58") is answered only by a passage of that year: one
 * naming it, or, naming none, one published in it or before its end ("the government grant is papering over it", 2058, is not).
 */
function sameYearDenied(denying: Unit, asserting: Unit, months: PairContext['months']): boolean {
  const said = denying.years.filter((y) => IN_YEAR_BEFORE.test(denying.body.slice(Math.max(0, y.start - 20), y.start))).map((y) => y.year);
  if (!said.length) return true;
  if (asserting.years.length) return asserting.years.some((y) => said.includes(y.year));
  const published = months[asserting.source];
  return published === undefined || said.some((y) => y >= Math.floor(published / 12));
}
const IN_YEAR_BEFORE = /\b(?:in|during|for)\s+(?:the\s+)?(?:year\s+)?$/i;

/** "in the DPRK", "in Velmar": the places a passage puts what it says in. */
function placesOf(u: Unit, opening = false): string[] {
  const places = [...u.body.matchAll(opening ? /\b[Ii]n (?:the )?((?:\p{Lu}[\p{L}'-]*\s?){1,3})/gu : /\bin (?:the )?((?:\p{Lu}[\p{L}'-]*\s?){1,3})/gu)];
  return places.map((m) => fold(m[1]!.trim())).filter((p) => !MONTH_STEM.test(p.split(' ')[0]!));
}

/**
 * Each puts what it says in a place the other never names ("In Fennick Hollow, none of the village's 212
 * homes …" / "In Ashby Tarn, … 31 of the village's 96 homes", "Most homes in Kelsmoor …"): two places.
 */
function placedApart(a: Unit, b: Unit): boolean {
  const pa = openingPlaces(a);
  if (!pa.places.length) return false;
  const pb = openingPlaces(b);
  return pb.places.length > 0 && !pa.places.some((p) => pb.names(p)) && !pb.places.some((p) => pa.names(p));
}

/** A passage's places ("in" or "In" a name), and whether it names a place anywhere; kept per passage, as every pair asks. */
const placesCache = new WeakMap<Unit, { places: string[]; names: (place: string) => boolean }>();
function openingPlaces(u: Unit): { places: string[]; names: (place: string) => boolean } {
  let hit = placesCache.get(u);
  if (!hit) {
    const folded = fold(u.body);
    hit = { places: placesOf(u, true), names: (p) => new RegExp(`\\b${escapeRegExp(p)}\\b`, 'u').test(folded) };
    placesCache.set(u, hit);
  }
  return hit;
}

/** The asserting passage puts what it says in the place the denial is said of ("in North Korea", "North Korea's"), or the denial names none. */
function samePlace(denying: Unit, asserting: Unit): boolean {
  const places = placesOf(denying);
  if (!places.length) return true;
  const text = fold(asserting.body);
  return places.some((p) => new RegExp(`\\bin (?:the )?${escapeRegExp(p)}\\b|\\b${escapeRegExp(p)}'s\\b`, 'u').test(text));
}

/** A sentence whose subject is "those" or "these", denied: "Those were not dead, dying or dangerous trees". */
const POINTING_BACK = /^\W*(?:Those|These)\s+(?:were|are|did|do|have|had)(?:n['\u2019]t|\s+not|\s+never)\b/;

/** A sentence that opens with "I": the speaker says something of themselves. */
const FIRST_PERSON_STATEMENT = /^\W*I\b(?!\s+(?:think|believe|guess|suppose|mean|know|would say)\b)/;

/** "I haven't received …", "we never …": the speaker denies something of themselves. */
const FIRST_PERSON_DENIAL = /\b(?:I|we)(?:['\u2019](?:ve|m|re|d))?\s+(?:(?:have|had|am|are|was|were|do|did|will|would|could|can)(?:n['\u2019]t)?\s+)?(?:never|not|no\b|haven['\u2019]t|hadn['\u2019]t|don['\u2019]t|didn['\u2019]t|won['\u2019]t|can['\u2019]t|cannot)/i;

/**
 * A speaker's denial of something about themselves ("I haven't received a single cent") speaks of
 * that person: another passage answers it only if it names them, or is their own first person.
 * "Every citizen receives their salary, he says" is about others. So too, with `asserted`, a
 * statement about oneself: "I suffered a lot" does not answer "not a single person suffering
 * from this in all the DPRK".
 */
function aboutTheSpeaker(self: Unit, other: Unit, asserted = false): boolean {
  if (self.speaker.how === 'writer' || !(asserted ? FIRST_PERSON_STATEMENT : FIRST_PERSON_DENIAL).test(self.body)) return true;
  const surname = fold(self.speaker.speaker.replace(/, as reported$/, '').split(/\s+/).at(-1) ?? '');
  if (surname.length > 1 && fold(other.sentence.text).includes(surname)) return true;
  return sameSpeaker(self.speaker.speaker, other.speaker.speaker) && /\b(?:I|my|me|we|our)\b/.test(other.body);
}

const TIME_WORD = /^(?:second|minut|hour|dai|week|month|year)s?$/;
/** Stems of numbers written as words ("one" stems to "on"). */
const NUMBER_WORD = /^(?:on|two|three|four|five|six|seven|eight|nine|ten|eleven|twelv|(?:thir|four|fif|six|seven|eigh|nine)teen|twenti|thirti|forti|fifti|sixti|seventi|eighti|nineti|hundr|thousand|million|billion|dozen)$/;

/** The token is the term: its stem, or a word of its concept. */
const names = (t: Token, term: string) => (term.startsWith('@') ? `@${conceptOf(t.word) ?? ''}` === term : t.stem === term);
/** The passage says the token's word, or a word of its concept. */
function saysWord(u: Unit, t: Token): boolean {
  const concept = conceptOf(t.word);
  return u.termSet.has(t.stem) || (!!concept && u.termSet.has(`@${concept}`));
}

/** Every word of the term (a stem or a concept) in the passage heads an "of" phrase ("member of staff", "members of the public"). */
function onlyBefore(u: Unit, term: string): boolean {
  const at = u.tokens.filter((t) => names(t, term));
  return at.length > 0 && at.every((t) => /^\s+of\s/i.test(u.body.slice(t.end, t.end + 4)));
}

function compareDenial(a: Unit, b: Unit, ctx: PairContext, overlap: Overlap): Signal[] {
  const index = ctx.index;
  // Denial and assertion must be about the same thing: a telling shared word or concept.
  const topics = new Set(overlap.keys);
  for (const t of [...a.termSet, ...a.questionTerms]) if (t.startsWith('@') && b.termSet.has(t)) topics.add(t);
  const distinct = distinctTopics(topics, a);
  if (!distinct) return [];
  if (overlap.ratio < 0.08) {
    // A person's denial of something about themselves ("I haven't received a single cent") and another
    // passage that, naming them, flatly denies the same concept ("doesn't generate income for Cao de
    // Benós"): the person says what the topic is, however few words the two share.
    for (const [x, y] of [[a, b], [b, a]] as const) {
      if (x.speaker.how === 'writer' || !FIRST_PERSON_DENIAL.test(x.body) || FIRST_PERSON_DENIAL.test(y.body)) continue;
      const surname = fold(x.speaker.speaker.replace(/, as reported$/, '').split(/\s+/).at(-1) ?? '');
      if (surname.length < 2 || !new RegExp(`\\b${escapeRegExp(surname)}\\b`, 'u').test(fold(y.sentence.text))) continue;
      const both = [...topics].find((t) => t.startsWith('@') && x.stronglyNegated.has(t) && !x.affirmed.has(t) && y.negated.has(t) && !y.affirmed.has(t));
      if (both) return [{ kind: 'same-denial', polarity: 'agreement', weight: 0.5, shared: [both, surname] }];
    }
    return [];
  }
  let best: { term: string; weight: number; aDenies: boolean; strong: boolean } | undefined;
  const [namedA, namedB] = [partitiveNamed(a.tokens), partitiveNamed(b.tokens)];
  for (const t of topics) {
    // "a member of staff" names a person of the staff, not a membership.
    if (onlyBefore(a, t) || onlyBefore(b, t)) continue;
    // A number written as a word, a length of time ("no water for nearly three days") and a unit of measure ("Not one
    // metre of the scheme has been cut") measure, they are not what is denied.
    if (t.startsWith('$') || t.startsWith('#') || NUMBER_WORD.test(t) || TIME_WORD.test(t) || MEASURE_UNITS.has(t)) continue;
    const aNeg = a.negated.has(t) && !a.affirmed.has(t);
    const bNeg = b.negated.has(t) && !b.affirmed.has(t);
    const aPos = a.affirmed.has(t) && !a.negated.has(t);
    const bPos = b.affirmed.has(t) && !b.negated.has(t);
    if (!((aNeg && bPos) || (aPos && bNeg))) continue;
    if (!t.startsWith('@') && !index.isKey(t)) continue;
    // Those a partitive denial names are there ("Not one of those long-term moorers has been offered anywhere"): an
    // assertion that they are ("18 long-term moorings … suspended") does not answer it; one that some were offered may.
    if ((aNeg ? namedA : namedB).has(t)) continue;
    const strong = aNeg ? a.stronglyNegated.has(t) : b.stronglyNegated.has(t);
    const w = (t.startsWith('@') ? 0.8 : Math.min(1, index.idf(t) / 6)) + (strong ? 0.5 : 0);
    if (!best || w > best.weight) best = { term: t, weight: w, aDenies: aNeg, strong };
  }
  // A negation inside a condition ("If these people came back, they should explain why they decided
  // not to return") asserts nothing.
  if (best && CONDITIONAL.test((best.aDenies ? a : b).sentence.text)) return [];
  // Nor one whose subject points back ("Those were not dead, dying or dangerous trees"): what it denies is of things named before it.
  if (best && POINTING_BACK.test((best.aDenies ? a : b).body)) return [];
  // Nor one inside a reason given for something affirmed ("villages have already lost library visits because
  // the service couldn't find drivers"): what it denies is the cause's, and the sentence asserts the loss.
  if (best && deniedInReason(best.aDenies ? a : b)) return [];
  // A denial said of one place ("there is no internet access in the DPRK") is not answered by a
  // passage that does not speak of that place ("reports all over the internet"), one said of a day by a
  // passage about another day, nor one said of oneself by a passage about others.
  const [denying, asserting] = best?.aDenies ? [a, b] : [b, a];
  if (best && (normative(denying, best.term) || partly(denying, best.term) || capped(denying, best.term) || onlyQualifies(denying, asserting, best.term) || HEARSAY.test(asserting.body) || ASKS_FOR.test(asserting.body) || deniedOfSubject(asserting, best.term) || !sameObject(denying, asserting, best.term) || !samePlace(denying, asserting) || placedApart(denying, asserting) || !sameDay(denying, asserting) || !sameYearDenied(denying, asserting, ctx.months) || !sameDeadline(denying, asserting) || !sameChange(denying, asserting) || !sameManner(denying, asserting, best.term) || !samePurpose(denying, asserting) || !sameAgeGroup(denying, asserting) || !sameSumDenied(denying, asserting) || !sameAgent(denying, asserting) || !aboutTheSpeaker(denying, asserting) || !aboutTheSpeaker(asserting, denying, true))) return [];
  if (best && !pastTheBound(denying, asserting, best.term)) return [];
  if (!best) {
    // Both deny the same thing ("I haven't received a single cent" / "doesn't generate income"): they agree.
    for (const t of topics) {
      if (t.startsWith('$') || t.startsWith('#')) continue;
      if (a.negated.has(t) && !a.affirmed.has(t) && b.negated.has(t) && !b.affirmed.has(t))
        return [{ kind: 'same-denial', polarity: 'agreement', weight: Math.min(0.7, 0.3 + overlap.ratio), shared: [t] }];
    }
    return [];
  }
  // A topic word alone ("No money has been taken from our reserve fund" / "the people who gave money to
  // the appeal") says what the two speak of, not that they speak of one thing: another shared word (not a name) must.
  if (TOPIC_STEMS.has(best.term) && !overlap.keys.some((k) => k !== best!.term && !k.startsWith('@') && !k.startsWith('$') && !a.names.has(k))) return [];
  const conceptDenied = best.term.startsWith('@') || conceptOfStem(a, best.term) !== undefined;
  // A concept alone ("no concentration camps" / "hard labour") needs the asserting side to name it
  // twice over ("forced labor as a punishment") or to share a word besides it ("prison camps").
  if (best.term.startsWith('@')) {
    const asserting = best.aDenies ? b : a;
    const words = new Set(asserting.tokens.filter((t) => names(t, best!.term)).map((t) => t.stem));
    // "People" says whom a passage is about, not what: "The people of Harrowfield pay for a service" / "It's not a wage. People are using their savings".
    const otherWords = overlap.keys.filter((k) => !k.startsWith('@') && !k.startsWith('$') && !ANYONE.has(k)).length;
    if (words.size < 2 && !otherWords) return [];
  }
  // An outright denial ("there are no X") of a concept needs one shared topic, of a plain word
  // ("no teacher") a shared concept too; a weaker negation needs three topics and a close overlap.
  const outright = best.strong && ((conceptDenied && overlap.ratio >= 0.08) || (distinct >= 2 && [...topics].some((t) => t.startsWith('@')) && overlap.ratio >= 0.15));
  if (!outright && (distinct < 3 || overlap.ratio < 0.25)) return [];
  const weight = Math.min(0.75, 0.2 + overlap.ratio / 2 + best.weight / 5 + (distinct >= 2 ? 0.1 : 0));
  return [{ kind: 'denial', polarity: 'conflict', weight, denied: { by: best.aDenies ? 'quote' : 'other', term: best.term }, shared: [...topics] }];
}

/** A time a denial is bounded by: "is not expected to decide the appeal before the summer", "will not reopen until 2045". */
const DEADLINE = new RegExp(`\\b(?:before|until|till|by)\\s+(?:the\\s+)?(?:end\\s+of\\s+(?:the\\s+)?)?(?:(?:next|this)\\s+)?(summer|spring|autumn|fall|winter|${MONTH}|\\d{4})(?![\\p{L}\\d])`, 'iu');

/** The thing a denial counts from: "since the cameras were switched on" → "cameras". */
const SINCE_EVENT = /\bsince\s+(?:the|its|their|our)\s+([\p{L}-]+)/iu;

/** A denial bounded by a time ("not … before the summer") is answered only by a passage that speaks of that time. */
function sameDeadline(denying: Unit, asserting: Unit): boolean {
  const when = DEADLINE.exec(denying.body)?.[1];
  if (when) return fold(asserting.body).includes(fold(when).replace(/\.$/, ''));
  // Since an event: "Nobody has been killed … since the cameras were switched on" is not answered by deaths
  // "in the three years before the cameras went in".
  const since = SINCE_EVENT.exec(denying.body)?.[1];
  if (since && new RegExp(`\\bbefore\\s+(?:the\\s+)?${since}\\b`, 'i').test(asserting.body)) return false;
  // Bounded by an event: "no student … would have their course closed before they finish it".
  const until = UNTIL_EVENT.exec(denying.body)?.[1];
  return !until || speaksOf(asserting, until);
}

/** A verb denied by its auxiliary: "does not pay", "do not recommend", "didn't cancel", "will never close". */
const DENIED_VERB_BEFORE = /(?:\b(?:do|does|did|will|would|can|could|should|must|may|might)\s+(?:not|never)|n['\u2019]t|\bnever)\s+$/i;
/** Words between a verb and the head of its object: "pay for a missed shift", "recommend a return". */
const BEFORE_OBJECT = /^(?:a|an|the|any|for|to|of|its|their|our|his|her|my|your|this|that|these|those|single|one|much|many|more|enough|all)$/;

/**
 * A verb denied with its object is answered only by a passage that speaks of that object: "A refund
 * … does not pay for a missed shift" is not answered by "The authority pays Wyle Valley Trains £3.8
 * million a year", nor "Officers do not recommend a return to the previous timetable" by "recommend
 * keeping the new timetable".
 */
function sameObject(denying: Unit, asserting: Unit, term: string): boolean {
  const verb = deniedVerb(denying, term);
  if (!verb) return true;
  let k = verb.index + 1;
  while (k < denying.tokens.length && BEFORE_OBJECT.test(denying.tokens[k]!.word) && !/[,;:.]/.test(denying.body.slice(denying.tokens[k - 1]!.end, denying.tokens[k]!.start))) k++;
  const object = denying.tokens[k];
  // The verb's clause ends, or no noun follows ("cancelled because", "qualify until"): nothing to match.
  if (!object || object.isNumber || isStopWord(object.word) || NEGATORS.has(object.word) || /[,;:.!?]/.test(denying.body.slice(denying.tokens[k - 1]!.end, object.start))) return true;
  return saysWord(asserting, object);
}

/** The term as a verb denied by its auxiliary: its token's index, and where the auxiliary begins ("… do not drive": at "do"). */
function deniedVerb(denying: Unit, term: string): { index: number; from: number } | undefined {
  for (const [index, t] of denying.tokens.entries()) {
    if (!names(t, term)) continue;
    const before = denying.body.slice(Math.max(0, t.start - 16), t.start);
    const m = DENIED_VERB_BEFORE.exec(before);
    if (m) return { index, from: t.start - before.length + m.index };
  }
  return undefined;
}

/** Stems of words for people at large. */
const ANYONE = new Set(['peopl', 'person', 'men', 'women']);

/**
 * What ought to be, not what is: "that money should be coming out of Clearway's contract, not out of people's council tax";
 * and what a rule lets be: "The amended certificate does not permit any spectators in it" is not denied by a crowd.
 */
const OUGHT = /\b(?:should|shouldn['\u2019]t|ought|must|mustn['\u2019]t|(?:(?:does|do|did|will|would)\s+not|doesn['\u2019]t|don['\u2019]t|didn['\u2019]t|won['\u2019]t)\s+(?:permit|allow))\b/i;
/** The denial is said in a clause of what ought to be: it denies no fact. */
function normative(denying: Unit, term: string): boolean {
  const t = denying.tokens.find((x) => names(x, term));
  if (!t) return false;
  const clause = denying.body.slice(0, t.start).split(/[.;:!?]/).at(-1) ?? '';
  return OUGHT.test(clause);
}

/**
 * The term only says whom or what an outright denial concerns: "there were no injuries to staff" denies
 * injuries, not staff, so "The three staff on site got out safely" does not answer it; "two staff were
 * injured" does.
 */
function onlyQualifies(denying: Unit, asserting: Unit, term: string): boolean {
  const at = denying.tokens.findIndex((t) => names(t, term));
  for (let h = at - 1; h >= 0 && h >= at - 6; h--) {
    const head = denying.tokens[h]!;
    if (/[,;:.!?]/.test(denying.body.slice(head.end, denying.tokens[h + 1]!.start))) return false;
    if (!denying.stronglyNegated.has(head.stem) || !QUALIFYING.test(denying.body.slice(head.end, denying.tokens[at]!.start))) continue;
    return !saysWord(asserting, head);
  }
  return false;
}
const QUALIFYING = /^\s+(?:to|among)\s/i;

/** What someone was told, passed on: "Tenants say they have been told that the mould is caused by drying washing indoors" asserts nothing itself. */
const HEARSAY = /\b(?:(?:have|has|had)\s+been|was|were)\s+told\s+(?:that\s+)?/i;
/** What a thing is said not to be when it is not there at all: "the signs weren't up", "no permit was on display". */
const PRESENCE = /^(?:up|there|present|available|visible|displayed|display|installed|place|exist|exists|existed|working)$/;

/**
 * The asserting passage's word for what is denied is the subject of a negated verb of being there ("Residents say the signs
 * weren't up in time"): it denies as the other does ("without ever having seen a sign"), it does not assert the thing. One
 * that says how the thing is ("camps are not getting any smaller") still says it is there.
 */
function deniedOfSubject(asserting: Unit, term: string): boolean {
  return asserting.tokens.some((t, i) => {
    if (!names(t, term)) return false;
    const next = asserting.tokens.slice(i + 1, i + 7);
    return next.some((n, k) => NEGATORS.has(n.word) && n.word !== 'no' && !/[,;:.!?]/.test(asserting.body.slice(t.end, n.start)) && next.slice(0, k).every((m) => !m.isNumber && !/^(?:that|which|who|whom|and|but|or|because|since|as|when|while|if|after|before|until|unless|so|though|although)$/.test(m.word)) && asserting.tokens.slice(i + k + 2, i + k + 5).some((m) => PRESENCE.test(m.word)));
  });
}

/** What is asked for is not so: "We are asking the council for three things: remove Schedule 4 from the contract, …". */
const ASKS_FOR = /\b(?:(?:are|is|am|were|was)\s+ask(?:ing)?|ask(?:s|ed)?)\s+(?:the\s+)?[\p{L}'\u2019 -]{0,30}?\b(?:for|to)\b|\b(?:call(?:s|ed|ing)?\s+(?:on|for)|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?)\b/iu;
/** A share of a group before the denial: "a good third of our members do not drive". */
const SHARE_OF = /\b(?:third|quarter|half|fifth|tenth|thirds|quarters|most|some|many|several|few|percent|per cent|%)\s+of\s+[^.;,]*$/i;
/** A denial said of a share of a group tells how many do not; another passage in which some do does not answer it. */
function partly(denying: Unit, term: string): boolean {
  const verb = deniedVerb(denying, term);
  return !!verb && SHARE_OF.test(denying.body.slice(0, verb.from).trimEnd());
}

/**
 * A change denied only beyond a bound ("no trader's rent would rise by more than 10 per cent") sets a cap:
 * it says the rise is at most that, not that there is none ("a 10 per cent rise would add £1.85 million").
 */
function capped(denying: Unit, term: string): boolean {
  const at = denying.tokens.findIndex((t) => t.stem === term);
  if (at < 0) return false;
  return BOUND_AFTER.test(denying.body.slice(denying.tokens[at]!.end, denying.tokens[at]!.end + 30));
}
/** A figure's value in days for a length of time, its value otherwise; undefined for a length in a unit not known here. */
function magnitude(f: Figure): number | undefined {
  if (f.kind !== 'duration') return f.value;
  const days = DAYS_IN[f.unit[0] ?? ''];
  return days === undefined ? undefined : f.value * days;
}

/**
 * A denial bounded by a figure at its verb ("no one on our waiting list has waited more than six months", "no community
 * group paid more than £12 an hour") denies only what goes past the bound: the other passage must tell a figure of that
 * kind, and of the same rate, past it ("the longest wait is 47 weeks", "were charged £14 an hour"). Sharing a word
 * ("the list", "community groups") is not enough. A denial with no bound is not limited here.
 */
function pastTheBound(denying: Unit, asserting: Unit, term: string): boolean {
  const at = denying.tokens.findIndex((t) => names(t, term));
  if (at < 0) return true;
  const verbAt = denying.tokens.slice(at, at + 4).find((t) => BOUND_AFTER.test(denying.body.slice(t.end, t.end + 30)));
  if (!verbAt) return true;
  const bound = denying.figures.find((f) => f.start >= verbAt.end && f.start - verbAt.end <= 24);
  const limit = bound && magnitude(bound);
  if (!bound || limit === undefined) return true;
  const below = /^[\s\u00A0]+(?:by\s+)?(?:less|fewer|lower)\b/i.test(denying.body.slice(verbAt.end, verbAt.end + 12));
  return asserting.figures.some((f) => {
    const v = magnitude(f);
    if (v === undefined || f.kind !== bound.kind || (f.per ?? '') !== (bound.per ?? '')) return false;
    // "23 patients who spent more than 12 hours": past the bound too.
    return below ? v < limit || (v === limit && f.low === 0) : v > limit || (v === limit && f.high === Infinity);
  });
}

const BOUND_AFTER = /^[\s\u00A0]+(?:by\s+)?(?:more|higher|greater|faster|less|fewer|lower)\s+than\s+(?:about\s+|around\s+)?(?:\d|£|\$|€|one|two|three|four|five|six|seven|eight|nine|ten|a\s)/i;

/** The passage's first negation comes after its "because". */
function deniedInReason(u: Unit): boolean {
  const reason = u.tokens.findIndex((t) => t.word === 'because');
  return reason >= 0 && u.tokens.findIndex((t) => NEGATORS.has(t.word)) > reason;
}

/** The passage shares a content word of `words` (besides `except`). */
function speaksOf(u: Unit, words: string, except?: string): boolean {
  return contentTerms(tokenize(words)).some((t) => !t.startsWith('#') && t !== except && u.termSet.has(t));
}
const UNTIL_EVENT = /\b(?:before|until|till)\s+(?:they|he|she|it|we|you|I)\s+([^.;:!?,]+)/i;

/** Words of a loss or a cut: what a denial of a change ("no member of staff will lose their job") denies. */
const LOSS = /\b(?:lose|loses|losing|lost|cut|cuts|cutting|redundan\w*|laid off|lay off|layoffs?|dismiss\w*|sack\w*|axe[ds]?|fewer|less|reduc\w*|shed\w*|clos(?:e|es|ed|ing|ure))\b/i;
/** The loss is what is denied: a few words after the negation ("no member of staff will lose", "will not cut"). */
const DENIED_LOSS = new RegExp(`\\b(?:no|not|never|none|nobody|no one|n['\u2019]t)\\b(?:\\s+[\\p{L}'\u2019-]+){0,6}?\\s+${LOSS.source.slice(2)}`, 'iu');

/** A denial of a loss ("no member of staff will lose their job") is not answered by a level ("the branch has seven staff"), only by a loss. */
function sameChange(denying: Unit, asserting: Unit): boolean {
  return !DENIED_LOSS.test(denying.body) || LOSS.test(asserting.body) || TAKEN.test(asserting.body);
}
/** A loss told without a word of loss: "the new rota takes all of it away", "£2,130 a year off a basic wage", "down on the week before". */
const TAKEN = /\btak(?:e|es|en|ing|ook)\s+(?:[\p{L}'\u2019-]+\s+){0,4}?away\b|\boff\s+(?:a|the|their|his|her|our|my)\s+(?:[\p{L}-]+\s+)?(?:wage|pay|salary|income)\b|\bdown\s+on\b/iu;

/** What a denial gives as the cause: "because of a shortage of crew", "for lack of staff". */
const CAUSE = /\b(?:because(?:\s+of)?|for\s+(?:lack|want)\s+of|due\s+to|owing\s+to|as\s+a\s+result\s+of)\s+([^.;:!?]+)/i;

/** "nobody from Corvane had visited": a denial of what one body's people did. */
const NOBODY_FROM = /\b(?:nobody|no one|none)\s+(?:from|at|of)\s+(?:the\s+)?(\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+)*)/u;

/** A denial of what one body's people did is answered only by a passage that names that body. */
function sameAgent(denying: Unit, asserting: Unit): boolean {
  return boundAnswered(NOBODY_FROM, denying, asserting);
}

/** "has not been paid £520,000": a negation a few words before a figure, not a bound ("not more than 40"). */
const DENIES_FIGURE = /\b(?:not|never|n['\u2019]t)\s+(?:(?!more\b|less\b|fewer\b|over\b|under\b|above\b|below\b|even\b|just\b|only\b|quite\b)[\p{L}'\u2019-]+\s+){0,3}$/iu;

/**
 * A denial of a sum or a count ("Kerbwise has not been paid £520,000") denies that figure, not what it is of:
 * only a passage giving the figure ("Kerbwise has been paid £520,000 since March") asserts what it denies, not
 * one that says what was paid ("a fixed fee of £67,000 a month"). "Not one" and "not a single" deny the thing itself.
 */
function sameSumDenied(denying: Unit, asserting: Unit): boolean {
  const denied = deniedFigures(denying);
  return !denied.length || denied.some((d) => asserting.figures.some((f) => f.kind === d.kind && f.low <= d.high && d.low <= f.high));
}

function deniedFigures(u: Unit): Figure[] {
  return u.figures.filter((f) => (f.kind === 'money' || f.kind === 'count') && f.value > 1 && DENIES_FIGURE.test(u.body.slice(Math.max(0, f.start - 40), f.start)));
}

/** Besides a revision's own words (figures.ts, REVISION), those that tell one figure is said against another: "first said … now", "not", "had told … last week". */
const SAID_AGAINST = /\b(?:earlier|first|now|previous(?:ly)?|original(?:ly)?|instead|actually|not|no longer|rather than|had told|last (?:week|month|year))\b/i;

const BULLET = /^[\s\u00A0]*[-\u2022*][\s\u00A0]/u;

const TOPIC_STEMS = new Set([...TOPIC_ONLY].map(stem));

const PURPOSE = /\bfor\s+(?:the\s+)?(money|profit|fun|love|glory|fame|publicity)\b/i;

/** A denial bounded by a purpose ("Nobody does this job for the money") is answered only by a passage that speaks of it. */
function samePurpose(denying: Unit, asserting: Unit): boolean {
  return boundAnswered(PURPOSE, denying, asserting);
}

/** A denial bounded by a place's edge ("No household has been placed outside the borough") is answered only by a count that speaks of it. */
function sameBounds(denying: Unit, counting: Unit): boolean {
  return boundAnswered(OUTSIDE_PLACE, denying, counting);
}

const CHILD = /\b(?:child|children|child['\u2019]s|children['\u2019]s|under[- ]18s?)\b/i;
const ADULT = /\b(?:adult|adults|adult['\u2019]s)\b/i;

/** A denial said of children ("no fee … for the plot … of a child under 18") is not answered by a passage about adults only ("The adult plot fee is going up"). */
function sameAgeGroup(denying: Unit, asserting: Unit): boolean {
  return !CHILD.test(denying.body) || !ADULT.test(asserting.body) || CHILD.test(asserting.body);
}

/** A denial bounded by a manner ("cannot be staffed safely") is answered only by a passage that speaks of it. */
function sameManner(denying: Unit, asserting: Unit, term: string): boolean {
  const i = denying.tokens.findIndex((t) => t.stem === term);
  const manner = i >= 0 ? denying.tokens[i + 1] : undefined;
  return !manner || !/^(?:safely|properly|fully|legally|lawfully|fairly|quickly|easily|well)$/.test(manner.word) || speaksOf(asserting, manner.word);
}

/**
 * A denial that none was so for one cause ("no sailing was cancelled because of a shortage of crew") is
 * answered only by a count that speaks of that cause, not by one of every case ("84 sailings were cancelled").
 */
function sameCause(denying: Unit, asserting: Unit, thing: string): boolean {
  return boundAnswered(CAUSE, denying, asserting, thing);
}

/** The bound a denial's pattern finds (its first group) is spoken of by the asserting passage, or the denial has none. */
function boundAnswered(bound: RegExp, denying: Unit, asserting: Unit, except?: string): boolean {
  const words = bound.exec(denying.body)?.[1];
  return !words || speaksOf(asserting, words, except);
}

/**
 * None against some: "No patient waited more than 12 hours in our emergency department in January" /
 * "23 patients who spent more than 12 hours in the emergency department in January". One passage
 * denies outright that any of a thing is so ("no patient"), the other counts some of that thing, and
 * the two share what is said of them (a word besides the thing counted, and a close overlap).
 */
/** Stems of units of length. */
const LENGTH_UNITS = new Set(['metr', 'meter', 'kilometr', 'kilomet', 'km', 'mile', 'yard', 'feet', 'foot']);
/** After a length: it is a distance to or from somewhere. */
const DISTANCE_AFTER = /^[\s\u00A0]*[\p{L}.]+[\s\u00A0]+(?:upstream|downstream|away|from|north|south|east|west|inland|offshore|outside|short)\b/iu;
/** A length that is a distance: "6 km upstream of the town", "within four miles of a branch library". */
function distance(u: Unit, f: Figure): boolean {
  return DISTANCE_AFTER.test(u.body.slice(f.end, f.end + 40)) || /\bwithin\s+(?:about\s+)?$/i.test(u.body.slice(Math.max(0, f.start - 12), f.start));
}
/** Words that make a unit of length one of area or volume ("square metres", "cubic metres"). */
const DIMENSIONS = new Set(['squar', 'cubic']);

function compareNone(a: Unit, b: Unit, overlap: Overlap): Signal[] {
  for (const [denying, counting, by] of [[a, b, 'quote'], [b, a, 'other']] as const) {
    const none = /\b(?:no|not a single|not one)\s+([\p{L}-]+)/iu.exec(denying.body)?.[1];
    if (!none) continue;
    const thing = stem(fold(none));
    if (!denying.stronglyNegated.has(thing)) continue;
    // "Not one metre of the scheme has been cut" is a length: 1.3 million cubic metres of storage are not some of it.
    const dimensionOf = (f: Figure) => f.modifiers.filter((m) => DIMENSIONS.has(m));
    // "Not one metre" is denied by kilometres cut too: a length in any of its units.
    // A distance ("6 km upstream of the town", "within four miles of a stop") places a thing, it is not an amount of it.
    const sameUnit = (f: Figure) => (f.unit[0] === thing || (LENGTH_UNITS.has(thing) && LENGTH_UNITS.has(f.unit[0] ?? ''))) && !(LENGTH_UNITS.has(thing) && distance(counting, f));
    const some = counting.figures.find((f) => f.role === 'stated' && (f.kind === 'count' || f.kind === 'measure') && f.value > 0 && sameUnit(f) && dimensionOf(f).every((d) => mentions(denying, d)));
    if (!some || overlap.ratio < 0.3 || !sameTopicBesides(denying, counting, [thing, ...some.unit])) continue;
    if (!samePlace(denying, counting) || placedApart(denying, counting) || !sameDay(denying, counting) || !sameDeadline(denying, counting) || !sameBounds(denying, counting)) continue;
    // A denial said of one cause ("no sailing was cancelled because of a shortage of crew") is not
    // answered by a count that gives no such cause ("84 sailings were cancelled").
    if (!sameCause(denying, counting, thing)) continue;
    return [{ kind: 'denial', polarity: 'conflict', weight: 0.6, denied: { by, term: thing }, shared: overlap.keys }];
  }
  return [];
}

/** Stems of the common nouns in names of places ("Fenner Road", "Marsh Road"): two such names need not be one. */
const PLACE_NOUNS = new Set(['road', 'street', 'lane', 'row', 'avenue', 'drive', 'close', 'way', 'square', 'centre', 'center', 'hall', 'park', 'house', 'court', 'bridge', 'station', 'school', 'hospital', 'library'].map(stem));

const FIRST_PERSON = new Set(['i', 'me', 'my', 'we', 'us', 'our']);

/**
 * `u`'s speaker speaks of themselves ("We are all volunteers"), and `other`'s sentence names them
 * ("Mr. Cao de Benós (who appears to be the only member … to receive a salary)"): both are about that
 * person. Their surname's stem, or nothing.
 */
function selfNamed(u: Unit, other: Unit): string[] {
  if (u.speaker.how === 'writer' || !u.tokens.some((t) => FIRST_PERSON.has(t.word))) return [];
  const surname = fold(u.speaker.speaker.split(',')[0]!.trim().split(/\s+/).at(-1) ?? '').replace(/[^\p{L}'-]/gu, '');
  if (surname.length < 3) return [];
  return tokenize(other.sentence.text).some((t) => t.capital && t.word === surname) ? [stem(surname)] : [];
}

/**
 * Two passages at the two ends of one scale ("the role is strictly honorary" / "the only employee of
 * the ministry") about the same thing: a telling word or a name both use, besides the scale's words.
 */
function compareScales(a: Unit, b: Unit, ctx: PairContext, overlap: Overlap): Signal[] {
  const read = (u: Unit) => {
    // A sum denied ("has not been paid £520,000") says nothing of which end of the pay scale its payee is at.
    if (deniedFigures(u).length) return [];
    // Denied only beyond a bound ("no community group paid more than £12 an hour"), a word is still said: they paid.
    const denied = new Set([...u.negated].filter((t) => !u.affirmed.has(t) && !capped(u, t)));
    const content = (i: number) => {
      const t = u.tokens[i]!;
      // "per cent" measures what rises ("a rise of 20 per cent" / "the decline at 38 per cent"), it is not what rises.
      return t.isNumber || isStopWord(t.word) || NEGATORS.has(t.word) || GENERIC_VERBS.has(t.word) || t.word.length < 2 || /^(?:cent|percent)$/i.test(t.word) ? undefined : t.stem;
    };
    return scaleReadings(u.body, u.tokens, denied, content);
  };
  const ra = read(a);
  if (!ra.length) return [];
  const rb = read(b);
  if (!rb.length || overlap.ratio < 0.08) return [];
  // Said of the same person or body (a name both use, anywhere), or of the same thing (a telling
  // word next to the scale word in both: "prison camps are expanding" / "camps are not getting smaller").
  const names = [...sharedNames(a, b).filter((n) => ctx.index.df(n) <= 0.15 * ctx.index.size && !PLACE_NOUNS.has(n)), ...selfNamed(a, b), ...selfNamed(b, a)];
  // Words written with a capital in either passage: names, which say where, not what.
  const named = new Set([a, b].flatMap((u) => u.tokens.filter((t, i) => t.capital && i > 0).map((t) => t.stem)));
  for (const x of ra)
    for (const y of rb) {
      if (x.scale !== y.scale) continue;
      const things = [...x.near].filter((t) => y.near.has(t) && ctx.index.isKey(t));
      const about = [...new Set([...names, ...things])];
      // What grows or shrinks must be one thing: a place both name ("Attendance … at Ferrybank Pool was reduced" /
      // "An adult swim at … Ferrybank Pool will rise") is not what changed; but one word denied ("reduced" / "have
      // not reduced") is said of what the name has.
      if (!about.length || (x.scale === 'size' && x.word !== y.word && !things.some((t) => !named.has(t)))) continue;
      const scale = { name: x.scale, quote: x.word, other: y.word };
      if (x.sign !== y.sign && !measuredApart(a, b)) return [{ kind: 'opposite-ends', polarity: 'conflict', weight: 0.6, scale, shared: about }];
      // The same end, in other words or the same ("is safe to drink" / "the west district is safe").
      return [{ kind: 'same-end', polarity: 'agreement', weight: 0.5, scale, shared: about }];
    }
  return [];
}

/**
 * Two passages whose figures are of different kinds, a share aside ("rent will rise from £68 to £74" / "Full plots
 * shrink from 250 to 200 square metres"): what rises in one is not what shrinks in the other.
 */
function measuredApart(a: Unit, b: Unit): boolean {
  const kinds = (u: Unit) => new Set(u.figures.map((f) => f.kind).filter((k) => k !== 'percent'));
  const [ka, kb] = [kinds(a), kinds(b)];
  return ka.size > 0 && kb.size > 0 && ![...ka].some((k) => kb.has(k));
}

/** Everything a pair of units says about each other; empty when nothing is found. */
export function compareUnits(a: Unit, b: Unit, ctx: PairContext): { signals: Signal[]; overlap: Overlap } {
  const overlap = overlapOf(a, b, ctx.index);
  // Within one source only figures are compared (a writer revising a figure, or contradicting it), and a
  // person's denial against what someone else in the article asserts ("Mbeki told the Advertiser that the
  // county had never been warned" / "A 2036 report … warned that scour around the piers was advanced").
  if (a.source === b.source) {
    // Two figures of one paragraph are told together ("140 passengers a day using the lift. About 1,100 passengers a day join
    // or leave trains at platform 2"), not one revising the other, unless it says so.
    const both = `${a.body} ${b.body}`;
    // Lines of one bulleted list are the parts of one breakdown ("- offered first preference: 825" / "- offered none of their
    // preferences: 85"), whatever words they share.
    const listed = BULLET.test(a.text) && BULLET.test(b.text);
    const together = a.sentence.paragraph === b.sentence.paragraph && !REVISION.test(both) && (listed || !SAID_AGAINST.test(both));
    const figures = together ? [] : compareFigures(a, b, ctx).filter((s) => s.polarity === 'conflict');
    // Sentences of one article share its topic: a word of what is denied, not a concept alone, and a close overlap.
    const apart = a.speaker.how !== 'writer' && !sameSpeaker(a.speaker.speaker, b.speaker.speaker) && a.sentence.paragraph !== b.sentence.paragraph && overlap.ratio >= 0.2 && overlap.keys.some((k) => !k.startsWith('@'));
    const denial = apart ? [...compareDenial(a, b, ctx, overlap), ...compareNone(a, b, overlap)].filter((s) => s.kind === 'denial' && s.denied?.by === 'quote').slice(0, 1) : [];
    return { signals: [...figures, ...denial], overlap };
  }
  const denials = compareDenial(a, b, ctx, overlap);
  const signals = [...compareFigures(a, b, ctx), ...compareYears(a, b, overlap), ...(denials.length ? denials : compareNone(a, b, overlap)), ...compareScales(a, b, ctx, overlap)];
  const conflicts = signals.some((s) => s.polarity === 'conflict');
  // Proper names (Kim, Jong, Un) say who, not what: they do not make two claims the same.
  const names = new Set([...a.tokens, ...b.tokens].filter((t) => t.capital).map((t) => t.stem));
  const wordKeys = overlap.keys.filter((k) => !k.startsWith('@') && !k.startsWith('$') && !names.has(k));
  // The same statement: most of the shorter one's telling words, or two words and a concept of it.
  // A concept counts only when it comes from different words ("collapsed" / "rubble"), not a word already shared.
  const sharedWords = new Set(overlap.keys.filter((k) => !k.startsWith('@')));
  const concepts = [...a.termSet].filter(
    (t) => t.startsWith('@') && b.termSet.has(t) && ctx.index.df(t) <= Math.max(5, ctx.index.size * 0.1) && !a.tokens.some((tok) => sharedWords.has(tok.stem) && `@${conceptOf(tok.word)}` === t),
  ).length;
  // What two passages name apart ("Zone A first permits" / "Zone B first permits") they do not say the same of.
  if (!conflicts && !signals.length && namedApart(a, b)) return { signals, overlap };
  if (!conflicts && !signals.length) {
    if (overlap.ratio >= 0.45 && wordKeys.length >= 3) signals.push({ kind: 'same-statement', polarity: 'agreement', weight: Math.min(0.7, overlap.ratio), shared: overlap.keys });
    else if (overlap.ratio >= 0.2 && wordKeys.length >= 2 && concepts >= 1) signals.push({ kind: 'same-statement', polarity: 'agreement', weight: 0.5, shared: overlap.keys });
  }
  if (!conflicts && !signals.length) {
    // Both single something out ("the only foreigner ever appointed") on a shared topic.
    const sup = (u: Unit) => SUPERLATIVE_WORDS.test(u.body);
    const shared = overlap.keys.filter((k) => !k.startsWith('$'));
    if (sup(a) && sup(b) && shared.length >= 2 && overlap.ratio >= 0.15)
      signals.push({ kind: 'same-superlative', polarity: 'agreement', weight: 0.4, shared });
    else {
      // A rare concept both affirm ("Spanish nobility" / "a family with aristocratic roots"): a possible corroboration.
      const rare = [...a.affirmed].filter((t) => t.startsWith('@') && b.affirmed.has(t) && !a.negated.has(t) && !b.negated.has(t) && ctx.index.df(t) <= Math.max(3, ctx.index.size * 0.02));
      // Said of the same named person or body ("Cao de Benós comes from Spanish nobility" / "Cao de Benos, a
      // Catalan aristocrat"), a rare concept is a corroboration; otherwise only a shared topic.
      // A name in every other sentence ("North Korea" in a corpus about it) says nothing about whom.
      const names = sharedNames(a, b).filter((n) => ctx.index.df(n) <= 0.15 * ctx.index.size);
      if (rare.length) signals.push({ kind: 'same-topic', polarity: 'agreement', weight: names.length ? 0.5 : 0.3, shared: [...rare, ...names] });
    }
  }
  return { signals, overlap };
}
