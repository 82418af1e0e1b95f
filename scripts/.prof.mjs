import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
const bundle = await build({ entryPoints: ['bench/.prof-board.ts'], bundle: true, format: 'esm', write: false, minify: false, target: 'es2022', tsconfig: 'tsconfig.json', logLevel: 'error', define: { 'process.env.NODE_ENV': '"production"' }, conditions: ['production'] });
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.setViewport({ width: 1280, height: 900 });
await page.setRequestInterception(true);
page.on('request', (r) => r.respond({ status: 200, contentType: 'text/html', body: '<!doctype html><title>b</title>' }));
await page.goto('http://localhost/bench');
await page.addScriptTag({ content: bundle.outputFiles[0].text, type: 'module' });
await page.waitForFunction(() => 'micropathBench' in window);
const cdp = await page.createCDPSession();
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
// warm up + measure via exported pieces: run whole run() but only profile
await page.evaluate(() => window.warm());
await cdp.send('Profiler.start');
const res = await page.evaluate(() => window.measure());
const { profile } = await cdp.send('Profiler.stop');
console.log(JSON.stringify(res.map(Math.round)));
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas; const counts = new Map();
profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
for (const [id, t] of counts) { const n = byId.get(id); const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(key, (self.get(key) ?? 0) + t); }
const total = [...self.values()].reduce((a, b) => a + b, 0);


const self2 = new Map();
for (const [id, t] of counts) { const n = byId.get(id); const fn = n.callFrame.functionName || '(anon)'; const url = n.callFrame.url; const key = url ? 'js' : fn; self2.set(key, (self2.get(key) ?? 0) + t); }
const tops = [...self2].sort((a,b)=>b[1]-a[1]).slice(0,14).map(([k,t])=>`${k}=${(t/1000).toFixed(0)}`).join(' ');
console.log(tops);
await browser.close();
// TOPS
