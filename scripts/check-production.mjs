// What the Dockerfile does, without Docker. First its build stage: the kit and the server
// built in a folder holding only what that stage copies (read from the Dockerfile, with the
// repository's node_modules linked in place of its `npm ci`), so a file the build needs and
// the Dockerfile leaves out fails here. Then its last stage: the built server and kit with
// only their production dependencies (`npm ci --omit=dev --ignore-scripts`) in a folder of
// their own, started as the container starts it, and asked for /health, /ready,
// /api/listings, /jobs and its script. A runtime dependency declared only as a dev one fails
// here.
import { execFileSync, spawn } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const ADMIN_TOKEN = 'production-check-admin-token';
const app = mkdtempSync(join(tmpdir(), 'micropath-production-'));
const copy = (from, to = from) => cpSync(join(root, from), join(app, to), { recursive: true });

/** The build stage's `COPY` sources, as the Dockerfile lists them. */
function buildStageCopies() {
  const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
  const stage = dockerfile.split(/^FROM /m)[1] ?? '';
  return [...stage.matchAll(/^COPY (?!--)(.+)$/gm)].flatMap((m) =>
    m[1].trim().split(/\s+/).slice(0, -1),
  );
}

/** The Dockerfile's build stage, in a folder of its own; its build output is not kept. */
function buildLikeTheDockerfile() {
  const stage = mkdtempSync(join(tmpdir(), 'micropath-docker-build-'));
  try {
    // What .dockerignore keeps out of the context is kept out here too.
    const ignored = /(^|\/)(node_modules|dist|\.data)(\/|$)/;
    for (const path of buildStageCopies())
      cpSync(join(root, path), join(stage, path), {
        recursive: true,
        filter: (source) => !ignored.test(source.slice(root.length)),
      });
    // The repository's dependencies, but its own workspaces linked to the folder's copies,
    // so the server's build bundles the kit built here.
    const modules = join(stage, 'node_modules');
    mkdirSync(join(modules, '@micropath'), { recursive: true });
    for (const entry of readdirSync(join(root, 'node_modules'))) {
      if (entry === 'micropath' || entry === '@micropath') continue;
      symlinkSync(join(root, 'node_modules', entry), join(modules, entry));
    }
    symlinkSync(join(stage, 'packages/micropath'), join(modules, 'micropath'), 'dir');
    symlinkSync(join(stage, 'packages/server'), join(modules, '@micropath/server'), 'dir');
    for (const workspace of ['micropath', '@micropath/server'])
      execFileSync('npm', ['run', 'build', '--workspace', workspace], {
        cwd: stage,
        stdio: ['ignore', 'ignore', 'inherit'],
      });
    console.log(
      `The Dockerfile's build stage builds from what it copies: ${buildStageCopies().join(', ')}`,
    );
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

try {
  buildLikeTheDockerfile();
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
      MICROPATH_ADMIN_TOKEN: ADMIN_TOKEN,
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
    // An application with a credential: the kit's verifier runs in the production install.
    const api = `http://127.0.0.1:${port}/api`;
    const put = await fetch(`${api}/admin/listings/production-check`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({ title: 'Check', organization: { name: 'Check' }, skills: ['SQL'] }),
    });
    if (put.status !== 200) throw new Error(`PUT a listing answered ${put.status}.`);
    const applied = await fetch(`${api}/listings/production-check/applications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'Lee',
        email: 'lee@example.org',
        consent: true,
        credentials: ['a.b.c'],
      }),
    });
    const receipt = await applied.json();
    if (applied.status !== 201 || receipt.credentials?.[0]?.verdict !== 'invalid')
      throw new Error(
        `An application with a credential answered ${applied.status}: ${JSON.stringify(receipt)}`,
      );
    console.log("POST an application with a credential: 201, checked by the kit's verifier");
  } finally {
    server.kill('SIGTERM');
  }
  console.log('The production install serves the API and the careers pages.');
} finally {
  rmSync(app, { recursive: true, force: true });
}
