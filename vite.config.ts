/**
 * Builds the kit for npm: one ES module per public entry (shared code in chunks), with the
 * runtime dependencies left to the user's bundler. The standalone CDN files are built by
 * scripts/build.mjs from `cdnBuilds`, one self-contained build per group.
 */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

export const kitRoot = fileURLToPath(new URL('./packages/micropath/', import.meta.url));

/** npm entries: `micropath/<name>` maps to `dist/<name>.js` (package.json `exports`). */
export const libEntries = {
  adapters: 'src/adapters/index.ts',
  provider: 'src/provider/define.ts',
  'provider-class': 'src/provider/micropath-provider.ts',
  'apprentice-board': 'src/apprentice-board/define.ts',
  'apprentice-board-class': 'src/apprentice-board/index.ts',
  'credential-badge': 'src/credential-badge/define.ts',
  'credential-badge-class': 'src/credential-badge/index.ts',
  'mentor-booking': 'src/mentor-booking/define.ts',
  'mentor-booking-class': 'src/mentor-booking/index.ts',
  verify: 'src/credential-badge/verify/index.ts',
  testing: 'src/testing/index.ts',
};

/**
 * CDN files: `dist/cdn/<name>.js`, each defining its elements with every dependency inlined.
 * One build per group: `adapters.js` is built with `micropath.js` so that the two share their
 * modules (one source registry, one AdapterError), while each widget file stands alone.
 */
export const cdnBuilds = [
  { micropath: 'src/cdn/micropath.ts', adapters: 'src/cdn/adapters.ts' },
  { 'apprentice-board': 'src/cdn/apprentice-board.ts' },
  { 'credential-badge': 'src/cdn/credential-badge.ts' },
  { 'mentor-booking': 'src/cdn/mentor-booking.ts' },
];

const runtimeDependencies = [
  /^lit(\/|$)/,
  /^@lit\//,
  /^valibot$/,
  /^dompurify$/,
  /^@floating-ui\//,
  /^jose$/,
  /^marked$/,
  /^jsonld$/,
];

export default defineConfig({
  root: kitRoot,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The modules keep the kit's names and doc comments: what a debugger steps through in
    // node_modules reads like the source, so no source map is needed (a map is only useful
    // with the sources, which would take the package over 3 MB). The app's bundler minifies.
    minify: false,
    sourcemap: false,
    lib: { entry: libEntries, formats: ['es'] },
    rolldownOptions: {
      external: runtimeDependencies,
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
