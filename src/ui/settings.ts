/** The settings dialog: sound, volume, music, motion, text size, contrast, confidence, shortcuts. */
import type { Settings, SettingsStore } from '../state/settings';
import { openDialog } from './dialog';
import { h, nextId } from './dom';

export function openSettings(store: SettingsStore, systemReduced: boolean, opener: HTMLElement | null): void {
  const { body, dialog } = openDialog({ title: 'Settings', opener, className: 'settings-dialog', onClose: () => unsub() });
  dialog.setAttribute('data-screen-dialog', 'settings');
  const s = () => store.getState();
  const form = h('form', { class: 'settings-form', on: { submit: (e: Event) => e.preventDefault() } });

  const checkbox = (key: keyof Settings, label: string, desc: string, get: () => boolean, set: (v: boolean) => void) => {
    const id = nextId('set');
    const descId = `${id}-d`;
    const input = h('input', { type: 'checkbox', id, 'aria-describedby': descId, on: { change: () => set(input.checked) } });
    input.checked = get();
    form.appendChild(h('div', { class: 'setting', 'data-key': key }, h('label', { for: id, text: label }), input, h('p', { class: 'desc', id: descId, text: desc })));
    return () => {
      input.checked = get();
    };
  };

  const range = (
    key: keyof Settings,
    label: string,
    min: number,
    max: number,
    stepN: number,
    get: () => number,
    set: (v: number) => void,
    fmt: (v: number) => string,
  ) => {
    const id = nextId('set');
    const out = h('output', { for: id, 'aria-hidden': 'true' });
    const input = h('input', {
      type: 'range',
      id,
      min: String(min),
      max: String(max),
      step: String(stepN),
      on: {
        input: () => {
          set(Number(input.value));
        },
      },
    });
    const sync = () => {
      input.value = String(get());
      out.textContent = fmt(get());
      input.setAttribute('aria-valuetext', fmt(get()));
    };
    sync();
    form.appendChild(h('div', { class: 'setting', 'data-key': key }, h('label', { for: id, text: label }), out, input));
    return sync;
  };

  const syncs = [
    checkbox('sound', 'Sound', 'Short sounds for answers, results and streaks.', () => s().sound, (v) => s().update({ sound: v })),
    range('volume', 'Volume', 0, 100, 5, () => Math.round(s().volume * 100), (v) => s().update({ volume: v / 100 }), (v) => `${v}%`),
    checkbox('music', 'Music', 'A quiet music loop while you play.', () => s().music, (v) => s().update({ music: v })),
    checkbox(
      'reducedMotion',
      'Reduce motion',
      systemReduced ? 'Your system asks for less motion, so this starts on.' : 'Turns off the moving background, bursts and shakes.',
      () => (s().reducedMotion === 'system' ? systemReduced : s().reducedMotion === 'on'),
      (v) => s().update({ reducedMotion: v === systemReduced ? 'system' : v ? 'on' : 'off' }),
    ),
    range('textSize', 'Text size', 100, 200, 10, () => s().textSize, (v) => s().update({ textSize: v }), (v) => `${v}%`),
    checkbox('highContrast', 'High contrast', 'Black on white with stronger borders.', () => s().highContrast, (v) => s().update({ highContrast: v })),
    checkbox(
      'askConfidence',
      'Ask how sure I am',
      'Say "sure" or "not sure" with each answer: sure and right earns more, sure and wrong costs points. Applies to the next round.',
      () => s().askConfidence,
      (v) => s().update({ askConfidence: v }),
    ),
    checkbox(
      'keyboardShortcuts',
      'Keyboard shortcuts',
      'Keys 1, 2, 3 answer; Enter or N goes to the next question. Turn off if your assistive technology sends these keys.',
      () => s().keyboardShortcuts,
      (v) => s().update({ keyboardShortcuts: v }),
    ),
  ];
  body.appendChild(form);

  const keysId = nextId('keys');
  body.appendChild(
    h(
      'section',
      { 'aria-labelledby': keysId },
      h('h3', { id: keysId, text: 'Keyboard shortcuts' }),
      h(
        'dl',
        { class: 'shortcuts' },
        h('dt', null, h('kbd', null, '1')), h('dd', null, 'Claim'),
        h('dt', null, h('kbd', null, '2')), h('dd', null, 'Verified fact'),
        h('dt', null, h('kbd', null, '3')), h('dd', null, 'Disputed'),
        h('dt', null, h('kbd', null, 'S'), ' / ', h('kbd', null, 'U')), h('dd', null, 'Sure / Not sure (when asked)'),
        h('dt', null, h('kbd', null, 'Enter'), ' / ', h('kbd', null, 'N')), h('dd', null, 'Next question'),
        h('dt', null, h('kbd', null, 'Esc')), h('dd', null, 'Close a dialog'),
        h('dt', null, h('kbd', null, 'Tab')), h('dd', null, 'Move between controls'),
      ),
    ),
  );

  const unsub = store.subscribe(() => syncs.forEach((f) => f()));
}
