/** Articles into sources: Readability on an HTML page (under linkedom here), text and Markdown. */
import { readFileSync } from 'node:fs';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { articleFromFile, articleFromHtml, articleFromText, dateOf, fromMarkdown, looksLikeHtml, type ParseHtml } from '../../src/ui/studio/articles';

const parse: ParseHtml = (html) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
const fixture = (name: string) => readFileSync(`tests/e2e/fixtures/${name}`, 'utf8');

describe('a web page’s HTML', () => {
  it('keeps the article’s paragraphs and drops menus, captions, forms and footers; details come from the page', () => {
    const html = fixture('studio-blog.html');
    expect(looksLikeHtml(html)).toBe(true);
    const a = articleFromHtml(html, parse);
    const paras = a.source.text.split('\n\n');
    expect(paras).toContain('I spent last Sunday afternoon at the Riverside library. Every table in the reading room was taken, and the children’s corner had a queue for story time.');
    expect(paras).toContain('The extra money, £40,000, will pay for two part-time librarians.');
    for (const furniture of ['Subscribe', 'About this blog', 'Photo: Priya Nair', 'Cookie settings', 'All rights reserved']) expect(a.source.text).not.toContain(furniture);
    expect(a.source).toMatchObject({ title: 'A Sunday at the Riverside library', outlet: 'Millbrook Matters', author: 'Priya Nair', published: '2024-03-11', genre: 'blog', url: 'https://millbrook-matters.example/2024/03/riverside-sunday' });
    expect(a.found).toEqual(expect.arrayContaining(['title', 'outlet', 'author', 'published', 'url', 'genre']));
  });

  it('a hostile page gives its words only: markup written as text stays text, scripts and their code are gone', () => {
    const a = articleFromFile('page.html', fixture('studio-hostile.html'), parse);
    expect(a.source.text).toContain('it says <script>alert(1)</script> as words, and <b>bold</b> too');
    expect(a.source.text).toContain('An image follows  inside the text'.replace('  ', ' '));
    for (const code of ['window.__pwned', 'evil.example', 'fetch(', 'circle']) expect(a.source.text).not.toContain(code);
  });

  it('a fragment too small for Readability keeps its text, and says so', () => {
    const a = articleFromHtml('<div><p>Only <em>one</em> short paragraph here.</p></div>', parse);
    expect(a.source.text).toBe('Only one short paragraph here.');
    expect(a.notes.join(' ')).toMatch(/No article was found/);
  });
});

describe('text and Markdown', () => {
  it('plain text: title from the first line, "By" line, date; the text kept as written', () => {
    const text = fixture('studio-gazette.txt');
    const a = articleFromText(text, 'gazette.txt');
    expect(a.source).toMatchObject({ title: 'Riverside library to keep its Sunday hours', author: 'Dana Whitfield', published: '2024-03-06', outlet: '' });
    expect(a.source.text).toBe(text.trim());
  });

  it('front matter is read as the content tools read it', () => {
    const a = articleFromText('---\nid: my-src\ntitle: T\noutlet: O\npublished: 2020-01-02\ngenre: opinion\n---\nBody text here.\n', 'x.txt');
    expect(a.source).toMatchObject({ id: 'my-src', title: 'T', outlet: 'O', published: '2020-01-02', genre: 'opinion', text: 'Body text here.' });
  });

  it('Markdown marks are removed, the words kept', () => {
    expect(fromMarkdown('# Title\n\nSome **bold** and _em_ text with a [link](https://x.org).\n\n> quoted\n\n- item')).toBe('Title\n\nSome bold and em text with a link.\n\nquoted\n\n• item');
    const a = articleFromFile('notes.md', '# The heading\n\nA paragraph with *stress*.', parse);
    expect(a.source.title).toBe('The heading');
    expect(a.source.text).toBe('The heading\n\nA paragraph with stress.');
  });

  it('reads dates as they are written in articles', () => {
    expect(dateOf('Published March 25, 2013')).toBe('2013-03-25');
    expect(dateOf('25 Mar. 2013')).toBe('2013-03-25');
    expect(dateOf('2013-03-25T10:00')).toBe('2013-03-25');
    expect(dateOf('no date here')).toBeUndefined();
  });
});
