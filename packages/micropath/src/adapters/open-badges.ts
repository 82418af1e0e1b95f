/**
 * A credentials adapter for credentials published on the web: `credential-id` is a link (or a
 * path under `baseUrl`) to a hosted OB 2.0 assertion, an OB 3.0 credential, a VC-JWT or a
 * baked image. Its `fetch` is the hook every verification lookup goes through, so `proxy`
 * also routes key, status-list and hosted-copy requests (for issuers without CORS headers).
 */
import type { CredentialsAdapter, RequestContext } from '../core/contracts.ts';
import { AdapterError } from '../core/errors.ts';

export interface OpenBadgesOptions {
  /** Ids that are not absolute links are resolved against this (`/badges/` + id). */
  baseUrl?: string;
  /** Rewrites each lookup URL, e.g. `(url) => '/proxy?url=' + encodeURIComponent(url)`. */
  proxy?: (url: string) => string;
  /** Credential ids (or links) per holder, for `<credential-badge holder="…">` galleries. */
  holders?: Record<string, readonly string[]>;
  /** A fetch to use instead of the global one. */
  fetch?: typeof fetch;
}

export function openBadgesAdapter(options: OpenBadgesOptions = {}): CredentialsAdapter {
  const lookup = (url: string, init?: RequestInit): Promise<Response> =>
    (options.fetch ?? fetch)(options.proxy ? options.proxy(url) : url, init);
  const resolve = (ref: string): string => {
    if (/^https?:\/\//i.test(ref)) return ref;
    const base = options.baseUrl ?? location.href;
    return new URL(encodeURI(ref), new URL(base.replace(/\/*$/, '/'), location.href)).href;
  };
  // The link rules and content sniffing load on first use, with the badge's own chunks.
  const getCredential = async (ref: string, ctx: RequestContext): Promise<unknown> => {
    const { fetchCredential, guardedFetch } = await import('../credential-badge/lookups.ts');
    return fetchCredential(resolve(ref), guardedFetch(lookup, ctx.signal));
  };
  return {
    fetch: lookup,
    getCredential,
    async listCredentials(holder, ctx) {
      const refs = options.holders?.[holder];
      if (!refs) throw new AdapterError('not-found', `No holder "${holder}".`, { status: 404 });
      return Promise.all(refs.map((ref) => getCredential(ref, ctx)));
    },
  };
}
