/**
 * Validation of a question pack: structure (schema.ts), then the rules the
 * schema cannot state (rules.ts). A valid pack comes back compiled, every
 * excerpt resolved to offsets in its source; an invalid one is refused whole.
 */

import { JsonSyntaxError, parseJson, type ParsedJson } from './json.ts';
import { checkRules } from './rules.ts';
import { checkStructure } from './structure.ts';
import type { CompiledPack, Pack, PackIssue, Span, ValidationResult } from './types.ts';

/** Validates a pack already parsed from JSON. */
export function validatePack(data: unknown): ValidationResult {
  const structural = checkStructure(data);
  const { errors: ruleErrors, warnings, spans } = checkRules(data);
  const errors = [...structural, ...ruleErrors];
  if (errors.length > 0) return { ok: false, errors, warnings };
  return { ok: true, pack: compile(data as Pack, spans), errors: [], warnings };
}

/**
 * Validates a pack file's text. JSON syntax errors and every other issue carry
 * the line they are on, so an author can go straight to it.
 */
export function parsePack(text: string): ValidationResult {
  let parsed: ParsedJson;
  try {
    parsed = parseJson(text);
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    // The line and column are fields, said once by whoever shows the issue.
    const issue: PackIssue = { path: '', message: `the file is not valid JSON: ${e.reason}`, line: e.position.line, column: e.position.column, syntax: true };
    return { ok: false, errors: [issue], warnings: [] };
  }
  const result = validatePack(parsed.value);
  const withLine = (issue: PackIssue): PackIssue => ({ ...issue, line: parsed.locate(parsed.positionOf(issue.path)).line });
  if (!result.ok) {
    const errors = result.errors.map(withLine).sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return { ok: false, errors, warnings: result.warnings.map(withLine) };
  }
  return { ...result, warnings: result.warnings.map(withLine) };
}

function compile(pack: Pack, spans: Map<string, Span>): CompiledPack {
  return {
    ...pack,
    items: pack.items.map((item, i) => ({
      ...item,
      quote: { ...item.quote, span: spans.get(`items[${i}].quote`)! },
      evidence: item.evidence.map((e, k) => ({ ...e, span: spans.get(`items[${i}].evidence[${k}]`)! })),
    })),
  };
}
