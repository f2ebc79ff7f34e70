import { describe, expect, it } from 'vitest';
import { routeOf, surfaceHref } from '../../src/ui/routes.ts';

describe('routes: which surface an address shows', () => {
  it('the site root, with or without index.html, is play', () => {
    for (const href of ['https://x.org/', 'https://x.org/index.html', 'https://x.org/?pack=a.json']) {
      const r = routeOf(href);
      expect(r.surface).toBe('play');
      expect(r.root.href).toBe('https://x.org/');
    }
  });

  it('a surface folder, with or without its trailing slash, under any sub-folder', () => {
    expect(routeOf('https://x.org/join/?code=KXRT')).toMatchObject({ surface: 'join' });
    expect(routeOf('https://x.org/join/?code=KXRT').params.get('code')).toBe('KXRT');
    expect(routeOf('https://x.org/games/sourced/studio').root.href).toBe('https://x.org/games/sourced/');
    expect(routeOf('https://x.org/games/sourced/host/index.html')).toMatchObject({ surface: 'host' });
  });

  it('an unknown folder is not a surface: it is the root of a site in that folder', () => {
    const r = routeOf('https://x.org/studios/');
    expect(r.surface).toBe('play');
    expect(r.root.href).toBe('https://x.org/studios/');
  });

  it('links between surfaces stay inside the site, parameters encoded', () => {
    const root = routeOf('https://x.org/sub/present/').root;
    expect(surfaceHref(root, 'play')).toBe('https://x.org/sub/');
    expect(surfaceHref(root, 'join', { code: 'AB CD' })).toBe('https://x.org/sub/join/?code=AB+CD');
  });
});
