// The kit as npm would publish it: `npm pack`, then installed into an app's node_modules the
// way `npm install micropath` would. The app's other dependencies come from the repository's
// node_modules (the app lives under it), so no registry is needed.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
/** Under node_modules: dependencies resolve from the repository, and no linter looks there. */
export const cacheDir = join(root, 'node_modules/.cache');

/** Packs the kit into `dir`; answers the tarball's path. */
export function packKit(dir) {
  mkdirSync(dir, { recursive: true });
  const [{ filename }] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--workspace', 'micropath', '--pack-destination', dir], {
      cwd: root,
      encoding: 'utf8',
    }),
  );
  return join(dir, filename);
}

/** Installs the packed kit as `app/node_modules/micropath`. */
export function installKit(tarball, app) {
  const into = join(app, 'node_modules/micropath');
  mkdirSync(into, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '--strip-components=1', '-C', into]);
}
