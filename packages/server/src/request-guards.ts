/**
 * What every request must be before a route reads it. PostgreSQL text cannot hold NUL, and a
 * lone UTF-16 surrogate is no character at all: both are refused with 400 wherever they come
 * (path, query, JSON body), never passed on to become a 500. Writes must say they are JSON: a
 * cross-site form or `fetch` without `Content-Type` (which skips CORS preflight) gets 415.
 */
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './api-error.ts';

const WRITES_WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);
export const JSON_TYPE = /^application\/([\w.+-]+\+)?json\s*(;|$)/i;

/** Why `text` cannot be stored, or undefined when it can. */
export function badText(text: string): string | undefined {
  if (text.includes('\u0000')) return 'holds a NUL character';
  // A high surrogate not followed by a low one, or a low one not after a high one.
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text))
    return 'holds a lone surrogate (not Unicode text)';
  return undefined;
}

/** The first string in a JSON value (keys included) that cannot be stored, with its path. */
export function badJsonText(value: unknown, path = 'body'): string | undefined {
  if (typeof value === 'string') {
    const why = badText(value);
    return why && `${path} ${why}`;
  }
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const why = badText(key) ?? badJsonText(child, `${path}.${key}`);
      if (why) return why.startsWith(path) ? why : `${path} key ${why}`;
    }
  }
  return undefined;
}

export const wellFormedRequest: MiddlewareHandler = async (c, next) => {
  const url = new URL(c.req.url);
  for (const segment of url.pathname.split('/')) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      throw new ApiError(400, 'The path is not valid UTF-8.');
    }
    const why = badText(decoded);
    if (why) throw new ApiError(400, `The path ${why}.`);
  }
  for (const [key, value] of url.searchParams) {
    const why = badText(key) ?? badText(value);
    if (why) throw new ApiError(400, `The query parameter "${badText(key) ? '?' : key}" ${why}.`);
  }
  if (WRITES_WITH_BODY.has(c.req.method) && !JSON_TYPE.test(c.req.header('content-type') ?? ''))
    throw new ApiError(
      415,
      `Send changes as JSON with "Content-Type: application/json" (it was ${c.req.header('content-type') ? `"${c.req.header('content-type')}"` : 'missing'}).`,
    );
  await next();
};
