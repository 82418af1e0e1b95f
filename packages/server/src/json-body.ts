/** Reads a request's JSON body: 415 for another media type, 400 for text that is not JSON. */
import type { Context } from 'hono';
import { ApiError } from './api-error.ts';

export async function readJsonBody(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  const text = await c.req.text();
  if (!text.trim()) return {};
  if (type && !/^application\/([\w.+-]+\+)?json\b/i.test(type))
    throw new ApiError(415, `Send the body as application/json (it was ${type}).`);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ApiError(400, `The body is not valid JSON: ${(error as Error).message}.`);
  }
}
