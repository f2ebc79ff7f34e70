/**
 * The stage's view of the stores: a small derived, read-only source (no second copy of the
 * game state — it is recomputed from the stores on every change and only the differences
 * are passed on).
 */
import type { StageScreen, StageSource, StageView } from '../../game/view';
import { balancedAccuracy, confusionMatrix } from '../../core/session/index';
import { motionReduced, type Stores } from '../../state/index';

/** Confetti is for a round that went well; a poor one ends quietly rather than with a party. */
export const CELEBRATE_FROM = 0.6;

export interface ViewSource extends StageSource {
  /** Recompute (e.g. after the system motion preference or the crash flag changed). */
  refresh(): void;
}

function same(a: StageView, b: StageView): boolean {
  return (
    a.screen === b.screen &&
    a.revealKey === b.revealKey &&
    a.result === b.result &&
    a.streak === b.streak &&
    a.finishKey === b.finishKey &&
    a.reducedMotion === b.reducedMotion &&
    a.highContrast === b.highContrast
  );
}

export function createViewSource(stores: Stores, systemReduced: () => boolean, crashed: () => boolean): ViewSource {
  const compute = (): StageView => {
    const g = stores.game.getState();
    const s = stores.settings.getState();
    const session = g.pack ? g.session : null;
    let screen: StageScreen = 'title';
    if (crashed()) screen = 'error';
    else if (session) screen = session.phase === 'question' ? 'round' : session.phase;
    const last = session?.answers[session.answers.length - 1];
    const inReveal = screen === 'reveal' && !!last;
    return {
      screen,
      revealKey: inReveal ? `${session!.id}:${session!.answers.length}` : null,
      result: inReveal ? (last!.correct ? 'right' : 'wrong') : null,
      streak: inReveal && g.lastEvent?.type === 'answered' && g.lastEvent.streakMilestone,
      finishKey:
        screen === 'summary' && session && !session.endedEarly && (balancedAccuracy(confusionMatrix(session.answers)) ?? 0) >= CELEBRATE_FROM
          ? session.id
          : null,
      reducedMotion: motionReduced(s.reducedMotion, systemReduced()),
      highContrast: s.highContrast,
    };
  };
  let current = compute();
  const listeners = new Set<(v: StageView, prev: StageView) => void>();
  const refresh = () => {
    const next = compute();
    if (same(next, current)) return;
    const prev = current;
    current = next;
    for (const l of listeners) {
      // The stage is decoration: a failure there must never stop the game's own updates.
      try {
        l(next, prev);
      } catch (e) {
        console.warn('[stage] listener failed', e);
      }
    }
  };
  stores.game.subscribe(refresh);
  stores.settings.subscribe(refresh);
  return {
    get: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refresh,
  };
}
