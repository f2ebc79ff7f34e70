/** The title screen: what the verdicts mean, the packs, the modes, and opening a pack. */
import { unreviewedItemIds } from '../../core/pack/review';
import type { CompiledPack } from '../../core/pack/types';
import { playableCount, QUICK_ROUND_SIZE, type Mode } from '../../core/session/index';
import { h, icon, nextId, panel } from '../dom';
import { formatDate, percent, plural, VERDICT_ICON, VERDICT_LABEL, VERDICT_MEANING, VERDICT_ORDER } from '../labels';
import type { PackIssueView } from '../packs';
import { packLang } from '../parts';
import type { Screen } from '../screens/types';

export interface PackCard {
  pack: CompiledPack;
  builtIn: boolean;
  bestScore: number | null;
  bestBalancedAccuracy: number | null;
  rounds: number;
  mastered: number;
  misses: number;
}

/**
 * What opening one file did. Each kind is said in its own words: only a pack with mistakes
 * gets the list of problems to fix; another kind of file, a failed download or a pack already
 * open is one plain sentence (with, for the last, the offer to replace it).
 */
export type FileOutcome =
  | { ok: true; name: string; title: string; warnings: number; replaced: boolean }
  | { ok: false; name: string; kind: 'invalid'; errors: readonly PackIssueView[] }
  | { ok: false; name: string; kind: 'not-a-pack' | 'unreachable' | 'refused'; message: string }
  | { ok: false; name: string; kind: 'duplicate'; message: string; onReplace: () => void };

/** A round another tab saved: still open there (`live`), closed, or unknown (no Web Locks). */
export interface RoundElsewhere {
  key: string;
  live: boolean | null;
  packTitle: string | null;
  packLang?: string | undefined;
  position: number;
  total: number;
}

export interface TitleProps {
  cards: PackCard[];
  selectedId: string | null;
  /** What happened to each file of the last opening (one entry a file), shown under the picker. */
  openResults: readonly FileOutcome[];
  busy: boolean;
  /** The teachers' surfaces (present, host, studio) that this build has. */
  teacherLinks: ReadonlyArray<{ href: string; label: string; blurb: string }>;
  onSelect(id: string): void;
  onPlay(mode: Mode): void;
  onFiles(files: File[]): void;
  onRemove(id: string, title: string): void;
  roundsElsewhere: readonly RoundElsewhere[];
  /** Moves that round into this tab and goes on with it. */
  onTakeOver(key: string): void;
  onDiscard(key: string): void;
}

export function titleScreen(p: TitleProps): Screen {
  const headingId = nextId('title');
  const heading = h('h1', { id: headingId, tabindex: '-1' }, 'Sourced', h('span', { class: 'dot', 'aria-hidden': 'true' }, '.'));
  const selected = p.cards.find((c) => c.pack.id === p.selectedId) ?? p.cards[0] ?? null;

  // ----- Packs (a radio group of cards) -----
  const packsId = nextId('packs');
  const list = h('ul', { class: 'pack-list', role: 'list' });
  for (const c of p.cards) {
    const id = nextId('pack');
    const descId = `${id}-d`;
    const radio = h('input', {
      type: 'radio',
      name: 'pack',
      id,
      value: c.pack.id,
      'aria-describedby': descId,
      on: { change: () => p.onSelect(c.pack.id) },
    });
    radio.checked = c === selected;
    const best =
      c.bestScore !== null
        ? h('span', { class: 'pack-best' }, icon('star'), `Your best: ${c.bestScore} points · ${percent(c.bestBalancedAccuracy)} balanced`)
        : h('span', { class: 'pack-best muted', text: c.rounds ? `${plural(c.rounds, 'round')} played` : 'Not played yet' });
    list.appendChild(
      h(
        'li',
        { class: 'pack' },
        radio,
        h(
          'div',
          { class: 'pack-body' },
          h('label', { for: id, lang: packLang(c.pack), text: c.pack.title }),
          // Read once in reading order, not at every focus: the radio is described by the
          // short lines of counts and bests only.
          c.pack.description ? h('p', { lang: packLang(c.pack), text: c.pack.description }) : null,
          h(
            'div',
            { id: descId, class: 'pack-body' },
            h(
              'p',
              { class: 'pack-meta' },
              h('span', { text: plural(c.pack.items.length, 'question') }),
              h('span', { text: `updated ${formatDate(c.pack.updated)}` }),
              c.pack.audience ? h('span', { text: c.pack.audience }) : null,
              c.builtIn ? h('span', { class: 'tag', text: 'Built in' }) : h('span', { class: 'tag', text: 'Opened by you' }),
              unreviewedTag(c.pack),
            ),
            h('p', { class: 'pack-meta' }, best, c.mastered
              ? h('span', { text: `${c.mastered} of ${c.pack.items.length} mastered` })
              : null),
          ),
        ),
        c.builtIn
            ? null
            : h(
                'button',
                {
                  type: 'button',
                  class: 'btn quiet remove',
                  'aria-label': `Remove ${c.pack.title}`,
                  on: { click: () => p.onRemove(c.pack.id, c.pack.title) },
                },
                icon('trash'),
                'Remove',
              ),
      ),
    );
  }

  // ----- Open a pack (file picker + drop zone) -----
  const fileId = nextId('file');
  const input = h('input', {
    type: 'file',
    id: fileId,
    accept: '.json,application/json',
    multiple: true,
    on: {
      change: () => {
        const files = [...(input.files ?? [])];
        input.value = '';
        if (files.length) p.onFiles(files);
      },
    },
  });
  const resultBox = openResultsView(p.openResults);
  const drop = h(
    'div',
    { class: 'dropzone' },
    h('p', null, 'Open a ', h('code', null, '.pack.json'), ' file, or drop one here. It is checked word for word against its sources before it is kept in this browser.'),
    h('label', { class: 'btn file-label', for: fileId }, icon('upload'), 'Open a pack file', input),
    p.busy ? h('p', { role: 'status', text: 'Checking…' }) : null,
  );
  let depth = 0;
  drop.addEventListener('dragenter', (e) => {
    e.preventDefault();
    depth++;
    drop.classList.add('over');
  });
  drop.addEventListener('dragover', (e) => e.preventDefault());
  drop.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (!depth) drop.classList.remove('over');
  });
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    depth = 0;
    drop.classList.remove('over');
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length) p.onFiles(files);
  });

  // ----- Play panel -----
  const playId = nextId('play');
  const openId = nextId('open');
  const mode = (m: Mode, label: string, desc: string, disabled = false, primary = false) => {
    const dId = nextId('mode');
    return h(
      'div',
      { class: 'mode' },
      h(
        'button',
        {
          type: 'button',
          class: `btn big${primary ? ' primary' : ''}`,
          'aria-describedby': dId,
          disabled: disabled || !selected,
          on: { click: () => p.onPlay(m) },
        },
        label,
      ),
      h('p', { id: dId, text: desc }),
    );
  };
  // Items that give each other away (one group) never share a round.
  const n = selected ? playableCount(selected.pack.items) : 0;
  const play = h(
    'section',
    { class: 'panel card play', 'aria-labelledby': playId },
    h('p', { class: 'eyebrow', text: 'Play' }),
    h('h2', { id: playId, lang: selected ? packLang(selected.pack) : undefined, text: selected ? selected.pack.title : 'No pack yet' }),
    selected ? null : h('p', { class: 'muted', text: 'Open a pack file to play.' }),
    h(
      'div',
      { class: 'modes' },
      mode('quick', 'Quick round', `${Math.min(QUICK_ROUND_SIZE, n)} questions, balanced across the three verdicts.`, false, true),
      mode('whole', 'Whole pack', `All ${plural(n, 'question')}, in a shuffled order.`),
      mode(
        'misses',
        'Replay my misses',
        selected && selected.misses ? `The ${plural(selected.misses, 'question')} you got wrong last time.` : 'Nothing to replay yet: no misses with this pack.',
        !selected || selected.misses === 0,
      ),
    ),
  );

  const root = h(
    'section',
    { class: 'screen title', 'data-screen': 'title', 'aria-labelledby': headingId },
    h(
      'div',
      { class: 'hero' },
      heading,
      h('p', { class: 'tagline', text: 'Read a quote from a real article. Is it a claim, a verified fact, or disputed? Then see the evidence.' }),
      h(
        'ul',
        { class: 'legend', 'aria-label': 'The three verdicts' },
        VERDICT_ORDER.map((v) =>
          h('li', { class: `v-${v}` }, h('span', { style: 'color:var(--v)' }, icon(VERDICT_ICON[v])), h('span', null, h('strong', { text: VERDICT_LABEL[v] }), VERDICT_MEANING[v])),
        ),
      ),
    ),
    roundsElsewherePanel(p),
    h(
      'div',
      { class: 'title-grid' },
      play,
      h(
        'section',
        { class: 'panel card packs-panel', 'aria-labelledby': packsId },
        h('div', { class: 'panel-head' }, h('h2', { id: packsId, text: 'Question packs' }), h('span', { class: 'muted', text: plural(p.cards.length, 'pack') })),
        p.cards.length ? h('div', { role: 'radiogroup', 'aria-labelledby': packsId }, list) : h('p', { text: 'No packs yet. Open a pack file to start.' }),
      ),
      h(
        'section',
        { class: 'panel card open-panel', 'aria-labelledby': openId },
        h('h2', { id: openId, text: 'Your own packs' }),
        drop,
        resultBox,
      ),
      teacherPanel(p.teacherLinks),
    ),
  );
  return { root, heading };
}

function teacherPanel(links: TitleProps['teacherLinks']): HTMLElement | null {
  if (links.length === 0) return null;
  return panel(
    'For teachers',
    'teacher-panel',
    h(
      'ul',
      { class: 'teacher-links' },
      links.map((l) => h('li', null, h('a', { class: 'btn', href: l.href, text: l.label }), h('p', { class: 'muted', text: l.blurb }))),
    ),
  );
}

/** A draft's card says so, with how much of it nobody has checked (src/core/pack/review.ts). */
function unreviewedTag(pack: CompiledPack): HTMLElement | null {
  const n = unreviewedItemIds(pack).length;
  if (n === 0) return null;
  const text = n === pack.items.length ? 'Not reviewed: a draft' : `Not reviewed: ${n} of ${plural(pack.items.length, 'question')}`;
  return h('span', { class: 'tag unreviewed', text });
}

/** Every file's outcome, in the order opened; a line of totals first when there were several. */
function openResultsView(results: readonly FileOutcome[]): HTMLElement | null {
  if (results.length === 0) return null;
  const boxes = results.map(outcomeView);
  if (results.length === 1) return boxes[0]!;
  const added = results.filter((r) => r.ok).length;
  return h(
    'div',
    { class: 'open-results' },
    h('p', { class: 'open-total', role: 'status', text: `${plural(results.length, 'file')} opened: ${added} added, ${results.length - added} not added.` }),
    h('ul', { class: 'open-list', 'aria-label': 'Files opened' }, boxes.map((b) => h('li', null, b))),
  );
}

function outcomeView(r: FileOutcome): HTMLElement {
  if (r.ok) {
    const what = r.replaced ? `Replaced the open pack with “${r.title}”.` : `Added “${r.title}”.`;
    return h('p', { class: 'ok-box', role: 'status' }, icon('check'), ` ${what}`, r.warnings ? ` (${plural(r.warnings, 'warning')})` : '');
  }
  const name = h('span', { class: 'file-name', text: `“${r.name}”` });
  if (r.kind === 'invalid') {
    return h(
      'div',
      { class: 'errors', role: 'alert' },
      h('h3', null, icon('cross'), name, ' was not added'),
      h('p', { text: `${plural(r.errors.length, 'problem')} found. Nothing of this file was kept. Fix these and open it again:` }),
      h(
        'ol',
        { 'aria-label': 'Problems in the pack' },
        r.errors.slice(0, 100).map((e) =>
          h(
            'li',
            null,
            e.path ? h('code', { class: 'path', text: e.path }) : null,
            e.path ? ': ' : '',
            e.message,
            e.line ? h('span', { class: 'muted', text: ` (line ${e.line}${e.column ? `, column ${e.column}` : ''})` }) : null,
            e.closest && !e.message.includes(e.closest) ? h('p', { class: 'closest' }, 'Closest passage in the source: “', e.closest, '”') : null,
          ),
        ),
      ),
      r.errors.length > 100 ? h('p', { text: `…and ${r.errors.length - 100} more.` }) : null,
    );
  }
  if (r.kind === 'duplicate') {
    return h(
      'div',
      { class: 'ask-box', role: 'alert' },
      h('h3', null, icon('info'), name, ': this pack is already open'),
      h('p', { text: r.message }),
      h('p', null, h('button', { type: 'button', class: 'btn', on: { click: r.onReplace } }, 'Replace the open pack')),
    );
  }
  return h('div', { class: 'errors', role: 'alert' }, h('h3', null, icon('cross'), name, ' was not added'), h('p', { text: r.message }));
}

/**
 * Rounds saved by other tabs, said plainly: one going on in a tab that is still open can be
 * taken over here; one left in a closed tab can be resumed or discarded. Never picked up unasked.
 */
function roundsElsewherePanel(p: TitleProps): HTMLElement | null {
  if (p.roundsElsewhere.length === 0) return null;
  return panel(
    p.roundsElsewhere.length === 1 ? 'A round in progress elsewhere' : 'Rounds in progress elsewhere',
    'elsewhere',
    h(
      'ul',
      { class: 'elsewhere-list' },
      p.roundsElsewhere.map((r) => {
        const where =
          r.live === true ? 'A round is going on in another tab' : r.live === false ? 'A round was left unfinished in a tab that is now closed' : 'A round is going on in another tab, or was left unfinished there';
        const pack = r.packTitle ? h('span', null, ' with “', h('span', { lang: r.packLang || undefined, text: r.packTitle }), '”') : null;
        const textId = nextId('round-elsewhere');
        return h(
          'li',
          null,
          h('p', { id: textId }, `${where}: question ${r.position} of ${r.total}`, pack, '.'),
          r.live === true ? h('p', { class: 'muted', text: 'Taking it over here ends it there; nothing of it is lost.' }) : null,
          h(
            'div',
            { class: 'actions' },
            h(
              'button',
              { type: 'button', class: 'btn primary', 'aria-describedby': textId, on: { click: () => p.onTakeOver(r.key) } },
              r.live === false ? 'Resume it here' : 'Take it over here',
            ),
            r.live === true
              ? null
              : h('button', { type: 'button', class: 'btn quiet', 'aria-describedby': textId, on: { click: () => p.onDiscard(r.key) } }, 'Discard it'),
          ),
        );
      }),
    ),
  );
}
