/**
 * Round-two rules of the draft generator, each on small texts planted here (invented towns,
 * people and figures): clauses of long sentences, antonyms, counter-examples to "never" and
 * "everyone", and the candidate passages kept for the author.
 */
import { describe, expect, it } from 'vitest';
import { analyseSource, compareUnits, draftPack, EvidenceIndex, extractFigures, sameThing, type DraftItemExtension, type Signal, type Unit } from '../../src/core/draft/index.ts';
import { clausesOf } from '../../src/core/draft/clauses.ts';
import { validatePack, type Source } from '../../src/core/pack/index.ts';

let n = 0;
function source(text: string, published = '2031-02-01', outlet?: string): Source {
  n++;
  return { id: `r${n}-${published.slice(0, 4)}`, title: outlet ?? `Outlet ${n}`, outlet: outlet ?? `Outlet ${n}`, published, genre: 'news-report', text };
}
const spans = (text: string) => clausesOf(text).map((c) => text.slice(c.start, c.end));

describe('clauses of a long sentence', () => {
  const long =
    'The Velmar ferry company faces virtually no competition on the northern route \u2013 whilst a few fishermen have at times carried passengers to the islands (the harbour master says they need no licence to do so), the company has still raised its fares every spring since the bridge closed.';

  it('splits at a dash, around a parenthesis holding a clause, and before a comma that opens a new clause', () => {
    expect(spans(long)).toEqual([
      'The Velmar ferry company faces virtually no competition on the northern route',
      'whilst a few fishermen have at times carried passengers to the islands',
      'the harbour master says they need no licence to do so',
      'the company has still raised its fares every spring since the bridge closed.',
    ]);
    // Each clause is verbatim, and says whether it can be read alone.
    expect(clausesOf(long).map((c) => c.standalone)).toEqual([true, false, true, true]);
  });

  it('does not split a list, even one whose last item is followed by a verb', () => {
    const list = 'Shop owners, ferry pilots, fishermen, and the harbour master are in close agreement on the harsh winter that Velmar has just been through, and on what it cost the town.';
    expect(spans(list)).toHaveLength(1);
    expect(spans('For the council, a good town means housing, clean water, free schools, and a harbour that works every day of the year in all weathers.')).toHaveLength(1);
  });

  it('a short sentence is one clause', () => {
    expect(spans('The ferry left at noon, and the fishermen followed it.')).toEqual(['The ferry left at noon, and the fishermen followed it.']);
  });

  it('a clause reads its own denials: a negation does not reach into the next clause', () => {
    const [sentence, ...clauses] = analyseSource(source(long), 0, 0).units;
    expect(sentence!.clauses).toHaveLength(4);
    const [first, , , last] = clauses;
    expect(first!.negated.has('competit')).toBe(true);
    expect(last!.negated.size).toBe(0);
    expect(last!.text).toBe('the company has still raised its fares every spring since the bridge closed.');
    // A clause keeps the sentence's speaker and paragraph; one that cannot be read alone is never a quote.
    expect(clauses.every((c) => c.parent === sentence!.id && c.sentence === sentence!.sentence)).toBe(true);
    expect(clauses[1]!.score).toBe(0);
  });

  it('a draft quotes the clause, not the whole sentence, and shows a clause as evidence', () => {
    const a = source(long, '2031-02-01', 'Velmar Post');
    const b = source('The Velmar ferry company has raised its fares every spring since the bridge closed, the harbour master said.', '2031-03-01', 'Island Times');
    const { pack } = draftPack([a, b], { updated: '2031-06-01' });
    expect(validatePack(JSON.parse(JSON.stringify(pack))).errors).toEqual([]);
    expect(pack.items.some((i) => i.quote.text === long)).toBe(false);
    const fares = pack.items.find((i) => i.quote.source === b.id)!;
    expect(fares.evidence.some((e) => e.text === 'the company has still raised its fares every spring since the bridge closed.')).toBe(true);
  });
});

/** The signals between the first unit of `a` and the first of `b`, in a small corpus with filler. */
function signals(a: string, b: string): Signal[] {
  const ua = analyseSource(source(a), 0, 0).units;
  const ub = analyseSource(source(b), 1, ua.length).units;
  const filler = analyseSource(
    source('The weather was fine that week. Many people came to the market. The band played late into the night. Boats left the harbour at dawn. The school closed for the summer.'),
    2,
    ua.length + ub.length,
  ).units;
  const index = new EvidenceIndex([...ua, ...ub, ...filler] as Unit[]);
  return compareUnits(ua[0]!, ub[0]!, { index, months: [2031 * 12, 2031 * 12 + 1] }).signals;
}
const kinds = (s: Signal[]) => s.map((x) => `${x.polarity}:${x.kind}`);
/** The first figure of a text. */
const first = (text: string) => extractFigures(text)[0]!;
/** The conflicts between the first units of two texts. */
const conflicting = (a: string, b: string) => kinds(signals(a, b)).filter((k) => k.startsWith('conflict:'));

/** The conflicts between the first units of `a` and `b`, published on the given days (since 1970) of one month. */
function conflictsOnDays(a: string, b: string, days: [number, number], month: number): string[] {
  const ua = analyseSource(source(a), 0, 0).units;
  const ub = analyseSource(source(b), 1, ua.length).units;
  return kinds(compareUnits(ua[0]!, ub[0]!, { index: new EvidenceIndex([...ua, ...ub]), months: [month, month], days }).signals).filter((k) => k.startsWith('conflict:'));
}

/** The first unit of a text, as the draft reads it. */
const unitOf = (text: string) => analyseSource(source(text), 0, 0).units[0]!;
/** The unit of `text` whose text contains `part` (a table's row, say). */
const unitWith = (text: string, part: string) => analyseSource(source(text), 0, 0).units.find((u) => u.text.includes(part))!;

/** The conflicts between the unit of `a` that contains `part` and the first unit of `b`. */
function conflictingAt(a: string, part: string, b: string): string[] {
  const ua = analyseSource(source(a), 0, 0).units;
  const ub = analyseSource(source(b), 1, ua.length).units;
  const signals = compareUnits(ua.find((u) => u.text.includes(part))!, ub[0]!, { index: new EvidenceIndex([...ua, ...ub]), months: [2031 * 12, 2031 * 12 + 1] }).signals;
  return kinds(signals).filter((k) => k.startsWith('conflict:'));
}

/** Who the draft says speaks the first unit of `text` that contains `part`. */
const speakerOf = (text: string, part: string, genre: Source['genre'] = 'news-report') =>
  analyseSource({ ...source(text), genre }, 0, 0).units.find((u) => u.text.includes(part))!.speaker.speaker;

describe('antonyms: two ends of one scale', () => {
  it('an honorary role against a paid employee, said of the same person, conflict', () => {
    expect(kinds(signals('The post of harbour envoy is strictly honorary for Maren Volk, the ferry company says.', 'Maren Volk is the only paid employee of the Velmar harbour board.'))).toContain('conflict:opposite-ends');
  });

  it('a denied end is the other end: "not getting any smaller" says what "expanding" says', () => {
    const s = signals('The Velmar landfill sites are expanding every year, inspectors report.', 'Meanwhile the landfill sites near Velmar are not getting any smaller.');
    expect(kinds(s)).toContain('agreement:same-end');
    expect(s.find((x) => x.kind === 'same-end')!.scale).toMatchObject({ name: 'size', quote: 'expanding', other: 'smaller' });
  });

  it('the same end in the same word, said of the same thing, agrees: "the harbour water is safe" twice', () => {
    expect(kinds(signals('Water in the north harbour of Velmar is not affected and is safe for swimming.', 'The north harbour of Velmar is safe, the council says.'))).toContain('agreement:same-end');
    expect(kinds(signals('Water in the north harbour of Velmar is safe for swimming.', 'The old bridge to the south pier is safe, the council says.'))).not.toContain('agreement:same-end');
  });

  it('the two ends said of different things are no conflict', () => {
    // "plan" is in both, but what rises is class sizes and what is reduced is staffing.
    expect(kinds(signals('Board member Ada Roe, who voted against the Velmar plan, said class sizes would rise.', 'The Velmar plan reduces staffing by retirements, the board says.')).filter((k) => k.startsWith('conflict'))).toEqual([]);
  });
});

describe('interview answers', () => {
  const interview = (qa: string) => ({ ...source(qa), genre: 'interview' as const });
  const qa = [
    'Velmar Radio spoke to the harbour master, Ida Brenn.',
    'Do you believe the new harbour wall is safe for ferries?\nYes, I do.',
    'Was the ferry fleet cut last spring?\nNo, not at all.',
    'What about the night ferries?\nNo, you are mistaking this with what happened in the storm of 2029, when all ferries stopped.',
    'It is well known that the harbour board pays its members large bonuses every winter. But the board says it is poor?\nThis is false. Board members receive nothing beyond their travel costs.',
  ].join('\n\n');

  it('a plain "yes" asserts what was asked, a plain "no" denies it, a "no" with its own account does neither', () => {
    const units = analyseSource(interview(qa), 0, 0).units;
    const yes = units.find((u) => u.text.endsWith('Yes, I do.'))!;
    expect(yes.affirmed.has('safe')).toBe(true);
    const no = units.find((u) => u.text.endsWith('No, not at all.'))!;
    expect(no.stronglyNegated.has('fleet')).toBe(true);
    const account = units.find((u) => u.text.includes('you are mistaking'))!;
    expect(account.negated.has('night')).toBe(false);
  });

  it('an answer that says "This is false." rejects the statement just before it, and the draft shows the two as disputed', () => {
    const units = analyseSource(interview(qa), 0, 0).units;
    const answer = units.find((u) => u.text.includes('This is false.'))!;
    const statement = units.find((u) => u.text.startsWith('It is well known'))!;
    expect(answer.rejects).toEqual([statement.id]);
    const other = source('The Velmar harbour board has six members and meets every month in the old customs house.');
    const { pack } = draftPack([interview(qa), other], { updated: '2031-06-01' });
    const item = pack.items.find((i) => i.quote.text.startsWith('It is well known'))!;
    expect(item.verdict).toBe('disputed');
    const reason = (item.extensions!.draft as DraftItemExtension).evidence.find((e) => e.stance === 'contradicts')!;
    expect(reason.signal).toBe('rejected');
  });
});

describe('names and places', () => {
  it('an organisation meets its initials', () => {
    const [u] = analyseSource(source('She joined the Velmar Ferry Workers Association in 2020.'), 0, 0).units;
    expect(u!.names.has('vfwa')).toBe(true);
    expect(u!.terms).toContain('vfwa');
    // Two capitalised words are a person or a place, not initials.
    expect(analyseSource(source('Ida Brenn joined the board in 2020 after years at sea.'), 0, 0).units[0]!.names.has('ib')).toBe(false);
  });

  it('a denial said of one place is not answered by a passage about no place', () => {
    const none = 'There is no mobile phone signal in Velmar, the harbour master says.';
    expect(kinds(signals(none, 'There are many reviews of the mobile phone signal on travel websites, and most are angry.')).filter((k) => k.startsWith('conflict'))).toEqual([]);
    expect(kinds(signals(none, 'Ferry passengers in Velmar use the mobile phone signal from the island mast every day.'))).toContain('conflict:denial');
  });

  it('a flat denial is a quote however short', () => {
    const units = analyseSource(source('Velmar has no prisoners. The town council said so in March, after the inspection of the old fort.'), 0, 0).units;
    expect(units[0]!.text).toBe('Velmar has no prisoners.');
    expect(units[0]!.score).toBeGreaterThan(0);
  });
});

describe('passages kept for the author', () => {
  it('ranked passages beyond those shown go to extensions.draft.candidates, verbatim, never into evidence', () => {
    const quote = source('The Velmar lighthouse keeper, Ola Sand, says the lamp has never failed in forty winters of storms.', '2031-01-10', 'Velmar Post');
    const others = [
      'Ola Sand has kept the Velmar lighthouse lamp through forty winters, the harbour board says.',
      'Storms at Velmar put the lighthouse lamp out twice in the winter of 2029, fishermen recall.',
      'The Velmar lighthouse lamp was replaced with a new lamp after the winter storms of 2029.',
      'Winter storms at Velmar damaged the lighthouse lamp house in 2027, the board reported.',
      'Fishermen say the Velmar lighthouse keeper knows every winter storm by its sound.',
      'The lamp of the Velmar lighthouse can be seen twenty miles out in a winter storm.',
    ].map((t, i) => source(t, `2031-0${i + 2}-01`, `Outlet ${i}`));
    const sources = [quote, ...others];
    const { pack } = draftPack(sources, { updated: '2031-06-01', maxEvidence: 2, candidateEvidence: 4 });
    expect(validatePack(JSON.parse(JSON.stringify(pack))).errors).toEqual([]);
    const item = pack.items.find((i) => i.quote.source === quote.id)!;
    expect(item.evidence.length).toBeLessThanOrEqual(2);
    const ext = item.extensions!.draft as DraftItemExtension;
    expect(ext.candidates?.length).toBeGreaterThan(0);
    expect(ext.candidates!.length).toBeLessThanOrEqual(4);
    for (const c of ext.candidates!) {
      expect(sources.find((s) => s.id === c.source.id)!.text).toContain(c.text);
      expect(item.evidence.some((e) => e.text === c.text)).toBe(false);
    }
    // A candidate is a passage the rules found, not a blank: it says why, and with which stance.
    expect(ext.candidates!.every((c) => ['contradicts', 'supports', 'context'].includes(c.stance) && c.why)).toBe(true);
  });

  it('a sentence a source says twice is shown once', () => {
    const a = source('The Velmar ferry carried 41,000 passengers in 2030, the company says.', '2031-02-01', 'Velmar Post');
    const said = 'The Velmar ferry carried 38,000 passengers in 2030.';
    const b = source(`${said} Fares rose in the spring.\n\nThe harbour board met in May. ${said}`, '2031-03-01', 'Island Times');
    const { pack } = draftPack([a, b], { updated: '2031-06-01' });
    expect(validatePack(JSON.parse(JSON.stringify(pack))).warnings.filter((w) => /repeats a passage/.test(w.message))).toEqual([]);
    const item = pack.items.find((i) => i.quote.source === a.id)!;
    expect(item.evidence.filter((e) => e.text === said)).toHaveLength(1);
  });

  it('candidateEvidence 0 keeps none', () => {
    const a = source('The Velmar ferry left at noon every day in May, the company says.');
    const b = source('The Velmar ferry left at noon every day in May, passengers confirm.');
    const { pack } = draftPack([a, b], { updated: '2031-06-01', candidateEvidence: 0 });
    expect(pack.items.every((i) => !(i.extensions!.draft as DraftItemExtension).candidates)).toBe(true);
  });
});

describe('what a sentence denies', () => {
  const read = (text: string) => analyseSource(source(text), 0, 0).units[0]!;

  it('nothing inside a condition is denied or asserted', () => {
    const u = read('There are no problems for the ferry, provided that the captains do not carry cargo at night.');
    expect(u.negated.has('problem')).toBe(true);
    expect(u.negated.has('cargo')).toBe(false);
    expect(u.affirmed.has('cargo')).toBe(false);
    expect(read('If the fishermen go back home, everything at the Velmar harbour will be solved.').affirmed.has('home')).toBe(false);
  });

  it('"none are as … as" compares, and denies nothing', () => {
    const u = read('Of all the harbours on this coast, none are as dangerous and crowded as the harbour of Velmar.');
    expect(u.negated.has('danger')).toBe(false);
    expect(u.affirmed.has('danger')).toBe(true);
    expect(kinds(signals('Of all the harbours on this coast, none are as dangerous and crowded as the harbour of Velmar.', 'Sailors call the Velmar harbour the most dangerous on the coast.')).filter((k) => k.startsWith('conflict'))).toEqual([]);
  });

  it('a topic word names its topic without denying it: food stamps are no hunger', () => {
    expect(
      kinds(signals('Not a single person in Velmar is suffering from hunger this winter, the mayor says.', 'The Velmar town hall hands out food stamps to every family this winter.')).filter((k) => k.startsWith('conflict')),
    ).toEqual([]);
    expect(kinds(signals('Not a single person in Velmar is suffering from hunger this winter, the mayor says.', 'Many families in Velmar are suffering from hunger this winter, the food bank says.'))).toContain('conflict:denial');
  });
});

describe('who and where a denial is about', () => {
  it('a speaker denying something of themselves is answered only by a passage about them', () => {
    const denial = '\u201cI have never received a single cent from the Velmar ferry company,\u201d said Ola Sand.';
    expect(kinds(signals(denial, 'Every ferry pilot receives a salary from the Velmar ferry company, the union says.')).filter((k) => k.startsWith('conflict'))).toEqual([]);
    expect(kinds(signals(denial, 'Ola Sand received a salary from the Velmar ferry company for ten years, its accounts show.'))).toContain('conflict:denial');
  });

  it('a place is named as the place ("in Velmar"), not as a part of another word', () => {
    const none = 'There is no mobile phone signal in North Velmar, the harbour master says.';
    expect(kinds(signals(none, 'Reviews of the mobile phone signal by North Velmarian sailors are angry.')).filter((k) => k.startsWith('conflict'))).toEqual([]);
  });

  it('a capitalised word of a concept is a word, not a name: "no Internet" denies the internet', () => {
    const u = analyseSource(source('As far as I know, in Velmar there is no Internet as we conceive it.'), 0, 0).units[0]!;
    expect(u.stronglyNegated.has('@internet')).toBe(true);
  });
});

describe('figures that count different things (faults the round-two held-out corpora showed)', () => {
  it('a span of years is a date, not a count', () => {
    expect(extractFigures('The town spent $2.4 million on the harbour wall between 2029 and 2030.').map((f) => f.text)).toEqual(['$2.4 million']);
  });

  it('different things happen to what each counts: workers are not seats, spending is not a guarantee', () => {
    expect(kinds(signals('About 1,200 people work at the Velmar arena on match days, the club says.', 'The Velmar arena seats 32,000 people, the council says.')).filter((k) => k.startsWith('conflict'))).toEqual([]);
    expect(kinds(signals('The Velmar council spent $18.4 million on roads around the arena.', 'The Velmar council has guaranteed a $40 million loan for the arena.')).filter((k) => k.startsWith('conflict'))).toEqual([]);
  });

  it('verbs that only give a level or a change do not make two figures different things', () => {
    expect(kinds(signals('The Velmar ferry pass will stay at $75 a month, the company says.', 'The Velmar ferry pass will rise to $80 a month, the council says.'))).toContain('conflict:figures-differ');
  });

  it('years of two different events of one mill are no conflict', () => {
    expect(kinds(signals('The Velmar paper mill, which opened in 1951, will close in June, the owners said.', 'The state fined the Velmar paper mill in November 2032, the owners said.')).filter((k) => k.startsWith('conflict'))).toEqual([]);
  });
});

describe('speakers (faults the round-two held-out corpora showed)', () => {
  const speakerOf = (text: string, genre: Source['genre'] = 'news-report') => analyseSource({ ...source(text), genre }, 0, 0).units[0]!.speaker;

  it('an apposition that names a body does not take the speaker from the person before it', () => {
    expect(speakerOf('Ida Brenn, who chairs the Velmar Rowing Club, said the club would train at the lake.').speaker).toBe('Ida Brenn');
  });

  it('a name, an apposition, then the verb', () => {
    expect(speakerOf('Harbour pilot Ola Sand, who has worked at the port for 22 years, said the new wall had cracked.').speaker).toBe('Ola Sand');
    expect(speakerOf('Ida Brenn has repeatedly said that the wall is safe for every ferry.').speaker).toBe('Ida Brenn');
  });

  it('in an interview whose answers carry no name, the person it names most answers', () => {
    const text = [
      'We asked the harbour master, Ida Brenn, about the new wall.',
      'Is the wall finished?\nNot yet. The last stones go in next month.',
      'Who paid for it?\nThe town paid for all of it.',
      'Is it safe?\nIt is safe for every ferry that uses the port.',
    ].join('\n\n');
    const units = analyseSource({ ...source(text), genre: 'interview' }, 0, 0).units;
    expect(units.find((u) => u.text.includes('The town paid for all of it'))!.speaker.speaker).toBe('Ida Brenn');
  });
});

describe('denials bound to a predicate and a day (faults the round-three held-out corpus showed)', () => {
  it('"and" before a new verb ends a denial: "is not affected and is safe to drink"', () => {
    const u = analyseSource(source('Water in the west of Velmar is not affected and is safe to drink, the utility says.'), 0, 0).units[0]!;
    expect(u.negated.has('affect')).toBe(true);
    expect(u.affirmed.has('safe')).toBe(true);
    expect(u.negated.has('safe')).toBe(false);
  });

  it('a denial said of one day is not answered by a passage about another day', () => {
    const none = 'Records show that no water samples were taken in Velmar in the week of March 14.';
    expect(kinds(signals(none, 'Tests on March 28 found bacteria in two of the water samples taken in Velmar.')).filter((k) => k.startsWith('conflict'))).toEqual([]);
    expect(kinds(signals(none, 'Inspectors say water samples were taken in Velmar on March 14 as usual.'))).toContain('conflict:denial');
  });
});

describe('figures that count different things (faults the round-four held-out corpus and the round-two ones showed)', () => {
  const conflictsOf = (a: string, b: string) => kinds(signals(a, b)).filter((k) => k.startsWith('conflict'));

  it('the same noun qualified differently by both counts different things: primary schools are not secondary schools', () => {
    expect(conflictsOf('Reading classes at the 14 primary schools of Velmar will start in May, the board says.', 'The three secondary schools of Velmar keep their reading classes, the board says.')).toEqual([]);
    // A part of something ("all 14 of Velmar's primary schools") counts the noun after "of".
    expect(extractFigures("Pupils from all 14 of Velmar's primary schools will read at the library.")[0]).toMatchObject({ unit: ['school'], modifiers: ['primari'] });
    // One qualified, the other not: they may still count the same thing.
    expect(conflictsOf('Reading classes at the 14 primary schools of Velmar will start in May, the board says.', 'Reading classes at the 9 schools of Velmar will start in May, the board says.')).toContain('conflict:figures-differ');
  });

  it('the same thing counted in different years is two counts, not one told twice', () => {
    expect(conflictsOf('The Velmar museum had 41,000 visitors in 2029, its annual report says.', 'The Velmar museum had 58,000 visitors in 2034, its annual report says.')).toEqual([]);
    expect(conflictsOf('The Velmar museum had 41,000 visitors in 2029, its annual report says.', 'The Velmar museum had 58,000 visitors in 2029, the council says.')).toContain('conflict:figures-differ');
  });

  it('a noun another figure counts is not what this one counts: "40 jobs for 300 people" is not a staff of 25', () => {
    expect(conflictsOf('"They say everyone keeps a job, but there are 40 jobs for 300 people," she said.', 'The clinic will keep the night ward open, with a staff of about 25.')).toEqual([]);
  });

  it('sums of different kinds differ: a profit is not a fine', () => {
    expect(conflictsOf('According to filings with the county, the brewery made a profit of $2.6 million in 2030.', 'The county fined the brewery $1.1 million last year for dumping waste into the river.')).toEqual([]);
  });

  it('the same sum named as the same kind of sum agrees, even with no other shared word', () => {
    expect(kinds(signals('The county fined the Velmar brewery $0.9 million last spring for polluting the river.', 'Inspectors fined Harrow Brewing $0.9 million in April 2030.'))).toContain('agreement:same-figure');
  });

  it('different things done to the same noun: families served are not families turned away', () => {
    expect(conflictsOf('The Velmar pantry now serves about 700 families a week, its director says.', 'In June the Velmar pantry turned away about 30 families in one week, volunteers say.')).toEqual([]);
  });
});

describe('which related passages are shown (ranking, at most four passages)', () => {
  const background = [
    'The Velmar ferry crosses the bay six times a day.',
    'Ola Sand was born in Velmar and has lived there all her life.',
    'The Velmar ferry will stop running after forty years, the council confirmed.',
    'Tickets for the Velmar ferry are sold at the harbour office.',
  ];

  it('"X said Y" finds passages about Y before passages about X', () => {
    const quote = source('The ferry will stop running in May, Ola Sand told reporters.');
    const other = source(background.join('\n\n'), '2031-03-01');
    const { pack } = draftPack([quote, other], { updated: '2031-06-01' });
    const item = pack.items.find((i) => i.quote.text.startsWith('The ferry will stop'))!;
    expect(item.evidence[0]!.text).toContain('will stop running after forty years');
  });

  it('an item with nothing flagged shows three related passages, other voices before the speaker again, and never more than four', () => {
    const quote = source('Evening crossings on the Velmar ferry will be cut in winter, Ola Sand said.');
    const own = source('Ola Sand said the ferry crossings in the evening had always been her favourite.', '2031-02-10');
    const others = ['Evening crossings of the Velmar ferry were popular in summer.', 'Winter storms often stop the Velmar ferry crossings.', 'The Velmar ferry crossings in the evening carry few passengers.', 'The weather in Velmar was mild all week.'].map((t, i) => source(t, `2031-0${3 + i}-01`));
    const { pack } = draftPack([quote, own, ...others], { updated: '2031-06-01' });
    const item = pack.items.find((i) => i.quote.text.startsWith('Evening crossings on the Velmar ferry'))!;
    const ext = item.extensions!.draft as DraftItemExtension;
    expect(ext.evidence.map((r) => [r.why, r.speaker])).toEqual([['related', 'the reporter'], ['related', 'the reporter'], ['related', 'the reporter']]);
    // Her own words, though more related, wait among the author's candidates.
    expect(ext.candidates?.[0]?.text).toContain('had always been her favourite');
    for (const i of pack.items) expect(i.evidence.length).toBeLessThanOrEqual(4);
  });
});

describe('one day told twice (a fault the round-four held-out corpus showed)', () => {
  it('the same day and the same event in two sources agree; the same day alone does not', () => {
    expect(kinds(signals('The Velmar library will reopen on October 3 after its new roof is finished.', 'The Velmar library reopens on October 3 with a new roof.'))).toContain('agreement:same-date');
    expect(kinds(signals('The Oct. 3 storm reached Velmar at 6:40 a.m., before the ferries sailed.', 'The storm that flooded the Velmar harbour on Oct. 3 sank two boats.'))).not.toContain('agreement:same-date');
  });
});

describe('phrasal verbs and dismissals', () => {
  it('"laid off" is a layoff: denied against layoff notices, but not against posts cut through retirements', () => {
    expect(kinds(signals('"Nobody at the Velmar hospital is being laid off," the director said.', 'Nine nurses at the Velmar hospital received layoff notices in May, the union says.'))).toContain('conflict:denial');
    expect(kinds(signals('"Nobody at the Velmar hospital is being laid off," the director said.', 'The Velmar hospital plan reduces staffing by 12 positions, all through retirements.')).filter((k) => k.startsWith('conflict'))).toEqual([]);
  });
});

describe('negated verbs of disregard or doubt', () => {
  it('"one cannot ignore that …", "no one can deny that …" assert what follows', () => {
    const read = (text: string) => analyseSource(source(text), 0, 0).units[0]!;
    const u = read('One cannot ignore that the Velmar harbour has flooded twice this year.');
    expect(u.negated.has('flood')).toBe(false);
    expect(u.affirmed.has('flood')).toBe(true);
    expect(read('No one can deny that the Velmar harbour has flooded twice this year.').negated.has('flood')).toBe(false);
    expect(read('The Velmar harbour has not flooded this year.').negated.has('flood')).toBe(true);
  });
});

describe('a person denying something of themselves, and another passage naming them', () => {
  const pair = (said: string, other: string) => {
    const ua = analyseSource(source(said), 0, 0).units;
    const ub = analyseSource(source(other), 1, ua.length).units;
    const filler = analyseSource(source('The weather was fine that week. Many people came to the market. The band played late into the night. Boats left the harbour at dawn. The school closed for the summer.'), 2, ua.length + ub.length).units;
    const index = new EvidenceIndex([...ua, ...ub, ...filler] as Unit[]);
    const denial = ua.find((u) => u.text.includes('I have never'))!;
    return kinds(compareUnits(denial, ub[0]!, { index, months: [2031 * 12, 2031 * 12 + 1] }).signals);
  };
  const interview = 'Mira Tallis runs the Velmar harbour office. "I have never been paid a single cent for my work on the lighthouse, the beacons, the buoys, the tide charts or the pilots since I started," she said.';
  const long = (name: string) =>
    `The post of harbour envoy, which ${name} has held since the ferry company of Velmar and the port board set it up in 2024 after long talks with the council and the unions about the new quay and its cranes and the night ferries, is honorary and brings no income to ${name.split(' ')[1]}, whose day job is teaching music at the Velmar school for girls.`;

  it('"I have never been paid a single cent" agrees with a long passage that, naming her, denies her any income', () => {
    expect(pair(interview, long('Mira Tallis'))).toContain('agreement:same-denial');
    // Naming someone else, it says nothing of her.
    expect(pair(interview, long('Ola Sand'))).not.toContain('agreement:same-denial');
  });
});

describe('a description of a document is that document again', () => {
  it('"the report shows …" in a blog, beside the official report itself, is context, not a second source', () => {
    const report = { ...source('Spending on harbour repairs in 2030 was $412,000, of which $90,000 went on the north quay.', '2031-03-01', 'Velmar Harbour Board'), title: 'Annual report of the Velmar Harbour Board, 2030', genre: 'official' as const };
    const blog = source('I read the harbour board\u2019s accounts so you do not have to.\n\nThe annual report shows that spending on harbour repairs in 2030 was $412,000.\n\nIt also shows $90,000 spent on the north quay.', '2031-04-01', "Ida Brenn's blog");
    const { pack } = draftPack([report, blog], { updated: '2031-06-01' });
    expect(validatePack(JSON.parse(JSON.stringify(pack))).errors).toEqual([]);
    const item = pack.items.find((i) => i.quote.source === report.id && i.quote.text.startsWith('Spending on harbour repairs'))!;
    expect(item.verdict).toBe('claim');
    const ext = item.extensions!.draft as DraftItemExtension;
    expect(ext.evidence.some((r) => r.why === 'same-document')).toBe(true);
    expect(item.evidence.find((e) => e.source === blog.id)?.note).toBe('This and the quote come from the same document, so it is not a second source.');
    expect(item.explanation).toContain('both come from the same document');
    const fromBlog = pack.items.find((i) => i.quote.text.startsWith('It also shows $90,000'));
    if (fromBlog) expect(fromBlog.verdict).toBe('claim');
  });
});

describe('round five: faults the round-three and round-four held-out corpora showed', () => {
  /** The signals between the unit of `a` holding `fromA` and the unit of `b` holding `fromB`, in a small corpus with filler. */
  const between = (a: Source, fromA: string, b: Source, fromB: string) => {
    const ua = analyseSource(a, 0, 0).units;
    const ub = analyseSource(b, 1, ua.length).units;
    const filler = analyseSource(source('The weather was fine that week. Many people came to the market. The band played late into the night. Boats left the harbour at dawn. The school closed for the summer.'), 2, ua.length + ub.length).units;
    const index = new EvidenceIndex([...ua, ...ub, ...filler] as Unit[]);
    const x = ua.find((u) => u.text.includes(fromA))!;
    const y = ub.find((u) => u.text.includes(fromB))!;
    expect(x, fromA).toBeDefined();
    expect(y, fromB).toBeDefined();
    return kinds(compareUnits(x, y, { index, months: [2031 * 12, 2031 * 12 + 1] }).signals);
  };
  const interview = (text: string, outlet?: string) => ({ ...source(text, '2031-02-01', outlet), genre: 'interview' as const });
  const radio = interview(
    [
      'Velmar Radio spoke to councillor Ida Brenn about the harbour baths.',
      'How long will the baths be closed?\nWe now expect the work to take 16 weeks.',
      'Was anyone in Velmar made ill by the water?\nNo. Not a single case of illness has been linked to the water.',
      'Why do the ferries stop at night?\nThere are many reasons, I cannot list them all. But the main one is that the harbour lights are too weak for night crossings.',
      'Is the harbour still a good place to work?\nYes. The ferry company pays well, and the cranes are new.',
    ].join('\n\n'),
    'Velmar Radio',
  );

  it('"not a single case of illness" denies the illness outright, against a passage that links one to the water', () => {
    const herald = source('Two residents told the Herald that a doctor had linked their stomach illness to the tap water.', '2031-02-03', 'The Velmar Herald');
    expect(between(radio, 'Not a single case of illness', herald, 'Two residents')).toContain('conflict:denial');
    const denial = analyseSource(radio, 0, 0).units.find((u) => u.text.includes('Not a single case'))!;
    expect([...denial.stronglyNegated]).toEqual(expect.arrayContaining(['case', 'ill', '@illness']));
  });

  it('a passage that gives the other outlet as its source is that report again, not a second source', () => {
    const herald = source('Two residents told the Herald that a doctor had linked their stomach illness to the tap water.\n\nThe harbour baths opened in 1988.', '2031-02-03', 'The Velmar Herald');
    const again = source('The Herald reports two residents who say a doctor linked their stomach illness to the tap water.\n\nThe ferry to Osk runs twice a day.', '2031-02-05', 'Velmar Weekly');
    const { pack } = draftPack([herald, again], { updated: '2031-06-01' });
    const item = pack.items.find((i) => i.quote.source === herald.id && i.quote.text.startsWith('Two residents'))!;
    expect(item.verdict).toBe('claim');
    const reason = (item.extensions!.draft as DraftItemExtension).evidence.find((r) => r.source.id === again.id)!;
    expect(reason).toMatchObject({ why: 'same-document', stance: 'context' });
    // Without the citation, the same words from another outlet's own reporting corroborate.
    const own = source('Two residents say a doctor linked their stomach illness to the tap water, the Weekly has learned.\n\nThe ferry to Osk runs twice a day.', '2031-02-05', 'Velmar Weekly');
    const { pack: second } = draftPack([herald, own], { updated: '2031-06-01' });
    expect(second.items.find((i) => i.quote.source === herald.id && i.quote.text.startsWith('Two residents'))!.verdict).toBe('verified-fact');
  });

  it('a length of time given as a new estimate conflicts with the first one; two lengths of different things do not', () => {
    const notice = { ...source('The harbour baths will be closed for 10 weeks.\n\nSwimming lessons will move to Osk for 16 weeks.', '2031-01-20', 'Velmar Council'), genre: 'official' as const };
    expect(between(notice, 'closed for 10 weeks', radio, 'We now expect')).toContain('conflict:figure-revised');
    expect(between(notice, 'Swimming lessons', radio, 'We now expect')).not.toContain('conflict:figure-revised');
    const plain = source('The repairs to the harbour baths will take 16 weeks.', '2031-02-03');
    expect(between(notice, 'closed for 10 weeks', plain, 'The repairs').filter((k) => k.startsWith('conflict'))).toEqual([]);
  });

  it('a short answer that says little alone is quoted whole with its question; one that stands alone is not', () => {
    const { pack } = draftPack([radio, source('The harbour lights of Velmar were replaced in 2029 and are bright enough for night crossings, the port board says.', '2031-02-03')], { updated: '2031-06-01' });
    expect(validatePack(JSON.parse(JSON.stringify(pack))).errors).toEqual([]);
    const whole = pack.items.find((i) => i.quote.text.startsWith('Why do the ferries stop at night?'))!;
    expect(whole.quote.text).toBe('Why do the ferries stop at night?\nThere are many reasons, I cannot list them all. But the main one is that the harbour lights are too weak for night crossings.');
    expect(pack.items.filter((i) => i.quote.text.includes('But the main one'))).toHaveLength(1);
    const units = analyseSource(radio, 0, 0).units;
    // "We now expect the work to take 16 weeks." says enough with its question.
    expect(units.some((u) => u.wholeAnswer && u.text.includes('16 weeks'))).toBe(false);
    // A whole answer is a quote, never evidence: its sentences are.
    const index = new EvidenceIndex(units.filter((u) => !u.wholeAnswer));
    expect(index.units.every((u) => !u.wholeAnswer)).toBe(true);
  });

  it('"I suffered a lot", said of oneself, does not answer "not a single person suffering" said of others', () => {
    // Two interviews with Ida Brenn (three questions make an interview): her answers are hers.
    const asked = (qa: string) => interview(['Velmar Radio spoke to Ida Brenn.', 'Where do you live?\nIn the old harbour house.', 'Do you like the new quay?\nVery much.', qa].join('\n\n'));
    const them = asked('Is anyone hungry in Velmar today?\nNow nobody is hungry in all of Velmar, because the town feeds everyone.');
    const self = asked('Were your student years hard?\nI was hungry for years when I lived in Velmar as a student.');
    expect(between(them, 'nobody is hungry', self, 'I was hungry')).not.toContain('conflict:denial');
    const others = source('Many families in Velmar are hungry this winter, the food bank says.', '2031-02-03');
    expect(between(them, 'nobody is hungry', others, 'Many families')).toContain('conflict:denial');
  });

  it('what a privative word governs is missing, through a list, and a privative inside a denial asserts', () => {
    const units = analyseSource(source('Amnesty says restrictions on speech, travel and assembly are ongoing in Velmar. No one will be left without an option, the mayor said.'), 0, 0).units;
    const restricted = units.find((u) => u.text.startsWith('Amnesty'))!;
    for (const t of ['speech', 'travel', 'assembl']) expect(restricted.negated.has(t), t).toBe(true);
    const option = units.find((u) => u.text.startsWith('No one'))!;
    expect(option.negated.has('option')).toBe(false);
  });

  it('an interviewer\u2019s request without a question mark is a question, and an acronym is not the stop word it spells', () => {
    const talk = interview(
      [
        'Ida Brenn has been the harbour envoy of Velmar since 2024.',
        'How did you start?\nI worked as an IT consultant in Osk for ten years before the port board asked me to come home.',
        'Do you travel abroad?\nOften, to Osk and to the US, where the port board has friends.',
        'Was the harbour wall built in 2024?\nYes.',
        'In Osk, Velmar is widely regarded as the poorest port on the coast, with the weakest lights, the oldest cranes and the slowest ferries of the whole northern route. I would like to know your version.',
        'Those who say so have never seen our harbour at night, when the new lights are on.',
      ].join('\n\n'),
    );
    const units = analyseSource(talk, 0, 0).units;
    const regarded = units.find((u) => u.text.startsWith('In Osk, Velmar is widely regarded'))!;
    expect(regarded.speaker.speaker).toBe('the interviewer');
    const answer = units.find((u) => u.text.startsWith('Those who say so'))!;
    expect(answer.speaker.how).toBe('interviewee');
    const it = units.find((u) => u.text.includes('IT consultant'))!;
    expect(it.terms).toContain('IT');
    expect(units.find((u) => u.text.includes('to the US'))!.terms).toContain('US');
    expect(units.every((u) => !u.terms.includes('it'))).toBe(true);
  });
});

describe('round five: faults the blind run of the round-five corpus showed', () => {
  const figuresOf = (text: string) => extractFigures(text).map((f) => ({ value: f.value, unit: f.unit, part: !!f.part }));

  it('a part of a whole counts the noun after the whole, and is the same thing only as another part', () => {
    expect(figuresOf('Scour has damaged two of the bridge\u2019s five piers.')).toEqual([
      { value: 2, unit: ['pier'], part: true },
      { value: 5, unit: ['pier'], part: false },
    ]);
    const [two, five] = extractFigures('Scour has damaged two of the bridge\u2019s five piers.');
    const [three] = extractFigures('Three of the five piers are damaged, not two.');
    expect(sameThing(two!, three!)).toBe(true);
    expect(sameThing(two!, five!)).toBe(false);
    const [whole] = extractFigures('The roof rests on 32 steel beams.');
    const [nine] = extractFigures('Engineers found cracks in nine of the 32 steel beams.');
    expect(sameThing(nine!, whole!)).toBe(false);
  });

  it('one unit of two things measured is not one measure: a 26-tonne lorry is not an 18-tonne engine', () => {
    const [engine] = extractFigures('Our engines weigh about 18 tonnes, so they will go round by Millgate.');
    const [lorry] = extractFigures('Since then our flour has come in a van instead of the supplier\u2019s usual 26-tonne lorry.');
    expect(sameThing(engine!, lorry!)).toBe(false);
    const [limit] = extractFigures('Lorries over 7.5 tonnes may not cross the bridge.');
    const [again] = extractFigures('The bridge is closed to lorries over 7.5 tonnes.');
    expect(sameThing(limit!, again!)).toBe(true);
  });

  it('every sentence of a transcript\u2019s turn is its speaker\u2019s, and a name before a long apposition or a pronoun after the paragraph that names them speaks', () => {
    const talk = {
      ...source(
        [
          'Ida Brenn, Velmar\u2019s harbour master, spoke to Ola Sand on Velmar Radio.',
          'Sand: How is the new quay?',
          'Brenn: It opened on Monday. Three of the five cranes work, not two.',
          'Sand: And the ferries?',
          'Brenn: They run every hour. Nobody told us the old quay was unsafe.',
          'Sand: Will it last?',
          'Brenn: For fifty years at least.',
        ].join('\n\n'),
      ),
      genre: 'interview' as const,
    };
    const units = analyseSource(talk, 0, 0).units;
    expect(units.find((u) => u.text.startsWith('Three of the five cranes'))!.speaker.speaker).toBe('Ida Brenn');
    expect(units.find((u) => u.text.startsWith('Nobody told us'))!.speaker.speaker).toBe('Ida Brenn');
    const report = source(
      'Gareth Owusu, operations manager at Velmar Buses, which runs both routes, said the detour would add 12 minutes.\n\nTomasz Nowak is station manager at the Quay Street fire station.\n\n\u201cOur engines will go round by the old bridge,\u201d he said.',
    );
    const sentences = analyseSource(report, 0, 0).units;
    expect(sentences.find((u) => u.text.startsWith('Gareth Owusu'))!.speaker.speaker).toBe('Gareth Owusu');
    expect(sentences.find((u) => u.text.includes('Our engines'))!.speaker.speaker).toBe('Tomasz Nowak');
  });

  it('in one article, a person\u2019s denial against what someone else asserts there conflicts; the article\u2019s shared topic alone does not', () => {
    const article = source(
      [
        'The Velmar harbour wall has been closed since Monday.',
        'Harbour master Ida Brenn told the Herald that the board had never been warned about the state of the wall.',
        'A 2029 report by the engineers Sand & Lee, obtained by the Herald, warned that the wall was cracking and recommended closing it within a year.',
        'No employee will be laid off, Brenn said.',
        'The board reduces its staff by 25 positions, all through retirements.',
      ].join('\n\n'),
      '2031-02-01',
      'The Velmar Herald',
    );
    const other = source('The ferry to Osk runs twice a day from the new quay.', '2031-02-03');
    const { pack } = draftPack([article, other], { updated: '2031-06-01' });
    expect(validatePack(JSON.parse(JSON.stringify(pack))).errors).toEqual([]);
    const denial = pack.items.find((i) => i.quote.text.includes('never been warned'))!;
    expect(denial.verdict).toBe('disputed');
    expect(denial.evidence.find((e) => e.stance === 'contradicts')).toMatchObject({ source: article.id });
    expect(denial.evidence.find((e) => e.stance === 'contradicts')!.text).toContain('warned that the wall was cracking');
    // "No employee will be laid off" and "reduces its staff by 25 positions" share only the concept of a job.
    const units = analyseSource(article, 0, 0).units;
    const index = new EvidenceIndex([...units, ...analyseSource(other, 1, units.length).units]);
    const noLayoff = units.find((u) => u.text.startsWith('No employee'))!;
    const staffing = units.find((u) => u.text.startsWith('The board reduces'))!;
    expect(compareUnits(noLayoff, staffing, { index, months: [0, 0] }).signals).toEqual([]);
  });
});

describe('round six: faults the blind run of the round-six corpus showed', () => {

  it('a rate is not a total, and people picked out by "who" are not all of them', () => {
    const week = first('The ferry brings about 300 passengers a week to Velmar.');
    const month = first('The harbour handled 6,200 passengers in January.');
    const anotherWeek = first('Some 310 passengers a week now arrive by ferry.');
    expect(week.per).toBe('week');
    expect(sameThing(week, month)).toBe(false);
    expect(sameThing(week, anotherWeek)).toBe(true);
    const some = first('The log records 23 passengers who waited more than two hours.');
    expect(some.subset).toBe(true);
    expect(sameThing(some, month)).toBe(false);
  });

  it('a promised number is an earlier one, a wished-for one is supposed, neither is stated', () => {
    expect(extractFigures('Only eight of the promised 12 berths would open this month.').find((f) => f.value === 12)!.role).toBe('earlier');
    expect(first('I would rather open eight berths safely than more berths badly.').role).toBe('supposed');
    expect(first('It will be eight berths by the end of February.').role).toBe('stated');
  });

  it('a figure a named place has is of that place: a passage that never names it speaks of something else', () => {
    const ward = first('Larch Ward, which cares for older patients, has 28 beds.');
    expect(ward.owner).toEqual(['larch', 'ward']);
    const talk = source('Larch Ward, which cares for older patients, has 28 beds.\n\nThe ferry to Osk runs twice a day.');
    const other = source('It will be eight beds by the end of February, the trust said.\n\nThe weather was fine that week.');
    const named = source('Larch Ward now has only 20 beds, the nurses say.\n\nThe weather was fine that week.');
    const ua = analyseSource(talk, 0, 0).units;
    const ub = analyseSource(other, 1, ua.length).units;
    const uc = analyseSource(named, 2, ua.length + ub.length).units;
    const index = new EvidenceIndex([...ua, ...ub, ...uc]);
    const compare = (x: Unit, y: Unit) => kinds(compareUnits(x, y, { index, months: [0, 0, 0] }).signals);
    expect(compare(ua[0]!, ub[0]!)).not.toContain('conflict:figures-differ');
    expect(compare(ua[0]!, uc[0]!)).toContain('conflict:figures-differ');
  });

  it('"In January, 78 percent" is a figure, not a day of January; a limit of time agrees on nothing', () => {
    expect(first('In January, 78 percent of patients were seen within four hours.')).toMatchObject({ kind: 'percent', value: 78 });
    const pair = (x: string, y: string) => {
      const ua = analyseSource(source(`${x}\n\nThe ferry to Osk runs twice a day.`), 0, 0).units;
      const ub = analyseSource(source(`${y}\n\nThe weather was fine that week.`), 1, ua.length).units;
      return kinds(compareUnits(ua[0]!, ub[0]!, { index: new EvidenceIndex([...ua, ...ub]), months: [0, 0] }).signals);
    };
    expect(pair('In January, 78 percent of patients were seen within four hours.', 'Board papers show that 71 percent of patients in January were seen within four hours.')).toContain('conflict:figures-differ');
    expect(pair('No patient waited more than 12 hours in the ward in January.', 'The log records 23 patients who spent more than 12 hours in the ward in January.')).not.toContain('agreement:same-figure');
    expect(pair('The water was restored within three days of the storm.', 'Running water returned within three days of the storm.')).toContain('agreement:same-figure');
  });

  it('"the 2nd of March", "2 March" and "March 2" are one day', () => {
    const centre = source('A new urgent treatment centre will open on March 2 at 18 Quay Road.\n\nThe ferry to Osk runs twice a day.');
    const again = source('The new urgent treatment centre on Quay Road opens on the 2nd of March.\n\nThe weather was fine that week.');
    const ua = analyseSource(centre, 0, 0).units;
    const ub = analyseSource(again, 1, ua.length).units;
    const index = new EvidenceIndex([...ua, ...ub]);
    expect(kinds(compareUnits(ua[0]!, ub[0]!, { index, months: [0, 0] }).signals)).toContain('agreement:same-date');
  });
});

describe('none against some (round six)', () => {
  // Patients, hours, the ward and January in every other sentence, as in a hospital's news: no one word says what is denied.
  const ward = [
    'Patients like the new clinic.', 'Patients wait in the hall for hours.', 'The ward caf\u00e9 opens at nine in January.', 'Every patient in the ward gets a card.',
    'A patient choir sings on Fridays in January.', 'Nurses work long hours in the Larch ward.', 'The Larch ward was painted in January.', 'Visits last two hours.',
  ].join('\n\n');
  const pair = (x: string, y: string) => {
    const ua = analyseSource(source(`${x}\n\n${ward}`), 0, 0).units;
    const ub = analyseSource(source(`${y}\n\n${ward}`), 1, ua.length).units;
    return kinds(compareUnits(ua[0]!, ub[0]!, { index: new EvidenceIndex([...ua, ...ub]), months: [0, 0] }).signals);
  };

  it('"more than 12 hours" bounds a quantity: "no patient waited more than 12 hours" is a denial, not a comparison', () => {
    const [u] = analyseSource(source('No patient waited more than 12 hours in the ward in January.'), 0, 0).units;
    expect(u!.stronglyNegated.has('patient')).toBe(true);
    const [cmp] = analyseSource(source('No one is more loyal than the harbour master.'), 0, 0).units;
    expect(cmp!.negated.size).toBe(0);
  });

  it('"no patient" against a count of patients said the same of, in the same ward and month, conflict', () => {
    expect(pair('No patient waited more than 12 hours in the Larch ward in January.', 'The log records 23 patients who spent more than 12 hours in the Larch ward in January.')).toContain('conflict:denial');
    // A count of the same thing said of something else is no answer.
    expect(pair('No patient waited more than 12 hours last winter.', 'The ferry carried 23 patients to the island clinic last spring.')).not.toContain('conflict:denial');
  });
});

describe('round seven: faults the blind run of the round-seven corpus showed', () => {

  it('tonnes of one thing are not tonnes of another, a restated figure keeps what it counts, and "a week" after the thing is still a rate', () => {
    const food = first('The company collects about 70 tonnes of food waste a week.');
    expect(food).toMatchObject({ material: ['food', 'wast'], per: 'week' });
    const [total, weekly] = extractFigures('Crews collected about 4,200 tonnes of blue-bin recycling over the six months, or roughly 160 tonnes a week.').filter((f) => f.unit[0] === 'tonn');
    expect(weekly!.material).toEqual(total!.material);
    expect(sameThing(food, weekly!)).toBe(false);
    expect(sameThing(food, first('Crews now collect some 90 tonnes of food waste a week.'))).toBe(true);
  });

  it('counts over different spans of time are different counts', () => {
    const six = first('Crews collected about 4,200 tonnes of blue-bin recycling over the six months.');
    const nine = first('Crews collected 380 tonnes of blue-bin recycling between August 12 and August 21.');
    expect(six.span).toBe('over the six months');
    expect(nine.span).toBe('august 12 to august 21');
    expect(sameThing(six, nine)).toBe(false);
  });

  it('what a named place has ("Eastfield\u2019s roughly 1,100 homes") is of that place', () => {
    // The members are the association's (round twenty-eight), not Eastfield's.
    expect(first('The association has 260 members among Eastfield\u2019s roughly 1,100 homes.').owner).toEqual(['associ']);
    expect(extractFigures('The association has 260 members among Eastfield\u2019s roughly 1,100 homes.')[1]!.owner).toEqual(['eastfield']);
  });

  it('all of them, told as a plain total, are not those who did something', () => {
    const all = first('Every one of the district\u2019s 18,400 households now has a blue bin.');
    const some = first('About 6,900 households have signed up for a garden waste bin.');
    expect(all.all).toBe(true);
    expect(sameThing(all, some)).toBe(false);
    // Two counts of the same schools, each doing something, may still be one count told twice.
    expect(sameThing(first('All 11 of Velmar\u2019s primary schools will close on Friday.'), first('The town\u2019s 11 primary schools will close on Friday.'))).toBe(true);
  });

  it('a name before an apposition that opens with another name\u2019s possessive speaks', () => {
    const units = analyseSource(source('Craig Whitlow, GreenLoop\u2019s depot manager, told the Courier that his crews miss fewer than one bin in every thousand.'), 0, 0).units;
    expect(units[0]!.speaker.speaker).toBe('Craig Whitlow');
  });
});

describe('round eight: faults the blind run of the two round-eight corpora showed', () => {

  it('"255 of the homes" is a part of them; "all 11 of the schools" is all of them', () => {
    expect(first('The press release said 255 of the homes would be affordable.').part).toBe(true);
    expect(first('Pupils from all 11 of Velmar\u2019s primary schools will swim at Osk.').part).toBeUndefined();
    expect(sameThing(first('The press release said 255 of the homes would be affordable.'), first('The plan is for a new neighbourhood of 850 homes.'))).toBe(false);
    // "Nearly a third of it, 12 hectares" is a part of the 38-hectare site.
    expect(sameThing(first('The site covers 38 hectares.'), first('Nearly a third of it, 12 hectares, will be kept as parkland.'))).toBe(false);
    expect(sameThing(first('The site covers 38 hectares.'), first('The whole site is 40 hectares, the council says.'))).toBe(true);
  });

  it('a qualified count below an unqualified one is a part of it; above it, the same thing told differently', () => {
    expect(sameThing(first('The offer is 170 affordable homes.'), first('The plan is for 850 homes on the edge of town.'))).toBe(false);
    expect(sameThing(first('The trust promised 12 extra beds by the end of February.'), first('It will be eight beds by the end of February.'))).toBe(true);
  });

  it('a change is not a level, and a sum for each thing is not a sum', () => {
    const added = first('The new homes would add about 410 vehicles to Kelby Road in the morning peak hour.');
    const counted = first('Our survey counted about 1,150 vehicles on Kelby Road in the morning peak hour.');
    expect(added.change).toBe(true);
    expect(sameThing(added, counted)).toBe(false);
    const each = first('That works out at about $48,000 for each of the homes.');
    expect(each.per).toBe('home');
    expect(sameThing(each, first('The first homes would go on sale from $385,000.'))).toBe(false);
  });
});

describe('round nine: faults the blind run of the round-nine corpus showed', () => {

  it('words that only say a sum is a cost say nothing of which sum; a cost is not a grant', () => {
    expect(sameThing(first('A day ticket cost $40.'), first('A weekend pass cost $95.'))).toBe(false);
    expect(sameThing(first('The organisers paid $48,000 towards the cost of policing the event.'), first('The full cost to the force was about $131,000.'))).toBe(false);
    const [, stage] = extractFigures('Ticket sales brought in $1.07 million, and the festival cost about $1.3 million to stage.');
    expect(sameThing(stage!, first('The grant for this year\u2019s festival was $75,000.'))).toBe(false);
    // Two costs of the same ticket are one cost told twice.
    expect(sameThing(first('A day ticket cost $40.'), first('A day ticket now costs $45.'))).toBe(true);
  });

  it('a long apposition before "said" still names the speaker', () => {
    const [u] = analyseSource(source('Councillor Peter Vance, who chairs the council\u2019s culture and leisure committee and has represented the Riverside ward since 2036, said the grant was $60,000.'), 0, 0).units;
    expect(u!.speaker.speaker).toBe('Councillor Peter Vance');
  });
});

describe('round ten: faults the blind run of the round-ten corpus showed', () => {

  it('a number after a noun names one of the things, and so do the rest of its list', () => {
    expect(extractFigures('Routes 6, 19, 22 and 25 have not run since that date.')).toEqual([]);
    expect(extractFigures('On Monday the Route 14 bus arrived at Quarrybrook Primary, and passengers at Gate 12 and in room 101 waited.')).toEqual([]);
    // Counts before their noun are still counts, also after a capitalised word that is not a noun.
    expect(extractFigures('Only 40 drivers turned up, and Brightway runs 27 routes.').map((f) => f.value)).toEqual([40, 27]);
    expect(extractFigures('About 600 of them are primary pupils.').map((f) => f.value)).toEqual([600]);
    // A measure after its scale noun is measured, not named: "a magnitude 7.1 earthquake".
    expect(first('A magnitude 7.1 earthquake struck the coast.').kind).toBe('measure');
  });

  it('a clock time the tagger leaves as a number is no figure; minutes are a duration', () => {
    expect(extractFigures('The bus reached the school at 9.40am, 55 minutes late.').map((f) => [f.value, f.kind])).toEqual([[55, 'duration']]);
    expect(extractFigures('The first bus leaves at 7 a.m. every day.')).toEqual([]);
  });

  it('what happens to a part is said of the whole it is taken from', () => {
    const [, whole] = extractFigures('Since September 11, Brightway has stopped running four of the 27 routes.');
    expect(whole!.value).toBe(27);
    expect(sameThing(whole!, first('Officers recommend that the committee asks Brightway to restore the four routes by October 2.'))).toBe(false);
    // All of the routes, counted as run, are still the same routes.
    expect(sameThing(whole!, extractFigures('Our fleet of 38 buses runs 27 routes.')[1]!)).toBe(true);
  });

  it('a company that employs or runs a number of things owns them: another company\u2019s drivers are other drivers', () => {
    expect(first('Dunmore employed 52 drivers on the Hollinford contract, according to its former depot manager.').owner).toEqual(['dunmor']);
    expect(first('Brightway now employs 41 drivers, 12 of whom have joined since August.').owner).toEqual(['brightwai']);
    expect(kinds(signals('Dunmore employed 52 drivers on the Hollinford contract, according to its former depot manager.', 'Brightway now employs 41 drivers, 12 of whom have joined since August.'))).not.toContain('conflict:figures-differ');
    // The same company's drivers, counted twice, do conflict.
    expect(kinds(signals('Brightway now employs 41 drivers, 12 of whom have joined since August.', 'Brightway employs 29 drivers on the contract, council records show.'))).toContain('conflict:figures-differ');
  });
});

describe('round eleven: faults the blind run of the round-eleven corpus showed', () => {

  it('a phone number or a code is no count', () => {
    expect(extractFigures('Passengers can call our customer line on 01632 960 471 between 8am and 6pm.')).toEqual([]);
    expect(extractFigures('Fill in form 0457 and send it with 12 receipts.').map((f) => f.value)).toEqual([12]);
  });

  it('"90 of them" is a part of a whole named before, and not another count', () => {
    const [ninety] = extractFigures('Around 90 of them travel to the mainland for work each day.');
    expect(ninety!.part).toBe(true);
    expect(sameThing(ninety!, extractFigures('By February 9 the council had received 430 applications for travel compensation, not 340.')[1]!)).toBe(false);
  });

  it('a clause runs past a number that names and on to its verbs', () => {
    expect(first('In January, 84 sailings on Route 2 were cancelled.').actions).toEqual(['cancel']);
    expect(first('The Herald reported that 126 sailings on the Inchmore ferry route were cancelled in January.').actions).toContain('cancel');
    // Sailings cancelled are not sailings scheduled.
    expect(sameThing(first('In January, 434 sailings were scheduled.'), first('The Herald reported that 126 sailings on the Inchmore ferry route were cancelled in January.'))).toBe(false);
    // A list of verbs is read whole: treated and admitted / admitted, transferred or discharged are one measure.
    expect(first('In January, 78 percent of patients in the emergency department were treated and admitted or sent home within four hours.').actions).toEqual(expect.arrayContaining(['treat', 'admit']));
  });

  it('"430, not 340" and "the figure of 340 … was wrong" withdraw the 340', () => {
    const [four30, three40] = extractFigures('By February 9 the council had received 430 applications for travel compensation, not 340.');
    expect([four30!.role, three40!.role, three40!.replacedBy]).toEqual(['stated', 'retracted', 0]);
    expect(first('Correction: the figure of 340 applications for travel compensation given to the Herald on February 9 was wrong.').role).toBe('retracted');
    expect(kinds(signals('Tomasz Reilly said the council had received 340 applications for travel compensation.', 'By February 9 the council had received 430 applications for travel compensation, not 340.'))).toContain('conflict:figure-revised');
  });

  it('what a ship can carry is that ship\u2019s, for every figure of its list; the route\u2019s ships are not the company\u2019s', () => {
    const [people, cars] = extractFigures('The Whinnet can carry 96 passengers and 12 cars.');
    expect([people!.owner, cars!.owner]).toEqual([['whinnet'], ['whinnet']]);
    expect(kinds(signals('The Whinnet can carry 96 passengers and 12 cars.', 'The Corran can carry 180 passengers and 28 cars.'))).not.toContain('conflict:figures-differ');
    expect(first('Islanders say the larger of the route\u2019s two ships broke down last month.').owner).toEqual(['rout']);
    // The town's schools are the place's own: a passage about the town need not name it.
    expect(first('Swimming lessons for the town\u2019s 11 primary schools will move to Carlow.').owner).toBeUndefined();
  });

  it('a denial said of one cause is not answered by a count that gives no cause', () => {
    const denial = 'Sound Link says no sailing was cancelled because of a shortage of crew.';
    expect(kinds(signals(denial, 'In January, 84 sailings on Route 2 were cancelled.'))).not.toContain('conflict:denial');
    expect(kinds(signals(denial, 'Sound Link records show 22 sailings were cancelled because of a shortage of crew.'))).toContain('conflict:denial');
  });

  it('an interview\u2019s introduction says who answers; the writer\u2019s paragraph after it, naming them, is no answer', () => {
    const text = [
      'Sound Link Ferries, which runs the route, says 84 sailings were cancelled. Sound Link says none was cancelled for lack of crew, and Sound Link says the ship is safe.',
      'Declan Moir, 44, has worked as a deckhand on the Whinnet since 2039. He spoke to the Examiner in Port Tallis.',
      'How bad was January?',
      'On at least six days in January the Whinnet stayed tied up because there was nobody to sail her.',
      'Is that true?',
      'It is not. The Whinnet needs seven crew to sail, and on those days we had five, sometimes four, which is not enough.',
      'What would fix it?',
      'A second ship that works, and proper contracts for the people who sail her, and a gearbox that is not thirty years old.',
      'Asked about Moir\u2019s account, Gavin Tait, a spokesman for Sound Link, said the company stood by its figures and did not comment on its staff. He said the company would answer the union\u2019s letter by the end of the month.',
    ].join('\n\n');
    const units = analyseSource({ ...source(text), genre: 'interview' }, 0, 0).units;
    const who = (s: string) => units.find((u) => u.text.includes(s))!.speaker.speaker;
    expect(who('nobody to sail her')).toBe('Declan Moir');
    expect(who('Gavin Tait')).toBe('Gavin Tait');
  });

  it('a possessive of several words in an apposition; an official statement speaks for the body that issues it', () => {
    const [u] = analyseSource(source('Rhona Ferrie, Sound Link\u2019s managing director, said no sailing had been cancelled.'), 0, 0).units;
    expect(u!.speaker.speaker).toBe('Rhona Ferrie');
    const statement = { ...source('We expect the Corran to return to service on February 24.', '2047-02-12', 'Sound Link Ferries'), genre: 'official' as const };
    expect(analyseSource(statement, 0, 0).units[0]!.speaker.speaker).toBe('Sound Link Ferries');
  });
});

describe('round eight, again: the false conflicts its two corpora still showed', () => {

  it('a place "of" its homes, and a builder of homes, own them; two owners are two things', () => {
    expect(first('Greyfold Homes today published its plans for Ashcombe Fields, a new neighbourhood of 850 homes.').owner).toEqual(['ashcomb', 'field']);
    // The owner is the builder's name, not the homes it has built.
    expect(first('Greyfold Homes has built more than 14,000 homes across the region since 1987.').owner).toEqual(['greyfold']);
    expect(kinds(signals('Greyfold Homes today published its plans for Ashcombe Fields, a new neighbourhood of 850 homes on the western edge of Tessington.', 'Tessington has about 9,200 homes, so Ashcombe Fields would add roughly 9 per cent.'))).not.toContain('conflict:figures-differ');
  });

  it('"Of the 850 homes, 255 will be affordable": a part, qualified by what is said of it', () => {
    const [whole, part] = extractFigures('Of the 850 homes, 255 will be affordable, 30 per cent of the total.');
    expect([part!.unit, part!.modifiers, part!.part]).toEqual([['home'], ['afford'], true]);
    const offer = first('A revised viability assessment offers 170 affordable homes.');
    expect(sameThing(part!, offer)).toBe(true);
    expect(sameThing(whole!, offer)).toBe(false);
  });

  it('a clock time given as a range of hours is no count', () => {
    expect(extractFigures('Volunteers counted about 1,150 vehicles on Kelby Road between 8 and 9 in the morning.').map((f) => f.value)).toEqual([1150]);
  });

  it('a denial bounded by a time, or of a loss, is answered only by a passage of that time, or of a loss', () => {
    expect(kinds(signals('The inspector, Rosalind Achebe, is not expected to decide the appeal before the summer.', 'The inquiry was held before Rosalind Achebe, the inspector appointed to decide the appeal.'))).not.toContain('conflict:denial');
    const denial = '"No member of staff will lose their job as a result of this change," the council leader said.';
    expect(kinds(signals(denial, 'The branch has seven members of staff, and every job there is a full-time one.'))).not.toContain('conflict:denial');
    expect(kinds(signals(denial, 'Two members of staff will lose their job as a result of this change, the union says.'))).toContain('conflict:denial');
  });

  it('"set" says nothing of what is set: "no money set aside" is not denied by "set out a worst case"', () => {
    expect(kinds(signals('We understand the county has no money set aside for the new road bridge.', 'She said the assessment set out a worst case if the county insisted on money for the road bridge.'))).not.toContain('conflict:denial');
  });
});

describe('round twelve: faults the blind run of the round-twelve corpus showed', () => {

  it('passages that name different things of one kind by number count different things', () => {
    expect(kinds(signals('Line 1, which opened in 2031, carried an average of 41,000 passengers a day in 2046.', 'The authority forecasts that Line 2 will carry 26,000 passengers a day in 2046.'))).not.toContain('conflict:figures-differ');
    // The same line, counted twice, does conflict.
    expect(kinds(signals('Line 1, which opened in 2031, carried an average of 41,000 passengers a day in 2046.', 'Line 1 carried an average of 33,000 passengers a day in 2046, the audit found.'))).toContain('conflict:figures-differ');
  });

  it('a sum spent by a day is not the whole sum', () => {
    expect(first('By February 28, the authority had spent $287 million on the line.').toDate).toBe(true);
    expect(sameThing(first('By February 28, the authority had spent $287 million on the line.'), first('Sarkis said the line would cost $395 million in total.'))).toBe(false);
  });

  it('a length of something named is not a length of something else', () => {
    expect(first('But 3.2 kilometres of overhead wire has still to be put up.').material).toEqual(['overhead', 'wire']);
    expect(sameThing(first('Line 2 will run for 11.4 kilometres between Harbour Square and Fenwick.'), first('But 3.2 kilometres of overhead wire has still to be put up.'))).toBe(false);
  });

  it('the whole a part is taken from is all of them: not those that did something', () => {
    const [, whole] = extractFigures('Nine of the 14 trams are at Fenwick Yard already.');
    expect(whole!.all).toBe(true);
    expect(sameThing(whole!, first('The report says three trams failed brake tests in January.'))).toBe(false);
  });

  it('"The Gazette reported that Helen Sarkis … had put the cost at": her account, as reported', () => {
    const [u] = analyseSource(source('The Gazette also reported that Helen Sarkis, the authority\u2019s director of capital projects, had put the line\u2019s total cost at $395 million.'), 0, 0).units;
    expect(u!.speaker).toMatchObject({ speaker: 'Helen Sarkis, as reported', how: 'according-to' });
  });
});

describe('round nine, again: a count over some days is not a count of one of them', () => {
  it('"29,640 entries from Friday to Sunday" is not "Saturday, with 12,310 entries"', () => {
    const all = first('Scanner records show 29,640 entries from Friday to Sunday.');
    const saturday = first('The busiest day was Saturday, with 12,310 entries.');
    expect([all.span, saturday.span]).toEqual(['friday to sunday', 'saturday']);
    expect(sameThing(all, saturday)).toBe(false);
    expect(sameThing(all, first('The council says scanner records show 27,000 entries from Friday to Sunday.'))).toBe(true);
  });
});

describe('round thirteen: faults the blind run of the two round-thirteen corpora showed', () => {

  it('a temperature is measured in degrees, not counted', () => {
    expect([first('The lowest temperature recorded that night was 9C.').kind, first('The lowest temperature recorded that night was 9C.').unit]).toEqual(['measure', ['degre']]);
    expect(first('The thermometer read eleven degrees when I came in.').kind).toBe('measure');
    expect(sameThing(first('The zoo keeps 612 animals of 91 species.'), first('The lowest temperature recorded that night was 9C.'))).toBe(false);
  });

  it('a target, a limit or a need is a norm, compared only with norms', () => {
    expect(first('Our target, set by the Water Standards Office, is 35 megalitres a day.').role).toBe('norm');
    expect(first('Those animals need at least 24 hours of light.').role).toBe('norm');
    expect(conflicting('Leakage from our pipes averaged 38 megalitres a day in the year to March 2047.', 'The regulator set Marrowfield a target of 35 megalitres a day for leakage in the year to March 2047.')).toEqual([]);
    // Two targets that differ do conflict.
    expect(conflicting('The regulator set Marrowfield a target of 35 megalitres a day for leakage.', 'Marrowfield says its leakage target is 45 megalitres a day, set by the regulator.')).toContain('conflict:figures-differ');
  });

  it('what a ban will save, or how much smaller something is, is a change, not a level', () => {
    expect(first('The ban will save up to 20 megalitres a day.').change).toBe(true);
    expect(first('The inspectors say it is still 120 square metres smaller than it should be.').change).toBe(true);
    const units = analyseSource({ ...source(['Rayner: How much water will the ban save?', 'Mallory: Up to 20 megalitres a day, we think.', 'Rayner: Is that enough?', 'Mallory: No.', 'Rayner: Why?', 'Mallory: It is hot.'].join('\n\n')), genre: 'interview' }, 0, 0).units;
    expect(units.find((u) => u.text.includes('Up to 20'))!.figures[0]!.change).toBe(true);
    // So too in a whole answer quoted with its question.
    const qa = ['How much water will the ban save?', 'Up to 20 megalitres a day, we think. On the hottest days people water their gardens in the evening, and that is when demand peaks.', 'Is that enough?', 'It will have to be, until the autumn rain comes and the reservoir begins to fill again.', 'And the leaks?', 'We are replacing the oldest mains first, street by street, across the whole valley.'].join('\n\n');
    const whole = analyseSource({ ...source(qa), genre: 'interview' }, 0, 0).units.find((u) => u.wholeAnswer && u.text.includes('Up to 20'))!;
    expect(whole.figures[0]!.change).toBe(true);
  });

  it('a figure dated in another year than the article\u2019s own time is of another time', () => {
    expect(first('In 2040 the zoo employed 41 full-time keepers.').inYears).toEqual([2040]);
    expect(first('Four animals have died at the zoo so far in 2043.').years).toEqual([2043]);
    const then = analyseSource(source('In 2040 the zoo employed 41 full-time keepers, the inspectors found.', '2043-05-19'), 0, 0).units;
    const now = analyseSource(source('On the day of the inspection, the zoo employed 27 full-time keepers.', '2043-05-21'), 1, then.length).units;
    const index = new EvidenceIndex([...then, ...now]);
    const months = [2043 * 12 + 4, 2043 * 12 + 4];
    expect(compareUnits(then[0]!, now[0]!, { index, months }).signals.filter((s) => s.polarity === 'conflict')).toEqual([]);
    // Without a time of its own ("The correct figure is fourteen"), an undated figure may be of any year.
    expect(first('The correct figure is fourteen animals.').current).toBeUndefined();
  });

  it('what a place has or holds, and the base of a share, are all of them; those that lacked something are some', () => {
    expect(first('The village has about 1,150 homes.').all).toBe(true);
    expect(first('The zoo keeps 612 animals of 91 species.').all).toBe(true);
    expect(extractFigures('Fourteen deaths among 612 animals is a little over two percent.')[1]!.all).toBe(true);
    expect(first('About 200 homes in Elmstead had no running water from July 9.').subset).toBe(true);
    expect(sameThing(first('The zoo keeps 612 animals of 91 species.'), first('The stock records show that 14 animals died at the zoo in 2043.'))).toBe(false);
  });

  it('a thing named by number, or a place "of" a size, owns its figure', () => {
    expect(first('Enclosure 12 measures 380 square metres, below the standard.').owner).toEqual(['enclosur', '12']);
    expect(first('Last year the zoo opened a new meerkat yard of 150 square metres.').owner).toEqual(['meerkat', 'yard']);
    expect(conflicting('Enclosure 12 measures 380 square metres, below the standard for red pandas.', 'Paddock 7, which holds the three giraffes, measures 2,400 square metres, within the standard.')).toEqual([]);
    expect(conflicting('Enclosure 12 measures 380 square metres, below the standard for red pandas.', 'Last year the zoo opened a new meerkat yard of 150 square metres, within the standard.')).toEqual([]);
    // Another enclosure, unnamed, is not Enclosure 12: its number must be spoken of too.
    expect(conflicting('Enclosure 12 measures 380 square metres, below the standard for red pandas.', 'The new red panda enclosure measures 500 square metres, the standard for red pandas.')).toEqual([]);
  });

  it('spans: since a year, this year, a typical day, a date named before the figure', () => {
    expect(first('We have replaced 310 kilometres of water main since 2040.').span).toBe('since 2040');
    expect(first('We will replace about 60 kilometres of main this year.').span).toBe('this year');
    expect(first('On a normal summer day we put about 290 megalitres into supply.').span).toBe('normal summer day');
    expect(first('On the hottest day of the summer so far, July 16, our customers used 342 megalitres of water.').span).toBe('july 16');
    expect(sameThing(first('We have replaced 310 kilometres of water main since 2040.'), first('We will replace about 60 kilometres of main this year.'))).toBe(false);
  });

  it('rates: so many for each one of something, and the basis of a rate', () => {
    expect(first('He said each keeper in the Reptile House was responsible for up to 60 animals.').per).toBe('keeper');
    expect(first('The guidance is at least one full-time keeper for every 20 animals.').per).toBe('every');
    expect(sameThing(first('He said each keeper in the Reptile House was responsible for up to 60 animals.'), first('The zoo keeps 612 animals of 91 species.'))).toBe(false);
  });

  it('a figure said on a condition is supposed', () => {
    expect(extractFigures('We hope to bring two males here once Enclosure 12 has been enlarged to 520 square metres.')[1]!.role).toBe('supposed');
  });

  it('another place\u2019s count is no rival of a count that never speaks of it, though the two may agree', () => {
    expect(first('The town\u2019s 38,000 households get their water from Southmere Water.').place).toBe('town');
    expect(conflicting('The ban covers all 460,000 households we supply.', 'The town\u2019s 38,000 households get their water from Southmere Water.')).toEqual([]);
    expect(kinds(signals('Swimming lessons for the town\u2019s 11 primary schools will move to Carlow.', 'Yes, all 11 primary schools will swim at Carlow until the pool reopens.'))).toContain('agreement:same-figure');
  });

  it('a number written as a word is not what a denial denies', () => {
    expect(conflicting('The parish council says about 200 homes had no water for nearly three days after the main burst.', '"People went nearly three days without a drop from the tap," said the chair of the parish council.')).toEqual([]);
  });
});

describe('round fourteen: faults the blind run of the two round-fourteen corpora showed', () => {

  it('a number to call and a share told as "six in ten" count nothing; an age in apposition is an age', () => {
    expect(extractFigures('In an emergency, always call 999, or ring 101 for anything else.')).toEqual([]);
    expect(extractFigures('Six in ten of the posts the university wants to cut are in my faculty.')).toEqual([]);
    expect(first('"Nobody asked us," said Maya Ellis, 21, a music student.').kind).toBe('age');
  });

  it('"reduce … by up to 180 posts" is a change; a share is of what follows "of"', () => {
    expect(first('We propose to reduce staff numbers by up to 180 posts.').change).toBe(true);
    expect(extractFigures('We propose to cut 180 posts, about 6 percent of our staff.')[1]!.material).toEqual(['staff']);
    expect(sameThing(extractFigures('We propose to cut 180 posts, about 6 percent of our staff.')[1]!, first('Staff costs now make up 58 percent of our spending.'))).toBe(false);
  });

  it('a station, a force or a place named with its count owns it', () => {
    expect(first('Brackenford station already has 46 officers of its own.').owner).toEqual(['brackenford']);
    expect(first('There are eighteen officers at Ollerby, and every one of them will move.').owner).toEqual(['ollerbi']);
    expect(conflicting('There are eighteen officers at Ollerby, and every one of them will move to Brackenford.', 'Brackenford station already has 46 officers of its own, and Ollerby will close.')).toEqual([]);
  });

  it('a change and the level it moves from agree: "lose 110 posts" / "go from 640 posts to 530"', () => {
    expect(conflicting('The document shows that the Faculty of Arts would lose 110 posts.', 'The Faculty of Arts would go from 640 posts to 530.')).toEqual([]);
  });

  it('distances of different trips are different distances', () => {
    expect(first('The drive from Brackenford to Stainmoor is 17 miles.').route).toEqual(['brackenford', 'stainmoor']);
    expect(conflicting('Its officers will move to Brackenford police station, eleven miles away.', 'The drive from Brackenford to Stainmoor is 17 miles, and the control room is further.')).toEqual([]);
  });

  it('a present state, also in reported speech, is of its article\u2019s time; "In 2039, …" dates its sentence', () => {
    expect(first('Eighteen officers are based at Ollerby station.').current).toBe(true);
    expect(first('Sergeant Dan Ferris told the Gazette that 24 officers work from Ollerby.').current).toBe(true);
    expect(first('Ferris said 24 officers were based at Ollerby.').current).toBe(true);
    expect(first('In 2039, the station had 31 officers, the Federation said.').inYears).toEqual([2039]);
    const then = analyseSource(source('In 2039, the station had 31 officers at Ollerby, the Federation said.', '2043-03-10'), 0, 0).units;
    const now = analyseSource(source('Sergeant Dan Ferris told the Gazette that 24 officers work from Ollerby.', '2043-03-10'), 1, then.length).units;
    const index = new EvidenceIndex([...then, ...now]);
    expect(compareUnits(then[0]!, now[0]!, { index, months: [2043 * 12 + 2, 2043 * 12 + 2] }).signals.filter((s) => s.polarity === 'conflict')).toEqual([]);
  });

  it('a yearly sum is a rate', () => {
    expect(first('The yearly saving is about \u00a3850,000.').per).toBe('year');
    expect(sameThing(first('The yearly saving is about \u00a3850,000.'), first('He said the force had to find savings of \u00a314 million by 2046.'))).toBe(false);
  });

  it('"a member of staff" is no membership; "no student … before they finish" is not answered by students on closing courses', () => {
    expect(conflicting('We have never made a member of staff compulsorily redundant.', 'Our branch has about 1,100 members at Haverleigh, and they will vote on a strike.')).toEqual([]);
    expect(conflicting('Professor Strand said no student now enrolled would have their course closed before they finish it.', 'About 2,100 students now enrolled are on courses that would close to new students.')).toEqual([]);
  });

  it('an official statement signed by a person speaks for that person; an age may stand in an apposition before "said"', () => {
    const statement = { ...source('The figure of \u00a314 million that I gave was wrong.', '2043-03-06', 'Haverleigh University, statement'), genre: 'official' as const, author: 'Professor Helen Strand' };
    expect(analyseSource(statement, 0, 0).units[0]!.speaker.speaker).toBe('Helen Strand');
    expect(analyseSource(source('Peter Haigh, 72, a retired farmer from Stainmoor, said he had waited 40 minutes.'), 0, 0).units[0]!.speaker.speaker).toBe('Peter Haigh');
  });
});

describe('round fifteen: faults the blind run of the two round-fifteen corpora showed', () => {

  it('a peak, a single reading and an average are different statistics', () => {
    const peak = first('The highest hourly reading of PM10 at the school was 241 micrograms per cubic metre.');
    const reading = first('The Gazette reported that one hourly reading at the school was 412 micrograms per cubic metre.');
    const average = first('The average level of PM10 at the school in February was 38 micrograms per cubic metre.');
    expect([peak.statistic, reading.statistic, average.statistic]).toEqual(['max', 'reading', 'mean']);
    expect(sameThing(peak, average)).toBe(false);
    expect(sameThing(first('The highest level at the school in February was 241 micrograms per cubic metre.'), first('The average level at the school in February was 38 micrograms per cubic metre.'))).toBe(false);
    expect(sameThing(reading, average)).toBe(false);
    expect(sameThing(peak, reading)).toBe(true);
  });

  it('a daily limit is not an annual one; "per cubic metre" is part of the unit, not a rate', () => {
    const daily = first('The daily average went above the legal limit of 50 micrograms per cubic metre.');
    const annual = first('The level was below the annual limit of 40 micrograms per cubic metre.');
    expect([daily.per, annual.per]).toEqual(['day', 'year']);
    expect(first('One hourly reading was 412 micrograms per cubic metre.').per).toBe('hour');
  });

  it('a forecast is supposed; a month or a period around an event is a span; a year "of" a period dates it', () => {
    expect(first('In 2038 the agency forecast that the annual average would be below 30 micrograms by 2042.').role).toBe('supposed');
    expect(first('The average level of PM10 in February was 38 micrograms per cubic metre.').span).toBe('february');
    expect(first('In the week before the repair, the average level of PM10 was 61 micrograms per cubic metre.').span).toBe('the week before the repair');
    expect(first('The average for the whole of 2042 was 34 micrograms per cubic metre.').inYears).toEqual([2042]);
  });

  it('what a measured level is of; pollutants named with their number are different things', () => {
    const [fine, gas] = extractFigures('In February, the average level of PM2.5 was 21 micrograms, and the average level of nitrogen dioxide was 31 micrograms.');
    expect([fine!.material, gas!.material]).toEqual([['pm', '2.5'], ['nitrogen', 'dioxid']]);
    expect(sameThing(fine!, gas!)).toBe(false);
    expect(conflicting('The average level at the school was 38 micrograms of PM10 per cubic metre in February.', 'The average level at the school was 21 micrograms of PM2.5 per cubic metre in February.')).toEqual([]);
  });

  it('a number in words goes on after "hundred and"', () => {
    expect(first('For most of those years the theatre had seven hundred and twelve seats.').value).toBe(712);
  });

  it('a loan and a transfer are sums of their own kinds; a state before a change is not the state after it', () => {
    expect(sameThing(first('The trust says the final cost of the project is about \u00a36.2 million.'), first('The council has also agreed to lend the trust up to \u00a3750,000.'))).toBe(false);
    expect(sameThing(first('The trust has told the council that the final cost of the project is about \u00a36.2 million.'), first('But the council says the trust\u2019s own accounts show \u00a3350,000 moved from the reserve fund to the project.'))).toBe(false);
    expect(conflicting('Before it closed, the theatre had 712 seats, all of them in the stalls.', 'There are 540 seats in the theatre now, all of them in the stalls.')).toEqual([]);
  });
});

describe('round sixteen: faults the blind run of the two round-sixteen corpora showed', () => {

  it('homes a wall protects are not homes flooded; the same count, or the same event, still is', () => {
    expect(conflicting('The sea wall protects about 1,400 homes in Velmar.', 'Our survey found that 58 homes in Velmar were flooded.')).toEqual([]);
    expect(conflicting('The council counted 91 homes flooded in Velmar.', 'Our survey found that 58 homes in Velmar were flooded.')).toContain('conflict:figures-differ');
    expect(kinds(signals('The wall, which shelters about 1,400 homes in Velmar, has stood for a year.', 'The wall protects about 1,400 homes in Velmar.'))).toContain('agreement:same-figure');
  });

  it('an earlier storm, dated by the year that opens its sentence, is not this one', () => {
    const earlier = 'In December 2027, when the sea reached 5.1 metres, 230 homes in Velmar were flooded.';
    expect(extractFigures(earlier).map((f) => f.years)).toEqual([[2027], [2027]]);
    expect(extractFigures(earlier).map((f) => f.inYears)).toEqual([[2027], [2027]]);
    expect(conflicting(earlier, 'Our survey found that 58 homes in Velmar were flooded.')).toEqual([]);
    expect(conflicting('In December 2031, 230 homes in Velmar were flooded.', 'Our survey found that 58 homes in Velmar were flooded.')).toContain('conflict:figures-differ');
  });

  it('a height above the predicted tide is a difference, not the sea level', () => {
    const surge = 'He said the surge had pushed the sea about 1.9 metres above the predicted tide at Velmar.';
    expect(first(surge).change).toBe(true);
    expect(conflicting(surge, 'The Velmar tide gauge recorded a sea level of 5.6 metres.')).toEqual([]);
  });

  it('what would have happened is supposed', () => {
    expect(first('Without it, we estimate that 300 more homes would have been flooded.').role).toBe('supposed');
    expect(conflicting('Without the wall, 300 more homes in Velmar would have been flooded.', 'Our survey found that 58 homes in Velmar were flooded.')).not.toContain('conflict:figures-differ');
  });

  it('a report denied withdraws its figure: a count that it rules out conflicts, one it leaves is none', () => {
    const denial = 'Reports that more than 90 homes were flooded in Velmar are not correct.';
    expect(first(denial).role).toBe('retracted');
    expect(conflicting('The council counted 91 homes flooded in Velmar.', denial)).toContain('conflict:figure-revised');
    expect(conflicting('Our survey found that 58 homes were flooded in Velmar.', denial)).toEqual([]);
    // Nor does a count of other homes, or of an earlier flood, that it happens to take in.
    expect(conflicting('The sea wall protects about 1,400 homes in Velmar.', denial)).toEqual([]);
    expect(conflicting('In December 2027, 230 homes in Velmar were flooded.', denial)).toEqual([]);
  });

  it('a home "with 60 beds" names its owner', () => {
    expect(first('Hazelmere is a charity home with 60 beds.').owner).toEqual(['hazelmer']);
    expect(conflicting('The home has 31 residents, and 48 beds.', 'Hazelmere is a charity home with 60 beds, and its gardens run down to the river.')).toEqual([]);
  });

  it('an age is of the name just before it: a mother is not her daughter', () => {
    expect(conflicting('Carol Ferris, 67, whose mother Edna, 94, has lived at Larchfield for six years, was upset.', 'Carol Ferris, 67, visits her mother Edna every afternoon.')).toEqual([]);
    expect(conflicting('Carol Ferris, 67, visits her mother every afternoon.', 'Ms Ferris, 72, said the news had frightened her mother.')).toContain('conflict:ages-differ');
    expect(conflicting('Ms Ferris said her mother Edna, 94, was upset.', 'Ms Ferris, 67, visits her mother every afternoon.')).toEqual([]);
  });

  it('a denied verb does not deny the rise it acts on; "no rise" is still denied', () => {
    const rising = 'Meadowvale has said that rising costs made the home impossible to run.';
    expect(conflicting('The council offered to raise the fee by 2 percent, which would not have covered the rise in costs at Meadowvale.', rising)).not.toContain('conflict:opposite-ends');
    expect(conflicting('There has been no rise in costs at Meadowvale, the council says.', rising)).toContain('conflict:opposite-ends');
    expect(conflicting('There has not been a rise in costs at Meadowvale, the council says.', rising)).toContain('conflict:opposite-ends');
  });
});

describe('round seventeen: faults the blind run of the two round-seventeen corpora showed', () => {

  it('what is usual, and what was to be done, are measured against', () => {
    expect(first('The same monitor normally records about nine micrograms.').role).toBe('norm');
    expect(conflicting('The monitor outside the school recorded 164 micrograms at 11.20am.', 'The same monitor normally records about nine micrograms.')).toEqual([]);
    expect(first('Under the contract, Lumenline was to connect 14,000 premises in the borough.').role).toBe('norm');
    expect(first('Lumenline Fibre was due to connect all 14,000 premises in the borough.').role).toBe('norm');
    expect(first('The letter says the grant was meant for 1,400 premises in six villages.').role).toBe('norm');
    expect(first('The contract said 14,000 premises by June 30, 2043.').role).toBe('norm');
    expect(first('Lumenline had connected 10,400 premises by the end of May.').role).toBe('stated');
    expect(first('Lumenline says 10,400 premises were connected by 2043.').role).toBe('stated');
  });

  it('two targets conflict only when their clauses share what they are of', () => {
    expect(conflicting('The contract said 14,000 premises in Kelsmoor by June 30, 2043.', 'The letter says the grant was meant for 1,400 premises in Kelsmoor.')).toEqual([]);
    expect(conflicting('Under the contract, Lumenline was to connect 14,000 premises in Kelsmoor.', 'Under the contract, Lumenline was to connect 12,000 premises in Kelsmoor.')).toContain('conflict:figures-differ');
  });

  it('a count as of a month is of that month; the month and a day of it are one time', () => {
    expect(first('As of the end of May, we have connected 10,400 premises.').span).toBe('may');
    expect(first('Lumenline had connected 10,400 premises by the end of May.').span).toBe('may');
    expect(conflicting('In January, the council said 7,900 premises in Kelsmoor were connected.', 'As of the end of May, Lumenline had connected 10,400 premises in Kelsmoor.')).toEqual([]);
    expect(conflicting('By May 31, Lumenline had connected 8,650 premises in Kelsmoor.', 'As of the end of May, Lumenline had connected 10,400 premises in Kelsmoor.')).toContain('conflict:figures-differ');
  });

  it('the first few, and those something was done to, are some of them', () => {
    expect(first('The first two fire engines arrived at 10.01am.').subset).toBe(true);
    expect(conflicting('The first two fire engines arrived at Fenner Road at 10.01am.', 'At the height of the fire, 12 fire engines were at Fenner Road.')).toEqual([]);
    expect(first('Two firefighters were treated at the scene.').subset).toBe(true);
    expect(conflicting('About 60 firefighters were at the scene on Fenner Road.', 'Two firefighters were treated at the scene on Fenner Road for heat exhaustion.')).toEqual([]);
  });

  it('what two places have is not one thing; one place told twice still is', () => {
    const none = "In Fennick Hollow, none of the village's 212 homes has been connected.";
    expect(conflicting(none, "In Ashby Tarn, Lumenline connected 31 of the village's 96 homes in May.")).toEqual([]);
    expect(conflicting(none, 'Most homes in Kelsmoor are on copper lines.')).toEqual([]);
    expect(conflicting(none, 'In Fennick Hollow, Lumenline connected 31 homes in May.').length).toBeGreaterThan(0);
    expect(conflicting('In Fennick Hollow, no homes have been connected to fibre.', 'In Ashby Tarn, 31 homes have been connected to fibre.')).toEqual([]);
    expect(conflicting('In Fennick Hollow, no homes have been connected to fibre.', 'In Fennick Hollow, 31 homes have been connected to fibre.').length).toBeGreaterThan(0);
  });

  it('"not clear whether" leaves a question open; "too slow to" denies what follows', () => {
    expect(unitOf('It is not clear whether inspectors returned to the plant.').negated.size).toBe(0);
    expect(unitOf('Inspectors did not return to the plant.').negated.has('return')).toBe(true);
    expect(conflicting('Police began clearing Fenner Road at about 10.40am.', 'It is not clear whether inspectors returned to Fenner Road.')).toEqual([]);
    expect([...unitOf('Her connection was too slow to download the drawings.').negated]).toContain('download');
  });

  it('two streets are not one name: "Fenner Road" and "Marsh Road" do not make pay and volunteers one person\'s', () => {
    // Among enough other passages for a street's word to be rare.
    const among = (a: string, b: string) => {
      const ua = analyseSource(source(a), 0, 0).units;
      const ub = analyseSource(source(b), 1, ua.length).units;
      const filler = analyseSource(source(Array.from({ length: 20 }, (_, i) => `Boat number ${i + 1} left the harbour at dawn with nets.`).join(' ')), 2, ua.length + ub.length).units;
      const index = new EvidenceIndex([...ua, ...ub, ...filler] as Unit[]);
      return kinds(compareUnits(ua[0]!, ub[0]!, { index, months: [2031 * 12, 2031 * 12 + 1] }).signals);
    };
    expect(among('Halvard employs 41 people at the Fenner Road site, and the company said all of them would be paid while it was closed.', 'A rest centre was opened on Marsh Road, where volunteers handed out blankets.')).not.toContain('conflict:opposite-ends');
    expect(among('Halvard employs 41 people at the Fenner Road site, and Halvard said all of them would be paid.', 'At Halvard, volunteers handed out blankets.')).toContain('conflict:opposite-ends');
    expect(conflicting('Halvard employs 41 people at the Fenner Road site, and the company said all of them would be paid while it was closed.', 'A rest centre was opened on Marsh Road, where volunteers handed out blankets.')).not.toContain('conflict:opposite-ends');
    expect(conflicting('Halvard employs 41 people at the Fenner Road site, and said the rest centre staff would be paid.', 'The rest centre staff on Marsh Road were volunteers.')).toContain('conflict:opposite-ends');
  });
});

describe('round eighteen: faults the blind run of the two round-eighteen corpora showed', () => {

  it('a denied noun denies its that-clause to the end: the same denial told at two lengths agrees', () => {
    const long = 'The agency had received no warning that the slope at Scarth Bend was unstable before the landslip.';
    expect(unitOf(long).negated.has('unstabl')).toBe(true);
    expect(conflicting('In a statement, the agency said it had received no warning that the slope was unstable before the landslip.', long)).toEqual([]);
  });

  it('what someone counted on their own stretch is a part', () => {
    expect(first('Our members picked up 412 dead fish on our own water on Saturday.').subset).toBe(true);
    expect(conflicting('The final count was 740 dead fish along the Tessing.', 'Our members picked up 412 dead fish on our own water along the Tessing.')).toEqual([]);
  });

  it('advice not to do something is a directive, not a denial', () => {
    expect(unitOf('The council put up signs advising people not to swim at Holm Meadow.').negated.has('swim')).toBe(false);
    expect(unitOf('People did not swim at Holm Meadow.').negated.has('swim')).toBe(true);
    expect(conflicting('Marrowby Council lifted its advice against swimming at Holm Meadow on Monday.', 'Marrowby Council put up signs at Holm Meadow on Saturday advising people not to swim.')).toEqual([]);
  });
});

describe('round nineteen: faults the blind run of the two round-nineteen corpora showed', () => {

  it('the date of a meeting named on the way, and a paper called "Weekly", say nothing of when or how often', () => {
    const report = 'A finance report to the cabinet meeting of July 9, seen by Estuary Weekly, puts the final cost of the scheme at £3.8 million.';
    expect(first(report).span).toBeUndefined();
    expect(first(report).per).toBeUndefined();
    expect(first('The weekly cost of the scheme is £3,000.').per).toBe('week');
    expect(first('On July 16, our customers used 310 megalitres.').span).toBe('july 16');
    expect(conflicting('The scheme cost £3.1 million.', report)).toContain('conflict:figures-differ');
  });

  it('"87 of your pupils" are a part; "£3.8 million, not the £3.1 million" withdraws the second', () => {
    expect(first('The board says 87 of your pupils were affected.')).toMatchObject({ unit: ['pupil'], part: true });
    expect(extractFigures('The lane cost £3.8 million, not the £3.1 million the council has given.')[1]!.role).toBe('retracted');
  });

  it('those who missed something are some of them', () => {
    expect(first('Nine of our pupils missed the grades they needed.').subset).toBe(true);
  });

  it('what someone will not do, or means to put in, is supposed; what something would cost is stated', () => {
    expect(first('But I am not going to put 14,000 vehicles a day back on to the street.').role).toBe('supposed');
    expect(first('The council would put £150,000 into a shopfront grant scheme.').role).toBe('supposed');
    expect(first('Repairing the wall would cost about £800,000.').role).toBe('stated');
  });

  it('a long number written without separators is a code; a sum "each" is for each one', () => {
    expect(extractFigures('The exam centre number is 40417.')).toEqual([]);
    expect(first('The board marked about 41,000 scripts.').value).toBe(41000);
    expect(extractFigures('The council will put money into a grant scheme, with grants of up to £5,000 each.')[0]!.per).toBe('each');
  });
});

describe('a withdrawn figure whose replacement lies in another clause (round twenty: the draft stopped on it)', () => {
  const long = "Quarrie also told the station that the figure of 40 minutes the board had given for the journey to Brennick was wrong, and that the board's ambulance records showed an average transfer of 65 minutes.";

  it("a clause's figures point only at replacements in that clause", () => {
    const units = analyseSource(source(long), 0, 0).units;
    const clauses = units.filter((u) => u.parent !== undefined);
    expect(clauses.length).toBeGreaterThan(1);
    for (const c of clauses) for (const f of c.figures) if (f.replacedBy !== undefined) expect(c.figures[f.replacedBy]).toBeDefined();
    expect(clauses.find((c) => c.text.includes('40 minutes'))!.figures.find((f) => f.text === '40')!.role).toBe('retracted');
  });

  it('drafts, and shows the withdrawn figure against the one it was given as', () => {
    const board = source('The journey to Brennick takes about 40 minutes by road, the board says.', '2047-03-05', 'Board');
    const radio = source(long, '2047-03-08', 'Radio');
    const { pack } = draftPack([board, radio], { updated: '2047-03-10' });
    const item = pack.items.find((i) => i.quote.text.includes('about 40 minutes'))!;
    expect((item.extensions!.draft as DraftItemExtension).evidence.some((e) => e.why === 'conflict')).toBe(true);
  });
});

describe('round twenty: faults the blind run of the two round-twenty corpora showed', () => {

  it('"not enough staff" is too few, not none; "doesn\'t give back those nights" is a loss, not a denial', () => {
    expect(unitOf('The unit closed because it did not have enough staff on shift.').negated.has('staff')).toBe(false);
    expect(unitOf('The unit closed because it did not have staff on shift.').negated.has('staff')).toBe(true);
    expect(unitOf("It doesn't give Elsie back those nights in hospital.").negated.has('night')).toBe(false);
    expect(unitOf('She did not spend those nights in hospital.').negated.has('night')).toBe(true);
  });

  it('a count told with the level it rose from agrees with that level, either way round', () => {
    const earlier = 'Brannock said the petition had 8,412 signatures.';
    const later = 'Brannock said the petition now had more than 9,000 signatures, up from the 8,412 it had when it was handed in.';
    expect(conflicting(earlier, later)).toEqual([]);
    expect(conflicting(later, earlier)).toEqual([]);
    expect(conflicting(earlier, 'Brannock said the petition had 9,600 signatures.')).toContain('conflict:figures-differ');
  });

  it('two midwives "on every shift" are a rate; "seven midwives short of the 38" is a difference', () => {
    expect(extractFigures('The unit will be open all week, with two midwives on every shift.').find((f) => f.text === 'two')!.per).toBe('shift');
    expect(first('The unit was seven midwives short of the 38 it should have.').change).toBe(true);
  });

  it('a denial bounded by a manner ("cannot be staffed safely") is answered only by a passage that speaks of it', () => {
    expect(conflicting('The chief executive said the Kestleford unit cannot be staffed safely as it is.', 'The Kestleford unit was staffed by agency midwives in January, a report shows.')).not.toContain('conflict:denial');
    expect(conflicting('The chief executive said the Kestleford unit cannot be staffed safely as it is.', 'The Kestleford unit is staffed safely, a report shows.')).toContain('conflict:denial');
  });

  it('counts in two named places are two counts; an association that owns its homes has all of them', () => {
    expect(first('She inspected 12 flats in Linwood Court.').within).toEqual(['linwood', 'court']);
    expect(conflicting('Falk inspected 12 flats in Linwood Court, the block next to Ashby House, in April.', 'Falk inspected 40 flats in Ashby House in April.')).toEqual([]);
    expect(conflicting('Falk inspected 12 flats in Linwood Court in April.', 'Falk inspected 40 flats in Linwood Court in April.')).toContain('conflict:figures-differ');
    expect(first('Brackenridge Homes is a housing association that owns about 6,400 homes in Carrowmere.')).toMatchObject({ owner: ['brackenridg'], all: true });
    expect(first('Martin Cade runs Brackenridge Homes, which owns about 6,400 homes.').owner).toEqual(['brackenridg']);
  });
});

describe('rounds fourteen and fifteen, again: the false conflicts their corpora still showed', () => {

  it('money moved from a fund is compared only with money moved', () => {
    expect(sameThing(first('The trust\u2019s own accounts show \u00a3350,000 moved from the reserve fund last year.'), first('The final account for the work is \u00a34.6 million.'))).toBe(false);
    expect(sameThing(first('The accounts show \u00a3350,000 moved from the reserve fund.'), first('The accounts show \u00a3250,000 moved from the reserve fund.'))).toBe(true);
  });

  it('a denial bounded by a purpose ("for the money") is answered only by a passage that speaks of it', () => {
    expect(conflicting('Nobody does this job at Northgate for the money.', 'Northgate University cut about 90 jobs in 2041.')).toEqual([]);
  });

  it('"money" alone says what two passages speak of, not that they speak of one thing', () => {
    expect(conflicting('Ashdown said no money has been taken from the Wrenfield reserve fund.', 'The people of Wrenfield who gave money to the appeal deserve to know.')).toEqual([]);
    expect(conflicting('Ashdown said no money has been taken from the Wrenfield reserve fund.', 'The Wrenfield accounts show that money was taken from the reserve fund.')).toContain('conflict:denial');
  });

  it('"does nothing for Maisie on the walk" denies neither her nor the walk', () => {
    expect(unitOf('A purifier in a classroom does nothing for Maisie on the walk along Carter Road.').negated.has('walk')).toBe(false);
    expect(unitOf('Nothing was done about the walk along Carter Road.').negated.size).toBeGreaterThan(0);
  });
});

describe('round twenty-one: faults the blind run of the two round-twenty-one corpora showed', () => {

  it('ballots rejected are some of them; a recount is another count than the first', () => {
    expect(first('Twenty-three ballot papers were rejected.').subset).toBe(true);
    expect(conflicting('Oyelaran was declared elected in Tannery ward with 1,412 votes.', 'At a full recount, Oyelaran had 1,380 votes in Tannery ward.')).toEqual([]);
    expect(conflicting('Oyelaran was declared elected in Tannery ward with 1,412 votes.', 'Oyelaran had 1,380 votes in Tannery ward.')).toContain('conflict:figures-differ');
  });

  it("votes are a candidate's", () => {
    expect(first('Priya Hallam, who came third with 604 votes, wrote to the board.').owner).toEqual(['priya', 'hallam']);
    expect(first('Martin Oyelaran of the Civic Party was declared elected with 1,412 votes.').owner).toEqual(['martin', 'oyelaran']);
    expect(conflicting('Priya Hallam, who came third with 604 votes, wrote to the Tannery ward board.', 'Martin Oyelaran was declared elected with 1,412 votes in Tannery ward.')).toEqual([]);
  });

  it('a length is a height or a distance; hectares are of what follows "of"; night is not day', () => {
    expect(first('Corvane applied for turbines with a tip height of 200 metres.').material).toEqual(['height']);
    expect(first('Each turbine is 180 metres to the tip of its blade.').material).toEqual(['height']);
    expect(first("It's 860 metres from my barn.").material).toEqual(['distanc']);
    expect(first('The 860 metres in the report is measured to a barn.').material).toEqual(['distanc']);
    expect(conflicting('The Craikstone turbines have a tip height of 200 metres.', 'The Craikstone hub is at 105 metres.')).toEqual([]);
    expect(first('We will manage 120 hectares of moorland.').material).toEqual(['moorland']);
    expect([first('At night the Craikstone limit is 35 decibels.').span, first('The daytime Craikstone limit is 40 decibels.').span]).toEqual(['night', 'day']);
    expect(conflicting('At night the Craikstone limit is 35 decibels.', 'The daytime Craikstone limit is 40 decibels.')).toEqual([]);
  });

  it('"not the 48,000" sets a figure aside and denies nothing after it; "nobody from Corvane" is answered only by Corvane', () => {
    expect(unitOf('The scheme would power about 31,000 homes, not the 48,000 it gave when the appeal was allowed.').negated.has('appeal')).toBe(false);
    expect(conflicting('Garside said nobody from Corvane had visited Low Craik since 2045.', 'The inspector visited Low Craik and the ridge on the last afternoon.')).toEqual([]);
    expect(conflicting('Garside said nobody from Corvane had visited Low Craik since 2045.', 'Corvane staff visited Low Craik in 2046.').length).toBeGreaterThan(0);
  });
});

describe('round twenty-two: faults the blind run of the two round-twenty-two corpora showed', () => {

  it('a count told at a day, or at the height of a storm, is of that time, not of the day it was said', () => {
    expect(first('By 6pm on Tuesday, it said, 2,600 homes were still without power.').span).toBe('tuesday');
    expect(first('At 6pm on Wednesday November 17, 350 homes were still without power.').span).toBe('wednesday');
    expect(first('On Wednesday evening the council counted 1,100 homes still without power.').span).toBe('wednesday');
    expect(first('At the height of the storm, 9,300 homes were without power.').span).toBe('at the height of the storm');
    expect(first('Tidewell said 9,300 homes lost power at the height of the storm.').span).toBe('at the height of the storm');
    expect(conflicting('By 6pm on Tuesday, 2,600 homes in Merrowick were still without power.', 'At 6pm on Wednesday November 17, 350 homes in Merrowick were still without power.')).toEqual([]);
    expect(conflicting('On Wednesday evening the council counted 1,100 homes in Merrowick still without power.', 'At 6pm on Wednesday November 17, 350 homes in Merrowick were still without power.')).toContain('conflict:figures-differ');
  });

  it('those without water are not those without power', () => {
    expect(first('About 4,000 homes had no running water for most of Sunday.')).toMatchObject({ subset: true, lacking: ['run', 'water'] });
    expect(first('By then 2,600 homes were still without power.')).toMatchObject({ subset: true, lacking: ['power'] });
    expect(conflicting('About 4,000 homes in Merrowick had no running water.', '9,300 homes in Merrowick were without power.')).toEqual([]);
  });
});

describe('round twenty-three: faults the blind run of the two round-twenty-three corpora showed', () => {
  const who = (text: string, genre: Source['genre'], part: string) => speakerOf(text, part, genre);

  it('a rank before a name is a title: "Group Manager Ruth Vane" is a person, and her interview\u2019s answers are hers', () => {
    const text = [
      'Group Manager Ruth Vane of Velmar Fire and Rescue Service led the response to the leak at the Ormside Foods plant. She spoke to Ola Sand on Velmar Radio.',
      'Q: When did you get the call?',
      'A: Our control room took the first call at 5.41am.',
      'Q: What was leaking?',
      'A: It was ammonia, from a valve in the plant room.',
      'Q: Ormside says 11 workers went to hospital. Is that right?',
      'A: Our figure is 17.',
    ].join('\n\n');
    expect(who(text, 'interview', 'from a valve')).toBe('Group Manager Ruth Vane');
    expect(who(text, 'interview', 'Our figure is 17')).toBe('Group Manager Ruth Vane');
  });

  it('a name the tagger does not know is a person when the text gives an age or a courtesy title; "she" is never a man', () => {
    const text = [
      'The managing director, Graham Tolley, said the alarm sounded at 5.12am.',
      'Agnieszka Thorne, 34, a line operator, gave a different account. She said she heard no alarm for another 25 minutes.',
    ].join('\n\n');
    expect(who(text, 'news-report', 'heard no alarm')).toBe('Agnieszka Thorne');
    const titled = ['The managing director, Graham Tolley, said the alarm sounded at 5.12am.', 'Agnieszka Thorne works in the packing hall, where Ms Thorne has been a line operator since 2041. She said she heard no alarm for another 25 minutes.'].join('\n\n');
    expect(who(titled, 'news-report', 'heard no alarm')).toBe('Agnieszka Thorne');
    const unnamed = ['The managing director, Graham Tolley, said the alarm sounded at 5.12am.', 'A line operator gave a different account. She said she heard no alarm for another 25 minutes.'].join('\n\n');
    expect(who(unnamed, 'news-report', 'heard no alarm')).not.toBe('Graham Tolley');
  });
});

describe('round twenty-three: the false conflicts its two corpora showed', () => {

  it('"was not sounded until 5.36am" says when it was sounded; "may not be used until …" is a rule, which denies no fact', () => {
    const said = 'The inspectorate said the evacuation alarm at the Ormside plant sounded at 5.36am, 26 minutes after the first reading.';
    expect(conflicting(said, 'The evacuation alarm at the Ormside plant was not sounded until 5.36am, 26 minutes after the first reading.')).toEqual([]);
    expect(conflicting(said, 'The evacuation alarm at the Ormside plant was never sounded, workers said.')).toContain('conflict:denial');
    expect(conflicting('The Ormside plant uses ammonia in its refrigeration system.', 'The Ormside refrigeration system may not be used until all its valves have been replaced.')).toEqual([]);
  });

  it('"one of those three detectors" points back to a count, and states none', () => {
    expect(first('A letter reported false readings from one of those three detectors.').role).toBe('earlier');
    expect(conflicting('A letter reported false readings from one of those three detectors in the Ormside plant room.', 'Inspectors found that three of the 12 detectors in the Ormside plant room were not working.')).toEqual([]);
  });

  it('those an inquiry reached are some of them: "has interviewed 36 employees" is not the 140 on the shift', () => {
    expect(first('The inspectorate has interviewed 36 employees at the Ormside plant.').subset).toBe(true);
    expect(conflicting('The inspectorate has interviewed 36 employees at the Ormside plant.', 'At 5.10am, 140 employees were at work in the Ormside plant.')).toEqual([]);
  });

  it('readings at two spots are two readings; at one spot they may conflict', () => {
    expect(first('Crews measured 180 parts per million at the loading bay doors of the Ormside plant.').spot).toEqual(['load', 'bai', 'door']);
    const doors = 'Crews measured 180 parts per million of ammonia at the loading bay doors of the Ormside plant.';
    expect(conflicting(doors, 'Inspectors estimate that the ammonia in the plant room at Ormside reached about 310 parts per million.')).toEqual([]);
    expect(conflicting(doors, 'Inspectors measured 60 parts per million of ammonia at the loading bay doors of the Ormside plant.')).toContain('conflict:figures-differ');
  });

  it('money set aside for one purpose is not what is paid for another', () => {
    expect(conflicting('The council will pay $3.3 million from its capital budget, and the Castlegate trust will contribute $1.5 million.', 'The council has set aside $90,000 for this.')).toEqual([]);
    expect(conflicting('The Marrowby council has set aside $3.3 million for the new roof.', 'The Marrowby council has set aside $2.1 million for the new roof.')).toContain('conflict:figures-differ');
  });

  it('two counts told at a day of the week, in articles more than a week apart, are of two days', () => {
    const pair = (a: string, b: string, days: [number, number]) => conflictsOnDays(a, b, days, 2050 * 12);
    const june = 'Kerry Ashdown handed her Marrowby pool petition to the council on Tuesday with 3,100 signatures.';
    const february = 'Her Marrowby pool petition had 2,400 signatures by Tuesday evening, Kerry Ashdown said.';
    expect(pair(june, february, [29_000, 29_120])).toEqual([]);
    expect(pair(june, february, [29_000, 29_001])).toContain('conflict:figures-differ');
  });
});

describe('round twenty-two, again: the false conflicts its two corpora still showed', () => {
  const onDays = (a: string, b: string, days: [number, number]) => conflictsOnDays(a, b, days, 2049 * 12 + 10);

  it('a name\u2019s last word is its kind: "the new stand" may be "the Foundry Stand", "the three older stands" are not', () => {
    expect(conflicting('A Kelvarth Albion spokesman said all 14,600 seats in the three older stands would be open.', 'The Foundry Stand, which has 6,400 seats, was due to open at Kelvarth Albion on Saturday.')).toEqual([]);
    expect(conflicting('A Kelvarth Albion spokesman said the Foundry Stand has 5,900 seats.', 'The Foundry Stand, which has 6,400 seats, was due to open at Kelvarth Albion on Saturday.')).toContain('conflict:figures-differ');
    expect(conflicting('A Kelvarth Albion spokesman said the new stand has 5,900 seats.', 'The Foundry Stand, which has 6,400 seats, was due to open at Kelvarth Albion on Saturday.')).toContain('conflict:figures-differ');
  });

  it('what was still so when it was said is of that time, and "last night" is the day before the article\u2019s', () => {
    expect(first('Tidewell said last night that 350 homes in Merrowick were still without power.').span).toBe('last night');
    expect(first('Tidewell said that 350 homes in Merrowick were without power.').span).toBeUndefined();
    const lastNight = 'Tidewell said last night that 350 homes in Merrowick were still without power.';
    const wednesday = 'On Wednesday evening the council counted 1,100 homes in Merrowick still without power.';
    // Day 29,176 is Thursday 18 November 2049: its "last night" is Wednesday.
    expect(onDays(lastNight, wednesday, [29_176, 29_176])).toContain('conflict:figures-differ');
    expect(onDays(lastNight, wednesday, [29_178, 29_176])).toEqual([]);
    expect(onDays(lastNight, 'At the height of the storm, 9,300 homes in Merrowick were without power.', [29_176, 29_176])).toEqual([]);
  });

  it('what someone who did something did is a case supposed, not a count', () => {
    expect(first('For someone who has lost a freezer full of food and spent five nights in the cold, \u00a3150 doesn\u2019t go very far.').role).toBe('supposed');
    expect(first('Anyone who breaks the hosepipe ban could be fined \u00a31,000.').role).toBe('stated');
  });
});

describe('speakers the held-out corpora of rounds sixteen to twenty-two still got wrong', () => {
  const who = (text: string, part: string) => speakerOf(text, part);

  it('a name with an age, a name of a body, a body\u2019s spokesperson; "confirmed" is said', () => {
    expect(who('Martin Oyelaran stood for the Civic Party. Oyelaran, 41, said nobody from the council had called him.', 'nobody from the council')).toBe('Martin Oyelaran');
    expect(who('Inspector Callum Reddaway of Vale Constabulary said officers had recorded three collisions.', 'three collisions')).toBe('Inspector Callum Reddaway');
    expect(who('A Brackenridge spokesperson said the association paid \u00a3186,000 in compensation.', 'compensation')).toBe('Brackenridge spokesperson');
    expect(who('Lena Oduya, a spokesperson for Carrowmere University, confirmed that the offer was reinstated.', 'reinstated')).toBe('Lena Oduya');
  });

  it('an apposition of two phrases before the verb, but not a list joined by "and"', () => {
    expect(who('Joss Merriman, who farms at High Scarth, beyond the slip, said he had written to the agency.', 'written to the agency')).toBe('Joss Merriman');
    expect(who('Tom Okafor, who chairs the Friends of Larchfield, a group of relatives, said the petition had 1,200 signatures.', 'petition')).toBe('Tom Okafor');
    expect(who('Fifty-nine of our 82 members answered our survey in January, and 36 of them, or 61 percent, said their takings had fallen.', 'takings')).toBe('the reporter');
  });

  it('a figure someone gives is said by them: "Whitlow gave the stand\u2019s final cost as \u00a338.2 million"', () => {
    expect(who('Tomasz Whitlow runs Castlebridge Construction. Whitlow gave the stand\u2019s final cost as \u00a338.2 million.', 'final cost')).toBe('Tomasz Whitlow');
    expect(who('Tomasz Whitlow runs Castlebridge Construction. Whitlow gave the stand a new roof in 2048.', 'new roof')).toBe('the reporter');
  });
});

describe('round twenty-four: faults the blind run of the two round-twenty-four corpora showed', () => {
  const who = (text: string, genre: Source['genre'], part: string) => speakerOf(text, part, genre);

  it('"will not qualify until September" says when they qualify; it denies nothing', () => {
    expect(conflicting('The Harnwick trainee drivers will not qualify until September.', 'The five Harnwick trainee drivers will qualify in September.')).toEqual([]);
    expect(conflicting('The Harnwick trainee drivers will never qualify.', 'The five Harnwick trainee drivers will qualify in September.')).toContain('conflict:denial');
  });

  it('"22 in each direction" is a rate, "16 more each weekday" a difference', () => {
    const [, each, more] = extractFigures('The new timetable provides 44 trains each weekday, 22 in each direction, 16 more than the 28 of the previous timetable.');
    expect(each!.per).toBe('direction');
    expect(more!.change).toBe(true);
    expect(extractFigures('It is 16 more each weekday: 44 trains instead of 28.')[0]!.change).toBe(true);
    expect(extractFigures('The branch now has 16 drivers.')[0]!.change).toBeUndefined();
  });

  it('a count told at a day of the week is not a count told in an article more than a week away', () => {
    const pair = (a: string, b: string, days: [number, number]) => conflictsOnDays(a, b, days, 2051 * 12 + 5);
    const tuesday = 'Gwen Tallis said the Harnwick passengers\u2019 association had received 230 complaints by Tuesday.';
    const later = 'Gwen Tallis told officers that the Harnwick passengers\u2019 association had received more than 300 complaints.';
    expect(pair(tuesday, later, [29_740, 29_753])).toEqual([]);
    expect(pair(tuesday, later, [29_740, 29_741])).toContain('conflict:figures-differ');
  });

  it('a span set before the figure\u2019s clause is its span, and "from … to" is "between … and"', () => {
    expect(extractFigures('Between March 13 and March 19, the council\u2019s contact centre logged 9,860 reports of missed collections.')[0]!.span).toBe('march 13 to march 19');
    expect(extractFigures('The authority counts 61 cancellations between May 21 and June 10.')[0]!.span).toBe('may 21 to june 10');
    expect(extractFigures('From May 21 to June 10, the operator cancelled 38 trains.')[0]!.span).toBe('may 21 to june 10');
    expect(conflicting('By Thursday evening, the Harrowfield council had received 6,140 reports of missed bins.', 'Between March 13 and March 19, the Harrowfield council logged 9,860 reports of missed bins.')).toEqual([]);
  });

  it('"no collector would take home less money" is answered only by a loss, told in words of loss or not', () => {
    const denial = 'Paula Brennock said no Harrowfield collector would take home less money under the new rota.';
    expect(conflicting(denial, 'Clearway employs 126 Harrowfield collectors, and the new rota pays them the same money.')).toEqual([]);
    expect(conflicting(denial, 'A Harrowfield collector will lose about \u00a341 a week in early-start money under the new rota.')).toContain('conflict:denial');
    expect(conflicting(denial, 'A Harrowfield collector was getting about \u00a341 a week in early-start money, and the new rota takes all of it away.')).toContain('conflict:denial');
  });

  it('what a contract requires is a norm; "on Saturdays" is a rate; units "out of service" are some of them', () => {
    expect(extractFigures('The contract requires Wyle Valley Trains to have 26 qualified drivers for this timetable.')[0]!.role).toBe('norm');
    expect(extractFigures('Wyle Valley Trains has 26 qualified drivers for this timetable.')[0]!.role).toBe('stated');
    expect(extractFigures('On Saturdays there are 36 trains on the Harnwick branch.')[0]!.per).toBe('saturday');
    expect(extractFigures('Two units were out of service with door faults.')[0]!.subset).toBe(true);
    expect(conflicting('On Saturdays there are 36 trains on the Harnwick branch.', 'Between May 21 and June 10, 840 trains were scheduled on the Harnwick branch.')).toEqual([]);
  });

  it('what is said of a count past an aside, and those on a list, are some of them', () => {
    expect(extractFigures('Officers estimate that about 17,500 households, or 42 percent of the borough, missed at least one collection.')[0]!.subset).toBe(true);
    expect(extractFigures('Of the 1,180 households on the council\u2019s assisted-collection list, 212 were missed.')[0]!.subset).toBe(true);
    expect(extractFigures('About 41,200 households, or most of the borough, have fortnightly collections.')[0]!.subset).toBeUndefined();
    expect(conflicting('About 41,200 Harrowfield households have their black bins emptied every two weeks.', 'Officers estimate that about 17,500 Harrowfield households, or 42 percent of the borough, missed at least one collection.')).toEqual([]);
  });

  it('a count another body received is another count', () => {
    expect(extractFigures('Gwen Tallis said the association had received more than 300 complaints.')[0]!.counter).toBe('associ');
    const association = 'Gwen Tallis told Harnwick officers that the association had received more than 300 complaints about the branch.';
    expect(conflicting(association, 'The authority received 148 complaints about the Harnwick branch.')).toEqual([]);
    expect(conflicting(association, 'The association received 148 complaints about the Harnwick branch.')).toContain('conflict:figures-differ');
  });

  it('a transcript\u2019s short labels are the initials of the names its first labels give', () => {
    const text = [
      'Declan Murrow runs Wyle Valley Trains. He spoke to Ruth Abernethy.',
      'ORRINGTON WEEKLY: How many trains have you cancelled?',
      'DECLAN MURROW: We cancelled 38 trains.',
      'OW: What went wrong?',
      'DM: A signalling fault at Brindle cost us 14 trains. Two units were out of service with door faults.',
      'OW: Are you short of drivers?',
      'DM: We have 24 qualified drivers on the branch.',
    ].join('\n\n');
    expect(who(text, 'interview', 'signalling fault')).toBe('Declan Murrow');
    expect(who(text, 'interview', '24 qualified')).toBe('Declan Murrow');
    expect(who(text, 'interview', 'door faults')).toBe('Declan Murrow');
  });

  it('an apposition with a plural possessive; an apposition that opens first wins over "a name of a body said"', () => {
    expect(who('Declan Murrow, Wyle Valley Trains\u2019 managing director, said the timetable had added 20 trains a day.', 'news-report', '20 trains')).toBe('Declan Murrow');
    expect(who('Kofi Brennan, 17, who travels to Orrington College from Mill Lane, said the 7.34am had been cancelled four times.', 'news-report', '7.34am')).toBe('Kofi Brennan');
  });
});

describe('round twenty-four, again: the false conflicts its two corpora still showed', () => {

  it('"every weekday" is a rate: 20 extra trains every weekday are not 14 trains lost on one day', () => {
    expect(first('The new timetable runs 20 extra trains every weekday.').per).toBe('weekday');
    const weekday = 'The Harnwick branch now runs 20 extra trains every weekday.';
    expect(conflicting('A signalling fault at Brindle cost the Harnwick branch 14 trains on Thursday May 25.', weekday)).toEqual([]);
    expect(conflicting('The Harnwick branch now runs 14 extra trains every weekday.', weekday)).toContain('conflict:figures-differ');
  });

  it('spans of different lengths count different things, one length told two ways is one span', () => {
    const threeWeeks = 'The authority counts 61 cancelled trains in the Harnwick timetable\u2019s first three weeks.';
    expect(first(threeWeeks).span).toBe("in the harnwick timetable's first three weeks");
    expect(conflicting(threeWeeks, 'Helen Sowerby said 23 trains had been cancelled on the Harnwick branch in the first two weeks.')).toEqual([]);
    expect(conflicting(threeWeeks, 'Helen Sowerby said 38 trains had been cancelled on the Harnwick branch in the first three weeks.')).toContain('conflict:figures-differ');
    expect(conflicting(threeWeeks, 'From May 21 to June 10, the operator cancelled 38 trains on the Harnwick branch.')).toContain('conflict:figures-differ');
    expect(conflicting(threeWeeks, 'From May 21 to June 30, the operator cancelled 38 trains on the Harnwick branch.')).toEqual([]);
  });

  it('what happened over a span is not what there is: drivers who left are not the drivers there are', () => {
    const level = 'We have 24 qualified drivers at the Harnwick depot.';
    expect(conflicting('Ray Doherty said ten drivers had left the Harnwick depot since January 2050.', level)).toEqual([]);
    expect(conflicting('Ray Doherty said there are 22 qualified drivers at the Harnwick depot.', level)).toContain('conflict:figures-differ');
  });

  it('a level to be reached by a day is a norm', () => {
    expect(first('The operator must show how it will have 26 qualified drivers by the end of September.').role).toBe('norm');
    expect(first('The operator will have 26 qualified drivers by September.').role).toBe('norm');
    expect(first('The operator will have 26 qualified drivers.').role).toBe('stated');
    expect(conflicting('Wyle Valley Trains has 24 qualified drivers at the Harnwick depot.', 'The plan shows how Wyle Valley Trains will have 26 qualified drivers at the Harnwick depot by the end of September.')).toEqual([]);
  });

  it('who received a count: a named body past an aside, and "we"', () => {
    const association = 'The Harnwick Branch Line Passengers\u2019 Association, which I chair, had received 318 complaints by yesterday.';
    expect(first(association).counter).toBe('associ');
    expect(first('We had 412 complaints between May 21 and June 10.').counter).toBe('we');
    expect(first('The operator had 412 complaints between May 21 and June 10.').counter).toBeUndefined();
    expect(conflicting(association, 'The authority received 148 complaints about the Harnwick branch.')).toEqual([]);
    expect(conflicting(association, 'The Harnwick Branch Line Passengers\u2019 Association received 148 complaints about the branch.')).toContain('conflict:figures-differ');
  });

  it('a verb denied with its object is answered only by a passage that speaks of that object', () => {
    const refund = 'A refund of a \u00a34.60 Harnwick fare does not pay for a missed shift.';
    expect(conflicting(refund, 'The Orrington authority pays Wyle Valley Trains \u00a33.8 million a year to run the Harnwick branch.')).toEqual([]);
    const officers = 'Orrington officers do not recommend a return to the previous Harnwick timetable.';
    expect(conflicting(officers, 'Orrington officers recommend keeping the new Harnwick timetable.')).toEqual([]);
    expect(conflicting(officers, 'Orrington officers recommend a return to the previous Harnwick timetable.')).toContain('conflict:denial');
  });

  it('a denial in a clause of what ought to be denies no fact', () => {
    const ought = "It is, and that money should be coming out of the Harrowfield contract, not out of people's council tax.";
    expect(conflicting(ought, 'That is Harrowfield council tax money, and every penny of it should come back from Clearway.')).toEqual([]);
    expect(conflicting("It is, and that money is coming out of the Harrowfield contract, not out of people's council tax.", 'That is Harrowfield council tax money, and every penny of it came from council tax.')).toContain('conflict:denial');
  });

  it('a denial said of a share of a group is not answered by others who do it', () => {
    const drivers = 'The people driving the Harrowfield lorries this week are managers and agency drivers.';
    expect(conflicting(drivers, 'A good third of the Harrowfield drivers do not drive.')).toEqual([]);
    expect(conflicting(drivers, 'The Harrowfield drivers do not drive.')).toContain('conflict:denial');
  });

  it('"people" alone does not tie a denied concept to the other passage', () => {
    expect(conflicting('The people of Harrowfield pay for a service, and they should get it.', "It's not a wage. People are using their savings.")).toEqual([]);
    expect(conflicting('The people of Harrowfield pay a wage for a service.', "It's not a wage. People are using their savings.")).toContain('conflict:denial');
  });

  it('those on a list are not those a count of what happened to them picks out', () => {
    const listed = first('The 1,180 households on the council\u2019s assisted-collection list get help.');
    expect(listed.listed).toBe(true);
    expect(sameThing(listed, first('Officers estimate that about 1,500 households, or 4 percent of the borough, missed a collection.'))).toBe(false);
    expect(sameThing(listed, first('The 1,300 households on the council\u2019s assisted-collection list get help.'))).toBe(true);
  });

  it('what someone was told, passed on, asserts nothing itself (round twenty\u2019s damp-homes corpus)', () => {
    const falk = '"The cause of the Ashby House mould is not tenants drying washing indoors," Falk said.';
    expect(conflicting(falk, 'Tenants in Ashby House say they have been told that the mould is caused by drying washing indoors.')).not.toContain('conflict:denial');
    expect(conflicting(falk, 'Tenants in Ashby House say the mould is caused by drying washing indoors.')).toContain('conflict:denial');
  });
});

describe('round twenty-five: faults the blind run of the two round-twenty-five corpora showed', () => {
  const figure = (text: string, value: number) => extractFigures(text).find((f) => f.value === value)!;

  it('a quota is a norm, and so is the figure it is cut to', () => {
    const notice = 'The notice cuts the Kellmouth haddock quota from 1,850 tonnes to 1,332 tonnes.';
    expect(figure(notice, 1850).role).toBe('norm');
    expect(figure(notice, 1332).role).toBe('norm');
    expect(first('The quota cut is 28 per cent.').role).toBe('norm');
    expect(first('Kellmouth boats landed 1,160 tonnes of haddock in 2053.').role).toBe('stated');
  });

  it('"610 in one letter" is a count, not a share like "one in ten"', () => {
    expect(extractFigures('Our share has gone from 847 tonnes to 610 in one letter.').map((f) => f.value)).toEqual([847, 610]);
    expect(extractFigures('One in ten boats landed nothing, and 2 in 5 skippers sold their quota.').map((f) => f.value)).toEqual([]);
  });

  it('a likely loss is supposed, an estimate told is stated', () => {
    expect(first('Option B would keep the market open, at a likely loss of about \u00a3400,000.').role).toBe('supposed');
    expect(first('The repairs are expected to cost $4.2 million.').role).toBe('stated');
  });

  it('"The 640 included …" names a figure said before', () => {
    expect(first('"The 640 included around 260 construction jobs," she said.').role).toBe('earlier');
    expect(first('The airport employs 640 people.').role).toBe('stated');
  });

  it('a fund is money kept for one purpose, and a sum already spent is a sum to date', () => {
    const cost = first('The applicant puts the cost of the works at \u00a358 million.');
    expect(sameThing(first('The applicant proposes a new fund of \u00a37.8 million.'), cost)).toBe(false);
    expect(first('The airport had already spent \u00a31.3 million on surveys.').toDate).toBe(true);
    expect(sameThing(first('The applicant puts the cost of the works at \u00a361 million.'), cost)).toBe(true);
  });

  it('who received a count: a name without "the", and "it"', () => {
    expect(first('Environmental Health received 88 noise complaints in 2056.').counter).toBe('health');
    expect(first('According to the airport, it received 612 noise complaints in 2056.').counter).toBe('it');
    expect(sameThing(first('Environmental Health received 88 noise complaints in 2056.'), first('According to the airport, it received 612 noise complaints in 2056.'))).toBe(false);
  });

  it('a count at a past event of someone\u2019s is of that time only', () => {
    const then = figure('When I joined at 17 there were more than 70 boats in the Kellmouth cooperative.', 70);
    expect(then.span).toMatch(/^when i joined at 17\b/);
    expect(sameThing(then, first('We have 34 boats in the Kellmouth cooperative.'))).toBe(false);
    expect(sameThing(first('There were 70 boats in the Kellmouth cooperative.'), first('There were 34 boats in the Kellmouth cooperative.'))).toBe(true);
  });

  it('"a rise of", "a reduction of" and "a 40 percent fall" are changes', () => {
    expect(first('The advice was a cut of 35 per cent.').change).toBe(true);
    expect(first('It was a reduction of 518 tonnes.').change).toBe(true);
    expect(first('Our figure of a 40 percent fall comes from the council.').change).toBe(true);
    expect(sameThing(first('Our figure of a 40 percent fall in visits comes from the council.'), first('Visits fell by 12 percent between 2037 and 2041.'))).toBe(true);
  });

  it('a share is a part of a whole', () => {
    expect(figure('Cooperative members held 847 tonnes of last year\u2019s quota, and their share falls to 610 tonnes this year.', 610).part).toBe(true);
    expect(sameThing(first('Their share is 610 tonnes of haddock.'), first('Kellmouth boats landed 1,160 tonnes of haddock.'))).toBe(false);
  });

  it('figures at two clock times are of two events', () => {
    const at152 = first('A departure at 1.52am reached 84 dB(A) at the Hollins Lane monitor.');
    expect(at152.clock).toBe('1.52am');
    expect(sameThing(at152, first('A departure at 2.47am reached 79 dB(A) at the Hollins Lane monitor.'))).toBe(false);
    expect(sameThing(at152, first('A departure at 1.52am reached 79 dB(A) at the Hollins Lane monitor.'))).toBe(true);
  });

  it('what a plan would make so is supposed, and so is the same told again after "or"', () => {
    const plan = 'The end of the extended runway would be 740 metres from the school, or 500 metres from the safety area.';
    expect(figure(plan, 740).role).toBe('supposed');
    expect(figure(plan, 500).role).toBe('supposed');
    expect(first('The existing runway end is 1,190 metres from the school.').role).toBe('stated');
    expect(conflicting(plan, 'The existing runway end is 1,190 metres from the school.')).toEqual([]);
  });
});

describe('round twenty-six: faults the blind run of the two round-twenty-six corpora showed', () => {
  const figure = (text: string, value: number) => extractFigures(text).find((f) => f.value === value)!;

  it('what an outright denial concerns is not denied: "no injuries to staff" denies injuries', () => {
    const report = 'There were no injuries to staff, the public or firefighters at the Caldmoor depot.';
    expect(conflicting('The three Westvale staff on site got out of the Caldmoor depot safely, which is what matters most.', report)).not.toContain('conflict:denial');
    expect(conflicting('Two Westvale staff were injured at the Caldmoor depot, which is what matters most.', report)).toContain('conflict:denial');
  });

  it('a total over several places is not the count at one of them', () => {
    const region = figure('She is responsible for 310 buses at five depots.', 310);
    expect(region.across).toBe(true);
    expect(sameThing(region, first('Inspecting officers found 59 buses at the Caldmoor depot.'))).toBe(false);
    expect(sameThing(first('She is responsible for 290 buses.'), first('Inspecting officers found 59 buses at the Caldmoor depot.'))).toBe(true);
  });

  it('a year after a month\u2019s name is a year, and one in an opening "when" clause dates the sentence', () => {
    expect(first('The business case approved in October 2052 put the cost of the new building at \u00a329.5 million.').years).toEqual([2052]);
    expect(first('When the merger was first proposed in 2052, the building was estimated at \u00a329.5 million.').years).toEqual([2052]);
    expect(first('The merger was first proposed in 2052, and the building is now estimated at \u00a341.2 million.').years).toEqual([]);
  });

  it('an average count is not a total, unless both are rates', () => {
    const roll = first('Kestrelford High School had 1,140 pupils on roll.');
    expect(sameThing(first('The average class at Kestrelford High has 24 pupils.'), roll)).toBe(false);
    expect(sameThing(first('Kestrelford High School had 1,090 pupils on roll.'), roll)).toBe(true);
    expect(sameThing(first('Marrowfield loses an average of 61 megalitres a day through leaks.'), first('Marrowfield loses 45 megalitres a day through leaks.'))).toBe(true);
  });

  it('a hyphenated compound before the noun says which of them: "38 full-time posts"', () => {
    // The tagger reads "posts" here as a verb.
    const fullTime = first('The plan removes 38 full-time posts across the two schools, which employ 214 staff between them.');
    expect(fullTime.unit).toEqual(['post']);
    expect(fullTime.modifiers).toEqual(['full-time']);
    expect(first('The proposal would remove 38 full-time-equivalent posts.').unit).toEqual(['post']);
    expect(first('The extension would make it a 2,249-metre runway.').unit).not.toEqual(['runwai', 'metr']);
    expect(sameThing(fullTime, first('The two schools employ 214 staff between them.'))).toBe(false);
  });

  it('what a visitor counted, and "Of those posts, 23 …", are some of them', () => {
    expect(first('I counted four keepers in all that time.').subset).toBe(true);
    expect(first('Staff counted 3,478 ballot papers.').subset).toBeUndefined();
    expect(first('Of those posts, 23 are teaching jobs.').part).toBe(true);
    expect(sameThing(first('Of those posts, 23 are teaching posts.'), first('The proposal would remove 38 teaching posts.'))).toBe(false);
  });

  it('the parts of a list are parts: "23 are teaching jobs and 15 are in support roles"', () => {
    const list = 'Of those posts, 23 are teaching jobs and 15 are in support jobs.';
    expect(figure(list, 15).part).toBe(true);
    expect(sameThing(figure(list, 15), first('The plan removes 38 jobs.'))).toBe(false);
  });
});

describe('round twenty-seven: faults the blind run of the two round-twenty-seven corpora showed', () => {

  it('a list line\u2019s label names what has its figure', () => {
    expect(first('- Coldwell: 27 transactions a week').owner).toEqual(['coldwel']);
    expect(first('- Upper Brigg: 18 transactions a week').owner).toEqual(['upper', 'brigg']);
    expect(first('The counter handled 27 transactions a week.').owner).toBeUndefined();
    expect(first('PELLING: 27 transactions a week is not enough.').owner).toBeUndefined();
    expect(conflicting('- Coldwell: 27 post office transactions a week', '- Ashby Fold: 22 post office transactions a week')).toEqual([]);
    expect(conflicting('- Coldwell: 27 post office transactions a week', '- Coldwell: 22 post office transactions a week')).toContain('conflict:figures-differ');
  });

  it('a past participle before the noun says which of them, and the last noun heads what is counted', () => {
    const cancelled = first('Driver sickness led to 58 scheduled stop visits being cancelled.');
    expect(cancelled.unit).toEqual(['stop', 'visit']);
    expect(cancelled.modifiers).toEqual(['schedul']);
    expect(sameThing(cancelled, first('The two vans visit 64 stops on a fortnightly timetable.'))).toBe(false);
    const visiting = extractFigures('The plan would keep one vehicle visiting 41 stops every three weeks.').find((f) => f.value === 41)!;
    expect(visiting.unit).toEqual(['stop']);
    expect(sameThing(cancelled, visiting)).toBe(false);
    expect(sameThing(cancelled, first('Driver sickness led to 41 stop visits being cancelled.'))).toBe(true);
  });

  it('a figure a petition has passed is at least that many', () => {
    const passed = first('The petition has passed 7,000 signatures.');
    expect([passed.low, passed.high]).toEqual([7000, Infinity]);
    expect(conflicting('The Kelsey Green petition has passed 7,000 signatures.', 'The Kelsey Green petition had 9,312 signatures.')).toEqual([]);
    expect(conflicting('The Kelsey Green petition had 7,000 signatures.', 'The Kelsey Green petition had 9,312 signatures.')).toContain('conflict:figures-differ');
  });

  it('a level that sets something off is a threshold, not a reading', () => {
    const figure = (text: string, value: number) => extractFigures(text).find((f) => f.value === value)!;
    expect(figure("The agency's procedure is to begin closing both gates when the river reaches 3.2 m at the Town Bridge.", 3.2).role).toBe('norm');
    expect(figure('The pumps start once the water rises above 1.5 m.', 1.5).role).toBe('norm');
    expect(figure('The river at the Town Bridge reached 4.62 m at 03:40.', 4.62).role).toBe('stated');
  });

  it('"71 had water" counts no water, and a later "the 71" is the same part of those who replied', () => {
    const survey = 'Of the 97 households that replied, 71 had water inside their homes.';
    const had = extractFigures(survey).find((f) => f.value === 71)!;
    expect(had.unit).toEqual(['household']);
    expect(had.part).toBe(true);
    const [, later] = analyseSource(source(`${survey} Twenty-three of the 71 had no contents insurance.`), 0, 0).units.filter((u) => u.figures.length);
    expect(later!.figures.find((f) => f.value === 71)!.part).toBe(true);
    const homes = first('In total, 163 homes were flooded in Alderbridge.');
    expect(sameThing(later!.figures.find((f) => f.value === 71)!, homes)).toBe(false);
  });

  it('those who replied to a survey are a sample, not all there are', () => {
    const replied = first('Of the 97 households that replied, most had been flooded.');
    expect(replied.sampled).toBe(true);
    const warned = first('Of the 1,240 households in the warning area, 38% were registered.');
    expect(warned.sampled).toBeUndefined();
    expect(sameThing(replied, warned)).toBe(false);
    expect(sameThing(first('Of the 97 households that responded, most had been flooded.'), first('Of the 110 households that responded, most were flooded.'))).toBe(true);
  });

  it('a figure with no noun of its own is not of the place its clause puts it in', () => {
    const based = extractFigures('Okafor said 14 buses had been destroyed, out of the 62 based at the depot.').find((f) => f.value === 62)!;
    expect(based.placed).toEqual(['depot']);
    const depots = extractFigures('She is responsible for 310 buses at five depots.').find((f) => f.value === 5)!;
    expect(sameThing(based, depots)).toBe(false);
    const parked = extractFigures('At the time of the fire 51 buses were parked at the depot: 44 in the main hall.').find((f) => f.value === 44)!;
    expect(sameThing(parked, depots)).toBe(false);
    // A noun its clause names otherwise is still what it counts: "the figure for depots was 6".
    expect(sameThing(first('The company said the figure for depots was 6.'), depots)).toBe(true);
  });

  it('the body that tells a sum is not what the sum is of', () => {
    const said = first('The trust has said \u00a341.2 million.');
    expect(said.tellers).toEqual(['trust']);
    expect(first('The figure I have been given by the trust is \u00a341.2 million.').tellers).toEqual(['trust']);
    const redundancy = first('Redundancy costs, which the trust estimates at \u00a31.9 million, would fall to the trust.');
    expect(sameThing(said, redundancy)).toBe(false);
    // A body the sums are both of still ties them: "the trust's deficit".
    expect(sameThing(first('The trust ran a deficit of \u00a32.1 million.'), first('The trust says its deficit was \u00a31.9 million.'))).toBe(true);
  });

  it('responses are counted by whoever ran the survey, and those from some of the people asked are some of them', () => {
    const group = extractFigures("The group's online survey drew 412 responses, and 62 per cent opposed the merger.").find((f) => f.value === 412)!;
    expect(group.counter).toBe('group');
    const council = first("The council's consultation ran from 3 January to 28 February and received 1,036 responses.");
    expect(council.counter).toBe('council');
    expect(sameThing(group, council)).toBe(false);
    expect(first("Last autumn's survey drew 300 responses.").counter).toBeUndefined();
    const parents = first('Among the 388 responses from parents of Millbrook pupils, 71 per cent were opposed.');
    expect(parents.subset).toBe(true);
    expect(sameThing(parents, first('The consultation received 1,036 responses.'))).toBe(false);
    expect(sameThing(first('The consultation received 388 responses.'), first('The consultation received 412 responses.'))).toBe(true);
  });

  it('the bare whole a part is taken from ("29 of the 38") is a number said before', () => {
    const whole = extractFigures('Mr Pellow said he expected 29 of the 38 to go through voluntary redundancy.').find((f) => f.value === 38)!;
    expect(whole.role).toBe('earlier');
    expect(extractFigures('Mr Pellow said 29 of the 38 posts would go.').find((f) => f.value === 38)!.role).toBe('stated');
    expect(conflicting('At Kestrelford, 19 of the 38 went through voluntary redundancy.', 'At Kestrelford, 21 posts went through voluntary redundancy.')).toEqual([]);
  });
});

describe('round twenty-eight: faults the blind run of the two round-twenty-eight corpora showed', () => {

  it('the day a count was made is not the day of an event', () => {
    const event = 'Thorneby Corn Exchange in 2049 and Castle Ewell market in 2053: its counters now record around 15,000 visits a week.';
    expect(conflicting(event, 'The counters recorded 8,950 visits in the week ending Sunday 4 March 2057.')).toEqual([]);
    // Two events of one thing, dated twice, still differ.
    expect(conflicting('The market hall visits scheme was launched in 2049 by the council.', 'The council launched the market hall visits scheme in 2053.')).toContain('conflict:dates-differ');
  });
  it('a number after a pitch, a stall or a paragraph names it', () => {
    const values = (t: string) => extractFigures(t).map((f) => f.value);
    expect(values('My grandmother had a flower stall in the north aisle, pitch 12, for about twenty years.')).not.toContain(12);
    expect(values('As paragraph 12 of the report and table 4 say, it is so.')).toEqual([]);
    expect(values('The hall has 12 pitches.')).toEqual([12]);
  });

  it('an average sum is not one sum, and a sum owed is not the sum charged', () => {
    const average = first('- Average rent across all let stalls: current \u00a34,210');
    expect(average.statistic).toBe('mean');
    const hers = extractFigures("Denise Okafor's draft lease takes her rent from \u00a33,850 to \u00a34,620.").find((f) => f.value === 4620)!;
    expect(sameThing(average, hers)).toBe(false);
    expect(sameThing(first('The average rent for a stall is \u00a34,000.'), average)).toBe(true);
    const arrears = first('Rent arrears at 1 March stood at \u00a338,000.');
    expect(sameThing(arrears, first('The rent is \u00a34,620.'))).toBe(false);
    expect(sameThing(arrears, first('Rent arrears were \u00a341,000.'))).toBe(true);
  });
  it('a case supposed ("a 10 per cent rise would add") is not a figure stated', () => {
    const risk = first('The principal risk is construction cost inflation: a 10 per cent rise would add \u00a31.85 million.');
    expect(risk.value).toBe(10);
    expect(risk.role).toBe('supposed');
    expect(first('Rents will see a 20 per cent rise next year.').role).toBe('stated');
    expect(first('That would be a rise of 20 per cent.').role).toBe('stated');
  });

  it('"per cent" says how much something rose or fell, not what did', () => {
    expect(conflicting('Paragraph 5.3 says the standard stall goes from one rent to another, a rise of 20 per cent.', 'Its business case puts the decline at 38 per cent, and says the hall lost money.')).toEqual([]);
    // What rises, named in both, still sets the two ends against each other.
    expect(conflicting('Stall rents will rise by 20 per cent, the report says.', 'Stall rents will not rise, the council says.')).toContain('conflict:opposite-ends');
  });

  it("a bulleted line's label, bracket and all, names what has each figure on it; two names of one kind are not one owner", () => {
    const standard = extractFigures('- Standard stall (6 sq m): current \u00a33,850; proposed \u00a34,620 (+20%)');
    const double = extractFigures('- Double stall (12 sq m): current \u00a36,900; proposed \u00a38,280 (+20%)');
    expect(standard.map((f) => f.owner)).toEqual([['standard', 'stall'], ['standard', 'stall'], ['standard', 'stall'], ['standard', 'stall']]);
    expect(conflicting('- Standard stall (6 sq m): current \u00a33,850; proposed \u00a34,620 (+20%)', '- Double stall (12 sq m): current \u00a36,900; proposed \u00a38,280 (+20%)')).toEqual([]);
    expect(double[0]!.owner).toEqual(['doubl', 'stall']);
    // The same stall, labelled with its size or without, is one owner, and its two rents differ.
    expect(conflicting('- Standard stall (6 sq m): current \u00a33,850', '- Standard stall: current \u00a33,100')).toContain('conflict:figures-differ');
  });

  it('members are the members of a body: a cabinet of seven is not an association of 58', () => {
    const cabinet = 'The heritage society has written to all seven members of the borough council\u2019s cabinet, asking them to reject the scheme.';
    expect(first(cabinet).owner).toEqual(['cabinet']);
    expect(first('The association has 58 members, Mrs Okafor said.').owner).toEqual(['associ']);
    expect(first('The scheme was opposed by 300 members of the Civic Society.').owner).toEqual(['civic', 'societi']);
    expect(conflicting(cabinet, 'The association has 58 members, Mrs Okafor said.')).toEqual([]);
    // One body counted twice still differs.
    expect(conflicting('The association has 58 members, Mrs Okafor said.', 'The association now has 71 members, its chair said.')).toContain('conflict:figures-differ');
  });

  it("a table row's first cell names what has the row's figures, and a cell's rule is not a unit", () => {
    const [, handovers, share] = extractFigures('- Within 15 minutes | 233 | 38%');
    expect([handovers!.owner, handovers!.unit, share!.owner]).toEqual([['15', 'minut'], [], ['15', 'minut']]);
    expect(conflicting('- Within 15 minutes | 233 | 38%', '- Over 60 minutes | 171 | 28%')).toEqual([]);
    expect(conflicting('- Within 15 minutes | 233 handovers', '- Over 60 minutes | 171 handovers')).toEqual([]);
    // One row told twice, with another count of the same thing, still differs.
    expect(conflicting('- Within 15 minutes | 233 handovers', '- Within 15 minutes | 301 handovers')).toContain('conflict:figures-differ');
  });

  it('a line\u2019s numbering is not a count, "aged 84" is an age, and "60 working days" a span of time', () => {
    expect(extractFigures('5. Serious incident (patient aged 84)').map((f) => [f.value, f.kind])).toEqual([[84, 'age']]);
    expect(extractFigures('6.1 Responses received: 1,214 (online 1,002; paper 171; telephone 41).').map((f) => f.value)).toEqual([1214, 1002, 171, 41]);
    expect(extractFigures('12 schools closed.\n5 ambulances waited.').map((f) => f.value)).toEqual([12, 5]);
    expect(first('The ambulance trust says its review will take up to 60 working days.').kind).toBe('duration');
    expect(conflicting('The ambulance trust says its review will take up to 60 working days.', '- Ambulance arrivals: 612, of which the ambulance trust 598')).toEqual([]);
    expect(conflicting('5. Serious incident (patient aged 84)', 'The trust reports 187 handovers for its own 598 patients.')).toEqual([]);
  });

  it('later in an answer, a "That" opening a sentence points to the sentence before, not to the question', () => {
    const intro =
      'Marisol Beck is branch secretary of the crews union. She spoke to the Post on Monday.\n\nPOST: What did you see on Wednesday?\n\nBECK: Nine ambulances were queued outside the hospital for most of the night, and crews waited hours.\n\nPOST: Who pays for the new receiving area?\n\nBECK: The hospital trust does, but not before next winter, which is far too late for my crews.\n\n';
    const units = (t: string) => analyseSource({ ...source(intro + t), outlet: 'Vale Evening Post', genre: 'interview' }, 0, 0).units;
    const later = units('POST: What are you telling members?\n\nBECK: Take your breaks and write your times down. Three of our members had annual leave cancelled last week. That can\u2019t become normal.').find((u) => u.text.startsWith('That'))!;
    expect([...later.negated]).toEqual(['normal']);
    // Opening the answer, it still denies what was asked.
    const opening = units('POST: Are members being kept past the end of their shifts?\n\nBECK: That never happens.').at(-1)!;
    expect(opening.negated.has('@members')).toBe(true);
  });

  it('a year that names a thing ("The 2056 condition survey") is not a count; a count takes a plural', () => {
    const values = (t: string) => extractFigures(t).map((f) => f.value);
    expect(values('The 2056 condition survey estimated roof and structural repairs at \u00a34.6 million.')).toEqual([4600000]);
    expect(values("The council's 2056 survey puts them at \u00a34.6 million.")).toEqual([4600000]);
    expect(values('The 1200 homes, the 1200 new homes and its 1500 staff.')).toEqual([1200, 1200, 1500]);
  });

  it('after a noun, a plural ending the clause is the noun the figure counts ("96 stall pitches.")', () => {
    expect(extractFigures('It is 84 metres long and contains 96 stall pitches.')[1]!.unit).toEqual(['stall', 'pitch']);
    expect(conflicting("We'd keep 50 stalls on the ground floor, in the north and central aisles.", 'It is 84 metres long and contains 96 stall pitches.')).toEqual([]);
    // A verb after its subject is still a verb.
    expect(first('The 40 stalls closed.').unit).toEqual(['stall']);
    expect(first('About 300 people work there.').unit).toEqual(['peopl']);
  });

  it('a change denied only beyond a bound ("no rent would rise by more than 10 per cent") is a cap, not a denial', () => {
    const pledge = "Rents. Cllr Tom Pardew told the Gazette at the drop-in on 8 March that no trader's rent would rise by more than 10 per cent in the first year.";
    expect(conflicting(pledge, 'A 10 per cent rise would add \u00a31.85 million.')).toEqual([]);
    expect(kinds(signals('Ferry fares on the Velmar route will not rise by more than 5 per cent this year, the company said.', 'Ferry fares on the Velmar route will rise this year, the union said.'))).not.toContain('conflict:denial');
    // Denied outright, a rise is still denied.
    expect(conflicting('Ferry fares on the Velmar route will not rise this year, the company said.', 'Ferry fares on the Velmar route will rise this year, the union said.')).toContain('conflict:denial');
  });

  it('the cost of another option ("with the east range repaired rather than rebuilt") is a case supposed', () => {
    const option = 'Our own surveyor puts the essential roof work alone at \u00a32.9 million, with the east range repaired rather than rebuilt.';
    expect(first(option).role).toBe('supposed');
    expect(conflicting(option, "The council's survey puts roof and structural repairs at \u00a34.6 million.")).toEqual([]);
    expect(first('Our own surveyor puts the roof work at \u00a32.9 million, with scaffolding included.').role).toBe('stated');
  });

  it('whose figure a number is ("the ambulance trust\u2019s figure is 14") tells who gave it, not what it counts', () => {
    const corrected = 'That was a transcription error; the ambulance trust\u2019s figure is 14.';
    expect(first(corrected).tellers).toEqual(['ambul', 'trust']);
    expect(conflicting(corrected, '- Ambulance arrivals: 612, of which the ambulance trust 598')).toEqual([]);
    expect(conflicting(corrected, 'She said she counted 22 ambulances outside the department at 7pm.')).toEqual([]);
  });

  it('a threshold a rule sets ("a petition with 5,000 or more signatures", "5,000 signatures would trigger") is a norm, not a count', () => {
    const scheme = 'Under the petition scheme, a petition with 5,000 or more valid signatures will be debated at full council.';
    const trigger = 'Under the petition scheme, 5,000 signatures would trigger a debate at full council.';
    expect([first(scheme).role, first(trigger).role]).toEqual(['norm', 'norm']);
    for (const rule of [scheme, trigger]) expect(conflicting(rule, 'By yesterday evening our petition had 9,312 signatures, the campaign said.')).toEqual([]);
    expect(first('The petition closed with 5,000 or more signatures.').role).toBe('stated');
  });

  it('a negation inside a reason ("because the service couldn\u2019t find drivers") denies nothing the sentence asserts', () => {
    const reason = 'The campaign says villages have already lost library visits because the service couldn\u2019t find drivers.';
    expect(conflicting('Driver vacancies and sickness led to 58 scheduled stop visits being cancelled between April and December.', reason)).toEqual([]);
    // Denied outright, the visits lost are still denied.
    expect(conflicting("Cllr Pelling said that not a single visit had been cancelled for want of a driver.", 'Driver vacancies and sickness led to 58 scheduled stop visits being cancelled between April and December.')).toContain('conflict:denial');
  });

  it('what someone wants or proposes ("the council wants one van for 41 stops") is a case supposed', () => {
    const wants = 'Today two vans share 64 stops across the county, and the council wants one van for 41 stops, calling every three weeks.';
    expect(extractFigures(wants).filter((f) => f.kind === 'count').map((f) => [f.value, f.role])).toEqual([[2, 'stated'], [64, 'stated'], [41, 'supposed']]);
    expect(first('The council proposes a service of 41 stops.').role).toBe('supposed');
    expect(conflicting(wants, 'It currently operates two vehicles, which visit 64 stops on a fortnightly timetable.')).toEqual([]);
    expect(first('The council has 41 stops it wants to keep.').role).toBe('stated');
  });

  it('an option a list sets out ("- reduce the service to one vehicle visiting 41 stops") is a case supposed', () => {
    const option = 'The options are:\n- reduce the mobile library to one vehicle visiting 41 stops every three weeks;';
    expect(extractFigures(option).find((f) => f.value === 41)!.role).toBe('supposed');
    expect(conflicting(option, 'It currently operates two vehicles, which visit 64 stops on a fortnightly timetable.')).toEqual([]);
    expect(first('- Stops visited: 41').role).toBe('stated');
  });

  it('counts after a dash or in a bracket that break down the count before are parts of it', () => {
    const petition = 'In nine weeks, 3,540 people signed our petition \u2014 640 on paper at our table in the hall and 2,900 online.';
    const [, whole, paper, online] = extractFigures(petition);
    expect(whole!.part).toBeUndefined();
    expect([paper, online].map((f) => [f!.value, f!.part, f!.unit])).toEqual([[640, true, ['peopl']], [2900, true, ['peopl']]]);
    expect(conflicting(petition, 'Consultation responses received: 1,214, of which 171 came on paper.')).toEqual([]);
    expect(conflicting(petition, 'The business case counts 118 people working in the hall now.')).toEqual([]);
    // A count after a dash with a noun of its own, or a larger one, is not a part.
    expect(extractFigures('Some 40 stalls are let \u2014 the hall has 96 pitches.').map((f) => f.part)).toEqual([undefined, undefined]);
    expect(extractFigures('Only 40 traders came (about 120 had been invited).').map((f) => f.part)).toEqual([undefined, undefined]);
  });
});

describe('stop twenty-five: whom a scale word is said of, and what it means', () => {
  /** The signals between the unit of `a` holding `partA` and the unit of `b` holding `partB`. */
  function between(a: string, partA: string, b: string, partB: string): string[] {
    const ua = analyseSource({ ...source(a), genre: 'interview' }, 0, 0).units;
    const ub = analyseSource(source(b), 1, ua.length).units;
    const x = ua.find((u) => u.text.includes(partA))!;
    const y = ub.find((u) => u.text.includes(partB))!;
    return kinds(compareUnits(x, y, { index: new EvidenceIndex([...ua, ...ub]), months: [2031 * 12, 2031 * 12 + 1] }).signals);
  }
  // An interview: the answers are Volk's, and do not name her.
  const interview = (answer: string) =>
    `Maren Volk, 52, founded the Velmar Harbour Friends in 2019. She spoke to the Post on the quay.\n\nHow many of you are there?\n\nForty, and more each spring.\n\nWho does the work?\n\n${answer}\n\nWhat comes next?\n\nA new jetty, we hope.`;
  const volunteers = interview('We are all volunteers with day jobs who dedicate our evenings to the harbour friends.');
  const salary = 'Few have questioned Ms Volk (who appears to be the only one of the harbour friends to receive a salary), and the friends go on growing.';

  it('"We are all volunteers", said by Volk, and a sentence that names Volk as paid stand at two ends of one scale', () => {
    expect(between(volunteers, 'We are all volunteers', salary, 'receive a salary')).toContain('conflict:opposite-ends');
  });

  it('only when the speaker speaks of themselves, and the other sentence names them', () => {
    // An answer that speaks of others, not of its speaker, is not about her, nor is a passage about someone else.
    const plain = interview('Most helpers are volunteers with day jobs who dedicate their evenings to the harbour.');
    expect(between(plain, 'Most helpers', salary, 'receive a salary')).not.toContain('conflict:opposite-ends');
    const other = 'Few have questioned Mr Tarrin (who appears to be the only one of the harbour friends to receive a salary), and the friends go on growing.';
    expect(between(volunteers, 'We are all volunteers', other, 'receive a salary')).not.toContain('conflict:opposite-ends');
  });

  it('"voluntary" is by choice, not unpaid: voluntary redundancy on the payroll is no conflict', () => {
    expect(conflicting('By 11 March, payroll records showed 19 applications for voluntary redundancy at the Velmar school.', 'By 11 March the Velmar school had 19 applications for voluntary redundancy, the head said.')).toEqual([]);
    expect(conflicting('The Velmar school payroll lists every one of its 40 helpers.', 'The 40 helpers at the Velmar school are all volunteers.')).toContain('conflict:opposite-ends');
  });
});

describe('stop twenty-six: what a figure, or a rise, is of', () => {
  it('seats "in the three older stands" are a total over several stands, not the seats of one stand', () => {
    const older = 'A club spokesman said all 14,600 seats in the three older stands would be available for the Velmar match.';
    expect(extractFigures(older)[0]!.across).toBe(true);
    expect(conflicting('The new Velmar stand, which holds 6,400 seats, was due to open on Saturday.', older)).toEqual([]);
    // Two totals over the same stands are still compared.
    expect(conflicting('The club said the 12,900 seats in the three older stands of the Velmar ground would be open.', older)).toContain('conflict:figures-differ');
  });

  it('a count whose noun is left out after "along with" counts what the count before it counts', () => {
    const cuts = 'Ms Hale said 140 of the 1,180 journeys the Velmar depot runs on a weekday would be withdrawn, along with 64 on Saturdays.';
    expect(extractFigures(cuts).find((f) => f.value === 64)!.unit).toEqual(extractFigures(cuts)[0]!.unit);
    expect(conflicting('Ms Hale is responsible for 310 buses at five depots, of which the Velmar depot is the second largest.', cuts)).toEqual([]);
    // Without "along with" the bare count is read as before, and a count after a comma alone keeps no noun.
    expect(extractFigures('The Velmar depot ran 1,180 journeys, 64 on Saturdays.').find((f) => f.value === 64)!.unit).toEqual([]);
  });

  it('in "the risk of the stock failing rises" the risk rises, not the stock', () => {
    const smaller = 'The Velmar survey found the cod spawning stock 9 per cent smaller than a year before.';
    const risk = 'We estimate the cod spawning stock at 41,000 tonnes, below which the risk of the stock failing to replace itself rises sharply.';
    expect(conflicting(smaller, risk)).toEqual([]);
    // Said of the stock itself, a rise is the other end of "smaller".
    expect(conflicting(smaller, 'We estimate the cod spawning stock at 41,000 tonnes, and the stock rises every year.')).toContain('conflict:opposite-ends');
  });

  it('"two vans share 64 stops" is the verb: the 64 stops are all of them, not a share of a whole', () => {
    const vans = 'Today two vans share 64 stops across the Velmar county, and the council wants one van for 41 stops.';
    expect(extractFigures(vans).find((f) => f.value === 64)!.part).toBeUndefined();
    expect(extractFigures('Their share falls to 610 tonnes this year.')[0]!.part).toBe(true);
    expect(extractFigures("Our members' share has gone from 847 tonnes to 610.")[0]!.part).toBe(true);
    expect(conflicting('All but two of the 23 stops proposed for removal in Velmar county are within four miles of a branch library.', vans)).toEqual([]);
  });

  it('the whole a part is taken from is given: another passage naming it does not check the sentence', () => {
    const near = 'All but two of the 23 stops proposed for removal are within four miles of a Velmar branch library.';
    const [, whole] = extractFigures(near);
    expect([whole!.value, whole!.whole]).toEqual([23, true]);
    /** The weight of the strongest same-figure agreement between the two. */
    const agreement = (a: string, b: string) => Math.max(0, ...signals(a, b).filter((x) => x.kind === 'same-figure').map((x) => x.weight));
    // Only weak agreement: shown as context, never as support (draft.ts's STRONG_AGREEMENT is 0.45).
    expect(agreement(near, 'The 23 stops the Velmar council proposes to remove include Kelsey Green.')).toBe(0.3);
    // The part itself, told again, still checks it.
    expect(agreement('Nine of the 14 trams have been delivered to the Velmar yard.', 'Lindqvist: Nine of the 14 trams are at the Velmar yard already.')).toBe(0.6);
  });

  it('"not one metre" is a length: cubic metres of storage are not some of it', () => {
    const denial = 'Not one metre has been cut, the Velmar mayor said.';
    expect(conflicting(denial, 'The Velmar mayor said the storage area would hold 1.3 million cubic metres.')).toEqual([]);
    // Metres of length that were cut are some of what is denied.
    expect(conflicting(denial, 'The Velmar mayor said 700 metres had been cut.')).toContain('conflict:denial');
  });

  it('"not one metre has been cut" is denied by kilometres cut, but not by a distance', () => {
    // A corpus where the walls and the mayor are spoken of everywhere: only the cut is telling.
    const talk = [
      'The Velmar mayor opened the new walls in May.',
      'Velmar walls were damaged in the storm, the mayor recalled.',
      'The mayor said Velmar spent less on the walls last year.',
      'Every Velmar family knows the walls, and the mayor who built them.',
      'The Velmar walls stand where the mayor said they would.',
    ];
    const between = (a: string, b: string) => {
      const units = [a, b, ...talk].flatMap((t, i, all) => analyseSource(source(t), i, all.slice(0, i).length * 1000).units);
      const [x, y] = [units.find((u) => u.text === a)!, units.find((u) => u.text === b)!];
      return kinds(compareUnits(x, y, { index: new EvidenceIndex(units), months: [2031 * 12, 2031 * 12] }).signals).filter((k) => k.startsWith('conflict:'));
    };
    const denial = 'Not one metre of the Velmar walls has been cut, the mayor said.';
    expect(between(denial, 'In 2051 the Velmar walls were cut from 1.9 kilometres to 1.2 kilometres, the mayor said.')).toEqual(['conflict:denial']);
    expect(between(denial, 'The Velmar walls were cut at a storage area 6 km upstream of the town, the mayor said.')).toEqual([]);
    expect(between(denial, 'The Velmar walls were cut within 2 km of the river, the mayor said.')).toEqual([]);
  });

  it('those who would qualify are some of the pupils, not all of them', () => {
    const qualify = 'The council estimates that 540 pupils would qualify for free transport once the Velmar site closes.';
    expect(first(qualify).subset).toBe(true);
    expect(first('About 300 homes in Velmar are eligible for the grant.').subset).toBe(true);
    expect(conflicting(qualify, 'Mrs Hale said the new Velmar building would not be enough for the 1,760 pupils now at the two schools.')).toEqual([]);
    expect(conflicting(qualify, 'Mrs Hale said 610 pupils would qualify for free transport once the Velmar site closes.')).toContain('conflict:figures-differ');
  });

  it('a rule of what may be ("does not permit any spectators in it") is not denied by a crowd', () => {
    const crowd = 'The Velmar crowd was within the limit of 12,900 set by the amended certificate, which closed the new stand.';
    expect(conflicting('The amended Velmar certificate, issued today, does not permit any spectators in the new stand.', crowd)).toEqual([]);
    // Said as a fact, the same denial is answered by the crowd.
    expect(conflicting('The amended Velmar certificate, issued today, found no spectators in the new stand.', crowd)).toContain('conflict:denial');
  });

  it('a participle before "by" says who set a figure, not what it counts', () => {
    expect(first('The crowd was within the limit of 12,900 set by the council.').unit).toEqual([]);
    expect(first('The 40 seats reserved by the club were empty.').unit).toEqual(['seat']);
  });

  it('a speaker\'s label before a sentence that opens with a figure is who speaks, not what has the figure', () => {
    expect(extractFigures('Lindqvist: Nine of the 14 trams are at the yard already.')[0]!.owner ?? []).not.toContain('lindqvist');
    // A list line's label is what has it.
    expect(extractFigures('- Coldwell: 27 transactions a week')[0]!.owner).toEqual(['coldwel']);
    expect(extractFigures('Coldwell: 27 transactions a week')[0]!.owner).toEqual(['coldwel']);
  });

  it('those a body "represents" are its own, not every household of the town', () => {
    const body = 'This statement is issued by the Velmar Residents\' Association, which represents 146 households in the lower town.';
    const all = 'Of the 1,240 households in the Velmar warning area, 38% were registered.';
    expect(first(body).owner).toEqual(['associ']);
    expect(conflicting(body, all)).toEqual([]);
    expect(conflicting('This statement is issued for the 146 households in the Velmar warning area.', all)).toContain('conflict:figures-differ');
  });
});

describe('stop twenty-six: the occasion a paragraph tells of', () => {
  /** The signals between the units of two sources holding `part`. */
  function between(a: string, b: string, part: string): string[] {
    const ua = analyseSource(source(a), 0, 0).units;
    const ub = analyseSource(source(b, '2031-02-08'), 1, ua.length).units;
    const x = ua.find((u) => u.text.includes(part))!;
    const y = ub.find((u) => u.text.includes(part))!;
    return kinds(compareUnits(x, y, { index: new EvidenceIndex([...ua, ...ub]), months: [2031 * 12 + 1, 2031 * 12 + 1] }).signals);
  }
  const declaration = 'Voters in Velmar North chose a new councillor on Thursday.\n\nAt the declaration on Friday, the votes given were: Ann Hale, 1,204; Tom Reyes, 1,187. Twenty-three ballot papers were rejected.';
  const recount = 'The Velmar North result was challenged.\n\nAt the recount on Monday, the votes given were: Ann Hale, 1,199; Tom Reyes, 1,195. Twenty-four ballot papers were rejected.';

  it('a sentence in a paragraph that opens "At the recount," tells of the recount, so its figures are not the first count\'s', () => {
    const units = analyseSource(source(recount), 0, 0).units;
    expect(units.find((u) => u.text.startsWith('Twenty-four'))!.setting).toBe('At the recount on Monday');
    expect(between(declaration, recount, 'ballot papers were rejected')).not.toContain('conflict:figures-differ');
  });

  it('without that opening the two counts of rejected papers are compared', () => {
    const plain = recount.replace('At the recount on Monday, the votes', 'On Monday the votes');
    expect(analyseSource(source(plain), 0, 0).units.every((u) => u.setting === undefined)).toBe(true);
    expect(between(declaration, plain, 'ballot papers were rejected')).toContain('conflict:figures-differ');
  });
});

describe('stop twenty-eight: a count in a log, on the day and at the hour another passage tells of', () => {
  const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
  const month = 2053 * 12;
  const counted = 'Ms Beck said she counted 22 ambulances outside the Hallowford department at 7pm on the Wednesday.';
  const log = 'The largest number of ambulances waiting at one time outside the Hallowford department was 17, at 19:00 on 15 January.';

  it('"the largest number of ambulances … was 17" counts ambulances', () => {
    expect(first(log).unit).toEqual(['ambul']);
    expect(first('The number of complaints about the Hallowford service this year is 40.').unit).toEqual(['complaint']);
  });

  it('a 24-hour time is the 12-hour one people say: "19:00" is 7pm, "21:40" is 9.40pm', () => {
    expect(first(log).clock).toBe('7.00pm');
    expect(first('The divert at 21:40 turned away 9 ambulances.').clock).toBe('9.40pm');
    expect(first('At 08:05 there were 6 ambulances waiting.').clock).toBe('8.05am');
  });

  it('"on the Wednesday" in a paper of Tuesday 21 January is 15 January: the log of that day is compared with it', () => {
    expect(conflictsOnDays(counted, log, [day(2053, 1, 21), day(2053, 2, 4)], month)).toContain('conflict:figures-differ');
    // Another day's log is another day's queue.
    expect(conflictsOnDays(counted, log.replace('15 January', '8 January'), [day(2053, 1, 21), day(2053, 2, 4)], month)).toEqual([]);
    // And another hour's.
    expect(conflictsOnDays(counted, log.replace('19:00', '21:40'), [day(2053, 1, 21), day(2053, 2, 4)], month)).toEqual([]);
  });
});

describe('stop twenty-eight: those counted by the limit of time they passed', () => {
  const courier = 'The Courier reported that 41 people waited more than six hours in Hallowford ambulances that week.';
  const union = 'The union says fourteen people waited more than six hours in Hallowford ambulances that week.';

  it('"more than" a number is that number\'s bound, not a difference from the count before it', () => {
    expect(first(courier).change).toBeUndefined();
    expect(first('The Hallowford tide was 45 centimetres higher than the predicted tide.').change).toBe(true);
  });

  it('those who waited more than six hours are told by that limit: two counts of them conflict', () => {
    expect(first(courier).beyond).toBe(360);
    expect(conflicting(courier, union)).toContain('conflict:figures-differ');
  });

  it('those past another limit, or all of them, are other people', () => {
    expect(conflicting(courier, union.replace('six hours', 'four hours'))).toEqual([]);
    expect(first('WVAT reports 187 handovers that took longer than 60 minutes.').beyond).toBe(60);
    expect(conflicting(courier, 'The union says 598 people waited in Hallowford ambulances that week.')).toEqual([]);
  });
});

describe('stop twenty-eight: a quotation that runs over several sentences', () => {
  const who = (text: string, part: string) => speakerOf(text, part);

  it('a sentence inside a quotation its paragraph opened is still the speaker\u2019s', () => {
    const dunmore = 'Rachel Dunmore, the trust\u2019s director, said: "Our staff worked hard all week. At no point did we close the department to ambulances."';
    expect(who(dunmore, 'At no point')).toBe('Rachel Dunmore');
    expect(who(dunmore.replace(/"/g, (_q: string, i: number) => (i < 60 ? '\u201C' : '\u201D')), 'At no point')).toBe('Rachel Dunmore');
  });

  it('once the quotation closes, the writer speaks again, and a new paragraph starts afresh', () => {
    expect(who('"Our staff worked hard all week," Rachel Dunmore said. The department closed to ambulances at 21:40.', 'closed to ambulances')).toBe('the reporter');
    expect(who('Rachel Dunmore said: "Our staff worked hard all week."\n\nThe department closed to ambulances at 21:40.', 'closed to ambulances')).toBe('the reporter');
  });
});

describe('round twenty-nine: faults the blind run of the two round-twenty-nine corpora showed', () => {
  it('a year that labels a list line is the year of its figures', () => {
    expect(first('- 2055: all-weather 33, inshore 41').years).toEqual([2055]);
    expect(conflicting('- 2055: all-weather 33, inshore 41', '- 2057: all-weather 38, inshore 36')).toEqual([]);
    // Lines of one year are compared.
    expect(conflicting('- 2057: all-weather 33, inshore 41', '- 2057: all-weather 38, inshore 36')).toContain('conflict:figures-differ');
  });

  it('list lines whose labels name kinds of one thing are of different things; the label may carry its year', () => {
    const allWeather = '- All-weather lifeboat running cost, 2057 (outturn): \u00a3231,400';
    expect(first(allWeather).owner).toEqual(['weather', 'lifeboat', 'run', 'cost']);
    expect(conflicting(allWeather, '- Inshore lifeboat running cost, 2057 (outturn): \u00a388,600')).toEqual([]);
    expect(conflicting(allWeather, '- Station total cost, 2057 (outturn): \u00a3402,000')).toEqual([]);
    // The same line told again is compared.
    expect(conflicting(allWeather, '- All-weather lifeboat running cost, 2057 (outturn): \u00a3213,400')).toContain('conflict:figures-differ');
    // And names of one kind still share only their kind.
    expect(conflicting('- Standard stall: \u00a33,850 a year', '- Double stall: \u00a36,100 a year')).toEqual([]);
  });

  it('"\u00a36.1m" is six million one hundred thousand pounds, and "2057/58" is a year, not 58 of something', () => {
    const line = first('- Base budget 2057/58: \u00a36.1m (no grant was received in 2057/58)');
    expect([line.value, line.text, line.years]).toEqual([6_100_000, '\u00a36.1m', [2057]]);
    expect(extractFigures('- Base budget 2057/58: \u00a36.1m (no grant was received in 2057/58)').map((f) => f.text)).toEqual(['\u00a36.1m']);
    expect(first('The bridge cost \u00a31.2bn.').value).toBe(1_200_000_000);
    // Not a length: "6.1m" without a currency is metres.
    expect(first('The wall is 6.1m high.').value).toBe(6.1);
  });

  it('counts after a colon break the count before it down: "74 launches: 38 by the all-weather lifeboat and 36 by the inshore"', () => {
    const log = 'The station log records 81 taskings in 2057, giving 74 launches: 38 by the all-weather lifeboat and 36 by the inshore lifeboat.';
    expect(extractFigures(log).slice(2).map((f) => [f.unit, f.part])).toEqual([[['launch'], true], [['launch'], true]]);
    expect(conflicting(log, 'The Cawsey lifeboats were tasked 81 times in 2057, the service said.')).toEqual([]);
  });

  it('a denial said of a year is answered only by a passage of that year', () => {
    // Both published in 2031.
    const grant = 'Mr Ashdown said the Velmar road budget had been cut, and the government grant was papering over it.';
    expect(conflicting('The Velmar road budget for 2029/30 was £6.1m (no grant was received in 2029/30).', grant)).toEqual([]);
    expect(conflicting('The Velmar road budget for 2031 was £6.1m (no grant was received in 2031).', grant)).toContain('conflict:denial');
    // A passage naming its year is of that year.
    expect(conflicting('The Velmar road budget for 2029/30 was £6.1m (no grant was received in 2029/30).', grant.replace('over it', 'over it in 2029'))).toContain('conflict:denial');
  });

  it('a unit written onto its number ("48mm", "3km") is its unit; "4G" and "5m people" are not', () => {
    expect([first('The paper records 48mm at 9.20am.').text, first('The paper records 48mm at 9.20am.').unit]).toEqual(['48mm', ['millimetr']]);
    expect(first('The depot is 3km away.').unit).toEqual(['kilometr']);
    expect(first('The trench was 1.2m wide.').unit).toEqual(['metr']);
    expect(first('Sales of 4G phones rose.').unit).not.toEqual(['gram']);
    expect(first('About 5m people watched.').unit).not.toEqual(['metr']);
    // So a depth is not a count of defects.
    expect(conflicting('The Velmar paper records 48mm at 9.20am.', 'The Velmar paper puts open defects at 2,318.')).toEqual([]);
  });

  it('a threshold a rule sets ("A defect of 40mm or more … is Category 1", "the council\u2019s 40mm intervention level") is no measurement', () => {
    const rule = first('A defect of 40mm or more on the Velmar cycle network is Category 1.');
    expect([rule.role, rule.low, rule.high]).toEqual(['norm', 40, Infinity]);
    expect(first('It was over the council\u2019s 40mm intervention level by then.').role).toBe('norm');
    expect(first('The Velmar hole was 40mm deep.').role).toBe('stated');
    expect(conflicting('A defect of 40mm or more on the Velmar cycle network is Category 1.', 'The defect on the Velmar cycle network was 35mm deep.')).toEqual([]);
  });

  it('a day written "4 September" is a day, as "September 4" is, also when the sentence puts the figure on it after', () => {
    expect(first('- 4 September: inspected at 09:20; depth 48mm').span).toBe('september 4');
    const before = 'The Mill Lane hole had been 35mm when it was inspected on 21 August.';
    expect(first(before).span).toBe('august 21');
    expect(conflicting('- 4 September: Mill Lane hole inspected; depth 48mm', before)).toEqual([]);
    expect(conflicting('- 21 August: Mill Lane hole inspected; depth 48mm', before)).toContain('conflict:figures-differ');
  });

  it('"nine out of ten potholes" is a share, not ten potholes', () => {
    expect(extractFigures('This summer nine out of ten potholes reported to us were fixed within our target time.')).toEqual([]);
    expect(first('This summer nine of the ten potholes reported to us were fixed.').value).toBe(9);
  });

  it('a measurement told from another time ("two days later", "the next morning") is of that time, not of a day another passage names', () => {
    const later = 'Our inspector looked at the Mill Lane hole two days later and it was 35 millimetres deep.';
    expect(first(later).span).toBe('two days later');
    expect(first('We measured the Mill Lane hole at eight the next morning and it was 70 millimetres deep.').span).toBe('the next morning');
    expect(conflicting(later, 'We measured the Mill Lane hole at eight the next morning and it was 70 millimetres deep.')).toEqual([]);
    expect(conflicting(later, 'Our volunteers measured the Mill Lane hole on 4 September and it was 70 millimetres deep.')).toEqual([]);
    expect(conflicting(later.replace(' two days later', ''), 'Our volunteers measured the Mill Lane hole and it was 70 millimetres deep.')).toContain('conflict:figures-differ');
  });

  it('"The" opening a sentence after a number or a quotation mark is no name both passages share', () => {
    const units = analyseSource(source('3.6 The service aims to reduce open defects to below 1,500 by 31 March.'), 0, 0).units;
    expect([...units[0]!.names]).not.toContain('the');
    expect(conflicting('A council spokesperson said: "The council has not reduced the number of repair crews working on our roads."', '3.6 The service aims to reduce open defects to below 1,500 by 31 March.')).toEqual([]);
    // A name past the first word still is one.
    expect([...analyseSource(source('3.6 Mill Lane was inspected.'), 0, 0).units[0]!.names]).toEqual(expect.arrayContaining(['mill', 'lane']));
  });

  it('what an estimate "puts at" a figure is what it counts ("the paper puts open defects at 2,318")', () => {
    const open = first('The Velmar paper puts open defects at 2,318 at the end of September.');
    expect([open.unit, open.modifiers]).toEqual([['defect'], ['open']]);
    expect(conflicting('- All Velmar defects: 3,140 logged', 'The Velmar paper puts open defects at 2,318 at the end of September.')).toEqual([]);
    expect(conflicting('The Velmar council puts open defects at 3,140 at the end of September.', 'The Velmar paper puts open defects at 2,318 at the end of September.')).toContain('conflict:figures-differ');
  });

  it('sums "as follows:" are parts of a whole, not the whole another passage tells', () => {
    const split = 'Cabinet agreed to allocate the Pothole Action Fund as follows: \u00a30.5m to the principal road network and \u00a30.3m to the cycle network.';
    expect(extractFigures(split).map((f) => f.part)).toEqual([true, true]);
    const cut = 'Mr Ashdown said the base budget for the road network had been cut to \u00a35.4 million.';
    expect(conflicting(cut, split)).toEqual([]);
    // Without "as follows:" nothing says they are parts.
    expect(conflicting(cut, split.replace(' as follows:', ':'))).toContain('conflict:figures-differ');
  });

  it('a total that names what was added to a base is that base and the addition, not another count of it', () => {
    const base = '"The base budget for fixing roads has been cut from \u00a36.1 million to \u00a35.4 million," he said.';
    expect(conflicting(base, 'With the extra \u00a3800,000 from the government, our repair budget this year is \u00a36.2 million.')).toEqual([]);
    expect(conflicting(base, 'With the extra \u00a3300,000 from the government, our repair budget this year is \u00a36.2 million.')).toContain('conflict:figures-differ');
  });
});

describe('round thirty: faults the blind run of the round-thirty corpus showed', () => {
  const who = (text: string, part: string) => speakerOf(text, part);

  it('a quotation is its speaker\u2019s from its first sentence, when a later one names them', () => {
    const lyle = 'Mr Quill defended the record. "We issued 9,020 notices in six months. That is no cash machine," he said.';
    expect(who(lyle, 'We issued')).toBe('Mr Quill');
    expect(who('"I was parked there for 25 minutes, no more. My permit was on the dashboard," Ms Okoro said.', 'parked there')).toBe('Ms Okoro');
    // A quotation that closes in its own sentence is not given to the next one's speaker.
    expect(who('"Permit holders only." "It was a mess," Ms Okoro said.', 'Permit holders')).toBe('the reporter');
  });

  it('a paragraph that is only a quotation goes on quoting the person quoted before it', () => {
    const text = 'Joan Pilbeam, 68, said: "I pay every time my daughter visits."\n\n"They have sold more permits than there are spaces on my street."';
    expect(who(text, 'sold more permits')).toBe('Joan Pilbeam');
    // Not after the writer has spoken in between, nor a short quoted name.
    expect(who('Joan Pilbeam, 68, said: "I pay every time."\n\nThe council replied on Monday.\n\n"They have sold more permits than there are spaces."', 'sold more permits')).toBe('the reporter');
    expect(who('Joan Pilbeam, 68, said: "I pay every time."\n\n"Residents only" signs went up in March.', 'signs went up')).toBe('the reporter');
  });

  it('"he said" with no one named near it is the man quoted in the paragraphs before', () => {
    const text = 'Peter Venn opened the shop in 1990; Venn\u2019s son and Venn\u2019s grandson run it now.\n\nColm Ashby, who chairs the traders, said trade had fallen.\n\n"Footfall is down by a third," he said.\n\nMargaret Holm, who chairs the Tanner\u2019s Row Residents\u2019 Group, said the signs were late.\n\n"People are learning," he said.';
    expect(who(text, 'People are learning')).toBe('Colm Ashby');
    // "Tanner's Row Residents" and "One" are not people.
    expect(who('The Tanner\u2019s Row Residents\u2019 Group met. Margaret Holm said the Tanner\u2019s Row Residents were angry. Residents agreed.\n\n"The signs were late," he said.', 'signs were late')).not.toMatch(/Residents/);
    expect(who('"Three of our members have cut hours. One has told me she will close," he said.', 'One has told')).not.toBe('One');
  });

  it('a denied sum is answered only by a passage giving that sum', () => {
    const denied = 'Kerrow has not been paid \u00a3520,000.';
    expect(conflicting(denied, 'Kerrow has been paid \u00a3520,000 since March, the councillor said.')).toContain('conflict:denial');
    expect(conflicting(denied, '5.1 Kerrow Parking is paid a fixed fee of \u00a367,000 a month.')).toEqual([]);
    expect(conflicting(denied, 'Kerrow get a fixed monthly fee for running the scheme.')).toEqual([]);
    // Nor does it say which end of the pay scale Kerrow is at.
    expect(kinds(signals(denied, 'Kerrow tell us their officers are on a flat salary.'))).toEqual([]);
    // "not one" denies the thing itself.
    expect(conflicting('Not one metre of the Kerrow scheme has been cut.', 'The Kerrow scheme was cut from 1.9 kilometres of walls to 1.2 kilometres.')).toContain('conflict:denial');
  });

  it('what is asked for, what a question word opens and what no information is held on are not denied or asserted', () => {
    const contract = '5.4 The contract does not govern how the contractor pays its own staff.';
    expect(conflicting('Kerrow tell us their officers are on a flat salary and the contractor pays its own staff.', contract)).toEqual([]);
    expect(conflicting('Kerrow tell us their officers are paid a flat salary.', 'The council holds no information on officers\u2019 pay.')).toEqual([]);
    expect(conflicting('We are asking the council to give the contractor\u2019s own staff a bonus for tickets.', 'The contractor does not give its own staff a bonus for tickets.')).toEqual([]);
    // A plain denial still is one.
    expect(conflicting('The contractor does not pay its own staff a bonus for tickets.', 'The contractor pays its own staff a bonus of \u00a34 for each ticket.')).toContain('conflict:denial');
  });

  it('things named by letter are told apart, as by number: Zone A is not Zone B', () => {
    expect(kinds(signals('- Zone A first permits: 1,880 at \u00a380', '- Zone B first permits: 1,860 at \u00a395'))).toEqual([]);
    expect(conflicting('The Zone A permits number 1,860.', 'There are 2,400 permits in Zone B.')).toEqual([]);
    expect(conflicting('The Zone A permits number 1,860.', 'There are 2,400 permits in Zone A.')).toContain('conflict:figures-differ');
  });

  it('a range of days written day first, and a month that labels a list line, are spans a total is not compared across', () => {
    expect(first('In total 11,640 PCNs were issued between 1 March and 31 August 2060.').span).toBe('march 1 to august 31');
    expect(first('- August 2060: PCNs issued 1,600; cancelled 246')).toMatchObject({ span: 'august', years: [2060] });
    expect(first('- August 2060: PCNs issued 1,600; cancelled 246').owner).toBeUndefined();
    expect(kinds(signals('4.2 In total 11,640 PCNs were issued between 1 March and 31 August 2060.', '- August 2060: PCNs issued 1,600; cancelled 246'))).toEqual([]);
    // Two months' lines are two counts, not one event dated twice by their year.
    expect(kinds(signals('- August 2060: PCNs issued 1,600; cancelled 246', '- March 2060: PCNs issued 2,410; cancelled 520'))).toEqual([]);
    expect(conflicting('- August 2060: PCNs issued 1,600; cancelled 246', 'Wardens issued 1,450 PCNs in August.')).toContain('conflict:figures-differ');
  });

  it('a house number is no count', () => {
    expect(extractFigures('The charity has operated from 14 Canal Street since March 2028.').map((f) => f.value)).toEqual([]);
    expect(extractFigures('The charity runs 14 food banks on Canal Street.').map((f) => f.value)).toEqual([14]);
  });

  it('what was forecast or proposed is not what was so', () => {
    const forecast = extractFigures('7.2 The Cabinet report of 9 December 2059 forecast a net surplus of \u00a390,000 for the first six months.');
    expect(forecast[0]!.role).toBe('supposed');
    expect(extractFigures('The scheme made a surplus of \u00a3216,160 in its first six months, against the \u00a390,000 the council forecast.').map((f) => f.role)).toEqual(['stated', 'stated', 'supposed']);
    expect(extractFigures('6.5 Proposed charges from 1 April 2061: Zone A first permit \u00a390; second permit \u00a3165.').map((f) => f.role)).toEqual(['supposed', 'supposed']);
    expect(conflicting('6.5 Proposed charges from 1 April 2061: visitors\u2019 day permit \u00a32.60.', 'Visitors\u2019 day permits are \u00a32.40.')).toEqual([]);
    expect(conflicting('The scheme made a net surplus of \u00a390,000 in its first six months.', 'The scheme made a net surplus of \u00a3216,160 in its first six months, the review says.')).toContain('conflict:figures-differ');
  });

  it('a count told "by" a day or a month is of that day or month', () => {
    expect(first('6.2 In all, 4,150 residents\u2019 permits had been issued by 31 August 2060.').span).toBe('august 31');
    expect(first('A spokesperson said 3,980 residents\u2019 permits had been issued by the end of July.').span).toBe('july');
    expect(conflicting('6.2 In all, 4,150 residents\u2019 permits had been issued by 31 August 2060.', 'A spokesperson said 3,980 residents\u2019 permits had been issued by the end of July.')).toEqual([]);
    expect(conflicting('6.2 In all, 4,150 residents\u2019 permits had been issued by 31 July 2060.', 'A spokesperson said 3,980 residents\u2019 permits had been issued by the end of July.')).toContain('conflict:figures-differ');
  });

  it('a thing said not to be so ("the signs weren\u2019t up") is not asserted against a denial of it', () => {
    const none = 'There were no warning signs on Tanner\u2019s Row, residents said.';
    expect(conflicting(none, 'The warning signs on Tanner\u2019s Row were not up, residents said.')).toEqual([]);
    expect(conflicting(none, 'Warning signs were put up on Tanner\u2019s Row in January, the council said.')).toContain('conflict:denial');
    // Said how it is, not that it is not there, it is still asserted.
    expect(conflicting(none, 'The warning signs on Tanner\u2019s Row are not getting any smaller.')).toContain('conflict:denial');
    // A negation in a clause of its own says nothing of the word before it.
    expect(conflicting('Not a single library visit had been cancelled for want of a driver.', 'Villages have lost library visits because the service couldn\u2019t find drivers.')).toContain('conflict:denial');
  });

  it('"in six months" is a span, not six places a total is spread across', () => {
    const lyle = 'We issued 9,020 PCNs in six months, in a scheme covering thousands of households.';
    expect(first(lyle)).toMatchObject({ span: 'in six months' });
    expect(first(lyle).across).toBeUndefined();
    expect(conflicting(lyle, '4.2 In total 11,640 PCNs were issued between 1 March and 31 August 2060.')).toContain('conflict:figures-differ');
    // Another length of time is another span; six depots are places.
    expect(conflicting(lyle.replace('six months', 'two months'), '4.2 In total 11,640 PCNs were issued between 1 March and 31 August 2060.')).toEqual([]);
    expect(first('We issued 9,020 PCNs in six depots.').across).toBe(true);
  });

  it('a count told the same way as the one before it, its noun left out, counts the same things', () => {
    const [, , fourteen] = extractFigures('For comparison, WVAT reports 187 handovers over 60 minutes and 14 over six hours for its own 598 patients.');
    expect([fourteen!.value, fourteen!.unit, fourteen!.across, fourteen!.beyond]).toEqual([14, ['handov'], undefined, 360]);
    // Those past a limit are not all of them.
    expect(conflicting('For comparison, WVAT reports 187 handovers over 60 minutes and 14 over six hours for its own 598 patients.', 'The trust logged 612 handovers that week.')).toEqual([]);
    // Not when the second is told another way.
    expect(extractFigures('WVAT reports 187 handovers over 60 minutes and 14 in the car park.')[2]!.unit).toEqual([]);
  });
});

describe('round thirty-one: faults the blind run of the round-thirty-one corpus showed', () => {
  it('"the number of X … has been cut from 14" counts X', () => {
    expect(first('The number of on-call firefighters based at the station has been cut from 14 to eight.').unit).toEqual(['firefight']);
    expect(conflicting('| Incidents in Hollinford station area | 688 | 712 |', 'The number of on-call firefighters based at the station has been cut from 14 to eight.')).toEqual([]);
  });

  it('what was so before a day is not what is so from it, nor now', () => {
    const before = '- Night shift before 6 January 2061: two appliances, nine firefighters';
    expect(extractFigures(before).find((f) => f.value === 9)!.span).toBe('before january 6');
    expect(extractFigures('- Night shift from 6 January 2061: one appliance, seven firefighters').find((f) => f.value === 7)!.span).toBe('from january 6');
    expect(conflicting(before, '- Night shift from 6 January 2061: one appliance, seven firefighters')).toEqual([]);
    expect(conflicting('There are five firefighters on duty at Hollinford every night.', before)).toEqual([]);
    expect(conflicting('There are five firefighters on duty at Hollinford every night.', '- Night shift from 6 January 2061: one appliance, seven firefighters on duty')).toContain('conflict:figures-differ');
  });

  it('a total across the county is the county\u2019s, and a day shift is of the day', () => {
    const county = '2.5 Across the county, 26 appliances are available during the day and 19 at night, from 17 stations.';
    expect(first(county).owner).toEqual(['counti']);
    expect(conflicting(county, 'Between 07:00 and 19:00 Hollinford continues to have two appliances.')).toEqual([]);
    expect(conflicting('Across the county we have 26 engines available during the day.', 'The county has 24 engines available during the day.')).toContain('conflict:figures-differ');
    expect(conflicting('- Day shift, 07:00-19:00: two appliances, nine firefighters', 'There are five firefighters on duty at Hollinford at night.')).toEqual([]);
  });

  it('a title or a first name that tells another sex is another person of the surname', () => {
    const father = '5.6 Mr Pryce, 82, remains in hospital.';
    expect(conflictsOnDays('Mr Pryce\u2019s daughter, Karen Pryce, 54, said her father was asleep.', father, [33000, 33010], 2061 * 12 + 2)).toEqual([]);
    expect(conflictsOnDays('Karen Pryce, 54, was there.', 'Ms Pryce, 61, was there.', [33000, 33010], 2061 * 12 + 2)).toContain('conflict:ages-differ');
  });

  it('those on duty are not all a station has, a timeline\u2019s moment is not what is so in general, and a kind of place is no name', () => {
    const duty = 'The Chief said there were five firefighters on duty at Hollinford every night.';
    expect(first(duty).modifiers).toEqual(['on-duti']);
    expect(conflicting(duty, 'The number of on-call firefighters based at the station has been cut from 14 to eight.')).toEqual([]);
    expect(conflicting(duty, 'There are four firefighters on duty at Hollinford every night, the union says.')).toContain('conflict:figures-differ');
    const moment = '- 02:58:00 Two firefighters enter the property wearing breathing apparatus';
    expect(first(moment)).toMatchObject({ clock: '2.58am', moment: true });
    expect(conflicting(moment, duty)).toEqual([]);
    expect(conflicting(moment, 'At 2.58am four firefighters entered the property, the union said.')).toContain('conflict:figures-differ');
    expect(conflicting('| Westmarsh (all stations) | 8 min 52 s | 9 min 14 s |', '| Hollinford station area | 6 min 40 s | 7 min 52 s |')).toEqual([]);
    expect(conflicting('| Hollinford station area | 6 min 40 s | 7 min 52 s |', '| Hollinford station area | 6 min 10 s | 7 min 30 s |')).toContain('conflict:figures-differ');
  });

  it('a passage that gives the speaker\u2019s title as its source ("The Chief said") retells the speaker\u2019s account', () => {
    const interview = { ...source('MARA HOLT: How many engines stand at Orrin at night?\n\nDAVID QUELL: There are three engines at Orrin every night, fully crewed by trained staff.', '2061-03-17', 'Orrin Sound'), genre: 'interview' as const, title: 'Breakfast interview: Chief Fire Officer David Quell on night cover' };
    const blog = { ...source('The Chief said there are three engines at Orrin every night, fully crewed by trained staff.', '2061-04-08', 'Orrin Union Blog'), genre: 'blog' as const, author: 'Jo Kerr' };
    const { pack } = draftPack([interview, blog], { updated: '2061-06-01' });
    const item = pack.items.find((i) => i.quote.text.includes('There are three engines at Orrin every night'))!;
    const retold = [...item.evidence, ...(((item.extensions as { draft?: DraftItemExtension })?.draft?.candidates ?? []) as Array<{ text: string; stance: string }>)].find((e) => e.text.includes('The Chief said'));
    expect(retold?.stance).toBe('context');
    expect(item.verdict).not.toBe('verified-fact');
  });

  it('a change "from 14 to eight" ends at eight, and the 14 is what was before', () => {
    const cut = 'The number of on-call firefighters based at the station has been cut from 14 to eight.';
    expect(extractFigures(cut).map((f) => [f.value, f.role])).toEqual([[14, 'earlier'], [8, 'stated']]);
    expect(conflicting('- Day shift, 07:00-19:00: two appliances, up to nine firefighters', cut)).toEqual([]);
    expect(conflicting('The station now has 12 on-call firefighters.', cut)).toContain('conflict:figures-differ');
  });

  it('the crew an engine is "crewed by" is those on duty, not all the station has', () => {
    expect(first('Hollinford 1 was crewed by five firefighters on 42 nights.').modifiers).toContain('on-duti');
    expect(conflicting('Hollinford 1 was crewed by five firefighters on 42 nights.', 'The station has eight firefighters.')).toEqual([]);
    expect(conflicting('Hollinford 1 was crewed by five firefighters on 42 nights.', 'Hollinford 1 was crewed by four firefighters on 42 nights.')).toContain('conflict:figures-differ');
  });
});

describe('round thirty-two: faults the blind run of the round-thirty-two corpora showed', () => {
  it('a line labelled "kind, which one" is of that one, and a weekly label is per week', () => {
    const castle = '- Weekly GP appointments, Castle Street: 1,260';
    expect(first(castle)).toMatchObject({ per: 'week', which: ['castl', 'street'] });
    expect(conflicting(castle, '- Weekly GP appointments, Quarry Hill: 720')).toEqual([]);
    expect(conflicting(castle, '- Weekly GP appointments, both sites: 1,980')).toEqual([]);
    expect(conflicting('4.3 In May 2059 the partnership offered 8,600 GP appointments in total.', '- Weekly GP appointments, both sites: 1,980')).toEqual([]);
    // One site's line is not what a passage that never names the site tells; the line of both sites is.
    expect(conflicting('Across April and May we offered 2,300 GP appointments a week.', castle)).toEqual([]);
    expect(conflicting('The partnership offered 2,300 GP appointments a week, she said.', '- Weekly GP appointments, both sites: 1,980')).toContain('conflict:figures-differ');
    expect(conflicting(castle, '- Weekly GP appointments, Castle Street: 1,100')).toContain('conflict:figures-differ');
  });

  it('what a body forecasts, with no article before it, is not what was so', () => {
    expect(first('4.4 The partnership forecasts 2,150 GP appointments a week from October.').role).toBe('supposed');
  });

  it('what a thing is "not the same as" is weighed against it, not denied', () => {
    const notices = 'We put notices up in both waiting rooms and on the website in March, and every patient has since had a letter.';
    expect(conflicting(notices, 'A notice on a waiting-room wall is not the same as a letter through your door.')).toEqual([]);
    expect(conflicting(notices, 'A notice on a waiting-room wall went up, but no letter came through your door.')).toContain('conflict:denial');
  });
});

describe('round thirty-three: faults the blind run of the round-thirty-three corpus showed', () => {
  /** The signals between the first two units of one official document. */
  const withinOne = (text: string) => {
    const u = analyseSource({ ...source(text), genre: 'official' }, 0, 0).units;
    return kinds(compareUnits(u[0]!, u[1]!, { index: new EvidenceIndex(u), months: [2062 * 12 + 2] }).signals);
  };

  it('a name a bracket follows has the figure in it, and a total of several places together is theirs', () => {
    const line = '7.2 Wrayford is the third-busiest station, after Castlebury (4.1 million entries and exits in 2061).';
    expect(first(line).owner).toEqual(['castleburi']);
    expect(conflicting('The number is around 820,000 entries and exits a year.', line)).toEqual([]);
    expect(conflicting('Castlebury recorded 3.9 million entries and exits in 2061.', line)).toContain('conflict:figures-differ');
    expect(first('The 11 stations together recorded 7.6 million entries and exits in 2061.').across).toBe(true);
    expect(conflicting('The number is around 820,000 entries and exits a year.', 'The 11 stations together recorded 7.6 million entries and exits in 2061.')).toEqual([]);
  });

  it('two rows of one document\u2019s table are two rows', () => {
    expect(withinOne('Entries | 377,000 | 412,000\n\nEntries and exits | 750,000 | 820,000')).toEqual([]);
    expect(withinOne('Entries | 377,000 | 412,000\n\nEntries | 370,000 | 412,000')).toContain('conflict:figures-differ');
  });

  it('two figures of one paragraph are told together, unless it says one revises the other', () => {
    expect(withinOne('7.3 The monitor recorded an average of 140 passengers a day using the lift in November 2061. About 1,100 passengers a day join or leave trains at platform 2.')).toEqual([]);
    expect(withinOne('The council first said 230 homes were flooded. It now says 210 homes were flooded.')).toContain('conflict:figures-differ');
    expect(withinOne('The board said on Monday that 71 grades had been raised. Its spokesman had told the Gazette last week that 64 grades had been raised.')).toContain('conflict:figures-differ');
  });

  it('what "is now put at" another figure is the figure it replaces', () => {
    expect(extractFigures('The repair that was going to cost about \u00a3180,000 is now put at \u00a3246,000.').map((f) => f.role)).toEqual(['earlier', 'stated']);
    expect(conflicting('5.3 The total estimated cost of the repair is \u00a3246,000.', 'The repair that was going to cost about \u00a3180,000 is now put at \u00a3246,000.')).toEqual([]);
  });

  it('a count of two nouns joined by "and" counts both, not the first alone', () => {
    expect(first('The number is around 820,000 entries and exits a year.').unit).toEqual(['entri', 'exit']);
    expect(first('The station had 820,000 entries and exits in 2061.').unit).toEqual(['entri', 'exit']);
    const row = extractFigures('Entries | 377,000 | 412,000')[0]!;
    expect(sameThing(first('The station recorded around 820,000 entries and exits.'), row)).toBe(false);
    expect(sameThing(first('The station recorded around 820,000 entries.'), row)).toBe(true);
    expect(conflicting('The station recorded around 820,000 entries and exits.', 'The station recorded 600,000 entries and exits.')).toContain('conflict:figures-differ');
    // A verb after "and" with its own object is no second noun.
    expect(first('The university employs about 2,900 staff and teaches about 16,500 students.').unit).toEqual(['staff']);
  });
});

describe('round thirty-four: faults the blind run of the round-thirty-four corpus showed', () => {
  it('the places a passage names as known ("at the nine schools") are all of them, not those something is done at', () => {
    expect(first('Pupils are on roll at the nine schools.').all).toBe(true);
    expect(conflicting('2.4 Hot meals are cooked on site at six schools.', 'Pupils are on roll at the nine schools.')).toEqual([]);
    expect(conflicting('2.4 Hot meals are cooked on site at six schools.', 'Hot meals are cooked on site at nine schools.')).toContain('conflict:figures-differ');
  });

  it('"the other three" is the rest of the whole a part was taken from, and speaks of what that rest counts', () => {
    const six = 'Hot meals are cooked on site at six of the schools and brought by van from the central kitchen to the other three.';
    expect(extractFigures(six).map((f) => [f.value, f.unit, !!f.part])).toEqual([[6, ['school'], true], [3, ['school'], true]]);
    expect(conflicting(six, 'Three of the nine schools get their meals from our kitchen.')).not.toContain('conflict:figures-differ');
    expect(conflicting(six.replace(' and brought by van from the central kitchen to the other three', ''), 'Three of the nine schools get their meals from our kitchen.')).toContain('conflict:figures-differ');
  });

  it('of a passage that names several things by number, a figure is of the one named nearest it', () => {
    const spec = '6.1 The contract requires a standard main-course portion of 380g for Key Stage 2 pupils and 290g for Key Stage 1 pupils.';
    expect(conflicting('6.2 The menu cut the Key Stage 2 main-course portion to 340g.', spec)).not.toContain('conflict:figures-differ');
    expect(conflicting('6.2 The menu cut the Key Stage 1 main-course portion to 340g.', spec)).toContain('conflict:figures-differ');
  });

  it('"40g off" is a difference, and a list line that asks for something to be done is no fact', () => {
    expect(first('That is 40g off every junior plate.').change).toBe(true);
    expect(conflicting('6.2 The menu cut the junior portion to 340g.', 'That is 40g off every junior plate.')).toEqual([]);
    expect(extractFigures('We ask Harvest Table to:\n- get the 380g junior portion back on the plate by 11 June;')[0]!.role).toBe('supposed');
    expect(conflicting('6.2 The menu cut the junior portion to 340g.', '- get the 380g junior portion back on the plate by 11 June;')).toEqual([]);
    expect(conflicting('6.2 The menu cut the junior portion to 340g.', '- The junior portion is 380g on the plate.')).toContain('conflict:figures-differ');
  });

  it('a clause that opens "No child …" denies its privative however far it comes', () => {
    const selwood = 'No child in any of our schools has gone without a hot meal.';
    expect(kinds(signals(selwood, 'His answer was that no child had gone without a hot meal.'))).not.toContain('conflict:denial');
    expect(kinds(signals(selwood, 'His answer was that no child had gone without a hot meal.'))).toContain('agreement:same-denial');
    expect(conflicting(selwood, 'Some children in our schools have gone without a hot meal.')).toContain('conflict:denial');
  });

  it('"X\u2019s answer … was that" is X\u2019s account retold, and "As" opens no name', () => {
    const blog = 'Martin Selwood runs the firm.\n\nMr Selwood\u2019s answer on the radio was that no child had gone without a hot meal.\n\nAs Naveen Kapoor, the head at Coldharbour, told the Echo, 63 children were given a sandwich.';
    expect(speakerOf(blog, 'answer on the radio', 'blog')).toMatch(/Selwood/);
    expect(speakerOf(blog, 'told the Echo', 'blog')).toBe('Naveen Kapoor');
  });

  it('those "made to" one body are some of what is counted, not the total', () => {
    expect(first('Of the 44 complaints made to Harvest Table directly, 29 received a full reply.').subset).toBe(true);
    expect(conflicting('There have been 212 complaints in total.', 'Of the 44 complaints made to Harvest Table directly, 29 received a full reply.')).toEqual([]);
    expect(conflicting('There have been 212 complaints in total.', 'There have been 44 complaints in total.')).toContain('conflict:figures-differ');
  });
});

describe('round thirty-five: faults the blind run of the round-thirty-five corpus showed', () => {
  const figuresOf = (text: string, part: string) => unitWith(text, part).figures;
  const table = '| Feature | Market Street (current) | Station Road (proposed) |\n| Serving positions | 4 | 2, plus 1 kiosk |\n| Figures | 2061 | 2062 |';

  it('what is now is not what is to be: "where four serve now" / "there will be two serving positions"', () => {
    expect(first('Two people serving, where four serve now, is our worry.').tense).toBeUndefined();
    expect(extractFigures('Two people serving, where four serve now, is our worry.')[1]!.tense).toBe('now');
    expect(first('There will be two serving positions and a kiosk.').tense).toBe('later');
    // Both in one clause say nothing; "the same as now" after a comma leaves the figure to what is to be.
    expect(first('There\u2019ll be four counter positions, the same as now.').tense).toBe('later');
    expect(conflicting('There will be two serving positions at the new branch.', 'Four people serve now at the branch.')).toEqual([]);
    expect(conflicting('There will be two serving positions at the new branch.', 'There will be four serving positions at the new branch.')).toContain('conflict:figures-differ');
  });

  it('a table\u2019s column heading says which time its cells are of', () => {
    const [now, later] = figuresOf(table, 'Serving positions');
    expect([now!.tense, later!.tense]).toEqual(['now', 'later']);
    expect(figuresOf(table, 'Figures | 2061')).toEqual([]);
    const years = figuresOf('| Measure | 2059 | 2060 |\n| Calls | 412 | 388 |', 'Calls');
    expect(years.map((f) => f.years)).toEqual([[2059], [2060]]);
    const staff = '| Feature | Market Street (current) | Station Road (proposed) |\n| Staff | 4 | 3 |';
    expect(conflictingAt(staff, '| Staff', 'The branch now has 6 staff employed by the operator.')).toContain('conflict:figures-differ');
    expect(conflictingAt(staff, '| Staff', 'The branch will have 6 staff employed by the operator.')).toEqual([]);
  });

  it('a table row\u2019s label names what its bare figures count: positions are not staff', () => {
    const [positions] = figuresOf(table, 'Serving positions');
    expect(sameThing(first('The branch has 6 staff employed by the operator.'), positions!)).toBe(false);
    const [staff] = figuresOf('| Feature | Market Street |\n| Counter staff | 6 (4.8 FTE) |', 'Counter staff');
    expect(sameThing(first('The branch has 6 staff employed by the operator.'), staff!)).toBe(true);
  });

  it('a distance in a straight line is not one by road', () => {
    const [road, straight] = extractFigures('The nearest branch is 4.1 miles from here by road (2.9 miles in a straight line).');
    expect([road!.straight, straight!.straight]).toEqual([undefined, true]);
    expect(first('Little Cawsey is 2.9 miles away as the crow flies.').straight).toBe(true);
    expect(conflicting('Little Cawsey is 4.1 miles away by road.', 'Little Cawsey is 2.9 miles away as the crow flies.')).toEqual([]);
    expect(conflicting('Little Cawsey is 4.1 miles away by road.', 'Little Cawsey is 3.6 miles away by road.')).toContain('conflict:figures-differ');
  });

  it('what a total "included" is some of it, not all of it', () => {
    expect(first('It included 81 responses that had been submitted twice.').subset).toBe(true);
    expect(conflicting('Of the 1,222 responses, 788 opposed the move.', 'It included 81 responses that had been submitted twice.')).toEqual([]);
  });

  it('how many "have never used" something is a count, not a denial of it', () => {
    const kiosk = 'There will be two serving positions and a self-service kiosk.';
    expect(conflicting(kiosk, 'Our survey found that 19 per cent have never used a self-service kiosk.')).not.toContain('conflict:denial');
    expect(conflicting(kiosk, 'In 2062 the branch did not have a self-service kiosk.')).toContain('conflict:denial');
    expect(conflicting(kiosk, 'There will never be a self-service kiosk.')).toContain('conflict:denial');
    // A date is no count: "told the radio on 22 May that \"We have not reduced …\"" still denies.
    const denial = 'We have not reduced a single portion size.';
    expect(kinds(signals(denial, 'Mr Selwood told the radio on 22 May that "We have not reduced a single portion size."'))).not.toContain('conflict:opposite-ends');
  });

  it('a privative governs its noun phrase only up to its verb: "without replacement remains the fallback"', () => {
    const report = 'Closure remains the fallback if the agreement is not signed by 31 March.';
    expect(conflicting('The report says closure without replacement remains the fallback.', report)).toEqual([]);
    expect(conflicting('The report says closure does not remain the fallback.', report)).toContain('conflict:denial');
    // Nor through where it is said of: "a ban on the use of hosepipes across the valley" does not deny "across".
    expect(conflicting('The company will ban the use of hosepipes across the valley.', 'A temporary use ban, often called a hosepipe ban, will come into force across the area.')).toEqual([]);
  });
});

describe('round thirty-six: faults the blind run of the round-thirty-six corpus showed', () => {

  it('a decimal after a document\u2019s part ("paragraph 4.4") and a reference ("LIC/65/14") count nothing', () => {
    expect(extractFigures('It was 45, not 50 as stated in paragraph 4.4 of report LIC/65/14.').map((f) => f.text)).toEqual(['45', '50']);
    expect(extractFigures('Paragraph 7.4 of the report says 4.4 tonnes.').map((f) => f.text)).toEqual(['4.4']);
  });

  it('a list line\u2019s or table row\u2019s label names what its bare counts count', () => {
    expect(first('- Hackney carriage drivers: 243').unit).toEqual(['driver']);
    expect(first('- Applicants on the vehicle waiting list: 62').unit).toEqual(['applic']);
    // A name, two things, or a measure word name no noun.
    expect(first('- Coldwell: 27').unit).toEqual([]);
    expect(first('- Entries and exits: 377,000').unit).toEqual([]);
    expect(conflicting('There are currently 174 licensed hackney carriages.', '- Hackney carriage drivers: 243')).toEqual([]);
    expect(conflicting('There are currently 250 hackney carriage drivers.', '- Hackney carriage drivers: 243')).toContain('conflict:figures-differ');
  });

  it('a label\u2019s words after its noun qualify the count, and a passage about the same count names them', () => {
    const table = '| Measure | 2059 | 2060 |\n| Incidents in Westmarsh | 9,512 | 9,870 |';
    expect(conflictingAt(table, 'Incidents in', 'Hollinford\u2019s engines went to 1,094 incidents in 2059.')).toEqual([]);
    expect(conflictingAt(table, 'Incidents in', 'Westmarsh had 9,700 incidents in 2059.')).toContain('conflict:figures-differ');
  });

  it('a column heading names what its cells count, and how often a label says they are', () => {
    const objections = '| Objector | Objections |\n| Private hire drivers | 104 |';
    expect(conflictingAt(objections, 'Private hire', 'There are 538 licensed private hire drivers.')).toEqual([]);
    expect(conflictingAt(objections, 'Private hire', 'Private hire drivers sent 120 objections.')).toContain('conflict:figures-differ');
    const fares = '| Fare | Now | New |\n| Rate per mile | \u00A32.60 | \u00A32.90 |';
    expect(conflictingAt(fares, 'Rate per mile', 'A typical two-mile journey will cost \u00A39.60.')).toEqual([]);
    expect(conflictingAt(fares, 'Rate per mile', 'The rate is now \u00A32.75 per mile.')).toContain('conflict:figures-differ');
  });

  it('hours that run through the night say the figure is of the night', () => {
    const night = 'Tariff 2, which applies from 22:00 to 06:00, would make a typical journey cost \u00A314.40.';
    expect(first(night).span).toBe('night');
    expect(conflicting('A typical daytime journey will cost \u00A39.60.', night)).toEqual([]);
    expect(conflicting('A typical journey at night will cost \u00A313.90.', night)).toContain('conflict:figures-differ');
  });

  it('what someone was "never surveyed about" is not denied, only the surveying', () => {
    const never = 'Private hire drivers were never surveyed about their earnings.';
    expect(conflicting(never, 'The licensing service\u2019s income from licence fees was \u00A3386,500 in 2064/65.')).toEqual([]);
    expect(conflicting(never, '- Private hire drivers, average earnings per hour after costs: \u00A310.70')).toEqual([]);
    expect(conflicting(never, 'Private hire drivers were surveyed about their earnings.')).toContain('conflict:denial');
  });

  it('a list line that gives a ground counts those who gave it, and "responses from" some are a sample', () => {
    expect(first('- the fare increase is too large at a time of high living costs: 118 objections').subset).toBe(true);
    expect(conflicting('The council received 163 objections.', '- the fare increase is too large at a time of high living costs: 118 objections')).toEqual([]);
    expect(conflicting('The council received 163 objections.', '- Objections received: 118 objections')).toContain('conflict:figures-differ');
    expect(first('The survey received responses from 57 private hire drivers.').sampled).toBe(true);
    expect(conflicting('There are 538 licensed private hire drivers.', 'The survey received responses from 57 private hire drivers.')).toEqual([]);
  });

  it('those something was done to are not those still waiting', () => {
    expect(first('At 30 September, 2,318 defects were open.').standing).toBe(true);
    expect(conflicting('- All defects: 3,140 logged', 'At 30 September, 2,318 defects were open.')).toEqual([]);
    expect(conflicting('- All defects: 3,140 logged', '- All defects: 2,318 logged')).toContain('conflict:figures-differ');
  });
});

describe('round thirty-seven: faults the blind run of the round-thirty-seven corpus showed', () => {
  it('the places other figures are counted over ("across its six sites") are not what a sentence tells', () => {
    expect(extractFigures('212 households are on its waiting list across its six sites.')[1]!.scope).toBe(true);
    expect(conflicting('212 households are on its waiting list across its six sites.', 'The number of plots across the two sites will fall by one.')).toEqual([]);
    expect(conflicting('The council runs six allotment sites.', 'The council runs two allotment sites.')).toContain('conflict:figures-differ');
  });

  it('what is said of "the other sites" is not said of the one named', () => {
    const named = 'Rents at Sallow Fields will be \u00A382 per full plot in 2066/67.';
    expect(first('The standard rent at the council\u2019s other sites will be \u00A374 per full plot in 2066/67.').elsewhere).toBe(true);
    expect(conflicting(named, 'The standard rent at the council\u2019s other sites will be \u00A374 per full plot in 2066/67.')).toEqual([]);
    expect(conflicting(named, 'The rent at Sallow Fields will be \u00A374 per full plot in 2066/67.')).toContain('conflict:figures-differ');
  });

  it('those "left out" of a count are some of what it counts', () => {
    expect(first('It left out the five plots let to the community garden.').subset).toBe(true);
    expect(conflicting('So 91 plots go and 90 come back.', 'That figure was wrong: it left out the five plots let to the community garden.')).toEqual([]);
  });

  it('those who hold some of them ("the remaining 57 plots, held by 48 tenants") are some of those who hold them all', () => {
    expect(extractFigures('The remaining 57 plots, held by 48 tenants, are not affected.')[1]!.subset).toBe(true);
    expect(conflicting('The 91 plots in the disposal area are held by 83 tenants.', 'The remaining 57 plots, held by 48 tenants, are not affected.')).toEqual([]);
    expect(conflicting('The 91 plots in the disposal area are held by 83 tenants.', 'The 91 plots in the disposal area are held by 48 tenants.')).toContain('conflict:figures-differ');
  });

  it('a rise and a fall told by figures of different kinds are of different things', () => {
    const rent = 'The standard rent will rise from \u00A368 to \u00A374 per full plot.';
    expect(conflicting(rent, 'Full plots shrink from 250 to 200 square metres.')).toEqual([]);
    expect(conflicting(rent, 'Full plot rents will shrink.')).toContain('conflict:opposite-ends');
  });

  it('"I wouldn\u2019t grow on it myself" is what the speaker would do, no denial of a fact', () => {
    const negated = (text: string) => unitOf(text).negated;
    expect(negated('I wouldn\u2019t grow food on that corner myself.').has('grow')).toBe(false);
    expect(negated('We would not grow food on that corner.').has('grow')).toBe(false);
    // Not someone else's refusal: "The council wouldn't grow food there" says what it did not do.
    expect(negated('The council wouldn\u2019t grow food on that corner.').has('grow')).toBe(true);
  });
});

describe('round thirty-six, again: the false conflicts its corpus still showed', () => {
  const fares = 'The flag fall will rise from \u00A33.40 to \u00A33.80, and the rate per mile from \u00A32.60 to \u00A32.90.';

  it('a rate its clause names before the figure ("the rate per mile from £2.60 to £2.90") is per that', () => {
    expect(extractFigures(fares).map((f) => f.per)).toEqual([undefined, undefined, 'mile', 'mile']);
    expect(conflicting('A typical daytime journey will cost \u00A39.90.', 'The rate per mile is \u00A32.90.')).toEqual([]);
  });

  it('the new value of a change is of the old one\u2019s time of day, not of the day the old one was said on', () => {
    const trip = 'Under the new table, a typical daytime trip goes up from \u00A38.60 to \u00A39.90.';
    expect(extractFigures(trip).map((f) => f.span)).toEqual(['day', 'day']);
    const night = 'Tariff 2, which applies from 22:00 to 06:00, would make a typical journey cost \u00A314.40.';
    expect(conflicting(trip, night)).toEqual([]);
    expect(extractFigures('On Friday the ministry said the figure of 318,000 was a typo and should have read 316,000.')[1]!.span).toBeUndefined();
  });

  it('a sample\u2019s list is a sample, all of it: "responses from 96 hackney drivers and 57 private hire drivers"', () => {
    const survey = 'The survey received responses from 96 hackney carriage drivers and 57 private hire drivers.';
    expect(extractFigures(survey).map((f) => f.sampled)).toEqual([true, true]);
    expect(conflicting('There are 538 licensed private hire drivers.', survey)).toEqual([]);
  });

  it('the verb after a figure says when it is of: "will be" is later than "were"', () => {
    const later = '45 of the 185 hackney carriages will be wheelchair accessible.';
    const past = 'The report stated that 39 of the 174 hackney carriages were wheelchair accessible.';
    expect(extractFigures(later).map((f) => f.tense)).toEqual(['later', 'later']);
    expect(extractFigures(past).map((f) => f.tense)).toEqual(['past', 'past']);
    expect(conflicting(later, past)).toEqual([]);
    expect(conflicting(later, '50 of the 185 hackney carriages will be wheelchair accessible.')).toContain('conflict:figures-differ');
  });

  it('a figure no one put forward ("No proposal for 20 additional licences") is not told as so', () => {
    expect(first('No proposal for 20 additional licences has been made by officers.').role).toBe('supposed');
    const limit = 'The committee confirmed the limit of 185 licences, with the 11 additional licences reserved for wheelchair-accessible vehicles.';
    expect(conflicting('No proposal for 20 additional licences has been made by officers.', limit)).toEqual([]);
    expect(conflicting('A proposal for 20 additional licences has been made by officers.', limit)).toContain('conflict:figures-differ');
  });
});

describe('round thirty-nine: faults the blind run of the round-thirty-nine corpus showed', () => {
  const negated = (text: string) => unitOf(text).negated;
  const affirmed = (text: string) => unitOf(text).affirmed;

  it('room for so many ("space for 64 buses") is not how many there are', () => {
    expect(first('Mill Lane has parking and maintenance space for 64 buses.').role).toBe('norm');
    expect(conflicting('Mill Lane already has 47 buses.', 'Mill Lane has parking and maintenance space for 64 buses.')).toEqual([]);
    expect(conflicting('Mill Lane already has 47 buses.', 'Mill Lane already has 64 buses.')).toContain('conflict:figures-differ');
  });

  it('"already" is now, and what a plan "would be" is later', () => {
    expect(first('And Mill Lane has already got 47 buses in it.').tense).toBe('now');
    expect(first('And Mill Lane has already got 47 buses in it.').owner).toEqual(['mill', 'lane']);
    expect(first('Under the proposal, 18 buses would be allocated to the town routes.').tense).toBe('later');
    expect(conflicting('The town routes already have 22 buses.', 'Under the proposal, 18 buses would be allocated to the town routes.')).toEqual([]);
  });

  it('"I told them 64 drivers, and that was wrong" withdraws the 64', () => {
    expect(first('I told them 64 drivers, and that was wrong.').role).toBe('retracted');
    expect(first('I told them 64 drivers, and that was the figure.').role).toBe('stated');
  });

  it('kinds of what a count counts, after a colon, are parts of it: "11 posts: 9 driver posts and 2 engineering posts"', () => {
    expect(extractFigures('The proposal would remove 11 posts: 9 driver posts and 2 engineering posts.').map((f) => !!f.part)).toEqual([false, true, true]);
    expect(conflicting('The proposal would remove 11 posts: 9 driver posts and 2 engineering posts.', 'The 58 drivers fill 52 driver posts.')).toEqual([]);
  });

  it('departures or miles named by a day are so many on each of those days, and "a sample of" is a sample', () => {
    expect(extractFigures('Saturday departures (268) and Sunday departures (142) would be unchanged.').map((f) => f.per)).toEqual(['saturday', 'sunday']);
    expect(first('The correct weekday figure is 263 miles.').per).toBe('weekday');
    expect(conflicting('Weekday departures on the town routes would fall from 350 to 346.', 'Saturday departures (268) would be unchanged.')).toEqual([]);
    expect(first('It was based on a sample of 140 departures observed at four stops.').sampled).toBe(true);
  });

  it('the period a figure is of, told before it: "In December 2067", "During the trial week", "of those seven days"', () => {
    expect(first('In December 2067, 91 per cent of departures ran on time.').span).toBe('december');
    expect(first('During the trial week, 97 per cent of departures ran on time.').span).toBe('during the trial week');
    const trial = 'During the trial week, 97 per cent of departures on the town routes ran on time.';
    const monitoring = 'Our own monitoring of those seven days found 81 per cent of departures on the town routes ran on time.';
    expect(conflicting('In December 2067, 91 per cent of departures on the town routes ran on time.', trial)).toEqual([]);
    // The trial week and "those seven days" are one week.
    expect(conflicting(trial, monitoring)).toContain('conflict:figures-differ');
  });

  it('a sentence that opens "If …" asserts nothing after its comma, and "could" asserts nothing', () => {
    expect(affirmed('If they take that one away, I lose my job, simple as that.').has('@job')).toBe(false);
    expect(affirmed('They took that one away, and I lost my job.').has('@job')).toBe(true);
    expect(affirmed('Drivers have warned that it could mean lost jobs.').has('@job')).toBe(false);
    expect(affirmed('Drivers have said that it meant lost jobs.').has('@job')).toBe(true);
    // "May" the month is no possibility.
    expect(negated('He told the radio on 22 May that "We have not reduced a single portion size."').has('reduc')).toBe(true);
  });

  it('what no decision was taken on is neither denied nor asserted', () => {
    expect(negated('No decision has been taken on the future of the Station Road site.').has('site')).toBe(false);
    expect(conflicting('Marlwood said no decision had been taken on the future of the Station Road site.', 'No decision has been taken on the site.')).toEqual([]);
  });
});

describe('round thirty-eight: faults the blind run of the round-thirty-eight corpus showed', () => {
  it('a named place\u2019s list ("Sheepgate\u2019s waiting list alone is", "The waiting list at Sheepgate is") is that place\u2019s', () => {
    expect(first('"Sheepgate\u2019s waiting list alone is more than 4,000 people," she said.').owner).toEqual(['sheepgat']);
    expect(first('The waiting list at Sheepgate is 2,140.').owner).toEqual(['sheepgat']);
    expect(conflicting('The waiting list at Sheepgate is 2,140.', '"Our waiting list for new patients is under 900," said the owner of another practice.')).toEqual([]);
    expect(conflicting('The waiting list at Sheepgate is 2,140.', 'Sheepgate\u2019s waiting list is 900.')).toContain('conflict:figures-differ');
  });

  it('a label that says "whole-time equivalent" counts equivalents, not dentists', () => {
    const rowOf = (row: string) => unitWith(`| Measure | Sheepgate |\n${row}`, row).figures[0]!;
    expect(rowOf('| Dentists (whole-time equivalent) | 2.8 |').unit).toEqual(['fte']);
    expect(rowOf('| Dentists (headcount) | 4 |').unit).toEqual(['dentist']);
    expect(sameThing(first('We have three dentists.'), rowOf('| Dentists (whole-time equivalent) | 2.8 |'))).toBe(false);
    expect(sameThing(first('We have three dentists.'), rowOf('| Dentists (headcount) | 4 |'))).toBe(true);
  });

  it('what money "could have paid for" is what might have been', () => {
    expect(first('That is money that could have paid for two or three dentists in this town.').role).toBe('supposed');
    expect(conflicting('That is money that could have paid for two or three dentists in this town.', '- Dentists (headcount): 4')).toEqual([]);
  });

  it('how far a figure was overstated ("by nearly 15,000") is a difference', () => {
    expect(first('Its statement overstated the number of adults seeing a dentist by nearly 15,000.').change).toBe(true);
    expect(conflicting('Its statement overstated the number of adults seeing a dentist by nearly 15,000.', 'The correct figure is 24,300 adults seeing a dentist.')).toEqual([]);
  });

  it('a privative does not run into a relative clause: "People without a dentist who need urgent treatment"', () => {
    const unit = unitOf('People without a dentist who need urgent treatment are asked to call the helpline.');
    expect(unit.negated.has('urgent')).toBe(false);
    expect(unit.negated.has('dentist')).toBe(true);
  });
});

describe('the false conflicts rounds thirty-four to thirty-nine still showed', () => {

  it('"could mean" runs through its list: "longer journeys, late buses and lost jobs" are all possible, none asserted', () => {
    const warned = unitOf('Drivers have warned that it could mean longer journeys, late buses and lost jobs, and a campaign has begun.');
    expect(warned.affirmed.has('@job')).toBe(false);
    expect(warned.affirmed.has('campaign')).toBe(true);
    expect(conflicting('Not a single job will go as a result of this move.', 'Drivers have warned that it could mean longer journeys, late buses and lost jobs.')).toEqual([]);
    expect(conflicting('Not a single job will go as a result of this move.', 'The move has meant longer journeys, late buses and lost jobs.')).toContain('conflict:denial');
  });

  it('"You don\u2019t pay that off on £8.60 a trip" is said of anyone, and denies no fact', () => {
    expect(unitOf('You don\u2019t pay that off on a fare of eight pounds.').negated.size).toBe(0);
    expect(unitOf('You do not pay that off on a fare of eight pounds.').negated.size).toBe(0);
    // Not what someone is told they did not do.
    expect(unitOf('You didn\u2019t pay the fare.').negated.has('fare')).toBe(true);
  });

  it('a negated reason ("don\u2019t take redundancy because they fancy a change") denies the reason, not the deed', () => {
    const reason = unitOf('People don\u2019t take redundancy because they fancy a change.');
    expect(reason.negated.has('redund')).toBe(false);
    expect(reason.negated.has('fanci')).toBe(true);
    expect(conflicting('People don\u2019t take redundancy because they fancy a change.', 'Eleven of the staff left under a voluntary redundancy scheme.')).toEqual([]);
    expect(conflicting('People don\u2019t take redundancy.', 'Eleven of the staff left under a voluntary redundancy scheme.')).toContain('conflict:denial');
  });

  it('a share is of the noun after "per cent of", up to its verb or first plural', () => {
    expect(first('It was mentioned in 68 per cent of responses opposing the closure.').base).toBe('respons');
    expect(first('The responses are equivalent to 17.6 per cent of the Quarry Hill list.').base).toBe('list');
    expect(first('Its paper says 97 per cent of departures ran on time.').base).toBe('departur');
    expect(first('About 41 percent of the district\u2019s households were affected.').base).toBe('household');
    expect(first('About 44 per cent of the town\u2019s households now recycle food.').base).toBe('household');
    expect(first('About 30 per cent of household waste went to landfill.').base).toBe('wast');
    expect(conflicting('Travel was mentioned in 68 per cent of responses opposing the closure.', 'The responses are equivalent to 17.6 per cent of the Quarry Hill list.')).toEqual([]);
    expect(conflicting('Travel was mentioned in 68 per cent of responses opposing the closure.', 'Travel was mentioned in 61 per cent of responses opposing the closure.')).toContain('conflict:figures-differ');
  });

  it('what a named caterer "served an average of" is that caterer\u2019s', () => {
    expect(first('For comparison, Larkspur served an average of 2,910 meals a day in autumn 2062.').owner).toEqual(['larkspur']);
    expect(conflicting('For comparison, Larkspur served an average of 2,910 meals a day in autumn 2062.', 'Harvest Table served an average of 2,640 meals a day in autumn 2062.')).toEqual([]);
    expect(conflicting('For comparison, Larkspur served an average of 2,910 meals a day in autumn 2062.', 'Larkspur served an average of 2,640 meals a day in autumn 2062.')).toContain('conflict:figures-differ');
  });
});

describe('round forty-one: faults the blind run of the round-forty-one corpus showed', () => {
  const rowsOf = (text: string) => analyseSource(source(text), 0, 0).units.slice(1).map((u) => u.figures);

  it('a year earlier in a figure\u2019s comma-clause dates it ("But on attendance, in 2068-69 we had 612,000 visits")', () => {
    expect(first('But on attendance, in 2068-69 we had 612,000 visits.').years).toEqual([2068]);
    expect(first('In 2,068 cases, we had 612 visits.').years).toEqual([]);
  });

  it('a row a forecast year labels is no count made', () => {
    const [actual, forecast] = rowsOf('| Year | Visits |\n| 2068-69 | 612,000 |\n| 2069-70 (forecast) | 574,000 |');
    expect([actual![0]!.role, forecast![0]!.role]).toEqual(['stated', 'supposed']);
  });

  it('those who "had been offered no place" are a count of them, no denial of places', () => {
    expect(unitOf('Of the 64 who replied, 41 had been offered no place at all.').negated.has('place')).toBe(false);
    expect(unitOf('The families had been offered no place at all.').negated.has('place')).toBe(true);
  });

  it('parts of a count are of its time, and what "would" be offered is later', () => {
    const now = 'The programme currently offers 1,150 places a week: 700 at Castlegate and 450 at Ferrybank.';
    expect(extractFigures(now).map((f) => f.tense)).toEqual(['now', 'now', 'now']);
    expect(first('From April it would offer 820 places a week.').tense).toBe('later');
    expect(extractFigures('From 21 April it would offer 820 places a week: 700 at Castlegate and 120 at Ferrybank.').map((f) => f.span)).toEqual(['from april 21', 'from april 21', 'from april 21']);
    expect(conflicting(now, 'From April it would offer 820 places a week: 700 at Castlegate and 120 at Ferrybank.')).toEqual([]);
    // Now, against what is offered from a day to come.
    expect(conflicting('The programme currently offers 1,150 places a week.', 'The programme from 21 April is 820 places a week.')).toEqual([]);
    expect(conflicting('The programme currently offers 1,150 places a week.', 'The programme currently offers 820 places a week.')).toContain('conflict:figures-differ');
  });

  it('"goes up by £1.20" and "reducing the management fee we pay the trust by £250,000" are changes', () => {
    expect(first('From 1 April an adult swim goes up by \u00A31.20.').change).toBe(true);
    expect(first('We are reducing the management fee we pay the trust by \u00A3250,000, to \u00A3890,000.').change).toBe(true);
  });

  it('a rise and a fall of different things are not one thing\u2019s, though a place is named in both', () => {
    expect(conflicting('Attendance at Ferrybank was reduced.', 'Prices at Ferrybank will rise.')).toEqual([]);
    expect(conflicting('Attendance at Ferrybank was reduced.', 'Attendance at Ferrybank will rise.')).toContain('conflict:opposite-ends');
  });

  it('"50p" is a sum of money, and a line "of whom …" breaks down the line before it', () => {
    const pence = first('No one on a concession will pay more than 50p a swim extra.');
    expect([pence.kind, pence.value, pence.text]).toEqual(['money', 0.5, 'more than 50p']);
    expect(first('- of whom on a concessionary membership (both sites): 1,240').part).toBe(true);
    expect(conflicting('We have 4,860 members.', '- of whom on a concessionary membership (both sites): 1,240')).toEqual([]);
  });
});

describe('round forty: faults the blind run of the round-forty corpus showed', () => {
  it('a count at the start of a scheme ("When the trial began", "at the start") is of then, not of now', () => {
    expect(first('When the trial began, 27 streets in Kelsmoor were exempted from switch-off.').span).toBe('when the trial began');
    expect(first('We exempted 27 streets at the start and we have added more since.').span).toBe('at the start');
    const now = 'A further nine streets have been added since, so 36 streets are now exempt from switch-off.';
    expect(conflicting('When the trial began, 27 streets in Kelsmoor were exempted from switch-off.', now)).toEqual([]);
    expect(conflicting('We exempted 27 streets at the start and we have added more since.', now)).toEqual([]);
    expect(conflicting('When the trial began, 27 streets in Kelsmoor were exempted from switch-off.', 'When the trial began, 31 streets in Kelsmoor were exempted from switch-off.')).toContain('conflict:figures-differ');
  });

  it('"nothing takes effect before 1 July" says it takes effect then, like "not until"', () => {
    const fares = 'The new fares are due to take effect on 1 July, subject to a period in which the public can object.';
    expect(conflicting('The committee will look at every objection, and nothing takes effect before 1 July.', fares)).toEqual([]);
    expect(conflicting('The committee will look at every objection, and nothing takes effect.', fares)).toContain('conflict:denial');
  });
});

describe('a saving revised by the one who gave it (found on the held-out corpora, stop thirty-two)', () => {
  const revised = 'The saving will be \u00A3131,000 a year, not the \u00A3184,000 we gave the committee.';

  it('"the saving will be" names a change, as "will save" does', () => {
    expect(first('The saving will be \u00A3131,000 a year.').change).toBe(true);
    expect(first('Savings of about \u00A3850,000 are expected.').change).toBe(true);
    expect(first('The budget will be \u00A3131,000 a year.').change).toBeUndefined();
  });

  it('a withdrawn figure is as often as its replacement, and a change if that is one', () => {
    const [, old] = extractFigures(revised);
    expect([old!.role, old!.per, old!.change]).toEqual(['retracted', 'year', true]);
    expect(extractFigures('The budget will be \u00A3131,000 a year, not the \u00A3184,000 we gave the committee.')[1]!.change).toBeUndefined();
  });

  it('the figure first given is compared with its revision, though one names a verb and the other a noun', () => {
    expect(conflicting('The change will save \u00A3184,000 a year.', revised)).toContain('conflict:figure-revised');
    expect(conflicting('Closing the station will save \u00A31.2 million a year.', 'The yearly saving is about \u00A3850,000.')).toContain('conflict:figures-differ');
    // A count's words are not matched across verb and noun: the tagger reads "The inshore boat did 36" with "boat" as a verb.
    expect(conflicting('The big boat went out 38 times last year.', 'The inshore boat launched 36 times last year.')).toEqual([]);
  });
});

describe('a figure withdrawn by its value (found on the held-out corpora, stop thirty-two)', () => {
  it('"The figure we gave the Courier, 212, was wrong" withdraws 212, named as a figure', () => {
    for (const text of ['The figure we gave the Courier, 212, was wrong.', 'The figure of 64 I gave last week was wrong.']) expect([first(text).role, first(text).named]).toEqual(['retracted', true]);
    expect(first('The figure we gave the Courier, 212, was confirmed.').role).toBe('stated');
  });

  it('withdraws the figure as another passage told it, though the withdrawal does not say what it counts', () => {
    const told = 'Police told the Courier that 212 crimes were recorded in the part-night areas.';
    expect(conflicting(told, 'The figure we gave the Courier, 212, was wrong.')).toContain('conflict:figure-revised');
    expect(conflicting('The board said 64 grades had been raised after re-marking.', 'The figure of 64 I gave last week was wrong.')).toContain('conflict:figure-revised');
    expect(conflicting('Police told the Courier that 215 crimes were recorded in the part-night areas.', 'The figure we gave the Courier, 212, was wrong.')).toEqual([]);
  });

  it('but not against a passage that itself tells of the correction', () => {
    const withdrawn = 'The figure of \u00A396,000 given in February was wrong.';
    expect(conflicting('We repeated the \u00A396,000 in our February newsletter, and we were wrong to.', withdrawn)).toEqual([]);
    expect(conflicting('The loss was \u00A369,000 a year, and the \u00A396,000 had the pool costs added to it.', withdrawn)).toEqual([]);
    expect(conflicting('The weekday lessons lose \u00A396,000 a year.', withdrawn)).toContain('conflict:figure-revised');
  });
});

describe('round forty-two: faults the blind run of the round-forty-two corpus showed', () => {
  const capped = '"No community group pays more than \u00A312 an hour," she said.';

  it('a denial bounded by a figure is answered only by a figure past the bound, not by a word shared', () => {
    expect(conflicting(capped, 'The first instalment was paid on 6 April.')).toEqual([]);
    expect(conflicting(capped, '- Condition 4: hire charges for local community groups not to rise by more than 10 per cent in any year')).toEqual([]);
    expect(conflicting(capped, 'The Young Players, a community group, were charged \u00A314 an hour for four rehearsals.')).toContain('conflict:denial');
    expect(conflicting(capped, 'The Young Players, a community group, were charged \u00A311 an hour for four rehearsals.')).toEqual([]);
    // A bound and a length told in different units.
    const denial = 'No one on our waiting list has waited more than six months for a permit.';
    expect(conflicting(denial, 'On the waiting list, the longest wait for a permit is 47 weeks.')).toContain('conflict:denial');
    expect(conflicting(denial, 'On the waiting list, the longest wait for a permit is 19 weeks.')).toEqual([]);
  });

  it('paid, but no more than a bound, is not the unpaid end of the pay scale', () => {
    expect(conflicting('Ruth Penhallow told the Courier that no community group paid more than \u00A312 an hour.', 'The clerk gave the Courier a figure for paid bookings.')).toEqual([]);
  });
});

describe('round forty-four: faults the blind run of the round-forty-four corpus showed', () => {
  it('each line of a breakdown after "made up as follows:" is a part of the whole', () => {
    const text = '6.1 The estimated cost of the repair is \u00A32.74 million, made up as follows:\n\n- Reconstruction of the embankment: \u00A32,060,000\n- Repair of the culvert: \u00A3270,000\n\n6.2 The repair is due to start in May.';
    const paper = analyseSource(source(text), 0, 0).units.filter((u) => !u.parent);
    expect(paper.map((u) => u.figures.map((f) => !!f.part))).toEqual([[false], [true], [true], []]);
    const estimate = '"Our early estimate is that the repair will cost around \u00A31.9 million."';
    expect(conflictingAt(text, 'Repair of the culvert', estimate)).toEqual([]);
    expect(conflicting('- Repair of the culvert: \u00A3270,000', estimate)).toContain('conflict:figures-differ');
  });

  it('"Not one of those long-term moorers has been offered" denies the offer, not that there are such moorers', () => {
    const denial = 'Not one of those long-term moorers has been offered anywhere else to go.';
    expect(unitOf(denial).negated.has('offer')).toBe(true);
    // Among sentences where "offered" is common, as in the corpus it came from: it is no rare word that says what the two are about.
    const said = `At Ashwerne Wharf we have lost 42 moorings, 18 of them long-term. ${denial} The cafe offered tea all week. The school offered evening classes. The club offered free rides. The council offered a grant.`;
    const rarelyOffered = `At Ashwerne Wharf we have lost 42 moorings, 18 of them long-term. ${denial} The weather was fine that week. Many people came to the market.`;
    for (const text of [said, rarelyOffered]) expect(conflictingAt(text, 'Not one', 'The trust said 18 long-term moorers at Ashwerne Wharf had had their berths suspended and their fees waived.')).toEqual([]);
    expect(conflictingAt(rarelyOffered, 'Not one', 'Of the 18 long-term mooring holders at Ashwerne Wharf, 11 have been offered alternative berths.')).toContain('conflict:denial');
    // Without "of those", the moorers themselves are denied.
    expect(conflicting('Not one long-term moorer lives at the wharf.', 'The trust said 18 long-term moorers at the wharf had been moved.')).toContain('conflict:denial');
  });

  it('a sum given "towards the repair" is not what the repair costs, though it may be another sum given', () => {
    const offer = 'The county has offered \u00A3450,000 towards the repair.';
    expect(first(offer).towards).toBe('repair');
    expect(conflicting(offer, 'The trust now puts the repair at \u00A32.74 million.')).toEqual([]);
    expect(conflicting('The council gave the trust a grant of \u00A31.2 million towards the restoration.', 'The council\u2019s grant to the trust was \u00A31.5 million.')).toContain('conflict:figures-differ');
  });
});

describe('round forty-two: counts since an event', () => {
  it('"since the money was held back" is the span counted over, not the one of another count', () => {
    const since = 'Mrs Penhallow said the trust had had to cancel seven bookings since the money was held back.';
    expect(first(since).span).toBe('since the money was held');
    expect(conflicting('The diary shows eleven bookings cancelled between 15 July and 31 August.', since)).toEqual([]);
    expect(conflicting('The diary shows eleven bookings cancelled since the money was held back.', since)).toContain('conflict:figures-differ');
  });
});

describe('round forty-two: sums one noun names, and quotes', () => {
  it('the same noun, qualified apart, names different sums ("total reserves" / "free reserves"; "the other roof quote")', () => {
    expect(first('The accounts show total reserves of \u00A331,400 at 31 March.').sumName).toEqual({ noun: 'reserv', modifiers: ['show', 'total'] });
    expect(conflicting('The accounts show total reserves of \u00A331,400 at 31 March.', 'So our free reserves are \u00A39,800 at 31 March.')).toEqual([]);
    expect(conflicting('The accounts show total reserves of \u00A331,400 at 31 March.', 'So our total reserves are \u00A39,800 at 31 March.')).toContain('conflict:figures-differ');
    expect(conflicting('The other roof quote was \u00A364,900.', 'The roof quote was \u00A358,400.')).toEqual([]);
    expect(conflicting('The heat pump quote is now \u00A324,300.', 'The roof quote was \u00A358,400.')).toEqual([]);
    expect(conflicting('The roof quote was \u00A364,900.', 'The roof quote was \u00A358,400.')).toContain('conflict:figures-differ');
  });

  it('a quote is a cost, not a sum set aside', () => {
    expect(conflicting('The roof quote was \u00A364,900.', 'Of that, \u00A321,600 is set aside for the roof.')).toEqual([]);
    expect(conflicting('The roof quote was \u00A364,900.', 'The roof will cost \u00A321,600.')).toContain('conflict:figures-differ');
  });
});

describe('round forty-three: faults the blind run of the round-forty-three corpus showed', () => {
  it('"an additional £0.9 million" is a change, not the year\u2019s income', () => {
    expect(first('The new tariffs are forecast to raise an additional \u00A30.9 million in 2072/73.').change).toBe(true);
    expect(first('The new tariffs are forecast to raise \u00A30.9 million in 2072/73.').change).toBeUndefined();
    expect(conflicting('Parking income in 2072/73 is forecast at \u00A35.3 million.', 'The new tariffs are forecast to raise an additional \u00A30.9 million in 2072/73.')).toEqual([]);
  });

  it('one year and "million" in both do not make two different sums one statement', () => {
    const agreeing = (a: string, b: string) => kinds(signals(a, b)).filter((k) => k === 'agreement:same-date');
    expect(agreeing('In 2071/72 the trust took \u00A35.3 million from car parking.', '- 2071/72 (forecast outturn): \u00A34.4 million')).toEqual([]);
    expect(agreeing('In 2071/72 the trust took \u00A34.4 million from car parking.', '- 2071/72 (forecast outturn): \u00A34.4 million')).toEqual(['agreement:same-date']);
  });
});

describe('round forty-three, again: staff permits', () => {
  const issued = 'What I can tell you is that we have issued 2,310 staff permits this year, which is more than we have ever issued.';

  it('"2,310 staff permits this year" counts permits, though the tagger reads "permits" as a verb', () => {
    expect(first(issued).unit).toEqual(['staff', 'permit']);
    expect(conflicting(issued, '- Staff on the waiting list: 286')).toEqual([]);
  });

  it('a figure withdrawn by its value, on the day it was given, is the figure told over the year', () => {
    const wrong = '4.2 The figure of 2,310 permits given in a radio interview on 15 February 2072 was wrong.';
    expect(first(wrong).span).toBeUndefined();
    expect(conflicting(issued, wrong)).toContain('conflict:figure-revised');
    expect(first('We issued 2,310 permits on 15 February 2072.').span).toBe('february 15');
  });
});

describe('rounds forty-eight and fifty: a name that is the figure\u2019s subject', () => {
  it('"Northgate is nine streets" is of Northgate, not the 14 streets of the first phase', () => {
    expect(first('Northgate is nine streets.').owner).toEqual(['northgat']);
    expect(conflicting('Northgate is nine streets.', 'The first phase covered 2.3 km of footway on 14 streets.')).toEqual([]);
    expect(conflicting('Northgate is nine streets.', 'The Northgate phase covers 14 streets.')).toContain('conflict:figures-differ');
  });

  it('"Ferncliffe averages 54 a week", "Oakmoor is open five evenings a week" are of the centre named', () => {
    expect(first('Ferncliffe averages 54 young people a week.').owner).toEqual(['ferncliff']);
    expect(conflicting('Oakmoor is open five evenings a week.', 'Ferncliffe, the smaller of the two, opens three evenings a week.')).toEqual([]);
  });

  it('a month is not a subject, nor is where a distance is measured from', () => {
    expect(first('The highest hourly reading at Station 7 in February was 241 micrograms per cubic metre.').owner).toBeUndefined();
    expect(first('The Calder Royal Infirmary is 31 miles away by road.').owner).toBeUndefined();
  });
});

describe('round fifty-one: outside the borough', () => {
  const outside = '4.8 At 31 March 2080, 47 households were in temporary accommodation outside the borough.';

  it('those placed outside the borough are some of those placed, not all of them', () => {
    expect(first(outside).subset).toBe(true);
    expect(first('4.8 At 31 March 2080, 47 households were in temporary accommodation.').subset).toBeUndefined();
    expect(conflicting(outside, '4.1 On 31 March 2080 the council was providing temporary accommodation for 734 households.')).toEqual([]);
  });

  it('a denial bounded by the borough\u2019s edge is answered only by a passage that speaks of it', () => {
    const denial = 'No household has been placed outside the borough, not one.';
    expect(conflicting(denial, '"The council placed 890 households in temporary accommodation during the year."')).toEqual([]);
    expect(conflicting(denial, '"The council placed 47 households in temporary accommodation outside the borough during the year."')).toContain('conflict:denial');
  });
});

describe('round forty-nine: readings at named places, and "not 51 but 49"', () => {
  it('a reading is of the place named after it, or before it in its sentence', () => {
    expect(extractFigures('The same study gives 46 decibels for Thornby Cross and 44 decibels for Fennick St Mary.').map((f) => f.spot)).toEqual([['thornbi', 'cross'], ['fennick', 'st', 'mari']]);
    expect(first('At Brackwell we measured an average night level of 51 decibels.').spot).toEqual(['brackwel']);
    expect(first('Her measurements put Upper Sowden at 53 decibels through the night.').spot).toEqual(['upper', 'sowden']);
    expect(first('The reading in February was 53 decibels.').spot).toBeUndefined();
    expect(conflicting('At Upper Sowden the figure is 53 decibels.', 'The same study gives 46 decibels for Thornby Cross.')).toEqual([]);
  });

  it('"was not 51 but 49 decibels" withdraws the 51, whatever statistic it was told as', () => {
    const corrected = '"The Brackwell figure I gave on the radio was not 51 but 49 decibels."';
    expect(extractFigures(corrected).map((f) => [f.role, f.unit, f.spot])).toEqual([
      ['retracted', ['decibel'], ['brackwel']],
      ['stated', ['decibel'], ['brackwel']],
    ]);
    expect(conflicting('At Brackwell we measured an average night level of 51 decibels.', corrected)).toContain('conflict:figure-revised');
  });
});

describe('round forty-seven: children and adults', () => {
  it('"(under 18)", "a child under 18" are an age band, not a count', () => {
    expect(first("| Child's plot (under 18), resident | \u00A30 | \u00A30 |").kind).toBe('age');
    expect(first('The fee is waived for a child under 18 whose parent lives in the town.').kind).toBe('age');
    expect(first('The chapel holds under 18 people.').kind).toBe('count');
    expect(conflicting("| Child's plot (under 18), resident | \u00A30 | \u00A30 |", 'In February the council told the Courier there were 212 unreserved plots.')).toEqual([]);
  });

  it('a denial said of children is not answered by a passage about adults only', () => {
    const denial = '5.3 Since 1 April 2074 no fee has been payable for the plot or the interment of a child under 18 whose parent lives in the town.';
    expect(conflicting(denial, 'An adult plot fee goes from \u00A31,240 to \u00A31,480 in April.')).toEqual([]);
    expect(conflicting(denial, 'A child plot fee goes from \u00A30 to \u00A3310 in April.')).toContain('conflict:denial');
  });
});

describe('round fifty: a denial whose subject points back', () => {
  it('"Those were not dead, dying or dangerous trees" denies something of things named before it, which no other passage names', () => {
    expect(conflicting('Those were not dead, dying or dangerous trees; they were trees standing in the way of a kerb line.', '- Dead, dying or dangerous: 108')).toEqual([]);
    expect(conflicting('The felled trees were not dead, dying or dangerous trees; they were trees standing in the way of a kerb line.', 'Every felled tree was dead, dying or dangerous.')).toContain('conflict:denial');
  });
});

describe('round forty-nine, again: noise contours', () => {
  it('homes inside two contours are two counts, and a contour\u2019s level is its name, not a reading', () => {
    expect(extractFigures('Some 4,300 homes lie inside the wider 45 dB Lnight contour.').map((f) => [f.value, f.within])).toEqual([[4300, ['45db']]]);
    expect(first('The airport says 1,150 homes are inside the 50-decibel contour.').within).toEqual(['50db']);
    expect(conflicting('The airport says 1,150 homes are inside the 50-decibel contour.', 'Some 4,300 homes lie inside the wider 45 dB Lnight contour.')).toEqual([]);
    expect(conflicting('The airport says 1,150 homes are inside the 50-decibel contour.', 'The council says 1,720 homes are inside the 50 dB contour.')).toContain('conflict:figures-differ');
  });
});

describe('round fifty, again: parts and what happened to them', () => {
  const planted = '4.1 By 31 May 2079, 212 replacement trees had been planted in Phase 1: 128 in Castle Hill ward and 84 in Mill Lane ward.';
  const died = '5.1 As at 31 May 2079, 31 of the 212 replacement trees had died, a failure rate of 14.6 per cent.';

  it('"31 of the 212 replacement trees had died": the part died, and the parts of a breakdown were planted as their whole was', () => {
    expect(first(died).actions).toEqual(['di']);
    expect(extractFigures(planted).map((f) => f.actions)).toEqual([['plant'], ['plant'], ['plant']]);
    expect(conflicting(planted, died)).toEqual([]);
    expect(conflicting(planted, '5.1 As at 31 May 2079, 96 of the 212 replacement trees had been planted in Mill Lane ward.')).toContain('conflict:figures-differ');
  });
});

describe('round forty-eight, again: opening hours now and planned', () => {
  it('"would open six evenings a week" from September is the plan, not the five evenings it "is open" now', () => {
    expect(first('From September Oakmoor Youth Hub would open six evenings a week.').tense).toBe('later');
    expect(first('Oakmoor is open five evenings a week.').tense).toBe('now');
    expect(conflicting('From September Oakmoor Youth Hub would open six evenings a week.', 'Oakmoor is open five evenings a week.')).toEqual([]);
    expect(conflicting('From September Oakmoor Youth Hub would open six evenings a week.', 'From September Oakmoor Youth Hub will open four evenings a week.')).toContain('conflict:figures-differ');
  });
});

describe('round fifty-two: corrections', () => {
  it('"It is not 212 posts, it is 187" withdraws the 212 for the 187, and answers the 212 told without its noun', () => {
    const [withdrawn, put] = extractFigures('It is not 212 posts, it is 187.');
    expect(withdrawn!.role).toBe('retracted');
    expect(put!.role).toBe('stated');
    expect(conflicting('It is not 212 posts, it is 187.', 'The savings proposals delete 187 posts.')).toEqual([]);
    expect(conflicting('The Courier reported that 212 council posts are going.', 'It is not 212 posts, it is 187.')).toContain('conflict:figure-revised');
  });

  it('a figure named and called wrong past a paragraph number ("given in paragraph 6.3 of report CAB/81/09 was wrong")', () => {
    expect(first('The figure of 212 posts given in paragraph 6.3 of report CAB/81/09 was wrong.').role).toBe('retracted');
  });

  it('"not 48 but 57 million pounds" withdraws £48 million, not 48 of something', () => {
    const withdrawn = first('The backlog is not 48 but 57 million pounds.');
    expect(withdrawn).toMatchObject({ kind: 'money', value: 48_000_000, role: 'retracted' });
    expect(conflicting('The replacement of the 48 bearings will take two years.', 'The backlog is not 48 but 57 million pounds.')).toEqual([]);
  });
});

describe('round fifty-five: a bridge toll', () => {
  it('a toll charged is not a death toll', () => {
    expect(unitOf('Toll income in 2082/83, the last complete year, was £29.7 million.').terms).not.toContain('@death');
    expect(unitOf('The death toll stood at 41 on Tuesday.').terms).toContain('@death');
    expect(conflicting('The toll for cars will rise from £3.40 to £4.20 on 1 April.', 'By Thursday 56 people had died.')).toEqual([]);
  });
});

describe('round fifty-three: a noun left out after a longer phrase', () => {
  it('"57 injury collisions in the three years before the cameras and 18 in the two years since": the 18 are collisions', () => {
    const [, , eighteen] = extractFigures('There were 57 injury collisions in the three years before the cameras and 18 in the two years since.');
    expect(eighteen).toMatchObject({ value: 18, unit: ['injuri', 'collis'] });
    expect(conflicting('There were 57 injury collisions in the three years before the cameras and 18 in the two years since.', 'The scheme has nine cameras, three on each section.')).toEqual([]);
  });
});

describe('round fifty-three: a denial since an event', () => {
  it('"Nobody has been killed … since the cameras were switched on" is not answered by deaths before the cameras', () => {
    const denial = 'Nobody has been killed on the Fenmoor Road since the cameras were switched on.';
    expect(conflicting(denial, 'Four people died on the Fenmoor Road in the three years before the cameras went in.')).toEqual([]);
    expect(conflicting(denial, 'Two people died on the Fenmoor Road last year, after the cameras went in.')).toContain('conflict:denial');
  });
});

describe('round fifty-four: a bulleted list of counts', () => {
  /** The conflicts between two passages of one article. */
  function conflictingWithin(text: string, a: string, b: string): string[] {
    const units = analyseSource(source(text), 0, 0).units;
    const [ua, ub] = [units.find((u) => u.text.includes(a))!, units.find((u) => u.text.includes(b))!];
    return kinds(compareUnits(ua, ub, { index: new EvidenceIndex(units), months: [2031 * 12] }).signals).filter((k) => k.startsWith('conflict:'));
  }
  const list = '2.2 The main figures for the Aldwick planning area are:\n\n- on-time applications: 1,050\n- offered first preference: 825\n- offered none of their preferences: 85\n- late applications received by 16 April: 58';

  it('a lowercase label names what its line counts, unless it says what was done to those counted', () => {
    expect(extractFigures('- on-time applications: 1,050').map((f) => f.unit)).toEqual([['applic']]);
    expect(extractFigures('- offered a school outside Aldwick: 56').map((f) => f.row)).toEqual([undefined]);
    expect(extractFigures('- speed cameras on the ring road: 9').map((f) => f.row)).toEqual(['speed cameras on the ring road']);
    expect(conflicting('- offered a school outside Aldwick: 56', '"At least 70 children have been offered a school outside Aldwick altogether," she said.')).toContain('conflict:figures-differ');
  });

  it('lines of one bulleted list are parts of one breakdown, even when a word ("first") could say one is set against the other', () => {
    expect(conflictingWithin(list, 'offered first preference', 'offered none')).toEqual([]);
    const revised = '2.2 The main figures for the Aldwick planning area are:\n\n- offered first preference: 825\n- offered first preference (corrected): 812';
    expect(conflictingWithin(revised, ': 825', ': 812')).not.toEqual([]);
  });
});

describe('round fifty-four: a further count', () => {
  it('"A further 58 applications arrived after the deadline" adds to those told before: a change, not a total', () => {
    expect(first('A further 58 applications arrived after the deadline.').change).toBe(true);
    expect(first('Another 12 households were placed in bed and breakfast.').change).toBe(true);
    expect(conflicting('A further 58 applications arrived after the deadline.', 'The council had 1,050 applications by the deadline.')).toEqual([]);
    expect(conflicting('A further 58 applications arrived after the deadline.', 'A further 61 applications arrived after the deadline, the council says.')).toContain('conflict:figures-differ');
  });
});

describe('round fifty-nine: bin sizes and fortnights', () => {
  it('"a 180-litre black bin" / "a new 240-litre black bin": two sizes name two bins, not one amount told twice', () => {
    expect(first('Every kerbside household has a 180-litre black bin.').sized).toBe(true);
    expect(first('The bins hold 180 litres.').sized).toBeUndefined();
    expect(conflicting('Every kerbside household has a 180-litre black bin.', 'Each household would receive a new 240-litre black bin.')).toEqual([]);
    expect(conflicting('Every kerbside household has a 180-litre black bin.', 'The black bins hold 240 litres, the council says.')).toContain('conflict:figures-differ');
  });

  it('"240 litres every two weeks" is so much a fortnight, not a week', () => {
    expect(first('The new bin takes 240 litres every two weeks.').per).toBe('fortnight');
    expect(conflicting('The new bin takes 240 litres every two weeks.', 'Over a week it works out at 120 litres.')).toEqual([]);
  });
});

describe('round fifty-eight: the size of a survey', () => {
  it('"We asked 412 households", "Our own survey of 212 families": those a survey reached, not all there are', () => {
    expect(first('We asked 412 households on the Saltings estate about repairs in December.').sampled).toBe(true);
    expect(first('Our own survey of 212 families found that 44 were considering moving.').sampled).toBe(true);
    expect(conflicting('We asked 412 households on the Saltings estate about repairs in December.', 'A council spokesperson said 3,140 households were in arrears.')).toEqual([]);
    expect(conflicting('We asked 412 households on the Saltings estate about repairs in December.', 'The federation says it asked 380 households on the Saltings estate about repairs.')).toContain('conflict:figures-differ');
  });
});

describe('round fifty-eight: a row under dated columns', () => {
  const table = '| Measure | 31 December 2085 | 31 December 2086 | Target |\n| Outstanding repair jobs | 3,100 | 3,900 | 2,000 by 31 March 2088 |';

  it('a cell takes its column\u2019s year, not the date another cell of its row names', () => {
    const row = analyseSource(source(table), 0, 0).units.find((u) => u.text.includes('Outstanding'))!;
    expect(row.figures.slice(0, 2).map((f) => [f.value, f.years, f.span])).toEqual([
      [3100, [2085], undefined],
      [3900, [2086], undefined],
    ]);
  });

  it('so the 2085 column is not set against a backlog told without a year in a paper of 2087', () => {
    expect(conflictingAt(table, 'Outstanding', 'The repairs backlog stood at 3,900 jobs at the end of December.')).toEqual([]);
  });
});

describe('round fifty-seven: the level a plan is to reach', () => {
  it('"would take the channel back to 3.5 metres", "would dredge … to a depth of 3.5 metres", "we want 3.5 metres" are to be', () => {
    expect(first('The contract would take the channel back to 3.5 metres at low water.').tense).toBe('later');
    expect(first('The contract would dredge the approach channel and the inner basin to a depth of 3.5 metres.').tense).toBe('later');
    expect(first('Once it is dredged, we want 3.5 metres at low water.').tense).toBe('later');
    expect(first('The channel was dredged to 3.2 metres in 2071.').tense).toBeUndefined();
    expect(conflicting('The contract would take the channel back to 3.5 metres at low water.', 'The channel is down to 2.1 metres at low water now.')).toEqual([]);
    expect(conflicting('The contract would take the channel back to 3.5 metres at low water.', 'The contract would take the channel back to 2.5 metres at low water, the board says.')).toContain('conflict:figures-differ');
  });
});

describe('round fifty-nine: "Of these,"', () => {
  it('"2.2 Of these, 2,440 households live in flats" are some of the households told before, not all of them', () => {
    expect(first('2.2 Of these, 2,440 households live in flats with shared communal bins.').part).toBe(true);
    expect(first('Of those posts, 23 are teaching jobs.').part).toBe(true);
    expect(first('2,440 households live in flats with shared communal bins.').part).toBeUndefined();
    expect(conflicting('2.1 Wrenmouth has 118,400 residents living in 52,300 households.', '2.2 Of these, 2,440 households live in flats with shared communal bins.')).toEqual([]);
  });
});

describe('round fifty-nine: a net change', () => {
  it('"would reduce the number of posts by a net 14" is a change, not a number of posts', () => {
    expect(first('4.2 The proposal would reduce the number of posts by a net 14.').change).toBe(true);
    expect(conflicting('4.1 The waste and street services workforce has 187 posts.', '4.2 The proposal would reduce the number of posts by a net 14.')).toEqual([]);
  });
});

describe('round fifty-nine: the words before a label\u2019s noun', () => {
  const table = '| Item | Current (weekly) | Proposed (fortnightly) |\n| Food waste crew posts | 12 | 18 |';

  it('"| Food waste crew posts | 12 | 18 |" counts some posts, fewer than a whole workforce\u2019s that does not name them', () => {
    const row = analyseSource(source(table), 0, 0).units.find((u) => u.text.includes('Food'))!;
    expect(row.figures.map((f) => f.labelKind)).toEqual([['food', 'wast', 'crew'], ['food', 'wast', 'crew']]);
    expect(conflictingAt(table, 'Food', '4.1 The waste and street services workforce has 187 posts.')).toEqual([]);
    expect(conflictingAt(table, 'Food', 'The service has 30 posts on its food waste crews.')).toContain('conflict:figures-differ');
  });

  it('how often is not a kind ("- Weekly GP appointments, both sites: 1,980"), nor a row\u2019s label under a heading that names the thing', () => {
    expect(first('- Weekly GP appointments, both sites: 1,980').labelKind).toEqual(['gp']);
    const objections = analyseSource(source('| Objector | Objections |\n| Private hire drivers | 104 |'), 0, 0).units.find((u) => u.text.includes('Private'))!;
    expect(objections.figures[0]!.labelKind).toBeUndefined();
  });
});

describe('round forty-five: faults the blind run of the round-forty-five corpus showed', () => {
  const superseded = '6.3 The full-year saving of \u00A31.46 million given in CAB/2074/031, and quoted publicly since, has been superseded.';

  it('a sum named and "superseded" is withdrawn, as one called wrong is', () => {
    expect([first(superseded).role, first(superseded).named]).toEqual(['retracted', true]);
    expect(first('6.3 The full-year saving of \u00A31.46 million given in CAB/2074/031 has been confirmed.').role).toBe('stated');
    expect(conflicting('The council now says the full-year saving will be \u00A31.08 million, not the \u00A31.46 million it promised.', superseded)).toEqual([]);
    expect(conflicting('And we are on track for the full \u00A31.46 million saving.', superseded)).toContain('conflict:figure-revised');
  });

  it('"the number of contracted school buses has fallen from 124 to 103" counts buses, not contracts', () => {
    const buses = 'The council says the number of contracted school buses and coaches has fallen from 124 last term to 103.';
    expect(extractFigures(buses).map((f) => f.unit)).toEqual([['buse'], ['buse']]);
    expect(conflicting(buses, '5.2 Forty-one contracts ended on 31 August.')).toEqual([]);
  });

  it('"except" names no topic: two denials with their exceptions are not a denial against an assertion', () => {
    expect(conflicting('Nothing about the lane itself changed between 2071 and 2074 except a new strip of footway.', '"Nothing has changed since then except a strip of tarmac and a hole in the budget."')).toEqual([]);
  });

  it('beside a column of revised figures, a row\u2019s other figures are what was revised', () => {
    const rows = analyseSource(source('| Financial year | Forecast in March | Revised forecast, November |\n| 2075/76 | \u00A31,460,000 | \u00A31,080,000 |'), 0, 0).units.slice(1);
    expect(rows[0]!.figures.map((f) => f.role)).toEqual(['earlier', 'stated']);
    const plain = analyseSource(source('| Financial year | Forecast in March | Forecast in November |\n| 2075/76 | \u00A31,460,000 | \u00A31,080,000 |'), 0, 0).units.slice(1);
    expect(plain[0]!.figures.map((f) => f.role)).toEqual(['stated', 'stated']);
  });
});
