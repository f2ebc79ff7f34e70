/**
 * A tiny additive synthesiser that renders Sourced's sounds to PCM.
 *
 * Why synthesise: the project may not download sounds, and rendering in the browser means
 * the sounds cost no bytes on the wire (only this module, loaded lazily with Howler) while
 * `tools/make-sounds.ts` renders the very same code to .wav files people can listen to.
 *
 * Pure TypeScript: no DOM, no Web Audio, no Howler, so it runs identically in Node tests.
 * Deterministic: noise comes from a seeded generator, so the same build always makes the
 * same bytes.
 */
import type { Cue, SoundName } from './cues.ts';
import { encodeWav } from './wav.ts';
import { createRng } from '../core/random.ts';

export { encodeWav } from './wav.ts';

const TAU = Math.PI * 2;

/** Cues are short and bright: full bandwidth matters more than size. */
export const CUE_RATE = 44100;
/** The music is a soft, low pad: half the rate keeps the decoded buffer small. */
export const MUSIC_RATE = 22050;

/** Cues peak at about −3 dBFS: loud enough, with headroom for overlapping cues. */
export const CUE_PEAK_DB = -3;
/** Music sits well under the cues so it never competes with feedback. */
export const MUSIC_PEAK_DB = -12;

/** 80 BPM, four bars of 4/4: 12 s, an exact number of samples at MUSIC_RATE. */
const MUSIC_BEAT = 0.75;
export const MUSIC_SECONDS = MUSIC_BEAT * 16;

export interface Rendered {
  name: SoundName;
  sampleRate: number;
  samples: Float32Array;
  /** True for the music: the buffer is meant to repeat end-to-start. */
  loop: boolean;
}

/** One note: a sum of harmonics under a click-free envelope, optionally gliding in pitch. */
export interface Voice {
  /** Start time, seconds (may be negative for the music: it wraps round the loop). */
  at: number;
  /** Total length including the release, seconds; the envelope reaches zero exactly here. */
  dur: number;
  /** Frequency at the start, Hz. */
  freq: number;
  /** Frequency at the end, Hz (exponential glide); defaults to `freq`. */
  to?: number;
  amp: number;
  /** Raised-cosine rise, seconds. Never zero: an instant start is an audible click. */
  attack?: number;
  /** Raised-cosine fall to silence at the end, seconds. */
  release?: number;
  /** Exponential decay time constant after the attack; omit for a sustained note. */
  decay?: number;
  /** Weights of harmonics 1, 2, 3…; defaults to a pure sine. */
  partials?: readonly number[];
  /** Gentle pitch wobble, for held notes. */
  vibrato?: { rate: number; cents: number };
}

/** Band-passed noise whose centre frequency sweeps: whooshes and ticks. */
export interface Noise {
  at: number;
  dur: number;
  amp: number;
  attack: number;
  release: number;
  /** Centre frequency at start and end, Hz. */
  from: number;
  to: number;
  /** Filter damping: 2 is broad and airy, 0.3 is narrow and pitched. */
  damping: number;
  seed: number;
}

/** A seeded generator, uniform in [0, 1): the domain's mulberry32 started from `seed` itself. */
export function seededRandom(seed: number): () => number {
  return createRng({ s: seed }).next;
}

/**
 * Envelope at time t of a note lasting dur: raised-cosine attack and release (smooth in
 * value and slope, so no clicks) around an optional exponential decay. Zero at both ends.
 */
function envelope(t: number, dur: number, attack: number, release: number, decay?: number): number {
  if (t <= 0 || t >= dur) return 0;
  let e = 1;
  if (t < attack) e *= 0.5 - 0.5 * Math.cos((Math.PI * t) / attack);
  if (decay !== undefined && t > attack) e *= Math.exp(-(t - attack) / decay);
  const left = dur - t;
  if (left < release) e *= 0.5 - 0.5 * Math.cos((Math.PI * left) / release);
  return e;
}

/**
 * Writes sample i of a sound that starts at `start` into buf. With `wrap`, samples past
 * either end come round to the other end: that is what makes the music loop seamless, since
 * the tails of the last chord are already present under the first.
 */
function mix(buf: Float32Array, index: number, value: number, wrap: boolean): void {
  const n = buf.length;
  if (wrap) buf[((index % n) + n) % n] += value;
  else if (index >= 0 && index < n) buf[index] += value;
}

/** One cycle of a harmonic sum, for table lookup: far cheaper than a sine per partial. */
const TABLE_SIZE = 4096;
const tables = new Map<string, Float32Array>();

function waveTable(partials: readonly number[], count: number): Float32Array {
  const key = partials.slice(0, count).join(',');
  let table = tables.get(key);
  if (!table) {
    table = new Float32Array(TABLE_SIZE + 1); // one guard sample so interpolation never wraps
    for (let i = 0; i <= TABLE_SIZE; i++) {
      for (let k = 0; k < count; k++) table[i] += partials[k] * Math.sin((TAU * (k + 1) * i) / TABLE_SIZE);
    }
    tables.set(key, table);
  }
  return table;
}

export function addVoice(buf: Float32Array, rate: number, v: Voice, wrap = false): void {
  const start = Math.round(v.at * rate);
  const count = Math.round(v.dur * rate);
  const attack = v.attack ?? 0.005;
  const release = v.release ?? 0.05;
  const partials = v.partials ?? [1];
  const to = v.to ?? v.freq;
  const glide = to / v.freq;
  // Harmonics at or above ~0.45 × rate would fold back as inharmonic whistles: drop them.
  const top = Math.max(v.freq, to) * (v.vibrato ? Math.pow(2, v.vibrato.cents / 1200) : 1);
  let harmonics = 0;
  while (harmonics < partials.length && (harmonics + 1) * top < rate * 0.45) harmonics++;
  const table = waveTable(partials, harmonics);
  const n = buf.length;
  // Where sample 0 of the voice lands; with wrap it is folded into the buffer once, then
  // stepped, which is cheaper than a modulo per sample.
  let at = wrap ? ((start % n) + n) % n : start;
  // The exponential decay is stepped by a constant factor rather than an exp() per sample.
  const decayStep = v.decay === undefined ? 1 : Math.exp(-1 / (v.decay * rate));
  let decayed = 1;
  let phase = 0; // in cycles, [0, 1)
  for (let i = 0; i < count; i++, at++) {
    if (at >= n) {
      if (!wrap) break;
      at -= n;
    }
    const t = i / rate;
    let f = glide === 1 ? v.freq : v.freq * Math.pow(glide, t / v.dur);
    if (v.vibrato) f *= Math.pow(2, (v.vibrato.cents / 1200) * Math.sin(TAU * v.vibrato.rate * t));
    const x = phase * TABLE_SIZE;
    const j = x | 0;
    const s = table[j] + (table[j + 1] - table[j]) * (x - j);
    let e = decayed;
    if (t < attack) e = 0.5 - 0.5 * Math.cos((Math.PI * t) / attack);
    else decayed *= decayStep;
    const left = v.dur - t;
    if (left < release) e *= 0.5 - 0.5 * Math.cos((Math.PI * left) / release);
    if (at >= 0) buf[at] += v.amp * e * s;
    // Accumulating phase (rather than sin(2πft)) keeps glides and vibrato continuous.
    phase += f / rate;
    phase -= Math.floor(phase);
  }
}

export function addNoise(buf: Float32Array, rate: number, n: Noise, wrap = false): void {
  const start = Math.round(n.at * rate);
  const count = Math.round(n.dur * rate);
  const random = seededRandom(n.seed);
  const sweep = n.to / n.from;
  // Chamberlin state-variable filter: two integrators, cheap and stable well below rate/6.
  let low = 0;
  let band = 0;
  for (let i = 0; i < count; i++) {
    const t = i / rate;
    const centre = Math.min(n.from * Math.pow(sweep, t / n.dur), rate / 7);
    const f = 2 * Math.sin((Math.PI * centre) / rate);
    const high = random() * 2 - 1 - low - n.damping * band;
    band += f * high;
    low += f * band;
    mix(buf, start + i, n.amp * envelope(t, n.dur, n.attack, n.release) * band, wrap);
  }
}

export function peak(samples: Float32Array): number {
  let p = 0;
  for (let i = 0; i < samples.length; i++) p = Math.max(p, Math.abs(samples[i]));
  return p;
}

/** Scales so the loudest sample sits at `db` dBFS (a uniform gain keeps loops seamless). */
export function normalise(samples: Float32Array, db: number): Float32Array {
  const p = peak(samples);
  if (p > 0) {
    const gain = Math.pow(10, db / 20) / p;
    for (let i = 0; i < samples.length; i++) samples[i] *= gain;
  }
  return samples;
}

// ---------------------------------------------------------------------------------------
// The cues. Frequencies are equal-tempered notes; comments say what each should feel like.

const NOTE = {
  C3: 130.81, D3: 146.83, E3: 164.81, F2: 87.31, G2: 98, A2: 110, G3: 196, A3: 220, B3: 246.94,
  C4: 261.63, D4: 293.66, E4: 329.63, G4: 392, B4: 493.88,
  C5: 523.25, E5: 659.25, G5: 783.99, A5: 880, C6: 1046.5, E6: 1318.51,
  C7: 2093, E7: 2637.02, G7: 3135.96,
};

/** Bell-like: a strong fundamental, a little octave and twelfth for sparkle. */
const BELL = [1, 0.28, 0.1, 0.04];
/** Warm and round, for the gentle "not quite" tone: almost a sine. */
const WARM = [1, 0.18, 0.06];
/** The "not quite" tone: warm, but with enough second harmonic to carry on phone speakers,
 * which hardly reproduce its 250–330 Hz fundamental. */
const LOW = [1, 0.35, 0.1, 0.04];
/** Brassy but soft, for the fanfare: harmonics falling off like a muted horn. */
const HORN = [1, 0.55, 0.35, 0.2, 0.12, 0.06];

interface Recipe {
  voices: Voice[];
  noises: Noise[];
  /** Peak level when it should sit under the others; defaults to CUE_PEAK_DB. */
  peakDb?: number;
}

const RECIPES: Record<Cue, () => Recipe> = {
  // A soft wooden tick: acknowledges the choice without judging it.
  answer: () => ({
    voices: [
      { at: 0, dur: 0.07, freq: 1400, to: 1000, amp: 1, attack: 0.002, decay: 0.014, release: 0.03, partials: [1, 0, 0.12] },
    ],
    noises: [{ at: 0, dur: 0.025, amp: 0.5, attack: 0.001, release: 0.02, from: 3200, to: 2400, damping: 0.8, seed: 11 }],
    // Heard on every answer, right before the verdict: it should be felt more than heard.
    peakDb: -6,
  }),
  // Two bright bell notes a fifth apart, rising: clearly "yes".
  right: () => ({
    voices: [
      { at: 0, dur: 0.45, freq: NOTE.A5, amp: 0.8, attack: 0.004, decay: 0.16, release: 0.12, partials: BELL },
      { at: 0.1, dur: 0.62, freq: NOTE.E6, amp: 0.8, attack: 0.004, decay: 0.24, release: 0.18, partials: BELL },
      // An inharmonic partial (×2.76, as in a real bell) that fades fast adds shimmer.
      { at: 0.1, dur: 0.3, freq: NOTE.E6 * 2.76, amp: 0.08, attack: 0.004, decay: 0.06, release: 0.1 },
    ],
    noises: [],
  }),
  // A low, warm tone sliding down a fourth: "not quite", never a buzzer. Learners get this
  // one often, so it must not sting.
  wrong: () => ({
    voices: [
      { at: 0, dur: 0.5, freq: NOTE.E4, to: NOTE.B3, amp: 0.8, attack: 0.02, decay: 0.35, release: 0.22, partials: LOW },
      { at: 0, dur: 0.5, freq: NOTE.E4 / 2, to: NOTE.B3 / 2, amp: 0.3, attack: 0.03, decay: 0.35, release: 0.22 },
    ],
    noises: [],
    // A sustained low tone carries more energy than a decaying bell at the same peak:
    // 2 dB down keeps it no louder than "right".
    peakDb: -5,
  }),
  // An airy whoosh swelling up, with a few high glints as the evidence appears.
  reveal: () => ({
    voices: [NOTE.C7, NOTE.E7, NOTE.G7].map((freq, i) => ({
      at: 0.16 + i * 0.06, dur: 0.34, freq, amp: 0.07, attack: 0.01, decay: 0.1, release: 0.12,
    })),
    noises: [{ at: 0, dur: 0.55, amp: 1, attack: 0.22, release: 0.3, from: 400, to: 2800, damping: 1.4, seed: 23 }],
  }),
  // A quick rising major arpeggio: a small pat on the back, lighter than "finish".
  streak: () => ({
    voices: [NOTE.C5, NOTE.E5, NOTE.G5, NOTE.C6].map((freq, i) => ({
      at: i * 0.07, dur: 0.38, freq, amp: 0.55, attack: 0.004, decay: 0.12, release: 0.12, partials: BELL,
    })),
    noises: [],
  }),
  // A short soft fanfare: three pick-up notes into a held major chord.
  finish: () => ({
    voices: [
      ...[NOTE.G4, NOTE.C5, NOTE.E5].map((freq, i) => ({
        at: i * 0.14, dur: 0.17, freq, amp: 0.5, attack: 0.015, release: 0.06, partials: HORN,
      })),
      { at: 0.42, dur: 0.95, freq: NOTE.G5, amp: 0.5, attack: 0.02, decay: 0.9, release: 0.4, partials: HORN, vibrato: { rate: 5.5, cents: 8 } },
      ...[NOTE.C4, NOTE.E4, NOTE.G4].map((freq) => ({
        at: 0.42, dur: 0.95, freq, amp: 0.22, attack: 0.03, decay: 0.9, release: 0.4, partials: WARM,
      })),
    ],
    noises: [],
  }),
};

function lengthOf(r: Recipe): number {
  return Math.max(...r.voices.map((v) => v.at + v.dur), ...r.noises.map((n) => n.at + n.dur));
}


/**
 * The music: a calm loop, I–vi–IV–V pad chords (Cmaj7, Am7, Fmaj7, G6) with a soft bass note per bar
 * and a quiet plucked eighth-note pulse. Every note is mixed with wrap-around into a buffer
 * exactly one loop long, so tails that run past the end sound under the beginning and the
 * loop has no seam.
 */
function musicVoices(): Voice[] {
  const voices: Voice[] = [];
  const bar = MUSIC_BEAT * 4;
  const chords = [
    [NOTE.C3, NOTE.G3, NOTE.B3, NOTE.E4],
    [NOTE.A2 * 2, NOTE.E3, NOTE.G3, NOTE.C4],
    [NOTE.F2 * 2, NOTE.C3, NOTE.E3, NOTE.A3],
    [NOTE.G2 * 2, NOTE.D3, NOTE.B3, NOTE.D4],
  ];
  const roots = [NOTE.C3 / 2, NOTE.A2, NOTE.F2, NOTE.G2];
  const pulse = [0, 2, 1, 3, 2, 1, 3, 2];
  chords.forEach((chord, b) => {
    const t0 = b * bar;
    for (const freq of chord) {
      // Two voices detuned by ±4 cents beat slowly against each other: a warm, moving pad.
      for (const cents of [-4, 4]) {
        voices.push({
          at: t0 - 0.4, dur: bar + 1.2, freq: freq * Math.pow(2, cents / 1200), amp: 0.09,
          attack: 1.0, release: 1.2, partials: WARM,
        });
      }
    }
    voices.push({ at: t0, dur: bar, freq: roots[b], amp: 0.3, attack: 0.03, decay: 1.2, release: 0.8, partials: [1, 0.15] });
    pulse.forEach((k, i) => {
      voices.push({
        at: t0 + i * (MUSIC_BEAT / 2), dur: 0.6, freq: chord[k] * 2, amp: i % 2 ? 0.07 : 0.1,
        attack: 0.006, decay: 0.18, release: 0.2, partials: [1, 0.2],
      });
    });
  });
  return voices;
}

/** Everything needed to render one sound: rendering is mixing its parts, then normalising. */
interface Plan {
  name: SoundName;
  rate: number;
  /** Length in samples. */
  length: number;
  loop: boolean;
  peakDb: number;
  parts: Array<(buf: Float32Array) => void>;
}

function plan(name: SoundName): Plan {
  if (name === 'music') {
    return {
      name, rate: MUSIC_RATE, length: Math.round(MUSIC_SECONDS * MUSIC_RATE), loop: true, peakDb: MUSIC_PEAK_DB,
      parts: musicVoices().map((v) => (buf: Float32Array) => addVoice(buf, MUSIC_RATE, v, true)),
    };
  }
  const recipe = RECIPES[name]();
  return {
    name, rate: CUE_RATE, length: Math.ceil(lengthOf(recipe) * CUE_RATE), loop: false,
    peakDb: recipe.peakDb ?? CUE_PEAK_DB,
    parts: [
      ...recipe.voices.map((v) => (buf: Float32Array) => addVoice(buf, CUE_RATE, v)),
      ...recipe.noises.map((n) => (buf: Float32Array) => addNoise(buf, CUE_RATE, n)),
    ],
  };
}

function result(p: Plan, samples: Float32Array): Rendered {
  return { name: p.name, sampleRate: p.rate, samples: normalise(samples, p.peakDb), loop: p.loop };
}

export function renderSound(name: SoundName): Rendered {
  const p = plan(name);
  const samples = new Float32Array(p.length);
  for (const part of p.parts) part(samples);
  return result(p, samples);
}

/**
 * The same samples as `renderSound`, but calling `pause` whenever a slice has run for
 * `sliceMs`, so a page can yield to input and animation: the music takes ~50–300 ms to
 * render, far too long for one task while the game is on screen. (One part, a single
 * note, takes a few milliseconds at most.)
 */
export async function renderSoundSliced(
  name: SoundName,
  pause: () => Promise<void>,
  sliceMs = 8,
): Promise<Rendered> {
  const p = plan(name);
  const samples = new Float32Array(p.length);
  let sliceStart = performance.now();
  for (const part of p.parts) {
    part(samples);
    if (performance.now() - sliceStart > sliceMs) {
      await pause();
      sliceStart = performance.now();
    }
  }
  return result(p, samples);
}

/** Renders a sound straight to the bytes of a 16-bit mono WAV file. */
export function renderWav(name: SoundName): Uint8Array<ArrayBuffer> {
  const r = renderSound(name);
  return encodeWav(r.samples, r.sampleRate);
}
