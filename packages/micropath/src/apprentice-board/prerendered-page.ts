/**
 * The first page a server rendered, handed to the browser inside the board:
 * `<script type="application/json" data-micropath-page>{ query, page, now }</script>`. The
 * board shows it for its first render, so that render matches the server's HTML (hydration, or
 * a declarative shadow root rendered again) and nothing moves or flashes while the page loads.
 */
import type { ListingPage, ListingQuery } from '../core/models/listing.ts';

export interface PrerenderedPage {
  /** The search the page answers. */
  query: ListingQuery;
  page: ListingPage;
  /** The clock the server rendered with ("Closes in 3 days"), in ms since 1970. */
  now: number;
}

/**
 * The page from the board's own child script, if it has one that reads as a page. Its listings
 * were read through the kit's schemas by the server that wrote them (the page's own author),
 * and are rendered as text like any listing.
 */
export function readPrerendered(board: Element): PrerenderedPage | undefined {
  const script = board.querySelector(
    ':scope > script[type="application/json"][data-micropath-page]',
  );
  if (!script?.textContent) return undefined;
  try {
    const data = JSON.parse(script.textContent) as Partial<PrerenderedPage>;
    const ok =
      typeof data.query === 'object' &&
      Array.isArray(data.page?.items) &&
      typeof data.now === 'number';
    if (ok) return data as PrerenderedPage;
  } catch {
    // fall through: the board loads as if there were no page
  }
  console.warn('[micropath] <apprentice-board> ignored a prerendered page it could not read.');
  return undefined;
}
