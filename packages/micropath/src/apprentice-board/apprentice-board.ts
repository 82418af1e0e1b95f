import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { MicropathElement } from '../core/base-element.ts';
import { MpErrorEvent } from '../core/events.ts';
import { renderCodeFailure } from '../core/lazy-code.ts';
import { afterNextPaint } from '../core/pace.ts';
import type { Listing, ListingQuery } from '../core/models/listing.ts';
import { boardStyles } from './apprentice-board.styles.ts';
import { MpQueryChangeEvent } from './events.ts';
import { renderFilters, type ListFilter } from './board-filters.ts';
import {
  activeFilters,
  cleared,
  renderToolbar,
  withFilter,
  withoutChip,
  type Chip,
} from './board-toolbar.ts';
import { CardCache, renderResults } from './board-results.ts';
import type { BoardView } from './url-state.ts';
import { BoardUrlState } from './board-url-state.ts';
import { readPrerendered, type PrerenderedPage } from './prerendered-page.ts';
import { BoardListings } from './board-listings.ts';
import { BoardDetail } from './board-detail.ts';
import { SearchDebounce } from './search-debounce.ts';

/**
 * A searchable board of apprenticeships, micro-apprenticeships and micro-internships from any
 * listings adapter: cards, search, filters with counts, sort, paging, a detail view with the
 * sanitized description, apply links or an embedded application form, shareable URL state
 * and schema.org JobPosting data for search engines.
 *
 * @tagname apprentice-board
 * @summary Lists apprenticeship and micro-internship openings, with search, filters and apply.
 *
 * @event {MpListingOpenEvent} mp-listing-open - A visitor opened a listing (`event.listing`).
 * @event {MpApplyEvent} mp-apply - A visitor chose "Apply" (`event.listing`, `event.url`). Cancelable: `preventDefault()` stops the navigation.
 * @event {MpSkillGapEvent} mp-skill-gap - The visitor lacks skills the opening asks for (`event.skills`, `event.listingId`): its required skills when it opens, those their credentials do not show once they add some, or the one whose "Find a mentor" they chose (then cancelable: `preventDefault()` keeps them on the page).
 * @event {MpQueryChangeEvent} mp-query-change - A visitor changed the search, a filter or the sort (`event.query`).
 * @event {MpErrorEvent} mp-error - A visitor's action failed (`event.error`, an AdapterError).
 *
 * @csspart base - The wrapper of everything; also the size container.
 * @csspart toolbar - Search, sort and the filters button.
 * @csspart search - The search field.
 * @csspart sort - The sort menu.
 * @csspart skip - "Skip to results", shown when the keyboard reaches it, before the filters.
 * @csspart filters - The filter panel.
 * @csspart filter-group - One group of filters.
 * @csspart chips - The active filters, each removable.
 * @csspart count - The result count (announced to screen readers).
 * @csspart skipped - The note about listings that could not be shown.
 * @csspart list - The list of cards.
 * @csspart card - One listing card; `card-closed` is added when applications are closed.
 * @csspart kind - The kind of opening.
 * @csspart title - The listing title.
 * @csspart organization - The organization name.
 * @csspart logo - The organization logo.
 * @csspart summary - The short summary.
 * @csspart facts - Where, how long, pay and spots.
 * @csspart skills - The skills list; each is a `skill`, and a preferred one also `skill-preferred`.
 * @csspart mentorship - The mentorship offered.
 * @csspart credential - The credential awarded on completion.
 * @csspart deadline - "Apply by", "Closes in 3 days" or "Closed".
 * @csspart posted - When the listing was posted.
 * @csspart load-more - The "Load more" button.
 * @csspart message - Empty and error messages.
 * @csspart dialog - The detail dialog (`detail="dialog"`).
 * @csspart detail - The detail view.
 * @csspart description - The sanitized description.
 * @csspart apply - The link to the listing's application page.
 * @csspart apply-here - The button opening the embedded application form.
 * @csspart application - The embedded application form.
 * @csspart applied-credentials - The credentials added to an application; each is an `applied-credential`, and a CLR 2.0 envelope lists the credentials it holds inside it, each a `held-credential`.
 * @csspart skill-match - What those credentials show of the listing's skills; each line is a `skill-report`, with `skill-met`, `skill-possible` or `skill-missing`.
 * @csspart mentor-links - Under an opening's skills (with `mentor-url`): one `find-mentor` link per skill.
 * @csspart find-mentor - "Find a mentor for SQL", a link to the page's mentoring page; also beside each skill the applicant's credentials do not show.
 * @csspart receipt - The confirmation after applying.
 * @csspart not-configured - Shown when no backend is configured.
 *
 * @cssproperty --mp-board-accent - Links and primary buttons. Default: `--mp-color-accent`.
 * @cssproperty --mp-board-card-background - Card background. Default: `--mp-color-surface`.
 * @cssproperty --mp-board-card-border - Card border colour. Default: `--mp-color-border`.
 * @cssproperty --mp-board-gap - Space between cards. Default: `--mp-space`.
 * @cssproperty --mp-board-card-min-width - Narrowest card in the grid layout. Default: `18rem`.
 * @cssproperty --mp-board-loading-height - The height kept until the first listings arrive (and by micropath.css before the element is defined), so the page does not move. Default: `40rem`.
 */
export class ApprenticeBoard extends MicropathElement<'listings'> {
  static override styles = [MicropathElement.styles, boardStyles];

  protected readonly adapterKind = 'listings';

  /** Where a listing opens: in a modal `dialog`, or `inline` in place of the list. */
  @property({ type: String, reflect: true })
  detail: 'dialog' | 'inline' = 'dialog';

  /**
   * Keeps the filters and the open listing in the page URL under this prefix (`jobs.q=…`), so
   * links can be shared and back/forward work. Present but empty: the prefix `board`.
   */
  @property({ type: String, attribute: 'url-state' })
  urlState?: string;

  /** Listings per page ("Load more" fetches the next page). */
  @property({ type: Number, attribute: 'page-size' })
  pageSize = 20;

  /**
   * The employer of every listing on the board, for feeds that do not name it (Lever and Ashby
   * boards would show their URL slug): shown on cards, in the detail and in the JSON-LD.
   */
  @property({ type: String, attribute: 'organization-name' })
  organizationName?: string;

  /** The employer's logo (an http(s) image), with `organization-name`. */
  @property({ type: String, attribute: 'organization-logo' })
  organizationLogo?: string;

  /**
   * The page where a visitor finds a mentor for a skill, with `{skill}` standing for the skill's
   * concept URI or label (URL-encoded): `/mentoring?skill={skill}`. With it, an opening's skills
   * and the skills an applicant's credentials do not show each get "Find a mentor for …".
   */
  @property({ type: String, attribute: 'mentor-url' })
  mentorUrl?: string;

  /** The current search, filters and sort. Setting it reloads without firing events. */
  @property({ attribute: false })
  query: ListingQuery = {};

  /**
   * The first page as a server rendered it, shown without a request (`{ query, page, now }`).
   * A server render sets it; in the browser the board reads it from its
   * `<script type="application/json" data-micropath-page>` child, so its first render is the
   * server's. Used once: later searches go to the adapter.
   */
  @property({ attribute: false })
  prerendered?: PrerenderedPage;

  @state() private filtersOpen = false;
  @state() private expanded = new Set<ListFilter>();

  private readonly listings = new BoardListings(this, {
    employed: (listing) => this.employed(listing),
    loaded: () => {
      if (this.listings.items.length) void afterNextPaint().then(() => this.opening.prefetchView());
      this.opening.openPending();
    },
    failed: (failure, byUser) => byUser && this.emit(new MpErrorEvent(failure)),
  });
  private readonly opening = new BoardDetail(this, {
    adapter: () => this.resolveAdapter().adapter,
    employed: (listing) => this.employed(listing),
    items: () => this.listings.items,
    moved: () => this.writeUrl('push'),
  });
  private readonly search = new SearchDebounce(this);
  private readonly cardCache = new CardCache();
  private readonly url = new BoardUrlState(this, (view) => this.restoreFromUrl(view));
  /** The URL's view, applied once the prerendered first render is on screen. */
  private viewAfterFirstRender?: BoardView;
  /** The URL's view being read (url-state.ts loading): the first request waits for it. */
  private urlReading?: Promise<void>;

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page while loading: the aborted load starts again.
    if (this.hasUpdated && this.listings.loadedFrom === undefined) this.requestUpdate();
    if (!this.hasUpdated) this.prerendered ??= readPrerendered(this);
    const reading = this.url.read();
    // The first render shows what the server rendered; the URL's own view follows.
    if (reading && this.prerendered)
      reading.then(
        (view) => (this.hasUpdated ? this.showView(view) : (this.viewAfterFirstRender = view)),
        () => undefined,
      );
    else if (reading)
      this.urlReading = reading
        .then(
          (view) => {
            this.query = view.query;
            this.opening.pending = view.open;
          },
          () => undefined, // without its code, the board shows its own first view
        )
        .finally(() => {
          this.urlReading = undefined;
          this.requestUpdate();
        });
  }

  protected override firstUpdated(): void {
    // Prerendered cards: the detail is next.
    if (this.listings.items.length) void afterNextPaint().then(() => this.opening.prefetchView());
    const view = this.viewAfterFirstRender;
    this.viewAfterFirstRender = undefined;
    if (view) this.showView(view);
  }

  /** The URL's view, after a prerendered first render. */
  private showView(view: BoardView): void {
    if (JSON.stringify(view.query) !== JSON.stringify(this.query)) this.query = view.query;
    if (view.open) void this.opening.openById(view.open);
  }

  /** Resolves once the element is settled: a new page's cards are all rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.listings.revealing;
    return super.getUpdateComplete();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('organizationName') || changed.has('organizationLogo')) {
      this.listings.employAll();
      this.opening.employ();
    }
    const { adapter } = this.resolveAdapter();
    const { prerendered } = this;
    if (adapter && prerendered && this.listings.loadedFrom === undefined) {
      // The server's first page, in place of the first request (used once).
      this.prerendered = undefined;
      this.query = prerendered.query;
      this.listings.show(adapter, prerendered);
    }
    if (adapter !== this.listings.loadedFrom || this.query !== this.listings.loadedQuery) {
      if (!adapter) this.listings.reset();
      else if (!this.urlReading) void this.load(false); // else once the URL's view is read
    }
  }

  /** A listing with the page's `organization-name` and `organization-logo`, when set. */
  private employed(listing: Listing): Listing {
    const name = this.organizationName?.trim();
    const logo = this.organizationLogo?.trim();
    if (!name && !logo) return listing;
    const organization = { ...listing.organization, ...(name ? { name } : {}) };
    if (logo && /^https?:\/\/[^\s]+$/i.test(logo)) organization.logoUrl = logo;
    return { ...listing, organization };
  }

  /** Fetches the first page of the current search (or its next page). */
  private load(append: boolean, byUser = false): Promise<void> {
    const { adapter } = this.resolveAdapter();
    return adapter
      ? this.listings.load(adapter, this.query, this.pageSize, { append, byUser })
      : Promise.resolve();
  }

  /** A visitor's change of search, filters or sort; typing waits for a pause. */
  private changeQuery(next: ListingQuery, { typing = false } = {}): void {
    this.listings.loadedQuery = next; // loaded below, not by willUpdate
    this.query = next;
    this.emit(new MpQueryChangeEvent(next));
    this.writeUrl(typing ? 'replace' : 'push');
    const instant = this.resolveAdapter().adapter?.instantSearch;
    this.search.run(() => void this.load(false, true), typing && !instant);
  }

  private removeChip(chip: Chip): void {
    this.changeQuery(withoutChip(this.query, chip));
    this.renderRoot.querySelector<HTMLElement>('.chips button, #search')?.focus();
  }

  private clearAll(): void {
    this.changeQuery(cleared(this.query));
    this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus();
  }

  private writeUrl(mode: 'push' | 'replace'): void {
    const { opened } = this.opening;
    this.url.write(mode, { query: this.query, ...(opened ? { open: opened.id } : {}) });
  }

  /**
   * A listing's own address: with `url-state`, this page opened on it (`?jobs.open=ID`, the
   * page's other parameters kept, no filters), so every listing has a URL a crawler can find
   * and a visitor can share; else the posting's page on the employer's site, if any.
   */
  private listingHref(listing: Listing): string | undefined {
    const own = this.url.href(listing.id);
    if (own) return own;
    return listing.url && /^https?:/i.test(listing.url) ? listing.url : undefined;
  }

  private restoreFromUrl(view: BoardView): void {
    this.query = view.query;
    if (view.open && view.open !== this.opening.opened?.id) {
      this.opening.pending = view.open;
    } else if (!view.open && this.opening.opened) {
      void this.opening.close(false);
    }
  }

  /**
   * Opens a listing's detail view by id, as a deep link would (no `mp-listing-open` event).
   * Looks it up through the adapter when it is not among the loaded cards.
   */
  async openListing(id: string): Promise<void> {
    await this.urlReading;
    await this.updateComplete; // a first render starts the first load
    await this.listings.current;
    await this.opening.openById(id);
  }

  // ---------------------------------------------------------------- rendering

  override render() {
    const resolution = this.resolveAdapter();
    if (!resolution.adapter) return this.renderNotConfigured(resolution.problem);
    // While the URL's view is read, the reserved box stays empty (as micropath.css keeps it
    // before the element is defined): the search, chips and filters show once, as the URL says.
    if (this.urlReading)
      return html`<div
        part="base"
        dir=${ifDefined(this.localeDir)}
        class="board reserved loading"
      ></div>`;
    const filtersId = 'filters';
    const { query } = this;
    const { opened } = this.opening;
    // Until the first answer, the board keeps the size it reserved (micropath.css).
    const { status, items } = this.listings;
    const reserve =
      items.length || status === 'ready'
        ? ''
        : status === 'error'
          ? 'reserved'
          : 'reserved loading';
    return html`<div part="base" dir=${ifDefined(this.localeDir)} class="board ${reserve}">
      ${renderToolbar({
        query,
        active: activeFilters(query, this.locale).length,
        filtersOpen: this.filtersOpen,
        filtersId,
        search: (q) => this.changeQuery({ ...this.query, q }, { typing: true }),
        sort: (sort) => this.changeQuery({ ...this.query, sort }),
        toggleFilters: () => (this.filtersOpen = !this.filtersOpen),
      })}
      <a part="skip" class="skip-link" href="#results" @click=${this.skipToResults}>
        ${msg('Skip to results')}
      </a>
      <div class="layout">
        ${renderFilters(
          {
            query,
            facets: this.listings.facets,
            locale: this.locale,
            expanded: this.expanded,
            toggle: (filter, value, on) =>
              this.changeQuery(withFilter(this.query, filter, value, on)),
            setPaid: (on) => this.changeQuery({ ...this.query, paid: on || undefined }),
            setMaxWeeks: (weeks) => this.changeQuery({ ...this.query, maxWeeks: weeks }),
            showAll: (filter) => (this.expanded = new Set([...this.expanded, filter])),
          },
          filtersId,
          !this.filtersOpen,
        )}
        <section id="results" class="results" tabindex="-1" aria-label=${msg('Openings')}>
          ${this.opening.failedOpen ? renderCodeFailure(this.opening.failedOpen) : nothing}
          ${
            this.detail === 'inline' && opened
              ? this.renderOpened()
              : renderResults({
                  query,
                  listings: this.listings,
                  locale: this.locale,
                  cards: this.cardCache,
                  open: (listing, trigger) => void this.opening.show(listing, trigger, true),
                  href: (listing) => this.listingHref(listing),
                  removeChip: (chip) => this.removeChip(chip),
                  clearAll: () => this.clearAll(),
                  retry: () => void this.load(false, true),
                  more: () => void this.load(true, true),
                })
          }
        </section>
      </div>
      ${
        this.detail === 'dialog'
          ? html`<dialog
              part="dialog"
              aria-labelledby="detail-title"
              @close=${() => void this.opening.close(true)}
            >
              ${opened ? this.renderOpened() : nothing}
            </dialog>`
          : nothing
      }
    </div>`;
  }

  /** Past the filters (29 tab stops on a wide board) to the openings. */
  private skipToResults(event: Event): void {
    event.preventDefault(); // the fragment would name the page's element, not the shadow one
    this.renderRoot.querySelector<HTMLElement>('#results')?.focus();
  }

  /** The open listing, from the detail view's chunk (a listing opens once it has loaded). */
  private renderOpened() {
    const { now } = this.listings;
    return (
      this.opening.view?.renderOpened(this.opening, { now, mentorUrl: this.mentorUrl }) ?? nothing
    );
  }
}
