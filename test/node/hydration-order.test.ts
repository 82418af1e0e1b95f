// A pitfall of server rendering with a bundler, documented in docs/frameworks.md: Lit's
// hydration support must run before `lit-element`, which reads the hook it installs
// (`globalThis.litElementHydrateSupport`) once, when it is evaluated. Being first in the entry
// is not enough: a bundler puts the modules several chunks share (Lit, the kit's core) in a
// chunk of their own, which the browser evaluates before the entry's own code, where the
// hydration support stays. Two entries sharing Lit do it, and so does one entry whose lazy
// chunks share Lit (the kit's are). Then `lit-element` misses the hook and every element
// renders a second time beside the server's DOM. Importing the elements dynamically after the
// support, or Vite 8's `output.strictExecutionOrder: true`, keeps the order. Each build runs
// in Chromium with a trap on the hook that records which came first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import puppeteer, { type Browser } from 'puppeteer-core';
// @ts-expect-error: a plain ES module script without types
import { findChromium } from '../../scripts/find-chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
// Inside the repository, so the app's imports resolve to its node_modules.
const app = join(root, 'node_modules/.cache', `hydration-order-${process.pid}`);
const define = (element: string) =>
  relative(app, join(root, `packages/micropath/src/${element}/define.ts`));

/** Chromium, or why there is none (the test is then skipped, saying so). */
let chromium: string | undefined;
let missing: string | undefined;
try {
  chromium = findChromium({ install: false });
} catch (error) {
  missing = `no Chromium here: ${(error as Error).message}`;
}

let browser: Browser;
before(async () => {
  if (!chromium) return;
  mkdirSync(app, { recursive: true });
  // The careers page server-renders its board; the college page renders in the browser only.
  writeFileSync(
    join(app, 'careers.js'),
    `import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\nimport '${define('apprentice-board')}';\n`,
  );
  // The same page with the board imported dynamically, after the support.
  writeFileSync(
    join(app, 'careers-dynamic.js'),
    `import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\nvoid import('${define('apprentice-board')}');\n`,
  );
  writeFileSync(join(app, 'college.js'), `import '${define('credential-badge')}';\n`);
  browser = await puppeteer.launch({
    executablePath: chromium,
    args: ['--no-sandbox', '--disable-gpu'],
  });
});
after(async () => {
  await browser?.close();
  rmSync(app, { recursive: true, force: true });
});

/** Builds the app's entries into `out` and says, for the careers page, what ran first. */
async function order(out: string, entries: string[], output: object = {}, script = entries[0]) {
  await build({
    root: app,
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir: out,
      emptyOutDir: true,
      minify: false,
      rolldownOptions: {
        input: Object.fromEntries(entries.map((name) => [name, join(app, `${name}.js`)])),
        output: { entryFileNames: '[name].js', ...output },
      },
    },
  });
  const dir = join(app, out);
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url!, 'http://x').pathname;
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html' });
      return response.end(`<!doctype html><script type="module" src="/${script}.js"></script>`);
    }
    try {
      const body = readFileSync(join(dir, path));
      response.writeHead(200, {
        'content-type': extname(path) === '.js' ? 'text/javascript' : 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const page = await browser.newPage();
  try {
    // A string: the test's own transpiler must not touch what runs in the page.
    await page.evaluateOnNewDocument(`
      const events = [];
      let hook;
      Object.defineProperty(globalThis, 'litElementHydrateSupport', {
        configurable: true,
        get: () => (events.push('lit-element'), hook),
        set: (value) => (events.push('hydration support'), (hook = value)),
      });
      globalThis.hydrationOrder = events;
    `);
    const { port } = server.address() as { port: number };
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => customElements.get('apprentice-board'));
    return await page.evaluate(() => (globalThis as { hydrationOrder?: string[] }).hydrationOrder);
  } finally {
    await page.close();
    server.close();
  }
}

test(
  'one entry, the board imported statically: its lazy chunks share Lit, and lit-element runs first',
  { skip: missing },
  async () => {
    assert.deepEqual(await order('one-entry', ['careers']), ['lit-element', 'hydration support']);
  },
);

test(
  'one entry, the board imported dynamically after the support: the support runs first',
  { skip: missing },
  async () => {
    assert.deepEqual(await order('one-entry-dynamic', ['careers-dynamic']), [
      'hydration support',
      'lit-element',
    ]);
  },
);

test(
  'two entries sharing Lit: lit-element runs first and misses the hydration support',
  { skip: missing },
  async () => {
    assert.deepEqual(await order('two-entries', ['careers', 'college']), [
      'lit-element',
      'hydration support',
    ]);
  },
);

test(
  'output.strictExecutionOrder: the support runs first, with one entry or two',
  { skip: missing },
  async () => {
    for (const entries of [['careers'], ['careers', 'college']])
      assert.deepEqual(
        await order(`strict-${entries.length}`, entries, { strictExecutionOrder: true }),
        ['hydration support', 'lit-element'],
        entries.join(' + '),
      );
  },
);
