/**
 * A Vite build plugin for the router (src/ui/routes.ts):
 *
 * - writes the page once more for each surface with a folder (`studio/index.html`, …) with its
 *   relative addresses one level deeper, so a static host serves `…/studio/` without rewrites;
 * - lets each page preload its own surface's chunk (`<link rel="modulepreload">`), so loading
 *   the surface lazily costs no extra round trip after the entry script.
 */
import type { Plugin } from 'vite';
import type { OutputBundle, OutputChunk } from 'rolldown';
import { ROUTED, type Surface } from '../src/ui/routes.ts';

export function surfaceRoutes(): Plugin {
  return {
    name: 'sourced:surface-routes',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (!page || page.type !== 'asset') return;
        const html = String(page.source);
        page.source = withPreloads(html, preloadsOf(bundle, 'play'), './');
        for (const surface of ROUTED) {
          const files = preloadsOf(bundle, surface);
          if (files === null) continue; // this surface is not built (yet)
          const deeper = html.replace(/(\s(?:src|href)=")\.\//g, '$1../');
          this.emitFile({ type: 'asset', fileName: `${surface}/index.html`, source: withPreloads(deeper, files, '../') });
        }
      },
    },
  };
}

const chunks = (bundle: OutputBundle): OutputChunk[] => Object.values(bundle).filter((f): f is OutputChunk => f.type === 'chunk');

/** The chunk of `src/ui/<surface>/index.ts` and the chunks it imports statically, minus the entry's own; null when absent. */
function preloadsOf(bundle: OutputBundle, surface: Surface): string[] | null {
  const all = chunks(bundle);
  const byName = new Map(all.map((c) => [c.fileName, c]));
  const facade = all.find((c) => c.facadeModuleId?.replace(/\\/g, '/').endsWith(`/src/ui/${surface}/index.ts`));
  if (!facade) return null;
  const entryFiles = new Set<string>();
  const walk = (c: OutputChunk | undefined, into: Set<string>) => {
    if (!c || into.has(c.fileName)) return;
    into.add(c.fileName);
    for (const f of c.imports) walk(byName.get(f), into);
  };
  for (const entry of all.filter((c) => c.isEntry)) walk(entry, entryFiles);
  const files = new Set<string>();
  walk(facade, files);
  return [...files].filter((f) => !entryFiles.has(f));
}

function withPreloads(html: string, files: string[] | null, prefix: string): string {
  if (!files?.length) return html;
  const links = files.map((f) => `\n    <link rel="modulepreload" crossorigin href="${prefix}${f}">`).join('');
  // Other plugins may have put their own tags right before </head> (the PWA's manifest link).
  return html.replace(/\s*<\/head>/, `${links}\n  </head>`);
}
