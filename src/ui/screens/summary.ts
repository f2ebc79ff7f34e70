/** The summary: points, balanced accuracy, per verdict, the confusion matrix, lean, skills, misses. */
import type { CompiledItem, CompiledPack, Verdict } from '../../core/pack/types';
import type { SessionSummary } from '../../core/session/index';
import { h, icon, nextId } from '../dom';
import { percent, plural, shortQuote, skillLabel, VERDICT_ICON, VERDICT_LABEL, VERDICT_ORDER } from '../labels';
import type { Screen } from './types';

export interface SummaryProps {
  pack: CompiledPack;
  summary: SessionSummary;
  /** The previous best balanced accuracy for this pack (before this game), if any. */
  newBest: boolean;
  onReview(item: CompiledItem, opener: HTMLElement): void;
  onReplayMisses(): void;
  onPlayAgain(): void;
  onBack(): void;
}

function leanText(s: SessionSummary): string {
  const l = s.stats.lean;
  if (s.stats.answered === 0) return 'No answers yet, so no lean to report.';
  if (!l.enoughData) {
    const errs = l.trusting + l.suspicious;
    return errs === 0
      ? 'Balanced: no mistakes in either direction.'
      : `Too few mistakes to tell which way you lean (${plural(l.trusting, 'too-trusting error')}, ${plural(l.suspicious, 'too-suspicious error')}).`;
  }
  if (l.lean === 'too-trusting')
    return `You lean too trusting: ${plural(l.trusting, 'time')} you gave a statement more credit than the evidence does, against ${l.suspicious} the other way. Look for independent confirmation before calling something a fact.`;
  if (l.lean === 'too-suspicious')
    return `You lean too suspicious: ${plural(l.suspicious, 'time')} you gave a statement less credit than the evidence does, against ${l.trusting} the other way. Doubt is good, but well-sourced facts deserve to be called facts.`;
  return `Balanced: your mistakes go both ways (${l.trusting} too trusting, ${l.suspicious} too suspicious).`;
}

function calibrationText(s: SessionSummary): string | null {
  const c = s.stats.calibration;
  if (!c) return null;
  const line = (label: string, t: { right: number; total: number; accuracy: number | null }) =>
    `${label}: ${t.right} of ${t.total} right${t.total ? ` (${percent(t.accuracy)})` : ''}.`;
  const verdict = {
    good: 'Your confidence matched your accuracy well.',
    overconfident: 'You were often sure and wrong: slow down before saying "sure".',
    underconfident: 'You were often right when not sure: trust your reading a little more.',
    'not-enough-data': 'Too few answers to judge your confidence yet.',
  }[c.verdict];
  return `${line('When sure', c.sure)} ${line('When not sure', c.unsure)} ${verdict}`;
}

export function summaryScreen(p: SummaryProps): Screen {
  const s = p.summary;
  const st = s.stats;
  const headingId = nextId('summary');
  const heading = h('h1', { id: headingId, tabindex: '-1', text: s.endedEarly ? 'Round ended: your results' : 'Your results' });

  const stat = (value: string, label: string, extra?: string) =>
    h('div', { class: 'stat card' }, h('span', { class: 'value', text: value }), h('span', { class: 'label', text: label }), extra ? h('span', { class: 'muted', text: extra }) : null);

  // Per verdict bars.
  const bars = h('ul', { class: 'bars' });
  for (const v of VERDICT_ORDER) {
    const t = st.perVerdict[v];
    bars.appendChild(
      h(
        'li',
        { class: `bar-row v-${v}` },
        h(
          'div',
          { class: 'top' },
          h('span', null, icon(VERDICT_ICON[v]), ' ', h('strong', { text: VERDICT_LABEL[v] })),
          h('span', { text: t.total ? `${t.right} of ${t.total} · ${percent(t.accuracy)}` : 'none in this round' }),
        ),
        h('div', { class: 'bar', 'aria-hidden': 'true' }, h('span', { style: `width:${Math.round((t.accuracy ?? 0) * 100)}%` })),
      ),
    );
  }

  // The confusion matrix as a real table.
  const table = h(
    'table',
    null,
    h('caption', null, 'Confusion matrix'),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { scope: 'col' }, 'The answer was'),
        VERDICT_ORDER.map((v) => h('th', { scope: 'col' }, `You said ${VERDICT_LABEL[v]}`)),
      ),
    ),
    h(
      'tbody',
      null,
      VERDICT_ORDER.map((actual: Verdict) =>
        h(
          'tr',
          null,
          h('th', { scope: 'row', text: VERDICT_LABEL[actual] }),
          VERDICT_ORDER.map((answered) => {
            const n = st.matrix[actual][answered];
            const hit = actual === answered;
            return h('td', { class: hit ? 'hit' : n > 0 ? 'miss' : '' }, hit && n > 0 ? icon('check') : null, String(n));
          }),
        ),
      ),
    ),
  );

  const sec = (title: string, ...kids: Array<Node | null>) => {
    const id = nextId('sec');
    return h('section', { class: 'section card', 'aria-labelledby': id }, h('h2', { id, text: title }), ...kids);
  };
  const wide = (el: HTMLElement) => {
    el.classList.add('wide');
    return el;
  };

  const skills = st.skills.length
    ? h(
        'ul',
        { class: 'skills' },
        st.skills.map((sk) =>
          h('li', null, h('strong', { text: skillLabel(sk.skill) }), h('span', { text: `${plural(sk.hits, 'hit')}, ${plural(sk.misses, 'miss', 'misses')}` })),
        ),
      )
    : h('p', { class: 'muted', text: 'The items of this round name no checking skills.' });

  const missedItems = st.missedItemIds
    .map((id) => p.pack.items.find((it) => it.id === id))
    .filter((x): x is CompiledItem => !!x);
  const missed = missedItems.length
    ? h(
        'ul',
        { class: 'missed' },
        missedItems.map((it) => {
          const qid = nextId('miss');
          const btn = h('button', { type: 'button', class: 'btn', 'aria-describedby': qid }, 'Review');
          btn.addEventListener('click', () => p.onReview(it, btn));
          return h(
            'li',
            null,
            h('p', { id: qid }, shortQuote(it.quote.text), ' ', h('span', { class: 'muted', text: `— ${it.quote.speaker}` })),
            h('p', { class: 'muted', text: `It was: ${VERDICT_LABEL[it.verdict]}` }),
            btn,
          );
        }),
      )
    : h('p', { text: st.answered ? 'None: every answer was right.' : 'No answers given.' });

  const calib = calibrationText(s);
  const replay = h(
    'button',
    { type: 'button', class: 'btn', disabled: missedItems.length === 0, on: { click: p.onReplayMisses } },
    'Replay my misses',
  );

  const root = h(
    'section',
    { class: 'screen summary', 'data-screen': 'summary', 'aria-labelledby': headingId },
    h('div', null, h('p', { class: 'eyebrow', text: p.pack.title }), heading),
    p.newBest ? h('p', { class: 'ok-box' }, icon('star'), ' A new best for this pack!') : null,
    h(
      'div',
      { class: 'stats' },
      stat(String(s.points), 'points', `best streak ${s.bestStreak}`),
      stat(percent(st.balancedAccuracy), 'balanced accuracy', 'the mean of the three verdicts'),
      stat(`${st.right} of ${st.answered}`, 'right', s.total !== st.answered ? `of ${s.total} in the round` : undefined),
    ),
    h(
      'div',
      { class: 'summary-grid' },
      h('div', { class: 'stack' }, sec('Accuracy per verdict', bars), sec('Checking skills', skills)),
      h(
        'div',
        { class: 'stack' },
        sec('Which way you lean', h('div', { class: 'table-wrap', role: 'region', 'aria-label': 'Confusion matrix', tabindex: '0' }, table), h('p', { class: 'lean', text: leanText(s) })),
        calib ? sec('How sure you were', h('p', { text: calib })) : null,
      ),
      wide(sec('Missed items', missed)),
    ),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', class: 'btn primary big', on: { click: p.onPlayAgain } }, 'Play again'),
      replay,
      h('button', { type: 'button', class: 'btn quiet', on: { click: p.onBack } }, icon('back'), 'Back to packs'),
    ),
  );
  return { root, heading };
}
