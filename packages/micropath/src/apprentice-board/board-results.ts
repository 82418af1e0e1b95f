/**
 * The board's results: the active filters, the count, the note about listings that could not
 * be shown, the error and empty states, and the cards with "Load more". The card templates are
 * kept between renders (see `CardCache`).
 */
import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { msg, str } from '@lit/localize';
import { currentUiLocale } from '../core/locale.ts';
import { describeFailure } from '../core/error-messages.ts';
import type { Listing, ListingQuery } from '../core/models/listing.ts';
import { openFromList, renderCard, renderSkeleton, type CardContext } from './listing-card.ts';
import { activeFilters, renderChips, type Chip } from './board-toolbar.ts';
import type { BoardListings } from './board-listings.ts';
import { plural } from '../core/plural.ts';

export type ResultsListings = Pick<
  BoardListings,
  | 'items'
  | 'shown'
  | 'total'
  | 'skipped'
  | 'status'
  | 'failure'
  | 'moreFailure'
  | 'nextCursor'
  | 'now'
>;

export interface ResultsContext {
  query: ListingQuery;
  listings: ResultsListings;
  locale: string;
  cards: CardCache;
  /** A visitor opened a card. */
  open: (listing: Listing, trigger: HTMLElement) => void;
  /** A listing's own address, if any. */
  href: (listing: Listing) => string | undefined;
  removeChip: (chip: Chip) => void;
  clearAll: () => void;
  /** "Try again" after the first page failed. */
  retry: () => void;
  /** "Load more", or "Try again" after the next page failed. */
  more: () => void;
}

/**
 * The card templates, kept while the listings, locale, clock and language stay the same: a
 * query change re-renders the page before its answer arrives, and then no card is redone. The
 * cards come in the slices they were revealed in, each behind a `guard`: a render that adds a
 * slice does not walk the cards already on screen.
 */
export class CardCache {
  private key?: unknown[];
  private slices: ReturnType<typeof renderCard>[][] = [];
  private count = 0;

  cards(listings: ResultsListings, ctx: CardContext) {
    const { items, shown } = listings;
    const key = [items, ctx.locale, ctx.now, currentUiLocale()];
    if (!this.key || this.key.some((part, i) => part !== key[i]) || shown < this.count) {
      this.key = key;
      this.slices = [];
      this.count = 0;
    }
    // A new page's first screenful, then the rest (see BoardListings.shown).
    if (shown > this.count) {
      this.slices.push(items.slice(this.count, shown).map((item) => renderCard(item, ctx)));
      this.count = shown;
    }
    return this.slices.map((slice) => guard([slice], () => slice));
  }
}

function countText({ listings, locale }: ResultsContext): string {
  if (listings.status === 'loading' && !listings.items.length) return msg('Loading openings…');
  if (listings.status === 'error') return '';
  const total = listings.total ?? listings.items.length;
  if (total === 0) return msg('No openings match.');
  return plural(total, locale, {
    one: (n) => msg(str`${n} opening`, { id: 'openings.one' }),
    two: (n) => msg(str`${n} openings`, { id: 'openings.two' }),
    few: (n) => msg(str`${n} openings`, { id: 'openings.few' }),
    many: (n) => msg(str`${n} openings`, { id: 'openings.many' }),
    other: (n) => msg(str`${n} openings`, { id: 'openings.other' }),
  });
}

export function renderResults(ctx: ResultsContext) {
  const { listings } = ctx;
  const chips = activeFilters(ctx.query, ctx.locale);
  const searching = Boolean(ctx.query.q?.trim()) || chips.length > 0;
  return html`
    ${renderChips(chips, ctx.removeChip, ctx.clearAll)}
    <p part="count" class="count-line" role="status">${countText(ctx)}</p>
    ${
      listings.skipped
        ? html`<p part="skipped" class="muted">
            ${msg(str`Listings that could not be shown: ${listings.skipped}.`)}
          </p>`
        : nothing
    }
    ${renderBody(ctx, searching)}
  `;
}

function renderBody(ctx: ResultsContext, searching: boolean) {
  const { listings } = ctx;
  if (listings.status === 'error' && listings.failure) {
    return html`<div part="message error" class="message" role="alert">
      <p>${describeFailure(listings.failure)}</p>
      <button type="button" @click=${ctx.retry}>${msg('Try again')}</button>
    </div>`;
  }
  if (listings.status === 'loading' && !listings.items.length) return renderSkeleton();
  if (listings.status === 'ready' && !listings.items.length) {
    return html`<div part="message empty" class="message">
      ${
        searching
          ? html`<p>${msg('No openings match your search.')}</p>
              <button type="button" @click=${ctx.clearAll}>
                ${msg('Clear search and filters')}
              </button>`
          : html`<p>${msg('There are no openings at the moment. Please check back soon.')}</p>`
      }
    </div>`;
  }
  const cardContext: CardContext = { locale: ctx.locale, now: listings.now, href: ctx.href };
  // The list listens for its titles' clicks, which keys raise too (they are links or buttons).
  /* eslint-disable-next-line lit-a11y/click-events-have-key-events */
  return html`<ul
      part="list"
      class="cards"
      aria-busy=${listings.status === 'loading' ? 'true' : 'false'}
      @click=${(event: MouseEvent) => openFromList(event, listings.items, ctx.open)}
    >
      ${ctx.cards.cards(listings, cardContext)}
    </ul>
    ${
      listings.moreFailure
        ? html`<div class="more" role="alert">
            <p>${describeFailure(listings.moreFailure)}</p>
            <button type="button" @click=${ctx.more}>${msg('Try again')}</button>
          </div>`
        : listings.nextCursor
          ? html`<div class="more">
              <button
                part="load-more"
                type="button"
                ?disabled=${listings.status === 'more'}
                @click=${ctx.more}
              >
                ${listings.status === 'more' ? msg('Loading…') : msg('Load more')}
              </button>
            </div>`
          : nothing
    }`;
}
