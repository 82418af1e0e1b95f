/**
 * The open listing (a reactive controller): opening one from a card, a deep link or the URL,
 * its full description fetched and sanitized, its JobPosting JSON-LD in the light DOM while it
 * is open, the dialog shown and closed, and focus moved to the detail and back to the card.
 * This controller holds the state; what opening does is in the detail view's lazy chunk
 * (detail-actions.ts), loaded on first open (or prefetched after the first cards show), so a
 * board's first cards do not wait for it. The application form's code is another chunk, loaded
 * when the pointer or focus reaches "Apply here" (at the latest on the click).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ListingsAdapter } from '../core/contracts.ts';
import { adoptStyles } from '../core/lazy-code.ts';
import type { Listing } from '../core/models/listing.ts';
import type * as DetailView from './detail-view.ts';
import type { BoardApplication } from './board-application.ts';

/** Where the detail view's code comes from (a test makes it fail). */
export const detailCode = { view: () => import('./detail-view.ts') };

export interface DetailHost extends ReactiveControllerHost, HTMLElement {
  readonly locale: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
  detail: 'dialog' | 'inline';
}

export interface DetailHooks {
  adapter(): ListingsAdapter | undefined;
  /** A listing as the page shows it (its `organization-name`). */
  employed(listing: Listing): Listing;
  /** The loaded cards, where a listing to open is looked for first. */
  items(): readonly Listing[];
  /** A visitor opened or closed a listing: the page URL follows. */
  moved(): void;
}

export class BoardDetail implements ReactiveController {
  /** The listing shown, if any. */
  opened?: Listing;
  /** Its sanitized description, while it is being read (`loading`), or none. */
  description?: DocumentFragment | 'loading';
  /** The detail view's code, once loaded. */
  view?: typeof DetailView;
  /** The skills the open listing asks for that the visitor has not shown, and mentor links. */
  gaps?: DetailView.SkillGaps;
  /** The embedded application, once a visitor has chosen "Apply here". */
  application?: BoardApplication;
  applicationLoading?: Promise<BoardApplication>;
  /** A listing to open once the next page of cards has arrived (from the URL). */
  pending?: string;
  private viewLoading?: Promise<typeof DetailView>;
  /**
   * Set when a visitor's open could not load the detail view's code (offline): the board says
   * so in the results, and this tries that open again.
   */
  failedOpen?: () => void;
  /** The card a listing was opened from: focus returns to it. */
  opener?: HTMLElement;
  jsonLd?: HTMLScriptElement;

  constructor(
    readonly host: DetailHost,
    readonly hooks: DetailHooks,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.removeJsonLd();
  }

  /** Loads the detail view's code (once; again after a failed attempt). */
  loadView(): Promise<typeof DetailView> {
    if (!this.viewLoading) {
      const attempt = detailCode.view().then((view) => {
        this.gaps ??= new view.SkillGaps(this.host);
        adoptStyles(this.host.renderRoot, view.detailStyles);
        return (this.view = view);
      });
      attempt.catch(() => this.viewLoading === attempt && (this.viewLoading = undefined));
      this.viewLoading = attempt;
    }
    return this.viewLoading;
  }

  /** The detail view's code ahead of a visitor's open; a failure waits for that open. */
  prefetchView(): void {
    this.loadView().catch(() => undefined);
  }

  /**
   * Does what a visitor asked with the detail view's code. When it cannot load, the board says
   * so (`failedOpen`) and the card stays as it was; the visitor's next open, or "Try again",
   * asks again.
   */
  private async withView(action: (view: typeof DetailView) => Promise<void>): Promise<void> {
    let view: typeof DetailView;
    try {
      view = await this.loadView();
    } catch (error) {
      console.warn('[micropath] <apprentice-board> could not load the listing view:', error);
      this.failedOpen = () => void this.withView(action);
      this.host.requestUpdate();
      return;
    }
    if (this.failedOpen) {
      this.failedOpen = undefined;
      this.host.requestUpdate();
    }
    await action(view);
  }

  /** The page's `organization-name` or logo changed: the open listing shows it too. */
  employ(): void {
    if (this.opened) this.opened = this.hooks.employed(this.opened);
  }

  /** Opens the listing the URL asked for before its cards arrived, if any. */
  openPending(): void {
    const id = this.pending;
    this.pending = undefined;
    if (id) void this.openById(id);
  }

  /**
   * Opens a listing by id, as a deep link would (no `mp-listing-open` event), looked up
   * through the adapter when it is not among the loaded cards.
   */
  async openById(id: string): Promise<void> {
    await this.withView((view) => view.openById(this, id));
  }

  /** Shows a listing: from a card (`trigger`, focus returns to it) or by id. */
  async show(listing: Listing, trigger: HTMLElement | undefined, byUser: boolean): Promise<void> {
    await this.withView((view) => view.showListing(this, listing, trigger, byUser));
  }

  /**
   * The pointer or focus reached "Apply here": the form's code loads now, so the click does not
   * wait on a download. A failed load is tried again on the click.
   */
  preloadApplication(): void {
    this.view?.loadApplication(this).catch(() => undefined);
  }

  /** "Apply here": unless a page cancels `mp-apply`, the form opens. */
  async apply(listing: Listing): Promise<void> {
    await this.withView((view) => view.apply(this, listing));
  }

  /** Closes the open listing; focus returns to the card it was opened from. */
  async close(byUser: boolean): Promise<void> {
    // A listing is open only once the view's code has loaded (it opens them).
    if (this.opened && this.view) await this.view.closeListing(this, byUser);
  }

  removeJsonLd(): void {
    this.jsonLd?.remove();
    this.jsonLd = undefined;
  }
}
