/**
 * Reads a request's JSON body (the media type was checked by request-guards.ts): 400 for text
 * that is not JSON, or JSON holding text PostgreSQL cannot store (NUL, lone surrogates).
 */
import type { Context } from 'hono';
import { ApiError } from './api-error.ts';
import { badJsonText } from './request-guards.ts';

export async function readJsonBody(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (!text.trim()) return {};
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch (error) {
    throw new ApiError(400, `The body is not valid JSON: ${(error as Error).message}.`);
  }
  const why = badJsonText(body);
  if (why) throw new ApiError(400, `The ${why}.`);
  return body;
}
