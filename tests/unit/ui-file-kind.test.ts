import { describe, expect, it } from 'vitest';
import { fileKind, looksLikePackObject, notAPackMessage } from '../../src/ui/file-kind.ts';

const bytes = (...b: number[]) => new Uint8Array(b);
const text = (t: string) => new TextEncoder().encode(t);
const kindOf = (t: string, type = '') => fileKind(text(t).subarray(0, 64), t, type);

describe('what a file that is not a pack is', () => {
  it('knows images, PDFs and archives by their first bytes, whatever their name', () => {
    // A PNG renamed to .pack.json
    expect(fileKind(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), null)).toBe('image');
    expect(fileKind(bytes(0xff, 0xd8, 0xff, 0xe0), null)).toBe('image');
    expect(fileKind(text('GIF89a'), null)).toBe('image');
    expect(fileKind(bytes(0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50), null)).toBe('image');
    expect(fileKind(text('%PDF-1.7'), null)).toBe('pdf');
    expect(fileKind(bytes(0x50, 0x4b, 0x03, 0x04, 0x14), null)).toBe('archive');
    expect(fileKind(bytes(0x1f, 0x8b, 0x08), null)).toBe('archive');
    expect(fileKind(bytes(0x7b, 0x00, 0x22, 0x00), null)).toBe('binary'); // UTF-16 "{"
  });

  it('knows web pages, XML, SVG, logs and plain text by their text', () => {
    expect(kindOf('<!DOCTYPE html>\n<html lang="en"><head>')).toBe('web-page');
    expect(kindOf('\uFEFF  <html>\n<body>hi</body></html>')).toBe('web-page');
    expect(kindOf('<!-- saved page -->\n<html>')).toBe('web-page');
    expect(kindOf('<?xml version="1.0"?>\n<feed></feed>')).toBe('xml');
    expect(kindOf('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>')).toBe('image');
    expect(kindOf('2025-03-12 10:01:33 INFO server started on :8080\n')).toBe('text');
    expect(kindOf('id,quote,verdict\n1,"x",claim\n')).toBe('text');
    expect(kindOf('   \n\t')).toBe('empty');
    expect(kindOf('')).toBe('empty');
  });

  it('tells JSON that is not an object, and leaves what looks like a pack to the validator', () => {
    expect(kindOf('[{"id": 1}]')).toBe('json-not-object');
    expect(kindOf('"just a string"')).toBe('json-not-object');
    expect(kindOf('42')).toBe('json-not-object');
    expect(kindOf('{"format": "sourced-pack@1", ')).toBe('pack'); // broken JSON: the validator gives the line
    expect(kindOf('  {"hello": "world"}')).toBe('pack');
  });

  it('believes a server that says it sent a web page', () => {
    expect(kindOf('{"not": "really"}', 'text/html; charset=utf-8')).toBe('web-page');
    expect(fileKind(text('abc'), null, 'image/png')).toBe('image');
  });

  it('separates JSON with a pack’s fields from other JSON', () => {
    expect(looksLikePackObject({ hello: 'world' })).toBe(false);
    expect(looksLikePackObject([1])).toBe(false);
    expect(looksLikePackObject({ format: 'sourced-pack@2' })).toBe(true);
    expect(looksLikePackObject({ items: [] })).toBe(true);
  });

  it('says each kind in plain words, never as a parser', () => {
    expect(notAPackMessage('web-page')).toMatch(/^This is a web page, not a pack file\./);
    expect(notAPackMessage('image')).toBe('This is an image, not a pack file.');
    expect(notAPackMessage('text')).toMatch(/^This is a plain text file, not a pack file/);
    for (const k of ['empty', 'web-page', 'xml', 'image', 'pdf', 'archive', 'binary', 'text', 'json-not-object', 'json-not-pack'] as const) {
      expect(notAPackMessage(k)).not.toMatch(/found "|expected|JSON\.parse|token/i);
    }
  });
});
