/**
 * One test per error kind of issue 12, each on small texts planted here (invented towns,
 * people and figures): false conflicts, missed conflicts, independence, corroboration,
 * speakers, and machine text in student-facing fields.
 */
import { describe, expect, it } from 'vitest';
import { analyseSource, compareUnits, draftPack, EvidenceIndex, extractFigures, type DraftItemExtension, type Signal, type Unit } from '../../src/core/draft/index.ts';
import { validatePack, type Item, type Source } from '../../src/core/pack/index.ts';

let n = 0;
function source(text: string, published = '2031-02-01', outlet?: string): Source {
  n++;
  return { id: `s${n}-${published.slice(0, 4)}`, title: outlet ?? `Outlet ${n}`, outlet: outlet ?? `Outlet ${n}`, published, genre: 'news-report', text };
}

/** The signals between the first sentence of `a` and the first of `b`, in a small corpus with filler. */
function signals(a: string, b: string, months: [number, number] = [2031 * 12, 2031 * 12 + 1]): Signal[] {
  const ua = analyseSource(source(a), 0, 0).units;
  const ub = analyseSource(source(b), 1, ua.length).units;
  const filler = analyseSource(source('The weather was fine that week. Many people came to the market. The band played late into the night.'), 2, ua.length + ub.length).units;
  const index = new EvidenceIndex([...ua, ...ub, ...filler] as Unit[]);
  return compareUnits(ua[0]!, ub[0]!, { index, months }).signals;
}
const conflicts = (s: Signal[]) => s.filter((x) => x.polarity === 'conflict');

function draft(sources: Source[]) {
  const { pack } = draftPack(sources, { updated: '2031-06-01' });
  expect(validatePack(JSON.parse(JSON.stringify(pack))).errors).toEqual([]);
  return pack;
}
const ext = (item: Item) => item.extensions!.draft as DraftItemExtension;
function itemQuoting(items: Item[], words: string): Item {
  const item = items.find((i) => i.quote.text.includes(words));
  expect(item, `an item quoting "${words}"`).toBeDefined();
  return item!;
}

describe('false conflicts: a conflict needs the same quantity of the same thing', () => {
  it('a date is not a clock time, and neither is a count', () => {
    expect(conflicts(signals('The Jan. 12 earthquake struck the harbour town of Velmar at dawn.', 'By 5 p.m. the earthquake in Velmar had been felt along the whole coast.'))).toEqual([]);
  });

  it('a decade is a date, not a count', () => {
    expect(conflicts(signals('Velmar residents who returned home in the \u201980s were given 80 cars by the town.', 'Only a few hundred residents of Velmar returned home, the town says.'))).toEqual([]);
    expect(extractFigures('Families who returned in the \u201980s and the 1990s kept their houses.')).toEqual([]);
  });

  it('an ordinal is not a count', () => {
    expect(conflicts(signals('The second aftershock in Velmar damaged houses near the harbour, officials said.', 'Velmar lost 2 houses near the harbour in the aftershock, officials said.'))).toEqual([]);
    expect(conflicts(signals('It was her third national title in the sprint, the federation said.', 'She has won 3 national medals in the sprint, the federation said.'))).toEqual([]);
  });

  it('the homeless, the injured and the dead are counted apart', () => {
    const dead = 'After the earthquake in Velmar, 16,000 people died, the government said.';
    expect(conflicts(signals('After the earthquake in Velmar, 68,000 people are homeless, the government said.', dead))).toEqual([]);
    expect(conflicts(signals('After the earthquake in Velmar, 15,000 people were injured, the government said.', dead))).toEqual([]);
  });

  it('two sums of money for two funds are not one budget', () => {
    expect(conflicts(signals('The Velmar school board approved a $12.4 million budget for next year.', 'The Velmar school board will also spend $1.1 million from a separate bond fund on roofs.'))).toEqual([]);
  });

  it('a class size is not an enrollment, though both count students', () => {
    expect(conflicts(signals('Enrollment at Velmar schools fell to 6,400 students this spring.', 'Class sizes at Velmar schools will rise to 32 students this spring.'))).toEqual([]);
  });

  it('wordings that can both be true do not conflict', () => {
    expect(conflicts(signals('The Velmar chess club has more than 1,000 members across the region.', 'The Velmar chess club has nearly 1,300 members across the region.'))).toEqual([]);
  });

  it('a membership told years apart may simply have changed', () => {
    expect(conflicts(signals('The Velmar chess club has 900 members across the region.', 'The Velmar chess club has 1,700 members across the region.', [2013 * 12, 2024 * 12]))).toEqual([]);
  });

  it('a negation inside a condition denies nothing', () => {
    expect(
      conflicts(signals('If the Velmar refugees came back today, they should explain why they decided not to return with the others.', 'Many Velmar refugees were forcibly returned back across the river by the police.')),
    ).toEqual([]);
  });

  it('an age in the past ("I was 16") does not date a birth', () => {
    expect(conflicts(signals('Mara Velt says: I was 16 years old when I first played for Velmar.', 'Mara Velt, a 38-year-old, still plays for Velmar every week.', [2013 * 12, 2024 * 12]))).toEqual([]);
  });
});

describe('missed conflicts: the same count, told differently', () => {
  it('a toll revised by the same official', () => {
    const s = conflicts(
      signals(
        'Four weeks after the earthquake, the government says 23,000 people died, Minister Ana Kell announced.',
        'Minister Ana Kell on Monday revised the official death toll from the earthquake down to 21,000, from the 23,000 she had announced in February.',
      ),
    );
    expect(s.map((x) => x.kind)).toContain('figure-revised');
    expect(s[0]!.figures).toMatchObject({ quote: { text: '23,000' }, other: { text: '21,000' } });
  });

  it('a figure later called a typo for another, in the same article', () => {
    const pack = draft([
      source('A government report published last week put the number of dead at 31,800. On Friday the ministry said the figure of 31,800 was a typo and should have read 31,600.\n\nRescue teams left the valley on Sunday.'),
      source('Rescue teams from three countries worked in the valley for ten days after the quake.'),
    ]);
    const item = itemQuoting(pack.items, 'put the number of dead at 31,800');
    expect(item.verdict).toBe('disputed');
    const reason = ext(item).evidence.find((r) => r.stance === 'contradicts')!;
    expect(reason.signal).toBe('figure-revised');
    expect(reason.figures!.other.text).toBe('31,600');
    expect(item.evidence[reason.index]!.text).toContain('typo');
  });

  it('318,000 against 316,000: two exact figures of the government', () => {
    const s = conflicts(signals('The government put the death toll from the earthquake at 318,000 on Friday.', 'The government figure of 316,000 dead from the earthquake was questioned by aid groups.'));
    expect(s.map((x) => x.kind)).toEqual(['figures-differ']);
    expect(s[0]!.figures!.other.counts).toContain('dead');
  });
});

describe('independence and corroboration', () => {
  const herald = source('Interior Minister Paul Varga visited the shelters on Monday.\n\nThe minister said the water supply in the capital had been restored within three days of the quake.\n\nThe main hospital in Port Ardent collapsed, and doctors treated the injured in a car park.', '2031-02-10', 'The Ardent Herald');
  const courrier = source('According to Varga, running water returned to the capital within three days of the disaster.\n\nThe city\u2019s main hospital was reduced to rubble, and a field hospital now stands in the stadium.', '2031-03-21', 'Le Courrier');
  const pack = draft([herald, courrier]);

  it("the same person's account told by two outlets stays a claim, and says why in plain words", () => {
    const item = itemQuoting(pack.items, 'water supply in the capital');
    expect(item.quote.speaker).toBe('Interior Minister Paul Varga');
    expect(item.verdict).toBe('claim');
    const again = ext(item).evidence.find((r) => r.why === 'same-account')!;
    expect(again).toBeDefined();
    expect(item.evidence[again.index]).toMatchObject({ source: courrier.id, stance: 'context' });
    expect(item.evidence[again.index]!.note).toMatch(/own account again/);
    expect(item.explanation).toMatch(/not a second source/);
  });

  it('a statement another source confirms is a verified fact', () => {
    const item = itemQuoting(pack.items, 'The main hospital in Port Ardent collapsed');
    expect(item.verdict).toBe('verified-fact');
    expect(item.evidence.find((e) => e.stance === 'supports')?.source).toBe(courrier.id);
  });
});

describe('speakers', () => {
  const text = [
    '"We have no more bandages," said Dr. Anne Marsh, who runs the emergency ward. "We are working by torchlight in the cellar now."',
    'Superintendent Karen Wu spoke after the vote. "Every classroom will still have a teacher in September," Wu said. "Nobody is being laid off this summer."',
    'The club\u2019s treasurer, Omar Reyes, said the hall would close in May.',
    'Mira Okafor grew up in Velmar, where Mira Okafor still trains with Daniel Aku. She says she trains six days a week with the club.',
  ].join('\n\n');
  const units = analyseSource(source(text), 0, 0).units;
  const speakerOf = (words: string) => units.find((u) => u.text.includes(words))!.speaker.speaker;

  it('quoted speech without its own attribution continues the quote before it', () => {
    expect(speakerOf('working by torchlight')).toBe('Anne Marsh');
    expect(speakerOf('Nobody is being laid off')).toMatch(/Karen Wu/);
  });

  it('short surnames and appositives name the speaker', () => {
    expect(speakerOf('Every classroom will still have')).toMatch(/Karen Wu/);
    expect(speakerOf('the hall would close')).toBe('Omar Reyes');
  });

  it('a role or a body named by common nouns speaks as itself', () => {
    const more = analyseSource(source('The superintendent keeps repeating that nobody is being laid off.\n\nFourteen teachers received layoff notices, according to the teachers\u2019 union.'), 0, 0).units;
    expect(more.map((u) => u.speaker.speaker)).toEqual(['the superintendent, as reported', 'the teachers\u2019 union, as reported']);
  });

  it('"she says" is the woman the text names most, not the last man named', () => {
    expect(speakerOf('She says she trains')).toBe('Mira Okafor');
  });

  it('the reporter is the speaker only when nobody else is', () => {
    expect(units.filter((u) => u.speaker.speaker === 'the reporter').map((u) => u.text)).toEqual([
      'Superintendent Karen Wu spoke after the vote.',
      'Mira Okafor grew up in Velmar, where Mira Okafor still trains with Daniel Aku.',
    ]);
  });
});

describe('no machine text reaches students', () => {
  const pack = draft([
    source('The Velmar chess club has 300 members, its secretary says. The club was founded in 1998 by Lina Ross.', '2031-01-10', 'The Gazette'),
    source('Today the Velmar chess club has 3,000 members, the largest in the region. Lina Ross founded the club in 1998.', '2031-03-10', 'The Bugle'),
    source('Nobody has seen the club accounts, and the weather in Velmar stayed cold all spring.', '2031-04-10', 'Pawn Storm'),
  ]);
  const MACHINE = /draft|suggest|relevance|signal|same-|figures-differ|weight|\d\.\d\d|speaker guessed|\bunit\b/i;

  it('explanations and notes are plain words; reasons stay in extensions', () => {
    expect(pack.items.length).toBeGreaterThan(2);
    for (const item of pack.items) {
      expect(item.explanation).not.toMatch(MACHINE);
      expect(item.explanation.length).toBeLessThanOrEqual(800);
      for (const e of item.evidence) if (e.note) expect(e.note).not.toMatch(MACHINE);
      expect(item.evidence.length).toBeLessThanOrEqual(6);
      expect(item.evidence.filter((e) => e.stance === 'context').length).toBeLessThanOrEqual(3);
      expect(ext(item).evidence.map((r) => r.index)).toEqual(item.evidence.map((_, i) => i));
    }
  });

  it('a suspected conflict shows both figures, their sources and what each counts', () => {
    const item = itemQuoting(pack.items, 'has 300 members');
    expect(item.verdict).toBe('disputed');
    expect(item.explanation).toMatch(/300 members here, 3,000 members in The Bugle/);
    const r = ext(item).evidence.find((x) => x.signal === 'figures-differ')!;
    expect(r.figures!.quote).toMatchObject({ text: '300', counts: ['members'], source: { outlet: 'The Gazette', published: '2031-01-10' } });
    expect(r.figures!.other).toMatchObject({ text: '3,000', counts: ['members'], source: { outlet: 'The Bugle' } });
    expect(item.evidence[r.index]!.note).toBe('Gives 3,000 members, not 300.');
  });
});
