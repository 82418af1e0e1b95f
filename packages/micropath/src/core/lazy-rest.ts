/**
 * A REST adapter whose code loads part by part (`source="rest:…"` and the CDN files'
 * `createRestAdapter`): each data shape's part (adapters/rest-*.ts, with the HTTP client they
 * share) with the first call for it, so a board never loads the mentoring or credential code,
 * nor a booking the listings'. The methods are those the eager adapter has. A part that cannot
 * load (offline) fails that call, as an unreachable backend would, and the next call tries
 * again (lazy-adapter.ts).
 */
import type { RestAdapterOptions } from '../adapters/rest-client.ts';
import { lazyAdapter, type Method } from './lazy-adapter.ts';

type Part = (options: RestAdapterOptions) => object;

/** Where each part's code comes from (a test makes one fail). */
export const restParts = {
  listings: (): Promise<Part> => import('../adapters/rest-listings.ts').then((m) => m.restListings),
  credentials: (): Promise<Part> =>
    import('../adapters/rest-credentials.ts').then((m) => m.restCredentials),
  mentoring: (): Promise<Part> =>
    import('../adapters/rest-mentoring.ts').then((m) => m.restMentoring),
  bookings: (): Promise<Part> => import('../adapters/rest-bookings.ts').then((m) => m.restBookings),
  applications: (): Promise<Part> =>
    import('../adapters/rest-applications.ts').then((m) => m.restApplications),
};

export function lazyRestAdapter(options: RestAdapterOptions): Record<string, unknown> {
  // Each part makes the adapter's one client on first use (keyed by these options).
  const part = (name: keyof typeof restParts, methods: readonly Method[]) =>
    lazyAdapter(async () => (await restParts[name]())(options), methods);
  return {
    ...part('listings', ['listListings', 'getListing']),
    ...part('credentials', ['getCredential', 'listCredentials', 'fetch']),
    ...part('mentoring', ['listMentors', 'getAvailability']),
    ...part('bookings', ['book', 'cancel', 'reschedule']),
    // The application calls only when the backend takes applications, as the real adapter has
    // them: the board offers its own form (and a wallet) exactly when the adapter can.
    ...(options.applications
      ? part('applications', ['apply', 'startExchange', 'getExchange'])
      : {}),
  };
}
