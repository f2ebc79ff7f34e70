/**
 * Modal dialogs on the native <dialog> (the page behind becomes inert), with a Tab trap
 * inside as well, Escape to close, and focus given back to the opener.
 *
 * The Close button floats at the top right and stays there while the dialog scrolls; the
 * title flows beside and under it, so at any text size the title keeps the dialog's width
 * instead of being squeezed into a column one letter wide, and the text below is reachable.
 */
import { h, icon, nextId } from './dom';

export interface DialogHandle {
  dialog: HTMLDialogElement;
  body: HTMLElement;
  close(): void;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

let open: DialogHandle | null = null;

export function openDialog(opts: {
  title: string;
  /** Small line above the title. */
  eyebrow?: string;
  className?: string;
  /** The title's language when it is not the page's (a source's title, in the pack's language). */
  titleLang?: string;
  opener?: HTMLElement | null;
  onClose?: () => void;
}): DialogHandle {
  open?.close();
  const titleId = nextId('dlg');
  const body = h('div', { class: 'dialog-body' });
  const closeBtn = h('button', { type: 'button', class: 'btn dialog-close' }, icon('cross'), 'Close');
  const dialog = h(
    'dialog',
    { 'aria-labelledby': titleId, class: opts.className },
    closeBtn,
    h(
      'div',
      { class: 'dialog-head' },
      opts.eyebrow ? h('p', { class: 'eyebrow', text: opts.eyebrow }) : null,
      h('h2', { id: titleId, tabindex: '-1', lang: opts.titleLang, text: opts.title }),
    ),
    body,
  );
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    if (dialog.open) dialog.close();
    dialog.remove();
    document.getElementById('app')?.removeAttribute('inert');
    if (open === handle) open = null;
    opts.onClose?.();
    const back = opts.opener;
    if (back && back.isConnected) {
      back.focus();
      markReturned(back);
    }
  };
  closeBtn.addEventListener('click', close);
  dialog.addEventListener('cancel', (e) => {
    e.preventDefault();
    close();
  });
  dialog.addEventListener('close', close);
  dialog.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
      return;
    }
    if (e.key !== 'Tab') return;
    const items = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null || el === closeBtn);
    if (items.length === 0) return;
    const first = items[0]!;
    const last = items[items.length - 1]!;
    if (e.shiftKey && (document.activeElement === first || !dialog.contains(document.activeElement))) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  });
  // Clicking the backdrop (outside the box) closes too.
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) {
      const r = dialog.getBoundingClientRect();
      const inside = e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom;
      if (!inside) close();
    }
  });
  document.body.appendChild(dialog);
  // The page behind is inert anyway under a modal; saying so explicitly helps checkers and older browsers.
  document.getElementById('app')?.setAttribute('inert', '');
  dialog.showModal();
  closeBtn.focus();
  const handle: DialogHandle = { dialog, body, close };
  open = handle;
  return handle;
}

/**
 * The element focus was given back to when a dialog closed, until the player moves focus
 * (Tab, a click). A screen can tell "Enter on a button just reached" from "Enter on a button
 * the player came back to": after closing *Read in context*, Enter means Next, as the screen says.
 */
let returned: HTMLElement | null = null;

function markReturned(el: HTMLElement): void {
  returned = el;
  const clear = () => {
    if (returned === el) returned = null;
  };
  el.addEventListener('blur', clear, { once: true });
  el.addEventListener('pointerdown', clear, { once: true });
}

export function focusWasReturnedTo(el: EventTarget | null): boolean {
  return el !== null && el === returned && document.activeElement === el;
}

/**
 * Asks before something that cannot be undone: resolves true for `confirm`, false for
 * `cancel`, Close or Escape. Focus starts on `cancel`, the safe choice.
 */
export function confirmDialog(opts: {
  title: string;
  message: string;
  confirm: string;
  cancel: string;
  opener?: HTMLElement | null;
}): Promise<boolean> {
  return new Promise((resolve) => {
    let answer = false;
    const handle = openDialog({ title: opts.title, className: 'confirm-dialog', opener: opts.opener ?? null, onClose: () => resolve(answer) });
    const yes = h('button', { type: 'button', class: 'btn primary', on: { click: () => ((answer = true), handle.close()) } }, opts.confirm);
    const no = h('button', { type: 'button', class: 'btn', on: { click: () => handle.close() } }, opts.cancel);
    handle.body.append(h('p', { text: opts.message }), h('div', { class: 'actions' }, no, yes));
    no.focus();
  });
}

export function isDialogOpen(): boolean {
  return open !== null;
}

export function closeDialog(): void {
  open?.close();
}
