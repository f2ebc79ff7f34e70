/**
 * The page's side of the live check: at most one check in flight, and only the newest document
 * waits behind it (typing fast never queues stale checks). Sources are sent only when they
 * change. Without workers (a very old browser, a blocked script), the check runs on the page
 * (suggestions, which need the draft generator, are then not offered).
 */
import { checkDoc, type CheckResult } from '../../core/studio/check';
import type { Suggestion } from '../../core/studio/suggestions';
import type { StudioDoc } from '../../core/studio/types';
import type { FromWorker, ToWorker } from './protocol';

export interface Checker {
  check(doc: StudioDoc): void;
  suggest(doc: StudioDoc, today: string): Promise<Suggestion[]>;
}

export function createChecker(onResult: (result: CheckResult, doc: StudioDoc, ms: number) => void, onError: (message: string) => void): Checker {
  let rev = 0;
  let inFlight: { rev: number; doc: StudioDoc } | null = null;
  let waiting: StudioDoc | null = null;
  let sentSources: unknown = null;
  let worker: Worker | null = null;
  let suggester: Worker | null | undefined;
  const pendingSuggest = new Map<number, { resolve(s: Suggestion[]): void; reject(e: Error): void }>();

  const start = (): Worker | null => {
    try {
      return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'studio-check' });
    } catch {
      return null;
    }
  };
  worker = start();

  const send = (doc: StudioDoc) => {
    rev++;
    inFlight = { rev, doc };
    if (!worker) {
      const r = rev;
      setTimeout(() => {
        const t = performance.now();
        const result = checkDoc(doc);
        receive({ type: 'checked', rev: r, result, ms: performance.now() - t });
      }, 0);
      return;
    }
    const { sources, ...rest } = doc;
    const same = sources === sentSources;
    sentSources = sources;
    const msg: ToWorker = { type: 'check', rev, doc: rest, sources: same ? null : sources };
    worker.postMessage(msg);
  };

  const receive = (m: FromWorker) => {
    if (m.type === 'suggested' || (m.type === 'failed' && m.task === 'suggest')) {
      const p = pendingSuggest.get(m.rev);
      pendingSuggest.delete(m.rev);
      if (m.type === 'suggested') p?.resolve(m.suggestions);
      else p?.reject(new Error(m.message));
      return;
    }
    const done = inFlight;
    inFlight = null;
    if (m.type === 'checked' && done && m.rev === done.rev) onResult(m.result, done.doc, m.ms);
    if (m.type === 'failed') onError(m.message);
    if (waiting) {
      const next = waiting;
      waiting = null;
      send(next);
    }
  };
  worker?.addEventListener('message', (e: MessageEvent<FromWorker>) => receive(e.data));
  worker?.addEventListener('error', (e) => {
    e.preventDefault();
    // The worker script could not run: check on the page from now on.
    worker = null;
    sentSources = null;
    const again = inFlight?.doc ?? waiting;
    inFlight = null;
    waiting = null;
    if (again) send(again);
  });

  let suggestRev = 0;
  return {
    check(doc) {
      if (inFlight) waiting = doc;
      else send(doc);
    },
    suggest(doc, today) {
      // A worker of its own: drafting takes a second or two, and checks must not wait for it.
      if (suggester === undefined) {
        suggester = start();
        suggester?.addEventListener('message', (e: MessageEvent<FromWorker>) => receive(e.data));
      }
      const id = ++suggestRev;
      // The draft generator stays out of the page's code: without workers there are no suggestions.
      if (!suggester) return Promise.reject(new Error('this browser does not run the studio’s worker, which suggestions need'));
      const w = suggester;
      return new Promise<Suggestion[]>((resolve, reject) => {
        pendingSuggest.set(id, { resolve, reject });
        w.postMessage({ type: 'suggest', rev: id, doc, today } satisfies ToWorker);
      });
    },
  };
}
