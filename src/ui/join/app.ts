/**
 * The student's side of a live class: join with the code and a nickname, then follow the
 * teacher — the question (answer, change it until answers close), the reveal with one's own
 * result and the evidence, and one's own summary at the end. The device keeps its seat's key,
 * so a reload, a locked phone or a server restart gives the seat back with its score.
 */
import type { Room } from '@colyseus/sdk';
import { normalizeCode } from '../../core/classroom/code';
import {
  JOIN_ERRORS,
  leadersGuard,
  publicQuestionGuard,
  readJsonField,
  revealGuard,
  sourceReplyGuard,
  studentViewGuard,
  type AnswerMessage,
  type PublicState,
  type ServerMessages,
  type SourceReply,
} from '../../core/classroom/protocol';
import type { Verdict } from '../../core/pack/types';
import { recordAnswer, scoreSequence, type AnswerRecord, type Confidence } from '../../core/session/index';
import { setBusy } from '../../pwa/activity';
import type { SurfaceContext } from '../app';
import { openContext } from '../context';
import { h } from '../dom';
import type { Screen } from '../screens/types';
import { buildShell, type Shell } from '../shell';
import { entryScreen, type EntryScreen } from './entry';
import { LiveLink, type EndReason, type LinkStatus } from './live';
import { closedScreen, endedScreen, present, questionScreen, revealScreen, summaryScreen, waitingScreen, type QuestionScreen } from './screens';
import { forgetSeat, freshKey, keepSeat, keptSeat, type KeptSeat } from './seat';
import { applySavedSettings } from './display';
import { checkServer } from '../classroom-server';
import { revealView, type PackView } from './packview';

const NICKNAME_RETRIES = 5;

export async function startJoin(ctx: SurfaceContext): Promise<void> {
  const shell = buildShell({ navLabel: 'Class', homeHref: ctx.href('play'), surfaceClass: 'surface-join' });
  const student = new Student(shell, ctx, applySavedSettings().keyboardShortcuts);
  await student.begin();
}

class Student {
  private link: LiveLink | null = null;
  private code = '';
  private key = '';
  private nickname = '';
  private state: PublicState | null = null;
  private answer: AnswerMessage | null = null;
  private answerSent = false;
  private records: AnswerRecord[] = [];
  private result: ServerMessages['result'] | null = null;
  private points = 0;
  private readonly sources = new Map<string, SourceReply>();
  private screen: Screen | null = null;
  private screenKey = '';
  private ended: { reason: EndReason; message: string } | null = null;
  private readonly banner = h('p', { class: 'link-banner', role: 'status' });
  private ticker: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly shell: Shell,
    private readonly ctx: SurfaceContext,
    private readonly shortcuts: boolean,
  ) {
    shell.main.before(this.banner);
    this.banner.hidden = true;
    // Keys 1 2 3 answer, unless the player turned shortcuts off (their assistive tech sends keys).
    if (shortcuts) document.addEventListener('keydown', (e) => {
      if (e.repeat || e.ctrlKey || e.metaKey || e.altKey) return;
      const t = e.target as HTMLElement | null;
      if (t?.closest('input, textarea, select, [contenteditable="true"], dialog')) return;
      if (this.screen?.key?.(e)) e.preventDefault();
    });
  }

  async begin(): Promise<void> {
    const code = normalizeCode(this.ctx.params.get('code') ?? '') ?? '';
    const kept = code ? keptSeat(code) : null;
    // Back on this page (a reload, the phone woke up): take the seat again straight away.
    if (kept) return this.rejoinKept(code, kept);
    // The form first (nothing to wait for on a slow network); the server check beside it.
    this.showEntry(code);
    const server = await checkServer(this.ctx.root);
    if (!server.ok && !this.link) this.showNoServer(server.message);
  }

  private showNoServer(message: string): void {
    this.show('no-server', endedScreen('No live class here', `${message} Ask your teacher for the address of the class, or play on your own.`, [this.playLink()]));
  }

  /** The seat this browser holds: joined again, however long the class's server takes to come back. */
  private async rejoinKept(code: string, kept: KeptSeat): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await this.join(code, kept.nickname, kept.key);
        return;
      } catch (e) {
        const err = (e as { code?: number }).code;
        if (err === JOIN_ERRORS.removed || err === JOIN_ERRORS.over) {
          forgetSeat(code);
          this.ended = { reason: err === JOIN_ERRORS.removed ? 'removed' : 'over', message: '' };
          return this.render(true);
        }
        if (attempt === 0) {
          const other = h('button', { type: 'button', class: 'btn', on: { click: () => this.leave() } }, 'Join another class');
          this.show('rejoining', endedScreen('Getting your seat back…', `Joining class ${code} again as ${kept.nickname}. If the class’s server restarted, this takes until your teacher’s page brings the session back.`, [other]));
        }
        await new Promise((r) => setTimeout(r, Math.min(5000, 500 * 2 ** attempt)));
      }
    }
  }

  private showEntry(code: string): void {
    const entry: EntryScreen = entryScreen({
      code,
      onJoin: async (c, nickname, generated) => {
        if (navigator.onLine === false) return entry.fail('code', 'You are offline: joining a live class needs the network. Connect to the school’s Wi-Fi, then try again.');
        let name = nickname;
        for (let attempt = 0; ; attempt++) {
          try {
            await this.join(c, name, keptSeat(c)?.key ?? freshKey());
            return;
          } catch (e) {
            const err = e as { code?: number; message?: string };
            if (err.code === JOIN_ERRORS.nicknameTaken && generated && attempt < NICKNAME_RETRIES) {
              name = entry.regenerate();
              continue;
            }
            if (err.code === JOIN_ERRORS.nicknameTaken || err.code === JOIN_ERRORS.nicknameInvalid) return entry.fail('nickname', err.message ?? 'Choose another nickname.');
            if (err.code === 522) return entry.fail('code', 'There is no class with this code right now. Check the letters on the board.');
            return entry.fail('code', err.message || 'The class could not be joined. Try again.');
          }
        }
      },
    });
    this.show('entry', entry);
  }

  /** Joins with this key (a new seat, or this browser's own again); the join's error is thrown. */
  private async join(code: string, nickname: string, key: string): Promise<void> {
    this.code = code;
    this.nickname = nickname;
    this.key = key;
    const link = new LiveLink(this.ctx.root, (client) => client.joinById(code, { role: 'student', key, nickname }), {
      state: (s) => this.onState(s),
      message: (type, payload) => this.onMessage(type, payload),
      status: (s) => this.onStatus(s),
      joined: (room) => void this.sync(room),
      ended: (reason, message) => this.onEnded(reason, message),
    });
    await link.start();
    this.link = link;
    keepSeat(code, { key, nickname });
    // A new version of the site is never offered in the middle of a class (src/pwa/register.ts).
    setBusy('live-class', true);
  }

  private async sync(room: Room): Promise<void> {
    const reply = studentViewGuard.safeParse(await room.request('sync', {}).catch(() => null));
    if (!reply.success) return;
    const v = reply.data;
    this.nickname = v.nickname;
    this.points = v.points;
    this.records = v.records;
    const mine = this.answer;
    if (!v.answer && mine && this.state?.phase === 'question' && mine.index === this.state.index) {
      // Answered here but not on the server (it restarted between the two): the device's copy goes again.
      this.link?.send('answer', mine);
    } else {
      this.answer = v.answer;
      this.answerSent = v.answer !== null;
    }
    if (v.result && this.state) this.result = { index: this.state.index, record: v.result, points: v.points };
    keepSeat(this.code, { key: this.key, nickname: v.nickname });
    this.render(true);
  }

  private onState(s: PublicState): void {
    const moved = !this.state || s.index !== this.state.index;
    this.state = s;
    if (moved) {
      this.answer = null;
      this.answerSent = false;
    }
    if (s.phase === 'reveal' && this.result?.index !== s.index) this.result = this.ownResult(s);
    this.render();
  }

  /**
   * The student's result at a reveal, worked out on the device with the game's rules from the
   * answer the server acknowledged — shown at once; the server's own word follows (`result`).
   */
  private ownResult(s: PublicState): ServerMessages['result'] {
    const reveal = readJsonField(s.reveal, revealGuard);
    const a = this.answer;
    if (!reveal || !a || !this.answerSent || a.index !== s.index) return { index: s.index, record: null, points: this.points };
    const { answer, after } = recordAnswer(revealView(reveal, this.sources).item, a.verdict, a.confidence, scoreSequence(this.records));
    return { index: s.index, record: answer, points: after.points };
  }

  private onMessage<K extends keyof ServerMessages>(type: K, payload: ServerMessages[K]): void {
    if (type === 'got') {
      this.answer = payload as ServerMessages['got'];
      this.answerSent = true;
      (this.screen as QuestionScreen | null)?.showAnswer?.(this.answer, true);
    } else if (type === 'result') {
      const r = payload as ServerMessages['result'];
      const shown = this.result;
      this.result = r;
      this.points = r.points;
      if (r.record && !this.records.some((x) => x.itemId === r.record!.itemId)) this.records = [...this.records, r.record];
      // Redrawn only when the server's result differs from the one the device showed.
      const same = shown?.index === r.index && shown.points === r.points && shown.record?.correct === r.record?.correct;
      if (!same) this.render(true);
    } else if (type === 'refused') {
      this.shell.announcer.textContent = (payload as ServerMessages['refused']).message;
    }
  }

  private onStatus(s: LinkStatus): void {
    this.banner.hidden = s === 'live';
    this.banner.textContent =
      s === 'reconnecting' ? 'Connection lost: getting your seat back…' : s === 'waiting' ? 'The class’s server restarted: waiting for your teacher’s session to come back. Your answers are kept.' : '';
  }

  private onEnded(reason: EndReason, message: string): void {
    this.ended = { reason, message };
    this.link = null;
    setBusy('live-class', false);
    if (reason === 'removed' || reason === 'dismissed' || reason === 'over') forgetSeat(this.code);
    this.render(true);
  }

  private answerNow(verdict: Verdict, confidence?: Confidence): void {
    if (!this.state) return;
    this.answer = { index: this.state.index, verdict, ...(confidence ? { confidence } : {}) };
    this.answerSent = false;
    this.link?.send('answer', this.answer);
  }

  private async openSource(pack: PackView, evidenceIndex: number, opener: HTMLElement): Promise<void> {
    const reveal = this.state && readJsonField(this.state.reveal, revealGuard);
    const ev = reveal?.item.evidence[evidenceIndex];
    if (!reveal || !ev || !this.link) return;
    let reply = this.sources.get(ev.source);
    if (!reply || !reply.spans.some((s) => s.itemId === reveal.item.id)) {
      const r = sourceReplyGuard.safeParse(await this.link.request('source', { id: ev.source }).catch(() => null));
      if (!r.success) {
        this.shell.announcer.textContent = 'This source cannot be opened right now.';
        return;
      }
      reply = r.data;
      this.sources.set(ev.source, reply);
    }
    const span = reply.spans.find((s) => s.itemId === reveal.item.id && s.excerpt === evidenceIndex)?.span ?? null;
    openContext({ sources: pack.sources.map((s) => (s.id === ev.source ? { ...s, text: reply!.source.text } : s)) }, ev.source, span, opener);
  }

  private leave(): void {
    forgetSeat(this.code);
    void this.link?.stop();
    location.href = this.ctx.href('join');
  }

  private playLink(): HTMLElement {
    return h('a', { class: 'btn', href: this.ctx.href('play') }, 'Play on your own');
  }

  // ------------------------------------------------------------------------- rendering

  private render(force = false): void {
    if (this.ended) return this.show(`ended:${this.ended.reason}`, this.endedScreen());
    const s = this.state;
    if (!s) return;
    const key = `${s.phase}:${s.index}`;
    if (key === this.screenKey && !force) return;
    if (key === this.screenKey && s.phase === 'question') {
      (this.screen as QuestionScreen).showAnswer(this.answer, this.answerSent);
      return;
    }
    this.show(key, this.build(s));
  }

  private build(s: PublicState): Screen {
    const leaders = s.leaderboard ? readJsonField(s.leaders, leadersGuard) : null;
    if (s.phase === 'question') {
      const q = readJsonField(s.question, publicQuestionGuard);
      if (q) {
        const screen = questionScreen({ question: q, total: s.total, showQuote: s.showQuote, askConfidence: s.askConfidence, shortcuts: this.shortcuts, answer: this.answer, onAnswer: (v, c) => this.answerNow(v, c) });
        screen.showAnswer(this.answer, this.answerSent);
        return screen;
      }
    }
    if (s.phase === 'closed') return closedScreen(s.index, s.total, this.answer);
    if (s.phase === 'reveal') {
      const reveal = readJsonField(s.reveal, revealGuard);
      if (reveal) {
        const mine = this.result?.index === s.index ? this.result : null;
        return revealScreen({ reveal, total: s.total, record: mine?.record ?? null, points: mine?.points ?? this.points, sources: this.sources, leaders, onContext: (pack, i, opener) => void this.openSource(pack, i, opener) });
      }
    }
    if (s.phase === 'summary') return summaryScreen(this.nickname, this.points, this.records, leaders, () => this.leave());
    return waitingScreen(this.nickname, s.title, () => this.leave());
  }

  private endedScreen(): Screen {
    const again = h('a', { class: 'btn primary', href: this.ctx.href('join') }, 'Join a class');
    const words: Record<EndReason, [string, string]> = {
      removed: ['You left the class', 'Your teacher removed you from this session.'],
      replaced: ['Open in another window', 'This class is open in another window or tab on this device; carry on there.'],
      dismissed: ['The class is closed', 'Your teacher closed this session. Thank you for taking part.'],
      over: ['This session is over', 'This session has ended.'],
      closed: ['You left the class', 'You are no longer in this session.'],
    };
    const [title, text] = words[this.ended!.reason];
    return endedScreen(title, text, [again, this.playLink()]);
  }

  private show(key: string, next: Screen): void {
    present(this.shell.main, this.screen, next);
    this.screen = next;
    this.screenKey = key;
    this.tick();
  }

  /** The countdown of a timed question. */
  private tick(): void {
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = null;
    const s = this.state;
    const q = this.screen as QuestionScreen | null;
    if (!s || s.phase !== 'question' || !s.deadline || !q?.showTime) return;
    const update = () => q.showTime(Math.max(0, Math.ceil((s.deadline - Date.now()) / 1000)));
    update();
    this.ticker = setInterval(update, 1000);
  }
}
