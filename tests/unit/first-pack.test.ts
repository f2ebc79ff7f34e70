/**
 * The first pack, as the issue asks for it: valid, big and balanced enough,
 * drawn from all five articles, and carrying the corpus texts unchanged.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSourceDocument } from '../../src/core/corpus/index.ts';
import { parsePack, VERDICTS, type CompiledPack } from '../../src/core/pack/index.ts';

const FILE = 'content/packs/dprk-man-in-the-west.pack.json';
const result = parsePack(readFileSync(FILE, 'utf8'));
const pack = (result.ok ? result.pack : undefined) as CompiledPack;

describe('the first pack', () => {
  it('validates without errors or warnings', () => {
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('has at least 36 items and at least 10 of each verdict', () => {
    expect(pack.items.length).toBeGreaterThanOrEqual(36);
    for (const verdict of VERDICTS) {
      expect(pack.items.filter((i) => i.verdict === verdict).length, verdict).toBeGreaterThanOrEqual(10);
    }
  });

  it('quotes all five articles', () => {
    const quoted = new Set(pack.items.map((i) => i.quote.source));
    expect([...quoted].sort()).toEqual(pack.sources.map((s) => s.id).sort());
    expect(quoted.size).toBe(5);
  });

  it('gives every item a skill and a difficulty, and the difficulties range from 1 to 3', () => {
    for (const item of pack.items) {
      expect(item.skill, item.id).toMatch(/\w/);
      expect(item.difficulty, item.id).toBeDefined();
    }
    expect(new Set(pack.items.map((i) => i.difficulty))).toEqual(new Set([1, 2, 3]));
  });

  it('keeps every explanation to 60 words or fewer', () => {
    const long = pack.items.filter((i) => i.explanation.split(/\s+/).filter(Boolean).length > 60).map((i) => i.id);
    expect(long).toEqual([]);
  });

  it('carries each corpus article unchanged as its source', () => {
    const dir = 'content/corpus';
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(files).toHaveLength(5);
    for (const file of files) {
      const { source } = parseSourceDocument(readFileSync(`${dir}/${file}`, 'utf8'), file.replace(/\.txt$/, ''));
      const inPack = pack.sources.find((s) => s.id === source.id);
      expect(inPack, source.id).toBeDefined();
      expect(inPack!.text).toBe(source.text);
      expect({ ...inPack, text: '' }).toEqual({ ...source, text: '' });
    }
  });
});
