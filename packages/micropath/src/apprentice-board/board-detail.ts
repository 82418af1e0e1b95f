/**
 * The open listing (a reactive controller): opening one from a card, a deep link or the URL,
 * its full description fetched and sanitized, its JobPosting JSON-LD in the light DOM while it
 * is open, the dialog shown and closed, and focus moved to the detail and back to the card.
 * The detail view's code is a lazy chunk, loaded on first open (or prefetched); the application
 * form's is another, loaded when the pointer or focus reaches "Apply here" (at the latest on
 * the click).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AdapterError } from '../core/errors.ts';
import type { ListingsAdapter } from '../core/contracts.ts';
import type { Listing } from '../core/models/listing.ts';
import { MpApplyEvent, MpListingOpenEvent } from './events.ts';
import type * as DetailView from './detail-view.ts';
import type { BoardApplication } from './board-application.ts';

/** The schemas load beside the first request, not before the first paint. */
const boundary = () => import('../core/boundary.ts');

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
  private applicationLoading?: Promise<BoardApplication>;
  /** A listing to open once the next page of cards has arrived (from the URL). */
  pending?: string;
  private viewLoading?: Promise<typeof DetailView>;
  private opener?: HTMLElement;
  private jsonLd?: HTMLScriptElement;

  constructor(
    private readonly host: DetailHost,
    private readonly hooks: DetailHooks,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.removeJsonLd();
  }

  /** Loads the detail view's code (once; again after a failed attempt). */
  loadView(): Promise<typeof DetailView> {
    if (!this.viewLoading) {
      const attempt = import('./detail-view.ts').then((view) => {
        this.gaps ??= new view.SkillGaps(this.host);
        return (this.view = view);
      });
      attempt.catch(() => this.viewLoading === attempt && (this.viewLoading = undefined));
      this.viewLoading = attempt;
    }
    return this.viewLoading;
  }

  /** Loads the application form's code (once; again after a failed attempt). */
  private loadApplication(gaps: DetailView.SkillGaps): Promise<BoardApplication> {
    if (!this.applicationLoading) {
      const attempt = import('./board-application.ts').then(({ BoardApplication }) => {
        const application = new BoardApplication(this.host, gaps);
        if (this.opened) application.opened(this.opened);
        return (this.application = application);
      });
      attempt.catch(
        () => this.applicationLoading === attempt && (this.applicationLoading = undefined),
      );
      this.applicationLoading = attempt;
    }
    return this.applicationLoading;
  }

  /**
   * The pointer or focus reached "Apply here": the form's code loads now, so the click does not
   * wait on a download. A failed load is tried again on the click.
   */
  preloadApplication(): void {
    const { gaps } = this;
    if (gaps) this.loadApplication(gaps).catch(() => undefined);
  }

  /** "Apply here": unless a page cancels `mp-apply`, the form opens. */
  async apply(listing: Listing): Promise<void> {
    if (!this.host.dispatchEvent(new MpApplyEvent(listing, undefined))) return;
    const { gaps } = this;
    if (!gaps) return;
    const application = await this.loadApplication(gaps);
    if (this.opened?.id === listing.id) await application.start();
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
    const known = this.hooks.items().find((item) => item.id === id);
    if (known) return this.show(known, undefined, false);
    const adapter = this.hooks.adapter();
    if (!adapter?.getListing) return;
    try {
      const { readListing } = await boundary();
      const listing = readListing(
        await adapter.getListing(id, {
          signal: new AbortController().signal,
          locale: this.host.locale,
        }),
      );
      await this.show(this.hooks.employed(listing), undefined, false);
    } catch (error) {
      console.warn(
        `[micropath] <apprentice-board> could not open listing "${id}": ${AdapterError.from(error).message}`,
      );
    }
  }

  /** Shows a listing: from a card (`trigger`, focus returns to it) or by id. */
  async show(listing: Listing, trigger: HTMLElement | undefined, byUser: boolean): Promise<void> {
    const view = await this.loadView();
    if (this.opened?.id !== listing.id) {
      const { application } = this;
      application?.switchListing();
      if (application) application.opened(listing);
      else this.gaps?.report(listing, []);
    }
    this.opener = trigger;
    this.opened = listing;
    this.description = listing.descriptionHtml ? 'loading' : undefined;
    this.host.requestUpdate();
    if (byUser) {
      this.host.dispatchEvent(new MpListingOpenEvent(listing));
      this.hooks.moved();
    }
    this.updateJsonLd();
    await this.host.updateComplete;
    const dialog = this.dialog();
    if (this.host.detail === 'dialog' && dialog && !dialog.open) dialog.showModal();
    this.host.renderRoot.querySelector<HTMLElement>('#detail-title')?.focus();

    const full = await this.complete(listing);
    if (!full?.descriptionHtml) return;
    this.description = 'loading';
    this.host.requestUpdate();
    const fragment = await view.sanitizeHtml(full.descriptionHtml);
    if (this.opened?.id !== full.id) return;
    this.description = fragment;
    this.host.requestUpdate();
    this.updateJsonLd();
  }

  /**
   * The listing with its description: as it came, or fetched when the card had none.
   * Undefined when another listing opened meanwhile.
   */
  private async complete(listing: Listing): Promise<Listing | undefined> {
    const adapter = this.hooks.adapter();
    if (listing.descriptionHtml || !adapter?.getListing) return listing;
    try {
      const { readListing } = await boundary();
      const full = this.hooks.employed(
        readListing(
          await adapter.getListing(listing.id, {
            signal: new AbortController().signal,
            locale: this.host.locale,
          }),
        ),
      );
      if (this.opened?.id !== listing.id) return undefined;
      this.opened = full;
      this.host.requestUpdate();
      return full;
    } catch {
      return listing; // the summary stays; the description is a nice-to-have
    }
  }

  /** Closes the open listing; focus returns to the card it was opened from. */
  async close(byUser: boolean): Promise<void> {
    const closed = this.opened;
    if (!closed) return;
    this.opened = undefined;
    this.description = undefined;
    this.host.requestUpdate();
    this.removeJsonLd();
    const dialog = this.dialog();
    if (dialog?.open) dialog.close();
    if (byUser) this.hooks.moved();
    await this.host.updateComplete;
    const { renderRoot } = this.host;
    const target =
      this.opener?.isConnected && renderRoot.contains(this.opener)
        ? this.opener
        : renderRoot.querySelector<HTMLElement>(`[data-open="${CSS.escape(closed.id)}"]`);
    target?.focus();
  }

  private dialog(): HTMLDialogElement | undefined {
    return this.host.renderRoot.querySelector('dialog') ?? undefined;
  }

  /** schema.org JobPosting in the light DOM while a listing is open. */
  private updateJsonLd(): void {
    this.removeJsonLd();
    const { opened, view } = this;
    if (!opened || !view) return;
    let descriptionHtml = '';
    if (this.description instanceof DocumentFragment) {
      const holder = document.createElement('div');
      holder.append(this.description.cloneNode(true));
      descriptionHtml = holder.innerHTML;
    }
    const posting = view.jobPosting(opened, descriptionHtml, Boolean(this.hooks.adapter()?.apply));
    if (!posting) return;
    this.jsonLd = view.jsonLdScript(posting);
    this.host.append(this.jsonLd);
  }

  private removeJsonLd(): void {
    this.jsonLd?.remove();
    this.jsonLd = undefined;
  }
}
