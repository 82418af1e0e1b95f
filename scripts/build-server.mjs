// Builds @micropath/server: its TypeScript bundled into dist/ (dependencies, the kit included,
// stay imports), and the bin made executable.
import { build } from 'esbuild';
import { chmodSync, rmSync } from 'node:fs';

const root = new URL('../packages/server/', import.meta.url).pathname;
rmSync(`${root}dist`, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ['src/index.ts', 'src/bin.ts'],
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
console.log(`Built ${root}dist (index.js, bin.js).`);
