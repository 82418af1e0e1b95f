// `npm run size` (after the CDN check): what a team installing the kit from npm ships. Packs
// the kit as npm would publish it, installs the tarball into a small app, builds one page per
// element with Vite (production defaults), and compares its gzip bytes with the same element's
// CDN file, twice: what loads before the element works (the entry and its static imports), and
// everything it can load (lazy chunks too: adapters, schemas, the verifier). Fails when either
// is above MAX_RATIO: a build that stops a consumer's bundler from tree-shaking (a namespace
// re-export, a wrong `sideEffects`) shows up here, not in the CDN numbers.
import { mkdirSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { closureBytes, reachableBytes } from './size-report.mjs';
import { cacheDir, installKit, packKit } from './packed-kit.mjs';

const MAX_RATIO = 1.15;
const app = join(cacheDir, 'micropath-consumer');

/** The same page for both builds: each element on the backend most pages use. */
const pages = {
  'apprentice-board': '<apprentice-board source="rest:/api"></apprentice-board>',
  'credential-badge': '<credential-badge src="/badge.json"></credential-badge>',
  'mentor-booking': '<mentor-booking source="rest:/api"></mentor-booking>',
};

function installPackedKit() {
  rmSync(app, { recursive: true, force: true });
  installKit(packKit(app), app);
}

/** Builds the page for `element`; answers its built entry file. */
async function consumerBytes(element) {
  const dir = join(app, element);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><body>${pages[element]}<script type="module" src="./main.js"></script></body></html>\n`,
  );
  writeFileSync(join(dir, 'main.js'), `import 'micropath/${element}';\n`);
  await build({
    configFile: false,
    root: dir,
    logLevel: 'warn',
    build: { outDir: 'dist', emptyOutDir: true },
  });
  const assets = join(dir, 'dist/assets');
  return join(
    assets,
    readdirSync(assets).find((f) => /^index-.*\.js$/.test(f)),
  );
}

const compare = (npm, cdn) => ({ npm, cdn, ratio: npm / cdn });

export async function consumerReport(cdnDir) {
  installPackedKit();
  const rows = [];
  for (const element of Object.keys(pages)) {
    const npm = await consumerBytes(element);
    const cdn = join(cdnDir, `${element}.js`);
    const first = compare(closureBytes(npm), closureBytes(cdn));
    const all = compare(reachableBytes(npm), reachableBytes(cdn));
    rows.push({ element, first, all, over: Math.max(first.ratio, all.ratio) > MAX_RATIO });
  }
  return { rows, ok: rows.every((row) => !row.over) };
}

export function formatConsumerReport({ rows }) {
  const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
  const cell = ({ npm, cdn, ratio }) =>
    `${kb(npm).padStart(8)} / ${kb(cdn).padStart(8)} ${ratio.toFixed(2)}×`;
  return [
    `npm (a Vite app built from the packed kit) / CDN, gzip; limit ${MAX_RATIO}×`,
    'element             first load                   everything it can load',
    ...rows.map(
      (r) =>
        `${r.element.padEnd(18)}  ${cell(r.first)}   ${cell(r.all)}   ${r.over ? 'OVER' : 'ok'}`,
    ),
  ].join('\n');
}
