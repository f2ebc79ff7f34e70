/**
 * A hosted session as the teacher's page holds it: its record, seats and answer log, kept in
 * IndexedDB as they arrive, with what the projector and the report need computed from them by
 * the shared class code (grading, statistics, CSV) — the same code the server grades with.
 */
import { itemsInOrder } from '../../core/classroom/grading';
import type { LoggedAnswer, Phase, SeatInfo, VerdictCounts } from '../../core/classroom/protocol';
import { reportCsv } from '../../core/classroom/report';
import type { ResumeSnapshot } from '../../core/classroom/snapshot';
import { classStats, type ClassStats } from '../../core/classroom/stats';
import type { CompiledItem } from '../../core/pack/types';
import { formatDate, VERDICT_LABEL } from '../labels';
import type { ClassLog, SessionLog, SessionRecord } from './log';

export class HostedClass {
  readonly seats = new Map<string, SeatInfo>();
  /** The latest answer of each seat to each question, keyed `seat:index`. */
  private readonly answers = new Map<string, LoggedAnswer>();
  readonly items: CompiledItem[];

  constructor(
    private readonly log: ClassLog,
    public record: SessionRecord,
    data: Pick<SessionLog, 'seats' | 'answers'> = { seats: [], answers: [] },
  ) {
    this.items = itemsInOrder(record.pack, record.order);
    for (const s of data.seats) this.seats.set(s.id, s);
    for (const a of data.answers) this.answers.set(`${a.seat}:${a.index}`, a);
  }

  static async load(log: ClassLog, id: string): Promise<HostedClass | null> {
    const data = await log.load(id);
    return data ? new HostedClass(log, data.record, data) : null;
  }

  get code(): string {
    return this.record.code;
  }

  /** Students in the class (not removed), in the order they joined. */
  students(): SeatInfo[] {
    return [...this.seats.values()].filter((s) => !s.removed);
  }

  async mergeSeats(list: readonly SeatInfo[]): Promise<void> {
    for (const s of list) this.seats.set(s.id, s);
    await this.log.saveSeats(this.record.id, list);
  }

  async mergeAnswers(list: readonly LoggedAnswer[]): Promise<void> {
    for (const a of list) this.answers.set(`${a.seat}:${a.index}`, a);
    await this.log.saveAnswers(this.record.id, list);
  }

  async update(changes: Partial<Pick<SessionRecord, 'phase' | 'index' | 'order' | 'closed'>>): Promise<void> {
    this.record = { ...this.record, ...changes, updatedAt: Date.now() };
    await this.log.saveSession(this.record);
  }

  /** Questions graded so far (as the server counts them). */
  played(): number {
    const { phase, index } = this.record;
    if (phase === 'reveal' || phase === 'summary') return index + 1;
    return Math.max(0, index);
  }

  private answersAt(index: number): LoggedAnswer[] {
    return [...this.answers.values()].filter((a) => a.index === index && this.seats.get(a.seat)?.removed !== true);
  }

  countsAt(index: number): VerdictCounts {
    const counts: VerdictCounts = { claim: 0, 'verified-fact': 0, disputed: 0 };
    for (const a of this.answersAt(index)) counts[a.verdict]++;
    return counts;
  }

  answeredAt(index: number): number {
    return this.answersAt(index).length;
  }

  stats(): ClassStats {
    return classStats(this.items, this.played(), [...this.seats.values()], [...this.answers.values()]);
  }

  report(): { name: string; csv: string } {
    const date = new Date(this.record.createdAt).toISOString().slice(0, 10);
    const title = `Sourced class ${this.code}, ${formatDate(date)}: ${this.record.pack.title}`;
    return { name: `sourced-class-${this.code}-${date}.csv`, csv: reportCsv(this.stats(), { labels: VERDICT_LABEL, title }) };
  }

  /** What the server needs to bring the session back as it was. */
  snapshot(phase: Phase = this.record.phase, index = this.record.index): ResumeSnapshot {
    return {
      code: this.code,
      options: this.record.options,
      order: this.record.order,
      phase,
      index,
      seats: [...this.seats.values()].map(({ id, nickname, keyHash, removed }) => ({ id, nickname, keyHash, removed })),
      answers: [...this.answers.values()],
    };
  }
}

/** Saves text as a file. */
export function download(name: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
