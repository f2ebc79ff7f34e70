/**
 * The structure of a `sourced-pack@1` file as one zod schema. It is the single
 * definition behind both the validator and the published JSON Schema
 * (`content/schema/pack.schema.json`, made by `npm run content -- schema`).
 *
 * Rules a JSON Schema cannot state (references between fields, unique ids,
 * calendar dates, the 1 MB byte limit, verbatim matching, the verdict rules)
 * are checked afterwards in `rules.ts`.
 */

import { z } from 'zod';
import { GENRES, PACK_FORMAT, STANCES, VERDICTS } from './types.ts';

// zod compiles its object parsers with `new Function` where it may. The classroom server's pages
// forbid that (src/server/static.ts), where zod's probe would be reported as a violation, and on
// the first pack it gains nothing measurable (validation median 6.4 ms compiled, 6.8 ms not).
z.config({ jitless: true });

/** Unicode code points, as the format counts lengths (JSON Schema counts the same way). */
export function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A high surrogate followed by a low one is a single code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

function text(min: number, max: number, what = 'text') {
  return z
    .string({ error: `must be ${what} in double quotes` })
    .check(
      // A string has at least length / 2 and at most length code points: count only when in doubt.
      z.refine((s) => s.length >= 2 * min || codePoints(s) >= min, {
        error: (iss) =>
          min === 1 ? 'must not be empty' : `is too short: ${codePoints(String(iss.input))} characters, at least ${min} needed`,
      }),
      z.refine((s) => s.length <= max || codePoints(s) <= max, {
        error: (iss) => `is too long: ${codePoints(String(iss.input))} characters, at most ${max} allowed`,
      }),
    )
    .meta({ minLength: min, maxLength: max });
}

const ID_PATTERN = /^[a-z0-9-]{1,64}$/;
const id = () =>
  z.string({ error: 'must be an id in double quotes' }).regex(ID_PATTERN, {
    error: 'must be 1 to 64 characters of lowercase letters a-z, digits 0-9 and hyphens, such as "csm-2013"',
  });

// Well-formed BCP 47 language tags (RFC 5646 §2.1, without grandfathered tags).
const BCP47 =
  /^(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|\d{3}))?(?:-(?:[A-Za-z\d]{5,8}|\d[A-Za-z\d]{3}))*(?:-[\dA-WY-Za-wy-z](?:-[A-Za-z\d]{2,8})+)*(?:-[xX](?:-[A-Za-z\d]{1,8})+)?$|^[xX](?:-[A-Za-z\d]{1,8})+$/;

const oneOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, {
    error: (iss) =>
      typeof iss.input === 'string'
        ? `"${iss.input}" is not a ${what}: use one of ${values.map((v) => `"${v}"`).join(', ')}`
        : `must be one of ${values.map((v) => `"${v}"`).join(', ')}`,
  });

const tag = (example: string) =>
  z
    .string({ error: 'must be a tag in double quotes' })
    .regex(/^(?=.{1,60}$)[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: `must be a kebab-case tag of at most 60 characters, such as "${example}"`,
    });

const extensions = () =>
  z.record(z.string(), z.unknown(), { error: 'must be an object { … } (free content for tools)' }).meta({
    description: 'Free content for tools; the only place where fields of any name are allowed.',
  });

export const sourceSchema = z.strictObject({
  id: id(),
  title: text(1, 300),
  outlet: text(1, 300),
  author: text(1, 300).optional(),
  published: z.string({ error: 'must be a date in double quotes' }).regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, {
    error: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD, such as "2013-03-25"',
  }),
  url: z
    .string({ error: 'must be a web address in double quotes' })
    .regex(/^https?:\/\/\S+$/i, { error: 'must be a full web address starting with http:// or https://' })
    .optional(),
  genre: oneOf(GENRES, 'genre'),
  // 1 MB is a byte limit (checked in rules.ts); as code points it can be no longer than that.
  text: text(1, 1_000_000),
});

export const quoteSchema = z.strictObject({
  source: id(),
  text: text(8, 600),
  speaker: text(1, 200),
});

export const evidenceSchema = z.strictObject({
  source: id(),
  text: text(8, 1200),
  stance: oneOf(STANCES, 'stance'),
  note: text(0, 400).optional(),
});

export const itemSchema = z.strictObject({
  id: id(),
  quote: quoteSchema,
  verdict: oneOf(VERDICTS, 'verdict'),
  explanation: text(1, 800),
  evidence: z
    .array(evidenceSchema, { error: 'must be a list [ … ] of evidence passages' })
    .min(1, { error: 'needs at least 1 evidence passage' })
    .max(12, { error: (iss) => `has ${(iss.input as unknown[]).length} passages; at most 12 are allowed` }),
  skill: tag('check-dates').optional(),
  difficulty: z.literal([1, 2, 3], { error: 'must be the number 1, 2 or 3 (no quotes)' }).optional(),
  group: tag('delegate-year').optional(),
  discussion: text(0, 300).optional(),
  extensions: extensions().optional(),
});

export const packSchema = z
  .strictObject({
    format: z.literal(PACK_FORMAT, {
      error: (iss) =>
        typeof iss.input === 'string' && iss.input.startsWith('sourced-pack@')
          ? `this pack is in format "${iss.input}", but this version of Sourced reads "${PACK_FORMAT}"`
          : `must be exactly "${PACK_FORMAT}"`,
    }),
    id: id(),
    title: text(1, 120),
    description: text(0, 1000).optional(),
    language: z
      .string({ error: 'must be a language tag in double quotes' })
      .regex(BCP47, { error: 'must be a language tag such as "en", "es" or "pt-BR"' }),
    audience: text(0, 120).optional(),
    authors: z.array(text(1, 120), { error: 'must be a list [ … ] of names' }).optional(),
    updated: z.string({ error: 'must be a date in double quotes' }).regex(/^\d{4}-\d{2}-\d{2}$/, {
      error: 'must be a date written YYYY-MM-DD, such as "2026-11-23"',
    }),
    sources: z
      .array(sourceSchema, { error: 'must be a list [ … ] of sources' })
      .min(1, { error: 'needs at least 1 source' })
      .max(200, { error: (iss) => `has ${(iss.input as unknown[]).length} sources; at most 200 are allowed` }),
    items: z
      .array(itemSchema, { error: 'must be a list [ … ] of items' })
      .min(1, { error: 'needs at least 1 item' })
      .max(2000, { error: (iss) => `has ${(iss.input as unknown[]).length} items; at most 2000 are allowed` }),
    extensions: extensions().optional(),
  })
  .meta({
    $id: 'https://sourced.example/schema/pack.schema.json',
    title: 'Sourced question pack, format sourced-pack@1',
    description:
      'The structure of a Sourced question pack. The Sourced validator also checks what a JSON Schema cannot: ' +
      'ids referenced and unique, calendar dates, the 1,000,000-byte limit on a source text, that every quote ' +
      'and evidence text occurs verbatim in its source, and the three verdict rules.',
  });

/** The JSON Schema published for pack authors and their tools. */
export function packJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(packSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
