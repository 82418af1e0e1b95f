// The reference server's careers pages take applications on the site (their JobPosting says
// `directApply`), so their board must offer its own form: `source="rest:/api"` cannot say the
// backend takes applications, and with it alone the form never appeared. The page's script
// gives the board an adapter that applies, before the element is defined, so the
// server-rendered board hydrates without asking for its listings again. Runs the page's own
// script (built here from source) in Chromium against a running server.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer, { type Browser } from 'puppeteer-core';
// @ts-expect-error: a plain ES module script without types
import { findChromium } from '../../../scripts/find-chromium.mjs';
import { testServer, type TestServer } from '../../support/server-harness.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

let chromium: string | undefined;
let missing: string | undefined;
try {
  chromium = findChromium({ install: false });
} catch (error) {
  missing = `no Chromium here: ${(error as Error).message}`;
}

let browser: Browser;
let server: TestServer;
let out: string;
before(async () => {
  if (!chromium) return;
  out = mkdtempSync(join(tmpdir(), 'careers-client-'));
  // As scripts/build-server.mjs builds it, with the kit read from its source.
  await build({
    entryPoints: [join(root, 'packages/server/src/pages/client/careers.ts')],
    outdir: out,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'silent',
  });
  server = await testServer();
  browser = await puppeteer.launch({
    executablePath: chromium,
    args: ['--no-sandbox', '--disable-gpu'],
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

test(
  '/jobs: an opening offers "Apply here" with credentials and a wallet, without a second listings request',
  { skip: missing },
  async () => {
    // An opening still taking applications (a closed one says so instead of offering to apply).
    const listing = (await server.json('/api/listings?limit=100')).body.items.find(
      (l: { applyBy?: string }) => !l.applyBy || Date.parse(l.applyBy) > Date.now(),
    );
    const page = await browser.newPage();
    const listingRequests: string[] = [];
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/listings')) listingRequests.push(url.pathname);
      // The page's script and its chunks, from the build above.
      if (url.pathname.startsWith('/assets/') && url.pathname.endsWith('.js'))
        return void request.respond({
          status: 200,
          contentType: 'text/javascript',
          body: readFileSync(join(out, url.pathname.slice('/assets/'.length))),
        });
      void request.continue();
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));

    try {
      await page.goto(`${server.url}/jobs?jobs.open=${encodeURIComponent(listing.id)}`);
      await page.waitForFunction(
        () =>
          document
            .querySelector('apprentice-board')
            ?.shadowRoot?.querySelector('[part=apply-here]'),
        { timeout: 20_000 },
      );
      assert.deepEqual(listingRequests, [], 'the board asked for its listings again');
      await page.evaluate(() =>
        (
          document
            .querySelector('apprentice-board')!
            .shadowRoot!.querySelector('[part=apply-here]') as HTMLElement
        ).click(),
      );
      await page.waitForFunction(
        () =>
          document
            .querySelector('apprentice-board')
            ?.shadowRoot?.querySelector('[part=application]'),
        { timeout: 10_000 },
      );
      const form = await page.evaluate(() => {
        const root = document.querySelector('apprentice-board')!.shadowRoot!;
        return {
          credentials: root.querySelector('.credentials legend')?.textContent?.trim(),
          wallet: root.querySelector('[part=wallet-start]')?.textContent?.trim(),
        };
      });
      assert.deepEqual(form, {
        credentials: 'Your credentials (optional)',
        wallet: 'Request from your wallet',
      });
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  },
);
