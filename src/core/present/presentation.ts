/**
 * A presentation: a pack's items shown to a class on one screen, with the class's votes, as
 * plain JSON (so a reload, or the update to a new version between rounds, loses nothing).
 * Never mutated: the screen replaces it with a changed copy.
 */
import { array, number, object, oneOf, record, refine, string } from '../guard.ts';
import { VERDICTS, type CompiledPack } from '../pack/types.ts';
import { createSession, fingerprintPack } from '../session/index.ts';
import { clampPosition, START, type Position } from './flow.ts';
import { makeTeams, TEAM_MARKS, type Team } from './teams.ts';
import { noVotes, type ItemVotes, type Voting } from './votes.ts';

export const PRESENTATION_FORMAT = 'sourced-presentation@1';

/** Which items: a quick round (balanced across verdicts), the whole pack, or the teacher's choice. */
export type Selection = 'quick' | 'whole' | 'chosen';

/** Discussion timer lengths offered, in seconds (0: no timer). */
export const TIMER_CHOICES = [0, 30, 60, 120, 180, 300] as const;

export interface Presentation {
  format: typeof PRESENTATION_FORMAT;
  packId: string;
  /** `fingerprintPack(pack)` at creation: a saved presentation whose pack changed is not resumed. */
  packFingerprint: string;
  selection: Selection;
  /** Item ids in the order shown. Never empty. */
  order: string[];
  voting: Voting;
  /** The teams (empty when voting by show of hands). */
  teams: Team[];
  timerSeconds: number;
  /** The class's votes per item id (an item nobody voted on may be absent). */
  votes: Record<string, ItemVotes>;
  at: Position;
}

export interface PresentationOptions {
  selection: Selection;
  /** For `chosen`: the items, shown in the pack's order. */
  itemIds?: readonly string[];
  /** Seed of a quick round's or whole pack's order. */
  seed: number;
  voting: Voting;
  /** For `teams`: one name per team (blank: the mark's name). */
  teamNames?: readonly string[];
  timerSeconds: number;
}

export type CreateResult = { ok: true; presentation: Presentation } | { ok: false; message: string };

export function createPresentation(pack: CompiledPack, o: PresentationOptions): CreateResult {
  let order: string[];
  if (o.selection === 'chosen') {
    const wanted = new Set(o.itemIds ?? []);
    order = pack.items.filter((it) => wanted.has(it.id)).map((it) => it.id);
    if (order.length === 0) return { ok: false, message: 'Choose at least one question to present.' };
  } else {
    // The same selection as a solo game: balanced across verdicts, one item per group.
    order = createSession(pack, o.selection, { seed: o.seed, askConfidence: false }).order;
  }
  let teams: Team[] = [];
  if (o.voting === 'teams') {
    const t = makeTeams(o.teamNames ?? []);
    if (!t.ok) return t;
    teams = t.teams;
  }
  const timerSeconds = (TIMER_CHOICES as readonly number[]).includes(o.timerSeconds) ? o.timerSeconds : 0;
  return {
    ok: true,
    presentation: {
      format: PRESENTATION_FORMAT,
      packId: pack.id,
      packFingerprint: fingerprintPack(pack),
      selection: o.selection,
      order,
      voting: o.voting,
      teams,
      timerSeconds,
      votes: {},
      at: START,
    },
  };
}

/** The votes on an item (empty ones when none were entered). */
export const votesOf = (p: Presentation, itemId: string): ItemVotes => p.votes[itemId] ?? noVotes();

const count = number({ int: true, min: 0, max: 999 });
const verdict = oneOf(VERDICTS);
const guard = refine(
  object({
    format: oneOf([PRESENTATION_FORMAT]),
    packId: string({ min: 1 }),
    packFingerprint: string(),
    selection: oneOf(['quick', 'whole', 'chosen']),
    order: array(string({ min: 1 }), { min: 1 }),
    voting: oneOf(['hands', 'teams']),
    teams: array(object({ id: string({ regex: /^t[1-8]$/ }), name: string({ min: 1 }), mark: oneOf(TEAM_MARKS) })),
    timerSeconds: oneOf(TIMER_CHOICES),
    votes: record(/^/, object({ hands: object({ claim: count, 'verified-fact': count, disputed: count }), teams: record(/^t[1-8]$/, verdict) })),
    at: object({ index: number({ int: true, min: 0 }), step: oneOf(['quote', 'vote', 'reveal', 'evidence', 'discuss', 'summary']), page: number({ int: true, min: 0 }) }),
  }),
  (p, issue) => {
    if (p.voting === 'teams' && (p.teams.length < 2 || p.teams.length > 8)) issue(['teams'], 'expected 2 to 8 teams');
  },
);

/**
 * A saved presentation, if it is one and can go on with this pack (same pack, unchanged);
 * null otherwise. Its position is brought inside the presentation.
 */
export function resumePresentation(pack: CompiledPack, saved: unknown): Presentation | null {
  const r = guard.safeParse(saved);
  if (!r.success) return null;
  const p = r.data as Presentation;
  if (p.packId !== pack.id || p.packFingerprint !== fingerprintPack(pack)) return null;
  const ids = new Set(pack.items.map((it) => it.id));
  if (!p.order.every((id) => ids.has(id))) return null;
  return { ...p, at: clampPosition(p.at, p.order.length) };
}
