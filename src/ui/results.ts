/**
 * Pieces that show results, for one player (the solo summary) or a whole class (a hosted
 * class, presenter mode): the confusion matrix, the lean in words, and the class's answers to
 * one item beside its verdict.
 */
import type { Verdict } from '../core/pack/types';
import type { ConfusionMatrix, LeanDetail } from '../core/session/index';
import { h, icon } from './dom';
import { percent, plural, VERDICT_ICON, VERDICT_LABEL, VERDICT_ORDER } from './labels';

/** Whose results: one player addressed as "you", or a class in the third person. */
export type Who = 'you' | 'class';

/**
 * The confusion matrix as a real table (rows: the answer; columns: what was said). Where it
 * would not fit (a phone, large text), its CSS lays each row out as a short list that says
 * what each number is (`data-said`), so no column hides in a sideways scroll.
 */
export function confusionTable(matrix: ConfusionMatrix, who: Who): HTMLTableElement {
  const said = who === 'you' ? 'You said' : 'The class said';
  return h(
    'table',
    { class: 'confusion' },
    h('caption', null, 'Confusion matrix'),
    h(
      'thead',
      null,
      h('tr', null, h('th', { scope: 'col' }, 'The answer was'), VERDICT_ORDER.map((v) => h('th', { scope: 'col' }, `${said} ${VERDICT_LABEL[v]}`))),
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
            const n = matrix[actual][answered];
            const hit = actual === answered;
            return h(
              'td',
              { class: hit ? 'hit' : n > 0 ? 'miss' : '', 'data-said': `${said} ${VERDICT_LABEL[answered]}` },
              hit && n > 0 ? icon('check') : null,
              String(n),
            );
          }),
        ),
      ),
    ),
  );
}

/** Which way the mistakes go, in words, with what to do about it. */
export function leanText(lean: LeanDetail, answered: number, who: Who): string {
  const you = who === 'you';
  const subject = you ? 'You lean' : 'This class leans';
  if (answered === 0) return 'No answers yet, so no lean to report.';
  if (!lean.enoughData) {
    const errs = lean.trusting + lean.suspicious;
    return errs === 0
      ? 'Balanced: no mistakes in either direction.'
      : `Too few mistakes to tell which way ${you ? 'you lean' : 'the class leans'} (${plural(lean.trusting, 'too-trusting error')}, ${plural(lean.suspicious, 'too-suspicious error')}).`;
  }
  const gave = you ? 'you gave' : 'the class gave';
  if (lean.lean === 'too-trusting')
    return `${subject} too trusting: ${plural(lean.trusting, 'time')} ${gave} a statement more credit than the evidence does, against ${lean.suspicious} the other way. Look for independent confirmation before calling something a fact.`;
  if (lean.lean === 'too-suspicious')
    return `${subject} too suspicious: ${plural(lean.suspicious, 'time')} ${gave} a statement less credit than the evidence does, against ${lean.trusting} the other way. Doubt is good, but well-sourced facts deserve to be called facts.`;
  return `Balanced: ${you ? 'your' : 'the class’s'} mistakes go both ways (${lean.trusting} too trusting, ${lean.suspicious} too suspicious).`;
}

/**
 * How the class answered one item, beside its verdict: one bar per verdict with its count and
 * share, the right one marked (by shape and words, not colour alone). `actual` null hides
 * which one is right (before the reveal).
 */
export function answerDistribution(counts: Readonly<Record<Verdict, number>>, actual: Verdict | null): HTMLElement {
  const total = VERDICT_ORDER.reduce((n, v) => n + (counts[v] ?? 0), 0);
  return h(
    'ul',
    { class: 'distribution', 'aria-label': `How the class answered: ${plural(total, 'answer')}` },
    VERDICT_ORDER.map((v) => {
      const n = counts[v] ?? 0;
      const share = total ? n / total : 0;
      const right = actual === v;
      return h(
        'li',
        { class: `dist-row v-${v}${right ? ' right' : ''}` },
        h(
          'span',
          { class: 'dist-label' },
          icon(VERDICT_ICON[v]),
          h('strong', { text: VERDICT_LABEL[v] }),
          right ? h('span', { class: 'dist-right' }, icon('check'), ' the answer') : null,
        ),
        h('span', { class: 'dist-bar', 'aria-hidden': 'true' }, h('span', { style: `width:${Math.round(share * 100)}%` })),
        h('span', { class: 'dist-count', text: `${n} · ${percent(total ? share : null)}` }),
      );
    }),
  );
}
