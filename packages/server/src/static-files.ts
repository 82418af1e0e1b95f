/**
 * Serves the demo site and the built kit, with the strict Content-Security-Policy of the
 * design on every answer, so the demo proves the shipped files work under it.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { MiddlewareHandler } from 'hono';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jwt': 'application/jwt',
  '.ico': 'image/x-icon',
};

/** Files under `dir` at `prefix` ("/kit/" → dir). Anything else falls through. */
export function staticFiles(prefix: string, dir: string): MiddlewareHandler {
  const root = resolve(dir);
  return async (c, next) => {
    const path = c.req.path;
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || !path.startsWith(prefix))
      return next();
    let relative: string;
    try {
      relative = decodeURIComponent(path.slice(prefix.length));
    } catch {
      return next();
    }
    let file = normalize(join(root, relative));
    if (file !== root && !file.startsWith(root + sep)) return next(); // never outside `dir`
    let info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file).catch(() => undefined);
    }
    if (!info?.isFile()) return next();
    const headers = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': STRICT_CSP,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    };
    return c.req.method === 'HEAD'
      ? c.body(null, 200, headers)
      : c.body(await readFile(file), 200, headers);
  };
}
