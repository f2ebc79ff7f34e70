/** The student's screens, phone first: each a function of what the device knows. */
import type { AnswerMessage, Leader, PublicQuestion, RevealPayload } from '../../core/classroom/protocol';
import type { Verdict } from '../../core/pack/types';
import { computeStats, type AnswerRecord, type Confidence } from '../../core/session/index';
import { append, h, icon, nextId } from '../dom';
import { percent, plural, VERDICT_LABEL, VERDICT_ORDER, VERDICT_PLAIN } from '../labels';
import { answerButtons, quoteFigure } from '../parts';
import { confusionTable, leanText } from '../results';
import { revealBody } from '../screens/reveal';
import type { Screen } from '../screens/types';
import { questionView, revealView, type PackView } from './packview';

/** Puts a new screen in the main region, at the top, its heading focused (for screen readers too). */
export function present(main: HTMLElement, previous: Screen | null, next: Screen): void {
  previous?.dispose?.();
  main.replaceChildren(next.root);
  window.scrollTo(0, 0);
  next.heading.focus({ preventScroll: true });
}

const screen = (name: string, headingText: string, ...children: Array<Node | null>): Screen => {
  const id = nextId(name);
  const heading = h('h1', { id, tabindex: '-1', text: headingText });
  return { root: h('section', { class: `screen class-screen ${name}`, 'data-screen': name, 'aria-labelledby': id }, heading, ...children), heading };
};

export function waitingScreen(nickname: string, title: string, onLeave: () => void): Screen {
  return screen(
    'class-lobby',
    `You’re in, ${nickname}!`,
    h('p', { class: 'lead', text: 'Waiting for your teacher to start.' }),
    title ? h('p', { class: 'muted' }, 'Pack: ', h('strong', { text: title })) : null,
    h('p', { class: 'hint', text: 'Keep this page open. If you reload it or lose the connection, you get your seat back.' }),
    h('p', null, h('button', { type: 'button', class: 'btn quiet', on: { click: onLeave } }, 'Leave this class')),
  );
}

export interface QuestionProps {
  question: PublicQuestion;
  total: number;
  showQuote: boolean;
  askConfidence: boolean;
  /** Keys 1 2 3 (and S, U) answer: the player's setting. */
  shortcuts: boolean;
  answer: AnswerMessage | null;
  onAnswer(verdict: Verdict, confidence?: Confidence): void;
}

export interface QuestionScreen extends Screen {
  /** The server confirmed (or the student changed) the answer. */
  showAnswer(answer: AnswerMessage | null, sent: boolean): void;
  /** Seconds left before answers close, or null without a timer. */
  showTime(seconds: number | null): void;
}

export function questionScreen(p: QuestionProps): QuestionScreen {
  const q = p.question;
  const s = screen('class-question', `Question ${q.index + 1} of ${p.total}`);
  const askId = nextId('ask');
  let verdict: Verdict | null = p.answer?.verdict ?? null;
  let confidence: Confidence | null = p.answer?.confidence ?? null;

  const { answers, buttons } = answerButtons(askId, p.shortcuts, true, choose);

  const sureButtons = new Map<Confidence, HTMLButtonElement>();
  const sureId = nextId('sure');
  const sure = p.askConfidence
    ? h(
        'div',
        { class: 'sure card', role: 'group', 'aria-labelledby': sureId },
        h('h3', { id: sureId, text: 'How sure are you?' }),
        (['sure', 'unsure'] as const).map((c) => {
          const b = h('button', { type: 'button', class: 'btn', 'aria-pressed': 'false', 'aria-keyshortcuts': p.shortcuts ? (c === 'sure' ? 'S' : 'U') : undefined, on: { click: () => chooseConfidence(c) } }, c === 'sure' ? 'Sure' : 'Not sure');
          sureButtons.set(c, b);
          return b;
        }),
      )
    : null;

  const status = h('p', { class: 'answer-status', role: 'status' });
  const timer = h('p', { class: 'class-timer tag', role: 'timer', 'aria-live': 'off' });
  timer.hidden = true;

  function send(): void {
    if (!verdict || (p.askConfidence && !confidence)) {
      render(false);
      return;
    }
    p.onAnswer(verdict, p.askConfidence ? confidence! : undefined);
    render(false);
  }
  function choose(v: Verdict): void {
    verdict = v;
    send();
    if (p.askConfidence && !confidence) sureButtons.get('sure')?.focus();
  }
  function chooseConfidence(c: Confidence): void {
    confidence = c;
    send();
  }
  function render(sent: boolean): void {
    for (const [v, b] of buttons) b.setAttribute('aria-pressed', String(v === verdict));
    for (const [c, b] of sureButtons) b.setAttribute('aria-pressed', String(c === confidence));
    if (!verdict) status.textContent = '';
    else if (p.askConfidence && !confidence) status.textContent = `You chose ${VERDICT_LABEL[verdict]}. Now say how sure you are.`;
    else {
      const how = confidence ? ` (${confidence === 'sure' ? 'sure' : 'not sure'})` : '';
      status.textContent = sent ? `Your answer: ${VERDICT_LABEL[verdict]}${how}. Sent — you can change it until answers close.` : `Your answer: ${VERDICT_LABEL[verdict]}${how}. Sending…`;
    }
  }
  render(p.answer !== null);

  const { pack, item } = questionView(q);
  append(s.root, [
    h('div', { class: 'class-question-head' }, q.unreviewed ? h('span', { class: 'tag unreviewed', text: 'Not reviewed' }) : null, timer),
    p.showQuote ? quoteFigure(pack, item) : h('div', { class: 'card board-note' }, h('p', { text: 'Read the quote on the board.' })),
    h('div', { class: 'ask' }, h('h2', { id: askId, text: 'Is this a claim, a verified fact, or disputed?' }), answers, sure, status, !p.shortcuts ? null : h('p', { class: 'hint keys' }, 'Keys: ', h('kbd', null, '1'), ' ', h('kbd', null, '2'), ' ', h('kbd', null, '3'), p.askConfidence ? ', then S (sure) or U (not sure).' : '.')),
  ]);

  return {
    ...s,
    key(e) {
      const i = ['1', '2', '3'].indexOf(e.key);
      if (i >= 0) {
        buttons.get(VERDICT_ORDER[i]!)!.focus();
        choose(VERDICT_ORDER[i]!);
        return true;
      }
      if (p.askConfidence && verdict && (e.key === 's' || e.key === 'S' || e.key === 'u' || e.key === 'U')) {
        const c = e.key.toLowerCase() === 's' ? 'sure' : 'unsure';
        sureButtons.get(c)!.focus();
        chooseConfidence(c);
        return true;
      }
      return false;
    },
    showAnswer(answer, sent) {
      if (answer) {
        verdict = answer.verdict;
        confidence = answer.confidence ?? confidence;
      }
      render(sent);
    },
    showTime(seconds) {
      timer.hidden = seconds === null;
      if (seconds !== null) timer.textContent = seconds > 0 ? `${seconds} s left` : 'Time is up';
    },
  };
}

export function closedScreen(index: number, total: number, answer: AnswerMessage | null): Screen {
  return screen(
    'class-closed',
    'Answers are closed',
    h('p', { class: 'eyebrow', text: `Question ${index + 1} of ${total}` }),
    h('p', { class: 'lead', text: answer ? `Your answer: ${VERDICT_LABEL[answer.verdict]}.` : 'You did not answer this one.' }),
    h('p', { class: 'muted', text: 'Look at the board: the reveal is coming.' }),
  );
}

export interface RevealProps {
  reveal: RevealPayload;
  total: number;
  record: AnswerRecord | null;
  points: number;
  sources: Parameters<typeof revealView>[1];
  leaders: Leader[] | null;
  onContext(pack: PackView, evidenceIndex: number, opener: HTMLElement): void;
}

export function revealScreen(p: RevealProps): Screen {
  const r = p.reveal;
  const rec = p.record;
  const right = rec?.correct === true;
  const heading = rec ? (right ? 'Right' : 'Not quite') : 'The answer';
  const s = screen('class-reveal', heading);
  s.root.classList.add('reveal');
  const { pack, item } = revealView(r, p.sources);
  const line = rec ? (right ? VERDICT_PLAIN[r.item.verdict] : `You said ${VERDICT_LABEL[rec.answered]}. ${VERDICT_PLAIN[r.item.verdict]}`) : `You did not answer. ${VERDICT_PLAIN[r.item.verdict]}`;
  const result = h(
    'div',
    { class: `result ${rec ? (right ? 'right' : 'wrong') : 'none'}` },
    h('span', { class: 'result-mark' }, icon(right ? 'check' : rec ? 'cross' : 'info')),
    s.heading,
    h('p', { class: 'verdict-line', text: line }),
    h('p', { class: 'points' }, rec ? h('span', { class: 'tag', text: `${rec.points.total >= 0 ? '+' : ''}${rec.points.total} points` }) : null, h('span', { class: 'tag', text: `${p.points} in total` })),
  );
  s.root.replaceChildren();
  append(s.root, [
    h('p', { class: 'eyebrow', text: `Question ${r.index + 1} of ${p.total}` }),
    result,
    ...revealBody(pack, item, (i, opener) => p.onContext(pack, i, opener)),
    discussionCard(r.discussion),
    p.leaders ? leaderList(p.leaders) : null,
    h('p', { class: 'muted', text: 'Your teacher moves on when the class is ready.' }),
  ]);
  s.root.setAttribute('aria-labelledby', s.heading.id);
  return s;
}

function discussionCard(prompt: string): HTMLElement {
  const id = nextId('discuss');
  return h('section', { class: 'card discussion', 'aria-labelledby': id }, h('h2', { id, text: 'Talk about it' }), h('p', { text: prompt }));
}

export function leaderList(leaders: Leader[]): HTMLElement {
  const id = nextId('leaders');
  return h(
    'section',
    { class: 'card leaders', 'aria-labelledby': id },
    h('h2', { id, text: 'Top of the class' }),
    h(
      'ol',
      null,
      leaders.map((l) => h('li', null, h('span', { class: 'leader-name', text: l.nickname }), h('span', { class: 'leader-points', text: plural(l.points, 'point') }))),
    ),
  );
}

export function summaryScreen(nickname: string, points: number, records: AnswerRecord[], leaders: Leader[] | null, onLeave: () => void): Screen {
  const st = computeStats(records);
  const s = screen('class-summary', 'Your results');
  const stat = (value: string, label: string) => h('div', { class: 'stat card' }, h('span', { class: 'value', text: value }), h('span', { class: 'label', text: label }));
  const leanId = nextId('lean');
  append(s.root, [
    h('p', { class: 'lead', text: `Well done, ${nickname}. The session is over.` }),
    h('div', { class: 'stats' }, stat(String(points), 'points'), stat(`${st.right} of ${st.answered}`, 'right'), stat(percent(st.balancedAccuracy), 'balanced accuracy')),
    st.answered
      ? h('section', { class: 'section card', 'aria-labelledby': leanId }, h('h2', { id: leanId, text: 'Which way you lean' }), h('p', { class: 'lean', text: leanText(st.lean, st.answered, 'you') }), h('div', { class: 'table-wrap' }, confusionTable(st.matrix, 'you')))
      : h('p', { class: 'muted', text: 'You did not answer any question this time.' }),
    leaders ? leaderList(leaders) : null,
    h('p', null, h('button', { type: 'button', class: 'btn', on: { click: onLeave } }, 'Leave the class')),
  ]);
  return s;
}

export function endedScreen(title: string, message: string, actions: Node[]): Screen {
  return screen('class-ended', title, h('p', { class: 'lead', text: message }), h('p', { class: 'actions' }, ...actions));
}
