/** The round: the quote, large, and the three answers (+ "how sure" when asked). */
import type { CompiledItem, CompiledPack, Verdict } from '../../core/pack/types';
import type { Confidence } from '../../core/session/index';
import { confirmDialog } from '../dialog';
import { h, icon, nextId } from '../dom';
import { VERDICT_LABEL, VERDICT_ORDER } from '../labels';
import { answerButtons, quoteFigure } from '../parts';
import { pinToBottom } from '../pinned';
import type { Screen } from './types';

export interface RoundProps {
  pack: CompiledPack;
  item: CompiledItem;
  position: number;
  total: number;
  points: number;
  askConfidence: boolean;
  shortcuts: boolean;
  onAnswer(verdict: Verdict, confidence?: Confidence): void;
  /** A verdict was picked but not yet committed (confidence asked): for the "answer" cue. */
  onPick?(verdict: Verdict): void;
  /** "End round", once the player has confirmed it. */
  onQuit(): void;
}

export function roundScreen(p: RoundProps): Screen {
  const headingId = nextId('round');
  const heading = h('h1', { id: headingId, tabindex: '-1', text: `Question ${p.position} of ${p.total}` });
  let chosen: Verdict | null = null;

  const askId = nextId('ask');
  const { answers, buttons } = answerButtons(askId, p.shortcuts, p.askConfidence, choose);

  const sureBox = p.askConfidence
    ? h(
        'div',
        { class: 'sure card', role: 'group', 'aria-labelledby': `${askId}-sure` },
        h('h3', { id: `${askId}-sure`, text: 'How sure are you?' }),
        h(
          'div',
          { class: 'sure-buttons' },
          h('button', { type: 'button', class: 'btn primary', 'aria-keyshortcuts': p.shortcuts ? 'S' : undefined, on: { click: () => commit('sure') } }, 'Sure'),
          h('button', { type: 'button', class: 'btn', 'aria-keyshortcuts': p.shortcuts ? 'U' : undefined, on: { click: () => commit('unsure') } }, 'Not sure'),
        ),
      )
    : null;
  const sureHint = p.askConfidence ? h('p', { class: 'hint', 'aria-live': 'polite' }) : null;
  if (sureBox) sureBox.hidden = true;

  function choose(v: Verdict): void {
    if (!p.askConfidence) {
      p.onAnswer(v);
      return;
    }
    chosen = v;
    p.onPick?.(v);
    for (const [k, b] of buttons) b.setAttribute('aria-pressed', String(k === v));
    sureBox!.hidden = false;
    sureHint!.textContent = `You chose ${VERDICT_LABEL[v]}. Now say how sure you are.`;
    (sureBox!.querySelector('button') as HTMLButtonElement).focus();
  }

  function commit(c: Confidence): void {
    if (!chosen) {
      sureHint!.textContent = 'First choose Claim, Verified fact or Disputed.';
      buttons.values().next().value?.focus();
      return;
    }
    p.onAnswer(chosen, c);
  }

  const pct = Math.round(((p.position - 1) / Math.max(1, p.total)) * 100);
  const quit = h('button', { type: 'button', class: 'btn quiet', 'aria-haspopup': 'dialog', on: { click: () => void confirmQuit() } }, 'End round');
  async function confirmQuit(): Promise<void> {
    const answered = p.position - 1;
    const ok = await confirmDialog({
      title: 'End this round?',
      message:
        answered === 0
          ? `You have not answered any of the ${p.total} questions yet. Ending now shows an empty result.`
          : `You have answered ${answered} of ${p.total} questions. The round stops here and your results so far are shown; those answers count.`,
      confirm: 'End the round',
      cancel: 'Keep playing',
      opener: quit,
    });
    if (ok) p.onQuit();
  }

  // The answers stay pinned at the bottom of the window while a long quote scrolls above them.
  const ask = h(
    'div',
    { class: 'ask' },
    h('h2', { id: askId, text: 'Is this a claim, a verified fact, or disputed?' }),
    answers,
    sureHint,
    sureBox,
    p.shortcuts ? h('p', { class: 'hint keys' }, 'Keys: ', h('kbd', null, '1'), ' ', h('kbd', null, '2'), ' ', h('kbd', null, '3'), p.askConfidence ? ', then S (sure) or U (not sure).' : '.') : null,
  );
  const root = h(
    'section',
    { class: 'screen round', 'data-screen': 'round', 'aria-labelledby': headingId },
    // One layout for every question: the heading on its line, the pack and points on theirs.
    h(
      'div',
      { class: 'round-head' },
      heading,
      h('p', { class: 'round-meta' }, h('span', { class: 'pack-name', text: p.pack.title }), h('span', { class: 'tag points-tag' }, icon('star'), `${p.points} points`)),
    ),
    h('div', { class: 'progress', 'aria-hidden': 'true' }, h('span', { style: `width:${pct}%` })),
    quoteFigure(p.pack, p.item),
    ask,
    // After the answers in the Tab order, and away from the points: ending is never one stray tap.
    h('div', { class: 'round-foot' }, quit),
  );
  // Compact (no meanings) once the full answers would take more than 60 % of the window; still
  // pinned with "How sure are you?" open under them, up to 90 %.
  const unpin = pinToBottom(ask, { compact: true, compactAbove: 0.6, maxShare: 0.9 });

  return {
    root,
    heading,
    key(e) {
      if (!p.shortcuts) return false;
      const i = ['1', '2', '3'].indexOf(e.key);
      if (i >= 0) {
        const v = VERDICT_ORDER[i]!;
        buttons.get(v)!.focus();
        choose(v);
        return true;
      }
      if (p.askConfidence && chosen && (e.key === 's' || e.key === 'S')) {
        commit('sure');
        return true;
      }
      if (p.askConfidence && chosen && (e.key === 'u' || e.key === 'U')) {
        commit('unsure');
        return true;
      }
      return false;
    },
    dispose: unpin,
  };
}
