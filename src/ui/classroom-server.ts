/**
 * Is there a classroom server behind this site? A static host (the solo game on any web
 * server) answers `api/health` with a 404 page, its page-for-every-path fallback or nothing;
 * the classroom server with its name. Asked by the host, join and studio pages.
 */
export type ServerCheck =
  /** `network`: when this page was opened on the server's own computer, the addresses other devices reach it at. */
  | { ok: true; network: string[] }
  | { ok: false; message: string };

const TIMEOUT_MS = 8000;

export async function checkServer(root: URL): Promise<ServerCheck> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
  try {
    const res = await fetch(new URL('api/health', root), { cache: 'no-store', signal: abort.signal });
    const body = res.ok ? ((await res.json().catch(() => null)) as { service?: unknown; network?: unknown } | null) : null;
    if (body?.service === 'sourced-classroom') return { ok: true, network: Array.isArray(body.network) ? body.network.filter((a): a is string => typeof a === 'string') : [] };
    return { ok: false, message: 'This copy of Sourced is a plain website: live classes need the classroom server, which is not running here.' };
  } catch {
    return { ok: false, message: abort.signal.aborted ? 'The classroom server did not answer.' : 'The classroom server could not be reached: check the network.' };
  } finally {
    clearTimeout(timer);
  }
}
