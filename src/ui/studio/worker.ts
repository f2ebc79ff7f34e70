/**
 * The studio's worker: the validator (through the studio's check) and the draft generator run
 * here, so typing never waits for them. Pure core code; no DOM.
 */
import type { Source } from '../../core/pack/types';
import { checkDoc } from '../../core/studio/check';
import { suggestItems } from '../../core/studio/suggestions';
import type { FromWorker, ToWorker } from './protocol';

let sources: Source[] = [];

const post = (m: FromWorker) => (self as unknown as { postMessage(m: FromWorker): void }).postMessage(m);

self.addEventListener('message', (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  const t0 = performance.now();
  try {
    if (m.type === 'check') {
      if (m.sources) sources = m.sources;
      const result = checkDoc({ ...m.doc, sources });
      post({ type: 'checked', rev: m.rev, result, ms: performance.now() - t0 });
    } else if (m.type === 'suggest') {
      const suggestions = suggestItems(m.doc, { max: 40, today: m.today });
      post({ type: 'suggested', rev: m.rev, suggestions, ms: performance.now() - t0 });
    }
  } catch (err) {
    post({ type: 'failed', rev: m.rev, task: m.type, message: err instanceof Error ? err.message : String(err) });
  }
});
