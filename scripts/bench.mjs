// `npm run bench`: runs the benchmark scenarios in headless system Chromium, several times on
// fresh pages, and prints the median of the runs with their min–max. Writes
// bench/results.json. Numbers are wall-clock on this machine: compare runs of one machine.
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { findChromium } from './find-chromium.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

/** Each scenario: a module bundled for the page, and its goal per measurement. */
const SCENARIOS = [
  {
    name: 'Listing query engine, 10,000 listings',
    entry: 'bench/query-engine.bench.ts',
    goals: { 'all queries': 5 },
    goalText: 'median under 5 ms per query',
  },
];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const browser = await puppeteer.launch({
  executablePath: findChromium(),
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
});

const report = {
  date: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    model: os.cpus()[0]?.model,
    node: process.version,
    chromium: await browser.version(),
  },
  runs: RUNS,
  scenarios: {},
};
try {
  for (const scenario of SCENARIOS) {
    const bundle = await build({
      entryPoints: [scenario.entry],
      bundle: true,
      format: 'esm',
      write: false,
      minify: true,
      target: 'es2022',
      tsconfig: 'tsconfig.json',
      logLevel: 'error',
    });
    const perRun = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage();
      await page.goto('about:blank');
      await page.addScriptTag({ content: bundle.outputFiles[0].text, type: 'module' });
      await page.waitForFunction(() => 'micropathBench' in window);
      perRun.push(await page.evaluate(() => window.micropathBench.run()));
      await page.close();
    }
    const rows = {};
    console.log(`\n${scenario.name} (${RUNS} runs; goal: ${scenario.goalText})`);
    console.log(
      `${'measurement'.padEnd(44)} ${'median'.padStart(9)} ${'min–max'.padStart(17)}  goal`,
    );
    for (const key of Object.keys(perRun[0])) {
      const values = perRun.map((run) => run[key].medianMs);
      const row = {
        medianMs: median(values),
        minMs: Math.min(...values),
        maxMs: Math.max(...values),
        samplesPerRun: perRun[0][key].samples,
      };
      const goal = scenario.goals[key];
      if (goal !== undefined) Object.assign(row, { goalMs: goal, met: row.medianMs < goal });
      rows[key] = row;
      const fmt = (ms) => `${ms.toFixed(2)} ms`;
      console.log(
        `${key.padEnd(44)} ${fmt(row.medianMs).padStart(9)} ${`${fmt(row.minMs)}–${fmt(row.maxMs)}`.padStart(17)}  ${goal === undefined ? '' : row.met ? `met (< ${goal} ms)` : `MISSED (< ${goal} ms)`}`,
      );
    }
    report.scenarios[scenario.name] = rows;
  }
} finally {
  await browser.close();
}
writeFileSync('bench/results.json', JSON.stringify(report, null, 2) + '\n');
console.log('\nWrote bench/results.json');
