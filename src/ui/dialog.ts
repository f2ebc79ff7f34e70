/**
 * Modal dialogs on the native <dialog> (the page behind becomes inert), with a Tab trap
 * inside as well, Escape to close, and focus given back to the opener.
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
  opener?: HTMLElement | null;
  onClose?: () => void;
}): DialogHandle {
  open?.close();
  const titleId = nextId('dlg');
  const body = h('div', { class: 'dialog-body' });
  const closeBtn = h('button', { type: 'button', class: 'btn' }, icon('cross'), 'Close');
  const dialog = h(
    'dialog',
    { 'aria-labelledby': titleId, class: opts.className },
    h(
      'div',
      { class: 'dialog-head' },
      h(
        'div',
        null,
        opts.eyebrow ? h('p', { class: 'eyebrow', text: opts.eyebrow }) : null,
        h('h2', { id: titleId, tabindex: '-1', text: opts.title }),
      ),
      closeBtn,
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
    if (back && back.isConnected) back.focus();
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

export function isDialogOpen(): boolean {
  return open !== null;
}

export function closeDialog(): void {
  open?.close();
}
