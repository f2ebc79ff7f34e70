/**
 * Setting up a class: the pack (built in, opened in this browser, or a file), the options a
 * teacher expects (how many questions, the quote on students' devices, a timer, confidence,
 * the leaderboard), and the sessions of the past with their reports.
 */
import { DEFAULT_OPTIONS, TIMER_CHOICES, type ClassMode, type ClassOptions } from '../../core/classroom/protocol';
import { unreviewedItemIds } from '../../core/pack/review';
import type { CompiledPack } from '../../core/pack/types';
import { playableCount, QUICK_ROUND_SIZE } from '../../core/session/index';
import { h, icon, nextId, panel } from '../dom';
import { formatDate, plural, shortQuote } from '../labels';
import type { PackIssueView } from '../packs';
import type { Screen } from '../screens/types';
import type { SessionRecord } from './log';

export interface SetupProps {
  packs: Array<{ pack: CompiledPack; builtin: boolean }>;
  selectedId: string | null;
  /** No classroom server answers: setting up is shown, opening the class is not possible. */
  serverProblem: string | null;
  /** The outcome of the last file opened, or of the server refusing the pack. */
  problems: { title: string; errors: PackIssueView[] } | null;
  notice: string | null;
  /** The options the teacher chose last (kept when opening the class failed). */
  initial: ClassOptions | null;
  sessions: SessionRecord[];
  /** False when the browser cannot keep the log (IndexedDB unavailable). */
  durable: boolean;
  onFile(file: File): void;
  onOpen(pack: CompiledPack, options: ClassOptions): void;
  onResume(id: string): void;
  onReport(id: string): void;
  onDelete(id: string): void;
}

export function unreviewedTag(pack: CompiledPack): HTMLElement | null {
  const n = unreviewedItemIds(pack).length;
  if (n === 0) return null;
  return h('span', { class: 'tag unreviewed', text: n === pack.items.length ? 'Not reviewed: a draft' : `Not reviewed: ${n} of ${plural(pack.items.length, 'question')}` });
}

export function problemList(title: string, errors: readonly PackIssueView[]): HTMLElement {
  return h(
    'div',
    { class: 'errors', role: 'alert' },
    h('h3', null, icon('cross'), title),
    h(
      'ol',
      { 'aria-label': 'Problems in the pack' },
      errors.slice(0, 50).map((e) => h('li', null, e.path ? h('code', { class: 'path', text: e.path }) : null, e.path ? ': ' : '', e.message, e.line ? h('span', { class: 'muted', text: ` (line ${e.line})` }) : null)),
    ),
    errors.length > 50 ? h('p', { text: `…and ${errors.length - 50} more.` }) : null,
  );
}

export function setupScreen(p: SetupProps): Screen {
  const headingId = nextId('host');
  const heading = h('h1', { id: headingId, tabindex: '-1', text: 'Host a live class' });
  let selected = p.packs.find((x) => x.pack.id === p.selectedId)?.pack ?? p.packs[0]?.pack ?? null;

  // ----- the pack -----
  const packsId = nextId('packs');
  const packList = h('ul', { class: 'pack-list', role: 'list' });
  for (const { pack, builtin } of p.packs) {
    const id = nextId('pack');
    const radio = h('input', { type: 'radio', name: 'host-pack', id, value: pack.id, on: { change: () => choosePack(pack) } });
    radio.checked = pack === selected;
    packList.append(
      h(
        'li',
        { class: 'pack' },
        radio,
        h(
          'div',
          { class: 'pack-body' },
          h('label', { for: id, text: pack.title }),
          h('p', { class: 'pack-meta' }, h('span', { text: plural(pack.items.length, 'question') }), h('span', { text: `updated ${formatDate(pack.updated)}` }), h('span', { class: 'tag', text: builtin ? 'Built in' : 'Opened in this browser' }), unreviewedTag(pack)),
        ),
      ),
    );
  }
  const fileId = nextId('file');
  const file = h('input', {
    type: 'file',
    id: fileId,
    accept: '.json,application/json',
    on: {
      change: () => {
        const f = file.files?.[0];
        file.value = '';
        if (f) p.onFile(f);
      },
    },
  });

  // ----- the options -----
  const radio = (name: string, value: string, label: string, checked: boolean, hint?: string) => {
    const id = nextId(name);
    const input = h('input', { type: 'radio', name, id, value });
    input.checked = checked;
    return { input, el: h('div', { class: 'choice' }, input, h('label', { for: id }, label, hint ? h('span', { class: 'muted', text: ` — ${hint}` }) : null)) };
  };
  const check = (label: string, checked: boolean, hint: string) => {
    const id = nextId('opt');
    const hintId = nextId('hint');
    const input = h('input', { type: 'checkbox', id, 'aria-describedby': hintId });
    input.checked = checked;
    return { input, el: h('div', { class: 'choice' }, input, h('label', { for: id, text: label }), h('p', { class: 'hint', id: hintId, text: hint })) };
  };
  const init = p.initial ?? DEFAULT_OPTIONS;
  const n = () => (selected ? playableCount(selected.items) : 0);
  const quick = radio('mode', 'quick', 'Quick round', init.mode === 'quick');
  const whole = radio('mode', 'whole', 'Whole pack', init.mode === 'whole');
  const chosen = radio('mode', 'chosen', 'Questions I choose', init.mode === 'chosen');
  const quickHint = h('span', { class: 'muted' });
  const wholeHint = h('span', { class: 'muted' });
  quick.el.querySelector('label')!.append(quickHint);
  whole.el.querySelector('label')!.append(wholeHint);
  const itemBox = h('fieldset', { class: 'item-choice' }, h('legend', { text: 'The questions to ask' }));
  itemBox.hidden = init.mode !== 'chosen';
  for (const r of [quick, whole, chosen]) r.input.addEventListener('change', () => (itemBox.hidden = !chosen.input.checked));

  const showQuote = check('Show the quote on students’ devices', init.showQuote, 'Each device shows the quote, speaker and source too (for screen readers and large text). Off: devices show only the three answers; everyone reads the board.');
  const confidence = check('Ask how sure they are', init.askConfidence, '“Sure” earns more when right and costs points when wrong: an honest bet.');
  const leaderboard = check('Show a leaderboard (top 5)', init.leaderboard, 'Points only, never speed. Off by default: the class discusses the evidence, not the ranking.');
  const timerId = nextId('timer');
  const timer = h('select', { id: timerId }, TIMER_CHOICES.map((s) => h('option', { value: String(s), text: s === 0 ? 'No timer' : `${s} seconds` })));
  timer.value = String(init.timerSeconds);

  function choosePack(pack: CompiledPack): void {
    selected = pack;
    quickHint.textContent = ` — ${Math.min(QUICK_ROUND_SIZE, n())} questions, balanced across the verdicts`;
    wholeHint.textContent = ` — all ${plural(n(), 'question')}, shuffled`;
    itemBox.replaceChildren(h('legend', { text: 'The questions to ask' }), h('p', { class: 'hint', text: 'Questions of one group give each other away: the class gets one of them.' }));
    const list = h('ul', { class: 'item-list' });
    for (const it of pack.items) {
      const id = nextId('item');
      const box = h('input', { type: 'checkbox', id, value: it.id });
      box.checked = init.itemIds?.includes(it.id) ?? false;
      list.append(h('li', null, box, h('label', { for: id }, h('span', { text: shortQuote(it.quote.text, 120) }), h('span', { class: 'muted', text: ` — ${it.quote.speaker}` }))));
    }
    itemBox.append(list);
  }
  if (selected) choosePack(selected);

  const formError = h('p', { class: 'field-error', role: 'alert' });
  const openButton = h('button', { type: 'submit', class: 'btn primary big', disabled: !!p.serverProblem || !selected }, 'Open the class');
  const form = h(
    'form',
    {
      class: 'panel card host-setup',
      'aria-labelledby': headingId,
      on: {
        submit: (e: Event) => {
          e.preventDefault();
          if (!selected) return;
          const mode = ([quick, whole, chosen].find((r) => r.input.checked)?.input.value ?? 'quick') as ClassMode;
          const itemIds = [...itemBox.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
          if (mode === 'chosen' && itemIds.length === 0) {
            formError.textContent = 'Choose at least one question, or another kind of round.';
            return;
          }
          openButton.disabled = true;
          openButton.textContent = 'Opening the class…';
          p.onOpen(selected, {
            mode,
            ...(mode === 'chosen' ? { itemIds } : {}),
            showQuote: showQuote.input.checked,
            timerSeconds: Number(timer.value),
            askConfidence: confidence.input.checked,
            leaderboard: leaderboard.input.checked,
          });
        },
      },
    },
    h('fieldset', { class: 'packs-field' }, h('legend', { id: packsId, text: 'The pack' }), p.packs.length ? packList : h('p', { text: 'No packs yet: open a pack file.' }), h('p', null, h('label', { class: 'btn file-label', for: fileId }, icon('upload'), 'Open a pack file', file))),
    p.problems ? problemList(p.problems.title, p.problems.errors) : null,
    p.notice ? h('p', { class: 'ok-box', role: 'status', text: p.notice }) : null,
    h('fieldset', null, h('legend', { text: 'Questions' }), quick.el, whole.el, chosen.el, itemBox),
    h('fieldset', null, h('legend', { text: 'Options' }), showQuote.el, confidence.el, leaderboard.el, h('div', { class: 'choice' }, h('label', { for: timerId, text: 'Time to answer' }), timer, h('p', { class: 'hint', text: 'Off by default: judgement, not speed. With a timer, answers close by themselves.' }))),
    formError,
    h('div', { class: 'actions' }, openButton),
  );

  const root = h(
    'section',
    { class: 'screen host-screen', 'data-screen': 'host-setup', 'aria-labelledby': headingId },
    heading,
    h('p', { class: 'lead', text: 'Students join on their own devices with a code; you lead from this screen, on the projector. The server grades; nobody sees the answer before you reveal it.' }),
    p.serverProblem
      ? h('div', { class: 'notice error', role: 'alert' }, h('p', null, h('strong', null, 'No classroom server. '), p.serverProblem, ' Start one with ', h('code', null, 'npm start'), ' on a computer of the school network, then open this page at the address it prints.'))
      : null,
    p.durable ? null : h('p', { class: 'notice', role: 'status', text: 'This browser cannot keep the class’s answers after the page closes: download the report before closing it.' }),
    form,
    sessionsPanel(p),
  );
  return { root, heading };
}

function sessionsPanel(p: SetupProps): HTMLElement | null {
  if (p.sessions.length === 0) return null;
  return panel(
    'Your sessions',
    'host-sessions',
    h('p', { class: 'hint', text: 'Kept in this browser only. Each report is a spreadsheet (CSV) of every answer.' }),
    h(
      'ul',
      { class: 'session-list' },
      p.sessions.map((s) => {
        const when = new Date(s.createdAt);
        const label = `${s.pack.title}, ${when.toLocaleDateString()} ${when.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`;
        return h(
          'li',
          null,
          h('span', { class: 'session-name' }, h('strong', { text: s.pack.title }), h('span', { class: 'muted', text: ` · ${when.toLocaleString()} · code ${s.code}${s.phase === 'summary' || s.closed ? '' : ' · not finished'}` })),
          h(
            'span',
            { class: 'session-actions' },
            !s.closed && s.phase !== 'summary' ? h('button', { type: 'button', class: 'btn', 'aria-label': `Resume ${label}`, on: { click: () => p.onResume(s.id) } }, 'Resume') : null,
            h('button', { type: 'button', class: 'btn', 'aria-label': `Download the report of ${label}`, on: { click: () => p.onReport(s.id) } }, 'Report (CSV)'),
            h('button', { type: 'button', class: 'btn quiet', 'aria-label': `Delete ${label}`, on: { click: () => p.onDelete(s.id) } }, icon('trash'), 'Delete'),
          ),
        );
      }),
    ),
  );
}
