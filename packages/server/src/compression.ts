/**
 * Compressed answers: brotli, else gzip, as the client accepts (`Accept-Encoding`). Static
 * files bring their own precompressed copies (static-files.ts); everything else the server
 * writes (JSON, the careers pages, the sitemap, CSV) is compressed here, off the event loop,
 * at a quick level. Small answers go as they are: below a kilobyte compression saves nothing.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';

export type Encoding = 'br' | 'gzip';

const MIN_BYTES = 1024;
const COMPRESSIBLE =
  /^(text\/|application\/(json|problem\+json|javascript|xml|manifest\+json|jwt)|image\/svg\+xml)/;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** The best encoding `header` accepts (q > 0), brotli first. */
export function chooseEncoding(header: string | undefined): Encoding | undefined {
  if (!header) return undefined;
  const accepted = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    if (name) accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const allows = (name: Encoding) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  return allows('br') ? 'br' : allows('gzip') ? 'gzip' : undefined;
}

export const isCompressible = (contentType: string | null | undefined): boolean =>
  COMPRESSIBLE.test(contentType ?? '');

/** Adds `Accept-Encoding` to the answer's `Vary`, once. */
export function varyOnEncoding(headers: Headers): void {
  const vary = headers.get('vary');
  if (!vary) headers.set('vary', 'Accept-Encoding');
  else if (!/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(vary))
    headers.set('vary', `${vary}, Accept-Encoding`);
}

/** The entity tag of an encoded copy: its own, since its bytes differ. */
export const encodedTag = (tag: string, encoding: Encoding): string =>
  tag.endsWith('"') ? `${tag.slice(0, -1)}-${encoding}"` : tag;

export function compressAnswers(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    if (
      c.req.method === 'HEAD' ||
      res.status !== 200 ||
      !res.body ||
      res.headers.has('content-encoding') ||
      !isCompressible(res.headers.get('content-type'))
    )
      return;
    const encoding = chooseEncoding(c.req.header('accept-encoding'));
    // Hono copies the old answer's headers onto a new one: change them in place.
    const headers = res.headers;
    varyOnEncoding(headers);
    const body = new Uint8Array(await res.arrayBuffer());
    let sent: Uint8Array<ArrayBuffer> = body;
    if (encoding && body.byteLength >= MIN_BYTES) {
      const compressed =
        encoding === 'br'
          ? await brotli(body, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: 5,
                [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
              },
            })
          : await gzipped(body, { level: 6 });
      sent = new Uint8Array(compressed);
      headers.set('content-encoding', encoding);
      const tag = headers.get('etag');
      if (tag) headers.set('etag', encodedTag(tag, encoding));
    }
    headers.set('content-length', String(sent.byteLength));
    c.res = new Response(sent, { status: res.status, statusText: res.statusText, headers });
  };
}
