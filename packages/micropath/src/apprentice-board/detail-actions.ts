/**
 * What opening a listing does, for the board's `BoardDetail` (which holds the state): show it
 * (the dialog, focus, its description fetched and sanitized, its JobPosting JSON-LD), open one
 * by id as a deep link does, and start an application. Part of the detail view's lazy chunk:
 * none of it runs before a visitor opens a card or a deep link asks for one.
 */
import { nothing } from 'lit';
import { AdapterError } from '../core/errors.ts';
import type { Listing } from '../core/models/listing.ts';
import { sanitizeHtml } from '../core/sanitize.ts';
import type { BoardApplication } from './board-application.ts';
import type { BoardDetail } from './board-detail.ts';
import { MpApplyEvent, MpListingOpenEvent } from './events.ts';
import { jobPosting } from './job-posting.ts';
import { jsonLdScript } from './json-ld-script.ts';
import { renderDetail } from './listing-detail.ts';

const boundary = () => import('../core/read-listings.ts');

/** Reads one listing from the adapter, as the page shows it. */
async function fetchListing(detail: BoardDetail, id: string): Promise<Listing | undefined> {
  const adapter = detail.hooks.adapter();
  if (!adapter?.getListing) return undefined;
  const { readListing } = await boundary();
  const raw = await adapter.getListing(id, {
    signal: new AbortController().signal,
    locale: detail.host.locale,
  });
  return detail.hooks.employed(readListing(raw));
}

/** Opens a listing by id (no `mp-listing-open` event), looked up when no card has it. */
export async function openById(detail: BoardDetail, id: string): Promise<void> {
  const known = detail.hooks.items().find((item) => item.id === id);
  if (known) return showListing(detail, known, undefined, false);
  try {
    const listing = await fetchListing(detail, id);
    if (listing) await showListing(detail, listing, undefined, false);
  } catch (error) {
    console.warn(
      `[micropath] <apprentice-board> could not open listing "${id}": ${AdapterError.from(error).message}`,
    );
  }
}

/** Shows a listing: from a card (`trigger`, focus returns to it) or by id. */
export async function showListing(
  detail: BoardDetail,
  listing: Listing,
  trigger: HTMLElement | undefined,
  byUser: boolean,
): Promise<void> {
  const { host } = detail;
  if (detail.opened?.id !== listing.id) {
    const { application } = detail;
    application?.switchListing();
    if (application) application.opened(listing);
    else detail.gaps?.report(listing, []);
  }
  detail.opener = trigger;
  detail.opened = listing;
  detail.description = listing.descriptionHtml ? 'loading' : undefined;
  host.requestUpdate();
  if (byUser) {
    host.dispatchEvent(new MpListingOpenEvent(listing));
    detail.hooks.moved();
  }
  updateJsonLd(detail);
  await host.updateComplete;
  const dialog = dialogOf(detail);
  if (host.detail === 'dialog' && dialog && !dialog.open) dialog.showModal();
  host.renderRoot.querySelector<HTMLElement>('#detail-title')?.focus();

  const full = await complete(detail, listing);
  if (!full?.descriptionHtml) return;
  detail.description = 'loading';
  host.requestUpdate();
  const fragment = await sanitizeHtml(full.descriptionHtml);
  if (detail.opened?.id !== full.id) return;
  detail.description = fragment;
  host.requestUpdate();
  updateJsonLd(detail);
}

/**
 * The listing with its description: as it came, or fetched when the card had none.
 * Undefined when another listing opened meanwhile.
 */
async function complete(detail: BoardDetail, listing: Listing): Promise<Listing | undefined> {
  if (listing.descriptionHtml) return listing;
  try {
    const full = await fetchListing(detail, listing.id);
    if (!full) return listing;
    if (detail.opened?.id !== listing.id) return undefined;
    detail.opened = full;
    detail.host.requestUpdate();
    return full;
  } catch {
    return listing; // the summary stays; the description is a nice-to-have
  }
}

/** Loads the application form's code (once; again after a failed attempt). */
export function loadApplication(detail: BoardDetail): Promise<BoardApplication> {
  if (!detail.applicationLoading) {
    const { gaps } = detail;
    const attempt = import('./board-application.ts').then(({ BoardApplication }) => {
      const application = new BoardApplication(detail.host, gaps!);
      if (detail.opened) application.opened(detail.opened);
      return (detail.application = application);
    });
    attempt.catch(
      () => detail.applicationLoading === attempt && (detail.applicationLoading = undefined),
    );
    detail.applicationLoading = attempt;
  }
  return detail.applicationLoading;
}

/** "Apply here": unless a page cancels `mp-apply`, the form opens. */
export async function apply(detail: BoardDetail, listing: Listing): Promise<void> {
  if (!detail.host.dispatchEvent(new MpApplyEvent(listing, undefined))) return;
  if (!detail.gaps) return;
  const application = await loadApplication(detail);
  if (detail.opened?.id === listing.id) await application.start();
}

/**
 * The open listing as the board shows it (in the dialog, or inline in place of the cards):
 * its detail view, "Apply" (a link, announced as `mp-apply`, which a page can cancel) or the
 * embedded form, and "Find a mentor for …" per skill with `mentor-url`.
 */
export function renderOpened(detail: BoardDetail, ctx: { now: number; mentorUrl?: string }) {
  const { opened: listing, gaps, application, description } = detail;
  if (!listing) return nothing;
  const adapter = detail.hooks.adapter();
  return renderDetail({
    listing,
    locale: detail.host.locale,
    now: ctx.now,
    description,
    canApplyHere: Boolean(adapter?.apply),
    applying: application?.status !== undefined,
    applyForm: application?.render(listing, adapter, ctx.mentorUrl),
    mentors: gaps?.links(listing, ctx.mentorUrl),
    close: () => void detail.close(true),
    applyLink: (event) => {
      const { opened } = detail;
      if (!opened) return;
      const allowed = detail.host.dispatchEvent(new MpApplyEvent(opened, opened.applyUrl));
      if (!allowed) event.preventDefault();
    },
    startApplication: () => void detail.apply(listing),
    preloadApplication: () => detail.preloadApplication(),
  });
}

/** schema.org JobPosting in the light DOM while a listing is open. */
function updateJsonLd(detail: BoardDetail): void {
  detail.removeJsonLd();
  const { opened } = detail;
  if (!opened) return;
  let descriptionHtml = '';
  if (detail.description instanceof DocumentFragment) {
    const holder = document.createElement('div');
    holder.append(detail.description.cloneNode(true));
    descriptionHtml = holder.innerHTML;
  }
  const posting = jobPosting(opened, descriptionHtml, Boolean(detail.hooks.adapter()?.apply));
  if (!posting) return;
  detail.jsonLd = jsonLdScript(posting);
  detail.host.append(detail.jsonLd);
}

const dialogOf = (detail: BoardDetail) =>
  detail.host.renderRoot.querySelector('dialog') ?? undefined;

/** Closes the open listing; focus returns to the card it was opened from. */
export async function closeListing(detail: BoardDetail, byUser: boolean): Promise<void> {
  const closed = detail.opened;
  if (!closed) return;
  const { host } = detail;
  detail.opened = undefined;
  detail.description = undefined;
  host.requestUpdate();
  detail.removeJsonLd();
  const dialog = dialogOf(detail);
  if (dialog?.open) dialog.close();
  if (byUser) detail.hooks.moved();
  await host.updateComplete;
  const { renderRoot } = host;
  const target =
    detail.opener?.isConnected && renderRoot.contains(detail.opener)
      ? detail.opener
      : renderRoot.querySelector<HTMLElement>(`[data-open="${CSS.escape(closed.id)}"]`);
  target?.focus();
}
