// Browser tests in real headless Chromium. Run through `npm test` (scripts/test.mjs), which
// finds Chromium and loads this file with TypeScript support for the loopback test servers.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { createContractDouble } from './test/support/contract-double.ts';
import { serveAtsFeed } from './test/support/ats-feeds.ts';
import { serveCalCom } from './test/support/cal-com-double.ts';
import { countReporter } from './test/support/count-reporter.mjs';
import { storiesIndexPlugin } from './test/support/stories-index-plugin.mjs';
import { liveServerPlugin } from './test/support/live-server-plugin.ts';
import { prebundleTestServer } from './scripts/prebundle.mjs';
import { execFileSync } from 'node:child_process';

const contract = createContractDouble();

/**
 * The elements rendered by `@lit-labs/ssr` in a Node process (test/support/render-on-server.ts),
 * for the hydration tests, served as JSON at `/__ssr__/<element>`. Rendered once, before the
 * browsers start: compiling the kit for Node takes a while, and done during the tests it
 * starved the test pages running beside it. Skipped when the run cannot include those tests.
 */
const args = process.argv.join(' ');
const onlySome = args.includes('--group') || args.includes('--files');
const serverRenders =
  onlySome && !args.includes('server-rendering')
    ? {}
    : JSON.parse(
        execFileSync(process.execPath, ['--import', 'tsx', 'test/support/render-on-server.ts'], {
          encoding: 'utf8',
          maxBuffer: 32 * 1024 * 1024,
        }),
      );

function serveServerRender(req, res) {
  const match = /^\/__ssr__\/([\w-]+)$/.exec(req.url ?? '');
  if (!match) return false;
  const render = serverRenders[match[1]];
  res.writeHead(render ? 200 : 404, { 'content-type': 'application/json' });
  res.end(JSON.stringify(render ?? { error: `No server render of ${match[1]} in this run.` }));
  return true;
}

/** The strict policy of DESIGN.md, applied to the pages of the `csp` group. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

const watched = new WeakSet();
/**
 * Closes every tab a test page opens (a second page in its context; a Ctrl-click opens one
 * with no opener) and brings the test page back to the front.
 */
function closeOpenedTabs(browser) {
  if (watched.has(browser)) return;
  watched.add(browser);
  browser.on('targetcreated', async (target) => {
    if (target.type() !== 'page') return;
    const pages = await target.browserContext().pages();
    const testPage = pages.find((page) => page.target() !== target);
    if (!testPage) return; // a test page, alone in its context
    await (await target.page())?.close();
    await testPage.bringToFront();
  });
}

/**
 * Each test file on a page of its own, as a visitor's tab: the launcher would reuse one page
 * for every file, whose session history then fills up (Chromium keeps 50 entries and drops
 * those a script pushed first), so a file far down the run could go back past its own start.
 * It empties the launcher's `inactivePages` (@web/test-runner-chrome's pool of pages to reuse):
 * should a later version rename it, this throws and every run says so.
 */
function freshPagePerFile(launcher) {
  const stopSession = launcher.stopSession.bind(launcher);
  launcher.stopSession = async (sessionId) => {
    const result = await stopSession(sessionId);
    for (const page of launcher.inactivePages.splice(0)) {
      await page.puppeteerPage.browserContext().close();
    }
    return result;
  };
  return launcher;
}

export default {
  rootDir: '.',
  nodeResolve: true,
  files: ['test/browser/**/*.test.ts', '!test/browser/csp/**'],
  plugins: [
    esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    storiesIndexPlugin('stories'),
    prebundleTestServer(),
    liveServerPlugin(),
  ],
  middleware: [
    async (ctx, next) => {
      if (
        (await contract(ctx.req, ctx.res)) ||
        (await serveAtsFeed(ctx.req, ctx.res)) ||
        (await serveCalCom(ctx.req, ctx.res)) ||
        (await serveServerRender(ctx.req, ctx.res))
      )
        ctx.respond = false;
      else await next();
    },
  ],
  browsers: [
    freshPagePerFile(
      chromeLauncher({
        // Each test page in its own context (its own window): two pages sharing one window
        // leave one hidden, where requestAnimationFrame never fires. For the same reason a tab
        // a test opens (a link clicked with Ctrl) is closed at once.
        createPage: async ({ browser }) => {
          closeOpenedTabs(browser);
          return (await browser.createBrowserContext()).newPage();
        },
        launchOptions: {
          executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
          headless: true,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      }),
    ),
  ],
  // One page at a time: with two, Chromium sometimes counts one as hidden and stops its
  // animation frames, and whatever waits for one (fixtures, stories) hangs.
  concurrency: 1,
  // The stories file renders every story with axe: allow it time on a busy two-core machine.
  testsFinishTimeout: 300_000,
  // A guard against hangs, not a speed test: a two-core machine running two test pages
  // beside the badge's verifier stories can make a quick test take several seconds.
  testFramework: { config: { timeout: 30_000 } },
  coverage: true,
  coverageConfig: {
    include: ['packages/micropath/src/core/**', 'packages/micropath/src/adapters/**'],
    exclude: ['**/node_modules/**', 'packages/micropath/src/generated/**'],
    threshold: { lines: 95, statements: 95, functions: 90, branches: 85 },
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov'],
  },
  groups: [
    {
      name: 'csp',
      files: 'test/browser/csp/**/*.test.ts',
      // The test framework loads as an external script, so the page itself needs no inline code.
      testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head>
    <meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}">
    <title>Strict CSP</title>
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
    },
  ],
  reporters: [defaultReporter(), countReporter(process.env.MICROPATH_BROWSER_RESULTS)],
};
