import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { appIcons, offlineGame } from './tools/pwa.ts';
import { surfaceRoutes } from './tools/vite-routes.ts';
import { classroomProxy } from './src/server/dev-proxy.ts';

const phaserSrc = fileURLToPath(new URL('./node_modules/phaser/src/', import.meta.url));

/**
 * Phaser's build flags, as its own dist build sets them (webpack's DefinePlugin), except: no
 * Canvas renderer (deprecated in Phaser 4; the stage only asks for WebGL) and no sound manager
 * (Howler plays the sounds). Phaser's sources test `typeof FLAG`, so the expression is replaced.
 */
function phaserFlags(): Plugin {
  const flags: Record<string, boolean> = {
    WEBGL_RENDERER: true,
    CANVAS_RENDERER: false,
    WEBGL_DEBUG: false,
    FEATURE_SOUND: false,
    PLUGIN_CAMERA3D: false,
    PLUGIN_FBINSTANT: false,
  };
  const re = new RegExp(`typeof (${Object.keys(flags).join('|')})\\b`, 'g');
  return {
    name: 'sourced:phaser-flags',
    enforce: 'pre',
    transform(code, id) {
      if (!id.startsWith(phaserSrc)) return null;
      // phaser-core.js also assigns the global `Phaser`, a name a browser does not have.
      return { code: code.replace(re, (_, flag: string) => String(flags[flag])).replace(/^global\.Phaser = Phaser;$/m, ''), map: null };
    },
  };
}

export default defineConfig({
  // Relative asset paths so the built site works from any static host or sub-folder.
  base: './',
  resolve: {
    alias: [
      // Only the parts of Phaser the stage uses (src/vendor/phaser.js): ~210 KB gzip, not 357.
      { find: /^phaser$/, replacement: fileURLToPath(new URL('./src/vendor/phaser.js', import.meta.url)) },
      { find: /^phaser-src\//, replacement: phaserSrc },
      // workbox-window's package points bundlers at its ES5 build; the site targets ES2022, and the
      // modern build is ~0.9 KB gzip smaller on every first load.
      { find: /^workbox-window$/, replacement: fileURLToPath(new URL('./node_modules/workbox-window/build/workbox-window.prod.mjs', import.meta.url)) },
    ],
  },
  plugins: [phaserFlags(), surfaceRoutes(), appIcons(), offlineGame()],
  // The classroom server's paths, in development (npm run dev starts it beside Vite).
  server: { proxy: classroomProxy() },
  preview: { proxy: {} },
  // The dev server pre-bundles Phaser's sources: the same flags there, so dev runs what ships.
  optimizeDeps: { rolldownOptions: { plugins: [phaserFlags()] } },
  build: {
    target: 'es2022',
    // The Phaser chunk is ~810 KB before compression (~210 KB gzip) and loads after the first
    // screen; warn only if a chunk grows past it.
    chunkSizeWarningLimit: 850,
    rolldownOptions: {
      output: {
        // Phaser is large and changes rarely: keep it in its own cacheable chunk.
        codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser[\\/]|src[\\/]vendor[\\/]phaser/ }] },
      },
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
