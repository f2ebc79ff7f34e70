/**
 * The host's side of a live class, on the teacher's laptop and the projector: set up (pack and
 * options), open the class, then lead it question by question. Everything the server tells the
 * host goes into the browser's log as it arrives (log.ts), so a reload, a lost connection or a
 * server restart brings the session back under the same code with every answer.
 */
import type { Room } from '@colyseus/sdk';
import { hostViewGuard, leadersGuard, readJsonField, type ClassOptions, type PublicState, type ServerMessages } from '../../core/classroom/protocol';
import type { CompiledPack } from '../../core/pack/types';
import type { Stores } from '../../state/index';
import { setBusy } from '../../pwa/activity';
import type { SurfaceContext } from '../app';
import { BUILTIN_PACKS } from '../builtin';
import { openStores } from '../stores';
import { openContext } from '../context';
import { openDialog } from '../dialog';
import { h } from '../dom';
import { readPackFile, type PackIssueView } from '../packs';
import type { Screen } from '../screens/types';
import { buildShell, type Shell } from '../shell';
import { LiveLink, type EndReason, type LinkStatus } from '../join/live';
import { endedScreen, present } from '../join/screens';
import { applySavedSettings } from '../join/display';
import { checkServer, type ServerCheck } from '../classroom-server';
import { newSecret } from '../join/server';
import { createRoom, hostJoiner, uploadPack } from './connect';
import { openClassLog, type ClassLog } from './log';
import { download, HostedClass } from './model';
import { setupScreen } from './setup';
import { closedScreen, lobbyScreen, questionScreen, revealScreen, summaryScreen, type LiveScreen } from './stage';

/** The session this tab hosts, so a reload takes it back without asking. */
const HOSTING = 'sourced:hosting';

export async function startHost(ctx: SurfaceContext): Promise<void> {
  const shell = buildShell({ navLabel: 'Class', homeHref: ctx.href('play'), surfaceClass: 'surface-host' });
  const stores = openStores(shell.main, BUILTIN_PACKS);
  if (!stores) return;
  applySavedSettings();
  const [log, server] = await Promise.all([openClassLog(), checkServer(ctx.root)]);
  await new Host(shell, ctx, stores, log, server).begin();
}

function sessionStore(): Storage | null {
  try {
    return sessionStorage;
  } catch {
    return null;
  }
}

class Host {
  private cls: HostedClass | null = null;
  private link: LiveLink | null = null;
  private state: PublicState | null = null;
  private screen: LiveScreen | null = null;
  private screenKey = '';
  private ticker: ReturnType<typeof setInterval> | null = null;
  private readonly banner = h('p', { class: 'link-banner', role: 'status' });
  private readonly reportButton = h('button', { type: 'button', class: 'btn quiet' }, 'Report (CSV)');
  private readonly endButton = h('button', { type: 'button', class: 'btn quiet' }, 'End the session');
  private setup: { selectedId: string | null; problems: { title: string; errors: PackIssueView[] } | null; notice: string | null; initial: ClassOptions | null };

  constructor(
    private readonly shell: Shell,
    private readonly ctx: SurfaceContext,
    private readonly stores: Stores,
    private readonly log: ClassLog,
    private server: ServerCheck,
  ) {
    this.setup = { selectedId: ctx.params.get('pack'), problems: null, notice: null, initial: null };
    shell.main.before(this.banner);
    this.banner.hidden = true;
    this.reportButton.addEventListener('click', () => this.downloadReport(this.cls));
    this.endButton.addEventListener('click', () => this.confirmEnd());
    shell.actions.append(this.reportButton, this.endButton);
    this.sessionActions(false);
    stores.library.subscribe(() => {
      if (!this.cls) void this.showSetup();
    });
  }

  async begin(): Promise<void> {
    const current = sessionStore()?.getItem(HOSTING);
    const record = current ? (await this.log.sessions()).find((s) => s.id === current) : undefined;
    if (record && !record.closed) return this.resume(record.id);
    await this.showSetup();
  }

  private sessionActions(on: boolean): void {
    // A new version of the site is never offered in the middle of a class (src/pwa/register.ts).
    setBusy('live-class', on);
    this.reportButton.hidden = !on;
    this.endButton.hidden = !on;
  }

  // ----------------------------------------------------------------------------- setting up

  private async showSetup(): Promise<void> {
    const sessions = await this.log.sessions();
    const packs = this.stores.allPacks();
    const screen = setupScreen({
      packs,
      ...this.setup,
      serverProblem: this.server.ok ? null : this.server.message,
      sessions,
      durable: this.log.durable,
      onFile: (f) => void this.openFile(f),
      onOpen: (pack, options) => void this.open(pack, options),
      onResume: (id) => void this.resume(id),
      onReport: (id) => void HostedClass.load(this.log, id).then((c) => this.downloadReport(c)),
      onDelete: (id) => void this.log.remove(id).then(() => this.showSetup()),
    });
    this.show('setup', screen);
  }

  private async openFile(file: File): Promise<void> {
    this.setup = { ...this.setup, problems: null, notice: null };
    const r = await readPackFile(file);
    if (!r.ok) {
      this.setup = { ...this.setup, problems: { title: `“${file.name}” could not be opened`, errors: r.errors } };
    } else {
      const added = this.stores.library.getState().add(r.pack, { replace: true });
      this.setup = added.ok
        ? { ...this.setup, selectedId: r.pack.id, notice: `Opened “${r.pack.title}”${added.replaced ? ' (it replaced the older copy)' : ''}.` }
        : { ...this.setup, problems: { title: `“${file.name}” could not be kept`, errors: [{ path: '', message: added.message }] } };
    }
    await this.showSetup();
  }

  private async open(pack: CompiledPack, options: ClassOptions): Promise<void> {
    this.setup = { ...this.setup, problems: null, notice: null, selectedId: pack.id, initial: options };
    this.server = await checkServer(this.ctx.root);
    if (!this.server.ok) return this.showSetup();
    const up = await uploadPack(this.ctx.root, pack);
    if (!up.ok) {
      this.setup = { ...this.setup, problems: { title: 'The classroom server refused this pack', errors: up.errors } };
      return this.showSetup();
    }
    const hostKey = newSecret();
    const createdAt = Date.now();
    this.pendingNew = { pack, options, hostKey, createdAt };
    const link = new LiveLink(this.ctx.root, hostJoiner(this.ctx.root, () => this.cls, (client) => createRoom(client, up.ticket, hostKey, options)), this.handlers());
    try {
      await link.start();
      this.link = link;
    } catch (e) {
      this.pendingNew = null;
      this.setup = { ...this.setup, problems: { title: 'The class could not be opened', errors: [{ path: '', message: (e as Error).message }] } };
      return this.showSetup();
    }
  }

  /** A new session, until the server's first answer gives its code and order. */
  private pendingNew: { pack: CompiledPack; options: ClassOptions; hostKey: string; createdAt: number } | null = null;

  private async resume(id: string): Promise<void> {
    const cls = await HostedClass.load(this.log, id);
    if (!cls) return this.showSetup();
    this.cls = cls;
    this.sessionActions(true);
    sessionStore()?.setItem(HOSTING, id);
    this.show('resuming', endedScreen('Bringing your class back…', `Reconnecting to the session ${cls.code} (“${cls.record.pack.title}”). Every answer given so far is kept in this browser.`, []));
    const link = new LiveLink(this.ctx.root, hostJoiner(this.ctx.root, () => this.cls), this.handlers());
    this.link = link;
    try {
      await link.start();
    } catch {
      // The server is down or lost the session and cannot take it back yet: keep trying in the background.
      this.onStatus('reconnecting');
      void this.retryResume(link);
    }
  }

  private async retryResume(link: LiveLink): Promise<void> {
    for (let attempt = 0; this.link === link && !link.connected; attempt++) {
      await new Promise((r) => setTimeout(r, Math.min(5000, 1000 * 2 ** attempt)));
      try {
        await link.start();
      } catch {
        /* again */
      }
    }
  }

  // ----------------------------------------------------------------------------- the live session

  private handlers() {
    return {
      state: (s: PublicState) => void this.onState(s),
      message: <K extends keyof ServerMessages>(type: K, payload: ServerMessages[K]) => void this.onMessage(type, payload),
      status: (s: LinkStatus) => this.onStatus(s),
      joined: (room: Room) => void this.sync(room),
      ended: (reason: EndReason) => void this.onEnded(reason),
    };
  }

  private async sync(room: Room): Promise<void> {
    const view = hostViewGuard.safeParse(await room.request('sync', {}).catch(() => null));
    if (!view.success) return;
    const v = view.data;
    if (!this.cls && this.pendingNew) {
      const n = this.pendingNew;
      this.pendingNew = null;
      const record = { id: `${v.code}-${n.createdAt}`, code: v.code, hostKey: n.hostKey, createdAt: n.createdAt, updatedAt: n.createdAt, pack: n.pack, options: v.options, order: v.order, phase: 'lobby' as const, index: -1, closed: false };
      await this.log.saveSession(record);
      this.cls = new HostedClass(this.log, record);
      sessionStore()?.setItem(HOSTING, record.id);
      this.sessionActions(true);
    }
    if (!this.cls) return;
    await this.cls.mergeSeats(v.seats);
    await this.cls.mergeAnswers(v.answers);
    this.render(true);
  }

  private async onState(s: PublicState): Promise<void> {
    this.state = s;
    const c = this.cls;
    if (c && (c.record.phase !== s.phase || c.record.index !== s.index)) await c.update({ phase: s.phase, index: s.index });
    this.endButton.hidden = !c || s.phase === 'summary';
    this.render();
  }

  private async onMessage<K extends keyof ServerMessages>(type: K, payload: ServerMessages[K]): Promise<void> {
    const c = this.cls;
    if (!c) return;
    if (type === 'seats') await c.mergeSeats(payload as ServerMessages['seats']);
    else if (type === 'answers') await c.mergeAnswers(payload as ServerMessages['answers']);
    else if (type === 'refused') this.shell.announcer.textContent = (payload as ServerMessages['refused']).message;
    this.screen?.refresh?.();
  }

  private onStatus(s: LinkStatus): void {
    this.banner.hidden = s === 'live';
    this.banner.textContent =
      s === 'reconnecting' ? 'Connection to the classroom server lost: reconnecting… Answers given so far are kept in this browser.' : s === 'waiting' ? 'The classroom server lost the session: bringing it back…' : '';
  }

  private async onEnded(reason: EndReason): Promise<void> {
    this.link = null;
    if (reason === 'replaced') {
      this.show('replaced', endedScreen('Hosted in another window', 'This session is now open in another window or tab. Carry on there.', [h('a', { class: 'btn', href: this.ctx.href('host') }, 'Back to the host page')]));
      return;
    }
    await this.cls?.update({ closed: true });
    this.leaveSession();
  }

  private leaveSession(): void {
    const link = this.link;
    this.link = null;
    void link?.stop();
    this.cls = null;
    this.state = null;
    this.sessionActions(false);
    sessionStore()?.removeItem(HOSTING);
    void this.showSetup();
  }

  private command(cmd: string, payload?: unknown): void {
    this.link?.send(cmd, payload);
  }

  private confirmEnd(): void {
    const { body, close } = openDialog({ title: 'End the session?', opener: this.endButton });
    body.append(
      h('p', { text: 'The class goes to the results now. Questions not asked yet are left out; answers already given are kept.' }),
      h('div', { class: 'actions' }, h('button', { type: 'button', class: 'btn primary', on: { click: () => (close(), this.command('end')) } }, 'End the session'), h('button', { type: 'button', class: 'btn', on: { click: close } }, 'Carry on')),
    );
  }

  private downloadReport(c: HostedClass | null): void {
    if (!c) return;
    const { name, csv } = c.report();
    download(name, csv);
  }

  // ----------------------------------------------------------------------------- rendering

  private render(force = false): void {
    const c = this.cls;
    const s = this.state;
    if (!c || !s) return;
    const key = `${s.phase}:${s.index}`;
    if (key === this.screenKey && !force) return this.screen?.refresh?.();
    const item = c.items[s.index];
    const leaders = s.leaderboard ? readJsonField(s.leaders, leadersGuard) : null;
    const pack = c.record.pack;
    let screen: LiveScreen;
    if (s.phase === 'question' && item) {
      const q = questionScreen({ pack, item, index: s.index, total: c.items.length, code: c.code, deadline: s.deadline, answered: () => c.answeredAt(s.index), present: () => c.students().filter((x) => x.connected).length, onClose: () => this.command('close'), onReveal: () => this.command('reveal') });
      screen = q;
      this.show(key, screen);
      if (s.deadline) this.ticker = setInterval(() => q.tick(), 1000);
      return;
    }
    if (s.phase === 'closed' && item) screen = closedScreen({ pack, item, index: s.index, total: c.items.length, counts: () => c.countsAt(s.index), onReveal: () => this.command('reveal') });
    else if (s.phase === 'reveal' && item) screen = revealScreen({ pack, item, index: s.index, total: c.items.length, counts: () => c.countsAt(s.index), leaders, onContext: (i, opener) => openContext(pack, item.evidence[i]!.source, item.evidence[i]!.span, opener), onNext: () => this.command('next') });
    else if (s.phase === 'summary') screen = summaryScreen({ stats: c.stats(), students: c.students().length, leaders, onReport: () => this.downloadReport(c), onDismiss: () => this.command('dismiss'), onNew: () => this.leaveSession() });
    else screen = lobbyScreen({ code: c.code, joinUrl: this.joinUrl(c.code), students: () => c.students(), onRemove: (seat) => this.command('remove', { seat: seat.id }), onStart: () => this.command('start') });
    this.show(key, screen);
  }

  /**
   * The address students open. A page opened as `localhost` (on the server's computer) gives the
   * address of this computer on the network instead: no phone can reach "localhost".
   */
  private joinUrl(code: string): string {
    const mine = new URL(this.ctx.href('join', { code }));
    const lan = this.server.ok ? this.server.network[0] : undefined;
    if (!lan) return mine.href;
    const there = new URL(lan);
    mine.protocol = there.protocol;
    mine.host = there.host;
    return mine.href;
  }

  private show(key: string, next: Screen): void {
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = null;
    present(this.shell.main, this.screen, next);
    this.screen = next;
    this.screenKey = key;
  }
}
