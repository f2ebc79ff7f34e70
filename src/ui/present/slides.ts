/**
 * The presenter's slides, laid out for a projector (present.css): a frame (title, where we
 * are, the timer, the controls) around one step's content. Plain functions of the data; the
 * app (app.ts) decides which slide shows and fits or pages its content.
 */
import { itemIsUnreviewed } from '../../core/pack/review';
import type { CompiledEvidence, CompiledItem, CompiledPack, Verdict } from '../../core/pack/types';
import { countsOf, totalOf, type Counts, type ItemVotes, type Standing, type Team, type Voting } from '../../core/present/index';
import type { ConfusionMatrix, LeanDetail } from '../../core/session/index';
import { h, icon, nextId } from '../dom';
import { keyWordRanges } from '../highlight';
import { formatDate, percent, plural, shortQuote, skillLabel, VERDICT_ICON, VERDICT_LABEL, VERDICT_MEANING, VERDICT_ORDER, VERDICT_PLAIN } from '../labels';
import { evidenceHead, markedText, quoteFigure, verdictChip } from '../parts';
import { answerDistribution, confusionTable, leanText } from '../results';
import { teamLabel } from './marks';
import { longestFit, type PageFrame } from './paging';

export interface Controls {
  back(): void;
  forward(): void;
  blank(): void;
  fullscreen(): void;
  keys(): void;
  end(): void;
}

export interface SlideFrame {
  root: HTMLElement;
  heading: HTMLElement;
  /** Where the step's content goes: fixed height, nothing scrolls. */
  box: HTMLElement;
  /** Beside the title, for the discussion timer. */
  timerSlot: HTMLElement;
  /** A line in the controls for messages to the teacher ("2 teams have not answered…"). */
  status: HTMLElement;
}

export function slideFrame(o: { step: string; title: string; where: string; canForward: boolean; canBack: boolean; endLabel: string; controls: Controls }): SlideFrame {
  const headingId = nextId('slide');
  const heading = h('h1', { id: headingId, tabindex: '-1', text: o.title });
  const timerSlot = h('div', { class: 'timer-slot' });
  const box = h('div', { class: 'slide-box' });
  const status = h('p', { class: 'slide-status', role: 'status' });
  const c = o.controls;
  const btn = (label: string, cls: string, keys: string | undefined, on: () => void, enabled = true) =>
    h('button', { type: 'button', class: `btn ${cls}`, 'aria-keyshortcuts': keys, disabled: !enabled, on: { click: on } }, label);
  const root = h(
    'section',
    { class: 'slide', 'data-slide': o.step, 'aria-labelledby': headingId },
    h('header', { class: 'slide-head' }, heading, h('p', { class: 'slide-where', text: o.where }), timerSlot),
    box,
    h(
      'nav',
      { class: 'slide-controls', 'aria-label': 'Presenter controls' },
      btn('Back', 'quiet', 'ArrowLeft PageUp', c.back, o.canBack),
      btn('Next', 'primary', 'ArrowRight PageDown Space', c.forward, o.canForward),
      status,
      btn('Blank', 'quiet', 'B', c.blank),
      btn('Full screen', 'quiet', 'F', c.fullscreen),
      btn('Keys', 'quiet', '?', c.keys),
      btn(o.endLabel, 'quiet', undefined, c.end),
    ),
  );
  return { root, heading, box, timerSlot, status };
}

// ------------------------------------------------------------------------------ the quote

/** The quote alone, as large as it fits (present.css: `--fit` shrinks it, app.ts fits it). */
export function quoteContent(pack: CompiledPack, item: CompiledItem): HTMLElement {
  const fig = quoteFigure(pack, item);
  fig.classList.add('present-quote');
  return fig;
}

// ------------------------------------------------------------------------------ the vote

export interface VoteView {
  root: HTMLElement;
  /** Shows new votes without rebuilding (focus stays where it is). */
  update(votes: ItemVotes, currentTeam: string | null): void;
}

export interface VoteHandlers {
  /** A show of hands changed: `delta` hands, or `set` to a typed number. */
  hands(verdict: Verdict, change: { delta: number } | { set: number }): void;
  team(teamId: string, verdict: Verdict): void;
}

export function voteContent(pack: CompiledPack, item: CompiledItem, voting: Voting, teams: readonly Team[], on: VoteHandlers): VoteView {
  const quote = quoteFigure(pack, item, true);
  quote.classList.add('vote-quote');
  return voting === 'hands' ? handsView(quote, on) : teamsView(quote, teams, on);
}

function verdictHead(v: Verdict, i: number): HTMLElement {
  return h('span', { class: 'verdict-name' }, icon(VERDICT_ICON[v]), VERDICT_LABEL[v], h('kbd', { 'aria-hidden': 'true', text: String(i + 1) }));
}

function handsView(quote: HTMLElement, on: VoteHandlers): VoteView {
  const inputs = new Map<Verdict, HTMLInputElement>();
  const cols = VERDICT_ORDER.map((v, i) => {
    const input = h('input', {
      type: 'number',
      min: '0',
      max: '999',
      inputmode: 'numeric',
      class: 'hands-count',
      'aria-label': `${VERDICT_LABEL[v]}: hands up`,
      on: { change: () => on.hands(v, { set: Number(input.value) }) },
    });
    inputs.set(v, input);
    return h(
      'div',
      { class: `vote-col v-${v}` },
      h('h2', null, verdictHead(v, i)),
      h('p', { class: 'meaning', text: VERDICT_MEANING[v] }),
      h(
        'div',
        { class: 'counter' },
        h('button', { type: 'button', class: 'btn', 'aria-label': `One hand less for ${VERDICT_LABEL[v]}`, on: { click: () => on.hands(v, { delta: -1 }) } }, '−'),
        input,
        h('button', { type: 'button', class: 'btn', 'aria-label': `One hand more for ${VERDICT_LABEL[v]}`, on: { click: () => on.hands(v, { delta: 1 }) } }, '+'),
      ),
    );
  });
  const root = h(
    'div',
    { class: 'vote vote-hands' },
    quote,
    h('div', { class: 'vote-cols', role: 'group', 'aria-label': 'Show of hands' }, cols),
    h('p', { class: 'vote-hint' }, 'Count the hands: keys ', h('kbd', null, '1'), ' ', h('kbd', null, '2'), ' ', h('kbd', null, '3'), ' add one, with Shift take one away.'),
  );
  return {
    root,
    update(votes) {
      for (const [v, input] of inputs) if (document.activeElement !== input || Number(input.value) !== votes.hands[v]) input.value = String(votes.hands[v]);
    },
  };
}

function teamsView(quote: HTMLElement, teams: readonly Team[], on: VoteHandlers): VoteView {
  const cells = new Map<string, HTMLButtonElement>();
  const rows = new Map<string, HTMLElement>();
  const hint = h('p', { class: 'vote-hint' });
  const body = teams.map((t) => {
    const row = h(
      'tr',
      null,
      h('th', { scope: 'row' }, teamLabel(t)),
      VERDICT_ORDER.map((v) => {
        const b = h(
          'button',
          { type: 'button', class: `team-answer v-${v}`, 'aria-pressed': 'false', 'aria-label': `${t.name}: ${VERDICT_LABEL[v]}`, on: { click: () => on.team(t.id, v) } },
          icon('check'),
        );
        cells.set(`${t.id}:${v}`, b);
        return h('td', null, b);
      }),
    );
    rows.set(t.id, row);
    return row;
  });
  // More than four teams: two tables side by side, so eight teams fit a 720p screen.
  const half = teams.length > 4 ? Math.ceil(teams.length / 2) : teams.length;
  const tables = [body.slice(0, half), body.slice(half)]
    .filter((rowsOf) => rowsOf.length)
    .map((rowsOf) =>
      h(
        'table',
        { class: 'team-votes' },
        h('caption', { class: 'sr-only' }, 'Each team’s answer'),
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Team'), VERDICT_ORDER.map((v, i) => h('th', { scope: 'col', class: `v-${v}` }, verdictHead(v, i))))),
        h('tbody', null, rowsOf),
      ),
    );
  const root = h('div', { class: 'vote vote-teams' }, quote, h('div', { class: 'team-tables' }, tables), hint);
  return {
    root,
    update(votes, current) {
      for (const t of teams) {
        for (const v of VERDICT_ORDER) cells.get(`${t.id}:${v}`)!.setAttribute('aria-pressed', String(votes.teams[t.id] === v));
        rows.get(t.id)!.classList.toggle('current', t.id === current);
      }
      const team = teams.find((t) => t.id === current);
      const missing = teams.filter((t) => !votes.teams[t.id]).length;
      hint.replaceChildren(
        ...(team
          ? ['Keys ', h('kbd', null, '1'), ' ', h('kbd', null, '2'), ' ', h('kbd', null, '3'), ` answer for ${team.name}, then the next team.`]
          : ['Every team has answered.']),
        missing && team ? ` ${plural(missing, 'team')} to go.` : '',
      );
    },
  };
}

// ------------------------------------------------------------------------------ the reveal

export function revealContent(pack: CompiledPack, item: CompiledItem, votes: ItemVotes | undefined, voting: Voting, teams: readonly Team[]): HTMLElement {
  const counts = countsOf(votes, voting);
  const total = totalOf(counts);
  const classId = nextId('class');
  return h(
    'div',
    { class: 'reveal-slide' },
    h(
      'div',
      { class: 'answer-col' },
      h('p', { class: 'answer-verdict' }, verdictChip(item.verdict)),
      itemIsUnreviewed(pack, item)
        ? h('p', { class: 'unreviewed' }, h('strong', null, 'Not reviewed: '), 'this verdict comes from a draft no person has checked yet.')
        : null,
      h('p', { class: 'verdict-plain', text: VERDICT_PLAIN[item.verdict] }),
      h('p', { class: 'explanation', text: item.explanation }),
      h('p', { class: 'asof', text: `As of ${formatDate(pack.updated)}, judged only on the sources in this pack.` }),
    ),
    h(
      'section',
      { class: 'class-col', 'aria-labelledby': classId },
      h('h2', { id: classId, text: 'How the class answered' }),
      total === 0 ? h('p', { class: 'no-votes', text: 'No votes were entered for this question.' }) : answerDistribution(counts, item.verdict),
      voting === 'teams' ? teamsRight(votes, teams, item.verdict) : null,
    ),
  );
}

function teamsRight(votes: ItemVotes | undefined, teams: readonly Team[], actual: Verdict): HTMLElement {
  const said = (t: Team) => votes?.teams[t.id];
  const group = (label: string, list: Team[], mark: 'check' | 'cross' | null) =>
    list.length ? h('li', null, h('span', { class: 'team-label' }, mark ? icon(mark) : null, h('strong', null, `${label}:`)), list.map(teamLabel)) : null;
  return h(
    'ul',
    { class: 'teams-right' },
    group('Right', teams.filter((t) => said(t) === actual), 'check'),
    group('Not right', teams.filter((t) => said(t) !== undefined && said(t) !== actual), 'cross'),
    group('No answer', teams.filter((t) => said(t) === undefined), null),
  );
}

// ------------------------------------------------------------------------------ the evidence

/** A page of evidence: its cards go in `holder`. */
export function evidenceFrame(): PageFrame {
  const holder = h('ul', { class: 'evidence-list present-evidence', 'aria-label': 'Evidence' });
  return { root: holder, holder };
}

/** One card per passage (without "Read in context": the presenter pages the evidence instead). */
export function evidenceCards(pack: CompiledPack, item: CompiledItem): HTMLElement[] {
  return item.evidence.map((ev) => evidenceCard(pack, item, ev, 0, ev.text.length));
}

function evidenceCard(pack: CompiledPack, item: CompiledItem, ev: CompiledEvidence, from: number, to: number): HTMLElement {
  const ranges = keyWordRanges(ev.text, item.quote.text)
    .map(([a, b]): [number, number] => [Math.max(a, from) - from, Math.min(b, to) - from])
    .filter(([a, b]) => b > a);
  const part = ev.text.slice(from, to);
  const li = h(
    'li',
    { class: `ev card s-${ev.stance}` },
    evidenceHead(pack, ev),
    h('blockquote', null, from > 0 ? '…' : null, ...markedText(part, ranges), to < ev.text.length ? h('span', { class: 'more', text: ' … (continued)' }) : null),
    to >= ev.text.length && ev.note ? h('p', { class: 'note' }, h('strong', null, 'Note: '), ev.note) : null,
  );
  (li as HTMLElement & { evidence?: unknown }).evidence = { ev, from, to };
  return li;
}

/** Cuts a card too tall for a page between two words: the rest goes on the next page. */
export function splitEvidence(pack: CompiledPack, item: CompiledItem): (block: HTMLElement, fits: () => boolean) => [HTMLElement, HTMLElement] | null {
  return (block, fits) => {
    const at = (block as HTMLElement & { evidence?: { ev: CompiledEvidence; from: number; to: number } }).evidence;
    if (!at) return null;
    const rest = at.ev.text.slice(at.from, at.to);
    let current = block;
    const cut = longestFit(rest, (prefix) => {
      const trial = evidenceCard(pack, item, at.ev, at.from, at.from + prefix.length);
      current.replaceWith(trial);
      current = trial;
      return fits();
    });
    if (cut >= rest.length) return null;
    const first = evidenceCard(pack, item, at.ev, at.from, at.from + cut);
    current.replaceWith(block);
    const next = at.from + cut + (/^\s+/.exec(at.ev.text.slice(at.from + cut))?.[0].length ?? 0);
    return [first, evidenceCard(pack, item, at.ev, next, at.to)];
  };
}

// ------------------------------------------------------------------------------ discussion

export function discussContent(item: CompiledItem, prompt: string): HTMLElement {
  return h(
    'div',
    { class: 'discuss' },
    h('p', { class: 'prompt', text: prompt }),
    item.skill ? h('p', { class: 'skill' }, h('span', { class: 'tag', text: `Checking skill: ${skillLabel(item.skill)}` })) : null,
  );
}

// ------------------------------------------------------------------------------ summary

export function standingsFrame(): PageFrame {
  const holder = h('tbody');
  const root = h(
    'table',
    { class: 'standings' },
    h('caption', null, 'Ranked by balanced accuracy (the mean of the accuracy on claims, verified facts and disputed statements), then points.'),
    h('thead', null, h('tr', null, ['Rank', 'Team', 'Balanced accuracy', 'Right', 'Points', 'Leans'].map((c) => h('th', { scope: 'col', text: c })))),
    holder,
  );
  return { root, holder };
}

export function standingRows(standings: readonly Standing[]): HTMLElement[] {
  return standings.map((s) =>
    h(
      'tr',
      null,
      h('td', { class: 'num', text: String(s.rank) }),
      h('th', { scope: 'row' }, teamLabel(s.team)),
      h('td', { class: 'num', text: percent(s.summary.stats.balancedAccuracy) }),
      h('td', { class: 'num', text: `${s.summary.stats.right} of ${s.summary.stats.answered}` }),
      h('td', { class: 'num', text: String(s.summary.points) }),
      h('td', { text: leanWord(s.summary.stats.lean) }),
    ),
  );
}

function leanWord(lean: LeanDetail): string {
  if (!lean.enoughData) return 'too few mistakes to tell';
  return lean.lean === 'too-trusting' ? 'too trusting' : lean.lean === 'too-suspicious' ? 'too suspicious' : 'balanced';
}

export function classContent(matrix: ConfusionMatrix, answered: number, balanced: number | null, lean: LeanDetail, voting: Voting): HTMLElement {
  return h(
    'div',
    { class: 'class-summary' },
    h(
      'div',
      { class: 'class-figures' },
      h('p', { class: 'big-figure' }, h('strong', { text: percent(balanced) }), ' balanced accuracy'),
      h('p', { text: `${plural(answered, voting === 'hands' ? 'hand' : 'team answer')} counted.` }),
      h('p', { class: 'lean', text: leanText(lean, answered, 'class') }),
    ),
    confusionTable(matrix, 'class'),
  );
}

/** The rows of "question by question" (paged by the app): the quote, the answer, the class's share right. */
export function questionRows(pack: CompiledPack, order: readonly string[], votes: Readonly<Record<string, ItemVotes>>, voting: Voting): HTMLElement[] {
  return order.map((id, i) => {
    const item = pack.items.find((it) => it.id === id)!;
    const c: Counts = countsOf(votes[id], voting);
    const total = totalOf(c);
    return h(
      'tr',
      null,
      h('td', { class: 'num', text: String(i + 1) }),
      h('td', { text: shortQuote(item.quote.text, 90) }),
      h('td', null, verdictChip(item.verdict)),
      h('td', { class: 'num', text: total ? `${percent(c[item.verdict] / total)} right` : 'no votes' }),
    );
  });
}

export function questionsFrame(): PageFrame {
  const holder = h('tbody');
  const root = h(
    'table',
    { class: 'questions' },
    h('caption', { class: 'sr-only' }, 'Question by question'),
    h('thead', null, h('tr', null, ['#', 'Quote', 'The answer', 'The class'].map((c) => h('th', { scope: 'col', text: c })))),
    holder,
  );
  return { root, holder };
}
