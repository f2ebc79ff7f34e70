/**
 * The live check: the project's validator on the document as it stands, its issues in the
 * studio's words, and the balance. The studio runs it in a worker after every edit.
 */
// Through the pack module's index, as the game loads it: one validator chunk for both.
import { validatePack } from '../pack/index.ts';
import { balanceOf, type Balance } from './balance.ts';
import { packFromDoc } from './doc.ts';
import { explainIssues, type Message } from './messages.ts';
import type { StudioDoc } from './types.ts';

export interface CheckResult {
  /** True when the pack file would be accepted by the game (warnings allowed). */
  ok: boolean;
  errors: number;
  warnings: number;
  messages: Message[];
  /** Messages by item key (items without any are absent). */
  byItem: Record<string, Message[]>;
  balance: Balance;
}

export function checkDoc(doc: StudioDoc): CheckResult {
  const result = validatePack(packFromDoc(doc));
  const messages = explainIssues(doc, result.errors, result.warnings);
  const byItem: Record<string, Message[]> = {};
  for (const m of messages) if (m.target.kind === 'item') (byItem[m.target.key] ??= []).push(m);
  return {
    ok: result.ok,
    errors: messages.filter((m) => m.severity === 'error').length,
    warnings: messages.filter((m) => m.severity === 'warning').length,
    messages,
    byItem,
    balance: balanceOf(doc),
  };
}
