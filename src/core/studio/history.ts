/**
 * Undo and redo over immutable documents. A command is a pure function from one document to
 * the next, with a label for the Undo button ("Undo: delete item"). Consecutive commands with
 * the same `merge` key (typing in one field) make a single step, so Undo takes back the whole
 * explanation typed, not one letter.
 */
import type { StudioDoc } from './types.ts';

export interface Command {
  label: string;
  apply(doc: StudioDoc): StudioDoc;
  /** Commands in a row with the same key are undone together. */
  merge?: string;
}

interface Step {
  doc: StudioDoc;
  label: string;
  merge?: string | undefined;
}

export interface History {
  past: Step[];
  present: StudioDoc;
  future: Step[];
  /** The merge key of the last command, while the next may extend it. */
  open?: string | undefined;
}

export const HISTORY_LIMIT = 200;

export function historyOf(doc: StudioDoc): History {
  return { past: [], present: doc, future: [] };
}

/** Runs a command. A command that changes nothing leaves the history as it is. */
export function run(h: History, cmd: Command): History {
  const next = cmd.apply(h.present);
  if (next === h.present) return h;
  if (cmd.merge !== undefined && cmd.merge === h.open && h.past.length > 0) {
    return { past: h.past, present: next, future: [], open: cmd.merge };
  }
  const past = [...h.past, { doc: h.present, label: cmd.label, merge: cmd.merge }];
  if (past.length > HISTORY_LIMIT) past.splice(0, past.length - HISTORY_LIMIT);
  return { past, present: next, future: [], open: cmd.merge };
}

/** Ends the current merge run (the author left the field): the next edit is a step of its own. */
export function seal(h: History): History {
  return h.open === undefined ? h : { ...h, open: undefined };
}

export function undo(h: History): History {
  const last = h.past[h.past.length - 1];
  if (!last) return h;
  return { past: h.past.slice(0, -1), present: last.doc, future: [{ doc: h.present, label: last.label, merge: last.merge }, ...h.future] };
}

export function redo(h: History): History {
  const next = h.future[0];
  if (!next) return h;
  return { past: [...h.past, { doc: h.present, label: next.label, merge: next.merge }], present: next.doc, future: h.future.slice(1) };
}

/** What Undo and Redo would do, for their buttons' labels. */
export function undoLabel(h: History): string | null {
  return h.past[h.past.length - 1]?.label ?? null;
}

export function redoLabel(h: History): string | null {
  return h.future[0]?.label ?? null;
}
