/**
 * Joining: the class code (filled in from the QR code's `?code=`) and a nickname, a friendly
 * generated one by default. Mistakes are said next to the field they concern.
 */
import { CODE_LENGTH, normalizeCode } from '../../core/classroom/code';
import { checkNickname, friendlyNickname, NICKNAME_MAX } from '../../core/classroom/nickname';
import { h, nextId } from '../dom';
import type { Screen } from '../screens/types';

export interface EntryProps {
  code: string;
  onJoin(code: string, nickname: string, generated: boolean): Promise<void>;
}

export interface EntryScreen extends Screen {
  /** An error from the server, on one field. */
  fail(field: 'code' | 'nickname', message: string): void;
  /** A fresh generated nickname (the one offered was taken). */
  regenerate(): string;
}

function field(label: string, input: HTMLInputElement, hint: string, beside?: HTMLElement): { wrap: HTMLElement; error: HTMLElement } {
  const hintId = nextId('hint');
  const errorId = nextId('error');
  const error = h('p', { class: 'field-error', id: errorId, role: 'alert' });
  input.setAttribute('aria-describedby', `${hintId} ${errorId}`);
  const wrap = h('div', { class: 'field' }, h('label', { for: input.id, text: label }), beside ? h('div', { class: 'field-row' }, input, beside) : input, h('p', { class: 'hint', id: hintId, text: hint }), error);
  return { wrap, error };
}

export function entryScreen(p: EntryProps): EntryScreen {
  const headingId = nextId('join');
  const heading = h('h1', { id: headingId, tabindex: '-1', text: 'Join a class' });
  let generated = true;
  const codeInput = h('input', { id: nextId('code'), name: 'code', class: 'code-input', type: 'text', inputmode: 'text', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', maxlength: String(CODE_LENGTH + 2), value: p.code, required: true });
  const nickInput = h('input', { id: nextId('nick'), name: 'nickname', type: 'text', autocomplete: 'off', maxlength: String(NICKNAME_MAX + 8), value: friendlyNickname(Math.random), required: true });
  nickInput.addEventListener('input', () => (generated = false));
  const another = h('button', { type: 'button', class: 'btn', on: { click: () => void regenerate() } }, 'Another name');
  const code = field('Class code', codeInput, 'The letters on your teacher’s screen.');
  const nick = field('Your nickname', nickInput, 'No real name needed: the class sees it on the board.', another);
  const submit = h('button', { type: 'submit', class: 'btn primary big' }, 'Join');

  function regenerate(): string {
    nickInput.value = friendlyNickname(Math.random);
    generated = true;
    return nickInput.value;
  }
  function fail(which: 'code' | 'nickname', message: string): void {
    const f = which === 'code' ? code : nick;
    f.error.textContent = message;
    const input = which === 'code' ? codeInput : nickInput;
    input.setAttribute('aria-invalid', 'true');
    input.focus();
  }
  function clear(): void {
    for (const [f, input] of [[code, codeInput], [nick, nickInput]] as const) {
      f.error.textContent = '';
      input.removeAttribute('aria-invalid');
    }
  }

  const form = h(
    'form',
    {
      class: 'join-form card',
      novalidate: true,
      on: {
        submit: (e: Event) => {
          e.preventDefault();
          clear();
          const c = normalizeCode(codeInput.value);
          if (!c) return fail('code', `A class code has ${CODE_LENGTH} letters, like KXR TM.`);
          const n = checkNickname(nickInput.value);
          if (!n.ok) return fail('nickname', n.message);
          submit.disabled = true;
          submit.textContent = 'Joining…';
          p.onJoin(c, n.nickname, generated).finally(() => {
            submit.disabled = false;
            submit.textContent = 'Join';
          });
        },
      },
    },
    code.wrap,
    nick.wrap,
    submit,
  );
  const root = h('section', { class: 'screen class-screen class-entry', 'data-screen': 'class-entry', 'aria-labelledby': headingId }, heading, form);
  return { root, heading, fail, regenerate };
}
