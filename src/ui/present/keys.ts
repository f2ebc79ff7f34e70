/**
 * The presenter's keys. A presentation clicker sends Page Down / Page Up (some send the arrow
 * keys, and "." or B for a black screen), so those move the presentation on and back wherever
 * the focus is, except that typing in a field keeps its own keys.
 */
import type { Verdict } from '../../core/pack/types';

export type Command =
  | { type: 'forward' }
  | { type: 'back' }
  | { type: 'blank' }
  | { type: 'fullscreen' }
  | { type: 'timer' }
  | { type: 'help' }
  /** 1 2 3: a hand more for a verdict (Shift: a hand less), or the current team's answer. */
  | { type: 'vote'; verdict: Verdict; remove: boolean }
  /** 0: clears the current team's answer. */
  | { type: 'clear' };

const DIGIT_VERDICT: Record<string, Verdict> = {
  Digit1: 'claim',
  Numpad1: 'claim',
  Digit2: 'verified-fact',
  Numpad2: 'verified-fact',
  Digit3: 'disputed',
  Numpad3: 'disputed',
};

/** The command a key press means, or null for the page to handle it as usual. */
export function commandOf(e: Pick<KeyboardEvent, 'key' | 'code' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey' | 'target'>): Command | null {
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  const t = e.target as HTMLElement | null;
  const typing = !!t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) && !/^(checkbox|radio|button)$/.test((t as HTMLInputElement).type ?? '');
  const onControl = !!t?.closest?.('button, a[href], input, select, textarea, summary, [role="button"]');
  // A clicker's keys work from anywhere, even a field; the other keys only outside fields.
  if (e.key === 'PageDown') return { type: 'forward' };
  if (e.key === 'PageUp') return { type: 'back' };
  if (typing) return null;
  switch (e.key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return { type: 'forward' };
    case 'ArrowLeft':
    case 'ArrowUp':
      return { type: 'back' };
    case ' ':
    case 'Enter':
      // On a button, Space and Enter press it.
      return onControl ? null : { type: 'forward' };
    case 'Backspace':
      return { type: 'back' };
    case 'b':
    case 'B':
    case '.':
      return { type: 'blank' };
    case 'f':
    case 'F':
      return { type: 'fullscreen' };
    case 't':
    case 'T':
      return { type: 'timer' };
    case '?':
    case 'h':
    case 'H':
      return { type: 'help' };
    case '0':
      return { type: 'clear' };
  }
  const verdict = DIGIT_VERDICT[e.code];
  return verdict ? { type: 'vote', verdict, remove: e.shiftKey } : null;
}

/** The keys, for the help and the setup screen. */
export const KEY_HELP: ReadonlyArray<[keys: string[], what: string]> = [
  [['→', 'Page Down', 'Space'], 'next (a clicker’s forward button)'],
  [['←', 'Page Up'], 'back'],
  [['1', '2', '3'], 'a hand more for Claim, Verified fact, Disputed (Shift: a hand less); with teams, the highlighted team’s answer'],
  [['0'], 'clear the highlighted team’s answer'],
  [['T'], 'start or pause the discussion timer'],
  [['B'], 'blank the screen, and back'],
  [['F'], 'full screen, and back'],
  [['?'], 'these keys'],
];
