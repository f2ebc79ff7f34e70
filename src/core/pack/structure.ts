/**
 * Structural checks: runs the zod schema and turns its issues into messages a
 * teacher understands, each at the JSON path of the field at fault.
 */

import type { z } from 'zod';
import { formatPath } from './json.ts';
import { evidenceSchema, itemSchema, packSchema, quoteSchema, sourceSchema } from './schema.ts';
import { suggest } from './suggest.ts';
import type { PackIssue } from './types.ts';

type Path = readonly PropertyKey[];

const PLACES: { shape: Record<string, unknown>; what: string; test: (p: Path) => boolean }[] = [
  { shape: packSchema.shape, what: 'a pack', test: (p) => p.length === 0 },
  { shape: sourceSchema.shape, what: 'a source', test: (p) => p.length === 2 && p[0] === 'sources' },
  { shape: itemSchema.shape, what: 'an item', test: (p) => p.length === 2 && p[0] === 'items' },
  { shape: quoteSchema.shape, what: 'a quote', test: (p) => p.length === 3 && p[2] === 'quote' },
  { shape: evidenceSchema.shape, what: 'an evidence passage', test: (p) => p.length === 4 && p[2] === 'evidence' },
];

export function checkStructure(data: unknown): PackIssue[] {
  const result = packSchema.safeParse(data);
  if (result.success) return [];
  const issues: PackIssue[] = [];
  for (const issue of result.error.issues) issues.push(...translate(issue, data));
  return issues;
}

function translate(issue: z.core.$ZodIssue, data: unknown): PackIssue[] {
  const path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    const place = PLACES.find((p) => p.test(path));
    const allowed = place ? Object.keys(place.shape) : [];
    return issue.keys.map((key) => {
      const guess = suggest(key, allowed);
      const hint = guess ? `did you mean "${guess}"?` : `the fields allowed here are ${allowed.map((k) => `"${k}"`).join(', ')}`;
      return {
        path: at([...path, key]),
        message: `"${key}" is not a field of ${place?.what ?? 'this object'}: ${hint} (Free content belongs in "extensions".)`,
      };
    });
  }
  if (path.length > 0 && !hasField(data, path)) {
    return [{ path: at(path), message: 'is missing: this field is required' }];
  }
  if (issue.code === 'invalid_type' && issue.expected === 'object') {
    return [{ path: at(path), message: path.length === 0 ? 'the pack must be a JSON object { … }' : 'must be an object { … }' }];
  }
  return [{ path: at(path), message: issue.message }];
}

function at(path: Path): string {
  return formatPath(path.map((k) => (typeof k === 'symbol' ? String(k) : k)));
}

/** Whether the field at `path` is present at all (a required field left out is "missing", whatever rule it breaks). */
function hasField(data: unknown, path: Path): boolean {
  let v: unknown = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, key)) return false;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v !== undefined;
}
