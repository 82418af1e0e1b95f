// `npm run examples`: each app under examples/ type-checked and built against the kit as npm
// publishes it. Packs the kit, copies each example beside it under node_modules/.cache, puts
// the tarball's contents in its node_modules/micropath, and runs the example's own
// `npm run build` (its type-check, then Vite). The server-rendering example then renders its
// page in Node and must hold the board's declarative shadow root.
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { cacheDir, installKit, packKit, root } from './packed-kit.mjs';

const work = join(cacheDir, 'examples');
rmSync(work, { recursive: true, force: true });
const tarball = packKit(work);
// The examples' tools (tsc, vite, vue-tsc, svelte-check) are the repository's.
const env = {
  ...process.env,
  PATH: `${join(root, 'node_modules/.bin')}${delimiter}${process.env.PATH}`,
};

for (const name of readdirSync(join(root, 'examples'), { withFileTypes: true })) {
  if (!name.isDirectory()) continue;
  const app = join(work, name.name);
  cpSync(join(root, 'examples', name.name), app, {
    recursive: true,
    filter: (source) => !/node_modules|dist/.test(source.slice(root.length)),
  });
  installKit(tarball, app);
  console.log(`\nexamples/${name.name}: npm run build`);
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: app, env, stdio: 'inherit' });
  if (name.name === 'ssr') {
    const html = execFileSync('node', ['server.js', '--print'], { cwd: app, encoding: 'utf8' });
    if (!/<apprentice-board[^>]*><template shadowroot="open" shadowrootmode="open">/.test(html))
      throw new Error('examples/ssr: the page has no server-rendered <apprentice-board>.');
    console.log('examples/ssr: the page renders on the server with the board in it');
  }
}
console.log('\nEvery example type-checks and builds against the packed kit.');
