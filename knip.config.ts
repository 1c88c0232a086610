import type { KnipConfig } from 'knip';

// `npm test` runs knip: an import of an undeclared package, a declared package nothing uses,
// or a file or export nothing imports fails the run.
const config: KnipConfig = {
  // Bench variants are loaded by path (astro build --config …), not imported.
  entry: ['tests/bench/variant.config.ts', 'tests/bench/variant-qr-stub.ts'],
  project: ['src/**/*.{ts,astro}', 'tests/**/*.ts', '*.{ts,js}'],
  // The bench's bare Astro + Pagefind site is a separate project, built by tests/bench/builds.ts.
  ignore: ['tests/bench/baseline/**'],
  // Peer dependencies of @astrojs/check's WebAssembly TypeScript bridge that it does not install itself.
  ignoreDependencies: ['@emnapi/core', '@emnapi/runtime'],
  // The system package manager the pretest step calls to install Chromium and nginx when missing.
  ignoreBinaries: ['apt-get'],
  vitest: {
    config: ['tests/vitest.config.ts'],
    entry: ['tests/**/*.test.ts'],
  },
};

export default config;
