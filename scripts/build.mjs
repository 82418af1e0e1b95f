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
import { idiomaticDecorators } from './idiomatic-decorators.mjs';

const decorators = idiomaticDecorators({ tsconfig: `${kitRoot}tsconfig.build.json` });

await build({
  configFile: new URL('../vite.config.ts', import.meta.url).pathname,
  logLevel: 'warn',
  plugins: [
    decorators,
    minifyCssLiterals(),
    verifyWorker({ fileName: 'verify-worker.js', bundlerForm: true }),
  ],
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

/**
 * The modules a CDN file imports statically, for the group that keeps them in the file itself
 * (`widgetGroups`). Recorded when the module graph is complete, before chunks are made.
 */
function staticClosure(entry) {
  const modules = new Set();
  const plugin = {
    name: 'micropath-static-closure',
    buildEnd() {
      const closure = (from) => {
        const seen = new Set();
        const visit = (id) => {
          if (seen.has(id)) return;
          seen.add(id);
          for (const imported of this.getModuleInfo(id)?.importedIds ?? []) visit(imported);
        };
        visit(from);
        return seen;
      };
      // Not in a build with another entry (the badge's verification worker): the modules both
      // import would be the page's file, which a worker cannot load (it defines elements).
      const ids = [...this.getModuleIds()];
      if (ids.some((id) => id !== entry && this.getModuleInfo(id)?.isEntry)) return;
      if (!this.getModuleInfo(entry)) this.error(`${entry} is not a module of this build`);
      for (const id of closure(entry)) modules.add(id);
    },
  };
  return { modules, plugin };
}

/** The validation core: valibot, the kit's helpers over it, the boundary, the link checks. */
const VALIDATION =
  /node_modules[\\/]valibot[\\/]|src[\\/]core[\\/](valibot|schema-helpers|boundary|safe-links|models[\\/](verdicts|skill-importances)|skills[\\/]match-terms)\.ts$/;
/** The HTTP client with what every part of the REST adapter shares. */
const HTTP = /src[\\/](core[\\/]http|adapters[\\/]rest-client)\.ts$/;
/** What a widget's first answer is read with: its data's schemas, and the REST part asking for it. */
const FIRST_ANSWER = {
  'apprentice-board':
    /src[\\/](core[\\/](read-listings|models[\\/](listing|listing-constants|skill))|adapters[\\/]rest-listings)\.ts$/,
  'mentor-booking':
    /src[\\/](core[\\/](read-mentoring|models[\\/](mentoring|time-zone|skill))|adapters[\\/]rest-mentoring)\.ts$/,
  'credential-badge': /src[\\/](core[\\/]models[\\/]credential|adapters[\\/]rest-credentials)\.ts$/,
};

/**
 * A widget's CDN file as two parts before its first useful state, each compressed whole:
 * - the file itself, with everything it imports statically. Left alone, Rolldown splits what
 *   its lazy chunks import too (Lit, lit-localize, the errors) into chunks of their own: each
 *   one more request, compressed apart (the board's four files were 0.8 kB more gzip than one).
 *   Rolldown's namespace helper is not a module a group can take: it stays a chunk of its own
 *   where two chunks use it;
 * - one chunk with what reading the first answer takes: the validation core, the HTTP client,
 *   the element's schemas and the REST part for its data (five chunks before, 0.7 kB more).
 *   A feed adapter (`greenhouse:…`) loads the REST part with it, 0.5 kB it does not use.
 */
function widgetGroups(name, closure) {
  const firstAnswer = FIRST_ANSWER[name];
  return [
    {
      name,
      includeDependenciesRecursively: false,
      test: (id) => closure.modules.has(id),
      priority: 10,
    },
    {
      name: 'first-answer',
      includeDependenciesRecursively: false,
      test: (id) => VALIDATION.test(id) || HTTP.test(id) || !!firstAnswer?.test(id),
    },
  ];
}

/** `micropath.js` with `adapters.js`: the validation core, listing readers and HTTP as chunks. */
const sharedGroups = [
  // Every widget needs all of it before its first state; as five small chunks it cost each
  // page about 0.5 kB of gzip overhead.
  { name: 'schemas', includeDependenciesRecursively: false, test: VALIDATION },
  // A listing page's readers with the listing schemas and vocabularies, beside the first request.
  {
    name: 'listing-schemas',
    includeDependenciesRecursively: false,
    test: /src[\\/]core[\\/](read-listings|models[\\/](listing|listing-constants))\.ts$/,
  },
  // One request less before the first answer (the feed adapters load 0.2 kB more with it).
  { name: 'http', includeDependenciesRecursively: false, test: HTTP },
];

// One build per CDN group: a shared chunk would make a widget file depend on its neighbours.
for (const input of cdnBuilds) {
  const [name, ...others] = Object.keys(input);
  // A widget's own file holds everything it imports statically (`widgetGroups`).
  const closure = others.length ? undefined : staticClosure(`${kitRoot}${input[name]}`);
  await build({
    configFile: false,
    root: kitRoot,
    logLevel: 'warn',
    publicDir: false,
    plugins: [
      decorators,
      standaloneLocales,
      plainLazyImports,
      minifyCssLiterals(),
      prebundleVite(),
      // The badge's verification worker, beside the group's file (only groups with the badge).
      verifyWorker({ fileName: `${Object.keys(input)[0]}-verify-worker.js` }),
      recordImports,
      ...(closure ? [closure.plugin] : []),
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
          // Fewer, larger chunks before the first useful state (widgetGroups, sharedGroups).
          codeSplitting: { groups: closure ? widgetGroups(name, closure) : sharedGroups },
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
