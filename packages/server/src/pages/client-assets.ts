/**
 * Where the careers pages' browser files live: `dist/client/` of this package (`careers.js`,
 * Lit's hydration support and the board in one module, and `careers.css`), built with it.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export function clientAssetsDir(): string {
  const manifest = createRequire(import.meta.url).resolve('@micropath/server/package.json');
  return join(dirname(manifest), 'dist', 'client');
}
