/** The messages between the studio page and its worker (worker.ts). */
import type { Source } from '../../core/pack/types';
import type { CheckResult } from '../../core/studio/check';
import type { Suggestion } from '../../core/studio/suggestions';
import type { StudioDoc } from '../../core/studio/types';

export type ToWorker =
  /** `sources` is null when they are the same as in the last check (the worker keeps them). */
  | { type: 'check'; rev: number; doc: Omit<StudioDoc, 'sources'>; sources: Source[] | null }
  | { type: 'suggest'; rev: number; doc: StudioDoc; today: string };

export type FromWorker =
  | { type: 'checked'; rev: number; result: CheckResult; ms: number }
  | { type: 'suggested'; rev: number; suggestions: Suggestion[]; ms: number }
  | { type: 'failed'; rev: number; task: 'check' | 'suggest'; message: string };
