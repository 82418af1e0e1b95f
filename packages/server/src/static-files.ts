/**
 * Serves the demo site and the built kit, with the strict Content-Security-Policy of the
 * design on every answer, so the demo proves the shipped files work under it.
 *
 * Caching and compression, so a page embedding the kit stays fast:
 * - a file with a precompressed copy beside it (`file.js.br`, `file.js.gz`, written by the
 *   build) is sent as that copy when the client accepts it; other text files are compressed
 *   on the way out (compression.ts);
 * - files whose names carry their content's hash (`immutable`) are cached for a year and never
 *   asked for again; every other file is revalidated with its `ETag` (a `304` when unchanged).
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { MiddlewareHandler } from 'hono';
import { chooseEncoding, encodedTag, isCompressible } from './compression.ts';

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

const FOREVER = 'public, max-age=31536000, immutable';

export interface StaticOptions {
  /** Paths (relative to `dir`) whose names change with their content: cached for a year. */
  immutable?: (relativePath: string) => boolean;
  /** Extra headers for an HTML page, given its text (modulepreload `Link`s). */
  pageHeaders?: (html: string) => Record<string, string>;
}

/** Built chunks are named `name-<hash>.js`: their address changes whenever their bytes do. */
export const hashedChunk = (relativePath: string): boolean =>
  /(^|\/)chunks\/[^/]+-[\w-]{8}\.(js|css)$/.test(relativePath);

/** Whether `If-None-Match` names this file's current version (in any encoding). */
function unchanged(ifNoneMatch: string | undefined, tag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = tag.slice(0, -1);
  return ifNoneMatch.split(',').some((given) => {
    const t = given.trim().replace(/^W\//, '');
    return (
      t === '*' || t === tag || (t.startsWith(bare) && /^-(br|gzip)"$/.test(t.slice(bare.length)))
    );
  });
}

/** Files under `dir` at `prefix` ("/kit/" → dir). Anything else falls through. */
export function staticFiles(
  prefix: string,
  dir: string,
  options: StaticOptions = {},
): MiddlewareHandler {
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
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const tag = `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`;
    const headers: Record<string, string> = {
      'content-type': type,
      'content-security-policy': STRICT_CSP,
      'x-content-type-options': 'nosniff',
      'cache-control': options.immutable?.(relative.replace(/\\/g, '/')) ? FOREVER : 'no-cache',
      etag: tag,
      'last-modified': new Date(info.mtimeMs).toUTCString(),
    };
    if (isCompressible(type)) headers.vary = 'Accept-Encoding';
    if (unchanged(c.req.header('if-none-match'), tag)) return c.body(null, 304, headers);

    // A precompressed copy, if the build left one and it is not older than the file.
    const encoding = isCompressible(type)
      ? chooseEncoding(c.req.header('accept-encoding'))
      : undefined;
    const copy = encoding && `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
    const copyInfo = copy ? await stat(copy).catch(() => undefined) : undefined;
    const sendCopy = copy && copyInfo?.isFile() && copyInfo.mtimeMs >= info.mtimeMs;
    if (sendCopy) {
      headers['content-encoding'] = encoding;
      headers.etag = encodedTag(tag, encoding);
    }
    // The file itself, read once: a page's hints come from its text, which is also the body
    // unless a precompressed copy goes instead.
    const original =
      type.startsWith('text/html') && options.pageHeaders ? await readFile(file) : undefined;
    if (original) Object.assign(headers, options.pageHeaders!(original.toString('utf8')));
    if (c.req.method === 'HEAD') return c.body(null, 200, headers);
    const body = new Uint8Array(
      !sendCopy && original ? original : await readFile(sendCopy ? copy : file),
    );
    headers['content-length'] = String(body.byteLength);
    return c.body(body, 200, headers);
  };
}
