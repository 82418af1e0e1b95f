/**
 * Every network request the badge makes (its `src`, keys, hosted copies, status lists) goes
 * through one guarded fetch: https only (plain http only for the page's own origin or when
 * the page itself is served from localhost, for development), a time limit per request, the
 * visitor's cancellation, the adapter's `fetch` hook when one is given (CORS proxies), and
 * the page's own Content-Security-Policy (no request it would refuse is made).
 */
import { msg, str } from '@lit/localize';
import { failure } from './reasons.ts';
import { blockedByPolicy, connectAllowed, watchPolicy } from './page-policy.ts';

export type FetchHook = (url: string, init?: RequestInit) => Promise<Response>;

export const LOOKUP_TIMEOUT_MS = 10_000;
/** Larger answers are refused rather than read: a badge is a few hundred kilobytes. */
export const MAX_CREDENTIAL_BYTES = 10 * 1024 * 1024;
const PNG = [0x89, 0x50, 0x4e, 0x47];

/** What a link to a credential may answer with, best first. */
export const CREDENTIAL_ACCEPT =
  'application/vc+ld+json, application/ld+json, application/json;q=0.9, ' +
  'application/vc+jwt, application/jwt;q=0.9, image/png;q=0.8, image/svg+xml;q=0.8, text/plain;q=0.5';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The absolute URL of `url` if the badge may request it; throws a readable reason otherwise. */
export function allowedUrl(url: string, page: Location | URL = location): URL {
  let target: URL;
  try {
    target = new URL(url, page.href);
  } catch {
    throw failure('invalid-response', () => msg(str`"${url}" is not a link the badge can follow.`));
  }
  if (target.protocol === 'https:') return target;
  const pageIsLocal = LOCAL_HOSTS.has(page.hostname);
  if (target.protocol === 'http:' && (pageIsLocal || target.origin === page.origin)) return target;
  const link = target.href;
  throw failure('invalid-response', () =>
    msg(str`The badge only follows https links, and ${link} is not one.`),
  );
}

/** A lookup this page's Content-Security-Policy does not allow (page-policy.ts). */
const refusedByPolicy = (target: string, cause?: unknown) => {
  const origin = new URL(target).origin;
  return failure(
    'network',
    () =>
      msg(str`This page’s Content-Security-Policy does not let the badge connect to ${origin}.`),
    { cause },
  );
};

/**
 * A fetch that applies the rules above. Failures become AdapterErrors with a code
 * (network, timeout); HTTP answers, including errors, come back as Responses for the caller
 * to judge (a 410 means something else to a verifier than to the loader).
 */
export function guardedFetch(
  hook: FetchHook | undefined,
  signal?: AbortSignal,
  timeoutMs = LOOKUP_TIMEOUT_MS,
): (url: string, init?: RequestInit) => Promise<Response> {
  watchPolicy();
  return async (url, init = {}) => {
    const target = allowedUrl(url).href;
    // With a hook the request may go elsewhere (a proxy): the hook's own business.
    if (!hook && typeof document !== 'undefined' && !connectAllowed(new URL(target)))
      throw refusedByPolicy(target);
    const timeout = AbortSignal.timeout(timeoutMs);
    const signals = [timeout, ...(signal ? [signal] : []), ...(init.signal ? [init.signal] : [])];
    try {
      return await (hook ?? fetch)(target, {
        ...init,
        credentials: 'omit',
        signal: AbortSignal.any(signals),
      });
    } catch (cause) {
      if (signal?.aborted) throw cause;
      if (timeout.aborted) {
        const seconds = timeoutMs / 1000;
        throw failure('timeout', () => msg(str`${target} did not answer within ${seconds} s.`), {
          cause,
        });
      }
      if (!hook && (await blockedByPolicy(target))) throw refusedByPolicy(target, cause);
      throw failure('network', () => msg(str`${target} could not be reached.`), { cause });
    }
  };
}

/** Fetches a credential link; the answer is kept as a JSON object, a JWT or an image Blob. */
export async function fetchCredential(url: string, fetch: FetchHook): Promise<unknown> {
  const response = await fetch(url, { headers: { accept: CREDENTIAL_ACCEPT } });
  if (response.status === 410) {
    throw failure('not-found', () => msg('The issuer has withdrawn this credential (HTTP 410).'), {
      status: 410,
    });
  }
  if (response.status === 404)
    throw failure('not-found', () => msg(str`No credential at ${url} (HTTP 404).`), {
      status: 404,
    });
  const { status } = response;
  if (!response.ok) {
    throw failure('http', () => msg(str`${url} answered HTTP ${status}.`), {
      status,
      retryable: status >= 500,
    });
  }
  const blob = await response.blob();
  if (blob.size > MAX_CREDENTIAL_BYTES)
    throw failure('invalid-response', () => msg('The credential is larger than 10 MB.'));
  const head = new Uint8Array(await blob.slice(0, 4).arrayBuffer());
  if (PNG.every((b, i) => head[i] === b)) return blob;
  const text = await blob.text();
  return text.trimStart().startsWith('<') ? new Blob([text], { type: 'image/svg+xml' }) : text;
}
