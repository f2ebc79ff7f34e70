/**
 * Speakers to suggest for a quote: the names found near it in its source, the attributed ones
 * first ("…, says Virginie Grzelczyk", "according to the KFA", an interview's "Name:" label),
 * then the others by distance, each written in full when the source names the person in full
 * elsewhere ("Cao" → "Alejandro Cao de Benos"), then speakers the pack already uses whose names
 * occur nearby, and "the reporter". Suggestions only: the author picks or types.
 */
import type { Source } from '../pack/types.ts';
import { paragraphs } from './selection.ts';

const PARTICLE = '(?:de|del|della|der|di|da|do|dos|du|la|le|van|von|y|bin|ibn|al|el)';
const CAP = "\\p{Lu}[\\p{L}\\p{M}'’-]+";
const NAME = `${CAP}(?:\\s+(?:${PARTICLE}\\s+)*${CAP}){0,4}`;
const SPEECH = '(?:says|said|claims|claimed|argues|argued|told|tells|explains|explained|adds|added|insists|insisted|recalls|recalled|states|stated|denies|denied|believes|writes|wrote|admits|admitted|maintains|notes|noted|asserts|asserted|reports|reported|estimates|estimated)';
const TITLES = '(?:(?:Mr|Mrs|Ms|Dr|Prof)\\.?\\s+)?';

const NAME_SAYS = new RegExp(`(${NAME}|\\p{Lu}{2,})\\s+(?:also |has |had |later |then |often )?${SPEECH}\\b`, 'gu');
// "said head librarian Omar Haddad": up to three lowercase words (a role) may stand before the name.
const SAYS_NAME = new RegExp(`\\b${SPEECH}\\s+${TITLES}(?:\\p{Ll}+\\s+){0,3}(${NAME}|\\p{Lu}{2,})`, 'gu');
// "Ruth Evans, who voted against the funding, said": a clause between the name and the verb.
const NAME_CLAUSE_SAYS = new RegExp(`(${NAME}),\\s[^,.;“”"]{1,80},\\s+${SPEECH}\\b`, 'gu');
const ACCORDING = new RegExp(`\\baccording to\\s+${TITLES}(?:the\\s+)?(${NAME}|\\p{Lu}{2,})`, 'gu');
const LABEL = new RegExp(`^(${NAME}):\\s`, 'u');
const ANY_NAME = new RegExp(`${NAME}|\\b\\p{Lu}{2,}\\b`, 'gu');

/** Capitalised words that begin sentences or name no one. */
const NOT_NAMES = new Set(
  `the a an this that these those it its in on at for and but or if when while he she they we i you his her their our my
  yes no so then there here what who why how which however although though after before since during meanwhile today
  yesterday last next first second third north south east west western eastern according some many most other as by
  with from to of not all one two three four five january february march april may june july august september october
  november december monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr prof q a`.split(/\s+/),
);

const WINDOW = 500;

/** Titles and roles written before a name ("Councillor Ruth Evans"): the speaker is the person. */
const TITLE_WORDS = new Set(
  `councillor councilman councilwoman mayor president minister senator governor professor prof dr mr mrs ms sir lord lady
  general captain judge chief director secretary chairman chairwoman chair spokesman spokeswoman spokesperson head
  librarian officer ambassador reverend father`.split(/\s+/),
);

function cleanName(raw: string): string | undefined {
  const words = raw.trim().split(/\s+/);
  while (words.length && (NOT_NAMES.has(words[0]!.toLowerCase()) || (TITLE_WORDS.has(words[0]!.toLowerCase().replace(/\.$/, '')) && words.length > 1))) words.shift();
  while (words.length && NOT_NAMES.has(words[words.length - 1]!.toLowerCase())) words.pop();
  const name = words.join(' ').replace(/['’]s$/, '');
  if (name.length < 2 || NOT_NAMES.has(name.toLowerCase())) return undefined;
  return name;
}

/** The fullest way the source writes each name, by each of its capitalised words. */
function fullForms(text: string): Map<string, string> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(ANY_NAME)) {
    const n = cleanName(m[0]);
    if (n && n.includes(' ')) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  const best = new Map<string, { name: string; score: number }>();
  for (const [name, c] of counts) {
    for (const w of name.split(/\s+/)) {
      if (!/^\p{Lu}/u.test(w)) continue;
      const score = c * 10 + name.length;
      const had = best.get(w);
      if (!had || score > had.score) best.set(w, { name, score });
    }
  }
  return new Map([...best].map(([w, v]) => [w, v.name]));
}

const formsCache = new WeakMap<object, Map<string, string>>();

export function suggestSpeakers(source: Source, span: { start: number; end: number }, knownSpeakers: readonly string[] = [], max = 6): string[] {
  const text = source.text;
  let forms = formsCache.get(source);
  if (!forms) {
    forms = fullForms(text);
    formsCache.set(source, forms);
  }
  const from = Math.max(0, span.start - WINDOW);
  const to = Math.min(text.length, span.end + WINDOW / 2);
  const windowText = text.slice(from, to);
  const scored = new Map<string, number>();
  const full = (name: string) => (name.includes(' ') ? name : (forms!.get(name) ?? name));
  const add = (raw: string, at: number, bonus: number) => {
    const n = cleanName(raw);
    if (!n) return;
    const name = full(n);
    // A lone capitalised word (a place, a weekday plural) is a name only when someone is said to say something, or an acronym.
    if (!name.includes(' ') && bonus < 2 && !/^\p{Lu}{2,}$/u.test(name)) return;
    // The writer is offered as "the reporter".
    if (source.author && name === source.author && bonus < 2) return;
    const distance = at < span.start ? span.start - at : at > span.end ? at - span.end : 0;
    const score = bonus - distance / WINDOW;
    scored.set(name, Math.max(scored.get(name) ?? -Infinity, score));
  };
  for (const re of [NAME_SAYS, SAYS_NAME, ACCORDING, NAME_CLAUSE_SAYS]) {
    for (const m of windowText.matchAll(re)) add(m[1]!, from + m.index + m[0].indexOf(m[1]!), 3);
  }
  // An interview: the label of the paragraph the quote is in, or of the last labelled one before it.
  for (const p of paragraphs(source)) {
    if (p.start > span.start) break;
    const label = LABEL.exec(text.slice(p.start, p.end));
    if (label) add(label[1]!, p.start, p.end >= span.start ? 4 : 2);
  }
  for (const m of windowText.matchAll(ANY_NAME)) {
    const at = from + m.index;
    if (at >= span.start && at < span.end) add(m[0], at, 1.5); // named in the quote itself
    else add(m[0], at, 1);
  }
  const nearby = windowText.toLowerCase();
  for (const k of knownSpeakers) {
    const last = k.trim().split(/\s+/).pop()?.toLowerCase();
    if (last && last.length > 2 && nearby.includes(last) && !scored.has(k)) scored.set(k, 0.5);
  }
  const out = [...scored].sort((a, b) => b[1] - a[1]).map(([n]) => n);
  // A name that is part of a fuller one already suggested says nothing more.
  const unique = out.filter((n, i) => !out.some((o, j) => j < i && o.includes(n)));
  const list = unique.slice(0, max - 1);
  if (!list.some((n) => n.toLowerCase() === 'the reporter')) list.push('the reporter');
  return list;
}

