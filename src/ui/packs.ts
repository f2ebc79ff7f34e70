/**
 * Opening packs: from a file (picker or drop) or from `?pack=URL`. The validator (and its
 * schema library) and the file-kind sniffer load only when a pack is opened, so they cost
 * nothing before the first quote.
 */
import type { CompiledPack, PackIssue } from '../core/pack/types';

export type PackIssueView = Pick<PackIssue, 'path' | 'message' | 'line' | 'closest'> & Partial<Pick<PackIssue, 'syntax' | 'column'>>;

/**
 * The outcome of opening a pack. A refusal says which kind it is, so the title screen can say
 * it in the right words: `invalid` is a pack with mistakes to fix (each with its place);
 * `not-a-pack` is another kind of file; `unreachable` is a file or address that could not be
 * read (network, size). `errors` always holds at least one entry, with the same words.
 */
export type OpenResult =
  | { ok: true; pack: CompiledPack; warnings: PackIssueView[] }
  | { ok: false; kind: 'invalid'; errors: PackIssueView[] }
  | { ok: false; kind: 'not-a-pack' | 'unreachable'; message: string; errors: PackIssueView[] };

export type OpenFailure = Extract<OpenResult, { ok: false }>;

const refuse = (kind: 'not-a-pack' | 'unreachable', message: string): OpenFailure => ({
  ok: false,
  kind,
  message,
  errors: [{ path: '', message }],
});

/** The largest file we try to read (a pack at the format's limits is about 200 MB). */
const MAX_BYTES = 210_000_000;

const FETCH_TIMEOUT_MS = 30_000;

/** The checker's chunks could not be fetched (offline since the page loaded, a new deploy). */
const CHECKER_UNAVAILABLE = 'The pack checker could not be loaded: check the connection and reload the page.';

const tooLarge = (bytes: number) => refuse('unreachable', `This file is ${Math.round(bytes / 1e6)} MB: too large to be a pack.`);

async function checkPackText(text: string, kinds: FileKinds): Promise<OpenResult> {
  const { looksLikePackObject, notAPackMessage } = kinds;
  let parsePack: typeof import('../core/pack/index').parsePack;
  try {
    ({ parsePack } = await import('../core/pack/index'));
  } catch {
    return refuse('unreachable', CHECKER_UNAVAILABLE);
  }
  try {
    const r = parsePack(text);
    if (r.ok) return { ok: true, pack: r.pack, warnings: r.warnings };
    // JSON with none of a pack's fields is some other file, not a pack with mistakes.
    if (!r.errors.some((e) => e.syntax) && !looksLikePackObject(safeJson(text))) return refuse('not-a-pack', notAPackMessage('json-not-pack'));
    return { ok: false, kind: 'invalid', errors: r.errors.length ? r.errors : [{ path: '', message: 'The pack could not be read.' }] };
  } catch (e) {
    return { ok: false, kind: 'invalid', errors: [{ path: '', message: `The pack could not be read: ${e instanceof Error ? e.message : String(e)}` }] };
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

type FileKinds = typeof import('./file-kind');

/** Says what the file is when it is not a pack at all; otherwise runs the validator. */
async function checkBytes(bytes: Uint8Array, contentType = ''): Promise<OpenResult> {
  let kinds: FileKinds;
  try {
    kinds = await import('./file-kind');
  } catch {
    return refuse('unreachable', CHECKER_UNAVAILABLE);
  }
  const { fileKind, notAPackMessage } = kinds;
  const head = bytes.subarray(0, 64);
  const binary = fileKind(head, null, contentType);
  if (binary !== 'text' && binary !== 'empty' && binary !== 'pack') return refuse('not-a-pack', notAPackMessage(binary));
  const text = new TextDecoder().decode(bytes);
  const kind = fileKind(head, text, contentType);
  if (kind !== 'pack') return refuse('not-a-pack', notAPackMessage(kind));
  return checkPackText(text, kinds);
}

export async function readPackFile(file: File): Promise<OpenResult> {
  if (file.size > MAX_BYTES) return tooLarge(file.size);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return refuse('unreachable', 'The file could not be read: it may have been moved or deleted.');
  }
  return checkBytes(bytes);
}

/** Loads `?pack=URL` (http(s) or relative to the page). */
export async function fetchPack(url: string): Promise<OpenResult> {
  let abs: URL;
  try {
    abs = new URL(url, location.href);
  } catch {
    return refuse('unreachable', `“${url}” is not a web address.`);
  }
  if (abs.protocol !== 'https:' && abs.protocol !== 'http:') {
    return refuse('unreachable', 'A shared pack must be an http(s) address.');
  }
  if (navigator.onLine === false) {
    return refuse('unreachable', 'You are offline: a shared pack link needs the network. Open the link again once you are connected.');
  }
  // A server that never answers must not leave the title screen "checking" for ever.
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), FETCH_TIMEOUT_MS);
  let bytes: Uint8Array;
  let contentType = '';
  try {
    const res = await fetch(abs.href, { credentials: 'omit', signal: abort.signal });
    if (!res.ok) return refuse('unreachable', `The pack could not be downloaded (HTTP ${res.status}).`);
    const size = Number(res.headers.get('content-length') ?? 0);
    if (size > MAX_BYTES) return tooLarge(size);
    contentType = res.headers.get('content-type') ?? '';
    bytes = new Uint8Array(await res.arrayBuffer());
  } catch {
    const why = abort.signal.aborted ? `no answer within ${FETCH_TIMEOUT_MS / 1000} s` : 'network error or the server does not allow it';
    return refuse('unreachable', `The pack could not be downloaded (${why}).`);
  } finally {
    clearTimeout(timer);
  }
  return checkBytes(bytes, contentType);
}
