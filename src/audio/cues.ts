/**
 * The names of Sourced's sounds. Kept in their own tiny module so the always-loaded
 * service and the lazily-loaded synthesiser agree on them without importing each other.
 */

/** Short cues the game plays on events. */
export const CUES = ['answer', 'right', 'wrong', 'reveal', 'streak', 'finish'] as const;
export type Cue = (typeof CUES)[number];

/** Everything the synthesiser can render: the cues plus the optional music loop. */
export type SoundName = Cue | 'music';
export const SOUNDS: readonly SoundName[] = [...CUES, 'music'];

export function isCue(value: unknown): value is Cue {
  return typeof value === 'string' && (CUES as readonly string[]).includes(value);
}
