// `npm start` (after the build): the reference server on PORT (default 8080) with the demo
// site and the built kit, the API under /api. Data lives in MICROPATH_DATA_DIR (default
// .data/), seeded with the demo's fictional data on first start; DATABASE_URL selects a
// PostgreSQL instead. Every page is served under the strict Content-Security-Policy.
import { configFromEnv, startServer } from '@micropath/server';

const config = configFromEnv();
let running;
try {
  running = await startServer({
    ...config,
    seedFile: config.seedFile ?? new URL('../demo/data/seed.json', import.meta.url).pathname,
    site: {
      demoDir: new URL('../demo', import.meta.url).pathname,
      kitDir: new URL('../packages/micropath/dist', import.meta.url).pathname,
    },
  });
} catch (error) {
  console.error(`The demo could not start: ${error.message}`);
  process.exit(1);
}
console.log(`\nMicropath demo: ${running.url}/  (API at ${running.url}/api, Ctrl+C to stop)\n`);
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => running.close().then(() => process.exit(0)));
