/**
 * The synthesiser, the WAV encoder and the fake audio service. The Howler implementation is
 * deliberately not imported: under Node Howler reports no codecs, and it is exercised in the
 * browser instead.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CUES, SOUNDS, isCue } from '../../src/audio/cues.ts';
import { createFakeAudio } from '../../src/audio/index.ts';
import {
  CUE_RATE,
  MUSIC_RATE,
  MUSIC_SECONDS,
  encodeWav,
  renderSound,
  renderSoundSliced,
  renderWav,
  seededRandom,
} from '../../src/audio/synth.ts';

interface Wav {
  riff: string;
  riffSize: number;
  wave: string;
  fmt: string;
  fmtSize: number;
  format: number;
  channels: number;
  sampleRate: number;
  byteRate: number;
  blockAlign: number;
  bits: number;
  data: string;
  dataSize: number;
  samples: Int16Array;
}

function parseWav(bytes: Uint8Array): Wav {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  const dataSize = view.getUint32(40, true);
  const samples = new Int16Array(dataSize / 2);
  for (let i = 0; i < samples.length; i++) samples[i] = view.getInt16(44 + i * 2, true);
  return {
    riff: text(0),
    riffSize: view.getUint32(4, true),
    wave: text(8),
    fmt: text(12),
    fmtSize: view.getUint32(16, true),
    format: view.getUint16(20, true),
    channels: view.getUint16(22, true),
    sampleRate: view.getUint32(24, true),
    byteRate: view.getUint32(28, true),
    blockAlign: view.getUint16(32, true),
    bits: view.getUint16(34, true),
    data: text(36),
    dataSize,
    samples,
  };
}

function peakDb(samples: Int16Array): number {
  let peak = 0;
  for (const s of samples) peak = Math.max(peak, Math.abs(s));
  return 20 * Math.log10(peak / 32767);
}

describe('encodeWav', () => {
  it('writes a canonical 16-bit mono PCM header', () => {
    const wav = parseWav(encodeWav(new Float32Array([0, 0.5, -0.5, 1, -1]), 22050));
    expect(wav).toMatchObject({
      riff: 'RIFF', riffSize: 36 + 10, wave: 'WAVE', fmt: 'fmt ', fmtSize: 16, format: 1,
      channels: 1, sampleRate: 22050, byteRate: 44100, blockAlign: 2, bits: 16, data: 'data', dataSize: 10,
    });
    // Math.round takes halves upwards: −0.5 × 32767 = −16383.5 → −16383.
    expect([...wav.samples]).toEqual([0, 16384, -16383, 32767, -32767]);
  });

  it('clamps out-of-range values and turns NaN into silence', () => {
    const wav = parseWav(encodeWav(new Float32Array([2, -2, Number.NaN]), 8000));
    expect([...wav.samples]).toEqual([32767, -32767, 0]);
  });
});

describe.each(SOUNDS)('sound "%s"', (name) => {
  const rendered = renderSound(name);
  const bytes = renderWav(name);
  const wav = parseWav(bytes);
  const isMusic = name === 'music';

  it('is a valid WAV whose sizes agree with each other and with the samples', () => {
    expect(wav.riff).toBe('RIFF');
    expect(wav.wave).toBe('WAVE');
    expect(wav.riffSize).toBe(bytes.length - 8);
    expect(wav.dataSize).toBe(bytes.length - 44);
    expect(wav).toMatchObject({ format: 1, channels: 1, bits: 16, blockAlign: 2 });
    expect(wav.sampleRate).toBe(isMusic ? MUSIC_RATE : CUE_RATE);
    expect(wav.byteRate).toBe(wav.sampleRate * 2);
    expect(wav.dataSize).toBe(rendered.samples.length * 2);
  });

  it('has the expected duration', () => {
    const seconds = wav.samples.length / wav.sampleRate;
    if (isMusic) {
      expect(wav.samples.length).toBe(MUSIC_SECONDS * MUSIC_RATE);
      expect(seconds).toBeGreaterThanOrEqual(8);
      expect(seconds).toBeLessThanOrEqual(16);
    } else {
      // Feedback must be short enough never to overlap the next action.
      expect(seconds).toBeGreaterThan(0.04);
      expect(seconds).toBeLessThan(1.5);
    }
  });

  it('has finite samples and a peak in range, without clipping', () => {
    expect(rendered.samples.every(Number.isFinite)).toBe(true);
    const db = peakDb(wav.samples);
    if (isMusic) {
      expect(db).toBeGreaterThan(-14);
      expect(db).toBeLessThan(-10);
    } else {
      expect(db).toBeGreaterThan(-6.5);
      expect(db).toBeLessThan(-2.5);
    }
  });

  it('is deterministic', () => {
    // Buffer comparison: a deep toEqual over half a megabyte takes seconds.
    expect(Buffer.from(renderWav(name)).equals(Buffer.from(bytes))).toBe(true);
  });

  if (!isMusic) {
    it('starts and ends at silence, so it cannot click', () => {
      const s = rendered.samples;
      expect(Math.abs(s[0])).toBeLessThan(1e-3);
      expect(Math.abs(s[s.length - 1])).toBeLessThan(1e-3);
    });
  }
});

describe('music loop', () => {
  it('joins end to start without a jump', () => {
    const s = parseWav(renderWav('music')).samples;
    const n = s.length;
    const seam = Math.abs(s[0] - s[n - 1]);
    // The step across the seam should look like any neighbouring step, not a click.
    let local = 0;
    for (let i = 1; i < 200; i++) {
      local = Math.max(local, Math.abs(s[i] - s[i - 1]), Math.abs(s[n - i] - s[n - i - 1]));
    }
    expect(seam).toBeLessThanOrEqual(local * 1.5 + 2);
    // And the slope carries on: the second difference across the seam is as small as nearby.
    const curve = Math.abs(s[1] - 2 * s[0] + s[n - 1]);
    let localCurve = 0;
    for (let i = 2; i < 200; i++) localCurve = Math.max(localCurve, Math.abs(s[i] - 2 * s[i - 1] + s[i - 2]));
    expect(curve).toBeLessThanOrEqual(localCurve * 1.5 + 2);
  });
});

describe('renderSoundSliced', () => {
  it('yields between slices and renders exactly what renderSound renders', async () => {
    let pauses = 0;
    const pause = () => {
      pauses++;
      return Promise.resolve();
    };
    // A zero budget forces a pause after every part.
    const sliced = await renderSoundSliced('music', pause, 0);
    expect(pauses).toBeGreaterThan(10);
    expect(Buffer.from(sliced.samples.buffer).equals(Buffer.from(renderSound('music').samples.buffer))).toBe(true);
    const cue = await renderSoundSliced('finish', pause, 0);
    expect(Buffer.from(cue.samples.buffer).equals(Buffer.from(renderSound('finish').samples.buffer))).toBe(true);
  });
});

describe('seededRandom', () => {
  it('repeats for a seed and differs between seeds', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const c = seededRandom(8);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('cue names', () => {
  it('lists the six cues and recognises them', () => {
    expect(CUES).toEqual(['answer', 'right', 'wrong', 'reveal', 'streak', 'finish']);
    expect(isCue('right')).toBe(true);
    expect(isCue('music')).toBe(false);
    expect(isCue(3)).toBe(false);
  });
});

describe('createFakeAudio', () => {
  it('records every call in order', async () => {
    const audio = createFakeAudio();
    await audio.unlock();
    audio.play('answer');
    audio.setVolume(0.3);
    audio.setMusic(true);
    expect(audio.calls).toEqual([
      { method: 'unlock' },
      { method: 'play', arg: 'answer' },
      { method: 'setVolume', arg: 0.3 },
      { method: 'setMusic', arg: true },
    ]);
    expect(audio.played()).toEqual(['answer']);
    expect(audio.settings()).toEqual({ muted: false, volume: 0.3, music: true });
  });

  it('honours mute and a zero volume', () => {
    const audio = createFakeAudio();
    audio.setMuted(true);
    audio.play('right');
    audio.setMuted(false);
    audio.setVolume(0);
    audio.play('wrong');
    audio.setVolume(1);
    audio.play('reveal');
    expect(audio.played()).toEqual(['reveal']);
    expect(audio.calls.filter((c) => c.method === 'play')).toHaveLength(3);
  });

  it('starts from given settings', () => {
    const audio = createFakeAudio({ initial: { muted: true } });
    audio.play('finish');
    expect(audio.played()).toEqual([]);
  });

  it('clamps the volume and ignores a non-number', () => {
    const audio = createFakeAudio();
    audio.setVolume(3);
    expect(audio.settings().volume).toBe(1);
    audio.setVolume(-1);
    expect(audio.settings().volume).toBe(0);
    audio.setVolume(Number.NaN);
    expect(audio.settings().volume).toBe(0);
  });

  it('caps its history so a long session does not leak', () => {
    const audio = createFakeAudio();
    for (let i = 0; i < 500; i++) audio.play(CUES[i % CUES.length]);
    expect(audio.played().length).toBeLessThanOrEqual(50);
    expect(audio.calls.length).toBeLessThanOrEqual(50);
    expect(audio.played().at(-1)).toBe(CUES[499 % CUES.length]);
  });

  it('does nothing after dispose', () => {
    const audio = createFakeAudio();
    audio.dispose();
    audio.play('streak');
    expect(audio.played()).toEqual([]);
    expect(audio.calls).toEqual([{ method: 'dispose' }]);
  });
});

describe('bundle shape', () => {
  // Howler and the synthesiser must stay out of the initial download (issue 4): only a
  // dynamic import may reach them from the modules the game imports eagerly.
  it.each(['index.ts', 'service.ts', 'cues.ts'])('%s has no static import of Howler or the synth', (file) => {
    const source = readFileSync(new URL(`../../src/audio/${file}`, import.meta.url), 'utf8');
    expect(source).not.toMatch(/^import\s+(?!type\b)[^;]*from\s+'(howler|\.\/synth\.ts|\.\/howler-backend\.ts)'/m);
    expect(source).not.toMatch(/^export\s+[^;]*from\s+'(howler|\.\/synth\.ts|\.\/howler-backend\.ts)'/m);
  });
});
