/**
 * Presenter mode: the setup, then one slide at a time on the projector, paced by the teacher
 * (keys.ts), with the class's votes, teams, the discussion timer, a blank screen and full
 * screen. The presentation is saved as it goes (a reload, or an update between rounds, resumes
 * it); nothing here needs a server or a network.
 */
import type { CompiledItem, CompiledPack, Verdict } from '../../core/pack/types';
import { discussionPrompt } from '../../core/discussion';
import {
  addHands,
  back,
  classMatrix,
  createPresentation,
  end,
  forward,
  resumePresentation,
  setHands,
  setTeamAnswer,
  teamStandings,
  votesOf,
  type Position,
  type Presentation,
  type Shape,
} from '../../core/present/index';
import { balancedAccuracy, leanOf } from '../../core/session/index';
import { setBusy } from '../../pwa/activity';
import { motionReduced, type Stores } from '../../state/index';
import type { SurfaceContext } from '../app';
import { BUILTIN_PACKS } from '../builtin';
import { openStores } from '../stores';
import { isDialogOpen, openDialog } from '../dialog';
import { h } from '../dom';
import { VERDICT_LABEL } from '../labels';
import { readPackFile } from '../packs';
import { buildShell, type Shell } from '../shell';
import { commandOf, type Command } from './keys';
import { fitText, overflows, paginate } from './paging';
import { emptyDraft, keyList, setupScreen, type SetupDraft } from './setup';
import {
  classContent,
  discussContent,
  evidenceCards,
  evidenceFrame,
  questionRows,
  questionsFrame,
  quoteContent,
  revealContent,
  slideFrame,
  splitEvidence,
  standingRows,
  standingsFrame,
  voteContent,
  type SlideFrame,
  type VoteView,
} from './slides';
import { createTimer, type DiscussionTimer } from './timer';
import './present.css';

const SAVE_KEY = 'sourced:present';

export function startPresenter(ctx: SurfaceContext): void {
  const shell = buildShell({ navLabel: 'Presenter', homeHref: ctx.href('play'), surfaceClass: 'surface-present' });
  const stores = openStores(shell.main, BUILTIN_PACKS);
  if (!stores) return;
  new Presenter(shell, stores).start();
}

/** A summary page or an evidence page, ready to be shown. */
interface Page {
  title: string;
  root: HTMLElement;
  /** The `--fit` its type was laid out with (paging.ts). */
  fit?: number;
}

/** Evidence type from its largest size down to its smallest: the largest that fits one page wins. */
const EVIDENCE_FITS = [1, 0.9, 0.82, 0.76];

class Presenter {
  private p: Presentation | null = null;
  private pack: CompiledPack | null = null;
  private draft: SetupDraft;
  private message: { text: string; error: boolean } | null = null;
  private busyOpening = false;
  private frame: SlideFrame | null = null;
  private vote: VoteView | null = null;
  private timer: DiscussionTimer | null = null;
  private currentTeam: string | null = null;
  /** Forward was pressed once with teams still to answer: the next press reveals anyway. */
  private revealAnyway = false;
  private blank: HTMLElement | null = null;
  /** Pages measured at the current screen size, by "evidence:<index>" and "summary:<questions played>". */
  private pages = new Map<string, Page[]>();

  constructor(
    private shell: Shell,
    private stores: Stores,
  ) {
    this.draft = emptyDraft(stores.allPacks()[0]?.pack.id ?? null);
  }

  start(): void {
    this.applySettings();
    document.addEventListener('keydown', (e) => this.onKey(e));
    let resizing = 0;
    window.addEventListener('resize', () => {
      window.clearTimeout(resizing);
      resizing = window.setTimeout(() => {
        this.pages.clear();
        if (this.p) this.render(false);
      }, 150);
    });
    const saved = this.readSaved();
    if (saved) this.present(saved.presentation, saved.pack);
    else this.showSetup();
  }

  /** High contrast and reduced motion as the player set them; the slides size their own type. */
  private applySettings(): void {
    const s = this.stores.settings.getState();
    const root = document.documentElement;
    root.dataset.contrast = s.highContrast ? 'high' : 'normal';
    root.dataset.motion = motionReduced(s.reducedMotion, !!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches) ? 'reduced' : 'full';
  }

  // ------------------------------------------------------------------ setup

  private showSetup(): void {
    this.stopSlide();
    document.body.classList.remove('presenting');
    setBusy('presenting', false);
    const packs = this.stores.allPacks();
    if (!packs.some((x) => x.pack.id === this.draft.packId)) this.draft = { ...this.draft, packId: packs[0]?.pack.id ?? null };
    const focusKey = (document.activeElement as HTMLElement | null)?.getAttribute?.('data-fk');
    const screen = setupScreen({
      packs,
      draft: this.draft,
      message: this.message,
      busy: this.busyOpening,
      onChange: (patch, rerender) => {
        this.draft = { ...this.draft, ...patch(this.draft) };
        this.message = null;
        if (rerender) this.showSetup();
      },
      onFiles: (files) => void this.openFiles(files),
      onStart: () => this.startPresentation(),
    });
    const first = !this.shell.main.querySelector('[data-screen="present-setup"]');
    this.shell.main.replaceChildren(screen.root);
    const again = focusKey ? screen.root.querySelector<HTMLElement>(`[data-fk="${CSS.escape(focusKey)}"]`) : null;
    if (again) again.focus();
    else if (first) screen.heading.focus();
  }

  private async openFiles(files: File[]): Promise<void> {
    this.busyOpening = true;
    this.showSetup();
    const said: string[] = [];
    let error = false;
    for (const file of files) {
      const r = await readPackFile(file);
      if (!r.ok) {
        error = true;
        const first = r.errors[0];
        said.push(`“${file.name}” was not opened: ${first ? `${first.path ? `${first.path}: ` : ''}${first.message}${first.line ? ` [line ${first.line}]` : ''}` : 'it is not a pack'}${r.errors.length > 1 ? ` (and ${r.errors.length - 1} more problems; the game’s title screen lists them all)` : ''}.`);
        continue;
      }
      const added = this.stores.library.getState().add(r.pack);
      if (added.ok || added.reason === 'duplicate') {
        this.draft = { ...this.draft, packId: r.pack.id, itemIds: [] };
        said.push(added.ok ? `Opened “${r.pack.title}”${added.saved ? '' : ' (the browser’s storage is full: it will be gone after a reload)'}.` : `“${r.pack.title}” is already open: it is selected.`);
      } else {
        error = true;
        said.push(`“${file.name}” was not opened: ${added.message}`);
      }
    }
    this.busyOpening = false;
    this.message = said.length ? { text: said.join(' '), error } : null;
    this.showSetup();
  }

  private startPresentation(): void {
    const pack = this.draft.packId ? this.stores.findPack(this.draft.packId) : undefined;
    if (!pack) {
      this.message = { text: 'Choose a pack first.', error: true };
      this.showSetup();
      return;
    }
    const d = this.draft;
    const r = createPresentation(pack, {
      selection: d.selection,
      itemIds: d.itemIds,
      seed: Math.floor(Math.random() * 2 ** 32),
      voting: d.voting,
      teamNames: d.teamNames.slice(0, d.teamCount),
      timerSeconds: d.timerSeconds,
    });
    if (!r.ok) {
      this.message = { text: r.message, error: true };
      this.showSetup();
      return;
    }
    this.message = null;
    this.present(r.presentation, pack);
  }

  // ------------------------------------------------------------------ presenting

  private present(p: Presentation, pack: CompiledPack): void {
    this.p = p;
    this.pack = pack;
    this.pages.clear();
    document.body.classList.add('presenting');
    this.save();
    this.render(true);
  }

  private go(at: Position): void {
    if (!this.p) return;
    const same = at.index === this.p.at.index && at.step === this.p.at.step && at.page === this.p.at.page;
    if (same) return;
    this.p = { ...this.p, at };
    this.revealAnyway = false;
    this.save();
    this.render(true);
  }

  private shape(): Shape {
    const p = this.p!;
    return { total: p.order.length, evidencePages: (i) => this.evidencePages(i).length, summaryPages: this.summaryPages().length };
  }

  private item(index: number): CompiledItem {
    const id = this.p!.order[index]!;
    const item = this.pack!.items.find((it) => it.id === id);
    if (!item) throw new Error(`The question "${id}" is missing from the pack.`);
    return item;
  }

  private stopSlide(): void {
    this.timer?.stop();
    this.timer = null;
    this.vote = null;
    this.frame = null;
  }

  /** Shows the slide of the current position; `moved`: a new slide (focus goes to its title). */
  private render(moved: boolean): void {
    const p = this.p!;
    const pack = this.pack!;
    const at = p.at;
    this.stopSlide();
    setBusy('presenting', at.step !== 'summary');
    const total = p.order.length;
    const where = at.step === 'summary' ? pack.title : `Question ${at.index + 1} of ${total}`;
    let title: string;
    let page: Page | null = null;
    if (at.step === 'evidence') {
      const pages = this.evidencePages(at.index);
      page = pages[Math.min(at.page, pages.length - 1)]!;
      title = page.title;
    } else if (at.step === 'summary') {
      const pages = this.summaryPages();
      page = pages[Math.min(at.page, pages.length - 1)]!;
      title = page.title;
    } else title = { quote: 'The quote', vote: 'Claim, verified fact or disputed?', reveal: 'The answer', discuss: 'Discuss' }[at.step];
    const shape = this.shape();
    const atEnd = forward(at, shape) === at;
    const frame = this.buildFrame(at.step, title, `${where}${at.step === 'quote' ? ` · ${pack.title}` : ''}`, atEnd, back(at, shape) !== at);
    this.frame = frame;
    this.shell.main.replaceChildren(frame.root);
    // The clock first: it makes the slide's head taller, and the content is fitted to what is left.
    if ((at.step === 'vote' || at.step === 'discuss') && p.timerSeconds > 0) {
      this.timer = createTimer(p.timerSeconds, () => this.announce('Time is up.'));
      frame.timerSlot.append(this.timer.el);
      this.timer.restart();
    }

    if (page) {
      if (page.fit) frame.box.style.setProperty('--fit', String(page.fit));
      frame.box.append(page.root);
    }
    else if (at.step === 'quote') {
      const fig = quoteContent(pack, this.item(at.index));
      frame.box.append(fig);
      fitText(frame.box, fig, 0.78);
    } else if (at.step === 'vote') this.showVote(frame);
    else if (at.step === 'reveal') {
      const content = revealContent(pack, this.item(at.index), p.votes[p.order[at.index]!], p.voting, p.teams);
      frame.box.append(content);
      fitText(frame.box, content, 0.9);
    } else if (at.step === 'discuss') {
      const item = this.item(at.index);
      const content = discussContent(item, discussionPrompt(item));
      frame.box.append(content);
      fitText(frame.box, content, 0.62);
    }
    if (moved && !isDialogOpen()) frame.heading.focus({ preventScroll: true });
  }

  private buildFrame(step: string, title: string, where: string, atEnd: boolean, canBack: boolean): SlideFrame {
    const summary = step === 'summary';
    return slideFrame({
      step,
      title,
      where,
      canForward: !atEnd,
      canBack,
      endLabel: summary ? 'New presentation' : 'End round',
      controls: {
        back: () => this.run({ type: 'back' }),
        forward: () => this.run({ type: 'forward' }),
        blank: () => this.run({ type: 'blank' }),
        fullscreen: () => this.run({ type: 'fullscreen' }),
        keys: () => this.run({ type: 'help' }),
        end: () => (summary ? this.newPresentation() : this.go(end(this.p!.at))),
      },
    });
  }

  // ------------------------------------------------------------------ votes

  private showVote(frame: SlideFrame): void {
    const p = this.p!;
    const id = p.order[p.at.index]!;
    this.currentTeam = p.teams.find((t) => !votesOf(p, id).teams[t.id])?.id ?? p.teams[0]?.id ?? null;
    this.vote = voteContent(this.pack!, this.item(p.at.index), p.voting, p.teams, {
      hands: (v, change) => this.changeVotes('delta' in change ? addHands(votesOf(this.p!, id), v, change.delta) : setHands(votesOf(this.p!, id), v, change.set)),
      team: (teamId, v) => this.answerForTeam(teamId, votesOf(this.p!, id).teams[teamId] === v ? null : v),
    });
    frame.box.append(this.vote.root);
    this.vote.update(votesOf(p, id), this.currentTeam);
    const quote = this.vote.root.querySelector<HTMLElement>('.vote-quote');
    if (quote) fitText(frame.box, quote, 0.84);
    // The longest quotes beside eight teams on a 720p screen: the tables close up rather than run off it.
    if (overflows(frame.box)) this.vote.root.classList.add('compact');
  }

  private changeVotes(votes: ReturnType<typeof votesOf>): void {
    const p = this.p!;
    const id = p.order[p.at.index]!;
    this.p = { ...p, votes: { ...p.votes, [id]: votes } };
    for (const k of this.pages.keys()) if (k.startsWith('summary:')) this.pages.delete(k);
    this.revealAnyway = false;
    this.frame?.status.replaceChildren();
    this.save();
    this.vote?.update(votes, this.currentTeam);
  }

  private answerForTeam(teamId: string, verdict: Verdict | null): void {
    const p = this.p!;
    const id = p.order[p.at.index]!;
    const votes = setTeamAnswer(votesOf(p, id), teamId, verdict);
    // The next team still to answer after this one, round the table.
    const i = p.teams.findIndex((t) => t.id === teamId);
    const after = [...p.teams.slice(i + 1), ...p.teams.slice(0, i + 1)];
    this.currentTeam = verdict === null ? teamId : (after.find((t) => !votes.teams[t.id])?.id ?? null);
    const team = p.teams[i]!;
    this.announce(verdict ? `${team.name}: ${VERDICT_LABEL[verdict]}.` : `${team.name}: no answer.`);
    this.changeVotes(votes);
  }

  private voteByKey(verdict: Verdict, remove: boolean): void {
    const p = this.p!;
    const id = p.order[p.at.index]!;
    if (p.voting === 'hands') {
      const votes = addHands(votesOf(p, id), verdict, remove ? -1 : 1);
      this.changeVotes(votes);
      this.announce(`${VERDICT_LABEL[verdict]}: ${votes.hands[verdict]}.`);
    } else if (this.currentTeam) this.answerForTeam(this.currentTeam, verdict);
  }

  /** Forward from the vote with teams still to answer: say who, and reveal on the second press. */
  private holdReveal(): boolean {
    const p = this.p!;
    if (p.voting !== 'teams' || p.at.step !== 'vote' || this.revealAnyway) return false;
    const answers = votesOf(p, p.order[p.at.index]!).teams;
    const missing = p.teams.filter((t) => !answers[t.id]);
    if (!missing.length) return false;
    this.revealAnyway = true;
    const names = missing.map((t) => t.name);
    const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    this.frame?.status.replaceChildren(`${list} ${missing.length === 1 ? 'has' : 'have'} not answered. Press Next again to show the answer.`);
    return true;
  }

  // ------------------------------------------------------------------ pages

  /** The evidence of the item at `index` cut into pages that fit this screen. */
  private evidencePages(index: number): Page[] {
    const key = `evidence:${index}`;
    let pages = this.pages.get(key);
    if (!pages) {
      const item = this.item(index);
      let fit = 1;
      let roots: HTMLElement[] = [];
      for (fit of EVIDENCE_FITS) {
        const f = fit;
        roots = this.measure('evidence', (box) => {
          box.style.setProperty('--fit', String(f));
          return paginate(box, evidenceCards(this.pack!, item), evidenceFrame, splitEvidence(this.pack!, item));
        });
        if (roots.length === 1) break;
      }
      pages = roots.map((root, i) => ({ root, fit, title: roots.length > 1 ? `The evidence, ${i + 1} of ${roots.length}` : 'The evidence' }));
      this.pages.set(key, pages);
    }
    return pages;
  }

  /** The summary: the team table (with teams), the class, then the questions, each paged to fit. */
  private summaryPages(): Page[] {
    const p = this.p!;
    const pack = this.pack!;
    // A round ended early sums up the questions revealed so far.
    const played = p.order.slice(0, p.at.step === 'summary' ? p.at.index : p.order.length);
    const key = `summary:${played.length}`;
    let pages = this.pages.get(key);
    if (pages) return pages;
    pages = [];
    const titled = (title: string, roots: HTMLElement[]) => roots.map((root, i) => ({ root, title: roots.length > 1 ? `${title}, ${i + 1} of ${roots.length}` : title }));
    if (played.length === 0) {
      pages.push({ title: 'The round ended', root: h('p', { class: 'no-votes', text: 'No question was revealed, so there is nothing to sum up.' }) });
    } else {
      if (p.voting === 'teams') {
        const standings = teamStandings(pack, played, Object.fromEntries(played.map((id) => [id, votesOf(p, id).teams])), p.teams);
        pages.push(...titled('Team table', this.measure('summary', (box) => paginate(box, standingRows(standings), standingsFrame))));
      }
      const matrix = classMatrix(pack, played, p.votes, p.voting);
      const answered = Object.values(matrix).reduce((n, row) => n + Object.values(row).reduce((a, b) => a + b, 0), 0);
      pages.push({ title: 'The class', root: classContent(matrix, answered, balancedAccuracy(matrix), leanOf(matrix), p.voting) });
      pages.push(...titled('Question by question', this.measure('summary', (box) => paginate(box, questionRows(pack, played, p.votes, p.voting), questionsFrame))));
    }
    this.pages.set(key, pages);
    return pages;
  }

  /** Lays a slide of this step out off screen, at the screen's size, to page its content. */
  private measure<T>(step: string, f: (box: HTMLElement) => T): T {
    const host = h('div', { class: 'present-measure', 'aria-hidden': 'true' });
    const frame = this.buildFrame(step, 'The evidence, 1 of 2', 'Question 1 of 1', false, true);
    host.append(frame.root);
    document.body.append(host);
    try {
      return f(frame.box);
    } finally {
      host.remove();
    }
  }

  // ------------------------------------------------------------------ keys and commands

  private onKey(e: KeyboardEvent): void {
    if (!this.p || e.defaultPrevented || isDialogOpen()) return;
    const cmd = commandOf(e);
    if (!cmd) return;
    if (e.repeat && cmd.type !== 'vote') return;
    e.preventDefault();
    this.run(cmd);
  }

  private run(cmd: Command): void {
    if (!this.p) return;
    if (this.blank && cmd.type !== 'fullscreen') {
      // Any key on a black screen brings the slide back, and does nothing else.
      this.unblank();
      return;
    }
    const p = this.p;
    switch (cmd.type) {
      case 'forward':
        if (!this.holdReveal()) this.go(forward(p.at, this.shape()));
        break;
      case 'back':
        this.go(back(p.at, this.shape()));
        break;
      case 'blank':
        this.blankScreen();
        break;
      case 'fullscreen':
        this.toggleFullscreen();
        break;
      case 'timer':
        if (this.timer) this.timer.toggle();
        else this.say(p.timerSeconds ? 'The timer runs before the vote and during the discussion.' : 'No discussion timer was chosen for this presentation.');
        break;
      case 'help': {
        const opener = document.activeElement as HTMLElement | null;
        const { body } = openDialog({ title: 'Presenter keys', opener, className: 'present-keys' });
        body.append(keyList());
        break;
      }
      case 'vote':
        if (p.at.step === 'vote') this.voteByKey(cmd.verdict, cmd.remove);
        break;
      case 'clear':
        if (p.at.step === 'vote' && p.voting === 'teams' && this.currentTeam) this.answerForTeam(this.currentTeam, null);
        break;
    }
  }

  private blankScreen(): void {
    this.blank = h('div', { class: 'present-blank', 'data-blank': '', on: { click: () => this.unblank() } });
    document.body.append(this.blank);
    this.announce('The screen is blank. Press any key to show it again.');
  }

  private unblank(): void {
    this.blank?.remove();
    this.blank = null;
    this.announce('The screen is back.');
  }

  private toggleFullscreen(): void {
    const done = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen?.();
    Promise.resolve(done).catch(() => this.say('Full screen is not available here: use the browser’s own full-screen key (F11).'));
  }

  private newPresentation(): void {
    this.p = null;
    this.pack = null;
    this.pages.clear();
    try {
      localStorage.removeItem(SAVE_KEY);
    } catch {
      /* nothing saved */
    }
    this.showSetup();
  }

  /** A message in the controls line (for the teacher), also announced. */
  private say(text: string): void {
    this.frame?.status.replaceChildren(text);
  }

  private announce(text: string): void {
    this.shell.announcer.textContent = '';
    requestAnimationFrame(() => {
      this.shell.announcer.textContent = text;
    });
  }

  // ------------------------------------------------------------------ saving

  private save(): void {
    try {
      localStorage.setItem(SAVE_KEY, JSON.stringify(this.p));
    } catch {
      /* storage full or unavailable: the presentation goes on, it just would not survive a reload */
    }
  }

  /** The presentation saved by this browser, when its pack is still here and unchanged. */
  private readSaved(): { presentation: Presentation; pack: CompiledPack } | null {
    let raw: string | null = null;
    try {
      raw = localStorage.getItem(SAVE_KEY);
    } catch {
      return null;
    }
    if (!raw) return null;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      data = null;
    }
    const packId = (data as { packId?: unknown } | null)?.packId;
    const pack = typeof packId === 'string' ? this.stores.findPack(packId) : undefined;
    const presentation = pack ? resumePresentation(pack, data) : null;
    if (pack && presentation) return { presentation, pack };
    this.message = { text: 'The last presentation could not be resumed (its pack is gone or has changed), so it was set aside.', error: false };
    return null;
  }
}
