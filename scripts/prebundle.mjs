// `jsonld` (the Data Integrity verifier's JSON-LD processor) is CommonJS. Rather than let each
// tool convert it (the test server cannot; Rolldown would move its CommonJS helpers into the
// runtime chunk that every CDN file loads up front), esbuild bundles it once into a plain ES
// module, which the CDN build (Vite plugin) and the browser tests (test-server plugin) use.
import { build } from 'esbuild';

export const PREBUNDLED = ['jsonld'];

const bundles = new Map();

/** `name` and its dependencies as one ES module with a default export. */
export function prebundle(name) {
  if (!bundles.has(name))
    bundles.set(
      name,
      build({
        stdin: { contents: `export { default } from '${name}';`, resolveDir: process.cwd() },
        bundle: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        legalComments: 'none',
        write: false,
      }).then((result) => result.outputFiles[0].text),
    );
  return bundles.get(name);
}

const VIRTUAL = '\0prebundled:';

/** Vite / Rolldown plugin. */
export const prebundleVite = () => ({
  name: 'micropath-prebundle',
  enforce: 'pre',
  resolveId: (id) => (PREBUNDLED.includes(id) ? VIRTUAL + id : undefined),
  load: (id) => (id.startsWith(VIRTUAL) ? prebundle(id.slice(VIRTUAL.length)) : undefined),
});

const PATH = '/__prebundled__/';

/** Test-server (@web/dev-server) plugin. */
export const prebundleTestServer = () => ({
  name: 'micropath-prebundle',
  resolveImport: ({ source }) => (PREBUNDLED.includes(source) ? `${PATH}${source}.js` : undefined),
  serve(context) {
    const name = context.path.startsWith(PATH) && context.path.slice(PATH.length, -3);
    if (PREBUNDLED.includes(name)) return prebundle(name).then((body) => ({ body, type: 'js' }));
  },
});
