/**
 * 16-bit PCM mono WAV encoding. WAV because every browser decodes it without a codec
 * licence or a decoder library, and because the bytes never travel the network (they are
 * rendered in the page), so its size does not matter.
 */

const HEADER_BYTES = 44;

function ascii(view: DataView, offset: number, text: string): void {
  for (let i = 0; i < text.length; i++) view.setUint8(offset + i, text.charCodeAt(i));
}

/** Float samples in [−1, 1] to a complete RIFF/WAVE file (little-endian throughout). */
export function encodeWav(samples: Float32Array, sampleRate: number): Uint8Array<ArrayBuffer> {
  const dataBytes = samples.length * 2;
  const bytes = new Uint8Array(HEADER_BYTES + dataBytes);
  const view = new DataView(bytes.buffer);
  ascii(view, 0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true); // size of everything after this field
  ascii(view, 8, 'WAVE');
  ascii(view, 12, 'fmt ');
  view.setUint32(16, 16, true); // fmt chunk size for plain PCM
  view.setUint16(20, 1, true); // format 1 = integer PCM
  view.setUint16(22, 1, true); // channels: mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true); // byte rate = rate × channels × 2 bytes
  view.setUint16(32, 2, true); // block align = channels × 2 bytes
  view.setUint16(34, 16, true); // bits per sample
  ascii(view, 36, 'data');
  view.setUint32(40, dataBytes, true);
  for (let i = 0; i < samples.length; i++) {
    // Clamp (and turn a stray NaN into silence) before rounding to the 16-bit grid.
    const s = Math.max(-1, Math.min(1, samples[i] || 0));
    view.setInt16(HEADER_BYTES + i * 2, Math.round(s * 32767), true);
  }
  return bytes;
}
