/** The Sources view: articles in (paste or files), and each source's details. */
import { GENRES, type Source } from '../../core/pack/types';
import { addSources, moveSource, removeSource, updateSource } from '../../core/studio/commands';
import { LIMITS } from '../../core/studio/selection';
import { h, nextId, panel } from '../dom';
import { genreLabel, plural } from '../labels';
import type { Studio, UpdateReason, View } from './app';
import { articleFromFile, articleFromHtml, articleFromText, browserParseHtml, looksLikeHtml, type Article } from './articles';
import { field, fileButton, fill } from './bits';

const SOURCE_FIELDS: Array<{ key: keyof Omit<Source, 'id' | 'text' | 'genre'>; label: string; hint?: string; type?: string; max: number }> = [
  { key: 'title', label: 'Title', max: 300 },
  { key: 'outlet', label: 'Outlet', hint: 'The newspaper, site or publisher.', max: 300 },
  { key: 'author', label: 'Author (optional)', max: 300 },
  { key: 'published', label: 'Published', hint: 'YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2013-03-25.', max: 10 },
  { key: 'url', label: 'Web address (optional)', type: 'url', max: 2000 },
];

const bytes = (s: string) => new TextEncoder().encode(s).length;
const kb = (n: number) => (n >= 1_000_000 ? `${(n / 1e6).toFixed(2)} MB` : `${Math.max(1, Math.round(n / 1000))} KB`);

export class SourcesView implements View {
  readonly root: HTMLElement;
  private list = h('div', { class: 'source-list' });
  private paste: HTMLTextAreaElement;
  private pasteSize = h('span', { class: 'counter' });
  private result = h('div', { class: 'add-result', role: 'status' });
  private count = h('p', { class: 'muted' });
  /** Details found in the text, per source id (shown as "from the text"). */
  private found = new Map<string, Array<keyof Source>>();
  private boxes = new Map<string, HTMLElement>();
  private justAdded: string | null = null;

  constructor(private studio: Studio) {
    const pasteId = nextId('paste');
    this.paste = h('textarea', { id: pasteId, rows: '8', class: 'paste', 'data-fk': 'paste', 'aria-describedby': `${pasteId}-hint` });
    this.paste.addEventListener('input', () => this.sizeHint());
    const add = h('button', { type: 'button', class: 'btn primary', 'data-fk': 'add-article', on: { click: () => this.addPasted() } }, 'Add this article');
    const files = fileButton('Open article files (.txt, .md, .html)', '.txt,.text,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html', true, (f) => void this.addFiles(f), 'article-files');
    this.root = h(
      'div',
      { class: 'sources-view' },
      panel(
        'Add articles',
        'add-articles',
        h('p', { text: 'Paste an article’s text, or a whole web page’s HTML (the article is taken out of it: menus, captions and scripts are dropped, nothing in it runs). Or open text, Markdown or HTML files. Quotes are then taken word for word from this text.' }),
        h('div', { class: 'field-head' }, h('label', { for: pasteId, text: 'Article text or page HTML' }), this.pasteSize),
        this.paste,
        h('p', { class: 'hint', id: `${pasteId}-hint`, text: 'Paragraphs are separated by blank lines. A source may be up to 1 MB; a pack up to 200 sources.' }),
        h('p', { class: 'row' }, add, files),
        this.result,
      ),
      h('section', { class: 'sources-panel', 'aria-label': 'Sources of this pack' }, h('div', { class: 'panel-head' }, h('h2', { text: 'Sources' }), this.count), this.list),
    );
    this.sizeHint();
  }

  update(reason: UpdateReason): void {
    if (reason === 'typing') return this.updateCounts();
    if (reason === 'check') return this.renderMessages();
    this.renderList();
  }

  private sizeHint(): void {
    const n = bytes(this.paste.value);
    this.pasteSize.textContent = n ? `${kb(n)} of 1 MB` : '';
    this.pasteSize.classList.toggle('near', n > LIMITS.sourceBytes * 0.8);
    this.pasteSize.classList.toggle('over', n > LIMITS.sourceBytes);
  }

  private add(articles: Article[]): void {
    const s = this.studio;
    const before = new Set(s.doc.sources.map((x) => x.id));
    const room = LIMITS.sources - s.doc.sources.length;
    if (room <= 0) {
      this.result.replaceChildren(h('p', { class: 'bad', text: 'This pack already has 200 sources, the most a pack may hold.' }));
      return;
    }
    const kept = articles.filter((a) => a.source.text.trim()).slice(0, room);
    const empty = articles.length - articles.filter((a) => a.source.text.trim()).length;
    if (!kept.length) {
      this.result.replaceChildren(h('p', { class: 'bad', text: 'No text was found to add.' }));
      return;
    }
    s.exec(addSources(kept.map((a) => a.source)));
    const added = s.doc.sources.filter((x) => !before.has(x.id));
    added.forEach((src, i) => this.found.set(src.id, kept[i]!.found));
    this.justAdded = added[0]?.id ?? null;
    const missing = (src: Source) => (['outlet', 'published'] as const).filter((k) => !src[k]);
    fill(
      this.result,
      ...added.map((src, i) =>
        h(
          'p',
          null,
          h('strong', { text: `Added “${src.title}”` }),
          ` (${kb(bytes(src.text))}). `,
          kept[i]!.notes.join(' '),
          missing(src).length ? h('span', { class: 'bad', text: ` Fill in its ${missing(src).join(' and ')} below.` }) : ' Check its details below.',
        ),
      ),
      empty ? h('p', { class: 'bad', text: `${plural(empty, 'file')} had no text and ${empty === 1 ? 'was' : 'were'} not added.` }) : null,
      articles.length > kept.length + empty ? h('p', { class: 'bad', text: 'Some articles were not added: a pack holds at most 200 sources.' }) : null,
    );
    if (!s.ui.sourceId || !s.doc.sources.some((x) => x.id === s.ui.sourceId)) s.setUi({ sourceId: added[0]!.id });
    this.renderList();
  }

  private addPasted(): void {
    const text = this.paste.value;
    if (!text.trim()) {
      this.result.replaceChildren(h('p', { class: 'bad', text: 'Paste an article in the box first.' }));
      this.paste.focus();
      return;
    }
    if (bytes(text) > LIMITS.sourceBytes * 3) {
      this.result.replaceChildren(h('p', { class: 'bad', text: `This is ${kb(bytes(text))}: far more than one article (a source may be up to 1 MB).` }));
      return;
    }
    const article = looksLikeHtml(text) ? articleFromHtml(text, browserParseHtml) : articleFromText(text);
    this.add([article]);
    this.paste.value = '';
    this.sizeHint();
  }

  private async addFiles(files: File[]): Promise<void> {
    const articles: Article[] = [];
    for (const f of files) {
      if (f.size > LIMITS.sourceBytes * 3) {
        this.result.replaceChildren(h('p', { class: 'bad', text: `“${f.name}” is ${kb(f.size)}: too large for one article.` }));
        continue;
      }
      try {
        articles.push(articleFromFile(f.name, await f.text(), browserParseHtml));
      } catch {
        this.result.replaceChildren(h('p', { class: 'bad', text: `“${f.name}” could not be read.` }));
      }
    }
    if (articles.length) this.add(articles);
  }

  // ---------------------------------------------------------------------------- the list

  private renderList(): void {
    const s = this.studio;
    const active = document.activeElement as HTMLElement | null;
    const fk = this.root.contains(active) ? active?.dataset.fk : undefined;
    this.boxes.clear();
    this.count.textContent = `${s.doc.sources.length} of 200 sources`;
    this.count.classList.toggle('near', s.doc.sources.length >= 160);
    const used = new Map<string, number>();
    for (const it of s.doc.items) {
      const ids = new Set([it.quote?.source, ...it.evidence.map((e) => e.source)].filter(Boolean) as string[]);
      for (const id of ids) used.set(id, (used.get(id) ?? 0) + 1);
    }
    this.list.replaceChildren(
      ...(s.doc.sources.length
        ? s.doc.sources.map((src, i) => this.card(src, i, used.get(src.id) ?? 0))
        : [h('p', { class: 'muted', text: 'No sources yet. Add at least two articles that report on the same things, so they can support or contradict each other.' })]),
    );
    this.renderMessages();
    if (this.justAdded) {
      this.list.querySelector<HTMLElement>(`[data-source="${CSS.escape(this.justAdded)}"] h3`)?.focus();
      this.justAdded = null;
    } else if (fk) this.root.querySelector<HTMLElement>(`[data-fk="${CSS.escape(fk)}"]`)?.focus();
  }

  private card(src: Source, i: number, usedBy: number): HTMLElement {
    const s = this.studio;
    const found = this.found.get(src.id) ?? [];
    const fields = SOURCE_FIELDS.map((f) => {
      const fd = field({
        label: f.label + (found.includes(f.key) ? ' — from the text' : ''),
        value: src[f.key] ?? '',
        fk: `src:${src.id}:${f.key}`,
        ...(f.hint ? { hint: f.hint } : {}),
        ...(f.type ? { type: f.type } : {}),
        onInput: (v) => s.exec(updateSource(src.id, { [f.key]: v }), { typing: true }),
        attrs: { autocomplete: 'off' },
      });
      fd.input.addEventListener('blur', () => s.sealTyping());
      return fd.root;
    });
    const genreId = nextId('genre');
    const genre = h('select', { id: genreId, 'data-fk': `src:${src.id}:genre`, on: { change: () => s.exec(updateSource(src.id, { genre: genre.value as Source['genre'] }), { typing: true }) } });
    for (const g of GENRES) {
      const o = h('option', { value: g, text: genreLabel(g) });
      o.selected = src.genre === g;
      genre.appendChild(o);
    }
    const size = bytes(src.text);
    const msgs = h('ul', { class: 'msgs' });
    this.boxes.set(src.id, msgs);
    const headId = nextId('src');
    return h(
      'section',
      { class: 'source-card card', 'data-source': src.id, 'aria-labelledby': headId },
      h('div', { class: 'panel-head' }, h('h3', { id: headId, tabindex: '-1', text: src.title || src.id }), h('span', { class: 'muted', text: `id ${src.id}` })),
      h(
        'p',
        { class: 'muted source-stats' },
        `${src.text.length.toLocaleString('en')} characters · `,
        h('span', { class: size > LIMITS.sourceBytes ? 'bad' : size > LIMITS.sourceBytes * 0.8 ? 'near' : '', text: `${kb(size)} of 1 MB` }),
        ` · ${usedBy ? `used by ${plural(usedBy, 'item')}` : 'not used yet'}`,
      ),
      msgs,
      h('div', { class: 'source-fields' }, ...fields, h('div', { class: 'field' }, h('label', { for: genreId, text: 'Genre' + (found.includes('genre') ? ' — from the page' : '') }), genre)),
      h(
        'p',
        { class: 'row' },
        h('button', { type: 'button', class: 'btn small', 'data-fk': `read:${src.id}`, on: { click: () => (s.setUi({ sourceId: src.id }), s.go('write')) } }, 'Read it and make items'),
        h('button', { type: 'button', class: 'btn small quiet', 'data-fk': `sup:${src.id}`, disabled: i === 0, 'aria-label': `Move “${src.title}” up`, on: { click: () => s.exec(moveSource(src.id, i - 1)) } }, '↑'),
        h('button', { type: 'button', class: 'btn small quiet', 'data-fk': `sdown:${src.id}`, disabled: i === s.doc.sources.length - 1, 'aria-label': `Move “${src.title}” down`, on: { click: () => s.exec(moveSource(src.id, i + 1)) } }, '↓'),
        h(
          'button',
          {
            type: 'button',
            class: 'btn small quiet danger',
            'data-fk': `srm:${src.id}`,
            'aria-label': `Remove “${src.title}”`,
            on: {
              click: () =>
                s.exec(removeSource(src.id), {
                  announce: `Removed “${src.title}”${usedBy ? ` and the quotes and passages ${plural(usedBy, 'item')} took from it` : ''}. Undo (Ctrl+Z) brings it back.`,
                }),
            },
          },
          'Remove',
        ),
      ),
    );
  }

  private updateCounts(): void {
    for (const src of this.studio.doc.sources) {
      const h3 = this.list.querySelector<HTMLElement>(`[data-source="${CSS.escape(src.id)}"] h3`);
      if (h3 && h3.textContent !== (src.title || src.id)) h3.textContent = src.title || src.id;
    }
  }

  private renderMessages(): void {
    const msgs = this.studio.result?.messages ?? [];
    for (const [id, box] of this.boxes) {
      const mine = msgs.filter((m) => m.target.kind === 'source' && m.target.id === id);
      box.replaceChildren(...mine.map((m) => h('li', { class: `msg ${m.severity}`, text: m.text })));
      box.hidden = mine.length === 0;
    }
  }
}
