/** Readers for untyped credential JSON and lookups, shared by the view and the verifiers. */
import { msg, str } from '@lit/localize';
import { failure } from './reasons.ts';

export type Json = Record<string, unknown>;

export const obj = (value: unknown): Json | undefined =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;

/** Deeper JSON than this is refused: no credential nests its data 64 levels deep. */
export const MAX_JSON_DEPTH = 64;
/** More values than this in one document are refused (a large badge has a few thousand). */
export const MAX_JSON_VALUES = 50_000;

/**
 * Throws a readable reason when `value` nests deeper or holds more values than the limits
 * above. Iterative, so a hostile document cannot exhaust the stack while being measured, and
 * whatever reads it afterwards (recursively) is safe.
 */
export function assertReasonableJson(value: unknown, maxValues = MAX_JSON_VALUES): void {
  const stack: [unknown, number][] = [[value, 0]];
  let count = 0;
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (++count > maxValues)
      throw failure('invalid-response', () =>
        msg('The credential holds more data than a badge can, so it was not read.'),
      );
    if (depth > MAX_JSON_DEPTH)
      throw failure('invalid-response', () =>
        msg('The credential nests its data too deeply to be a badge, so it was not read.'),
      );
    if (item && typeof item === 'object')
      for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
}

/** The deepest nesting in JSON text, scanned without parsing; stops once past `limit`. */
function nestingOf(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // a backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > deepest && (deepest = depth) > limit) return deepest;
    } else if (c === 125 || c === 93) depth--;
  }
  return deepest;
}

/**
 * JSON.parse for untrusted text: nesting past MAX_JSON_DEPTH is refused before parsing (parsing
 * a million nested brackets alone holds the page for a third of a second), and the values are
 * then measured by assertReasonableJson.
 */
export function parseJson(text: string): unknown {
  if (nestingOf(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH)
    throw failure('invalid-response', () =>
      msg('The credential nests its data too deeply to be a badge, so it was not read.'),
    );
  const value: unknown = JSON.parse(text);
  assertReasonableJson(value);
  return value;
}

/** The issuer's id: `issuer` itself when a string, else `issuer.id`. */
export const issuerIdOf = (credential: Json): string | undefined => {
  const id = typeof credential.issuer === 'string' ? credential.issuer : obj(credential.issuer)?.id;
  return typeof id === 'string' ? id : undefined;
};

/** A date from an ISO 8601 string, or undefined. */
export const dateOf = (value: unknown): Date | undefined =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? new Date(value) : undefined;

/** Bytes of base64url text (padding optional), as in JWS parts and status lists. */
export function base64UrlBytes(text: string): Uint8Array<ArrayBuffer> {
  const base64 = text
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(text.length / 4) * 4, '=');
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export const base64UrlJson = (text: string): unknown =>
  parseJson(new TextDecoder().decode(base64UrlBytes(text)));

/** Every lookup during verification goes through this hook (a page may route it via a proxy). */
export interface Fetcher {
  fetch(url: string): Promise<Response>;
}

/** The status and, when it is a JSON object, the body of `url`. */
export async function fetchJson(
  lookup: Fetcher,
  url: string,
): Promise<{ status: number; body?: Json }> {
  const response = await lookup.fetch(url);
  if (!response.ok) return { status: response.status };
  return { status: response.status, body: obj(parseJson(await response.text())) };
}

/** The JSON object at `url`; throws a readable reason otherwise. */
export async function requireJson(lookup: Fetcher, url: string): Promise<Json> {
  const { status, body } = await fetchJson(lookup, url);
  if (status < 200 || status > 299)
    throw failure('http', () => msg(str`${url} answered HTTP ${status}.`), { status });
  if (!body) throw failure('invalid-response', () => msg(str`${url} is not a JSON object.`));
  return body;
}
