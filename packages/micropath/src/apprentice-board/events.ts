import { MicropathEvent } from '../core/events.ts';

export { MpSkillGapEvent } from '../core/events.ts';
export type { SkillGap } from '../core/events.ts';
import type { Listing, ListingQuery } from '../core/models/listing.ts';

/** A visitor opened a listing's detail view. */
export class MpListingOpenEvent extends MicropathEvent {
  readonly listing: Listing;
  constructor(listing: Listing) {
    super('mp-listing-open');
    this.listing = listing;
  }
}

/** A visitor chose "Apply". Cancelable: `preventDefault()` stops the navigation to `url`. */
export class MpApplyEvent extends MicropathEvent {
  readonly listing: Listing;
  readonly url: string | undefined;
  constructor(listing: Listing, url: string | undefined) {
    super('mp-apply', { cancelable: true });
    this.listing = listing;
    this.url = url;
  }
}

/** A visitor changed the search, a filter or the sort. */
export class MpQueryChangeEvent extends MicropathEvent {
  readonly query: ListingQuery;
  constructor(query: ListingQuery) {
    super('mp-query-change');
    this.query = query;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mp-listing-open': MpListingOpenEvent;
    'mp-apply': MpApplyEvent;
    'mp-query-change': MpQueryChangeEvent;
  }
}
