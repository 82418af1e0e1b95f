/**
 * What the widgets do to a host page, measured as site owners measure it: Lighthouse (default
 * mobile settings: a 412 px phone, simulated slow 4G and a 4× slower CPU) on the three demo
 * pages, served by the reference server with compression on; then the responsiveness of each
 * page's main interaction (INP, with the web-vitals library's attribution) under the same 4×
 * CPU slowdown. Prints JSON. Run by `npm run bench` after the build (BENCH_LIGHTHOUSE_RUNS runs
 * per page, default 5; the median is reported, with the range).
 */
import { readFileSync, existsSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import puppeteer, { type Page } from 'puppeteer-core';
import { startServer } from '../packages/server/src/index.ts';

const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5);
const root = new URL('..', import.meta.url).pathname;
const kitDir = `${root}packages/micropath/dist`;
if (!existsSync(`${kitDir}/cdn/imports.json`))
  throw new Error('The kit is not built: run `npm run build` first.');

const PAGES = ['careers.html', 'college.html', 'mentoring.html'];
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const log = (line: string) => process.stderr.write(`${line}\n`);

const server = await startServer({
  port: 0,
  inMemory: true,
  seedFile: `${root}demo/data/seed.json`,
  site: { demoDir: `${root}demo`, kitDir },
  log: () => undefined,
  readRate: { limit: 1e9, windowMs: 60_000 },
});
// bench.mjs passes the Chromium it found (scripts/find-chromium.mjs).
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const result: Record<string, Record<string, { value: number; unit: string; note?: string }>> = {};

try {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    for (const page of PAGES) {
      const runs: Record<string, number>[] = [];
      for (let i = 0; i < RUNS; i++) {
        log(`Lighthouse ${page} (${i + 1}/${RUNS})`);
        const answer = await lighthouse(`${server.url}/${page}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
        });
        const { audits, categories } = answer!.lhr;
        const requests = (
          audits['network-requests']!.details as { items: { resourceSize?: number }[] }
        ).items;
        runs.push({
          performance: Math.round((categories.performance!.score ?? 0) * 100),
          fcp: audits['first-contentful-paint']!.numericValue!,
          lcp: audits['largest-contentful-paint']!.numericValue!,
          tbt: audits['total-blocking-time']!.numericValue!,
          cls: audits['cumulative-layout-shift']!.numericValue!,
          transfer: audits['total-byte-weight']!.numericValue! / 1024,
          raw: requests.reduce((sum, r) => sum + (r.resourceSize ?? 0), 0) / 1024,
        });
      }
      const pick = (key: string) => median(runs.map((run) => run[key]!));
      const range = (key: string) => {
        const values = runs.map((run) => Math.round(run[key]!));
        return `runs ${Math.min(...values)}–${Math.max(...values)}`;
      };
      result[page] = {
        performance: { value: pick('performance'), unit: 'score', note: range('performance') },
        'first contentful paint': { value: pick('fcp'), unit: 'ms' },
        'largest contentful paint': { value: pick('lcp'), unit: 'ms' },
        'total blocking time': { value: pick('tbt'), unit: 'ms', note: range('tbt') },
        'cumulative layout shift': { value: pick('cls'), unit: 'CLS' },
        'transferred (compressed)': { value: pick('transfer'), unit: 'KiB' },
        'raw (uncompressed)': { value: pick('raw'), unit: 'KiB' },
      };
    }
  } finally {
    await chrome.kill();
  }

  // INP of each page's main interaction, as web-vitals reports it (every change, attributed).
  const webVitals = readFileSync(
    `${root}node_modules/web-vitals/dist/web-vitals.attribution.iife.js`,
    'utf8',
  );
  const browser = await puppeteer.launch({
    executablePath: chromePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  const shadow = (page: Page, host: string, selector: string) =>
    page.waitForFunction(
      (h, s) => document.querySelector(h)?.shadowRoot?.querySelector(s),
      { timeout: 20_000 },
      host,
      selector,
    );
  const INTERACTIONS: [string, string, (page: Page) => Promise<void>][] = [
    [
      'careers.html',
      'search keystrokes (“data”)',
      async (page) => {
        await shadow(page, 'apprentice-board', '[part~=card]');
        // Focused from script, so the keystrokes are the only interactions measured.
        await page.evaluate(() =>
          document
            .querySelector('apprentice-board')!
            .shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!
            .focus(),
        );
        await page.keyboard.type('data', { delay: 150 });
      },
    ],
    [
      'mentoring.html',
      'choosing a day',
      async (page) => {
        // It loads as the visitor reaches it (loading="lazy"), as a visitor choosing a day has.
        await page.evaluate(() => document.querySelector('#jonas')!.scrollIntoView());
        const day = await shadow(page, 'mentor-booking#jonas', '[part~=day-available]');
        await (day as unknown as { click(): Promise<void> }).click();
      },
    ],
    [
      'college.html',
      'opening the checklist',
      async (page) => {
        const summary = await shadow(page, 'credential-badge[layout=full]', 'summary');
        await page.waitForFunction(() =>
          document
            .querySelector('credential-badge[layout=full]')
            ?.shadowRoot?.querySelector('[part=verdict]'),
        );
        await (summary as unknown as { click(): Promise<void> }).click();
      },
    ],
  ];
  try {
    for (const [path, name, act] of INTERACTIONS) {
      const values: number[] = [];
      const notes = new Set<string>();
      for (let i = 0; i < RUNS; i++) {
        log(`INP ${path}: ${name} (${i + 1}/${RUNS})`);
        const page = await browser.newPage();
        await page.setViewport({ width: 412, height: 823 });
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await page.evaluateOnNewDocument(
          `${webVitals};window.__inp=[];webVitals.onINP((m)=>window.__inp.push({value:m.value,target:m.attribution.interactionTarget,type:m.attribution.interactionType,input:m.attribution.inputDelay,processing:m.attribution.processingDuration,presentation:m.attribution.presentationDelay}),{reportAllChanges:true,durationThreshold:16});`,
        );
        await page.goto(`${server.url}/${path}`, { waitUntil: 'networkidle0' });
        await act(page);
        await new Promise((resolve) => setTimeout(resolve, 1000));
        const reports = (await page.evaluate('window.__inp')) as {
          value: number;
          target: string;
          type: string;
          input: number;
          processing: number;
          presentation: number;
        }[];
        // With reportAllChanges, each report is the page's INP so far: the last is its worst.
        const worst = reports.at(-1);
        // Event Timing reports no interaction under 16 ms: one that quick counts as 16.
        values.push(worst?.value ?? 16);
        if (worst) {
          // Event Timing gives no target inside a shadow root: the widget is the target.
          const target = worst.target || 'the widget';
          notes.add(
            `${worst.type} on ${target}: input ${Math.round(worst.input)} + processing ${Math.round(worst.processing)} + presentation ${Math.round(worst.presentation)} ms`,
          );
        }
        await page.close();
      }
      result[path]![`INP, ${name}`] = {
        value: median(values),
        unit: 'ms',
        note: [...notes].at(-1) ?? 'every run under 16 ms, the shortest Event Timing reports',
      };
    }
  } finally {
    await browser.close();
  }
} finally {
  await server.close();
}
process.stdout.write(JSON.stringify(result));
