/** The summary: points, balanced accuracy, per verdict, the confusion matrix, lean, skills, misses. */
import type { CompiledItem, CompiledPack } from '../../core/pack/types';
import type { SessionSummary } from '../../core/session/index';
import { h, icon, nextId } from '../dom';
import { percent, plural, shortQuote, skillLabel, VERDICT_ICON, VERDICT_LABEL, VERDICT_ORDER } from '../labels';
import { packLang } from '../parts';
import { confusionTable, leanText } from '../results';
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

  const table = confusionTable(st.matrix, 'you');

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
            h('p', { id: qid }, h('span', { lang: packLang(p.pack), text: shortQuote(it.quote.text) }), ' ', h('span', { class: 'muted', lang: packLang(p.pack), text: `— ${it.quote.speaker}` })),
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
    h('div', null, h('p', { class: 'eyebrow', lang: packLang(p.pack), text: p.pack.title }), heading),
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
        sec('Which way you lean', h('div', { class: 'table-wrap', role: 'region', 'aria-label': 'Confusion matrix', tabindex: '0' }, table), h('p', { class: 'lean', text: leanText(st.lean, st.answered, 'you') })),
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
