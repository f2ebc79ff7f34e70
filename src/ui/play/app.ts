/**
 * The solo game: creates the stores, renders the screen the stores describe, moves focus to
 * each new screen's heading, shows notices, wires keyboard shortcuts, sound and the stage.
 * Screens are plain functions of the stores' state; nothing here keeps its own game state.
 */
import type { CompiledEvidence, CompiledItem, CompiledPack, Verdict } from '../../core/pack/types';
import { currentItem, progressOf, type Confidence, type Mode } from '../../core/session/index';
import type { AudioService } from '../../audio/index';
import type { StageHandle } from '../../game/view';
import { setBusy } from '../../pwa/activity';
import {
  GAME_KEY_PREFIX,
  gameKey,
  masteredItems,
  missesOf,
  motionReduced,
  packProgress,
  renewBrowserTabId,
  webLockPresence,
  type Stores,
  type TabPresence,
} from '../../state/index';
import type { SurfaceContext } from '../app';
import { openStores } from '../stores';
import { PLAY_PACKS, withSourceTexts } from './builtin';
import { openContext } from '../context';
import { closeDialog, isDialogOpen, openDialog } from '../dialog';
import { h, icon } from '../dom';
import { fetchPack, readPackFile, type OpenResult } from '../packs';
import { TEACHER_LINKS } from '../routes';
import { errorScreen } from '../screens/error';
import { revealBody, revealScreen } from '../screens/reveal';
import { roundScreen } from '../screens/round';
import { summaryScreen } from '../screens/summary';
import type { Screen } from '../screens/types';
import { openSettings } from '../settings';
import { buildShell, noticeBox, type Shell } from '../shell';
import { titleScreen, type FileOutcome, type PackCard, type RoundElsewhere } from './title';
import { createViewSource, type ViewSource } from './view-source';

export function startPlay(ctx: SurfaceContext): void {
  const shell = buildShell({ navLabel: 'Game' });
  const settingsButton = h('button', { type: 'button', class: 'btn quiet', 'aria-haspopup': 'dialog' }, icon('gear'), h('span', { class: 'btn-label' }, 'Settings'));
  shell.actions.append(settingsButton);
  const stores = openStores(shell.main, PLAY_PACKS);
  if (!stores) return;
  new App(shell, settingsButton, stores, ctx, webLockPresence()).start();
}

const IGNORED_ERRORS = /ResizeObserver loop|Script error\.?$/;

class App {
  private screen: Screen | null = null;
  private screenKey = '';
  private crashed: unknown = null;
  private selectedId: string | null = null;
  /** What the last opening did, file by file (shown on the title screen). */
  private openResults: FileOutcome[] = [];
  /** Rounds other tabs saved, offered on the title screen. */
  private roundsElsewhere: RoundElsewhere[] = [];
  private busy = false;
  private audio: AudioService | null = null;
  private stage: StageHandle | null = null;
  private view!: ViewSource;
  private systemReduced: MediaQueryList | null = null;

  constructor(
    private shell: Shell,
    private settingsButton: HTMLButtonElement,
    private stores: Stores,
    private ctx: SurfaceContext,
    private presence: TabPresence | null,
  ) {}

  start(): void {
    const { stores } = this;
    this.systemReduced = window.matchMedia?.('(prefers-reduced-motion: reduce)') ?? null;
    this.view = createViewSource(stores, () => !!this.systemReduced?.matches, () => this.crashed !== null);
    this.systemReduced?.addEventListener?.('change', () => {
      this.applySettings();
      this.view.refresh();
    });

    this.applySettings();
    stores.settings.subscribe(() => {
      this.applySettings();
      this.render();
    });
    stores.notices.subscribe(() => this.renderNotices());
    this.renderNotices();
    // A new version of the site is offered between rounds, never during one (src/pwa).
    const roundInProgress = () => {
      const s = stores.game.getState().session;
      setBusy('round', !!s && s.phase !== 'summary');
    };
    roundInProgress();
    stores.game.subscribe((g, prev) => {
      roundInProgress();
      this.render();
      if (g.lastEvent !== prev.lastEvent && g.lastEvent) this.cue(g.lastEvent.type, g);
    });
    stores.library.subscribe(() => this.render(true));
    stores.progress.subscribe(() => this.render(true));
    this.followOtherTabs();
    this.claimTab();

    this.settingsButton.addEventListener('click', () =>
      openSettings(stores.settings, !!this.systemReduced?.matches, this.settingsButton),
    );
    document.addEventListener('keydown', (e) => this.onKey(e));
    this.wireAudioUnlock();
    this.wireErrors();
    this.wireDropAnywhere();

    // `?select=<packId>`: the studio's "Play it" opens the title screen on the pack it added.
    const wanted = this.ctx.params.get('select');
    this.selectedId = wanted && this.stores.findPack(wanted) ? wanted : this.defaultPack();
    this.expose();
    this.render();
    this.loadSharedPack();
    this.loadStage();
  }

  // ------------------------------------------------------------------ settings

  private applySettings(): void {
    const s = this.stores.settings.getState();
    const root = document.documentElement;
    root.style.setProperty('--text-scale', String(s.textSize / 100));
    root.dataset.contrast = s.highContrast ? 'high' : 'normal';
    root.dataset.motion = motionReduced(s.reducedMotion, !!this.systemReduced?.matches) ? 'reduced' : 'full';
    if (this.audio) {
      this.audio.setMuted(!s.sound);
      this.audio.setVolume(s.volume);
      this.audio.setMusic(s.music);
    }
  }

  // ------------------------------------------------------------------ rendering

  private packs(): Array<{ pack: CompiledPack; builtin: boolean }> {
    return this.stores.allPacks();
  }

  private defaultPack(): string | null {
    const all = this.packs();
    const prog = this.stores.progress.getState();
    let best: { id: string; at: string } | null = null;
    for (const { pack } of all) {
      const at = prog.packs[pack.id]?.lastPlayedAt;
      if (at && (!best || at > best.at)) best = { id: pack.id, at };
    }
    return best?.id ?? all[0]?.pack.id ?? null;
  }

  /** A key that changes exactly when the player moves to another screen. */
  private keyOf(): string {
    if (this.crashed) return 'error';
    const { session, pack } = this.stores.game.getState();
    if (!session || !pack) return 'title';
    // Screens show key hints and accept keys only when shortcuts are on: a flip rebuilds them.
    const keys = this.stores.settings.getState().keyboardShortcuts ? 'keys' : 'no-keys';
    return `${session.id}:${session.phase}:${session.index}:${keys}`;
  }

  /** Renders the current screen. `soft`: only re-render the title (data changed), keeping focus. */
  private render(soft = false): void {
    const key = this.keyOf();
    const changed = key !== this.screenKey;
    if (!changed && !(soft && key === 'title')) return;
    let next: Screen;
    try {
      next = this.build(key);
    } catch (e) {
      this.crash(e);
      return;
    }
    const focusKey = !changed ? (document.activeElement as HTMLElement | null)?.getAttribute?.('data-fk') : null;
    const headingFocused = !changed && !!this.screen && document.activeElement === this.screen.heading;
    const first = this.screenKey === '';
    this.screen?.dispose?.();
    this.screen = next;
    this.screenKey = key;
    this.shell.main.replaceChildren(next.root);
    if (changed && key === 'title' && !first) void this.refreshRoundsElsewhere();
    if (changed && !first) {
      if (!isDialogOpen()) {
        window.scrollTo(0, 0);
        next.heading.focus({ preventScroll: true });
      }
      if (next.announce) this.announce(next.announce);
    } else if (focusKey) {
      const el = next.root.querySelector<HTMLElement>(`[data-fk="${CSS.escape(focusKey)}"]`);
      el?.focus();
    } else if (headingFocused) {
      next.heading.focus({ preventScroll: true });
    }
  }

  private build(key: string): Screen {
    if (key === 'error') {
      return errorScreen(this.crashed, () => location.reload(), () => this.recover());
    }
    const g = this.stores.game.getState();
    const session = g.session;
    const pack = g.pack;
    if (key === 'title' || !session || !pack) return this.buildTitle();
    const shortcuts = this.stores.settings.getState().keyboardShortcuts;
    const { position, total } = progressOf(session);
    if (session.phase === 'question') {
      const item = currentItem(pack, session);
      if (!item) throw new Error(`The question "${session.order[session.index]}" is missing from the pack.`);
      return roundScreen({
        pack,
        item,
        position,
        total,
        points: session.score.points,
        askConfidence: session.askConfidence,
        shortcuts,
        onAnswer: (v: Verdict, c?: Confidence) => this.stores.game.getState().answer(v, c),
        onPick: () => this.audio?.play('answer'),
        onQuit: () => this.stores.game.getState().end(),
      });
    }
    if (session.phase === 'reveal') {
      const item = currentItem(pack, session);
      const answer = session.answers[session.answers.length - 1];
      if (!item || !answer) throw new Error('The answer to reveal is missing.');
      return revealScreen({
        pack,
        item,
        answer,
        position,
        total,
        isLast: session.index >= session.order.length - 1,
        shortcuts,
        onNext: () => this.stores.game.getState().next(),
        onContext: (i, opener) => {
          const ev = item.evidence[i];
          if (!ev) return;
          this.audio?.play('reveal');
          this.readInContext(pack, ev, opener);
        },
      });
    }
    const summary = g.summary();
    if (!summary) return this.buildTitle();
    return summaryScreen({
      pack,
      summary,
      newBest: !!g.lastRound && (g.lastRound.newBestScore || g.lastRound.newBestBalancedAccuracy) && g.lastRound.recorded,
      onReview: (item, opener) => this.review(pack, item, opener),
      onReplayMisses: () => this.play(pack, 'misses', summary.stats.missedItemIds),
      onPlayAgain: () => this.play(pack, summary.mode === 'misses' ? 'quick' : summary.mode),
      onBack: () => {
        this.selectedId = pack.id;
        this.stores.game.getState().quit();
      },
    });
  }

  private buildTitle(): Screen {
    const prog = this.stores.progress.getState();
    const cards: PackCard[] = this.packs().map(({ pack, builtin }) => {
      const p = packProgress(prog, pack.id);
      const ids = pack.items.map((i) => i.id);
      return {
        pack,
        builtIn: builtin,
        bestScore: p.bestScore,
        bestBalancedAccuracy: p.bestBalancedAccuracy,
        rounds: p.rounds,
        mastered: masteredItems(p, ids).length,
        misses: missesOf(p, ids).length,
      };
    });
    if (!cards.some((c) => c.pack.id === this.selectedId)) this.selectedId = cards[0]?.pack.id ?? null;
    const screen = titleScreen({
      cards,
      selectedId: this.selectedId,
      openResults: this.openResults,
      busy: this.busy,
      teacherLinks: TEACHER_LINKS.map((l) => ({ ...l, href: this.ctx.href(l.surface) })),
      roundsElsewhere: this.roundsElsewhere,
      onTakeOver: (key) => {
        if (!this.stores.takeOverRound(key)) void this.refreshRoundsElsewhere();
      },
      onDiscard: (key) => {
        this.stores.discardRound(key);
        this.announce('The unfinished round was discarded.');
        void this.refreshRoundsElsewhere();
        this.shell.main.querySelector<HTMLElement>('h1')?.focus();
      },
      onSelect: (id) => {
        this.selectedId = id;
        this.render(true);
        this.shell.main.querySelector<HTMLElement>(`[data-fk="${CSS.escape(`pack:${id}`)}"]`)?.focus();
      },
      onPlay: (mode) => {
        const pack = this.selectedId ? this.stores.findPack(this.selectedId) : undefined;
        if (pack) this.play(pack, mode);
      },
      onFiles: (files) => void this.openFiles(files),
      onRemove: (id, title) => {
        // Cleared first: removing re-renders the title through the library store.
        this.openResults = [];
        this.stores.removePack(id);
        this.announce(`Removed “${title}”.`);
        this.shell.main.querySelector<HTMLElement>('h1')?.focus();
      },
    });
    // Focus keys so a re-render (pack added, selection changed) keeps the player's place.
    screen.root.querySelectorAll<HTMLInputElement>('input[name="pack"]').forEach((r) => r.setAttribute('data-fk', `pack:${r.value}`));
    screen.root.querySelector('input[type="file"]')?.setAttribute('data-fk', 'file');
    return screen;
  }

  private play(pack: CompiledPack, mode: Mode, itemIds?: readonly string[]): void {
    this.selectedId = pack.id;
    const r = this.stores.game.getState().start(pack, mode, itemIds ? { itemIds } : {});
    if (!r.ok) {
      this.stores.notices.getState().push({ code: 'game-not-resumed', level: 'warning', message: `This round could not start: ${r.error.message}` });
    }
  }

  /** "Read in context": a built-in pack's sources come with the first passage opened (play/builtin.ts). */
  private readInContext(pack: CompiledPack, ev: CompiledEvidence, opener: HTMLElement | null): void {
    withSourceTexts(pack).then(
      (full) => openContext(full, ev.source, ev.span, opener),
      () => this.stores.notices.getState().push({ code: 'other', level: 'error', message: 'The article could not be downloaded: check the connection, then try Read in context again.' }),
    );
  }

  private review(pack: CompiledPack, item: CompiledItem, opener: HTMLElement): void {
    const { body } = openDialog({ title: 'A question you missed', opener, className: 'review-dialog' });
    // "Read in context" from inside the review opens the source in place of the review.
    for (const el of revealBody(pack, item, (i) => {
      const ev = item.evidence[i];
      closeDialog();
      if (ev) this.readInContext(pack, ev, opener);
    }))
      body.appendChild(el);
  }

  private renderNotices(): void {
    const list = this.stores.notices.getState().notices;
    // No empty "Notices" landmark for screen readers to land on.
    this.shell.notices.hidden = list.length === 0;
    this.shell.notices.replaceChildren(...list.map((n) => noticeBox(this.shell, n.message, n.level, () => this.stores.notices.getState().dismiss(n.id))));
  }

  private announce(text: string): void {
    this.shell.announcer.textContent = '';
    requestAnimationFrame(() => {
      this.shell.announcer.textContent = text;
    });
  }

  // ------------------------------------------------------------------ packs

  /** Opens every file given (picker or drop) and shows what happened to each one. */
  private async openFiles(files: File[]): Promise<void> {
    this.busy = true;
    this.render(true);
    const outcomes: FileOutcome[] = [];
    try {
      for (const file of files) outcomes.push(this.outcomeOf(await readPackFile(file), file.name));
    } finally {
      this.busy = false;
      this.showOutcomes(outcomes);
    }
  }

  /** Adds an opened pack to the library, or says why it was not added. */
  private outcomeOf(r: OpenResult, name: string, replace = false): FileOutcome {
    if (!r.ok) return r.kind === 'invalid' ? { ok: false, name, kind: 'invalid', errors: r.errors } : { ok: false, name, kind: r.kind, message: r.message };
    const res = this.stores.library.getState().add(r.pack, { replace });
    if (res.ok) {
      this.selectedId = r.pack.id;
      return { ok: true, name, title: r.pack.title, warnings: r.warnings.length, replaced: res.replaced };
    }
    if (res.reason === 'duplicate') {
      const onReplace = () => {
        const i = this.openResults.findIndex((o) => !o.ok && o.kind === 'duplicate' && o.name === name);
        const done = this.outcomeOf(r, name, true);
        if (i >= 0) this.openResults[i] = done;
        this.showOutcomes(this.openResults, false);
        this.shell.main.querySelector<HTMLElement>(`[data-fk="${CSS.escape(`pack:${r.pack.id}`)}"]`)?.focus();
      };
      return { ok: false, name, kind: 'duplicate', message: res.message, onReplace };
    }
    return { ok: false, name, kind: 'refused', message: res.message };
  }

  private showOutcomes(outcomes: FileOutcome[], announce = true): void {
    this.openResults = outcomes;
    this.render(true);
    if (!announce || outcomes.length === 0) return;
    const added = outcomes.filter((o) => o.ok).length;
    const one = outcomes[0]!;
    this.announce(
      outcomes.length > 1
        ? `${outcomes.length} files opened: ${added} added, ${outcomes.length - added} not added.`
        : one.ok
          ? `Added “${one.title}”.`
          : `“${one.name}” was not added: ${one.kind === 'invalid' ? `${one.errors.length} problem${one.errors.length === 1 ? '' : 's'} found.` : one.message}`,
    );
  }

  private async loadSharedPack(): Promise<void> {
    const url = new URLSearchParams(location.search).get('pack');
    if (!url) return;
    // Opened once: a reload must not fetch it again (nor bring back a pack the player removed).
    const clean = new URL(location.href);
    clean.searchParams.delete('pack');
    history.replaceState(history.state, '', clean.href);
    this.busy = true;
    this.render(true);
    const r = await fetchPack(url);
    this.busy = false;
    // A pack with the same id already open is not replaced silently: the player is asked.
    const outcome = this.outcomeOf(r, url);
    this.showOutcomes([outcome]);
    // A round resumed from the last visit hides the title screen, where the result is shown.
    const g = this.stores.game.getState();
    if (g.session && g.pack) {
      this.stores.notices.getState().push(
        outcome.ok
          ? { code: 'other', level: 'info', message: `The shared pack “${outcome.title}” was added: it is on the title screen when this round ends.` }
          : { code: 'other', level: 'error', message: 'The shared pack was not added: the title screen says why when this round ends.' },
      );
    }
  }

  /** Dropping a pack file anywhere on the title screen opens it (not only on the drop zone). */
  private wireDropAnywhere(): void {
    const isFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');
    window.addEventListener('dragover', (e) => {
      if (isFiles(e)) e.preventDefault();
    });
    window.addEventListener('drop', (e) => {
      if (!isFiles(e)) return;
      e.preventDefault();
      if (this.screenKey !== 'title' || (e.target as HTMLElement)?.closest?.('.dropzone')) return;
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length) void this.openFiles(files);
    });
  }

  // ------------------------------------------------------------------ keyboard

  private onKey(e: KeyboardEvent): void {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.repeat) return;
    if (isDialogOpen()) return;
    const t = e.target as HTMLElement | null;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    if (!this.stores.settings.getState().keyboardShortcuts) return;
    if (this.screen?.key?.(e)) e.preventDefault();
  }

  // ------------------------------------------------------------------ sound

  private wireAudioUnlock(): void {
    const unlock = () => {
      window.removeEventListener('pointerdown', unlock, true);
      window.removeEventListener('keydown', unlock, true);
      void this.loadAudio();
    };
    window.addEventListener('pointerdown', unlock, true);
    window.addEventListener('keydown', unlock, true);
  }

  private async loadAudio(): Promise<void> {
    if (this.audio) return;
    try {
      const { createHowlerAudio } = await import('../../audio/index');
      const s = this.stores.settings.getState();
      this.audio = createHowlerAudio({ initial: { muted: !s.sound, volume: s.volume, music: s.music } });
      void this.audio.unlock();
    } catch {
      this.audio = null;
    }
  }

  private cue(type: 'answered' | 'advanced' | 'finished', g: ReturnType<Stores['game']['getState']>): void {
    const a = this.audio;
    if (!a) return;
    if (type === 'answered' && g.lastEvent?.type === 'answered') {
      // One cue per answer: right or wrong (a streak adds its flourish a moment later).
      const ev = g.lastEvent;
      a.play(ev.answer.correct ? 'right' : 'wrong');
      if (ev.streakMilestone) window.setTimeout(() => a.play('streak'), 650);
    } else if (type === 'finished' && g.lastEvent?.type === 'finished' && !g.lastEvent.endedEarly) {
      a.play('finish');
    }
  }

  /**
   * Another tab of the game saved its progress, packs or settings: read them back, so this
   * tab's next save builds on them instead of overwriting them. The game in progress is not
   * followed: each tab plays its own round.
   */
  private followOtherTabs(): void {
    const { progress, library, settings } = this.stores;
    const followed: Record<string, unknown> = { 'sourced:progress': progress, 'sourced:library': library, 'sourced:settings': settings };
    window.addEventListener('storage', (e) => {
      if (e.key?.startsWith(GAME_KEY_PREFIX)) {
        // Only another tab taking this round over removes this tab's save.
        if (e.key === gameKey(this.stores.tabId()) && e.newValue === null) this.stores.roundTakenElsewhere();
        else void this.refreshRoundsElsewhere();
        return;
      }
      const store = e.key ? (followed[e.key] as { persist?: { rehydrate(): unknown } } | undefined) : undefined;
      void store?.persist?.rehydrate();
    });
  }

  /**
   * Holds this tab's sign of life. A tab that finds its id already held is a duplicate of
   * another (browsers copy sessionStorage into a duplicated tab): it takes a new id and leaves
   * the round to its original, which the title screen then offers as a round elsewhere.
   */
  private claimTab(): void {
    const presence = this.presence;
    if (!presence) {
      void this.refreshRoundsElsewhere();
      return;
    }
    void presence.hold(this.stores.tabId()).then(async (mine) => {
      if (!mine) {
        this.stores.moveToTab(renewBrowserTabId());
        await presence.hold(this.stores.tabId());
      }
      await this.refreshRoundsElsewhere();
    });
  }

  /** Lists other tabs' rounds, marks those whose tab is open, forgets finished ones of closed tabs. */
  private async refreshRoundsElsewhere(): Promise<void> {
    // Always after the current render has finished (also without Web Locks).
    const open = this.presence ? await this.presence.open().catch(() => null) : await Promise.resolve(null);
    const list: RoundElsewhere[] = [];
    for (const r of this.stores.otherRounds()) {
      const live = open ? open.has(r.tabId) : null;
      // A finished round of a closed tab has nothing left to play: its result is recorded.
      if (r.session.phase === 'summary') {
        if (live === false) this.stores.discardRound(r.key);
        continue;
      }
      const pack = this.stores.findPack(r.session.packId);
      const { position, total } = progressOf(r.session);
      list.push({ key: r.key, live, packTitle: pack?.title ?? null, packLang: pack?.language, position, total });
    }
    if (JSON.stringify(list) === JSON.stringify(this.roundsElsewhere)) return;
    this.roundsElsewhere = list;
    this.render(true);
  }

  // ------------------------------------------------------------------ stage

  private loadStage(): void {
    const go = () => {
      import('../../game/stage')
        .then(({ createStage }) => createStage(this.shell.stage, this.view))
        .then((stage) => {
          this.stage = stage;
          this.shell.stage.dataset.renderer = stage.renderer;
          this.expose();
        })
        .catch((e) => {
          // No WebGL: the paper background of the page stands in; the game goes on.
          this.shell.stage.dataset.renderer = 'none';
          console.warn('[stage] not started', e);
        });
    };
    // After the page has loaded and the browser is idle (or 1.5 s at the latest): the stage is
    // decoration and never competes with the first screen or a player's first click.
    const whenIdle = () =>
      typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(go, { timeout: 1500 }) : window.setTimeout(go, 0);
    if (document.readyState === 'complete') whenIdle();
    else window.addEventListener('load', whenIdle, { once: true });
  }

  /** A handle for tests and benchmarks (`window.__sourced`): the stores and the stage. */
  private expose(): void {
    (window as unknown as { __sourced?: unknown }).__sourced = { stores: this.stores, stage: this.stage };
  }

  // ------------------------------------------------------------------ errors

  private wireErrors(): void {
    window.addEventListener('error', (e) => {
      const msg = e.message ?? '';
      if (IGNORED_ERRORS.test(msg) || !e.error) return;
      // A failure inside the stage (Phaser, WebGL) costs the decoration, never the game.
      const where = `${e.filename ?? ''} ${(e.error as Error)?.stack ?? ''}`;
      if (/phaser|[\\/]game[\\/]|stage-/i.test(where)) {
        console.warn('[stage] error ignored', e.error);
        this.shell.stage.dataset.renderer = this.shell.stage.dataset.renderer ?? 'failed';
        return;
      }
      this.crash(e.error);
    });
    window.addEventListener('unhandledrejection', (e) => this.crash(e.reason));
  }

  private crash(e: unknown): void {
    console.error(e);
    if (this.crashed) return;
    this.crashed = e ?? new Error('Unknown error');
    closeDialog();
    this.view.refresh();
    this.render();
  }

  private recover(): void {
    this.crashed = null;
    try {
      this.stores.game.getState().quit();
    } catch {
      /* the title screen is still reachable below */
    }
    this.screenKey = 'recovering';
    this.view.refresh();
    this.render();
  }
}
