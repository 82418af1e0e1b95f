// The critical path as a page sees it: each element on a page of its own, loaded from the
// CDN files the reference server serves (the demo's data, in memory), in headless Chromium.
// Every JavaScript response is counted (gzip, level 9, as the size report counts; brotli
// beside it, what the reference server and common CDNs send a current browser, reported
// without a budget) until the element's first useful state is on screen (cards shown, a
// credential's verdict shown, a month of free times shown), looked for at every frame. A chunk
// an element fetches once it has painted that state, for the visitor's next step (the board's
// detail, the booking's form), comes after. Over its budget, DESIGN.md's (size-budgets.json,
// "criticalPath"), an element fails. The files
// are built from the source with its decorators compiled away (scripts/idiomatic-decorators.mjs),
// so each page also checks that the element observes every attribute the Custom Elements
// Manifest documents, and one more page that a provider's settings reach a board inside it.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { findChromium } from './find-chromium.mjs';

const root = new URL('..', import.meta.url).pathname;

/** Each page: the element's markup, and when its first useful state is on screen. */
export const CRITICAL_PAGES = {
  'apprentice-board': {
    state: 'cards shown',
    html: `<apprentice-board source="rest:/api"></apprentice-board>`,
    ready: () =>
      !!document.querySelector('apprentice-board')?.shadowRoot?.querySelector('[part~=card]'),
  },
  'mentor-booking': {
    state: 'month shown',
    html: `<mentor-booking source="rest:/api" mentor-id="ana-ruiz" session-type="intro"></mentor-booking>`,
    ready: () =>
      !!document
        .querySelector('mentor-booking')
        ?.shadowRoot?.querySelector('[part=calendar][aria-busy=false] [part~=day]'),
  },
  'credential-badge': {
    state: 'verdict shown',
    html: `<credential-badge source="rest:/api" credential-id="ada-data-analysis"></credential-badge>`,
    ready: () => {
      const verdict = document
        .querySelector('credential-badge')
        ?.shadowRoot?.querySelector('[part~=verdict]')
        ?.textContent?.trim();
      return !!verdict && !/verifying|checking/i.test(verdict);
    },
  },
};

const page = (element, html) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${element}</title>
    <script type="module" src="/kit/cdn/${element}.js"></script>
  </head>
  <body>
    ${html}
  </body>
</html>`;

let manifest;
/** The attributes custom-elements.json documents for `tag` (inherited ones too). */
function documentedAttributes(tag) {
  manifest ??= JSON.parse(readFileSync(`${root}packages/micropath/custom-elements.json`, 'utf8'));
  const element = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName === tag);
  if (!element) throw new Error(`custom-elements.json has no <${tag}>.`);
  return (element.attributes ?? []).map((attribute) => attribute.name);
}

/** Measures each element's critical path: `{ element: { state, bytes, files } }`. */
export async function criticalPathReport(budgets = {}) {
  const { startServer } = await import(`${root}packages/server/dist/index.js`);
  const server = await startServer({
    port: 0,
    inMemory: true,
    seedFile: `${root}demo/data/seed.json`,
    site: { demoDir: `${root}demo`, kitDir: `${root}packages/micropath/dist` },
    log: () => undefined,
    readRate: { limit: 1e9, windowMs: 60_000 },
  });
  const browser = await puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  const rows = {};
  try {
    for (const [element, { state, html, ready }] of Object.entries(CRITICAL_PAGES)) {
      const tab = await browser.newPage();
      await tab.setViewport({ width: 412, height: 823 });
      await tab.setRequestInterception(true);
      const address = `${server.url}/critical-path/${element}.html`;
      tab.on('request', (request) =>
        request.url() === address
          ? request.respond({ status: 200, contentType: 'text/html', body: page(element, html) })
          : request.continue(),
      );
      const files = [];
      let done = false;
      tab.on('response', (response) => {
        if (done || response.request().resourceType() !== 'script') return;
        const name = new URL(response.url()).pathname;
        files.push(
          response.buffer().then((body) => ({
            name,
            bytes: gzipSync(body, { level: 9 }).length,
            brotli: brotliCompressSync(body).length,
          })),
        );
      });
      await tab.goto(address);
      await tab.waitForFunction((tag) => !!customElements.get(tag), { timeout: 30_000 }, element);
      const observed = await tab.evaluate(
        (tag) => customElements.get(tag)?.observedAttributes ?? [],
        element,
      );
      const lost = documentedAttributes(element).filter((name) => !observed.includes(name));
      if (lost.length)
        throw new Error(`The built <${element}> does not observe ${lost.join(', ')}.`);
      await tab.waitForFunction(ready, { polling: 'raf', timeout: 30_000 });
      done = true;
      // A file the page and its worker both load is fetched once (the HTTP cache has it).
      const counted = [...new Map((await Promise.all(files)).map((f) => [f.name, f])).values()];
      const bytes = counted.reduce((sum, file) => sum + file.bytes, 0);
      const brotli = counted.reduce((sum, file) => sum + file.brotli, 0);
      const budget = budgets[element]?.budget;
      rows[element] = {
        state,
        bytes,
        brotli,
        files: counted,
        ...(budget ? { budget, met: bytes / 1000 <= budget } : {}),
      };
      await tab.close();
    }
    await checkProvider(browser, server.url);
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

/**
 * The built `micropath.js` shares a provider's settings through its context: a board inside a
 * `<micropath-provider locale="de">` shows the provider's adapter's listings, in German. (The
 * first build with the decorators compiled away lost the context without a word.)
 */
async function checkProvider(browser, base) {
  const tab = await browser.newPage();
  await tab.setRequestInterception(true);
  const address = `${base}/critical-path/provider.html`;
  tab.on('request', (request) =>
    request.url() === address
      ? request.respond({
          status: 200,
          contentType: 'text/html',
          body: `<!doctype html><html lang="en"><body>
<micropath-provider locale="de"><apprentice-board></apprentice-board></micropath-provider>
<script type="module">
  import { createMemoryAdapter } from '/kit/cdn/micropath.js';
  const { items } = await (await fetch('/api/listings?limit=3')).json();
  document.querySelector('micropath-provider').adapters = {
    listings: createMemoryAdapter({ listings: items }),
  };
</script></body></html>`,
        })
      : request.continue(),
  );
  await tab.goto(address);
  await tab.waitForFunction(() => !!customElements.get('micropath-provider'), { timeout: 30_000 });
  const observed = await tab.evaluate(
    () => customElements.get('micropath-provider').observedAttributes,
  );
  const lost = documentedAttributes('micropath-provider').filter(
    (name) => !observed.includes(name),
  );
  if (lost.length)
    throw new Error(`The built <micropath-provider> does not observe ${lost.join(', ')}.`);
  const shown = await tab
    .waitForFunction(
      () => {
        const board = document.querySelector('apprentice-board');
        const cards = board?.shadowRoot?.querySelectorAll('[part~=card]').length ?? 0;
        return cards === 3 && board.locale === 'de';
      },
      { polling: 50, timeout: 30_000 },
    )
    .then(
      () => true,
      () => false,
    );
  await tab.close();
  if (!shown)
    throw new Error(
      'A board inside <micropath-provider locale="de"> (the built micropath.js) did not show the provider\'s listings in German.',
    );
}

export function formatCriticalPath(rows) {
  const lines = ['Critical path (every JS response, gzip, until the first useful state):'];
  for (const [element, row] of Object.entries(rows)) {
    const kb = (row.bytes / 1000).toFixed(1);
    const verdict = !row.budget
      ? ''
      : row.met
        ? `budget met (≤ ${row.budget} kB)`
        : `OVER its budget of ${row.budget} kB`;
    const brotli = `(brotli ${(row.brotli / 1000).toFixed(1)} kB)`;
    lines.push(
      `  ${element.padEnd(18)} ${`${kb} kB`.padStart(9)}  ${row.state.padEnd(14)} ${verdict} ${brotli}`,
    );
    for (const file of row.files)
      lines.push(`      ${`${(file.bytes / 1000).toFixed(1)} kB`.padStart(9)}  ${file.name}`);
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const budgets = JSON.parse(
    (await import('node:fs')).readFileSync(
      new URL('../size-budgets.json', import.meta.url),
      'utf8',
    ),
  ).criticalPath;
  console.log(formatCriticalPath(await criticalPathReport(budgets)));
}
