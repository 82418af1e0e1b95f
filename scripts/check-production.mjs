// What the Dockerfile's last stage does, without Docker: the built server and kit with only
// their production dependencies (`npm ci --omit=dev --ignore-scripts`) in a folder of their
// own, started as the container starts it, and asked for /health, /ready, /api/listings,
// /jobs and its script. A runtime dependency declared only as a dev one fails here.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const app = mkdtempSync(join(tmpdir(), 'micropath-production-'));
const copy = (from, to = from) => cpSync(join(root, from), join(app, to), { recursive: true });

try {
  for (const pkg of ['micropath', 'server'])
    mkdirSync(join(app, 'packages', pkg), { recursive: true });
  copy('package.json');
  copy('package-lock.json');
  copy('packages/micropath/package.json');
  copy('packages/server/package.json');
  execFileSync('npm', ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], {
    cwd: app,
    stdio: 'inherit',
  });
  copy('packages/micropath/dist');
  copy('packages/server/dist');
  copy('packages/server/migrations');

  const port = String(20_000 + Math.floor(Math.random() * 20_000));
  const server = spawn(process.execPath, ['packages/server/dist/bin.js'], {
    cwd: app,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      PORT: port,
      MICROPATH_DATA_DIR: join(app, 'data'),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  try {
    const deadline = Date.now() + 60_000;
    while (!output.includes('"listening"')) {
      if (server.exitCode !== null || Date.now() > deadline)
        throw new Error(`The production server did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    for (const path of ['/health', '/ready', '/api/listings', '/jobs', '/assets/careers.js']) {
      const response = await fetch(`http://127.0.0.1:${port}${path}`);
      if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}.`);
      console.log(`GET ${path} 200`);
    }
  } finally {
    server.kill('SIGTERM');
  }
  console.log('The production install serves the API and the careers pages.');
} finally {
  rmSync(app, { recursive: true, force: true });
}
