import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Relative asset paths so the built site works from any static host or sub-folder.
  base: './',
  build: {
    target: 'es2022',
    rolldownOptions: {
      output: {
        // Phaser is ~350 KB gzip and changes rarely: keep it in its own cacheable chunk.
        codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }] },
      },
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
