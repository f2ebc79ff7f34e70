/**
 * The game's only door to sound. Scenes and UI call `audio.play('right')` and push settings
 * in; they never touch Howler, so tests and audio-less environments swap in the fake.
 *
 * This module is in the initial bundle and is deliberately tiny: Howler and the
 * synthesiser load lazily (see `howler-backend.ts`) on the first `unlock()` or audible
 * `play()`, so sound costs nothing before the first quote (issue 4's byte budget).
 */
import type { Cue } from './cues.ts';
import type { Backend } from './howler-backend.ts';

export interface AudioSettings {
  muted: boolean;
  /** Master volume, 0..1. */
  volume: number;
  /** Whether the background music loop is wanted. */
  music: boolean;
}

export interface AudioService {
  /** Plays a cue, or silently does nothing (muted, audio blocked, still loading, failed). */
  play(cue: Cue): void;
  setVolume(volume: number): void;
  setMuted(muted: boolean): void;
  setMusic(on: boolean): void;
  /**
   * Call from the first user gesture (click, tap, key): browsers keep audio suspended until
   * one happens. Loads the sounds when the page is next idle (or at once if a cue is played
   * first); resolves when they are ready or have failed. Never rejects.
   */
  unlock(): Promise<void>;
  /** Stops everything and frees the sounds; later calls do nothing. */
  dispose(): void;
  settings(): Readonly<AudioSettings>;
  /** The most recent cues that were actually sent to the speakers (oldest first, capped). */
  played(): readonly Cue[];
}

export const DEFAULT_SETTINGS: Readonly<AudioSettings> = { muted: false, volume: 0.8, music: false };

/**
 * Histories are capped: a class can play hundreds of rounds in one page, and an unbounded
 * log would be a slow leak (issue 4 measures heap over 300 rounds).
 */
const HISTORY = 50;

function remember<T>(list: T[], item: T): void {
  list.push(item);
  if (list.length > HISTORY) list.splice(0, list.length - HISTORY);
}

function clampVolume(volume: number, fallback: number): number {
  return Number.isFinite(volume) ? Math.min(1, Math.max(0, volume)) : fallback;
}

function audible(s: AudioSettings): boolean {
  return !s.muted && s.volume > 0;
}

// ---------------------------------------------------------------------------------------

export interface FakeCall {
  method: 'play' | 'setVolume' | 'setMuted' | 'setMusic' | 'unlock' | 'dispose';
  arg?: Cue | number | boolean;
}

export interface FakeAudio extends AudioService {
  /** Every call made, in order (capped like `played`). */
  readonly calls: readonly FakeCall[];
}

/** Records instead of playing: for unit tests, and for pages where audio is unavailable. */
export function createFakeAudio(options: { initial?: Partial<AudioSettings> } = {}): FakeAudio {
  const settings: AudioSettings = { ...DEFAULT_SETTINGS, ...options.initial };
  const calls: FakeCall[] = [];
  const played: Cue[] = [];
  let disposed = false;
  const record = (call: FakeCall): boolean => {
    if (disposed) return false;
    remember(calls, call);
    return true;
  };
  return {
    calls,
    play(cue) {
      if (record({ method: 'play', arg: cue }) && audible(settings)) remember(played, cue);
    },
    setVolume(volume) {
      if (record({ method: 'setVolume', arg: volume })) settings.volume = clampVolume(volume, settings.volume);
    },
    setMuted(muted) {
      if (record({ method: 'setMuted', arg: muted })) settings.muted = muted;
    },
    setMusic(on) {
      if (record({ method: 'setMusic', arg: on })) settings.music = on;
    },
    unlock() {
      record({ method: 'unlock' });
      return Promise.resolve();
    },
    dispose() {
      record({ method: 'dispose' });
      disposed = true;
    },
    settings: () => ({ ...settings }),
    played: () => [...played],
  };
}

// ---------------------------------------------------------------------------------------

export interface HowlerAudioOptions {
  initial?: Partial<AudioSettings>;
  /** Where the single "no sound" notice goes; console.warn by default. */
  warn?: (message: string, error?: unknown) => void;
}

/**
 * A cue asked for while the sounds are still being prepared is played late only if it is
 * still fresh: a "right" chime half a second after the reveal would feel like a glitch.
 */
const PENDING_MS = 250;

/**
 * `unlock()` is called on the first gesture, which may well be the click that opens the
 * first quote: loading then would put Howler and the synth among the bytes fetched before
 * the first quote is answerable (issue 4). No cue is needed that early, so wait for idle.
 */
function whenIdle(fn: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 2000 });
  else setTimeout(fn, 300);
}

/** The real thing: Howler, loaded and fed rendered WAVs on first need. */
export function createHowlerAudio(options: HowlerAudioOptions = {}): AudioService {
  const settings: AudioSettings = { ...DEFAULT_SETTINGS, ...options.initial };
  const played: Cue[] = [];
  const report = options.warn ?? ((message, error) => console.warn(message, error ?? ''));
  let backend: Backend | null = null;
  let loading: Promise<void> | null = null;
  let disposed = false;
  let warned = false;
  let pending: { cue: Cue; at: number } | null = null;

  // One notice per page, then silence: a blocked or broken audio stack is not an error the
  // player can act on, and the game must go on without it.
  const warn = (message: string, error?: unknown): void => {
    if (warned) return;
    warned = true;
    try {
      report(`[audio] ${message}; continuing without sound`, error);
    } catch {
      /* a broken logger must not break the game either */
    }
  };

  const guard = (what: string, fn: () => void): void => {
    if (disposed) return;
    try {
      fn();
    } catch (error) {
      warn(`${what} failed`, error);
    }
  };

  const send = (cue: Cue): void => {
    if (backend?.play(cue)) remember(played, cue);
  };

  const load = (): Promise<void> => {
    loading ??= import('./howler-backend.ts')
      .then((m) => m.createBackend(warn))
      .then((b) => {
        if (disposed) return b.dispose();
        backend = b;
        backend.apply(settings);
        const late = pending;
        pending = null;
        if (late && audible(settings) && performance.now() - late.at < PENDING_MS) send(late.cue);
      })
      .catch((error: unknown) => warn('could not start', error));
    return loading;
  };

  const apply = (): void => guard('applying settings', () => backend?.apply(settings));

  return {
    play(cue) {
      guard(`playing ${cue}`, () => {
        // Muted players never download the sound code at all.
        if (!audible(settings)) return;
        if (backend) send(cue);
        else {
          pending = { cue, at: performance.now() };
          void load();
        }
      });
    },
    setVolume(volume) {
      settings.volume = clampVolume(volume, settings.volume);
      apply();
    },
    setMuted(muted) {
      settings.muted = muted;
      apply();
    },
    // Settings never trigger loading: they are applied at start-up from the save, before
    // any gesture, and must not pull Howler into the first download.
    setMusic(on) {
      settings.music = on;
      apply();
    },
    unlock() {
      if (disposed) return Promise.resolve();
      // Already loaded: this gesture is the chance to start a context the browser held back.
      guard('unlocking', () => backend?.resume());
      if (backend || loading) return (loading ?? Promise.resolve()).then(() => undefined);
      return new Promise<void>((resolve) => whenIdle(resolve))
        .then(() => (disposed ? undefined : load()))
        .then(() => guard('unlocking', () => backend?.resume()));
    },
    dispose() {
      guard('disposing', () => backend?.dispose());
      disposed = true;
      backend = null;
      pending = null;
    },
    settings: () => ({ ...settings }),
    played: () => [...played],
  };
}
