// Builds @micropath/server: its TypeScript bundled into dist/ (dependencies, the kit included,
// stay imports), and the bins made executable.
import { build } from 'esbuild';
import { chmodSync, copyFileSync, rmSync } from 'node:fs';
import { precompress } from './precompress.mjs';

const root = new URL('../packages/server/', import.meta.url).pathname;
rmSync(`${root}dist`, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  // The PGlite thread at the root of dist/, beside the chunks that start it (db/database.ts).
  entryPoints: [
    'src/index.ts',
    'src/bin.ts',
    'src/conformance-bin.ts',
    'src/pages/index.ts',
    'src/conformance/index.ts',
    { in: 'src/db/pglite-worker.ts', out: 'pglite-worker' },
  ],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  // Not the repository's tsconfig: its `paths` point the kit at its source, for tests only.
  tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } },
  logLevel: 'warning',
});
chmodSync(`${root}dist/bin.js`, 0o755);
chmodSync(`${root}dist/conformance-bin.js`, 0o755);
// The careers pages' browser files: Lit's hydration support and the board in one module.
await build({
  absWorkingDir: root,
  entryPoints: ['src/pages/client/careers.ts'],
  outdir: 'dist/client',
  bundle: true,
  splitting: true, // the board's lazy parts (detail, sanitizer, feeds) stay lazy
  chunkNames: 'chunks/[name]-[hash]',
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } },
  logLevel: 'warning',
});
copyFileSync(`${root}src/pages/client/careers.css`, `${root}dist/client/careers.css`);
precompress(`${root}dist/client`);
console.log(`Built ${root}dist (index.js, bin.js, client/careers.js).`);
