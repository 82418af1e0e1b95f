/** Readers for untyped credential JSON and lookups, shared by the view and the verifiers. */
import { msg, str } from '@lit/localize';
import { failure } from './reasons.ts';

export type Json = Record<string, unknown>;

export const obj = (value: unknown): Json | undefined =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;

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
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

export const base64UrlJson = (text: string): unknown =>
  JSON.parse(new TextDecoder().decode(base64UrlBytes(text))) as unknown;

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
  return { status: response.status, body: obj(await response.json()) };
}

/** The JSON object at `url`; throws a readable reason otherwise. */
export async function requireJson(lookup: Fetcher, url: string): Promise<Json> {
  const { status, body } = await fetchJson(lookup, url);
  if (status < 200 || status > 299)
    throw failure('http', () => msg(str`${url} answered HTTP ${status}.`), { status });
  if (!body) throw failure('invalid-response', () => msg(str`${url} is not a JSON object.`));
  return body;
}
