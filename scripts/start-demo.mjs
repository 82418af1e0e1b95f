// `npm start` (after the build): the reference server on PORT (default 8080) with the demo
// site and the built kit, the API under /api. Data lives in MICROPATH_DATA_DIR (default
// .data/), seeded with the demo's fictional data on first start; DATABASE_URL selects a
// PostgreSQL instead. Every page is served under the strict Content-Security-Policy.
// The college page can issue demo credentials (POST /api/demo/credentials) to any e-mail.
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
    // The college page hands visitors a credential for these achievements, bound to the
    // e-mail they type, to apply with on the careers page. A demo only: anyone may ask.
    demoCredentials: {
      achievements: [
        'data-analysis-fundamentals',
        'accessible-web-basics',
        'customer-support-essentials',
        'workshop-safety',
      ],
    },
  });
} catch (error) {
  console.error(`The demo could not start: ${error.message}`);
  process.exit(1);
}
console.log(`\nMicropath demo: ${running.url}/  (API at ${running.url}/api, Ctrl+C to stop)\n`);
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => running.close().then(() => process.exit(0)));
