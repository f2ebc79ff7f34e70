/**
 * The Pack & share view: the pack's details; download, open, play and host; spreadsheets in
 * and out; ClaimReview JSON-LD and the printable answer key.
 */
import { addItems, updateMeta } from '../../core/studio/commands';
import { csvTemplate, fromCsv, toCsv, type CsvImport } from '../../core/studio/csv';
import { packFromDoc } from '../../core/studio/doc';
import { answerKey, claimReviews, jsonLdScript } from '../../core/studio/publish';
import type { StudioMeta } from '../../core/studio/types';
import { openDialog } from '../dialog';
import { h, icon, nextId, panel } from '../dom';
import { formatDate, plural } from '../labels';
import type { Studio, UpdateReason, View } from './app';
import { download, field, fileButton, fill } from './bits';

export class ShareView implements View {
  readonly root: HTMLElement;
  private details = h('div', { class: 'meta-fields' });
  private playRow = h('p', { class: 'row' });
  private csvResult = h('div', { class: 'csv-result', role: 'status' });
  private csvPaste: HTMLTextAreaElement;
  private pageUrl: HTMLInputElement;
  private jsonLd: HTMLTextAreaElement;
  private jsonLdNote = h('p', { class: 'muted' });

  constructor(private studio: Studio) {
    const s = studio;
    const pasteId = nextId('cells');
    this.csvPaste = h('textarea', { id: pasteId, rows: '5', 'data-fk': 'csv-paste', spellcheck: 'false' });
    const urlId = nextId('url');
    this.pageUrl = h('input', { id: urlId, type: 'url', placeholder: 'https://…', 'data-fk': 'page-url', on: { input: () => this.renderJsonLd() } });
    const ldId = nextId('ld');
    this.jsonLd = h('textarea', { id: ldId, rows: '8', readonly: true, class: 'code', spellcheck: 'false' });
    this.root = h(
      'div',
      { class: 'share-view' },
      panel('Pack details', 'meta-panel', this.details),
      panel(
        'Save and share',
        'files-panel',
        h('p', null, h('strong', { text: 'The downloaded file is the real copy of your pack. ' }), 'The studio saves every change in this browser, but browsers may clear what sites store (a full disk, “clear browsing data”, a school computer reset). Download the pack when you stop, and send the file to colleagues: it opens in the game, here, and with the content tools.'),
        h(
          'p',
          { class: 'row' },
          h('button', { type: 'button', class: 'btn primary', 'data-fk': 'download', on: { click: () => s.downloadPack() } }, 'Download pack (.pack.json)'),
          fileButton('Open a pack file…', '.json,application/json', false, (f) => void s.openPackFile(f[0]!), 'open-pack'),
          h('button', { type: 'button', class: 'btn', 'data-fk': 'open-builtin', on: { click: () => s.openBuiltin() } }, 'Edit a copy of the built-in pack'),
        ),
        h('p', { class: 'hint', text: 'Opening a pack starts a new draft; this one stays in your drafts.' }),
        h('h3', { text: 'Play it' }),
        this.playRow,
      ),
      panel(
        'Spreadsheets',
        'csv-panel',
        h('p', { text: 'One row per item; passages in numbered columns (evidence 1, evidence 1 stance, evidence 1 source, evidence 1 note, then 2, 3…). Every quote and passage is matched word for word against the sources; rows that do not match are listed with the closest passage, and the others are imported.' }),
        h(
          'p',
          { class: 'row' },
          h('button', { type: 'button', class: 'btn', 'data-fk': 'csv-out', on: { click: () => download(`${s.doc.meta.id || 'pack'}.csv`, toCsv(s.doc), 'text/csv') } }, 'Download the items as CSV'),
          h('button', { type: 'button', class: 'btn quiet', 'data-fk': 'csv-template', on: { click: () => download('sourced-items-template.csv', csvTemplate(), 'text/csv') } }, 'Download the empty template'),
          fileButton('Import a CSV file…', '.csv,.tsv,.txt,text/csv,text/tab-separated-values', false, (f) => void f[0]!.text().then((t) => this.importCsv(t, f[0]!.name)), 'csv-file'),
        ),
        h('div', { class: 'field' }, h('label', { for: pasteId, text: 'Or paste cells copied from a spreadsheet (with the header row)' }), this.csvPaste),
        h('p', null, h('button', { type: 'button', class: 'btn', 'data-fk': 'csv-import', on: { click: () => this.importCsv(this.csvPaste.value, 'the pasted cells') } }, 'Import the pasted cells')),
        this.csvResult,
      ),
      panel(
        'Publish',
        'publish-panel',
        h('h3', { text: 'ClaimReview for a class web page' }),
        h('p', { text: 'schema.org ClaimReview JSON-LD, the markup fact-checkers use: each checked item’s verdict in the game’s words, with its speaker and source. A “claim” is never published as “false”. Items not reviewed or not finished are left out.' }),
        h('div', { class: 'field' }, h('label', { for: urlId, text: 'Address of the page it goes on (optional)' }), this.pageUrl),
        h('div', { class: 'field' }, h('label', { for: ldId, text: 'The element to paste into the page' }), this.jsonLd),
        this.jsonLdNote,
        h(
          'p',
          { class: 'row' },
          h('button', { type: 'button', class: 'btn', 'data-fk': 'ld-copy', on: { click: () => void this.copyJsonLd() } }, 'Copy'),
          h('button', { type: 'button', class: 'btn quiet', 'data-fk': 'ld-download', on: { click: () => download(`${s.doc.meta.id || 'pack'}.claimreview.jsonld`, `${JSON.stringify(this.claimReview().jsonLd, null, 2)}\n`, 'application/ld+json') } }, 'Download .jsonld'),
        ),
        h('h3', { text: 'Answer key' }),
        h('p', { text: 'Every item with its verdict, explanation and passages, to print for yourself (not for the students).' }),
        h('p', null, h('button', { type: 'button', class: 'btn', 'data-fk': 'answer-key', on: { click: (e: Event) => this.openAnswerKey(e.currentTarget as HTMLElement) } }, 'Open the printable answer key')),
      ),
    );
  }

  update(reason: UpdateReason): void {
    if (reason === 'typing') return;
    if (reason !== 'check') this.renderDetails();
    this.renderPlay();
    this.renderJsonLd();
  }

  private renderDetails(): void {
    const s = this.studio;
    const m = s.doc.meta;
    const active = document.activeElement as HTMLElement | null;
    const fk = this.details.contains(active) ? active?.dataset.fk : undefined;
    const set = (patch: Partial<StudioMeta>) => s.exec(updateMeta(patch), { typing: true });
    const f = (label: string, key: 'description' | 'audience' | 'language' | 'id', opts: { max?: number; hint?: string; type?: string } = {}) => {
      const fd = field({ label, value: (m[key] as string | undefined) ?? '', fk: `meta:${key}`, ...opts, onInput: (v) => set({ [key]: v }) });
      fd.input.addEventListener('blur', () => s.sealTyping());
      return fd.root;
    };
    const authors = field({
      label: 'Authors (separated by commas)',
      value: (m.authors ?? []).join(', '),
      fk: 'meta:authors',
      onInput: (v) => set({ authors: v.split(',').map((x) => x.trim()).filter(Boolean) }),
    });
    const updated = field({ label: 'Verdicts hold as of', type: 'date', value: m.updated, fk: 'meta:updated', hint: 'The reveal says “as of” this date.', onInput: (v) => set({ updated: v }) });
    this.details.replaceChildren(
      f('Description (on the pack’s card)', 'description', { max: 1000, type: 'textarea' }),
      f('Audience', 'audience', { max: 120, hint: 'e.g. ages 14+' }),
      authors.root,
      updated.root,
      f('Language', 'language', { hint: 'A language tag: en, es, pt-BR…' }),
      f('Pack id (the file’s name)', 'id', { hint: 'Lowercase letters, digits and hyphens. It follows the title until you change it.' }),
    );
    for (const i of [authors.input, updated.input]) i.addEventListener('blur', () => s.sealTyping());
    if (fk) this.details.querySelector<HTMLElement>(`[data-fk="${CSS.escape(fk)}"]`)?.focus();
  }

  private renderPlay(): void {
    const s = this.studio;
    const r = s.freshResult();
    const errors = r?.errors ?? 0;
    const play = h('button', { type: 'button', class: 'btn primary', 'data-fk': 'play', disabled: errors > 0, on: { click: () => void s.sendToGame('play') } }, icon('arrow'), 'Play it');
    const host = s.hostAvailable ? h('button', { type: 'button', class: 'btn', 'data-fk': 'host', disabled: errors > 0, on: { click: () => void s.sendToGame('host') } }, 'Host a class with it') : null;
    const focused = (document.activeElement as HTMLElement | null)?.dataset.fk;
    fill(
      this.playRow,
      play,
      host ?? '',
      h('span', {
        class: errors ? 'bad' : 'muted',
        text: errors
          ? ` Fix the ${plural(errors, 'problem')} first (see Check).`
          : ` Adds the pack to the game on this device (“Opened by you”)${s.hostAvailable ? '; hosting needs the classroom server, which is running here' : '. Hosting a class needs the classroom server, which this site does not have'}.`,
      }),
    );
    if (focused === 'play' || focused === 'host') this.playRow.querySelector<HTMLElement>(`[data-fk="${focused}"]`)?.focus();
  }

  private importCsv(text: string, from: string): void {
    const s = this.studio;
    if (!text.trim()) {
      this.csvResult.replaceChildren(h('p', { class: 'bad', text: 'Nothing to import: paste the cells, with the header row, first.' }));
      return;
    }
    const r: CsvImport = fromCsv(s.doc, text);
    if (r.items.length) s.exec(addItems(r.items, `import ${plural(r.items.length, 'row')}`));
    const errors = r.problems.filter((p) => p.severity === 'error');
    const rowsWithErrors = new Set(errors.map((p) => p.row)).size;
    fill(
      this.csvResult,
      h('p', { class: errors.length ? 'bad' : 'good' }, icon(errors.length ? 'cross' : 'check'), `From ${from}: imported ${r.items.length} of ${plural(r.rows, 'row')}${rowsWithErrors ? `; ${plural(rowsWithErrors, 'row')} left out` : ''}.`),
      r.problems.length
        ? h(
            'ol',
            { class: 'csv-problems', 'aria-label': 'Problems in the spreadsheet' },
            r.problems.map((p) =>
              h(
                'li',
                { class: `msg ${p.severity}` },
                h('strong', { text: `Row ${p.row}${p.column ? `, column ${p.column}` : ''}: ` }),
                p.message,
              ),
            ),
          )
        : null,
    );
    if (r.items.length && !errors.length) this.csvPaste.value = '';
  }

  private claimReview() {
    const url = this.pageUrl.value.trim();
    return claimReviews(packFromDoc(this.studio.doc), /^https?:\/\//.test(url) ? { pageUrl: url } : {});
  }

  private renderJsonLd(): void {
    const out = this.claimReview();
    this.jsonLd.value = jsonLdScript(out.jsonLd);
    const unfinished = out.skipped.filter((x) => x.why.includes('not finished')).length;
    const unreviewed = out.skipped.length - unfinished;
    this.jsonLdNote.textContent = `${plural(out.included, 'item')} included${unfinished ? `; ${unfinished} not finished` : ''}${unreviewed ? `; ${unreviewed} not reviewed` : ''}.`;
  }

  private async copyJsonLd(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.jsonLd.value);
      this.studio.announce('Copied the ClaimReview element.');
    } catch {
      this.jsonLd.select();
      this.studio.announce('Select all is done: copy with Ctrl+C.');
    }
  }

  private openAnswerKey(opener: HTMLElement): void {
    const key = answerKey(packFromDoc(this.studio.doc));
    const { body, dialog } = openDialog({ title: `Answer key: ${key.title || 'Untitled pack'}`, eyebrow: `As of ${formatDate(key.updated)}`, className: 'answer-key-dialog', opener, onClose: () => document.body.classList.remove('printing-key') });
    document.body.classList.add('printing-key');
    body.append(
      h('p', { class: 'row no-print' }, h('button', { type: 'button', class: 'btn primary', on: { click: () => window.print() } }, 'Print'), h('span', { class: 'muted', text: `${plural(key.rows.length, 'item')}: ${key.counts.claim} claims, ${key.counts['verified-fact']} verified facts, ${key.counts.disputed} disputed.` })),
      h(
        'ol',
        { class: 'answer-key' },
        key.rows.map((r) =>
          h(
            'li',
            null,
            h('p', { class: 'ak-verdict' }, h('strong', { text: r.verdict }), r.unreviewed ? h('span', { class: 'tag unreviewed', text: 'not reviewed' }) : null, r.skill ? h('span', { class: 'muted', text: ` · ${r.skill}` }) : null, r.difficulty ? h('span', { class: 'muted', text: ` · difficulty ${r.difficulty}` }) : null),
            h('blockquote', { text: r.quote || '(no quote yet)' }),
            h('p', { class: 'muted', text: `${r.speaker || 'no speaker'} — ${r.source}` }),
            h('p', { text: r.explanation || '(no explanation yet)' }),
            h('ul', { class: 'ak-evidence' }, r.evidence.map((e) => h('li', null, h('strong', { text: `${e.stance}, ${e.source}: ` }), e.text, e.note ? h('em', { text: ` (${e.note})` }) : null))),
          ),
        ),
      ),
    );
    dialog.scrollTop = 0;
  }
}
