/**
 * The discussion timer: counts down from the length the teacher chose, shown large in the
 * corner of the vote and discussion screens. It never moves the presentation on by itself
 * (the teacher does); at zero it says "Time" and the page announces it once.
 */
import { h } from '../dom';

export interface DiscussionTimer {
  readonly el: HTMLElement;
  /** Back to the full length, running. */
  restart(): void;
  /** Pause, resume, or (at zero) start again. */
  toggle(): void;
  stop(): void;
}

export const clock = (s: number): string => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;

export function createTimer(seconds: number, onDone: () => void, now: () => number = () => performance.now()): DiscussionTimer {
  const text = h('span', { class: 'timer-time' });
  const state = h('span', { class: 'sr-only' });
  const el = h('p', { class: 'timer', role: 'timer', 'aria-label': 'Discussion timer' }, text, state);
  let endsAt = 0;
  let left = seconds * 1000;
  let running = false;
  let tick = 0;

  const paint = () => {
    const ms = running ? Math.max(0, endsAt - now()) : left;
    const s = Math.ceil(ms / 1000);
    text.textContent = s > 0 ? clock(s) : 'Time';
    el.classList.toggle('done', s === 0);
    el.classList.toggle('paused', !running && s > 0);
    state.textContent = !running && s > 0 ? ' (paused)' : '';
    if (running && ms === 0) {
      running = false;
      left = 0;
      window.clearInterval(tick);
      onDone();
    }
  };
  const run = () => {
    running = true;
    endsAt = now() + left;
    window.clearInterval(tick);
    tick = window.setInterval(paint, 250);
    paint();
  };
  const pause = () => {
    left = Math.max(0, endsAt - now());
    running = false;
    window.clearInterval(tick);
    paint();
  };
  paint();
  return {
    el,
    restart() {
      left = seconds * 1000;
      run();
    },
    toggle() {
      if (running) pause();
      else {
        if (left <= 0) left = seconds * 1000;
        run();
      }
    },
    stop() {
      window.clearInterval(tick);
      running = false;
    },
  };
}
