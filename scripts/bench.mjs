// `npm run bench`: runs the benchmark scenarios in headless system Chromium, several times on
// fresh pages, and prints the median of the runs with their min–max; then the reference
// server's search, each element's critical path, and Lighthouse on the demo pages
// (bench/demo-pages.bench.ts). Writes
// bench/results.json. Numbers are wall-clock on this machine: compare runs of one machine.
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { findChromium } from './find-chromium.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/** Each scenario: a module bundled for the page, and its goals per measurement. */
const SCENARIOS = [
  {
    name: 'Listing query engine, 10,000 listings',
    entry: 'bench/query-engine.bench.ts',
    goals: { 'all queries': 5 },
    goalText: 'median under 5 ms per query',
  },
  {
    name: '<apprentice-board>',
    entry: 'bench/apprentice-board.bench.ts',
    goals: {
      'first render, 1,000 cards (ratio to static HTML)': 1.5,
      'first render, 1,000 cards, longest task (0: none over 50 ms)': 50,
      'keystroke work (script, style, layout), 10,000, p95': 16,
    },
    goalText:
      'first render within 1.5× static HTML with no task over 50 ms; a keystroke fits one 16 ms frame at p95',
  },
  {
    name: '<mentor-booking>',
    entry: 'bench/mentor-booking.bench.ts',
    goals: { 'month with 500 times, answer to layout, p95': 16 },
    goalText: 'a month view with 500 times rendered within 16 ms at p95',
  },
  {
    name: '<credential-badge>',
    entry: 'bench/credential-badge.bench.ts',
    goals: {
      'hostile input (9 cases), slowest': 1000,
      'hostile input, longest main-thread task': 200,
    },
    goalText: 'any hostile input answered within 1 s, with no main-thread task over 200 ms',
  },
];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const format = (value, unit) => (unit === '×' ? `${value.toFixed(2)}×` : `${value.toFixed(2)} ms`);

// BENCH_ONLY=board runs only the scenarios whose name contains that text; Chromium starts only
// when a browser scenario runs.
const only = process.env.BENCH_ONLY;
const browserScenarios = SCENARIOS.filter((s) => !only || s.name.includes(only));
const browser = browserScenarios.length
  ? await puppeteer.launch({
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
    })
  : undefined;

const report = {
  date: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    model: os.cpus()[0]?.model,
    node: process.version,
    ...(browser ? { chromium: await browser.version() } : {}),
  },
  runs: RUNS,
  scenarios: {},
};
try {
  for (const scenario of browserScenarios) {
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
      await page.setViewport({ width: 1280, height: 900 });
      // A localhost page, answered here: a secure context (WebCrypto), with no server to start.
      await page.setRequestInterception(true);
      page.on('request', (request) =>
        request.respond({
          status: 200,
          contentType: 'text/html',
          body: '<!doctype html><title>bench</title>',
        }),
      );
      await page.goto('http://localhost/bench');
      await page.addScriptTag({ content: bundle.outputFiles[0].text, type: 'module' });
      await page.waitForFunction(() => 'micropathBench' in window);
      perRun.push(await page.evaluate(async () => window.micropathBench.run()));
      await page.close();
    }
    const rows = {};
    console.log(`\n${scenario.name} (${RUNS} runs; goal: ${scenario.goalText})`);
    console.log(
      `${'measurement'.padEnd(52)} ${'median'.padStart(9)} ${'min–max'.padStart(19)}  goal`,
    );
    for (const key of Object.keys(perRun[0])) {
      const values = perRun.map((run) => run[key].value);
      const unit = perRun[0][key].unit;
      const notes = [...new Set(perRun.map((run) => run[key].note).filter(Boolean))];
      const row = {
        median: median(values),
        min: Math.min(...values),
        max: Math.max(...values),
        unit,
        samplesPerRun: perRun[0][key].samples,
        ...(notes.length ? { cases: notes } : {}),
      };
      const goal = scenario.goals[key];
      if (goal !== undefined) Object.assign(row, { goal, met: row.median <= goal });
      rows[key] = row;
      const verdict =
        goal === undefined
          ? ''
          : row.met
            ? `met (≤ ${format(goal, unit)})`
            : `MISSED (≤ ${format(goal, unit)})`;
      console.log(
        `${key.padEnd(52)} ${format(row.median, unit).padStart(9)} ${`${format(row.min, unit)}–${format(row.max, unit)}`.padStart(19)}  ${verdict}`,
      );
      if (notes.length) console.log(`${''.padEnd(52)} (${notes.join('; ')})`);
    }
    report.scenarios[scenario.name] = rows;
  }
} finally {
  await browser?.close();
}
// The reference server's search, in Node (no browser), one run each: PGlite at 10,000 listings
// and PostgreSQL (BENCH_DATABASE_URL, an empty database: its listings are replaced) at 10,000
// and 100,000 against their goals; PGlite at 100,000 reported, past where it is the right choice.
if (!only || 'server search'.includes(only)) {
  const { execFileSync } = await import('node:child_process');
  const runs = [
    { listings: 10_000 },
    { listings: 100_000, requests: 200 }, // about 1 search a second: 200 are enough
    { listings: 10_000, postgres: true },
    { listings: 100_000, postgres: true },
  ];
  for (const run of runs) {
    const name = `Server search, ${run.listings.toLocaleString('en')} listings (${run.postgres ? 'postgres' : 'pglite'}, 8 clients)`;
    if (run.postgres && !process.env.BENCH_DATABASE_URL) {
      console.log(`\n${name}: skipped: set BENCH_DATABASE_URL`);
      report.scenarios[name] = { skipped: 'set BENCH_DATABASE_URL' };
      continue;
    }
    const env = {
      ...process.env,
      BENCH_LISTINGS: String(run.listings),
      ...(run.requests ? { BENCH_REQUESTS: String(run.requests) } : {}),
    };
    if (!run.postgres) delete env.BENCH_DATABASE_URL;
    const result = JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', 'bench/server-search.bench.ts'], {
        env,
        encoding: 'utf8',
        maxBuffer: 1024 * 1024,
        stdio: ['ignore', 'pipe', 'inherit'],
      }),
    );
    const rows = Object.fromEntries(
      Object.entries(result).filter(([key]) => key !== 'listings' && key !== 'database'),
    );
    const goals = Object.values(rows).some((row) => row.goal);
    console.log(
      `\n${name} (1 run; ${goals ? 'goal: p95 and /health within 50 ms' : 'reported, no goal'}${run.postgres ? ', ≥ 200 searches/s' : ''})`,
    );
    for (const [key, row] of Object.entries(rows)) {
      const verdict = !row.goal
        ? ''
        : `${row.met ? 'met' : 'MISSED'} (${row.goal.min !== undefined ? `≥ ${row.goal.min}` : `≤ ${row.goal.max}`})`;
      console.log(
        `${key.padEnd(52)} ${`${row.value.toFixed(row.unit === 's' ? 1 : 0)} ${row.unit}`.padStart(12)}  ${verdict}`,
      );
    }
    report.scenarios[name] = rows;
  }
}
// The critical path as a page sees it (scripts/critical-path.mjs, as `npm run size` reports
// it; bytes do not vary between runs): JS fetched before each element's first useful state,
// against DESIGN.md's budgets.
if (!only || 'critical path'.includes(only)) {
  const { criticalPathReport, formatCriticalPath } = await import('./critical-path.mjs');
  const { readFileSync } = await import('node:fs');
  const budgets = JSON.parse(readFileSync('size-budgets.json', 'utf8')).criticalPath;
  const rows = await criticalPathReport(budgets);
  console.log(`\n${formatCriticalPath(rows)}`);
  report.scenarios['Critical path (JS gzip until the first useful state)'] = Object.fromEntries(
    Object.entries(rows).map(([element, row]) => [
      element,
      {
        value: row.bytes / 1000,
        unit: 'kB',
        goal: { max: row.budget },
        met: row.met,
        brotli: row.brotli / 1000,
        files: row.files,
      },
    ]),
  );
}
// The demo pages under Lighthouse and their interactions' INP (needs the build): a page's
// budgets are DESIGN.md's, performance ≥ 98, CLS ≤ 0.01, and an INP within 200 ms ("good").
if (!only || 'demo pages'.includes(only)) {
  const { execFileSync } = await import('node:child_process');
  const pages = JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', 'bench/demo-pages.bench.ts'], {
      env: { ...process.env, CHROME_PATH: findChromium() },
      encoding: 'utf8',
      maxBuffer: 1024 * 1024,
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
  const PAGE_GOALS = {
    performance: { min: 98 },
    'cumulative layout shift': { max: 0.01 },
  };
  const runs = process.env.BENCH_LIGHTHOUSE_RUNS ?? 5;
  for (const [page, rows] of Object.entries(pages)) {
    const name = `Demo page ${page} (Lighthouse mobile, median of ${runs})`;
    console.log(`\n${name}`);
    for (const [key, row] of Object.entries(rows)) {
      const goal = PAGE_GOALS[key] ?? (key.startsWith('INP') ? { max: 200 } : undefined);
      if (goal) {
        row.goal = goal;
        row.met = goal.min !== undefined ? row.value >= goal.min : row.value <= goal.max;
      }
      const digits = row.unit === 'CLS' ? 3 : row.unit === 'KiB' ? 1 : 0;
      const verdict = !goal
        ? ''
        : `${row.met ? 'met' : 'MISSED'} (${goal.min !== undefined ? `≥ ${goal.min}` : `≤ ${goal.max}`})`;
      console.log(
        `${key.padEnd(52)} ${`${row.value.toFixed(digits)} ${row.unit}`.padStart(12)}  ${verdict}`,
      );
      if (row.note) console.log(`${''.padEnd(52)} (${row.note})`);
    }
    report.scenarios[name] = rows;
  }
}
writeFileSync('bench/results.json', JSON.stringify(report, null, 2) + '\n');
console.log('\nWrote bench/results.json');
