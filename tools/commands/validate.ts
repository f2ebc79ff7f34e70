import { readFile } from 'node:fs/promises';
import { parsePack, type PackIssue, type ValidationResult } from '../../src/core/pack/index.ts';

export const EXIT = { valid: 0, invalid: 1, usage: 2 } as const;

/** One line per issue, `PATH: message`, with the line of the file when known. */
export function formatIssue(issue: PackIssue): string {
  const where = issue.line ? ` [line ${issue.line}${issue.column ? `, column ${issue.column}` : ''}]` : '';
  return `${issue.path || '(pack)'}: ${issue.message}${where}`;
}

interface FileReport {
  file: string;
  ok: boolean;
  /** Set when the file could not be read or is not JSON. */
  fatal?: string;
  items?: number;
  errors: PackIssue[];
  warnings: PackIssue[];
}

export async function validateFile(file: string): Promise<{ report: FileReport; result?: ValidationResult }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message;
    return { report: { file, ok: false, fatal: `cannot read ${file}: ${reason}`, errors: [], warnings: [] } };
  }
  const result = parsePack(text);
  const syntax = result.errors.find((e) => e.syntax);
  const report: FileReport = {
    file,
    ok: result.ok,
    ...(syntax ? { fatal: formatIssue(syntax) } : {}),
    ...(result.ok ? { items: result.pack.items.length } : {}),
    errors: result.errors,
    warnings: result.warnings,
  };
  return { report, result };
}

export async function validateCommand(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    console.log('Usage: npm run content -- validate FILE... [--json]\n\nExit 0: every file valid; 1: a pack refused; 2: a usage, file or JSON syntax error.');
    return EXIT.valid;
  }
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json');
  const unknown = files.find((f) => f.startsWith('--'));
  if (files.length === 0 || unknown) {
    console.error(unknown ? `Unknown option ${unknown}.` : 'Usage: npm run content -- validate FILE... [--json]');
    return EXIT.usage;
  }
  const reports = await Promise.all(files.map(async (f) => (await validateFile(f)).report));
  const code = reports.some((r) => r.fatal) ? EXIT.usage : reports.every((r) => r.ok) ? EXIT.valid : EXIT.invalid;
  if (json) {
    console.log(JSON.stringify({ ok: code === EXIT.valid, files: reports }, null, 2));
    return code;
  }
  for (const r of reports) {
    if (r.fatal) {
      console.log(`${r.file}: ${r.fatal}`);
      continue;
    }
    const warned = r.warnings.length ? `, ${r.warnings.length} warning${r.warnings.length === 1 ? '' : 's'}` : '';
    console.log(r.ok ? `${r.file}: valid, ${r.items} items${warned}` : `${r.file}: refused, ${r.errors.length} error${r.errors.length === 1 ? '' : 's'}${warned}`);
    for (const e of r.errors) console.log(`  ${formatIssue(e)}`);
    for (const w of r.warnings) console.log(`  warning: ${formatIssue(w)}`);
  }
  return code;
}
