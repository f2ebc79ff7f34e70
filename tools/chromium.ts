/**
 * How to start Chromium here, shared by the end-to-end tests and the benchmarks.
 * Debian's Chromium when it is installed (CI, these build machines), otherwise
 * Playwright's own browser, so the tests also run on a developer's laptop.
 */

import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export const chromiumExecutable: string | undefined = process.env.CHROMIUM_PATH ?? (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);

/**
 * Flags measured to work as root without a GPU. WebGL comes up through
 * SwiftShader; never add --disable-software-rasterizer, which removes WebGL
 * and makes Phaser fall back to Canvas without a word.
 */
export const chromiumArgs: string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
