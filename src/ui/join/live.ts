/**
 * A device's link to its class, for students and the host alike: joins, follows the room's
 * state and messages, and never gives up on the class by itself. A dropped connection is first
 * resumed by the SDK (same session); when that fails — a reload, a long Wi-Fi cut, a server
 * restart — the device joins again with its key and gets its seat back. Only the teacher
 * removing the student, the session being closed or the same seat opening elsewhere end it.
 */
import { Client, type Room } from '@colyseus/sdk';
import { CLOSE, JOIN_ERRORS, PHASES, type PublicState, type ServerMessages } from '../../core/classroom/protocol';

export type LinkStatus =
  /** Joined and following the class. */
  | 'live'
  /** The connection dropped: trying to come back. */
  | 'reconnecting'
  /** The server answers but the session is not there (a restart): waiting for the teacher's page to bring it back. */
  | 'waiting';

export type EndReason = 'removed' | 'replaced' | 'dismissed' | 'over' | 'closed';

export interface LinkHandlers {
  state(s: PublicState): void;
  message<K extends keyof ServerMessages>(type: K, payload: ServerMessages[K]): void;
  status(s: LinkStatus): void;
  /** After every (re)join: the moment to ask the server for this device's own view. */
  joined(room: Room): void;
  ended(reason: EndReason, message: string): void;
}

/** How to (re)join; `first` is true on the first attempt. */
export type Joiner = (client: Client, first: boolean) => Promise<Room>;

const MESSAGE_TYPES: ReadonlyArray<keyof ServerMessages> = ['got', 'result', 'seats', 'answers', 'refused'];
const RETRY_MS = [500, 1000, 2000, 3000, 5000];

/** The room id is not known to the server (matchmaking's "not found"). */
export const isGone = (e: unknown): boolean => (e as { code?: unknown })?.code === 522;

export class LiveLink {
  readonly client: Client;
  private room: Room | null = null;
  private stopped = false;
  private retry = 0;

  constructor(
    root: URL,
    private readonly joiner: Joiner,
    private readonly on: LinkHandlers,
  ) {
    this.client = new Client(root.href);
  }

  /** The first join; its error (a nickname taken, a wrong code) goes to the caller. */
  async start(): Promise<void> {
    this.attach(await this.joiner(this.client, true));
  }

  send(type: string, payload?: unknown): void {
    this.room?.send(type, payload);
  }

  async request<T>(type: string, payload: unknown = {}): Promise<T> {
    if (!this.room) throw new Error('Not connected.');
    return (await this.room.request(type, payload)) as T;
  }

  get connected(): boolean {
    return this.room !== null;
  }

  /** Leaves for good (the user's choice). */
  async stop(): Promise<void> {
    this.stopped = true;
    const r = this.room;
    this.room = null;
    await r?.leave(true);
  }

  private attach(room: Room): void {
    this.room = room;
    this.retry = 0;
    // Short SDK retries: past them, rejoining by key (below) covers every longer cut.
    Object.assign(room.reconnection, { maxRetries: 4, maxDelay: 2000, minUptime: 1000 });
    for (const type of MESSAGE_TYPES) room.onMessage(type, (payload: never) => this.on.message(type, payload));
    room.onStateChange((s) => this.on.state(publicState(s)));
    room.onDrop(() => this.on.status('reconnecting'));
    room.onReconnect(() => {
      this.on.status('live');
      this.on.joined(room);
    });
    room.onLeave((code, reason) => {
      if (this.room !== room) return;
      this.room = null;
      const end = endOf(code);
      if (end || this.stopped) return this.on.ended(end ?? 'closed', reason ?? '');
      this.on.status('reconnecting');
      void this.rejoin();
    });
    this.on.status('live');
    this.on.state(publicState(room.state));
    this.on.joined(room);
  }

  private async rejoin(): Promise<void> {
    while (!this.stopped && !this.room) {
      await new Promise((r) => setTimeout(r, RETRY_MS[Math.min(this.retry++, RETRY_MS.length - 1)]));
      try {
        this.attach(await this.joiner(this.client, false));
        return;
      } catch (e) {
        const code = (e as { code?: number }).code;
        if (code === JOIN_ERRORS.removed) return this.on.ended('removed', (e as Error).message);
        if (code === JOIN_ERRORS.over) return this.on.ended('over', (e as Error).message);
        if (isGone(e)) this.on.status('waiting');
      }
    }
  }
}

function endOf(code: number): EndReason | null {
  if (code === CLOSE.removed) return 'removed';
  if (code === CLOSE.replaced) return 'replaced';
  if (code === CLOSE.dismissed) return 'dismissed';
  if (code === 4000) return 'closed'; // consented: this device left, or the session was closed for being idle
  return null;
}

/** The synced state as plain data (the SDK decodes it by reflection, without our schema classes). */
function publicState(s: unknown): PublicState {
  const o = (s ?? {}) as Partial<PublicState>;
  return {
    code: o.code ?? '',
    title: o.title ?? '',
    phase: PHASES.includes(o.phase as PublicState['phase']) ? (o.phase as PublicState['phase']) : 'lobby',
    index: o.index ?? -1,
    total: o.total ?? 0,
    askConfidence: !!o.askConfidence,
    showQuote: o.showQuote ?? true,
    leaderboard: !!o.leaderboard,
    deadline: o.deadline ?? 0,
    question: o.question ?? '',
    reveal: o.reveal ?? '',
    leaders: o.leaders ?? '',
    hostOnline: !!o.hostOnline,
  };
}
