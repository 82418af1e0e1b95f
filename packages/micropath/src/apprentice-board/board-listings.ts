/**
 * The board's cards (a reactive controller): pages of listings from the adapter, the latest
 * request winning, through the boundary (unreadable listings counted, not shown), with the
 * busy, error and "load more" states, or the first page a server rendered.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { LatestRequest } from '../core/latest-request.ts';
import { FRAME_MS, nextTask, SliceBudget, yieldIfSpent } from '../core/pace.ts';
import { warmIntl } from '../core/intl-warmup.ts';
import { AdapterError, isAbort } from '../core/errors.ts';
import type { ListingsAdapter } from '../core/contracts.ts';
import type { Facets, Listing, ListingQuery } from '../core/models/listing.ts';
import type { PrerenderedPage } from './prerendered-page.ts';

/** The schemas load beside the first request, not before the first paint. */
const boundary = () => import('../core/read-listings.ts');
const BUSY_DELAY_MS = 150;
/**
 * Cards rendered in the task a board's first page arrives in, before it knows what a card
 * costs: a phone's first screenful and more. The rest follow in time slices (`SliceBudget`): as
 * many cards a task as fit its budget, so a page of cards never blocks the host page in one long
 * task, nor takes longer for being sliced. Once a card's cost is known, a new page (a search, a
 * filter) starts with as many cards as fit what is left of a frame in its answer's task: a page
 * of 20 is then one render, not a screenful and the rest a task later (two layouts a keystroke).
 */
export const FIRST_CARDS = 6;

export type ListStatus = 'idle' | 'loading' | 'more' | 'ready' | 'error';

export interface ListingsHooks {
  /** A listing as the page shows it (its `organization-name`). */
  employed(listing: Listing): Listing;
  /** A page arrived. */
  loaded(): void;
  /** A load failed; `byUser` when a visitor's action started it. */
  failed(failure: AdapterError, byUser: boolean): void;
}

export class BoardListings implements ReactiveController {
  items: Listing[] = [];
  /** How many of `items` are rendered: all but right after a new page arrives. */
  shown = 0;
  /** Until the cards after the first screenful are rendered, if they are not yet. */
  revealing?: Promise<void>;
  private reveals = 0;
  /** Resolves the reveal's wait for its render. */
  private rendered?: () => void;
  /** What a card costs to render, learned from every reveal of this board. */
  private readonly pace = new SliceBudget(FIRST_CARDS);
  total?: number;
  facets?: Facets;
  nextCursor?: string;
  /** Listings the backend sent that could not be shown. */
  skipped = 0;
  status: ListStatus = 'idle';
  failure?: AdapterError;
  moreFailure?: AdapterError;
  /** The clock the cards were rendered with ("Closes in 3 days"). */
  now = Date.now();
  /** The adapter and search the cards come (or are coming) from. */
  loadedFrom?: unknown;
  loadedQuery?: ListingQuery;
  /** The load under way, if any. */
  current?: Promise<void>;
  private readonly request: LatestRequest;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly locale: string },
    private readonly hooks: ListingsHooks,
  ) {
    host.addController(this);
    this.request = new LatestRequest(host);
  }

  hostDisconnected(): void {
    this.loadedFrom = undefined; // its request stopped with the element; loaded again on return
  }

  /** Fetches the first page of `query` (or its next page); the latest request wins. */
  load(
    adapter: ListingsAdapter,
    query: ListingQuery,
    pageSize: number,
    { append = false, byUser = false } = {},
  ): Promise<void> {
    this.loadedFrom = adapter;
    this.loadedQuery = query;
    this.current = this.fetchPage(adapter, query, pageSize, append, byUser);
    return this.current;
  }

  /** The server's first page, in place of the first request. */
  show(adapter: ListingsAdapter, { query, page, now }: PrerenderedPage): void {
    this.loadedFrom = adapter;
    this.loadedQuery = query;
    this.items = page.items.map((item) => this.hooks.employed(item));
    this.shown = this.items.length;
    this.total = page.total;
    this.facets = page.facets;
    this.nextCursor = page.nextCursor ?? undefined;
    this.skipped = page.skipped ?? 0;
    this.now = now;
    this.status = 'ready';
    this.host.requestUpdate();
  }

  /** No adapter: nothing loads, nothing shows. */
  reset(): void {
    this.request.abort();
    this.loadedFrom = undefined;
    this.items = [];
    this.shown = 0;
    this.status = 'idle';
    this.host.requestUpdate();
  }

  /** The page's organization changed: every card shows it. */
  employAll(): void {
    this.items = this.items.map((item) => this.hooks.employed(item));
  }

  hostUpdated(): void {
    this.rendered?.();
    this.rendered = undefined;
  }

  /**
   * Renders up to `count` more cards in this task (the update runs as a microtask) and resolves
   * with how many it added; should the host not update (a render that threw), the reveal goes
   * on in the next task instead of waiting.
   */
  private async renderMore(count: number): Promise<number> {
    const before = this.shown;
    this.shown = Math.min(this.shown + count, this.items.length);
    const rendered = new Promise<void>((resolve) => {
      this.rendered = resolve;
      this.host.requestUpdate();
    });
    await Promise.race([rendered, nextTask()]);
    return this.shown - before;
  }

  /** The cards after the first screenful, as many a task as its time budget allows. */
  private revealRest(): void {
    const round = ++this.reveals;
    const budget = this.pace;
    this.revealing = (async () => {
      while (this.shown < this.items.length) {
        await nextTask();
        if (round !== this.reveals) return; // stopped: a newer page is on its way or shown
        budget.start();
        for (let count = budget.next(); count; count = budget.next()) {
          const start = performance.now();
          const added = await this.renderMore(count);
          if (round !== this.reveals) return;
          budget.done(added, performance.now() - start);
          if (this.shown >= this.items.length) break;
        }
      }
      this.revealing = undefined;
    })();
  }

  private set(status: ListStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }

  private async fetchPage(
    adapter: ListingsAdapter,
    query: ListingQuery,
    pageSize: number,
    append: boolean,
    byUser: boolean,
  ): Promise<void> {
    const signal = this.request.start();
    if (append) this.moreFailure = undefined;
    else this.failure = undefined;
    // With cards on screen, a quick answer replaces them without a busy flash (and without a
    // second render per keystroke); a slow one shows the busy state after BUSY_DELAY_MS.
    const busy = append ? 'more' : 'loading';
    const busyTimer =
      append || !this.items.length || this.status === 'error'
        ? (this.set(busy), undefined)
        : setTimeout(() => this.request.isLatest(signal) && this.set(busy), BUSY_DELAY_MS);
    // A server renders the loading state the browser's first render will have, and fetches
    // nothing: the browser loads once the element is live (see docs/decisions.md).
    if (isServer) return;
    warmIntl(this.host.locale);
    try {
      const [{ readListingPage }, raw] = await Promise.all([
        boundary(),
        adapter.listListings(
          {
            ...query,
            limit: pageSize,
            ...(append && this.nextCursor ? { cursor: this.nextCursor } : {}),
          },
          { signal, locale: this.host.locale },
        ),
      ]);
      if (!this.request.isLatest(signal)) return;
      clearTimeout(busyTimer);
      const answered = performance.now();
      const page = readListingPage(raw);
      // A long answer is read in one task, its cards rendered in the next ones.
      const sliceStart = await yieldIfSpent(answered);
      if (!this.request.isLatest(signal)) return;
      const items = page.items.map((item) => this.hooks.employed(item));
      if (append) {
        this.items = [...this.items, ...items];
        this.shown = this.items.length;
      } else {
        // A reveal under way is of the page before: it stops.
        this.reveals++;
        this.revealing = undefined;
        this.items = items;
        // As many cards as fit what is left of a frame's time in this task (FIRST_CARDS while
        // the cost of a card is not known yet): the visitor waits for this render, and a page
        // split in two is laid out twice. The rest in half-frame slices, in the next tasks.
        this.pace.start(sliceStart, FRAME_MS);
        this.shown = Math.min(this.pace.next(), items.length);
        if (this.shown < items.length) this.revealRest();
      }
      this.total = page.total;
      this.facets = page.facets;
      this.nextCursor = page.nextCursor ?? undefined;
      // Whole-board sources count for the whole board; a server's count adds up per page.
      this.skipped = append ? Math.max(this.skipped, page.skipped ?? 0) : (page.skipped ?? 0);
      this.now = Date.now();
      this.set('ready');
      this.hooks.loaded();
    } catch (error) {
      if (!this.request.isLatest(signal) || isAbort(error)) return;
      clearTimeout(busyTimer);
      const failure = AdapterError.from(error);
      console.warn(`[micropath] <apprentice-board> could not load listings: ${failure.message}`);
      if (append) this.moreFailure = failure;
      else this.failure = failure;
      this.set(append ? 'ready' : 'error');
      this.hooks.failed(failure, byUser);
    }
  }
}
