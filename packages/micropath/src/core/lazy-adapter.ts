/**
 * An adapter whose code loads on first use. `source="rest:…"` and the ATS prefixes resolve to
 * these, so a page that configures its board from JavaScript never downloads the HTTP client,
 * the feed mappers or the schemas they validate with; a page that uses `source` fetches them
 * in parallel with its first request.
 */
export type Method =
  | 'listListings'
  | 'getListing'
  | 'apply'
  | 'startExchange'
  | 'getExchange'
  | 'getCredential'
  | 'listCredentials'
  | 'fetch'
  | 'listMentors'
  | 'getAvailability'
  | 'book'
  | 'cancel'
  | 'reschedule'
  | 'refresh';

/**
 * @param load resolves to the real adapter
 * @param methods the methods the real adapter has (the proxy must expose them before loading)
 * @param flags constant properties such as `instantSearch`
 */
export function lazyAdapter(
  load: () => Promise<object>,
  methods: readonly Method[],
  flags: Record<string, unknown> = {},
): Record<string, unknown> {
  let loading: Promise<Record<string, (...args: unknown[]) => unknown>> | undefined;
  const real = () => {
    if (!loading) {
      const attempt = load().then(
        (adapter) => adapter as Record<string, (...args: unknown[]) => unknown>,
      );
      // A failed load (offline) is not kept: the next call tries again.
      attempt.catch(() => loading === attempt && (loading = undefined));
      loading = attempt;
    }
    return loading;
  };
  const proxy: Record<string, unknown> = { ...flags };
  for (const method of methods) {
    proxy[method] = async (...args: unknown[]) => {
      const adapter = await real();
      return adapter[method]!(...args);
    };
  }
  return proxy;
}

export const BOARD_METHODS = ['listListings', 'getListing', 'refresh'] as const;
/** Every method of the mentoring adapters the kit ships (REST, Cal.com, memory): all of them. */
export const MENTORING_METHODS = [
  'listMentors',
  'getAvailability',
  'book',
  'cancel',
  'reschedule',
] as const;
/** A whole-board ATS adapter (Greenhouse, Lever, Ashby): searched in the page, as it loads. */
export const lazyBoard = (load: () => Promise<object>) =>
  lazyAdapter(load, BOARD_METHODS, { instantSearch: true });
