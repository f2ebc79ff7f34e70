/**
 * Who asserts a sentence: the quoted person ("…, says Virginie Grzelczyk"), an
 * organisation ("the KFA claims"), the interviewee (an answer in an interview),
 * or the writer ("the reporter", "the author"). A guess, for the author to check.
 */

import nlp from 'compromise/two';
import type { Source } from '../pack/types';
import type { SpeakerHow } from './extension';
import type { Sentence } from './sentences';
import { escapeRegExp, fold } from './text';

const PARTICLES = '(?:de|del|della|der|di|da|do|dos|du|la|le|les|van|von|y|bin|ibn|al|el)';
/** A capitalised word; an apostrophe only inside it ("O'Brien"), never at its end ("the West,' The"). */
const CAP = "\\p{Lu}(?:[\\p{L}\\p{M}-]|['\u2019](?=\\p{L}))+";
const NAME = `${CAP}(?:\\s+(?:${PARTICLES}\\s+)*${CAP}){0,4}`;
const SPEECH = '(?:says|said|claims|claimed|argues|argued|told|tells|explains|explained|adds|added|insists|insisted|recalls|recalled|proclaimed|states|stated|denies|denied|believes|writes|wrote|describes|admits|admitted|maintains|notes|noted|announced|announces|estimated|estimates|warned|warns|repeats|repeated|saying|repeating|confirmed|confirms)';
const GROUP = '(?:experts|analysts|critics|officials|researchers|defectors|observers|historians|scholars|witnesses|activists|diplomats|sources|workers|organisers|organizers|doctors|residents|aid groups|economists|scientists|teachers|parents|students)';
/** A role or body named by a common noun: "the minister said", "the ministry said", "her coach says". */
const ROLE_SAYS_RE = new RegExp(`\\b(?:[Tt]he|[Aa]n?|[Hh]er|[Hh]is|[Ii]ts|[Tt]heir)\\s+((?:[a-z][a-z'\u2019-]+\\s+){0,2}?[a-z][a-z'\u2019-]+)\\s+(?:(?:also|later|then|still|keeps|kept|again)\\s+)?${SPEECH}\\b`, 'u');

const NAME_RE = new RegExp(NAME, 'gu');
const LABEL_RE = new RegExp(`^(${NAME}):\\s`, 'u');
const NAME_SAYS_RE = new RegExp(`(?:^|[\\s,;\u201D"(])(${NAME})(?:,\\s+\\d{1,3},|,)?\\s+(?:(?:also|actually|has|have|had|later|then|often|repeatedly|publicly|again|first|once)\\s+){0,2}${SPEECH}\\b`, 'u');
/**
 * A name, an apposition, then the verb: "Union steward Joe Pereira, who has worked at the mill for 22 years, said …",
 * "Okoro, a retired teacher, said …", "Gareth Owusu, operations manager at Wendline Buses, which runs both routes, said …",
 * "Craig Whitlow, GreenLoop's depot manager, told the Courier …", "Rhona Ferrie, Sound Link's managing director, said …",
 * "Declan Murrow, Wyle Valley Trains' managing director, said …",
 * "Peter Haigh, 72, a retired farmer from Stainmoor, said …", "Joss Merriman, who farms at High Scarth, beyond the slip, said …"
 * (a second phrase, but not one joined by "and" or "or": "in January, and 36 of them, or 61 percent, said" is a list).
 */
const NAME_APPOSITION_SAYS_RE = new RegExp(`(?:^|[\\s,;\u201D"(])(${NAME}),\\s+(?:\\d{1,3},\\s+)?(?:(?:who|a|an|the|whose|now|\\p{Ll}[\\p{L}-]*|(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}\\p{Lu}[\\p{L}-]*['\u2019]s)\\b|(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}\\p{Lu}[\\p{L}-]*s['\u2019])[^,;.\u201C\u201D"]{0,140},\\s+(?:(?:which|who|where|whose|(?!(?:and|or|but|then)\\b)\\p{Ll}[\\p{L}-]*)\\b[^,;.\u201C\u201D"]{1,90},\\s+)?${SPEECH}\\b`, 'u');
/** "Inspector Callum Reddaway of Vale Constabulary said", "Lena Marsh of the Chamber of Commerce told": the person, not the body. */
const NAME_OF_BODY_SAYS_RE = new RegExp(`(?:^|[\\s,;\u201D"(])(${NAME})\\s+(?:of|at|from)\\s+(?:the\\s+)?${NAME}(?:\\s+of\\s+(?:the\\s+)?${NAME})?,?\\s+${SPEECH}\\b`, 'u');
/** "Whitlow gave the stand's final cost as £38.2 million", "Tolley put the repairs at $1.3 million": a figure given is said. */
const NAME_GAVE_RE = new RegExp(`^(${NAME})\\s+(?:gave|gives|put|puts)\\s+[^.;]{1,60}?\\s+(?:as|at)\\s+(?:about\\s+|around\\s+)?[\\p{Sc}\\d]`, 'u');
/** "Mr Selwood's answer on the radio was that no child had gone without": his account, retold. */
const NAME_ANSWER_RE = new RegExp(`(?:^|[\\s,;(])(${NAME})['\u2019]s?\\s+(?:answer|reply|response|account|explanation|position|defence|defense)\\b[^.;"\u201C]{0,60}?\\s+(?:was|is|had been)\\s+that\\b`, 'u');
/** "A Brackenridge spokesperson said": the body's spokesperson. */
const BODY_ROLE_SAYS_RE = new RegExp(`\\b(?:[Aa]n?|[Tt]he)\\s+(${NAME})\\s+(spokesperson|spokesman|spokeswoman|official)\\s+${SPEECH}\\b`, 'u');
const SAYS_NAME_RE = new RegExp(`\\b${SPEECH}\\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\\.?\\s+)?(${NAME})`, 'u');
/** "according to the teachers' union": a body named by common nouns. */
const ACCORDING_ROLE_RE = /\b[Aa]ccording to (the (?:[a-z][a-z'\u2019-]*\s+){0,2}[a-z][a-z'\u2019-]*)/u;
const ACCORDING_RE = new RegExp(`\\b[Aa]ccording to\\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\\.?\\s+)?(?:the\\s+)?(${NAME})`, 'u');
const PRONOUN_SAYS_RE = new RegExp(`\\b(he|she|they)\\s+(?:also |actually |later |then )?${SPEECH}\\b|\\b${SPEECH}\\s+(he|she)\\b`, 'iu');
const GROUP_SAYS_RE = new RegExp(`\\b(?:many |some |most |other )?(${GROUP})\\s+(?:have |had )?(?:say|said|argue|claim|believe|agree|warn|report|estimate|note)\\b`, 'iu');
/** "The Gazette also reported that Helen Sarkis, the authority's director, had put the cost at …": the account is hers, as reported. */
const REPORTED_THAT_NAME_RE = new RegExp(`\\b(?:reported|reports|found|wrote|writes)\\s+(?:on\\s+[^,.]{1,30}\\s+)?that\\s+(${NAME})(?:,|\\s+(?:had|has|was|is|would|could)\\b)`, 'u');
const ORG_CLAIMS_RE = new RegExp(`\\b(?:the\\s+)?(\\p{Lu}{2,}|${NAME})\\s+(?:claims|claimed|says|said|states|reports|reported|estimates)\\b`, 'u');

const NOT_NAMES = new Set(
  `the a an as this that these those it its in on at for and but or if when while he she they we i you his her their our my
  yes no so then there here what who why how which however although though after before since during meanwhile today
  yesterday last next first second third north south east west western eastern one two three some many most all none both
  each either neither several few`.split(/\s+/),
);

/** People and organisations that speak in a source, with their full names. */
export interface SpeakerIndex {
  /** Full name by folded last word and by folded full name. */
  fullNames: Map<string, string>;
  /** Written forms of names by each of their capitalised words, with how often each was written. */
  forms: Map<string, Map<string, number>>;
  /** The person who speaks most in the source (the interviewee, the subject). */
  main?: string;
  /** Names in the source, most often named first; `person` when the tagger reads a person's name, with the gender its first name suggests. */
  people: Array<{ name: string; person: boolean; gender?: 'm' | 'f' }>;
  /** Offsets where answers (text after a question) begin and end, for interviews. */
  answerBlocks: Set<number>;
  /** For a transcript's turns ("Mbeki: …"), the name that opens each block: every sentence of the turn is theirs. */
  turnOf: Map<number, string>;
}

function cleanName(raw: string): string | undefined {
  const words = raw.trim().split(/\s+/);
  while (words.length && NOT_NAMES.has(fold(words[0]!))) words.shift();
  if (!words.length) return undefined;
  const name = words.join(' ').replace(/['\u2019]s$/, '');
  if (name.length < 2 || NOT_NAMES.has(fold(name)) || /['\u2019](ve|m|ll|re|d|t)\b/i.test(name)) return undefined;
  return name;
}

const ORGANISATION_WORDS = /\b(Ministry|Association|Council|Agency|International|Committee|Party|Organi[sz]ation|University|Government|Watch|Foundation|Institute|Society|Union|Department|Office|Times|News|Post|Press|Assembly|Army|Bank|Company|Group|Network|Tours|Fund)\b/;

/** A rank or office before a name: in "Group Manager Ruth Adeyemi-Clarke" or "Union Secretary Ann Vale" the body is the title's, not the name's. */
const TITLE_BEFORE_NAME = /^(?:\p{Lu}[\p{L}-]*\s+)*?(?:Manager|Minister|Director|Officer|Commander|Secretary|Chief|President|Chair|Chairman|Chairwoman|Leader|Spokesperson|Spokesman|Spokeswoman)\s+(?=\p{Lu})/u;

/** Words that end the name of a group of people or of a place ("Tanner's Row Residents", "Market Street"), not of a person. */
const GROUP_OR_PLACE_WORDS = /\b(?:Residents|Traders|Tenants|Parents|Friends|Neighbours|Campaigners|Users|Members|Street|Road|Row|Lane|Avenue|Square)\b/;

/** A name that is not obviously an organisation, a group, a place or an acronym. */
function isPerson(name: string): boolean {
  const own = name.replace(TITLE_BEFORE_NAME, '');
  return !ORGANISATION_WORDS.test(own) && !GROUP_OR_PLACE_WORDS.test(own) && !/^\p{Lu}{2,}$/u.test(own);
}

function register(index: SpeakerIndex, name: string, counts: Map<string, number>): string {
  const folded = fold(name);
  const words = name.split(/\s+/);
  const known = index.fullNames.get(folded);
  const full = known && known.length >= name.length ? known : name;
  // Longest written form wins, keyed by every capitalised word of the name.
  for (const w of words) {
    if (!/^\p{Lu}/u.test(w)) continue;
    const key = fold(w);
    const prev = index.fullNames.get(key);
    if (!prev || prev.length < full.length) index.fullNames.set(key, full);
  }
  index.fullNames.set(folded, full);
  counts.set(full, (counts.get(full) ?? 0) + 1);
  return full;
}

/** Resolves a written name ("Cao", "Grzelczyk") to the fullest form seen in the source. */
/** A transcript's label: a short one ("DM: …" after "DECLAN MURROW: …") is the name whose initials it is, in its written form. */
function resolveLabel(index: SpeakerIndex, name: string): string {
  if (/^\p{Lu}{2,3}$/u.test(name)) {
    const full = [...new Set(index.fullNames.values())].filter((n) => n.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('') === name);
    if (full.length) return full.find((n) => /\p{Ll}/u.test(n)) ?? full[0]!;
  }
  return resolveName(index, name);
}

export function resolveName(index: SpeakerIndex, name: string): string {
  // The most often written multi-word form that contains the name's last capitalised word.
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  const last = words.at(-1);
  if (!last) return name;
  const forms = index.forms.get(fold(last));
  if (!forms) return index.fullNames.get(fold(name)) ?? name;
  let best = name;
  let bestCount = -1;
  for (const [form, count] of forms) {
    if (!form.includes(' ') && form !== name) continue;
    if (words.some((w) => !fold(form).includes(fold(w)))) continue;
    if (count > bestCount || (count === bestCount && form.length > best.length)) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}

function startsALine(text: string, words: string): boolean {
  return text.startsWith(words) || text.includes(`\n${words}`);
}

/** A request to the person interviewed: "I would like to know your version.", "Please tell us …", "Could you explain …". */
const REQUEST = /^(?:I(?:['\u2019]d| would) like to (?:know|hear|ask)\b.*\byour?\b|(?:please\s+)?(?:tell|explain|describe)\s+(?:us|me|your?)\b|(?:can|could|would) you (?:tell|explain|describe)\b)/i;

/** One pass over a source's sentences: collect speaking names, find the main speaker and interview answers. */
export function indexSpeakers(sentences: readonly Sentence[], text: string): SpeakerIndex {
  const index: SpeakerIndex = { fullNames: new Map(), forms: new Map(), answerBlocks: new Set(), turnOf: new Map(), people: [] };
  const counts = new Map<string, number>();
  // Register every capitalised name sequence first, so short forms resolve to long ones.
  const seen = new Map<string, number>();
  NAME_RE.lastIndex = 0;
  for (let m = NAME_RE.exec(text); m !== null; m = NAME_RE.exec(text)) {
    const name = cleanName(m[0]);
    if (name && name.includes(' ')) seen.set(name, (seen.get(name) ?? 0) + 1);
  }
  for (const [name, n] of seen) {
    // A heading's verb is not part of a name ("Meet Alejandro Cao de Benós"); only a line's first words are asked.
    if (/^\p{Lu}\p{Ll}+ /u.test(name) && startsALine(text, name) && nlp(name).terms().first().has('#Verb')) {
      seen.delete(name);
      const rest = name.slice(name.indexOf(' ') + 1);
      if (rest.includes(' ')) seen.set(rest, (seen.get(rest) ?? 0) + n);
      continue;
    }
    register(index, name, new Map());
    for (const w of name.split(/\s+/)) {
      if (!/^\p{Lu}/u.test(w)) continue;
      const key = fold(w);
      let forms = index.forms.get(key);
      if (!forms) index.forms.set(key, (forms = new Map()));
      forms.set(name, (forms.get(name) ?? 0) + n);
    }
  }
  for (const s of sentences) {
    const label = LABEL_RE.exec(s.text);
    const found = label?.[1] ?? NAME_SAYS_RE.exec(s.text)?.[1] ?? NAME_APPOSITION_SAYS_RE.exec(s.text)?.[1] ?? SAYS_NAME_RE.exec(s.text)?.[1] ?? ACCORDING_RE.exec(s.text)?.[1];
    const name = found ? cleanName(found) : undefined;
    if (name) register(index, resolveName(index, name), counts);
  }
  // The main speaker: who speaks most, counting how often the text names them at all.
  const folded = fold(text);
  let best = 0;
  for (const [name, n] of counts) {
    if (name.split(/\s+/).length < 2 || !isPerson(name)) continue;
    const last = fold(name.split(/\s+/).at(-1)!);
    const mentions = folded.split(last).length - 1;
    const score = n + 0.5 * mentions;
    if (score > best) {
      best = score;
      index.main = name;
    }
  }
  index.people = peopleOf(seen, counts, text);
  // Interview answers: blocks that follow a block ending with a question mark,
  // and the blocks that continue such an answer in the same paragraph.
  const blockLast = new Map<number, Sentence>();
  const blockFirst = new Map<number, Sentence>();
  for (const s of sentences) {
    blockLast.set(s.block, s);
    if (!blockFirst.has(s.block)) blockFirst.set(s.block, s);
  }
  // A transcript's turns: a block that opens with "Name:" is that person's, every sentence of it.
  for (const [block, first] of blockFirst) {
    const turn = LABEL_RE.exec(first.text)?.[1];
    const name = turn ? cleanName(turn) : undefined;
    if (name) index.turnOf.set(block, name);
  }
  // Interviews alternate question and answer. A block ending with "?" is a
  // question unless it directly follows one (a rhetorical answer); a short block
  // without "?" after an answer is the interviewer's remark ("But today the flow
  // continues."); a longer one continues the answer.
  // A turn that ends by asking the interviewee for something ("I would like to know your version.",
  // "Tell us about the camps.") is a question without a question mark.
  const asks = (last: Sentence) => /\?["\u201D]?$/.test(last.text.trim()) || REQUEST.test(last.text.trim());
  let questions = 0;
  for (const last of blockLast.values()) if (asks(last)) questions++;
  if (questions < 3) return index;
  // The introduction says who answers ("Declan Moir, 44, has worked as a deckhand … He spoke to the
  // Examiner"), whoever else the article quotes more; else, with no name on the answers ("We asked
  // Mayor Ruth Adeyemi …"), the person it names most.
  index.main = introducedInterviewee(sentences, blockLast, asks, index) ?? index.main ?? index.people.find((p) => p.person)?.name;
  type Role = 'intro' | 'question' | 'answer';
  const surname = index.main?.split(/\s+/).at(-1);
  let previous = 'intro' as Role;
  for (const [block, last] of [...blockLast].sort((a, b) => a[0] - b[0])) {
    const endsWithQuestion = asks(last);
    const first = blockFirst.get(block) ?? last;
    const length = last.end - first.start;
    let role: Role;
    if (previous === 'intro') role = endsWithQuestion ? 'question' : 'intro';
    else if (previous === 'question') role = 'answer';
    else role = endsWithQuestion || length < 160 ? 'question' : 'answer';
    if (LABEL_RE.test(first.text) && role === 'question' && !endsWithQuestion) role = 'answer';
    // The writer again, after the interview: "Asked about Moir's account, Gavin Tait … said" names the interviewee.
    if (role === 'answer' && surname && new RegExp(`\\b${escapeRegExp(surname)}\\b`, 'u').test(sentences.filter((x) => x.block === block).map((x) => x.text.replace(/[\u201C"][^\u201D"]*[\u201D"]/g, '')).join(' '))) role = 'intro';
    if (role === 'answer') index.answerBlocks.add(block);
    previous = role;
  }
  return index;
}

/** "He spoke to the Examiner", "Ruth Adeyemi talked to us": the introduction names who the interview is with. */
const SPOKE_TO = /\b(?:spoke|talked|speaks|talks)\s+to\s+(?:the\s+)?(?:\p{Lu}|us\b|me\b)|\bwas interviewed\b/u;

/**
 * The person an interview's introduction (the blocks before its first question) says it spoke to:
 * named in that sentence, or, for "he" or "she", the person the introduction named last before it.
 */
function introducedInterviewee(sentences: readonly Sentence[], blockLast: Map<number, Sentence>, asks: (s: Sentence) => boolean, index: SpeakerIndex): string | undefined {
  const firstQuestion = [...blockLast].sort((a, b) => a[0] - b[0]).find(([, last]) => asks(last))?.[0];
  if (firstQuestion === undefined) return undefined;
  const intro = sentences.filter((s) => s.block < firstQuestion);
  const people = index.people.filter((p) => isPerson(p.name));
  const named = (text: string) => people.map((p) => ({ name: p.name, at: text.lastIndexOf(p.name.split(/\s+/).at(-1)!) })).filter((x) => x.at >= 0);
  // The subject of the introduction's last sentence that opens with a name ("Declan Moir, 44, has worked …").
  let subject: string | undefined;
  for (const s of intro) {
    if (SPOKE_TO.test(s.text)) {
      const opening = s.text.slice(0, s.text.search(SPOKE_TO));
      const own = named(opening).sort((a, b) => b.at - a.at)[0];
      if (own) return own.name;
      if (/^\W*(?:he|she)\b/i.test(opening)) return subject;
    }
    subject = named(s.text).find((x) => x.at >= 0 && x.at <= x.name.length + 2)?.name ?? subject;
  }
  return undefined;
}

/**
 * The people a source names, by how often it names them (their surname) and speaks of them. The tagger's name
 * lists say who is a person and give a gender; a name it does not know is a person when the text gives an age
 * ("Agnieszka Thorne, 34,") or a courtesy title ("Ms Thorne").
 */
function peopleOf(seen: Map<string, number>, counts: Map<string, number>, text: string): SpeakerIndex['people'] {
  const folded = fold(text);
  const scored: Array<{ name: string; score: number }> = [];
  for (const name of new Set([...seen.keys(), ...counts.keys()])) {
    const words = name.split(/\s+/);
    if (words.length < 2 || !isPerson(name) || scored.some((p) => p.name.includes(name))) continue;
    const mentions = folded.split(fold(words.at(-1)!)).length - 1;
    scored.push({ name, score: mentions + (counts.get(name) ?? 0) });
  }
  scored.sort((a, b) => b.score - a.score);
  return scored.slice(0, 20).map(({ name }) => {
    const tags = new Set(nlp(name).json()[0]?.terms?.flatMap((t: { tags: string[] }) => t.tags) ?? []);
    const surname = escapeRegExp(name.split(/\s+/).at(-1)!);
    const person = tags.has('Person') || tags.has('FirstName') || new RegExp(`\\b${escapeRegExp(name)},\\s+\\d{1,3},|\\b(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+${surname}\\b`, 'u').test(text);
    return { name, person, ...(person && tags.has('FemaleName') && !tags.has('MaleName') ? { gender: 'f' as const } : person && tags.has('MaleName') && !tags.has('FemaleName') ? { gender: 'm' as const } : {}) };
  });
}

/** Guesses that name someone speaking in the sentence itself, or carrying on a quotation of theirs. */
const SPEAKING = new Set<SpeakerHow>(['quoted', 'attributed', 'pronoun', 'continued-quote']);

/**
 * "he" or "she": the last person quoted in the paragraph, or the last person named before it in the
 * paragraph, or else the person the source names most — each only when their name does not say otherwise.
 */
function resolvePronoun(index: SpeakerIndex, pronoun: string, previous: SpeakerGuess | undefined, before: string, carried: readonly SpeakerGuess[] = []): string | undefined {
  const gender = /^she$/i.test(pronoun) ? 'f' : /^he$/i.test(pronoun) ? 'm' : undefined;
  const fits = (name: string) => {
    const g = index.people.find((p) => p.name === name || p.name.endsWith(` ${name.split(/\s+/).at(-1)}`))?.gender;
    return !gender || !g || g === gender;
  };
  if (previous && SPEAKING.has(previous.how) && isPerson(previous.speaker) && fits(previous.speaker))
    return previous.speaker;
  const named = index.people
    .map((p) => ({ name: p.name, at: fold(before).lastIndexOf(fold(p.name.split(/\s+/).at(-1)!)) }))
    .filter((p) => p.at >= 0 && fits(p.name) && index.people.find((q) => q.name === p.name)?.person)
    .sort((a, b) => b.at - a.at)[0];
  if (named) return named.name;
  // Nobody named near it: the person the paragraphs before were quoting ('"Footfall is down," he said. // He said a survey …').
  const quotedBefore = carried.findLast((g) => fits(g.speaker));
  if (quotedBefore) return quotedBefore.speaker;
  if (index.main && fits(index.main) && !gender) return index.main;
  return index.people.find((p) => p.person && fits(p.name))?.name ?? (index.main && fits(index.main) ? index.main : undefined);
}

export interface SpeakerGuess {
  speaker: string;
  /** How the guess was made. */
  how: SpeakerHow;
}

/**
 * The sentence begins inside a quotation its paragraph opened before it: 'Dunmore said: "Our staff worked
 * hard. At no point did we close the department."' — the second sentence is still Dunmore's.
 */
function insideQuote(text: string, start: number): boolean {
  const before = text.slice(text.lastIndexOf('\n\n', start) + 1, start);
  const straight = before.split('"').length - 1;
  return straight % 2 === 1 || before.split('\u201C').length > before.split('\u201D').length;
}

/** The sentence opens with a quotation mark: quoted speech, whoever says it. */
function opensQuote(text: string): boolean {
  return /^[\s(]*["\u201C\u00AB]/.test(text);
}

/** "the minister" resolved to the named person whose title it is ("Interior Minister Paul Dessane"), if one is. */
function resolveRole(index: SpeakerIndex, role: string): string | undefined {
  const head = fold(role.split(/\s+/).at(-1)!);
  let found: string | undefined;
  for (const name of index.fullNames.values()) if (name.split(/\s+/).length >= 3 && fold(name).split(/\s+/).includes(head) && isPerson(name.split(/\s+/).slice(-2).join(' '))) found ??= name;
  return found;
}

/** The writer of a source, as a speaker. */
export function writerOf(source: Source): string {
  if (source.genre === 'opinion' || source.genre === 'blog') return source.author && source.author !== 'unknown' ? `${source.author} (the author)` : 'the author';
  if (source.genre === 'interview') return 'the interviewer';
  // An official statement speaks for the person who signs it ("a statement from the vice-chancellor", author: Professor
  // Helen Strand), or else for the body that issues it ("Sound Link Ferries"; "Hollinford County Council, report to …").
  if (source.genre === 'official' && source.author && source.author !== 'unknown') return source.author.replace(/^(?:Professor|Prof\.?|Dr\.?|Sir|Dame|Councillor|Cllr)\s+/, '');
  if (source.genre === 'official' && source.outlet) return source.outlet.split(',')[0]!.trim();
  return 'the reporter';
}

export function guessSpeaker(s: Sentence, index: SpeakerIndex, source: Source, previous?: SpeakerGuess, carried: readonly SpeakerGuess[] = []): SpeakerGuess {
  const text = s.text;
  const label = LABEL_RE.exec(text);
  if (label) {
    const name = cleanName(label[1]!);
    if (name) return { speaker: resolveLabel(index, name), how: 'label' };
  }
  // The rest of a transcript's turn: "Mbeki: We sent the divers back down. Three of the five piers are damaged."
  const turn = index.turnOf.get(s.block);
  if (turn) return { speaker: resolveLabel(index, turn), how: 'label' };
  if (index.answerBlocks.has(s.block) && index.main) return { speaker: index.main, how: 'interviewee' };
  const quoted = /[\u201C\u201D"]/.test(text);
  // The apposition first: in "Tom Rees, who chairs the Elm Park Swim Club, said …" the name before "said" is the club's.
  // The person of a body, unless an apposition opens earlier ("Kofi Brennan, 17, who travels to Orrington College from Mill Lane, said").
  const ofBody = NAME_OF_BODY_SAYS_RE.exec(text);
  const apposition = NAME_APPOSITION_SAYS_RE.exec(text);
  const ofPerson = ofBody && ofBody[1]!.includes(' ') && isPerson(ofBody[1]!) && (!apposition || ofBody.index < apposition.index) ? ofBody[1] : undefined;
  const named = ofPerson ?? apposition?.[1] ?? NAME_SAYS_RE.exec(text)?.[1] ?? SAYS_NAME_RE.exec(text)?.[1] ?? NAME_GAVE_RE.exec(text)?.[1] ?? NAME_ANSWER_RE.exec(text)?.[1];
  if (named) {
    const name = cleanName(named);
    if (name && /^\p{Lu}/u.test(name)) return { speaker: resolveName(index, name), how: quoted ? 'quoted' : 'attributed' };
  }
  const reported = REPORTED_THAT_NAME_RE.exec(text)?.[1];
  const person = reported ? cleanName(reported) : undefined;
  if (person && person.includes(' ') && isPerson(person)) return { speaker: `${resolveName(index, person)}, as reported`, how: 'according-to' };
  const according = ACCORDING_RE.exec(text)?.[1];
  if (according) {
    const name = cleanName(according);
    if (name) return { speaker: `${resolveName(index, name)}, as reported`, how: 'according-to' };
  }
  const accordingRole = ACCORDING_ROLE_RE.exec(text)?.[1];
  if (accordingRole) return { speaker: `${resolveRole(index, accordingRole) ?? accordingRole.replace(/['\u2019]$/, '')}, as reported`, how: 'according-to' };
  const pronoun = PRONOUN_SAYS_RE.exec(text);
  if (pronoun) {
    // The paragraph up to the pronoun, and the one before it: who was named last ("Tomasz Nowak is
    // station manager at the fire station. // 'Our engines weigh about 18 tonnes,' he said.").
    const thisParagraph = source.text.lastIndexOf('\n\n', s.start);
    const paragraphStart = (thisParagraph > 0 ? source.text.lastIndexOf('\n\n', thisParagraph - 1) : thisParagraph) + 1;
    const who = resolvePronoun(index, pronoun[1] ?? pronoun[2] ?? '', previous, source.text.slice(paragraphStart, s.start + pronoun.index), carried);
    if (who) return { speaker: who, how: 'pronoun' };
  }
  const group = GROUP_SAYS_RE.exec(text);
  if (group) return { speaker: `${group[1]!.toLowerCase()}, as reported`, how: 'group' };
  const org = ORG_CLAIMS_RE.exec(text);
  if (org) {
    const name = cleanName(org[1]!);
    if (name) return { speaker: `${resolveName(index, name)}, as reported`, how: 'organisation' };
  }
  const bodyRole = BODY_ROLE_SAYS_RE.exec(text);
  if (bodyRole) return { speaker: `${bodyRole[1]} ${bodyRole[2]}`, how: 'role' };
  const role = ROLE_SAYS_RE.exec(text);
  if (role && !/^(same|other|first|next|last|new|report|reporter|article|story)$/.test(role[1]!.split(/\s+/).at(-1)!)) {
    const named = resolveRole(index, role[1]!);
    return { speaker: named ?? `the ${role[1]!}, as reported`, how: 'role' };
  }
  // Quoted speech with no attribution of its own continues the quote before it ("…," Wu said. "Nobody is being laid off.").
  if ((opensQuote(text) || insideQuote(source.text, s.start)) && previous && (SPEAKING.has(previous.how) || previous.how === 'label' || previous.how === 'role'))
    return { speaker: previous.speaker, how: 'continued-quote' };
  return { speaker: writerOf(source), how: 'writer' };
}

/**
 * Every sentence's speaker. Besides what `guessSpeaker` reads in a sentence and the one before it in its paragraph,
 * a quotation is one person's from its first sentence to its last: '"We issued 9,020 PCNs in six months. That isn't a
 * cash machine," he said.' gives the first sentence to whoever the last one names; and a paragraph that is only a
 * quotation, with no one named, goes on quoting the person quoted last ('"Now there's a space," he said. //
 * "They've sold more permits than there are spaces."').
 */
export function guessSpeakers(sentences: readonly Sentence[], index: SpeakerIndex, source: Source): SpeakerGuess[] {
  const guesses: SpeakerGuess[] = [];
  const fromBefore = new Set<number>();
  let previous: SpeakerGuess | undefined;
  /** The people quoted since the writer last spoke in their own words, the latest last. */
  let carried: SpeakerGuess[] = [];
  sentences.forEach((s, i) => {
    if (i > 0 && s.paragraph !== sentences[i - 1]!.paragraph) previous = undefined;
    let guess = guessSpeaker(s, index, source, previous, carried);
    const last = carried.at(-1);
    if (guess.how === 'writer' && !previous && last && speechGoesOn(source.text, s)) {
      guess = { speaker: last.speaker, how: 'continued-quote' };
      fromBefore.add(i);
    } else if (guess.how !== 'writer') previous = guess;
    guesses.push(guess);
    if (SPEAKING.has(guess.how) && isPerson(guess.speaker)) carried = [...carried.filter((g) => g.speaker !== guess.speaker), guess];
    else if (guess.how !== 'writer' || !opensQuote(s.text)) carried = [];
  });
  for (let i = sentences.length - 2; i >= 0; i--) {
    const s = sentences[i]!;
    const next = sentences[i + 1]!;
    if ((guesses[i]!.how !== 'writer' && !fromBefore.has(i)) || next.paragraph !== s.paragraph || !SPEAKING.has(guesses[i + 1]!.how)) continue;
    if ((opensQuote(s.text) || insideQuote(source.text, s.start)) && insideQuote(source.text, next.start)) guesses[i] = { speaker: guesses[i + 1]!.speaker, how: 'continued-quote' };
  }
  return guesses;
}

/** The sentence is inside a quotation at its end, or opens one of more than a few words: speech, not a quoted title. */
function speechGoesOn(text: string, s: Sentence): boolean {
  if (!opensQuote(s.text) && !insideQuote(text, s.start)) return false;
  const quoted = /^[\s(]*["\u201C\u00AB]([^"\u201D\u00BB]*)/.exec(s.text)?.[1] ?? s.text;
  return quoted.split(/\s+/).length > 4;
}

/** The sex a first name or a courtesy title tells ("Karen", "Mr"), if the tagger's name lists or the title say. */
export function sexOf(word: string): 'm' | 'f' | undefined {
  if (/^(?:mr|sir|lord|father)$/i.test(word)) return 'm';
  if (/^(?:mrs|ms|miss|dame|lady|sister)$/i.test(word)) return 'f';
  const tags = new Set(nlp(word).json()[0]?.terms?.flatMap((t: { tags: string[] }) => t.tags) ?? []);
  return tags.has('FemaleName') && !tags.has('MaleName') ? 'f' : tags.has('MaleName') && !tags.has('FemaleName') ? 'm' : undefined;
}

/** Two speaker guesses name the same person (so their agreement is not independent): the same name, or one's surname in the other. */
export function sameSpeaker(a: string, b: string): boolean {
  const key = (s: string) => fold(s.replace(/, as reported$/, '').replace(/\s*\(the author\)$/, ''));
  const ka = key(a);
  const kb = key(b);
  if (ka === kb) return !/^(the reporter|the author|the interviewer)$/.test(ka);
  const wa = ka.split(/\s+/);
  const wb = kb.split(/\s+/);
  const surname = (w: string[], other: string[]) => w.length > 0 && w.at(-1)!.length > 1 && !/^(reporter|author|interviewer)$/.test(w.at(-1)!) && other.includes(w.at(-1)!);
  return surname(wa, wb) || surname(wb, wa);
}
