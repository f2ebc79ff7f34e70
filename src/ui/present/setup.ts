/**
 * Setting up a presentation: the pack (built in, opened before, or opened here), which
 * questions, how the class answers (a show of hands, or teams with names and marks), and the
 * discussion timer. The draft lives in the app, so a re-render (a pack opened) keeps it.
 */
import { packIsDraft, unreviewedItemIds } from '../../core/pack/review';
import type { CompiledPack } from '../../core/pack/types';
import { DEFAULT_TEAM_NAMES, MAX_TEAM_NAME, MAX_TEAMS, MIN_TEAMS, TEAM_MARKS, TIMER_CHOICES, type Selection, type Voting } from '../../core/present/index';
import { playableCount, QUICK_ROUND_SIZE } from '../../core/session/index';
import { h, icon, nextId } from '../dom';
import { plural, shortQuote } from '../labels';
import type { Screen } from '../screens/types';
import { KEY_HELP } from './keys';
import { teamMark } from './marks';
import { clock } from './timer';

export interface SetupDraft {
  packId: string | null;
  selection: Selection;
  itemIds: string[];
  voting: Voting;
  teamCount: number;
  /** Always `MAX_TEAMS` long: names typed for teams not in play are kept. */
  teamNames: string[];
  timerSeconds: number;
}

export const emptyDraft = (packId: string | null): SetupDraft => ({
  packId,
  selection: 'quick',
  itemIds: [],
  voting: 'hands',
  teamCount: 4,
  teamNames: Array(MAX_TEAMS).fill(''),
  timerSeconds: 0,
});

export interface SetupProps {
  packs: Array<{ pack: CompiledPack; builtin: boolean }>;
  draft: SetupDraft;
  /** A message after opening a pack file, or why the presentation could not start. */
  message: { text: string; error: boolean } | null;
  busy: boolean;
  /** A change to the draft, made on the app's latest draft (several fields may change between renders). */
  onChange(patch: (draft: SetupDraft) => Partial<SetupDraft>, rerender: boolean): void;
  onFiles(files: File[]): void;
  onStart(): void;
}

export function setupScreen(p: SetupProps): Screen {
  const d = p.draft;
  const set = (patch: Partial<SetupDraft> | ((draft: SetupDraft) => Partial<SetupDraft>), rerender = true) =>
    p.onChange(typeof patch === 'function' ? patch : () => patch, rerender);
  const pack = p.packs.find((x) => x.pack.id === d.packId)?.pack ?? null;
  const headingId = nextId('setup');
  const heading = h('h1', { id: headingId, tabindex: '-1', text: 'Present to a class' });

  const radio = <T extends string>(name: string, value: T, checked: boolean, label: string, hint: string | null, on: (v: T) => void, fk: string) => {
    const hintId = hint ? nextId('hint') : undefined;
    return h(
      'div',
      { class: 'choice' },
      h('input', { type: 'radio', name, value, id: `${name}-${value}`, checked, 'aria-describedby': hintId, 'data-fk': fk, on: { change: () => on(value) } }),
      h('span', null, h('label', { for: `${name}-${value}`, text: label }), hint ? h('span', { class: 'muted', id: hintId, text: hint }) : null),
    );
  };

  // ---- pack
  const fileInput = h('input', {
    type: 'file',
    accept: '.json,application/json',
    multiple: true,
    class: 'sr-only',
    'data-fk': 'file',
    on: { change: () => p.onFiles([...(fileInput.files ?? [])]) },
  });
  const packs = h(
    'fieldset',
    { class: 'setup-packs' },
    h('legend', null, 'Pack'),
    p.packs.length
      ? p.packs.map(({ pack: k, builtin }) =>
          radio('pack', k.id, k.id === d.packId, k.title, `${plural(k.items.length, 'question')}, ${builtin ? 'built in' : 'opened from a file'}${packIsDraft(k) || unreviewedItemIds(k).length ? ' — not reviewed' : ''}`, (id) => set({ packId: id, itemIds: [] }), `pack:${k.id}`),
        )
      : h('p', { text: 'No packs yet: open a pack file.' }),
    h('label', { class: `btn file-btn${p.busy ? ' busy' : ''}` }, icon('upload'), p.busy ? 'Checking the pack…' : 'Open a pack file', fileInput),
  );

  // ---- questions
  const playable = pack ? playableCount(pack.items) : 0;
  const chosen = new Set(d.itemIds);
  const itemList =
    pack && d.selection === 'chosen'
      ? h(
          'fieldset',
          { class: 'setup-items' },
          h('legend', null, `Questions to present (${chosen.size} chosen, shown in the pack’s order)`),
          h(
            'p',
            { class: 'row' },
            h('button', { type: 'button', class: 'btn quiet', on: { click: () => set({ itemIds: pack.items.map((it) => it.id) }) } }, 'Choose all'),
            h('button', { type: 'button', class: 'btn quiet', on: { click: () => set({ itemIds: [] }) } }, 'Choose none'),
          ),
          h(
            'ol',
            { class: 'item-list' },
            pack.items.map((it) =>
              h(
                'li',
                null,
                h(
                  'label',
                  null,
                  h('input', {
                    type: 'checkbox',
                    value: it.id,
                    checked: chosen.has(it.id),
                    'data-fk': `item:${it.id}`,
                    on: {
                      change: (e: Event) => {
                        const on = (e.target as HTMLInputElement).checked;
                        set((cur) => ({ itemIds: on ? [...cur.itemIds, it.id] : cur.itemIds.filter((x) => x !== it.id) }), false);
                      },
                    },
                  }),
                  h('span', null, shortQuote(it.quote.text, 110), h('span', { class: 'muted', text: ` — ${it.quote.speaker}` })),
                ),
              ),
            ),
          ),
        )
      : null;
  const questions = h(
    'fieldset',
    { class: 'setup-questions' },
    h('legend', null, 'Questions'),
    radio('selection', 'quick', d.selection === 'quick', 'Quick round', `${Math.min(QUICK_ROUND_SIZE, playable)} questions, balanced across the three verdicts`, (v) => set({ selection: v }), 'sel:quick'),
    radio('selection', 'whole', d.selection === 'whole', 'Whole pack', `${plural(playable, 'question')} in a shuffled order`, (v) => set({ selection: v }), 'sel:whole'),
    radio('selection', 'chosen', d.selection === 'chosen', 'Choose the questions', 'pick them from the list', (v) => set({ selection: v }), 'sel:chosen'),
  );

  // ---- votes
  const teamInputs =
    d.voting === 'teams'
      ? h(
          'div',
          { class: 'setup-teams' },
          h(
            'label',
            { class: 'field' },
            h('span', null, 'Number of teams'),
            h(
              'select',
              { 'data-fk': 'team-count', on: { change: (e: Event) => set({ teamCount: Number((e.target as HTMLSelectElement).value) }) } },
              Array.from({ length: MAX_TEAMS - MIN_TEAMS + 1 }, (_, i) => i + MIN_TEAMS).map((n) => h('option', { value: String(n), selected: n === d.teamCount }, String(n))),
            ),
          ),
          h(
            'ol',
            { class: 'team-names' },
            TEAM_MARKS.slice(0, d.teamCount).map((mark, i) =>
              h(
                'li',
                null,
                h(
                  'label',
                  { class: 'field' },
                  h('span', null, teamMark(mark), `Team ${i + 1}`),
                  h('input', {
                    type: 'text',
                    value: d.teamNames[i] ?? '',
                    placeholder: DEFAULT_TEAM_NAMES[mark],
                    maxlength: String(MAX_TEAM_NAME),
                    autocomplete: 'off',
                    'data-fk': `team:${i}`,
                    on: {
                      input: (e: Event) => {
                        const value = (e.target as HTMLInputElement).value;
                        set((cur) => ({ teamNames: cur.teamNames.map((n, k) => (k === i ? value : n)) }), false);
                      },
                    },
                  }),
                ),
              ),
            ),
          ),
        )
      : null;
  const votes = h(
    'fieldset',
    { class: 'setup-votes' },
    h('legend', null, 'How the class answers'),
    radio('voting', 'hands', d.voting === 'hands', 'Show of hands', 'you count the hands for each verdict', (v) => set({ voting: v }), 'vote:hands'),
    radio('voting', 'teams', d.voting === 'teams', 'Teams', `${MIN_TEAMS} to ${MAX_TEAMS} teams; each gives one answer, and a team table keeps the score`, (v) => set({ voting: v }), 'vote:teams'),
    teamInputs,
  );

  const timer = h(
    'fieldset',
    { class: 'setup-timer' },
    h('legend', null, 'Timer'),
    h(
      'label',
      { class: 'field' },
      h('span', null, 'Discussion timer'),
      h(
        'select',
        { 'data-fk': 'timer', on: { change: (e: Event) => set({ timerSeconds: Number((e.target as HTMLSelectElement).value) }) } },
        TIMER_CHOICES.map((s) => h('option', { value: String(s), selected: s === d.timerSeconds }, s === 0 ? 'No timer' : clock(s))),
      ),
    ),
    h('p', { class: 'muted', text: 'It runs while the class talks before the vote, and again with the discussion question. T pauses it.' }),
  );

  const msg = p.message ? h('p', { class: `setup-message${p.message.error ? ' error' : ''}`, role: p.message.error ? 'alert' : 'status', text: p.message.text }) : null;
  const start = h('button', { type: 'submit', class: 'btn primary big', disabled: !pack, 'data-fk': 'start' }, 'Start presenting', icon('arrow'));

  const root = h(
    'section',
    { class: 'screen present-setup', 'data-screen': 'present-setup', 'aria-labelledby': headingId },
    heading,
    h('p', { class: 'lede', text: 'One screen, no student devices, no network. The class reads the quote, talks it over and votes — by a show of hands or in teams — you enter the votes, and the reveal shows the evidence large enough for the back of the room.' }),
    h(
      'form',
      {
        class: 'setup-form',
        novalidate: true,
        on: {
          submit: (e: Event) => {
            e.preventDefault();
            p.onStart();
          },
        },
      },
      h('div', { class: 'setup-grid' }, h('div', { class: 'setup-col' }, packs, questions), h('div', { class: 'setup-col' }, votes, timer)),
      itemList,
      msg,
      h('p', { class: 'setup-start' }, start),
    ),
    h(
      'section',
      { class: 'setup-keys card', 'aria-labelledby': 'present-keys' },
      h('h2', { id: 'present-keys', text: 'Presenting by keyboard or clicker' }),
      keyList(),
    ),
  );
  return { root, heading };
}

/** The keys as a description list (the setup screen and the "Keys" dialog). */
export function keyList(): HTMLElement {
  return h(
    'dl',
    { class: 'key-list' },
    KEY_HELP.map(([keys, what]) => [h('dt', null, keys.map((k, i) => [i ? ' ' : '', h('kbd', { text: k })])), h('dd', { text: what })]),
  );
}
