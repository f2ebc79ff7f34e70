/**
 * The host's screens, made for the projector: the lobby (code, QR code, address, who joined),
 * the question (the quote large, how many answered — never who answered what), answers closed
 * (the class's distribution, verdict hidden), the reveal (the verdict beside the distribution,
 * the explanation and evidence cards of the solo game, a discussion prompt) and the summary.
 */
import { spacedCode } from '../../core/classroom/code';
import type { Leader, SeatInfo, VerdictCounts } from '../../core/classroom/protocol';
import type { ClassStats } from '../../core/classroom/stats';
import { discussionPrompt } from '../../core/discussion';
import { itemIsUnreviewed } from '../../core/pack/review';
import type { CompiledItem, CompiledPack } from '../../core/pack/types';
import { append, h, icon, nextId } from '../dom';
import { percent, plural, shortQuote, VERDICT_LABEL, VERDICT_PLAIN } from '../labels';
import { quoteFigure, verdictChip } from '../parts';
import { answerDistribution, confusionTable, leanText } from '../results';
import { revealBody } from '../screens/reveal';
import type { Screen } from '../screens/types';
import { leaderList } from '../join/screens';
import { qrSvg } from './qr';

export interface LiveScreen extends Screen {
  /** Seats or answers changed. */
  refresh?(): void;
}

const section = (name: string, title: string): { root: HTMLElement; heading: HTMLElement } => {
  const id = nextId(name);
  const heading = h('h1', { id, tabindex: '-1', text: title });
  return { root: h('section', { class: `screen host-screen ${name}`, 'data-screen': name, 'aria-labelledby': id }, heading), heading };
};

const button = (label: string, onClick: () => void, primary = false, extra: Record<string, string> = {}) =>
  h('button', { type: 'button', class: `btn big${primary ? ' primary' : ''}`, ...extra, on: { click: onClick } }, label);

export interface LobbyProps {
  code: string;
  joinUrl: string;
  students(): SeatInfo[];
  onRemove(seat: SeatInfo): void;
  onStart(): void;
}

export function lobbyScreen(p: LobbyProps): LiveScreen {
  const s = section('host-lobby', 'Join the class');
  const count = h('p', { class: 'roster-count', role: 'status' });
  const roster = h('ul', { class: 'roster', 'aria-label': 'Students in the class' });
  const start = button('Start the first question', p.onStart, true);
  const address = new URL(p.joinUrl);
  append(s.root, [
    h(
      'div',
      { class: 'lobby-grid' },
      h(
        'div',
        { class: 'lobby-join card' },
        h('p', { class: 'lobby-step' }, 'Go to ', h('strong', { class: 'join-address', text: `${address.host}${address.pathname}` })),
        h('p', { class: 'lobby-step', text: 'and enter the code' }),
        h('p', { class: 'join-code', 'aria-label': `Code: ${p.code.split('').join(' ')}`, text: spacedCode(p.code) }),
        h('p', { class: 'lobby-step muted', text: 'or scan:' }),
        qrSvg(p.joinUrl, `QR code for ${p.joinUrl}`),
      ),
      h('div', { class: 'lobby-roster card' }, h('h2', { text: 'Who is here' }), count, roster, h('div', { class: 'actions' }, start)),
    ),
  ]);
  const refresh = () => {
    const list = p.students();
    const online = list.filter((x) => x.connected).length;
    count.textContent = list.length ? `${plural(list.length, 'student')}${online < list.length ? ` (${online} connected)` : ''}` : 'Nobody yet. Latecomers can join at any time.';
    roster.replaceChildren(
      ...list.map((seat) =>
        h(
          'li',
          { class: `seat${seat.connected ? '' : ' offline'}` },
          h('span', { class: 'seat-name', text: seat.nickname }),
          seat.connected ? null : h('span', { class: 'muted', text: ' (offline)' }),
          h('button', { type: 'button', class: 'btn quiet seat-remove', 'aria-label': `Remove ${seat.nickname}`, on: { click: () => p.onRemove(seat) } }, icon('cross')),
        ),
      ),
    );
  };
  refresh();
  return { ...s, refresh };
}

export interface QuestionProps {
  pack: CompiledPack;
  item: CompiledItem;
  index: number;
  total: number;
  code: string;
  answered(): number;
  present(): number;
  deadline: number;
  onClose(): void;
  onReveal(): void;
}

export function questionScreen(p: QuestionProps): LiveScreen & { tick(): void } {
  const s = section('host-question', `Question ${p.index + 1} of ${p.total}`);
  const count = h('p', { class: 'answer-count', role: 'status', 'aria-live': 'polite' });
  const timer = h('p', { class: 'class-timer tag', role: 'timer', 'aria-live': 'off' });
  timer.hidden = !p.deadline;
  append(s.root, [
    h('div', { class: 'host-question-head' }, h('span', { class: 'tag code-tag', text: `Code ${spacedCode(p.code)}` }), itemIsUnreviewed(p.pack, p.item) ? h('span', { class: 'tag unreviewed', text: 'Not reviewed' }) : null, timer),
    quoteFigure(p.pack, p.item),
    h('p', { class: 'ask-line', text: 'Claim, verified fact, or disputed? Answer on your device.' }),
    h('div', { class: 'host-controls' }, count, h('div', { class: 'actions' }, button('Close answers', p.onClose, true), button('Reveal', p.onReveal))),
  ]);
  const refresh = () => {
    const n = p.answered();
    count.textContent = `${plural(n, 'answer')} · ${p.present()} in the class`;
  };
  refresh();
  const tick = () => {
    if (p.deadline) timer.textContent = `${Math.max(0, Math.ceil((p.deadline - Date.now()) / 1000))} s left`;
  };
  tick();
  return { ...s, refresh, tick };
}

export function closedScreen(p: { pack: CompiledPack; item: CompiledItem; index: number; total: number; counts(): VerdictCounts; onReveal(): void }): LiveScreen {
  const s = section('host-closed', 'Answers are closed');
  const dist = h('div', { class: 'dist-box' });
  append(s.root, [
    h('p', { class: 'eyebrow', text: `Question ${p.index + 1} of ${p.total}` }),
    h('div', { class: 'closed-grid' }, quoteFigure(p.pack, p.item, true), h('div', { class: 'card dist-card' }, h('h2', { text: 'How the class answered' }), dist, h('p', { class: 'hint', text: 'Ask a few students why, before revealing.' }))),
    h('div', { class: 'actions end' }, button('Reveal the answer', p.onReveal, true)),
  ]);
  const refresh = () => dist.replaceChildren(answerDistribution(p.counts(), null));
  refresh();
  return { ...s, refresh };
}

export interface RevealProps {
  pack: CompiledPack;
  item: CompiledItem;
  index: number;
  total: number;
  counts(): VerdictCounts;
  leaders: Leader[] | null;
  onContext(evidenceIndex: number, opener: HTMLElement): void;
  onNext(): void;
}

export function revealScreen(p: RevealProps): LiveScreen {
  const s = section('host-reveal', 'The answer: ');
  s.heading.append(verdictChip(p.item.verdict));
  s.root.classList.add('reveal');
  const dist = h('div', { class: 'dist-box' });
  const isLast = p.index + 1 >= p.total;
  const discussId = nextId('discuss');
  s.root.prepend(h('p', { class: 'eyebrow', text: `Question ${p.index + 1} of ${p.total}` }));
  append(s.root, [
    h(
      'div',
      { class: 'verdict-grid' },
      h('div', { class: 'verdict-box' }, h('p', { class: 'verdict-line', text: VERDICT_PLAIN[p.item.verdict] })),
      h('div', { class: 'card dist-card' }, h('h2', { text: 'How the class answered' }), dist),
    ),
    ...revealBody(p.pack, p.item, p.onContext),
    h('section', { class: 'card discussion', 'aria-labelledby': discussId }, h('h2', { id: discussId, text: 'Discuss' }), h('p', { class: 'discussion-prompt', text: discussionPrompt(p.item) })),
    p.leaders ? leaderList(p.leaders) : null,
    h('div', { class: 'actions end sticky-actions' }, button(isLast ? 'See the class’s results' : 'Next question', p.onNext, true)),
  ]);
  const refresh = () => dist.replaceChildren(answerDistribution(p.counts(), p.item.verdict));
  refresh();
  return { ...s, refresh };
}

export interface SummaryProps {
  stats: ClassStats;
  students: number;
  leaders: Leader[] | null;
  onReport(): void;
  onDismiss(): void;
  onNew(): void;
}

export function summaryScreen(p: SummaryProps): LiveScreen {
  const st = p.stats;
  const s = section('host-summary', 'The class’s results');
  const stat = (value: string, label: string) => h('div', { class: 'stat card' }, h('span', { class: 'value', text: value }), h('span', { class: 'label', text: label }));
  const leanId = nextId('lean');
  const hardId = nextId('hard');
  append(s.root, [
    h('div', { class: 'stats' }, stat(String(p.students), p.students === 1 ? 'student' : 'students'), stat(String(st.items.length), st.items.length === 1 ? 'question' : 'questions'), stat(String(st.answered), st.answered === 1 ? 'answer' : 'answers'), stat(percent(st.balancedAccuracy), 'class balanced accuracy')),
    h(
      'div',
      { class: 'summary-grid' },
      h('section', { class: 'section card', 'aria-labelledby': leanId }, h('h2', { id: leanId, text: 'Which way the class leans' }), h('p', { class: 'lean', text: leanText(st.lean, st.answered, 'class') }), h('div', { class: 'table-wrap' }, confusionTable(st.matrix, 'class'))),
      h(
        'section',
        { class: 'section card', 'aria-labelledby': hardId },
        h('h2', { id: hardId, text: 'The hardest questions' }),
        st.hardest.length
          ? h(
              'ol',
              { class: 'hardest' },
              st.hardest.map((r) => h('li', null, h('p', { class: 'hard-quote', text: shortQuote(r.item.quote.text, 140) }), h('p', { class: 'muted' }, `${percent(r.share)} right · it is `, h('strong', { text: VERDICT_LABEL[r.item.verdict] }), ` · ${plural(r.answered, 'answer')}`))),
            )
          : h('p', { text: st.answered ? 'Every question was answered right by everyone.' : 'No answers were given.' }),
      ),
    ),
    p.leaders ? leaderList(p.leaders) : null,
    h('div', { class: 'actions' }, button('Download the report (CSV)', p.onReport, true), button('Close the class', p.onDismiss), button('Host another session', p.onNew)),
    h('p', { class: 'hint', text: 'The report has every student’s answer to every question, with summaries per student and per question. It stays in this browser: you can download it later from the host page.' }),
  ]);
  return s;
}
