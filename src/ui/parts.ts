/** Pieces shared by several screens: the quote figure, evidence cards, verdict chips. */
import type { CompiledEvidence, CompiledItem, CompiledPack, Source, Verdict } from '../core/pack/types';
import { h, icon, nextId } from './dom';
import { keyWordRanges, segments } from './highlight';
import { formatDate, genreLabel, STANCE_LABEL, VERDICT_ICON, VERDICT_LABEL, VERDICT_MEANING, VERDICT_ORDER } from './labels';

/**
 * What the pieces need of a pack: its sources, and its language when known. Every text taken
 * from a pack (quotes, evidence, notes, sources, speakers) is marked with the pack's language,
 * so a screen reader pronounces a Spanish pack in Spanish inside the English game.
 */
export type PackSources = Pick<CompiledPack, 'sources'> & Partial<Pick<CompiledPack, 'language'>>;

export function sourceOf(pack: PackSources, id: string): Source | undefined {
  return pack.sources.find((s) => s.id === id);
}

/** The `lang` attribute for a pack's own texts (undefined, so no attribute, when unknown). */
export function packLang(pack: Partial<Pick<CompiledPack, 'language'>>): string | undefined {
  return pack.language || undefined;
}

/** The quote as a <figure>: <blockquote> + <figcaption> with speaker, outlet, date, genre. */
export function quoteFigure(pack: PackSources, item: Pick<CompiledItem, 'quote'>, small = false): HTMLElement {
  const src = sourceOf(pack, item.quote.source);
  const lang = packLang(pack);
  return h(
    'figure',
    { class: `quote-card card${small ? ' small' : ''}` },
    // The big opening quote mark is decoration: hidden from the accessibility tree.
    h('span', { class: 'quote-mark', 'aria-hidden': 'true' }, '\u201C'),
    h('blockquote', { lang }, h('p', { text: collapseSpaces(item.quote.text) })),
    h(
      'figcaption',
      null,
      h('span', { class: 'speaker', lang, text: item.quote.speaker }),
      src && h('span', null, 'in ', h('cite', { lang, text: src.outlet })),
      src && h('time', { datetime: src.published, text: formatDate(src.published) }),
      src && h('span', { class: 'tag', text: genreLabel(src.genre) }),
    ),
  );
}

/**
 * Runs of spaces, tabs and no-break spaces shown as one space (line breaks kept): the
 * matching rules treat them as one, and a source's stray double space should not show.
 */
export function collapseSpaces(text: string): string {
  return text.replace(/[^\S\n]+/g, ' ');
}

export function verdictChip(v: Verdict): HTMLElement {
  return h('span', { class: `verdict-chip v-${v}` }, icon(VERDICT_ICON[v]), VERDICT_LABEL[v]);
}

/** Text with the given ranges wrapped in <mark>. */
export function markedText(text: string, ranges: Array<[number, number]>): Node[] {
  return segments(text, ranges).map((s) => (s.mark ? h('mark', { text: s.text }) : document.createTextNode(s.text)));
}

/** An evidence card's head: its stance, the source's outlet and date (also used by presenter mode). */
export function evidenceHead(pack: PackSources, ev: Pick<CompiledEvidence, 'source' | 'stance'>, id?: string): HTMLElement {
  const src = sourceOf(pack, ev.source);
  return h(
    'div',
    { class: 'ev-head', id },
    h('span', { class: 'stance' }, icon(ev.stance === 'context' ? 'info' : ev.stance), STANCE_LABEL[ev.stance] ?? ev.stance),
    h('cite', { lang: packLang(pack), text: src?.outlet ?? ev.source }),
    src && h('time', { class: 'muted', datetime: src.published, text: formatDate(src.published) }),
  );
}

/**
 * The evidence as a list labelled "Evidence": stance, outlet, date, the passage with its
 * key words highlighted, the note, and "Read in context".
 */
export function evidenceList(
  pack: PackSources,
  item: CompiledItem,
  onContext: (evidenceIndex: number, opener: HTMLElement) => void,
): HTMLElement {
  const lang = packLang(pack);
  const list = h('ul', { class: 'evidence-list', 'aria-label': 'Evidence' });
  item.evidence.forEach((ev, i) => {
    const headId = nextId('ev');
    const btn = h(
      'button',
      {
        type: 'button',
        class: 'btn',
        'aria-describedby': headId,
        on: { click: () => onContext(i, btn) },
      },
      icon('book'),
      'Read in context',
    );
    list.appendChild(
      h(
        'li',
        { class: `ev card s-${ev.stance}` },
        evidenceHead(pack, ev, headId),
        h('blockquote', { lang }, ...markedText(ev.text, keyWordRanges(ev.text, item.quote.text))),
        ev.note ? h('p', { class: 'note' }, h('strong', null, 'Note: '), h('span', { lang, text: ev.note })) : null,
        btn,
      ),
    );
  });
  return list;
}

/**
 * The three answers as a group of buttons (label, key hint, meaning), each calling `choose`.
 * `pressable`: the buttons show which one is chosen (`aria-pressed`) until it is committed.
 * Shared by the solo round and a student's question in a live class.
 */
export function answerButtons(
  labelledBy: string,
  shortcuts: boolean,
  pressable: boolean,
  choose: (v: Verdict) => void,
): { answers: HTMLElement; buttons: Map<Verdict, HTMLButtonElement> } {
  const buttons = new Map<Verdict, HTMLButtonElement>();
  const answers = h('div', { class: 'answers', role: 'group', 'aria-labelledby': labelledBy });
  VERDICT_ORDER.forEach((v, i) => {
    const meaningId = nextId('meaning');
    const b = h(
      'button',
      {
        type: 'button',
        class: `answer v-${v}`,
        'aria-label': VERDICT_LABEL[v],
        'aria-describedby': meaningId,
        'aria-keyshortcuts': shortcuts ? String(i + 1) : undefined,
        'aria-pressed': pressable ? 'false' : undefined,
        'data-verdict': v,
        on: { click: () => choose(v) },
      },
      icon(VERDICT_ICON[v]),
      h('span', { class: 'label', text: VERDICT_LABEL[v] }),
      shortcuts ? h('kbd', { 'aria-hidden': 'true', text: String(i + 1) }) : null,
      h('span', { class: 'meaning', id: meaningId, text: VERDICT_MEANING[v] }),
    );
    buttons.set(v, b);
    answers.appendChild(b);
  });
  return { answers, buttons };
}
