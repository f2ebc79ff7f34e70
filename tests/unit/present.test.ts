import { describe, expect, it } from 'vitest';
import {
  addHands,
  back,
  classMatrix,
  countsOf,
  createPresentation,
  end,
  forward,
  makeTeams,
  noVotes,
  resumePresentation,
  setTeamAnswer,
  START,
  teamStandings,
  type Position,
  type Shape,
  type TeamAnswers,
} from '../../src/core/present/index.ts';
import type { Verdict } from '../../src/core/pack/types.ts';
import { makeBalancedSpecs, makeTestPack } from '../../src/core/session/testkit.ts';

// Six items: claim, fact, disputed, claim, fact, disputed.
const pack = makeTestPack(makeBalancedSpecs(6));
const order = pack.items.map((it) => it.id);
const truth = Object.fromEntries(pack.items.map((it) => [it.id, it.verdict])) as Record<string, Verdict>;

function answersOf(byTeam: Record<string, (actual: Verdict, i: number) => Verdict | undefined>): TeamAnswers {
  const out: Record<string, Record<string, Verdict>> = {};
  order.forEach((id, i) => {
    for (const [team, f] of Object.entries(byTeam)) {
      const v = f(truth[id]!, i);
      if (v) (out[id] ??= {})[team] = v;
    }
  });
  return out;
}

describe('teams', () => {
  it('names blank teams after their marks, trims names and refuses duplicates and bad counts', () => {
    const r = makeTeams(['  Red   foxes ', '', 'Owls']);
    expect(r).toEqual({
      ok: true,
      teams: [
        { id: 't1', name: 'Red foxes', mark: 'circle' },
        { id: 't2', name: 'Squares', mark: 'square' },
        { id: 't3', name: 'Owls', mark: 'triangle' },
      ],
    });
    expect(makeTeams(['Owls', 'owls'])).toEqual({ ok: false, message: 'Teams 1 and 2 are both called “owls”: give each team its own name.' });
    expect(makeTeams(['Alone']).ok).toBe(false);
    expect(makeTeams(Array.from({ length: 9 }, (_, i) => `T${i}`)).ok).toBe(false);
    expect(makeTeams(['x'.repeat(31), 'y']).ok).toBe(false);
    const eight = makeTeams(Array(8).fill(''));
    expect(eight.ok && eight.teams.map((t) => t.mark)).toEqual(['circle', 'square', 'triangle', 'diamond', 'star', 'hexagon', 'cross', 'heart']);
  });

  it('scores each team as a solo player answering the same way: balanced accuracy first', () => {
    const t = makeTeams(['All right', 'Always disputed', 'Silent', 'Trusting']);
    if (!t.ok) throw new Error(t.message);
    const answers = answersOf({
      t1: (actual) => actual,
      t2: () => 'disputed',
      t3: () => undefined,
      // Right on the claims and facts, calls the disputed ones facts.
      t4: (actual) => (actual === 'disputed' ? 'verified-fact' : actual),
    });
    const table = teamStandings(pack, order, answers, t.teams);
    expect(table.map((s) => [s.team.name, s.rank])).toEqual([
      ['All right', 1],
      ['Trusting', 2],
      ['Always disputed', 3],
      ['Silent', 4],
    ]);
    const [best, trusting, disputed, silent] = table;
    // 6 right: 600, and a streak bonus of 10 on the 3rd, 4th, 5th and 6th right answer in a row.
    expect(best!.summary.points).toBe(640);
    expect(best!.summary.stats.balancedAccuracy).toBe(1);
    // Right on items 1, 2, 4, 5 (never 3 in a row): 400 points; accuracy 1, 1, 0 per verdict.
    expect(trusting!.summary.points).toBe(400);
    expect(trusting!.summary.stats.balancedAccuracy).toBeCloseTo(2 / 3);
    expect(trusting!.summary.stats.lean.trusting).toBe(2);
    // Right only on the two disputed items: 200 points, more right than none but 1/3 balanced.
    expect(disputed!.summary.points).toBe(200);
    expect(disputed!.summary.stats.balancedAccuracy).toBeCloseTo(1 / 3);
    expect(disputed!.summary.stats.lean.suspicious).toBe(4);
    expect(silent!.summary.stats.answered).toBe(0);
    expect(silent!.summary.stats.balancedAccuracy).toBeNull();
  });

  it('ranks by balanced accuracy before points: a team that games one verdict does not win', () => {
    // A pack heavy in disputes: 1 claim, 1 fact, 4 disputed.
    const heavy = makeTestPack(['claim', 'verified-fact', 'disputed', 'disputed', 'disputed', 'disputed'].map((v) => ({ verdict: v as Verdict })));
    const ids = heavy.items.map((it) => it.id);
    const t = makeTeams(['Gamers', 'Judges']);
    if (!t.ok) throw new Error(t.message);
    const answers: Record<string, Record<string, Verdict>> = {};
    heavy.items.forEach((it, i) => {
      // Gamers: always "disputed" (4 right). Judges: right on the claim and the fact, and on 1 of 4 disputes (3 right).
      answers[it.id] = { t1: 'disputed', t2: i < 2 || i === 2 ? it.verdict : 'claim' };
    });
    const table = teamStandings(heavy, ids, answers, t.teams);
    expect(table.map((s) => s.team.name)).toEqual(['Judges', 'Gamers']);
    expect(table[0]!.summary.stats.right).toBe(3);
    expect(table[1]!.summary.stats.right).toBe(4);
    expect(table[1]!.summary.points).toBeGreaterThan(table[0]!.summary.points);
  });

  it('gives teams with the same results the same rank', () => {
    const t = makeTeams(['A', 'B', 'C']);
    if (!t.ok) throw new Error(t.message);
    const answers = answersOf({ t1: () => 'claim', t2: (a) => a, t3: () => 'claim' });
    expect(teamStandings(pack, order, answers, t.teams).map((s) => [s.team.name, s.rank])).toEqual([
      ['B', 1],
      ['A', 2],
      ['C', 2],
    ]);
  });
});

describe('votes', () => {
  it('counts hands (never below zero) and team answers, and adds them up per verdict', () => {
    let v = noVotes();
    v = addHands(v, 'claim', 3);
    v = addHands(v, 'claim', -5);
    v = addHands(v, 'disputed', 2);
    expect(countsOf(v, 'hands')).toEqual({ claim: 0, 'verified-fact': 0, disputed: 2 });
    v = setTeamAnswer(setTeamAnswer(setTeamAnswer(v, 't1', 'claim'), 't2', 'claim'), 't3', 'disputed');
    v = setTeamAnswer(v, 't3', null);
    expect(countsOf(v, 'teams')).toEqual({ claim: 2, 'verified-fact': 0, disputed: 0 });
  });

  it("makes the class's confusion matrix from every hand raised", () => {
    const [a, b] = order;
    // Item a is a claim: 5 said claim, 2 disputed. Item b is a fact: 4 said fact, 3 claim.
    const votes = {
      [a!]: { hands: { claim: 5, 'verified-fact': 0, disputed: 2 }, teams: {} },
      [b!]: { hands: { claim: 3, 'verified-fact': 4, disputed: 0 }, teams: {} },
    };
    const m = classMatrix(pack, order, votes, 'hands');
    expect(m.claim).toEqual({ claim: 5, 'verified-fact': 0, disputed: 2 });
    expect(m['verified-fact']).toEqual({ claim: 3, 'verified-fact': 4, disputed: 0 });
    expect(m.disputed).toEqual({ claim: 0, 'verified-fact': 0, disputed: 0 });
  });
});

describe('flow', () => {
  const shape: Shape = { total: 2, evidencePages: (i) => (i === 0 ? 2 : 1), summaryPages: 2 };
  const walk = (from: Position, f: typeof forward, n: number) => {
    const seen = [from];
    for (let i = 0; i < n; i++) seen.push(f(seen[seen.length - 1]!, shape));
    return seen.map((p) => `${p.index}:${p.step}:${p.page}`);
  };

  it('goes quote, vote, reveal, each page of evidence, discussion, then the summary pages', () => {
    expect(walk(START, forward, 13)).toEqual([
      '0:quote:0', '0:vote:0', '0:reveal:0', '0:evidence:0', '0:evidence:1', '0:discuss:0',
      '1:quote:0', '1:vote:0', '1:reveal:0', '1:evidence:0', '1:discuss:0',
      '2:summary:0', '2:summary:1',
      '2:summary:1',
    ]);
  });

  it('goes back the same way, and stops at the first quote', () => {
    const last: Position = { index: 2, step: 'summary', page: 1 };
    expect(walk(last, back, 13)).toEqual([
      '2:summary:1', '2:summary:0', '1:discuss:0', '1:evidence:0', '1:reveal:0', '1:vote:0', '1:quote:0',
      '0:discuss:0', '0:evidence:1', '0:evidence:0', '0:reveal:0', '0:vote:0', '0:quote:0', '0:quote:0',
    ]);
  });

  it('ends a round early with the items revealed so far', () => {
    expect(end({ index: 1, step: 'vote', page: 0 })).toEqual({ index: 1, step: 'summary', page: 0 });
    expect(end({ index: 1, step: 'evidence', page: 0 })).toEqual({ index: 2, step: 'summary', page: 0 });
  });
});

describe('presentation', () => {
  const big = makeTestPack([...makeBalancedSpecs(12), { verdict: 'claim', group: 'g' }, { verdict: 'claim', group: 'g' }]);

  it('takes a quick round from the session engine: balanced, one item per group', () => {
    const r = createPresentation(big, { selection: 'quick', seed: 7, voting: 'hands', timerSeconds: 60 });
    if (!r.ok) throw new Error(r.message);
    expect(r.presentation.order).toHaveLength(10);
    expect(new Set(r.presentation.order).size).toBe(10);
    expect(r.presentation.order.filter((id) => id === 'item-12' || id === 'item-13').length).toBeLessThanOrEqual(1);
    const verdicts = r.presentation.order.map((id) => big.items.find((it) => it.id === id)!.verdict);
    for (const v of ['claim', 'verified-fact', 'disputed'] as const) expect(verdicts.filter((x) => x === v).length).toBeGreaterThanOrEqual(3);
    expect(r.presentation.timerSeconds).toBe(60);
  });

  it("shows chosen items in the pack's order, and needs one at least", () => {
    const r = createPresentation(big, { selection: 'chosen', itemIds: ['item-5', 'item-1', 'nope'], seed: 1, voting: 'hands', timerSeconds: 0 });
    expect(r.ok && r.presentation.order).toEqual(['item-1', 'item-5']);
    expect(createPresentation(big, { selection: 'chosen', itemIds: [], seed: 1, voting: 'hands', timerSeconds: 0 })).toEqual({ ok: false, message: 'Choose at least one question to present.' });
  });

  it('refuses bad teams with the reason', () => {
    const r = createPresentation(big, { selection: 'whole', seed: 1, voting: 'teams', teamNames: ['Only one'], timerSeconds: 0 });
    expect(r).toEqual({ ok: false, message: 'Play with 2 to 8 teams (not 1).' });
  });

  it('resumes a saved presentation only with the same, unchanged pack', () => {
    const r = createPresentation(big, { selection: 'whole', seed: 3, voting: 'teams', teamNames: ['', ''], timerSeconds: 30 });
    if (!r.ok) throw new Error(r.message);
    const saved = JSON.parse(JSON.stringify({ ...r.presentation, at: { index: 99, step: 'vote', page: 0 } }));
    const back = resumePresentation(big, saved);
    expect(back?.at).toEqual({ index: big.items.length - 2, step: 'vote', page: 0 });
    expect(resumePresentation(big, { ...saved, votes: { x: { hands: { claim: -1 } } } })).toBeNull();
    expect(resumePresentation(big, 'garbage')).toBeNull();
    const changed = { ...big, items: big.items.map((it, i) => (i === 0 ? { ...it, verdict: 'disputed' as const } : it)) };
    expect(resumePresentation(changed, saved)).toBeNull();
  });
});
