/**
 * The published JSON Schema (content/schema/pack.schema.json) and the validator
 * come from one zod definition. These tests prove the file is current and that
 * a standard JSON Schema validator (ajv, draft 2020-12) and ours agree on the
 * structure of packs, good and broken.
 */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { packJsonSchema, validatePack, type Pack } from '../../src/core/pack/index.ts';
import { clone, validPack } from './fixtures/packs.ts';

const committed = JSON.parse(readFileSync('content/schema/pack.schema.json', 'utf8')) as Record<string, unknown>;
const ajv = new Ajv2020({ allErrors: true, strict: false, unicodeRegExp: true });
const ajvValidate = ajv.compile(committed);

/** Structure only: the rules a JSON Schema cannot state (references, verbatim text) are left intact by these mutations. */
const mutations: [string, (p: Record<string, any>) => void][] = [
  ['the valid pack itself', () => {}],
  ['format missing', (p) => delete p.format],
  ['format of another version', (p) => (p.format = 'sourced-pack@2')],
  ['id with capitals', (p) => (p.id = 'Test-Pack')],
  ['id of 65 characters', (p) => (p.id = 'a'.repeat(65))],
  ['title of 120 emoji (code points)', (p) => (p.title = '😀'.repeat(120))],
  ['title of 121 emoji', (p) => (p.title = '😀'.repeat(121))],
  ['title empty', (p) => (p.title = '')],
  ['language not a tag', (p) => (p.language = 'english language')],
  ['language pt-BR', (p) => (p.language = 'pt-BR')],
  ['authors not a list', (p) => (p.authors = 'Me')],
  ['updated 2026-11', (p) => (p.updated = '2026-11')],
  ['an unknown field', (p) => (p.titel = 'x')],
  ['an unknown field inside extensions', (p) => (p.extensions = { anything: [1, { b: null }] })],
  ['extensions a list', (p) => (p.extensions = [1])],
  ['no sources', (p) => (p.sources = [])],
  ['source genre unknown', (p) => (p.sources[0].genre = 'newspaper')],
  ['source without a url', (p) => delete p.sources[0].url],
  ['source published as a year', (p) => (p.sources[0].published = '2013')],
  ['source published in words', (p) => (p.sources[0].published = 'March 2013')],
  ['item verdict unknown', (p) => (p.items[0].verdict = 'true')],
  ['item difficulty 4', (p) => (p.items[0].difficulty = 4)],
  ['item difficulty 2.5', (p) => (p.items[0].difficulty = 2.5)],
  ['item skill with spaces', (p) => (p.items[0].skill = 'two words')],
  ['item without skill or difficulty', (p) => { delete p.items[0].skill; delete p.items[0].difficulty; }],
  ['evidence empty', (p) => (p.items[0].evidence = [])],
  ['stance unknown', (p) => (p.items[0].evidence[0].stance = 'agrees')],
  ['quote with an extra field', (p) => (p.items[0].quote.page = 3)],
  ['note of 401 characters', (p) => (p.items[1].evidence[0].note = 'x'.repeat(401))],
];

describe('content/schema/pack.schema.json', () => {
  it('is the schema generated from the validator’s definitions (run `npm run content -- schema` if not)', () => {
    expect(committed).toEqual(JSON.parse(JSON.stringify(packJsonSchema())));
  });

  it('is a JSON Schema 2020-12 document', () => {
    expect(committed.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it.each(mutations)('agrees with the validator on structure: %s', (_name, mutate) => {
    const pack = clone(validPack()) as unknown as Record<string, any>;
    mutate(pack);
    const ours = validatePack(pack as unknown as Pack).ok;
    const theirs = ajvValidate(pack) as boolean;
    expect(theirs, JSON.stringify(ajvValidate.errors)).toBe(ours);
  });
});
