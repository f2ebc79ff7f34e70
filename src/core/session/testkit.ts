/**
 * Builds small, structurally valid compiled packs for tests (unit tests, UI stories).
 * Not used by the game itself.
 */
import type { CompiledItem, CompiledPack, Verdict } from '../pack/types.ts';

export interface TestItemSpec {
  id?: string;
  verdict: Verdict;
  difficulty?: 1 | 2 | 3;
  skill?: string;
  group?: string;
}

/** A pack with one source and one item per spec; quotes and evidence point into the source. */
export function makeTestPack(specs: readonly TestItemSpec[], id = 'test-pack'): CompiledPack {
  const lines = specs.map((_, i) => `Sentence number ${i} of the test source.`);
  const text = lines.join('\n\n');
  let offset = 0;
  const items: CompiledItem[] = specs.map((s, i) => {
    const line = lines[i]!;
    const span = { start: offset, end: offset + line.length };
    offset += line.length + 2;
    const item: CompiledItem = {
      id: s.id ?? `item-${i}`,
      quote: { source: 'src', text: line, speaker: 'the reporter', span },
      verdict: s.verdict,
      explanation: `Item ${i} is a ${s.verdict}.`,
      evidence: [{ source: 'src', text: line, stance: 'context', span }],
    };
    if (s.difficulty !== undefined) item.difficulty = s.difficulty;
    if (s.skill !== undefined) item.skill = s.skill;
    if (s.group !== undefined) item.group = s.group;
    return item;
  });
  return {
    format: 'sourced-pack@1',
    id,
    title: `Test pack ${id}`,
    language: 'en',
    updated: '2026-11-23',
    sources: [{ id: 'src', title: 'Test source', outlet: 'Test Outlet', published: '2020', genre: 'other', text }],
    items,
  };
}

/** `n` items cycling through the verdicts and difficulties. */
export function makeBalancedSpecs(n: number): TestItemSpec[] {
  const verdicts: Verdict[] = ['claim', 'verified-fact', 'disputed'];
  return Array.from({ length: n }, (_, i) => ({
    verdict: verdicts[i % 3]!,
    difficulty: ((Math.floor(i / 3) % 3) + 1) as 1 | 2 | 3,
    skill: `skill-${i % 4}`,
  }));
}
