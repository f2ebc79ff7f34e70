/**
 * Teams in presenter mode: 2–8 teams, each with a name and a mark (a shape, drawn with its own
 * colour, so no team is told apart by colour alone), and the team table scored by the same
 * discernment scoring as a solo game: each team's answers are played through the session
 * engine over the presentation's order, so points, balanced accuracy and lean are exactly
 * what a player answering the same way alone would get.
 */
import type { CompiledPack, Verdict } from '../pack/types.ts';
import { createSession, step, summarize, type SessionState, type SessionSummary } from '../session/index.ts';

export const MIN_TEAMS = 2;
export const MAX_TEAMS = 8;
export const MAX_TEAM_NAME = 30;

/** One shape per team, in the order teams are added. */
export const TEAM_MARKS = ['circle', 'square', 'triangle', 'diamond', 'star', 'hexagon', 'cross', 'heart'] as const;
export type TeamMark = (typeof TEAM_MARKS)[number];

/** A team's name when the teacher gives none: its shape, so the name and the mark agree. */
export const DEFAULT_TEAM_NAMES: Readonly<Record<TeamMark, string>> = {
  circle: 'Circles',
  square: 'Squares',
  triangle: 'Triangles',
  diamond: 'Diamonds',
  star: 'Stars',
  hexagon: 'Hexagons',
  cross: 'Crosses',
  heart: 'Hearts',
};

export interface Team {
  /** Stable within a presentation: `t1` … `t8`. */
  id: string;
  name: string;
  mark: TeamMark;
}

export type TeamsResult = { ok: true; teams: Team[] } | { ok: false; message: string };

/**
 * The teams from the names the teacher typed (one per team, in order): blank names take the
 * mark's default; names are trimmed, at most `MAX_TEAM_NAME` characters, and unique.
 */
export function makeTeams(names: readonly string[]): TeamsResult {
  if (names.length < MIN_TEAMS || names.length > MAX_TEAMS) {
    return { ok: false, message: `Play with ${MIN_TEAMS} to ${MAX_TEAMS} teams (not ${names.length}).` };
  }
  const teams: Team[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < names.length; i++) {
    const mark = TEAM_MARKS[i]!;
    const name = (names[i] ?? '').replace(/\s+/g, ' ').trim() || DEFAULT_TEAM_NAMES[mark];
    if ([...name].length > MAX_TEAM_NAME) return { ok: false, message: `Team ${i + 1}'s name is longer than ${MAX_TEAM_NAME} characters.` };
    const key = name.toLocaleLowerCase();
    const other = seen.get(key);
    if (other !== undefined) return { ok: false, message: `Teams ${other + 1} and ${i + 1} are both called “${name}”: give each team its own name.` };
    seen.set(key, i);
    teams.push({ id: `t${i + 1}`, name, mark });
  }
  return { ok: true, teams };
}

/** Each team's answer to each item: `answers[itemId][teamId]`. A team may not have answered. */
export type TeamAnswers = Readonly<Record<string, Readonly<Record<string, Verdict>>>>;

export interface Standing {
  team: Team;
  /** 1 for the best; teams that tie share a rank. */
  rank: number;
  /** The team's game as a solo summary: points, balanced accuracy, matrix, lean… */
  summary: SessionSummary;
}

/**
 * One team's answers played through the session engine over `order` (the items it did not
 * answer are left out, as if they had not been asked of it).
 */
export function teamSession(pack: CompiledPack, order: readonly string[], answers: TeamAnswers, teamId: string): SessionState {
  const answered = order.filter((id) => answers[id]?.[teamId] !== undefined);
  // A session needs one item at least; a team that answered nothing is summarised with no answers.
  let state: SessionState = {
    ...createSession(pack, 'whole', { seed: 0, askConfidence: false, id: `team:${teamId}` }),
    order: answered.length ? answered : [...order],
  };
  for (const id of answered) {
    const a = step(pack, state, { type: 'answer', verdict: answers[id]![teamId]! });
    if (!a.ok) throw new Error(`Team ${teamId}, item ${id}: ${a.error.message}`);
    state = step(pack, a.state, { type: 'next' }).state;
  }
  return state;
}

/**
 * The team table: balanced accuracy first (judgement across all three verdicts, so a team
 * that calls everything "disputed" does not win on a pack full of disputes), then points,
 * then right answers. Teams equal on all three share a rank; the table keeps the teams' own
 * order among equals.
 */
export function teamStandings(pack: CompiledPack, order: readonly string[], answers: TeamAnswers, teams: readonly Team[]): Standing[] {
  const rows = teams.map((team) => ({ team, summary: summarize(teamSession(pack, order, answers, team.id)) }));
  const key = (r: (typeof rows)[number]) => [r.summary.stats.balancedAccuracy ?? -1, r.summary.points, r.summary.stats.right] as const;
  const sorted = rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => {
      const ka = key(a.r);
      const kb = key(b.r);
      for (let k = 0; k < ka.length; k++) if (ka[k] !== kb[k]) return kb[k]! - ka[k]!;
      return a.i - b.i;
    })
    .map(({ r }) => r);
  const same = (a: (typeof rows)[number], b: (typeof rows)[number]) => key(a).every((v, k) => v === key(b)[k]);
  return sorted.map((r) => ({ ...r, rank: sorted.findIndex((o) => same(o, r)) + 1 }));
}
