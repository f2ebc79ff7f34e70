/**
 * `npm run content -- draft SOURCES... --out FILE [--max-items N] [--max-evidence N] [--candidates N] [--id ID] [--title TITLE]`
 *
 * Reads `.txt` source documents (files, or folders of them), drafts a question
 * pack with `src/core/draft`, checks it with the pack validator and writes it.
 * Exit codes: 0 written, 1 the draft failed (nothing to draft, or invalid),
 * 2 usage or file error.
 */

import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { parseSourceDocument } from '../../src/core/corpus/sourceDocument.ts';
import { draftPack } from '../../src/core/draft/index.ts';
import { validatePack, type Source } from '../../src/core/pack/index.ts';

const USAGE = `Usage: npm run content -- draft SOURCES... --out FILE [--max-items N] [--max-evidence N] [--candidates N] [--id ID] [--title TITLE]

  SOURCES          .txt source documents, or folders of them (front matter optional)
  --out FILE       where to write the draft pack (required)
  --max-items N    keep the N best items (default 150)
  --max-evidence N evidence passages per item, 1-12 (default 4: the passages the rules flagged, then related ones, other voices and sources first)
  --candidates N   more ranked passages per item kept for the author in extensions.draft.candidates, 0-20 (default 6)
  --id ID          pack id (a-z 0-9 -; default "draft")
  --title TITLE    pack title (default from the first source)`;

const TEXT_FILE = /\.(txt|text)$/i;

interface Args {
  inputs: string[];
  out?: string;
  maxItems?: number;
  maxEvidence?: number;
  candidates?: number;
  id?: string;
  title?: string;
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${a} needs a value.`);
      return v;
    };
    try {
      if (a === '--out' || a === '-o') args.out = value();
      else if (a === '--max-items') {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1 || n > 2000) return '--max-items must be a whole number from 1 to 2000.';
        args.maxItems = n;
      } else if (a === '--max-evidence') {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1 || n > 12) return '--max-evidence must be a whole number from 1 to 12.';
        args.maxEvidence = n;
      } else if (a === '--candidates') {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 0 || n > 20) return '--candidates must be a whole number from 0 to 20.';
        args.candidates = n;
      } else if (a === '--id') {
        args.id = value();
        if (!/^[a-z0-9-]{1,64}$/.test(args.id)) return '--id must be 1–64 characters of a-z, 0-9 and -.';
      } else if (a === '--title') args.title = value();
      else if (a === '--help' || a === '-h') return '';
      else if (a.startsWith('--')) return `Unknown option ${a}.`;
      else args.inputs.push(a);
    } catch (e) {
      return (e as Error).message;
    }
  }
  if (!args.inputs.length) return 'No SOURCES given.';
  if (!args.out) return '--out FILE is required.';
  return args;
}

/** Expands each folder into the text files directly in it (sorted; hidden files and sub-folders are skipped). */
async function expand(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input);
    if (info.isDirectory()) {
      const entries = await readdir(input, { withFileTypes: true });
      const names = entries.filter((e) => e.isFile() && TEXT_FILE.test(e.name) && !e.name.startsWith('.')).map((e) => e.name);
      files.push(...names.sort().map((n) => join(input, n)));
    } else files.push(input);
  }
  return files;
}

export async function draftCommand(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (typeof parsed === 'string') {
    console.error(parsed ? `${parsed}\n\n${USAGE}` : USAGE);
    return parsed ? 2 : 0;
  }
  const t0 = performance.now();
  let files: string[];
  try {
    files = await expand(parsed.inputs);
  } catch (e) {
    console.error(`Cannot read ${(e as NodeJS.ErrnoException).path ?? 'input'}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (e as Error).message}`);
    return 2;
  }
  if (!files.length) {
    console.error('No .txt source documents found in the given SOURCES.');
    return 2;
  }
  const sources: Source[] = [];
  const ids = new Set<string>();
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      console.error(`Cannot read ${file}: ${(e as Error).message}`);
      return 2;
    }
    const { source, warnings } = parseSourceDocument(text, basename(file, extname(file)));
    for (const w of warnings) console.error(`warning: ${file}: ${w}`);
    if (ids.has(source.id)) {
      console.error(`${file}: source id "${source.id}" is used by another source; give it its own "id:" in the front matter.`);
      return 2;
    }
    ids.add(source.id);
    sources.push(source);
  }

  const { pack, stats } = draftPack(sources, {
    ...(parsed.id ? { id: parsed.id } : {}),
    ...(parsed.title ? { title: parsed.title } : {}),
    ...(parsed.maxItems ? { maxItems: parsed.maxItems } : {}),
    ...(parsed.maxEvidence ? { maxEvidence: parsed.maxEvidence } : {}),
    ...(parsed.candidates !== undefined ? { candidateEvidence: parsed.candidates } : {}),
  });
  if (!pack.items.length) {
    console.error('Nothing to draft: no checkable statement (number, date, attribution, superlative, denial) was found.');
    return 1;
  }
  const result = validatePack(pack);
  const json = `${JSON.stringify(pack, null, 2)}\n`;
  try {
    await mkdir(dirname(parsed.out!), { recursive: true });
    await writeFile(parsed.out!, json, 'utf8');
  } catch (e) {
    console.error(`Cannot write ${parsed.out}: ${(e as Error).message}`);
    return 2;
  }
  const ms = Math.round(performance.now() - t0);
  const v = stats.byVerdict;
  console.log(`Drafted ${stats.items} items from ${stats.sources} sources (${stats.sentences} sentences, ${stats.candidates} candidates) -> ${parsed.out}`);
  console.log(`  suggested verdicts: ${v.disputed} disputed, ${v['verified-fact']} verified-fact, ${v.claim} claim`);
  console.log(`  conflicts found: ${stats.conflicts}; corroborations found: ${stats.corroborations} (+ ${stats.possibleCorroborations} possible, shown as context)`);
  console.log('  Why each item was proposed is in its extensions.draft (the figures compared, the shared words, who speaks).');
  console.log(`  time: ${stats.ms} ms drafting, ${ms} ms in all`);
  console.log('  Every verdict is a suggestion: review each item, then remove extensions["sourced:review"] (validate warns and build refuses until then).');
  if (!result.ok) {
    console.error(`The draft was written but does not validate (${result.errors.length} errors); fix these first:`);
    for (const e of result.errors.slice(0, 20)) console.error(`  ${e.path || '(pack)'}: ${e.message}`);
    if (result.errors.some((e) => /^sources\[\d+\]\.(published|title|outlet|genre|id)/.test(e.path)))
      console.error('  Hint: give each source file a front matter block (---, id:, title:, outlet:, published: YYYY-MM-DD, genre:, ---) and draft again.');
    return 1;
  }
  for (const w of result.warnings.slice(0, 10)) console.log(`  warning: ${w.path || '(pack)'}: ${w.message}`);
  return 0;
}
