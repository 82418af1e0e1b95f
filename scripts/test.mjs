// `npm test`: browser tests (web-test-runner, headless Chromium, coverage enforced), then the
// Node tests, then one summary line for both. `--node` runs the Node tests alone (`npm run
// test:node`; Node 20's test runner takes no glob of its own).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from './find-chromium.mjs';

const nodeOnly = process.argv.includes('--node');
const extraArgs = process.argv.slice(2).filter((arg) => arg !== '--node');
const work = mkdtempSync(join(tmpdir(), 'micropath-test-'));
const browserResults = join(work, 'browser.json');
const nodeResults = join(work, 'node.json');

const browser = nodeOnly ? { status: 0 } : runBrowserTests();

function runBrowserTests() {
  let chrome;
  try {
    chrome = findChromium();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  console.log(`Browser tests (Chromium at ${chrome})`);
  return spawnSync(
    process.execPath,
    ['--import', 'tsx', 'node_modules/@web/test-runner/dist/bin.js', ...extraArgs],
    {
      stdio: 'inherit',
      env: { ...process.env, CHROME_PATH: chrome, MICROPATH_BROWSER_RESULTS: browserResults },
    },
  );
}

const nodeFiles = existsSync('test/node')
  ? readdirSync('test/node', { recursive: true })
      .filter((file) => String(file).endsWith('.test.ts'))
      .map((file) => join('test/node', String(file)))
      .sort()
  : [];
console.log('\nNode tests');
// With no files, node --test would go looking for test files by itself: never let it.
const node =
  nodeFiles.length === 0
    ? { status: 1 }
    : spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          '--test',
          '--test-reporter=spec',
          '--test-reporter-destination=stdout',
          '--test-reporter=./test/support/node-count-reporter.mjs',
          `--test-reporter-destination=${nodeResults}`,
          ...nodeFiles,
        ],
        { stdio: 'inherit' },
      );

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
const b = nodeOnly
  ? { passed: 0, failed: 0, skipped: 0 }
  : (read(browserResults) ?? { passed: 0, failed: 1, skipped: 0 });
if (nodeFiles.length === 0) console.error('No Node test files found in test/node.');
const n = read(nodeResults) ?? { passed: 0, failed: 1, skipped: 0 };
const passed = b.passed + n.passed;
const failed = b.failed + n.failed;
const skipped = b.skipped + n.skipped;
const ok = browser.status === 0 && node.status === 0 && failed === 0;

if (!nodeOnly)
  console.log(`\nBrowser: ${b.passed} passed, ${b.failed} failed, ${b.skipped} skipped`);
console.log(`Node: ${n.passed} passed, ${n.failed} failed, ${n.skipped} skipped`);
if (browser.status !== 0 && b.failed === 0) {
  console.log(
    `The browser runner exited with ${browser.status}: see above (coverage threshold or a file that did not load).`,
  );
}
if (node.status !== 0 && n.failed === 0)
  console.log(`The Node runner exited with ${node.status}: see above.`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(ok ? 0 : 1);
