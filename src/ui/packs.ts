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

const FETCH_TIMEOUT_MS = 30_000;

async function checkPackText(text: string): Promise<OpenResult> {
  let parsePack: typeof import('../core/pack/index').parsePack;
  try {
    ({ parsePack } = await import('../core/pack/index'));
  } catch {
    // The validator's chunk could not be fetched (offline since the page loaded, a new deploy).
    return { ok: false, errors: [{ path: '', message: 'The pack checker could not be loaded: check the connection and reload the page.' }] };
  }
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
  if (navigator.onLine === false) {
    return { ok: false, errors: [{ path: '', message: 'You are offline: a shared pack link needs the network. Open the link again once you are connected.' }] };
  }
  // A server that never answers must not leave the title screen "checking" for ever.
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), FETCH_TIMEOUT_MS);
  let text: string;
  try {
    const res = await fetch(abs.href, { credentials: 'omit', signal: abort.signal });
    if (!res.ok) return { ok: false, errors: [{ path: '', message: `The pack could not be downloaded (HTTP ${res.status}).` }] };
    const size = Number(res.headers.get('content-length') ?? 0);
    if (size > MAX_BYTES) return { ok: false, errors: [{ path: '', message: `This file is ${Math.round(size / 1e6)} MB: too large to be a pack.` }] };
    text = await res.text();
  } catch {
    const why = abort.signal.aborted ? `no answer within ${FETCH_TIMEOUT_MS / 1000} s` : 'network error or the server does not allow it';
    return { ok: false, errors: [{ path: '', message: `The pack could not be downloaded (${why}).` }] };
  } finally {
    clearTimeout(timer);
  }
  return checkPackText(text);
}
