/**
 * Speaks the Micropath REST contract (docs/rest-contract.md) to any backend that implements
 * it, such as `@micropath/server`. Every answer passes the kit's schemas before it is returned.
 * Each data shape is a part of its own (rest-client.ts); this adapter has them all, and
 * `source="rest:…"` loads each part on its first call (core/lazy-rest.ts).
 */
import type { CredentialsAdapter, ListingsAdapter, MentoringAdapter } from '../core/contracts.ts';
import { clientFor, type RestAdapterOptions } from './rest-client.ts';
import { restListings } from './rest-listings.ts';
import { restMentoring } from './rest-mentoring.ts';
import { restBookings } from './rest-bookings.ts';
import { restCredentials } from './rest-credentials.ts';
import { restApplications } from './rest-applications.ts';

export type { RestAdapterOptions } from './rest-client.ts';

export interface RestAdapter
  extends ListingsAdapter, Required<CredentialsAdapter>, Required<MentoringAdapter> {
  readonly baseUrl: string;
  getListing: NonNullable<ListingsAdapter['getListing']>;
}

export function createRestAdapter(options: RestAdapterOptions): RestAdapter {
  return {
    baseUrl: clientFor(options).base,
    ...restListings(options),
    ...restCredentials(options),
    ...restMentoring(options),
    ...restBookings(options),
    ...(options.applications ? restApplications(options) : {}),
  };
}
