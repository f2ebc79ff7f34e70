/**
 * Opening packs: from a file (picker or drop) or from `?pack=URL`. The validator (and its
 * schema library) load only when a pack is opened, so they cost nothing before the first quote.
 */
import type { CompiledPack, PackIssue } from '../core/pack/types';

export type PackIssueView = Pick<PackIssue, 'path' | 'message' | 'line' | 'closest'>;

export type OpenResult =
  | { ok: true; pack: CompiledPack; warnings: PackIssueView[] }
  | { ok: false; errors: PackIssueView[] };

/** The largest file we try to read (a pack at the format's limits is about 200 MB). */
const MAX_BYTES = 210_000_000;

export async function checkPackText(text: string): Promise<OpenResult> {
  const { parsePack } = await import('../core/pack/index');
  try {
    const r = parsePack(text);
    if (r.ok) return { ok: true, pack: r.pack, warnings: r.warnings };
    return { ok: false, errors: r.errors.length ? r.errors : [{ path: '', message: 'The pack could not be read.' }] };
  } catch (e) {
    return { ok: false, errors: [{ path: '', message: `The pack could not be read: ${e instanceof Error ? e.message : String(e)}` }] };
  }
}

export async function readPackFile(file: File): Promise<OpenResult> {
  if (file.size > MAX_BYTES) {
    return { ok: false, errors: [{ path: '', message: `This file is ${Math.round(file.size / 1e6)} MB: too large to be a pack.` }] };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, errors: [{ path: '', message: 'The file could not be read.' }] };
  }
  return checkPackText(text);
}

/** Loads `?pack=URL` (http(s) or relative to the page). */
export async function fetchPack(url: string): Promise<OpenResult> {
  let abs: URL;
  try {
    abs = new URL(url, location.href);
  } catch {
    return { ok: false, errors: [{ path: '', message: `“${url}” is not a web address.` }] };
  }
  if (abs.protocol !== 'https:' && abs.protocol !== 'http:') {
    return { ok: false, errors: [{ path: '', message: 'A shared pack must be an http(s) address.' }] };
  }
  try {
    const res = await fetch(abs.href, { credentials: 'omit' });
    if (!res.ok) return { ok: false, errors: [{ path: '', message: `The pack could not be downloaded (HTTP ${res.status}).` }] };
    return checkPackText(await res.text());
  } catch {
    return { ok: false, errors: [{ path: '', message: 'The pack could not be downloaded (network error or the server does not allow it).' }] };
  }
}
