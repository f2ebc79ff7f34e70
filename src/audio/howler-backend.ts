/**
 * The Howler side of the audio service, loaded only by a dynamic import from
 * `service.ts`: Howler and the synthesiser land in their own lazy chunk, out of the
 * initial download. Unit tests never import this file (Howler under Node has no codecs).
 *
 * Each sound is rendered in the page, wrapped as a WAV Blob URL and handed to a Howl with
 * `format: ['wav']` (a Blob URL has no extension for Howler to guess from).
 */
import { Howl, Howler } from 'howler';
import { CUES, type Cue } from './cues.ts';
import type { AudioSettings } from './service.ts';
import { encodeWav, renderSoundSliced, type Rendered } from './synth.ts';

export interface Backend {
  /** True when the cue was handed to Howler. */
  play(cue: Cue): boolean;
  apply(settings: Readonly<AudioSettings>): void;
  /** Retry starting the AudioContext; call from a user gesture. */
  resume(): void;
  dispose(): void;
}

/** The music's gain under the master volume: background, never competing with the cues. */
const MUSIC_LEVEL = 0.5;
const FADE_IN_MS = 1500;
const FADE_OUT_MS = 600;

/** Yields to the event loop so rendering never blocks the page for long in one go. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function createBackend(warn: (message: string, error?: unknown) => void): Promise<Backend> {
  if (Howler.noAudio || !Howler.codecs('wav')) throw new Error('this browser reports no WAV playback');

  const urls: string[] = [];
  const make = (r: Rendered): Howl => {
    const { name, loop } = r;
    const blob = new Blob([encodeWav(r.samples, r.sampleRate)], { type: 'audio/wav' });
    const url = URL.createObjectURL(blob);
    urls.push(url);
    return new Howl({
      src: [url],
      format: ['wav'],
      loop,
      volume: loop ? 0 : 1,
      onloaderror: (_id, error) => warn(`could not decode "${name}"`, error),
      onplayerror: (_id, error) => warn(`could not play "${name}"`, error),
    });
  };

  const cues = new Map<Cue, Howl>();
  for (const cue of CUES) {
    cues.set(cue, make(await renderSoundSliced(cue, nextTask)));
    await nextTask(); // encoding and handing over to Howler is a task of its own
  }

  let settings: Readonly<AudioSettings> = { muted: false, volume: 1, music: false };
  let music: Howl | null = null;
  let musicRendering = false;
  let disposed = false;
  let musicId: number | undefined;
  let stopTimer: ReturnType<typeof setTimeout> | undefined;
  let everRan = false;

  // Before the first gesture the context is suspended and Howler would queue cues and play
  // them all at once on unlock: stale feedback. Drop cues until the context has run once;
  // after that, a suspension is Howler's own idle auto-suspend, which it resumes quickly.
  const contextReady = (): boolean => {
    const ctx = Howler.ctx;
    if (!Howler.usingWebAudio || !ctx) return true;
    if (ctx.state === 'running') everRan = true;
    return everRan;
  };

  // Inside a click or key handler the browser will let the context start, so a cue asked
  // for right now can wait the few milliseconds for it (Howler queues it until 'resume').
  const inGesture = (): boolean =>
    (navigator as { userActivation?: { isActive: boolean } }).userActivation?.isActive === true;

  const resume = (): void => {
    const ctx = Howler.ctx;
    if (ctx && ctx.state !== 'running' && typeof ctx.resume === 'function') {
      ctx.resume().then(syncMusic, () => undefined);
    }
  };

  const musicWanted = (): boolean =>
    settings.music && !settings.muted && settings.volume > 0 && !document.hidden;

  function syncMusic(): void {
    if (musicWanted()) {
      clearTimeout(stopTimer);
      if (!music) {
        // Rendered only the first time music is wanted (most players never turn it on), in
        // slices so the game keeps its frame rate meanwhile.
        if (!musicRendering) {
          musicRendering = true;
          renderSoundSliced('music', nextTask)
            .then((r) => {
              if (disposed) return;
              music = make(r);
              syncMusic();
            })
            .catch((error: unknown) => warn('could not make the music', error));
        }
        return;
      }
      if (musicId === undefined || !music.playing(musicId)) musicId = music.play(musicId);
      music.fade(music.volume(musicId) as number, MUSIC_LEVEL, FADE_IN_MS, musicId);
    } else if (music && musicId !== undefined && music.playing(musicId)) {
      const m = music;
      const id = musicId;
      m.fade(m.volume(id) as number, 0, FADE_OUT_MS, id);
      clearTimeout(stopTimer);
      // Pause (not stop) so turning music back on continues the phrase.
      stopTimer = setTimeout(() => musicWanted() || m.pause(id), FADE_OUT_MS + 50);
    }
  }

  // A hidden tab should not keep playing music to an empty room.
  const onVisibility = (): void => {
    try {
      syncMusic();
    } catch (error) {
      warn('music failed', error);
    }
  };
  document.addEventListener('visibilitychange', onVisibility);

  return {
    play(cue) {
      const howl = cues.get(cue);
      if (!howl || settings.muted || settings.volume <= 0) return false;
      if (!contextReady()) {
        resume();
        if (!inGesture()) return false;
      }
      howl.play();
      return true;
    },
    apply(next) {
      settings = { ...next };
      Howler.volume(settings.volume);
      Howler.mute(settings.muted);
      syncMusic();
    },
    resume,
    dispose() {
      disposed = true;
      clearTimeout(stopTimer);
      document.removeEventListener('visibilitychange', onVisibility);
      for (const howl of cues.values()) howl.unload();
      music?.unload();
      for (const url of urls) URL.revokeObjectURL(url);
    },
  };
}
