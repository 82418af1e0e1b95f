// `npm start` (after the build): serves demo/ and the built kit on PORT (default 8080), with
// the strict Content-Security-Policy of DESIGN.md on every page, so the demo proves the
// shipped files work under it. No external service is needed.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const PORT = Number(process.env.PORT ?? 8080);
const HOST = process.env.HOST ?? '127.0.0.1';
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const ROOTS = [
  { prefix: '/kit/', dir: resolve('packages/micropath/dist') },
  { prefix: '/', dir: resolve('demo') },
];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jwt': 'application/jwt',
};

async function fileFor(pathname) {
  const root = ROOTS.find((r) => pathname.startsWith(r.prefix));
  const relative = decodeURIComponent(pathname.slice(root.prefix.length)) || 'index.html';
  const file = normalize(join(root.dir, relative));
  if (!file.startsWith(root.dir)) return undefined; // no way out of the served folders
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) return fileFor(`${pathname.replace(/\/?$/, '/')}index.html`);
  return info?.isFile() ? file : undefined;
}

const server = createServer(async (req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://demo');
  const file = await fileFor(pathname);
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  res.end(await readFile(file));
});

server.listen(PORT, HOST, () => {
  console.log(
    `Micropath demo: http://${HOST === '0.0.0.0' ? 'localhost' : HOST}:${PORT}/  (Ctrl+C to stop)`,
  );
});
