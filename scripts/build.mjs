// Builds the kit: npm entries (vite.config.ts), one standalone file per CDN entry, and types.
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { kitRoot, cdnBuilds } from '../vite.config.ts';
import { shippedManifest } from './shipped-manifest.mjs';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { prebundleVite } from './prebundle.mjs';
import { precompress } from './precompress.mjs';
import { writeFrameworkTypes } from './framework-types.mjs';
import { minifyCssLiterals } from './minify-css-literals.mjs';
import { verifyWorker } from './verify-worker-plugin.mjs';

await build({
  configFile: new URL('../vite.config.ts', import.meta.url).pathname,
  logLevel: 'warn',
  plugins: [minifyCssLiterals(), verifyWorker({ fileName: 'verify-worker.js', bundlerForm: true })],
});

/**
 * The CDN groups' language chunks, made alike: a generated locale module imports only lit's
 * `html` and lit-localize's `str` tags, which build plain objects (`{ _$litType$: 1, strings,
 * values }` and `{ strTag: true, strings, values }`, as both libraries define them), so they are
 * written out here instead. With no imports, a language's chunk is the same bytes in every group,
 * hence the same content-hashed name, and the package holds one copy of each, not four.
 */
const standaloneLocales = {
  name: 'micropath-standalone-locales',
  enforce: 'pre',
  transform(code, id) {
    if (!/[\\/]generated[\\/]locales[\\/][\w-]+\.ts$/.test(id)) return null;
    const standalone = code
      .replace(
        /import\s*\{\s*html\s*\}\s*from\s*['"]lit['"];?/,
        // A function, not a string: a replacement string would read `$'` as a pattern.
        () => "const html = (strings, ...values) => ({ ['_$litType$']: 1, strings, values });",
      )
      .replace(
        /import\s*\{\s*str\s*\}\s*from\s*['"]@lit\/localize['"];?/,
        () => 'const str = (strings, ...values) => ({ strTag: true, strings, values });',
      );
    return { code: standalone, map: null };
  },
};

/**
 * Vite wraps every lazy import in its preload helper, which adds `<link rel=modulepreload>`
 * tags for the chunk's own imports and fires `vite:preloadError` on the page's `window` when
 * one fails. The CDN build preloads nothing (`modulePreload: false`: every call passes no
 * dependencies), so all the helper still did was that event, an app's own signal (a Vite app
 * reloads on it after a deploy; a widget's chunk should not reload its host page), and it was
 * 0.6 kB gzip on each CDN file before its first render. A lazy import is now the import
 * itself; a failed one rejects where the kit handles it, as before.
 */
const plainLazyImports = {
  name: 'micropath-plain-lazy-imports',
  enforce: 'pre',
  load: (id) =>
    id === '\0vite/preload-helper.js' ? 'export const __vitePreload = (load) => load();' : null,
};

/** Each CDN file's static imports (its chunks), for modulepreload hints: dist/cdn/imports.json. */
const cdnImports = {};
const recordImports = {
  name: 'micropath-cdn-imports',
  generateBundle(_, bundle) {
    const closure = (name, seen = new Set()) => {
      for (const imported of bundle[name]?.imports ?? [])
        if (!seen.has(imported)) closure(imported, seen.add(imported));
      return seen;
    };
    for (const chunk of Object.values(bundle))
      if (chunk.type === 'chunk' && chunk.isEntry)
        cdnImports[chunk.fileName] = [...closure(chunk.fileName)].sort();
  },
};

// One build per CDN group: a shared chunk would make a widget file depend on its neighbours.
for (const input of cdnBuilds) {
  await build({
    configFile: false,
    root: kitRoot,
    logLevel: 'warn',
    publicDir: false,
    plugins: [
      standaloneLocales,
      plainLazyImports,
      minifyCssLiterals(),
      prebundleVite(),
      // The badge's verification worker, beside the group's file (only groups with the badge).
      verifyWorker({ fileName: `${Object.keys(input)[0]}-verify-worker.js` }),
      recordImports,
    ],
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: false,
      target: 'es2022',
      // Written for decoding a CDN user's minified stack trace against a build of the same
      // version, but not linked from the files nor published (package.json `files`).
      sourcemap: 'hidden',
      // Not lib mode: lib mode keeps ES output unminified for downstream bundlers, while a
      // CDN file is final. Lazy imports still become chunks beside the file.
      minify: true,
      modulePreload: false,
      rolldownOptions: {
        input,
        preserveEntrySignatures: 'allow-extension',
        // adapters.js holds every adapter eagerly, so lazy imports of them cannot split there.
        onwarn(warning, warn) {
          if (warning.code !== 'INEFFECTIVE_DYNAMIC_IMPORT') warn(warning);
        },
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          // The validation core (valibot, the kit's helpers over it, the boundary, the link
          // checks) as one chunk: every widget needs all of it before its first state, and as
          // five small chunks it cost each page about 0.5 kB of gzip overhead.
          codeSplitting: {
            groups: [
              {
                name: 'schemas',
                includeDependenciesRecursively: false,
                test: /node_modules[\\/]valibot[\\/]|src[\\/]core[\\/](valibot|schema-helpers|boundary|safe-links|models[\\/](verdicts|skill-importances)|skills[\\/]match-terms)\.ts$/,
              },
              // A listing page's readers with the listing schemas and vocabularies, as one chunk
              // beside the first request (four small ones before); in the board's own file with
              // the skill schemas too, which a booking or a badge reads without the listings.
              {
                name: 'listing-schemas',
                includeDependenciesRecursively: false,
                test: input['apprentice-board']
                  ? /src[\\/]core[\\/](read-listings|models[\\/](listing|listing-constants|skill))\.ts$/
                  : /src[\\/]core[\\/](read-listings|models[\\/](listing|listing-constants))\.ts$/,
              },
              // The HTTP client with what every part of the REST adapter shares: one request
              // less before the first answer (the feed adapters load 0.2 kB more with it).
              {
                name: 'http',
                includeDependenciesRecursively: false,
                test: /src[\\/](core[\\/]http|adapters[\\/]rest-client)\.ts$/,
              },
            ],
          },
          sourcemapExcludeSources: true,
        },
      },
    },
  });
}

writeFileSync(`${kitRoot}dist/cdn/imports.json`, JSON.stringify(cdnImports, null, 2) + '\n');

// The stylesheet that sizes the elements before their scripts run (src/micropath.css).
for (const dir of ['dist', 'dist/cdn'])
  copyFileSync(`${kitRoot}src/micropath.css`, `${kitRoot}${dir}/micropath.css`);

const compressed = precompress(`${kitRoot}dist/cdn`);

execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: kitRoot, stdio: 'inherit' });
writeFrameworkTypes(kitRoot);
// The Custom Elements Manifest as the package ships it: the elements' modules of the committed
// file, without indentation (shipped-manifest.mjs).
writeFileSync(
  `${kitRoot}dist/custom-elements.json`,
  JSON.stringify(
    shippedManifest(JSON.parse(readFileSync(`${kitRoot}custom-elements.json`, 'utf8'))),
  ),
);
writeFileSync(
  `${kitRoot}dist/frameworks/empty.js`,
  '// Types only: see the .d.ts beside it.\nexport {};\n',
);
console.log(
  `Built ${kitRoot}dist (npm entries, ${cdnBuilds.flatMap(Object.keys).length} CDN files with ${compressed} precompressed, types).`,
);
