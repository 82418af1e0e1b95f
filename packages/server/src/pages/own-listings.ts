/** The server's own listings as a listings adapter, for its careers pages. */
import { AdapterError, type ListingsAdapter } from 'micropath/adapters';
import type { ListingStore } from '../store/listings.ts';

export function ownListings(listings: ListingStore): ListingsAdapter {
  return {
    listListings: (query) => listings.query({ ...query, limit: Math.min(query.limit ?? 20, 100) }),
    async getListing(id) {
      const listing = await listings.get(id);
      if (!listing) throw new AdapterError('not-found', `There is no listing "${id}".`);
      return listing;
    },
  };
}
