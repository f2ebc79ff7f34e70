/** The reveal: right or not, the verdict in plain words, why, as of when, and the evidence. */
import { itemIsUnreviewed } from '../../core/pack/review';
import type { CompiledItem, CompiledPack } from '../../core/pack/types';
import type { AnswerRecord } from '../../core/session/index';
import { focusWasReturnedTo } from '../dialog';
import { h, icon, nextId } from '../dom';
import { formatDate, VERDICT_LABEL, VERDICT_PLAIN } from '../labels';
import { evidenceList, packLang, quoteFigure, verdictChip, type PackSources } from '../parts';
import { pinToBottom } from '../pinned';
import type { Screen } from './types';

export interface RevealProps {
  pack: CompiledPack;
  item: CompiledItem;
  answer: AnswerRecord;
  position: number;
  total: number;
  isLast: boolean;
  shortcuts: boolean;
  onNext(): void;
  onContext(evidenceIndex: number, opener: HTMLElement): void;
}

/** The body of a reveal (also used to reopen a missed item from the summary). */
export function revealBody(
  pack: PackSources & Pick<CompiledPack, 'updated'> & Partial<Pick<CompiledPack, 'extensions'>>,
  item: CompiledItem,
  onContext: (i: number, opener: HTMLElement) => void,
): HTMLElement[] {
  const whyId = nextId('why');
  const evId = nextId('evidence');
  return [
    h(
      'div',
      { class: 'reveal-grid' },
      h(
        'div',
        { class: 'reveal-col' },
        h(
          'section',
          { class: 'why card', 'aria-labelledby': whyId },
          h('h2', { id: whyId, text: 'Why' }),
          h('p', null, verdictChip(item.verdict)),
          itemIsUnreviewed(pack, item)
            ? h('p', { class: 'unreviewed' }, h('strong', null, 'Not reviewed: '), 'this verdict and explanation come from a draft that no person has checked yet.')
            : null,
          h('p', { class: 'explanation', lang: packLang(pack), text: item.explanation }),
          h('p', { class: 'asof', text: `As of ${formatDate(pack.updated)}, judged only on the sources in this pack.` }),
        ),
        quoteFigure(pack, item, true),
      ),
      h(
        'section',
        { class: 'evidence', 'aria-labelledby': evId },
        h('h2', { id: evId, text: 'The evidence' }),
        evidenceList(pack, item, onContext),
      ),
    ),
  ];
}

export function revealScreen(p: RevealProps): Screen {
  const right = p.answer.correct;
  const headingId = nextId('result');
  const heading = h('h1', { id: headingId, tabindex: '-1', text: right ? 'Right' : 'Not quite' });
  const pts = p.answer.points;
  const verdictLine = right
    ? `${VERDICT_PLAIN[p.item.verdict]}`
    : `You said ${VERDICT_LABEL[p.answer.answered]}. ${VERDICT_PLAIN[p.item.verdict]}`;
  const pointsBits: string[] = [`${pts.total >= 0 ? '+' : ''}${pts.total} points`];
  if (pts.streakBonus > 0) pointsBits.push(`streak bonus +${pts.streakBonus}`);
  if (pts.confidence !== 0) pointsBits.push(`${pts.confidence > 0 ? 'sure and right +' : 'sure and wrong '}${pts.confidence}`);
  if (p.answer.streak >= 3) pointsBits.push(`${p.answer.streak} right in a row`);

  const nextLabel = p.isLast ? 'See results' : 'Next';
  const next = h(
    'button',
    {
      type: 'button',
      class: 'btn primary big',
      'aria-keyshortcuts': p.shortcuts ? 'Enter N' : undefined,
      on: { click: () => p.onNext() },
    },
    nextLabel,
    icon('arrow'),
  );

  const bar = h(
    'div',
    { class: 'actions end sticky-actions' },
    p.shortcuts ? h('span', { class: 'hint keys' }, 'Press ', h('kbd', null, 'Enter'), ' or ', h('kbd', null, 'N')) : null,
    next,
  );
  const root = h(
    'section',
    { class: 'screen reveal', 'data-screen': 'reveal', 'aria-labelledby': headingId },
    h('p', { class: 'eyebrow', text: `Question ${p.position} of ${p.total}` }),
    h(
      'div',
      { class: `result ${right ? 'right' : 'wrong'}`, role: 'status', 'data-fx-anchor': right ? 'right' : 'wrong' },
      h('span', { class: 'result-mark' }, icon(right ? 'check' : 'cross')),
      heading,
      h('p', { class: 'verdict-line', text: verdictLine }),
      h(
        'p',
        { class: 'points' },
        pointsBits.map((t) => h('span', { class: 'tag', text: t })),
      ),
    ),
    ...revealBody(p.pack, p.item, p.onContext),
    bar,
  );
  const unpin = pinToBottom(bar);

  return {
    root,
    heading,
    // Focus goes to the heading ("Right"); the verdict and points are said after it.
    announce: `${heading.textContent}. ${verdictLine} ${pointsBits.join(', ')}.`,
    dispose: unpin,
    key(e) {
      if (!p.shortcuts) return false;
      if (e.key === 'n' || e.key === 'N') {
        p.onNext();
        return true;
      }
      // Enter on a control the player moved to activates it; elsewhere it means Next, as the
      // hint says — also on the "Read in context" button that focus returned to on closing it.
      if (e.key === 'Enter') {
        const t = e.target as HTMLElement | null;
        if (t && t.closest('button, a, input, select, textarea, summary') && !focusWasReturnedTo(t)) return false;
        p.onNext();
        return true;
      }
      return false;
    },
  };
}
