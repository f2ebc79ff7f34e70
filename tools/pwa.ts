/**
 * The offline game (a Progressive Web App), as Vite plugins:
 *
 * - `appIcons()` renders the site's icons for the web manifest from `assets/icon.svg` at build
 *   time (resvg, compiled to WebAssembly: no native binary, nothing downloaded), so no image is
 *   stored twice or fetched from anywhere;
 * - `offlineGame()` is vite-plugin-pwa with Workbox's generated service worker: it precaches
 *   every file of the build, so every surface folder the build writes (`present/index.html`,
 *   `studio/index.html`, … by tools/vite-routes.ts) loads with no network, with the fonts,
 *   the Phaser stage and every lazy chunk (the validator, the studio's worker…).
 *
 * The worker never takes over by itself: a new deployment waits until the page tells it to
 * (src/pwa/register.ts asks the player first, and never during a round).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const ICON_SVG = new URL('../assets/icon.svg', import.meta.url);
const BACKGROUND = '#1c2131';

/** The icon's drawing without its <svg> wrapper and title. */
function iconBody(): string {
  const svg = readFileSync(ICON_SVG, 'utf8');
  const inner = /<svg[^>]*>([\s\S]*)<\/svg>/.exec(svg)?.[1];
  if (!inner) throw new Error('assets/icon.svg has no <svg> element');
  return inner.replace(/<title>[\s\S]*?<\/title>/, '');
}

/**
 * The icon for home screens that cut their own shape (`purpose: maskable`): the same drawing at
 * 80 % on a full square of its background colour, so the marks stay inside the safe circle.
 */
function maskableSvg(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${BACKGROUND}"/><g transform="translate(3.2 3.2) scale(0.8)">${iconBody()}</g></svg>`;
}

export const ICONS = [
  { file: 'icons/icon-192.png', size: 192, purpose: 'any', maskable: false },
  { file: 'icons/icon-512.png', size: 512, purpose: 'any', maskable: false },
  { file: 'icons/icon-maskable-512.png', size: 512, purpose: 'maskable', maskable: true },
  { file: 'icons/apple-touch-icon-180.png', size: 180, purpose: undefined, maskable: true },
] as const;

let resvgReady: Promise<typeof import('@resvg/resvg-wasm')> | null = null;

function resvg(): Promise<typeof import('@resvg/resvg-wasm')> {
  resvgReady ??= (async () => {
    const mod = await import('@resvg/resvg-wasm');
    const wasm = readFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm'));
    // The module is loaded once per process, but Vite may load this config more than once.
    await mod.initWasm(wasm).catch((e: unknown) => {
      if (!/Already initialized/.test(String(e))) throw e;
    });
    return mod;
  })();
  return resvgReady;
}

/** PNG bytes of the icon at `size` pixels. */
export async function renderIcon(size: number, maskable: boolean): Promise<Uint8Array> {
  const { Resvg } = await resvg();
  const svg = maskable ? maskableSvg() : readFileSync(ICON_SVG, 'utf8');
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

export function appIcons(): Plugin {
  return {
    name: 'sourced:app-icons',
    apply: 'build',
    // iOS reads its home-screen icon from the page, not the manifest.
    transformIndexHtml: () => [{ tag: 'link', attrs: { rel: 'apple-touch-icon', href: `./${ICONS[3].file}` }, injectTo: 'head' }],
    async generateBundle() {
      for (const icon of ICONS) this.emitFile({ type: 'asset', fileName: icon.file, source: await renderIcon(icon.size, icon.maskable) });
    },
  };
}

export function offlineGame(): Plugin[] {
  return VitePWA({
    // src/pwa/register.ts registers the worker after the page's load event, lazily.
    injectRegister: false,
    registerType: 'prompt',
    manifestFilename: 'manifest.webmanifest',
    manifest: {
      name: 'Sourced — every answer is sourced',
      short_name: 'Sourced',
      description: 'A media-literacy game: judge a quote from a real article — claim, verified fact or disputed — and see the evidence.',
      lang: 'en',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#f6f1e6',
      theme_color: '#f6f1e6',
      icons: ICONS.filter((i) => i.purpose).map((i) => ({ src: i.file, sizes: `${i.size}x${i.size}`, type: 'image/png', purpose: i.purpose })),
    },
    workbox: {
      // Every file the build writes, whatever surfaces exist: pages, chunks, styles, fonts, icons.
      globPatterns: ['**/*'],
      globIgnores: ['**/*.map', '**/.*'],
      // The Phaser chunk is about 0.8 MB; a pack-sized asset would still fit.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      // Vite's hashed file names (assets/name-XXXXXXXX.ext) need no revision.
      dontCacheBustURLsMatching: /(^|\/)assets\/[^/]+-[A-Za-z0-9_-]{8}\.\w+$/,
      // `…/join/?code=KXRT`, `…/?pack=URL`: the page is the same whatever its query says.
      ignoreURLParametersMatching: [/.*/],
      // `…/studio` without its slash, or any other address inside the site, gets the game's page
      // (the router reads the address; the page's relative paths hold at that depth).
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // The first visit's page is served by the worker as soon as it is installed, so a pack
      // opened offline without a reload still finds the validator's chunk.
      clientsClaim: true,
      skipWaiting: false,
    },
  });
}
