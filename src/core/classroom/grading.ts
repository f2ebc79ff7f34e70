/**
 * Grading a class: every student's answer to an item is graded with the solo game's rules
 * (`recordAnswer`: the same points, streaks and confidence stakes), item after item in play
 * order. The server grades at each reveal; the host's browser and the report grade the same
 * log again with the same code, so their figures agree.
 */
import type { CompiledItem, CompiledPack } from '../pack/types.ts';
import { INITIAL_SCORE, recordAnswer, type AnswerRecord, type ScoreState } from '../session/index.ts';
import type { LoggedAnswer } from './protocol.ts';

/** A student's graded answers and running score. */
export interface Graded {
  score: ScoreState;
  /** In play order; items the student did not answer have no record. */
  records: AnswerRecord[];
}

export const ungraded = (): Graded => ({ score: { ...INITIAL_SCORE }, records: [] });

/** Grades one answer into `g` (an item without an answer is skipped: no points, streak kept). */
export function gradeInto(g: Graded, item: CompiledItem, answer: Pick<LoggedAnswer, 'verdict' | 'confidence'>): AnswerRecord {
  const { answer: record, after } = recordAnswer(item, answer.verdict, answer.confidence, g.score);
  g.records.push(record);
  g.score = after;
  return record;
}

/** The items of a round, by position, from the pack; throws if the pack lacks one. */
export function itemsInOrder(pack: CompiledPack, order: readonly string[]): CompiledItem[] {
  const byId = new Map(pack.items.map((it) => [it.id, it]));
  return order.map((id) => {
    const item = byId.get(id);
    if (!item) throw new Error(`The item "${id}" is not in the pack "${pack.id}".`);
    return item;
  });
}

/** The last answer of each seat to each item: `byIndex[i].get(seat)`. Later entries win. */
export function latestAnswers(answers: readonly LoggedAnswer[], length: number): Map<string, LoggedAnswer>[] {
  const byIndex = Array.from({ length }, () => new Map<string, LoggedAnswer>());
  for (const a of answers) byIndex[a.index]?.set(a.seat, a);
  return byIndex;
}

/** Grades the first `played` items of the round for every seat that answered any of them. */
export function gradeLog(items: readonly CompiledItem[], played: number, answers: readonly LoggedAnswer[]): Map<string, Graded> {
  const byIndex = latestAnswers(answers, items.length);
  const graded = new Map<string, Graded>();
  for (let i = 0; i < Math.min(played, items.length); i++) {
    for (const [seat, a] of byIndex[i]!) {
      let g = graded.get(seat);
      if (!g) graded.set(seat, (g = ungraded()));
      gradeInto(g, items[i]!, a);
    }
  }
  return graded;
}
