/**
 * What the page is doing, for the update prompt (src/pwa/register.ts): a surface says when a
 * round is in progress, and a new version is offered only when none is. Kept tiny and free of
 * the service worker's code, so the play surface can import it without loading anything more.
 */
const busy = new Set<string>();
const listeners = new Set<() => void>();

/** `who` (e.g. "round", "presenting") starts or stops something a reload must not interrupt. */
export function setBusy(who: string, on: boolean): void {
  const was = busy.size > 0;
  if (on) busy.add(who);
  else busy.delete(who);
  if (was !== busy.size > 0) for (const l of listeners) l();
}

export function isBusy(): boolean {
  return busy.size > 0;
}

/** Called whenever the page goes from busy to idle or back. Returns the unsubscribe. */
export function onBusyChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
