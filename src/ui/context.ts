/** "Read in context": the whole source, the passage highlighted and scrolled into view. */
import type { CompiledPack, Span } from '../core/pack/types';
import { openDialog } from './dialog';
import { h, safeHttpUrl } from './dom';
import { paragraphsWithSpan } from './highlight';
import { formatDate, genreLabel } from './labels';
import { sourceOf } from './parts';

export function openContext(pack: Pick<CompiledPack, 'sources'>, sourceId: string, span: Span | null, opener: HTMLElement | null): void {
  const src = sourceOf(pack, sourceId);
  if (!src) return;
  const { body, dialog } = openDialog({
    title: src.title,
    eyebrow: 'Read in context',
    className: 'context-dialog',
    opener,
  });
  const url = safeHttpUrl(src.url);
  body.appendChild(
    h(
      'p',
      { class: 'source-meta' },
      h('cite', { text: src.outlet }),
      src.author ? h('span', { text: src.author }) : null,
      h('time', { datetime: src.published, text: formatDate(src.published) }),
      h('span', { class: 'tag', text: genreLabel(src.genre) }),
    ),
  );
  if (url) {
    body.appendChild(
      h(
        'p',
        null,
        h('a', { href: url, target: '_blank', rel: 'noopener noreferrer', text: `The original at ${src.outlet}` }),
        h('span', { class: 'muted', text: ' (opens in a new tab)' }),
      ),
    );
  }
  const article = h('div', { class: 'source-text' });
  let first: HTMLElement | null = null;
  for (const para of paragraphsWithSpan(src.text, span)) {
    const p = h('p');
    for (const seg of para.segments) {
      if (seg.mark) {
        const m = h('mark', { text: seg.text });
        if (!first) first = m;
        p.appendChild(m);
      } else p.appendChild(document.createTextNode(seg.text));
    }
    article.appendChild(p);
  }
  body.appendChild(article);
  if (first) {
    const target = first as HTMLElement;
    requestAnimationFrame(() => {
      if (!dialog.open) return;
      // Scroll the dialog so the passage sits in view below the sticky header.
      const head = dialog.querySelector('.dialog-head') as HTMLElement | null;
      const offset = Math.max((head?.offsetHeight ?? 0) + 24, dialog.clientHeight / 3);
      const top = target.getBoundingClientRect().top - dialog.getBoundingClientRect().top + dialog.scrollTop - offset;
      dialog.scrollTop = Math.max(0, top);
    });
  }
}
