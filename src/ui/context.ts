/**
 * "Read in context": the whole source, the passage highlighted and scrolled into view, a
 * button that takes keyboard and screen-reader players straight to it, and, when the source
 * has an address, the original article opened at that passage (a text-fragment link).
 */
import type { CompiledPack, Span } from '../core/pack/types';
import { openDialog } from './dialog';
import { h, nextId, safeHttpUrl } from './dom';
import { paragraphsWithSpan } from './highlight';
import { formatDate, genreLabel } from './labels';
import { sourceOf, type PackSources } from './parts';
import { textFragmentUrl } from './text-fragment';

export function openContext(pack: PackSources, sourceId: string, span: Span | null, opener: HTMLElement | null): void {
  const src = sourceOf(pack, sourceId);
  if (!src) return;
  const lang = (pack as Partial<Pick<CompiledPack, 'language'>>).language || undefined;
  const { body, dialog } = openDialog({
    title: src.title,
    titleLang: lang,
    eyebrow: 'Read in context',
    className: 'context-dialog',
    opener,
  });
  const url = safeHttpUrl(src.url);
  body.appendChild(
    h(
      'p',
      { class: 'source-meta' },
      h('cite', { lang, text: src.outlet }),
      src.author ? h('span', { lang, text: src.author }) : null,
      h('time', { datetime: src.published, text: formatDate(src.published) }),
      h('span', { class: 'tag', text: genreLabel(src.genre) }),
    ),
  );

  const passageId = nextId('passage');
  const article = h('div', { class: 'source-text', lang });
  let first: HTMLElement | null = null;
  for (const para of paragraphsWithSpan(src.text, span)) {
    const p = h('p');
    for (const seg of para.segments) {
      if (seg.mark) {
        const m = h('mark', { text: seg.text });
        if (!first) {
          first = m;
          m.id = passageId;
          // Focusable from script only: "Go to the highlighted passage" moves focus here.
          m.tabIndex = -1;
        }
        p.appendChild(m);
      } else p.appendChild(document.createTextNode(seg.text));
    }
    article.appendChild(p);
  }

  const links: HTMLElement[] = [];
  const target = first as HTMLElement | null;
  if (target) {
    links.push(
      h(
        'button',
        { type: 'button', class: 'btn', 'aria-controls': passageId, on: { click: () => goTo(dialog, target, true) } },
        'Go to the highlighted passage',
      ),
    );
  }
  if (url) {
    const passage = span ? src.text.slice(span.start, span.end) : '';
    const atPassage = passage ? textFragmentUrl(url, passage) : null;
    links.push(
      h(
        'p',
        { class: 'original-links' },
        atPassage
          ? h('a', { href: atPassage, target: '_blank', rel: 'noopener noreferrer', text: `This passage in the original at ${src.outlet}` })
          : null,
        h('a', { href: url, target: '_blank', rel: 'noopener noreferrer', text: `The original at ${src.outlet}` }),
        h('span', { class: 'muted', text: 'Links open in a new tab. The page may have changed since the pack was made.' }),
      ),
    );
  }
  if (links.length) body.appendChild(h('div', { class: 'context-links' }, ...links));
  body.appendChild(article);
  if (target) {
    requestAnimationFrame(() => {
      if (dialog.open) goTo(dialog, target, false);
    });
  }
}

/** Scrolls the dialog so the passage sits a third of the way down, clear of the Close button. */
function goTo(dialog: HTMLDialogElement, target: HTMLElement, focus: boolean): void {
  const close = dialog.querySelector<HTMLElement>('.dialog-close');
  const offset = Math.max((close?.offsetHeight ?? 0) + 24, dialog.clientHeight / 3);
  const top = target.getBoundingClientRect().top - dialog.getBoundingClientRect().top + dialog.scrollTop - offset;
  dialog.scrollTop = Math.max(0, top);
  if (focus) target.focus({ preventScroll: true });
}
