/**
 * A REST adapter whose code loads part by part (`source="rest:…"` and the CDN files'
 * `createRestAdapter`): each data shape's part (adapters/rest-*.ts, with the HTTP client they
 * share) with the first call for it, so a board never loads the mentoring or credential code,
 * nor a booking the listings'. The methods are those the eager adapter has.
 */
import type { RestAdapterOptions } from '../adapters/rest-client.ts';
import { lazyAdapter, type Method } from './lazy-adapter.ts';

type Part = (options: RestAdapterOptions) => object;

export function lazyRestAdapter(options: RestAdapterOptions): Record<string, unknown> {
  // Each part makes the adapter's one client on first use (keyed by these options).
  const part = (load: () => Promise<Part>, methods: readonly Method[]) =>
    lazyAdapter(async () => (await load())(options), methods);
  return {
    ...part(
      () => import('../adapters/rest-listings.ts').then((m) => m.restListings),
      ['listListings', 'getListing'],
    ),
    ...part(
      () => import('../adapters/rest-credentials.ts').then((m) => m.restCredentials),
      ['getCredential', 'listCredentials', 'fetch'],
    ),
    ...part(
      () => import('../adapters/rest-mentoring.ts').then((m) => m.restMentoring),
      ['listMentors', 'getAvailability'],
    ),
    ...part(
      () => import('../adapters/rest-bookings.ts').then((m) => m.restBookings),
      ['book', 'cancel'],
    ),
    // The application calls only when the backend takes applications, as the real adapter has
    // them: the board offers its own form (and a wallet) exactly when the adapter can.
    ...(options.applications
      ? part(
          () => import('../adapters/rest-applications.ts').then((m) => m.restApplications),
          ['apply', 'startExchange', 'getExchange'],
        )
      : {}),
  };
}
