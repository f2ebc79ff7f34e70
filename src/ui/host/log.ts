/**
 * The host's copy of every session, in IndexedDB (via idb): the session itself (pack, options,
 * order, phase), its seats and every answer as it arrives. It is what brings a session back
 * after the server lost it, and what the reports are made from — during the lesson and after.
 * A browser without IndexedDB keeps it in memory for the page's life (and the page says so).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ClassOptions, LoggedAnswer, Phase, SeatInfo } from '../../core/classroom/protocol';
import type { CompiledPack } from '../../core/pack/types';

export interface SessionRecord {
  /** `<code>-<createdAt>`: a code is reused only after its session is closed. */
  id: string;
  code: string;
  hostKey: string;
  createdAt: number;
  updatedAt: number;
  pack: CompiledPack;
  options: ClassOptions;
  order: string[];
  phase: Phase;
  index: number;
  /** Closed by the teacher (dismissed): the session will not be resumed. */
  closed: boolean;
}

export interface StoredSeat extends SeatInfo {
  session: string;
}

export interface StoredAnswer extends LoggedAnswer {
  session: string;
}

interface LogSchema extends DBSchema {
  sessions: { key: string; value: SessionRecord };
  seats: { key: [string, string]; value: StoredSeat };
  answers: { key: [string, string, number]; value: StoredAnswer };
}

export interface SessionLog {
  record: SessionRecord;
  seats: SeatInfo[];
  answers: LoggedAnswer[];
}

export interface ClassLog {
  /** False when the browser could not open IndexedDB (the log lives in memory only). */
  readonly durable: boolean;
  saveSession(record: SessionRecord): Promise<void>;
  saveSeats(session: string, seats: readonly SeatInfo[]): Promise<void>;
  saveAnswers(session: string, answers: readonly LoggedAnswer[]): Promise<void>;
  sessions(): Promise<SessionRecord[]>;
  load(session: string): Promise<SessionLog | null>;
  remove(session: string): Promise<void>;
}

const range = (session: string) => IDBKeyRange.bound([session], [session, []]);

class IdbLog implements ClassLog {
  readonly durable = true;
  constructor(private readonly db: IDBPDatabase<LogSchema>) {}

  async saveSession(record: SessionRecord): Promise<void> {
    await this.db.put('sessions', record);
  }
  async saveSeats(session: string, seats: readonly SeatInfo[]): Promise<void> {
    const tx = this.db.transaction('seats', 'readwrite');
    await Promise.all([...seats.map((s) => tx.store.put({ ...s, session })), tx.done]);
  }
  async saveAnswers(session: string, answers: readonly LoggedAnswer[]): Promise<void> {
    const tx = this.db.transaction('answers', 'readwrite');
    await Promise.all([...answers.map((a) => tx.store.put({ ...a, session })), tx.done]);
  }
  async sessions(): Promise<SessionRecord[]> {
    return (await this.db.getAll('sessions')).sort((a, b) => b.createdAt - a.createdAt);
  }
  async load(session: string): Promise<SessionLog | null> {
    const record = await this.db.get('sessions', session);
    if (!record) return null;
    const strip = <T extends { session: string }>({ session: _, ...rest }: T) => rest;
    const [seats, answers] = await Promise.all([this.db.getAll('seats', range(session)), this.db.getAll('answers', range(session))]);
    return { record, seats: seats.map(strip), answers: answers.map(strip) };
  }
  async remove(session: string): Promise<void> {
    const tx = this.db.transaction(['sessions', 'seats', 'answers'], 'readwrite');
    await Promise.all([tx.objectStore('sessions').delete(session), tx.objectStore('seats').delete(range(session)), tx.objectStore('answers').delete(range(session)), tx.done]);
  }
}

/** The same, in memory: for browsers without IndexedDB (and nothing survives the page). */
class MemoryLog implements ClassLog {
  readonly durable = false;
  private readonly data = new Map<string, { record: SessionRecord; seats: Map<string, SeatInfo>; answers: Map<string, LoggedAnswer> }>();

  private entry(session: string) {
    const e = this.data.get(session);
    if (!e) throw new Error(`No session ${session}.`);
    return e;
  }
  async saveSession(record: SessionRecord): Promise<void> {
    const e = this.data.get(record.id);
    if (e) e.record = record;
    else this.data.set(record.id, { record, seats: new Map(), answers: new Map() });
  }
  async saveSeats(session: string, seats: readonly SeatInfo[]): Promise<void> {
    for (const s of seats) this.entry(session).seats.set(s.id, s);
  }
  async saveAnswers(session: string, answers: readonly LoggedAnswer[]): Promise<void> {
    for (const a of answers) this.entry(session).answers.set(`${a.seat}:${a.index}`, a);
  }
  async sessions(): Promise<SessionRecord[]> {
    return [...this.data.values()].map((e) => e.record).sort((a, b) => b.createdAt - a.createdAt);
  }
  async load(session: string): Promise<SessionLog | null> {
    const e = this.data.get(session);
    return e ? { record: e.record, seats: [...e.seats.values()], answers: [...e.answers.values()] } : null;
  }
  async remove(session: string): Promise<void> {
    this.data.delete(session);
  }
}

export async function openClassLog(): Promise<ClassLog> {
  try {
    const db = await openDB<LogSchema>('sourced-classroom', 1, {
      upgrade(db) {
        db.createObjectStore('sessions', { keyPath: 'id' });
        db.createObjectStore('seats', { keyPath: ['session', 'id'] });
        db.createObjectStore('answers', { keyPath: ['session', 'seat', 'index'] });
      },
    });
    return new IdbLog(db);
  } catch {
    return new MemoryLog();
  }
}
