/**
 * The Colyseus room of a hosted class: an adapter between the network and the class's state
 * machine (src/core/classroom/session.ts). It checks every message against its schema, keeps
 * host commands for the host, grades on the server, puts in the synced state only what every
 * device may see, and sends each student their own view and the host its log.
 */
import { CloseCode, ErrorCode, Room, ServerError, type Client, type Delayed } from '@colyseus/core';
import {
  answerGuard,
  CLOSE,
  createOptionsGuard,
  HOST_COMMANDS,
  JOIN_ERRORS,
  joinOptionsGuard,
  LIMITS,
  removeGuard,
  sourceRequestGuard,
  type AnswerMessage,
  type JoinOptions,
  type LoggedAnswer,
  type Refusal,
  type SeatInfo,
  type ServerMessages,
  type SourceReply,
  type StudentView,
  type HostView,
} from '../core/classroom/protocol.ts';
import { ClassSession, roundOrder, type Seat } from '../core/classroom/session.ts';
import { elide } from '../core/classroom/source.ts';
import { claimNewCode, reclaimCode, releaseCode } from './codes.ts';
import { randomIndex, keyHash } from './secrets.ts';
import { ClassState } from './state.ts';
import { takeTicket } from './tickets.ts';
import { TokenBuckets } from './limits.ts';

/** The join options; the host who creates the room joins with the create options. */
function joinOptionsOf(raw: unknown): JoinOptions | null {
  const join = joinOptionsGuard.safeParse(raw);
  if (join.success) return join.data;
  const create = createOptionsGuard.safeParse(raw);
  return create.success ? { role: 'host', hostKey: create.data.hostKey } : null;
}

type Role = { role: 'host' } | { role: 'student'; seat: string };
type ClassClient = Client<{ userData: Role }>;

/** How long a dropped device keeps its seat for the SDK's automatic reconnection. */
const RECONNECT_SECONDS = 120;
/** A session nobody is connected to is closed after this long. */
const IDLE_MS = 30 * 60_000;

export class ClassRoom extends Room<{ state: ClassState }> {
  override state = new ClassState();
  override maxMessagesPerSecond = LIMITS.messagesPerSecond;
  override autoDispose = false;
  override maxClients = LIMITS.seats + 10;

  private session!: ClassSession;
  private hostKeyHash = '';
  private host: ClassClient | null = null;
  /** The device currently holding each seat. */
  private readonly seatClients = new Map<string, ClassClient>();
  /** Seats waiting for their dropped device to reconnect: the pending reconnection, to cancel on a rejoin. */
  private readonly waiting = new Map<string, { reject: (reason?: unknown) => void }>();
  private readonly outbox = { answers: [] as LoggedAnswer[], seats: new Map<string, SeatInfo>(), scheduled: false };
  private deadlineTimer: Delayed | null = null;
  private idleTimer: Delayed | null = null;
  private readonly sourceRequests = new TokenBuckets({ perSecond: 0.5, burst: 8 });
  private shuttingDown = false;

  override async onCreate(raw: unknown): Promise<void> {
    const parsed = createOptionsGuard.safeParse(raw);
    if (!parsed.success) throw new ServerError(ErrorCode.MATCHMAKE_UNHANDLED, 'The session options are not valid.');
    const { ticket: ticketId, hostKey, options } = parsed.data;
    const ticket = await takeTicket(this.presence, ticketId);
    if (!ticket) throw new ServerError(ErrorCode.MATCHMAKE_UNHANDLED, 'The pack upload has expired. Open the class again.');
    this.hostKeyHash = keyHash(hostKey);
    const now = () => Date.now();
    if (ticket.resume) {
      if (!(await reclaimCode(this.presence, ticket.resume.code, this.hostKeyHash))) {
        throw new ServerError(ErrorCode.MATCHMAKE_UNHANDLED, `The code ${ticket.resume.code} belongs to another session.`);
      }
      this.session = ClassSession.restore(ticket.pack, ticket.resume, now);
    } else {
      const code = await claimNewCode(this.presence, this.hostKeyHash);
      this.session = new ClassSession(code, ticket.pack, options, roundOrder(ticket.pack, options, randomIndex(2 ** 31)), now);
    }
    this.roomId = this.session.code;
    await this.setPrivate(true);

    const s = this.state;
    s.code = this.session.code;
    s.title = ticket.pack.title;
    s.total = this.session.total;
    s.askConfidence = this.session.options.askConfidence;
    s.showQuote = this.session.options.showQuote;
    s.leaderboard = this.session.options.leaderboard;
    this.syncPhase();

    this.onMessage('answer', (client: ClassClient, msg: unknown) => this.onAnswer(client, msg));
    this.onMessage('sync', (client: ClassClient) => this.syncReply(client));
    this.onMessage('source', (client: ClassClient, msg: unknown, ctx) => {
      const reply = this.sourceReply(client, msg);
      return 'refusal' in reply ? ctx.reject(reply.refusal) : reply;
    });
    this.onMessage('remove', (client: ClassClient, msg: unknown) => this.hostOnly(client, () => this.onRemove(client, msg)));
    for (const cmd of HOST_COMMANDS) {
      this.onMessage(cmd, (client: ClassClient) => this.hostOnly(client, () => this.onCommand(client, cmd)));
    }
    this.armIdleTimer();
  }

  // --------------------------------------------------------------------------- joining

  override onJoin(client: ClassClient, raw: unknown): void {
    const o = joinOptionsOf(raw);
    if (!o) throw new ServerError(JOIN_ERRORS.badRequest, 'These join options are not valid.');
    if (o.role === 'host') {
      if (keyHash(o.hostKey) !== this.hostKeyHash) throw new ServerError(JOIN_ERRORS.notHost, 'Only the teacher who opened this session can host it.');
      if (this.host && this.host !== client) this.host.leave(CLOSE.replaced, 'The session was opened in another window.');
      this.waiting.get('host')?.reject();
      client.userData = { role: 'host' };
      this.host = client;
      this.state.hostOnline = true;
    } else {
      const r = this.session.join(keyHash(o.key), o.nickname);
      if (!r.ok) throw new ServerError(r.code, r.message);
      const seat = r.seat;
      const previous = this.seatClients.get(seat.id);
      if (previous && previous !== client) previous.leave(CLOSE.replaced, 'You joined from another window.');
      this.waiting.get(seat.id)?.reject();
      client.userData = { role: 'student', seat: seat.id };
      this.seatClients.set(seat.id, client);
      this.setConnected(seat, true);
    }
    this.armIdleTimer();
  }

  /**
   * A device dropped (Wi-Fi, a locked phone): its seat waits for the SDK to reconnect. Not
   * awaited: Colyseus closes the socket only once this returns, and a client cut off for
   * flooding must be closed now.
   */
  override onDrop(client: ClassClient): void {
    const who = client.userData;
    if (!who) return;
    const key = who.role === 'host' ? 'host' : who.seat;
    if (who.role === 'host') this.state.hostOnline = false;
    else this.setConnected(this.session.seat(who.seat), false);
    const reconnection = this.allowReconnection(client, RECONNECT_SECONDS);
    const entry = { reject: () => reconnection.reject(new Error('rejoined')) };
    this.waiting.set(key, entry);
    const done = () => {
      if (this.waiting.get(key) === entry) this.waiting.delete(key);
    };
    // Rejected when the window passes or the device came back by its key instead.
    reconnection.then(done, done);
  }

  override onReconnect(client: ClassClient): void {
    const who = client.userData;
    if (who?.role === 'host') {
      this.host = client;
      this.state.hostOnline = true;
    } else if (who) {
      this.seatClients.set(who.seat, client);
      this.setConnected(this.session.seat(who.seat), true);
    }
  }

  override onLeave(client: ClassClient): void {
    const who = client.userData;
    if (who?.role === 'host') {
      if (this.host === client) {
        this.host = null;
        this.state.hostOnline = false;
      }
    } else if (who && this.seatClients.get(who.seat) === client) {
      this.seatClients.delete(who.seat);
      this.setConnected(this.session.seat(who.seat), false);
    }
    this.armIdleTimer();
  }

  override onBeforeShutdown(): void {
    this.shuttingDown = true;
    super.onBeforeShutdown();
  }

  override async onDispose(): Promise<void> {
    this.deadlineTimer?.clear();
    this.idleTimer?.clear();
    // On a shutdown the code stays claimed: the host resumes the session under it elsewhere.
    if (this.session && !this.shuttingDown) await releaseCode(this.presence, this.session.code);
  }

  // --------------------------------------------------------------------------- messages

  private refuse(client: ClassClient, code: Refusal['code'], message: string): void {
    client.send('refused', { code, message } satisfies ServerMessages['refused']);
  }

  private hostOnly(client: ClassClient, run: () => void): void {
    if (client.userData?.role !== 'host') return this.refuse(client, 'not-host', 'Only the teacher can do that.');
    run();
  }

  private onAnswer(client: ClassClient, raw: unknown): void {
    const who = client.userData;
    if (who?.role !== 'student') return this.refuse(client, 'not-host', 'Only students answer.');
    const msg = answerGuard.safeParse(raw);
    if (!msg.success) return this.refuse(client, 'bad-message', 'That answer could not be read.');
    const r = this.session.answer(who.seat, msg.data as AnswerMessage);
    if (!r.ok) return this.refuse(client, r.refusal.code, r.refusal.message);
    const { index, verdict, confidence } = r.logged;
    client.send('got', { index, verdict, ...(confidence ? { confidence } : {}) } satisfies ServerMessages['got']);
    this.outbox.answers.push(r.logged);
    this.scheduleFlush();
  }

  private onRemove(client: ClassClient, raw: unknown): void {
    const msg = removeGuard.safeParse(raw);
    if (!msg.success) return this.refuse(client, 'bad-message', 'Which student?');
    const seat = this.session.seat(msg.data.seat);
    const r = this.session.remove(msg.data.seat);
    if (!r.ok) return this.refuse(client, r.refusal.code, r.refusal.message);
    this.waiting.get(msg.data.seat)?.reject();
    this.seatClients.get(msg.data.seat)?.leave(CLOSE.removed, 'Your teacher removed you from this session.');
    if (seat) this.queueSeat(seat);
  }

  private onCommand(client: ClassClient, cmd: (typeof HOST_COMMANDS)[number]): void {
    if (cmd === 'dismiss') {
      if (this.session.phase !== 'summary') return this.refuse(client, 'wrong-phase', 'End the session before closing it.');
      void this.disconnect(CLOSE.dismissed);
      return;
    }
    const r = this.session.command(cmd);
    if (!r.ok) return this.refuse(client, r.refusal.code, r.refusal.message);
    this.afterPhaseChange();
  }

  /**
   * After the phase moved: the state every device sees goes out at once (one encoding for the
   * whole class), then each student's own result (their device has already worked it out from
   * the reveal with the same rules; this is the server's word on it, and their new total).
   */
  private afterPhaseChange(): void {
    const s = this.session;
    this.syncPhase();
    this.broadcastPatch();
    if (s.phase === 'reveal' || s.phase === 'summary') {
      for (const [seatId, client] of this.seatClients) {
        const seat = s.seat(seatId)!;
        client.send('result', { index: s.index, record: s.phase === 'reveal' ? s.studentView(seat).result : null, points: seat.score.points } satisfies ServerMessages['result']);
        this.queueSeat(seat);
      }
    }
    this.flush();
  }

  /** The synced state from the session, and the timer of the question. */
  private syncPhase(): void {
    const s = this.session;
    const st = this.state;
    st.phase = s.phase;
    st.index = s.index;
    st.deadline = s.deadline;
    const question = s.publicQuestion();
    st.question = question ? JSON.stringify(question) : '';
    const reveal = s.revealPayload();
    st.reveal = reveal ? JSON.stringify(reveal) : '';
    st.leaders = s.options.leaderboard && s.leaders().length ? JSON.stringify(s.leaders()) : '';
    this.deadlineTimer?.clear();
    this.deadlineTimer = null;
    if (s.phase === 'question' && s.deadline > 0) {
      const index = s.index;
      this.deadlineTimer = this.clock.setTimeout(() => {
        if (s.phase === 'question' && s.index === index && s.command('close').ok) this.afterPhaseChange();
      }, Math.max(0, s.deadline - Date.now()));
    }
  }

  private syncReply(client: ClassClient): StudentView | HostView | null {
    const who = client.userData;
    if (who?.role === 'host') return this.session.hostView();
    const seat = who && this.session.seat(who.seat);
    return seat ? this.session.studentView(seat) : null;
  }

  /**
   * A source's text for "Read in context": only a source that a revealed item cites, with the
   * passages of the items still to come cut out.
   */
  private sourceReply(client: ClassClient, raw: unknown): SourceReply | { refusal: Refusal } {
    if (!this.sourceRequests.take(client.sessionId)) return { refusal: { code: 'rate-limited', message: 'Too many requests: wait a moment.' } };
    const msg = sourceRequestGuard.safeParse(raw);
    if (!msg.success) return { refusal: { code: 'bad-message', message: 'Which source?' } };
    const id = msg.data.id;
    const revealed = this.session.revealedItems();
    const kept = revealed.flatMap((it) =>
      [{ itemId: it.id, excerpt: -1, ref: it.quote }, ...it.evidence.map((ev, k) => ({ itemId: it.id, excerpt: k, ref: ev }))]
        .filter((x) => x.ref.source === id)
        .map((x) => ({ key: { itemId: x.itemId, excerpt: x.excerpt }, span: x.ref.span })),
    );
    const src = this.session.pack.sources.find((x) => x.id === id);
    if (!src || kept.length === 0) return { refusal: { code: 'not-revealed', message: 'This source opens once a question that cites it is revealed.' } };
    const hidden = this.session
      .unrevealedItems()
      .flatMap((it) => [it.quote, ...it.evidence])
      .filter((r) => r.source === id)
      .map((r) => r.span);
    const e = elide(src.text, hidden, kept);
    const { text: _, ...info } = src;
    return { source: { ...info, text: e.text }, spans: e.kept.map((k) => ({ ...k.key, span: k.span })) };
  }

  // --------------------------------------------------------------------------- the host's feed

  private setConnected(seat: Seat | undefined, connected: boolean): void {
    if (!seat) return;
    seat.connected = connected;
    this.queueSeat(seat);
  }

  private queueSeat(seat: Seat): void {
    this.outbox.seats.set(seat.id, this.session.seatInfo(seat));
    this.scheduleFlush();
  }

  /** Answers and seat changes go to the host in one message per event-loop turn. */
  private scheduleFlush(): void {
    if (this.outbox.scheduled) return;
    this.outbox.scheduled = true;
    setImmediate(() => this.flush());
  }

  private flush(): void {
    this.outbox.scheduled = false;
    const { answers, seats } = this.outbox;
    if (this.host) {
      if (seats.size) this.host.send('seats', [...seats.values()] satisfies ServerMessages['seats']);
      if (answers.length) this.host.send('answers', answers satisfies ServerMessages['answers']);
    }
    this.outbox.answers = [];
    seats.clear();
  }

  private armIdleTimer(): void {
    this.idleTimer?.clear();
    this.idleTimer = null;
    if (this.clients.length > 0) return;
    this.idleTimer = this.clock.setTimeout(() => {
      if (this.clients.length === 0) void this.disconnect(CloseCode.CONSENTED);
    }, IDLE_MS);
  }
}
