/**
 * A credentials adapter for credentials published on the web: `credential-id` is a link (or a
 * path under `baseUrl`) to a hosted OB 2.0 assertion, an OB 3.0 credential, a VC-JWT or a
 * baked image. Its `fetch` is the hook every verification lookup goes through, so `proxy`
 * also routes key, status-list and hosted-copy requests (for issuers without CORS headers).
 */
import type { CredentialsAdapter, RequestContext } from '../core/contracts.ts';
import { AdapterError } from '../core/errors.ts';

export interface OpenBadgesOptions {
  /** A folder for ids that are not absolute links (`/badges/` + id); default: the page. */
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
  // `baseUrl` is a folder (ids go under it); without one, ids resolve like links on the page.
  const base = options.baseUrl
    ? new URL(options.baseUrl.replace(/\/*$/, '/'), document.baseURI)
    : new URL(document.baseURI);
  const resolve = (ref: string): string =>
    /^https?:\/\//i.test(ref) ? ref : new URL(encodeURI(ref), base).href;
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
