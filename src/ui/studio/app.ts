/**
 * The studio: one draft at a time, edited through commands (undo/redo), saved to the browser
 * after every change, checked in a worker after every change, shown in six views (tabs):
 * Sources, Write, Suggestions, Coverage, Check, Pack & share. Preview replaces the views with
 * the game's own round and reveal screens and comes back to the same place.
 */
import { parsePack, validatePack } from '../../core/pack/index';
import type { CompiledPack } from '../../core/pack/types';
import { fixCommand, updateMeta } from '../../core/studio/commands';
import type { Command } from '../../core/studio/history';
import type { Fix } from '../../core/studio/messages';
import type { CheckResult } from '../../core/studio/check';
import { docFromPack, emptyDoc, packFileText, packFromDoc, uniqueId } from '../../core/studio/doc';
import { historyOf, redo, redoLabel, run, seal, undo, undoLabel, type History } from '../../core/studio/history';
import type { StudioDoc } from '../../core/studio/types';
import { initStores } from '../../state/index';
import type { SurfaceContext } from '../app';
import { BUILTIN_PACKS } from '../builtin';
import { checkServer } from '../classroom-server';
import { h, icon } from '../dom';
import { plural } from '../labels';
import { buildShell, noticeBox, type Shell } from '../shell';
import { download, field, fill, today } from './bits';
import { createChecker, type Checker } from './checker';
import { CheckView } from './check-view';
import { CoverageView } from './coverage-view';
import { newDraftId, openDraftStore, type DraftStore, type DraftSummary, type DraftUi } from './drafts';
import { homeScreen } from './home';
import { Preview } from './preview';
import { ShareView } from './share-view';
import { SourcesView } from './sources-view';
import { SuggestView } from './suggest-view';
import { WriteView } from './write-view';

export const VIEWS = ['sources', 'write', 'suggest', 'coverage', 'check', 'share'] as const;
export type ViewName = (typeof VIEWS)[number];

export type UpdateReason = 'doc' | 'typing' | 'check' | 'ui' | 'show';

export interface View {
  readonly root: HTMLElement;
  /** Brings the view up to date; `reason` lets it skip work (and keep focus) when it can. */
  update(reason: UpdateReason): void;
}

export interface UiState {
  view: ViewName;
  itemKey: string | null;
  sourceId: string | null;
}

export async function startStudio(ctx: SurfaceContext): Promise<void> {
  const shell = buildShell({ navLabel: 'Studio', homeHref: ctx.href('play'), surfaceClass: 'surface-studio' });
  document.title = 'Studio — Sourced';
  shell.main.replaceChildren(h('p', { class: 'muted', role: 'status', text: 'Opening the studio…' }));
  const store = await openDraftStore();
  const studio = new Studio(shell, ctx, store);
  (window as unknown as { __studio?: Studio }).__studio = studio;
  await studio.start();
}

export class Studio {
  history!: History;
  ui: UiState = { view: 'sources', itemKey: null, sourceId: null };
  result: CheckResult | null = null;
  /** The document the last check result was made for (so a stale result is known as such). */
  checkedDoc: StudioDoc | null = null;
  draftId: string | null = null;
  summary: DraftSummary | null = null;
  hostAvailable = false;
  /** How long the last check took in the worker (ms), for the benchmark. */
  lastCheckMs = 0;
  readonly checker: Checker;
  private views = new Map<ViewName, View>();
  private stale = new Set<ViewName>();
  private root: HTMLElement | null = null;
  private tabs = new Map<ViewName, HTMLButtonElement>();
  private saveStatus = h('p', { class: 'save-status' });
  private titleInput: HTMLInputElement | null = null;
  private undoBtn = h('button', { type: 'button', class: 'btn quiet', 'aria-keyshortcuts': 'Control+Z', on: { click: () => this.undo() } }, 'Undo');
  private redoBtn = h('button', { type: 'button', class: 'btn quiet', 'aria-keyshortcuts': 'Control+Shift+Z', on: { click: () => this.redo() } }, 'Redo');
  private saving: Promise<void> | null = null;
  private dirty = false;
  private preview: Preview | null = null;
  private editRev = 0;

  constructor(
    readonly shell: Shell,
    readonly ctx: SurfaceContext,
    readonly store: DraftStore,
  ) {
    this.checker = createChecker(
      (result, doc, ms) => this.onChecked(result, doc, ms),
      (message) => this.notice(`The live check failed: ${message}. Your work is safe; the check runs again at the next change.`, 'error'),
    );
    document.addEventListener('keydown', (e) => this.onKey(e));
    window.addEventListener('pagehide', () => void this.flush());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') void this.flush();
    });
  }

  get doc(): StudioDoc {
    return this.history.present;
  }

  async start(): Promise<void> {
    void this.probeHost();
    const id = this.ctx.params.get('draft');
    if (id) {
      const loaded = await this.store.load(id);
      if (loaded) {
        this.open(id, loaded.doc, loaded.ui, loaded.summary);
        return;
      }
      this.notice('That draft is not in this browser any more (browsers may clear what sites store). Open the downloaded pack file to go on with it.', 'error');
    }
    await this.showHome();
  }

  // ---------------------------------------------------------------------------- drafts

  async showHome(): Promise<void> {
    await this.flush();
    this.draftId = null;
    this.root = null;
    this.views.clear();
    this.setDraftParam(null);
    this.shell.actions.replaceChildren();
    const drafts = await this.store.list();
    const screen = homeScreen({
      drafts,
      persistent: this.store.persistent,
      onNew: () => void this.create(emptyDoc(today()), 'sources', []),
      onOpen: (id) => void this.openDraft(id),
      onDelete: async (id, title) => {
        await this.store.remove(id);
        this.announce(`Deleted the draft “${title}”.`);
        await this.showHome();
      },
      onFile: (file) => void this.openPackFile(file),
      onBuiltin: () => this.openBuiltin(),
    });
    this.shell.main.replaceChildren(screen.root);
    screen.heading.focus();
  }

  private async openDraft(id: string): Promise<void> {
    const loaded = await this.store.load(id);
    if (!loaded) {
      this.notice('This draft could not be read.', 'error');
      return;
    }
    this.open(id, loaded.doc, loaded.ui, loaded.summary);
  }

  /** A new draft from a document (new, opened from a file, the built-in pack). */
  async create(doc: StudioDoc, view: ViewName, notes: string[]): Promise<void> {
    const id = newDraftId();
    const ui: DraftUi = { view, itemKey: doc.items[0]?.key ?? null, sourceId: doc.sources[0]?.id ?? null };
    const summary = await this.store.save(id, doc, ui);
    this.open(id, doc, ui, summary);
    for (const n of notes.slice(0, 8)) this.notice(n, 'info');
    if (notes.length > 8) this.notice(`…and ${notes.length - 8} more changes of the same kind.`, 'info');
  }

  async openPackFile(file: File): Promise<void> {
    let text: string;
    try {
      text = await file.text();
    } catch {
      this.notice(`“${file.name}” could not be read.`, 'error');
      return;
    }
    const checked = parsePack(text);
    const syntax = checked.errors.find((e) => e.syntax);
    if (syntax) {
      this.notice(`“${file.name}” could not be opened: ${syntax.message}.`, 'error'); // the message names the line
      return;
    }
    const opened = docFromPack(JSON.parse(text), today());
    if ('error' in opened) {
      this.notice(`“${file.name}”: ${opened.error}`, 'error');
      return;
    }
    const problems = checked.errors.length;
    const notes = [...opened.notes];
    if (problems) notes.unshift(`“${file.name}” has ${plural(problems, 'problem')}: they are listed on its items and under Check, to fix here.`);
    await this.create(opened.doc, opened.doc.items.length ? 'write' : 'sources', notes);
  }

  openBuiltin(): void {
    const pack = BUILTIN_PACKS[0];
    if (!pack) return;
    // The built-in pack as a file would hold it (no compiled spans), under an id of its own.
    const plain = {
      ...pack,
      id: `${pack.id}-copy`,
      items: pack.items.map((it) => ({ ...it, quote: stripSpan(it.quote), evidence: it.evidence.map(stripSpan) })),
    };
    const opened = docFromPack(plain, today());
    if ('error' in opened) return;
    void this.create(opened.doc, 'write', [`This is your copy of the built-in pack “${pack.title}”. Its id is “${plain.id}”, so it can sit beside the original in the game.`]);
  }

  private open(id: string, doc: StudioDoc, ui: DraftUi, summary: DraftSummary): void {
    this.draftId = id;
    this.summary = summary;
    this.history = historyOf(doc);
    this.ui = {
      view: (VIEWS as readonly string[]).includes(ui.view) ? (ui.view as ViewName) : 'sources',
      itemKey: doc.items.some((it) => it.key === ui.itemKey) ? ui.itemKey : (doc.items[0]?.key ?? null),
      sourceId: doc.sources.some((s) => s.id === ui.sourceId) ? ui.sourceId : (doc.sources[0]?.id ?? null),
    };
    this.result = null;
    this.checkedDoc = null;
    this.setDraftParam(id);
    this.build();
    this.checker.check(doc);
    this.root?.querySelector<HTMLElement>('.pack-title')?.focus();
  }

  private setDraftParam(id: string | null): void {
    const url = new URL(location.href);
    if (id) url.searchParams.set('draft', id);
    else url.searchParams.delete('draft');
    history.replaceState(history.state, '', url.href);
  }

  // ---------------------------------------------------------------------------- layout

  private build(): void {
    this.views.clear();
    this.tabs.clear();
    this.views.set('sources', new SourcesView(this));
    this.views.set('write', new WriteView(this));
    this.views.set('suggest', new SuggestView(this));
    this.views.set('coverage', new CoverageView(this));
    this.views.set('check', new CheckView(this));
    this.views.set('share', new ShareView(this));

    const title = field({
      label: 'Pack title',
      value: this.doc.meta.title,
      max: 120,
      placeholder: 'Name your pack',
      fk: 'pack-title',
      onInput: (v) => this.setTitle(v),
    });
    title.input.classList.add('pack-title');
    this.titleInput = title.input as HTMLInputElement;

    const tablist = h('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Studio views' });
    const panels = h('div', { class: 'panels' });
    for (const name of VIEWS) {
      const view = this.views.get(name)!;
      const tabId = `tab-${name}`;
      const panelId = `panel-${name}`;
      const tab = h('button', {
        type: 'button',
        role: 'tab',
        id: tabId,
        class: 'tab',
        'aria-controls': panelId,
        'data-fk': `tab:${name}`,
        on: { click: () => this.go(name), keydown: (e: KeyboardEvent) => this.onTabKey(e, name) },
      });
      this.tabs.set(name, tab);
      tablist.appendChild(tab);
      view.root.id = panelId;
      view.root.setAttribute('role', 'tabpanel');
      view.root.setAttribute('aria-labelledby', tabId);
      view.root.classList.add('view', `view-${name}`);
      panels.appendChild(view.root);
    }
    this.root = h(
      'div',
      { class: 'studio', 'data-screen': 'studio' },
      h('h1', { class: 'sr-only', tabindex: '-1', text: 'Sourced studio' }),
      h('div', { class: 'studio-head' }, title.root, this.saveStatus),
      tablist,
      panels,
    );
    const drafts = h('button', { type: 'button', class: 'btn quiet', on: { click: () => void this.showHome() } }, 'Drafts');
    const previewBtn = h('button', { type: 'button', class: 'btn quiet', on: { click: () => this.startPreview(null) } }, icon('arrow'), 'Preview pack');
    const downloadBtn = h('button', { type: 'button', class: 'btn primary', 'aria-keyshortcuts': 'Control+S', on: { click: () => this.downloadPack() } }, 'Download pack');
    this.shell.actions.replaceChildren(drafts, this.undoBtn, this.redoBtn, previewBtn, downloadBtn);
    this.shell.main.replaceChildren(this.root);
    for (const name of VIEWS) this.stale.add(name);
    this.showView();
    this.refreshChrome();
  }

  /** Switches view; `then` runs once it is shown (to focus something in it). */
  go(view: ViewName, then?: () => void): void {
    if (this.ui.view !== view) {
      this.ui = { ...this.ui, view };
      this.showView();
      void this.save();
    }
    then?.();
  }

  private showView(): void {
    for (const [name, view] of this.views) {
      const on = name === this.ui.view;
      view.root.hidden = !on;
      const tab = this.tabs.get(name)!;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      if (on && this.stale.has(name)) {
        this.stale.delete(name);
        view.update('show');
      }
    }
  }

  private onTabKey(e: KeyboardEvent, name: ViewName): void {
    const i = VIEWS.indexOf(name);
    const to = e.key === 'ArrowRight' ? (i + 1) % VIEWS.length : e.key === 'ArrowLeft' ? (i + VIEWS.length - 1) % VIEWS.length : e.key === 'Home' ? 0 : e.key === 'End' ? VIEWS.length - 1 : -1;
    if (to < 0) return;
    e.preventDefault();
    this.go(VIEWS[to]!);
    this.tabs.get(VIEWS[to]!)!.focus();
  }

  /** Updates the current view now, the others when they are shown. */
  private update(reason: UpdateReason): void {
    for (const name of VIEWS) {
      if (name === this.ui.view) this.views.get(name)?.update(reason);
      else this.stale.add(name);
    }
    this.refreshChrome();
  }

  private refreshChrome(): void {
    if (!this.root) return;
    const d = this.doc;
    const errors = this.result?.errors ?? 0;
    const labels: Record<ViewName, string> = {
      sources: `Sources (${d.sources.length})`,
      write: `Write (${plural(d.items.length, 'item')})`,
      suggest: 'Suggestions',
      coverage: 'Coverage',
      check: this.result ? (errors ? `Check (${plural(errors, 'problem')})` : 'Check (ready)') : 'Check',
      share: 'Pack & share',
    };
    for (const [name, tab] of this.tabs) tab.textContent = labels[name];
    const u = undoLabel(this.history);
    const r = redoLabel(this.history);
    this.undoBtn.disabled = !u;
    this.redoBtn.disabled = !r;
    this.undoBtn.setAttribute('aria-label', u ? `Undo: ${u}` : 'Undo');
    this.redoBtn.setAttribute('aria-label', r ? `Redo: ${r}` : 'Redo');
    if (this.titleInput && document.activeElement !== this.titleInput && this.titleInput.value !== d.meta.title) this.titleInput.value = d.meta.title;
  }

  // ---------------------------------------------------------------------------- changes

  /** Runs a command; `typing`: it came from a field the author is typing in (which is not rebuilt). */
  exec(cmd: Command, opts: { typing?: boolean; announce?: string } = {}): void {
    const before = this.history;
    this.history = run(opts.typing ? this.history : seal(this.history), cmd);
    if (this.history === before) return;
    if (!opts.typing) this.history = seal(this.history);
    this.changed(opts.typing ? 'typing' : 'doc');
    if (opts.announce) this.announce(opts.announce);
  }

  /** The author left a field: the next change to it is a new undo step. */
  sealTyping(): void {
    this.history = seal(this.history);
  }

  undo(): void {
    const label = undoLabel(this.history);
    if (!label) return;
    this.history = undo(this.history);
    this.keepUiValid();
    this.changed('doc');
    this.announce(`Undone: ${label}.`);
  }

  redo(): void {
    const label = redoLabel(this.history);
    if (!label) return;
    this.history = redo(this.history);
    this.keepUiValid();
    this.changed('doc');
    this.announce(`Redone: ${label}.`);
  }

  applyFix(fix: Fix): void {
    this.exec(fixCommand(fix), { announce: `Done: ${fix.label.toLowerCase()}.` });
  }

  private keepUiValid(): void {
    const d = this.doc;
    if (this.ui.itemKey && !d.items.some((it) => it.key === this.ui.itemKey)) this.ui = { ...this.ui, itemKey: d.items[0]?.key ?? null };
    if (this.ui.sourceId && !d.sources.some((s) => s.id === this.ui.sourceId)) this.ui = { ...this.ui, sourceId: d.sources[0]?.id ?? null };
  }

  private changed(reason: UpdateReason): void {
    this.keepUiValid();
    this.editRev++;
    this.checker.check(this.doc);
    void this.save();
    this.update(reason);
  }

  setUi(patch: Partial<UiState>): void {
    this.ui = { ...this.ui, ...patch };
    this.update('ui');
    void this.save();
  }

  private setTitle(title: string): void {
    const m = this.doc.meta;
    // The pack's id follows its title until the author sets one.
    const follows = m.id === 'my-pack' || m.id === uniqueId(m.title || 'my-pack', new Set());
    this.exec(updateMeta(follows && title.trim() ? { title, id: uniqueId(title, new Set()) } : { title }, 'title'), { typing: true });
  }

  // ---------------------------------------------------------------------------- checking

  private onChecked(result: CheckResult, doc: StudioDoc, ms: number): void {
    this.lastCheckMs = ms;
    this.result = result;
    this.checkedDoc = doc;
    this.update('check');
    if (doc !== this.doc) return; // a newer version is being checked already
    // Feedback for the latest edit is on screen (tools/bench/studio.ts measures edit → here).
    this.shell.main.dataset.checked = String(this.editRev);
  }

  /** The check result, if it was made for the document as it is now. */
  freshResult(): CheckResult | null {
    return this.checkedDoc === this.doc ? this.result : null;
  }

  /** Validates now, on the page (for Play, Host and Download). */
  compile(): { ok: true; pack: CompiledPack } | { ok: false; errors: number } {
    const r = validatePack(packFromDoc(this.doc));
    return r.ok ? { ok: true, pack: r.pack } : { ok: false, errors: r.errors.length };
  }

  // ---------------------------------------------------------------------------- saving

  private async save(): Promise<void> {
    if (!this.draftId) return;
    this.dirty = true;
    if (this.saving) return;
    const id = this.draftId;
    this.saving = (async () => {
      while (this.dirty && this.draftId === id) {
        this.dirty = false;
        try {
          this.summary = await this.store.save(id, this.doc, this.ui);
          this.showSaved();
          if (this.store.persistent) void navigator.storage?.persist?.();
        } catch (e) {
          this.saveStatus.textContent = `Not saved: ${e instanceof Error ? e.message : 'the browser refused'}. Download the pack now to keep your work.`;
          this.saveStatus.classList.add('error');
          this.notice('This browser could not save the draft (storage full or blocked). Download the pack to keep your work.', 'error');
          break;
        }
      }
    })();
    await this.saving;
    this.saving = null;
  }

  private async flush(): Promise<void> {
    if (this.saving) await this.saving;
    if (this.dirty) await this.save();
  }

  private showSaved(): void {
    const s = this.summary;
    if (!s) return;
    const time = new Date(s.savedAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    const downloaded = s.downloadedAt ? new Date(s.downloadedAt) : null;
    this.saveStatus.classList.remove('error');
    fill(
      this.saveStatus,
      icon('check'),
      h('span', { 'data-saved': s.savedAt, text: this.store.persistent ? `Saved in this browser at ${time}.` : `Kept in this tab only (this browser does not let the studio save).` }),
      ' ',
      h('strong', { text: downloaded && downloaded >= new Date(s.savedAt) ? 'Downloaded: the file is up to date.' : 'Download the pack to keep it:' }),
      downloaded && downloaded >= new Date(s.savedAt) ? null : ' the downloaded file is the real copy; browsers may clear what sites store.',
    );
  }

  // ---------------------------------------------------------------------------- files out

  downloadPack(): void {
    const name = `${this.doc.meta.id || 'my-pack'}.pack.json`;
    download(name, packFileText(this.doc), 'application/json');
    const problems = this.freshResult()?.errors ?? this.compileErrors();
    void this.store.save(this.draftId!, this.doc, this.ui, { downloadedAt: new Date(Date.now() + 1).toISOString() }).then((s) => {
      this.summary = s;
      this.showSaved();
    });
    this.announce(
      problems
        ? `Downloaded ${name}. It still has ${plural(problems, 'problem')}: the game will refuse it until they are fixed; the studio opens it as it is.`
        : `Downloaded ${name}: keep this file, it is the real copy of your pack.`,
    );
  }

  private compileErrors(): number {
    const r = this.compile();
    return r.ok ? 0 : r.errors;
  }

  // ---------------------------------------------------------------------------- play, host

  private async probeHost(): Promise<void> {
    this.hostAvailable = (await checkServer(this.ctx.root)).ok;
    if (this.root) this.views.get('share')?.update('ui');
  }

  /** Adds the pack to the game's library ("Opened by you") and goes to `surface`. */
  async sendToGame(surface: 'play' | 'host'): Promise<void> {
    const r = this.compile();
    if (!r.ok) {
      this.notice(`The pack has ${plural(r.errors, 'problem')}: fix ${r.errors === 1 ? 'it' : 'them'} first (the Check view lists them).`, 'error');
      this.go('check');
      return;
    }
    const stores = initStores({ builtinPacks: BUILTIN_PACKS });
    const added = stores.library.getState().add(r.pack, { replace: true });
    if (!added.ok) {
      this.notice(added.message, 'error');
      return;
    }
    await this.flush();
    location.href = surface === 'play' ? this.ctx.href('play', { select: r.pack.id }) : this.ctx.href('host', { pack: r.pack.id });
  }

  // ---------------------------------------------------------------------------- preview

  startPreview(itemKey: string | null): void {
    if (!this.root) return;
    const opener = document.activeElement as HTMLElement | null;
    const scrolls = [...this.root.querySelectorAll<HTMLElement>('.scroll')].map((el) => [el, el.scrollTop] as const);
    const y = window.scrollY;
    const preview = new Preview(this.doc, itemKey, () => {
      preview.root.remove();
      this.preview = null;
      this.root!.hidden = false;
      this.shell.actions.hidden = false;
      window.scrollTo(0, y);
      for (const [el, top] of scrolls) el.scrollTop = top;
      if (opener?.isConnected) opener.focus();
      this.announce('Back in the studio.');
    });
    if (!preview.ok) {
      this.notice(preview.message, 'error');
      return;
    }
    this.preview = preview;
    this.root.hidden = true;
    this.shell.actions.hidden = true;
    this.shell.main.appendChild(preview.root);
    window.scrollTo(0, 0);
    preview.focus();
  }

  // ---------------------------------------------------------------------------- keyboard

  private onKey(e: KeyboardEvent): void {
    if (this.preview) {
      this.preview.onKey(e);
      return;
    }
    if (!this.root || !(e.ctrlKey || e.metaKey) || e.altKey) return;
    const k = e.key.toLowerCase();
    if (k === 'z' && !e.shiftKey) {
      e.preventDefault();
      this.undo();
    } else if ((k === 'z' && e.shiftKey) || k === 'y') {
      e.preventDefault();
      this.redo();
    } else if (k === 's') {
      e.preventDefault();
      this.downloadPack();
    }
  }

  // ---------------------------------------------------------------------------- words

  announce(text: string): void {
    const a = this.shell.announcer;
    a.textContent = '';
    requestAnimationFrame(() => (a.textContent = text));
  }

  /** A notice above the page, with a button to dismiss it. */
  notice(message: string, level: 'info' | 'error'): void {
    const box: HTMLElement = noticeBox(this.shell, message, level, () => box.remove());
    this.shell.notices.appendChild(box);
    this.shell.notices.hidden = false;
  }
}

function stripSpan<T extends { span?: unknown }>(x: T): Omit<T, 'span'> {
  const { span: _, ...rest } = x;
  return rest;
}
