/**
 * The class's votes in presenter mode, and what they add up to: the counts per verdict for one
 * item (for the distribution beside the verdict) and the class's confusion matrix over the
 * round (for its summary: balanced accuracy and lean, as for a solo player).
 */
import { VERDICTS, type CompiledPack, type Verdict } from '../pack/types.ts';
import { emptyMatrix, type ConfusionMatrix } from '../session/index.ts';

/** How the class answers: a show of hands per verdict, or one answer per team. */
export type Voting = 'hands' | 'teams';

export type Counts = Record<Verdict, number>;

export const MAX_HANDS = 999;

export interface ItemVotes {
  /** Hands raised per verdict (voting by show of hands). */
  hands: Counts;
  /** Each team's answer (voting by teams); a team that has not answered is absent. */
  teams: Record<string, Verdict>;
}

export const noCounts = (): Counts => ({ claim: 0, 'verified-fact': 0, disputed: 0 });

export const noVotes = (): ItemVotes => ({ hands: noCounts(), teams: {} });

/** A show of hands changed by `delta` (never below 0 nor above `MAX_HANDS`). */
export function addHands(votes: ItemVotes, verdict: Verdict, delta: number): ItemVotes {
  return setHands(votes, verdict, votes.hands[verdict] + delta);
}

export function setHands(votes: ItemVotes, verdict: Verdict, n: number): ItemVotes {
  const value = Math.max(0, Math.min(MAX_HANDS, Math.round(Number.isFinite(n) ? n : 0)));
  return { ...votes, hands: { ...votes.hands, [verdict]: value } };
}

/** A team's answer set, or cleared with `null`. */
export function setTeamAnswer(votes: ItemVotes, teamId: string, verdict: Verdict | null): ItemVotes {
  const teams = { ...votes.teams };
  if (verdict === null) delete teams[teamId];
  else teams[teamId] = verdict;
  return { ...votes, teams };
}

/** The class's answers to one item, per verdict. */
export function countsOf(votes: ItemVotes | undefined, voting: Voting): Counts {
  if (!votes) return noCounts();
  if (voting === 'hands') return { ...votes.hands };
  const c = noCounts();
  for (const v of Object.values(votes.teams)) c[v]++;
  return c;
}

export const totalOf = (c: Counts): number => VERDICTS.reduce((n, v) => n + c[v], 0);

/**
 * The class's confusion matrix over the items in `order`: every hand (or team answer) is one
 * answer, `matrix[item's verdict][what the class said]`.
 */
export function classMatrix(pack: CompiledPack, order: readonly string[], votes: Readonly<Record<string, ItemVotes>>, voting: Voting): ConfusionMatrix {
  const m = emptyMatrix();
  for (const id of order) {
    const item = pack.items.find((it) => it.id === id);
    if (!item) continue;
    const c = countsOf(votes[id], voting);
    for (const v of VERDICTS) m[item.verdict][v] += c[v];
  }
  return m;
}
