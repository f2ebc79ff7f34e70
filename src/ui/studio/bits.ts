/** Small pieces the studio's views share: labelled fields with counters, downloads, file reading. */
import { codePoints } from '../../core/pack/index';
import { append, h, nextId, type Child } from '../dom';

/** "312 / 800", turning to a warning at 80 % and an error past the limit. */
export function counter(value: string, max: number, id?: string): HTMLElement {
  const el = h('span', { class: 'counter', 'aria-live': 'off', ...(id ? { id } : {}) });
  setCounter(el, value, max);
  return el;
}

export function setCounter(el: HTMLElement, value: string, max: number): void {
  const n = codePoints(value);
  el.textContent = `${n} / ${max}`;
  el.classList.toggle('near', n >= max * 0.8 && n <= max);
  el.classList.toggle('over', n > max);
  el.setAttribute('aria-label', n > max ? `${n} characters: ${n - max} over the limit of ${max}` : `${n} of ${max} characters`);
}

export interface FieldOptions {
  label: string;
  value: string;
  /** Input type, or 'textarea'. */
  type?: string;
  max?: number;
  hint?: string;
  placeholder?: string;
  fk: string;
  onInput(value: string): void;
  onChange?(value: string): void;
  /** Extra attributes (autocomplete, list, …). */
  attrs?: Record<string, string>;
  invalid?: boolean;
  describedBy?: string;
}

/** A labelled input or textarea with an optional hint and length counter. */
export function field(o: FieldOptions): { root: HTMLElement; input: HTMLInputElement | HTMLTextAreaElement } {
  const id = nextId('f');
  const hintId = o.hint ? nextId('hint') : undefined;
  const countId = o.max ? nextId('count') : undefined;
  const described = [hintId, countId, o.describedBy].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    'data-fk': o.fk,
    'aria-describedby': described,
    'aria-invalid': o.invalid ? 'true' : undefined,
    placeholder: o.placeholder,
    ...(o.attrs ?? {}),
  };
  const input = o.type === 'textarea' ? h('textarea', { ...common, rows: '4' }) : h('input', { ...common, type: o.type ?? 'text' });
  input.value = o.value;
  const count = o.max ? counter(o.value, o.max, countId) : null;
  input.addEventListener('input', () => {
    if (count && o.max) setCounter(count, input.value, o.max);
    o.onInput(input.value);
  });
  if (o.onChange) input.addEventListener('change', () => o.onChange!(input.value));
  const root = h(
    'div',
    { class: 'field' },
    h('div', { class: 'field-head' }, h('label', { for: id, text: o.label }), count),
    input,
    o.hint ? h('p', { class: 'hint', id: hintId, text: o.hint }) : null,
  );
  return { root, input };
}

/** Downloads text as a file. */
export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file input inside its label, styled as a button; calls back with the files chosen. */
export function fileButton(label: string, accept: string, multiple: boolean, onFiles: (files: File[]) => void, fk: string): HTMLElement {
  const input = h('input', {
    type: 'file',
    accept,
    multiple,
    'data-fk': fk,
    on: {
      change: () => {
        const files = [...(input.files ?? [])];
        input.value = '';
        if (files.length) onFiles(files);
      },
    },
  });
  return h('label', { class: 'btn file-label' }, label, input);
}

export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A quote in one line for lists, cut at about `max` characters. */
export function oneLine(text: string, max = 90): string {
  const t = text.replace(/\s+/g, ' ').trim();
  const points = [...t];
  return points.length <= max ? t : `${points.slice(0, max - 1).join('')}…`;
}

/** `replaceChildren` that skips null, false and nested lists, as `h()` does. */
export function fill(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}
