/**
 * Careers pages search engines can read, from any listings adapter: the jobs index (the
 * `<apprentice-board>` rendered on the server with its first page, taken over in the browser),
 * one page per listing (its text, JobPosting JSON-LD, canonical link, meta description and Open
 * Graph tags, readable with JavaScript off) and a sitemap. The reference server serves them at
 * `/jobs`, `/jobs/{id}` and `/sitemap.xml`; a static-site build (Astro, Eleventy) calls the same
 * functions and writes the files.
 */
import {
  htmlBlocks,
  readListing,
  readListingPage,
  type Listing,
  type ListingPage,
  type ListingsAdapter,
} from 'micropath/adapters';
import { escapeHtml, pageShell } from './page-shell.ts';

export interface CareersPagesOptions {
  /** Where the listings come from: the kit's adapters (`greenhouseAdapter`…), or your own. */
  adapter: ListingsAdapter;
  /** The jobs index's public address, such as `https://example.org/jobs`; listings live under it. */
  jobsUrl: string;
  /** The board's `source` in the browser, such as `rest:https://example.org/api` or `greenhouse:acme`. */
  source: string;
  /**
   * Module scripts for the index page, in order: one that loads Lit's hydration support and then
   * defines `<apprentice-board>` (the reference server serves one at `/assets/careers.js`).
   */
  scripts?: readonly string[];
  stylesheet?: string;
  /** The index page's title. Default "Openings" (with the organization's name when set). */
  title?: string;
  /** The index page's meta description. */
  description?: string;
  /** The employer of every listing (the board's `organization-name`), for feeds without one. */
  organizationName?: string;
  organizationLogo?: string;
  /** The pages' language. Default `en`. */
  lang?: string;
  /** Listings on the index's first page. Default 50. */
  pageSize?: number;
  /** Visitors apply on the index page (the adapter takes applications): JSON-LD `directApply`. */
  applyHere?: boolean;
  /** The clock, for tests. */
  now?: () => number;
}

const NAMESPACE = 'jobs';
const KIND: Record<Listing['kind'], string> = {
  'micro-apprenticeship': 'Micro-apprenticeship',
  'micro-internship': 'Micro-internship',
  apprenticeship: 'Apprenticeship',
  internship: 'Internship',
  project: 'Project',
  job: 'Job',
  other: 'Opening',
};
const WORKPLACE = { remote: 'Remote', hybrid: 'Hybrid', onsite: 'On site' } as const;
const EMPLOYMENT = {
  'full-time': 'Full-time',
  'part-time': 'Part-time',
  contract: 'Contract',
  temporary: 'Temporary',
  internship: 'Internship',
  volunteer: 'Volunteer',
} as const;

const context = (lang: string) => ({ signal: AbortSignal.timeout(15_000), locale: lang });
const listingUrl = (options: CareersPagesOptions, id: string) =>
  `${options.jobsUrl.replace(/\/+$/, '')}/${encodeURIComponent(id)}`;

/** The listing with the page's organization, as the board shows it. */
function employed(options: CareersPagesOptions, listing: Listing): Listing {
  const name = options.organizationName?.trim();
  const logo = options.organizationLogo?.trim();
  if (!name && !logo) return listing;
  return {
    ...listing,
    organization: {
      ...listing.organization,
      ...(name ? { name } : {}),
      ...(logo ? { logoUrl: logo } : {}),
    },
  };
}

/**
 * The jobs index for a request's query string (`?jobs.q=…&jobs.open=…`): the board rendered
 * with the first page of that search, so the server's HTML and the browser's first render are
 * one and the same.
 */
export async function renderJobsPage(options: CareersPagesOptions, search = ''): Promise<string> {
  const { view, page, html } = await prerenderBoard(options, search);
  const org = options.organizationName?.trim();
  const title = options.title ?? (org ? `Openings at ${org}` : 'Openings');
  const count = page.total ?? page.items.length;
  return pageShell({
    lang: options.lang ?? 'en',
    title,
    description:
      options.description ??
      `${count} ${count === 1 ? 'opening' : 'openings'}${org ? ` at ${org}` : ''}: ${page.items
        .slice(0, 5)
        .map((item) => item.title)
        .join(', ')}.`,
    // A listing opened in the board is that listing's page; a search is the index.
    canonical: view.open ? listingUrl(options, view.open) : options.jobsUrl,
    ...(options.organizationLogo ? { image: options.organizationLogo } : {}),
    ...(options.stylesheet ? { stylesheet: options.stylesheet } : {}),
    scripts: options.scripts ?? [],
    body: `<main class="jobs">\n<h1>${escapeHtml(title)}</h1>\n${html}\n</main>`,
  });
}

/**
 * Only the `<apprentice-board>` of the index, with its first page, for a page of your own
 * layout (an Astro or Eleventy template). The page must load Lit's hydration support before
 * the board (see `scripts`).
 */
export async function renderJobsBoard(options: CareersPagesOptions, search = ''): Promise<string> {
  return (await prerenderBoard(options, search)).html;
}

async function prerenderBoard(options: CareersPagesOptions, search: string) {
  const { readBoardView, scriptSafeJson } = await import('micropath/apprentice-board/class');
  const view = readBoardView(search, NAMESPACE);
  const page = readListingPage(
    await options.adapter.listListings(
      { ...view.query, limit: options.pageSize ?? 50 },
      context(options.lang ?? 'en'),
    ),
  );
  page.items = page.items.map((item) => employed(options, item));
  const prerendered = { query: view.query, page, now: (options.now ?? Date.now)() };
  const html = await renderBoard(options, prerendered, scriptSafeJson(prerendered));
  return { view, page, html };
}

async function renderBoard(
  options: CareersPagesOptions,
  prerendered: { query: unknown; page: ListingPage; now: number },
  json: string,
): Promise<string> {
  // The server renderer first: it brings the globals the element's module needs.
  const { render } = await import('@lit-labs/ssr');
  const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
  const { html } = await import('lit');
  const { unsafeHTML } = await import('lit/directives/unsafe-html.js');
  const { ifDefined } = await import('lit/directives/if-defined.js');
  await import('micropath/apprentice-board');
  const data = `<script type="application/json" data-micropath-page>${json}</script>`;
  return collectResult(
    render(
      html`<apprentice-board
        source=${options.source}
        data-applications=${ifDefined(options.applyHere ? '' : undefined)}
        url-state=${NAMESPACE}
        page-size=${options.pageSize ?? 50}
        organization-name=${ifDefined(options.organizationName)}
        organization-logo=${ifDefined(options.organizationLogo)}
        .query=${prerendered.query}
        .prerendered=${prerendered}
        >${unsafeHTML(data)}</apprentice-board
      >`,
    ),
  );
}

/** A listing's own page, or undefined when there is no such listing. */
export async function renderJobPage(
  options: CareersPagesOptions,
  id: string,
): Promise<string | undefined> {
  const lang = options.lang ?? 'en';
  const listing = await findListing(options, id);
  if (!listing) return undefined;
  const { jobPosting, scriptSafeJson } = await import('micropath/apprentice-board/class');
  const blocks = htmlBlocks(listing.descriptionHtml ?? '');
  const descriptionHtml = blocks.map((block) => `<p>${escapeHtml(block)}</p>`).join('\n');
  // None when Google would reject it (no date, no place it can read): better none than invalid.
  const posting = jobPosting(listing, descriptionHtml, Boolean(options.applyHere));
  if (posting) posting.url = listingUrl(options, listing.id);
  const summary = listing.summary?.trim() || blocks.join(' ');
  const description = summary.length > 160 ? `${summary.slice(0, 157).trimEnd()}…` : summary;
  return pageShell({
    lang,
    title: `${listing.title} · ${listing.organization.name}`,
    description: description || `${listing.title} at ${listing.organization.name}`,
    canonical: listingUrl(options, listing.id),
    ...(listing.organization.logoUrl ? { image: listing.organization.logoUrl } : {}),
    ...(options.stylesheet ? { stylesheet: options.stylesheet } : {}),
    ...(posting ? { jsonLd: scriptSafeJson(posting) } : {}),
    body: listingBody(options, listing, descriptionHtml, lang),
  });
}

function listingBody(
  options: CareersPagesOptions,
  listing: Listing,
  descriptionHtml: string,
  lang: string,
): string {
  const date = (iso: string) =>
    new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
  const facts = [
    KIND[listing.kind],
    listing.employmentType && EMPLOYMENT[listing.employmentType],
    listing.workplace && WORKPLACE[listing.workplace],
    listing.locations.map((l) => l.label).join(' · '),
    listing.applyBy && `Apply by ${date(listing.applyBy)}`,
    listing.postedAt && `Posted ${date(listing.postedAt)}`,
  ].filter((fact): fact is string => Boolean(fact));
  // Where to apply: the posting's own link, else the board on this site (with its form).
  const apply =
    listing.applyUrl ??
    (options.applyHere
      ? `${options.jobsUrl}?${NAMESPACE}.open=${encodeURIComponent(listing.id)}`
      : listing.url);
  const applyLabel = apply?.startsWith('mailto:') ? 'Apply by email' : 'Apply';
  return `<main class="job">
<p><a href="${escapeHtml(options.jobsUrl)}">All openings</a></p>
<article>
<h1>${escapeHtml(listing.title)}</h1>
<p class="organization">${escapeHtml(listing.organization.name)}</p>
<ul class="facts">
${facts.map((fact) => `<li>${escapeHtml(fact)}</li>`).join('\n')}
</ul>
<div class="description">
${descriptionHtml || (listing.summary ? `<p>${escapeHtml(listing.summary)}</p>` : '')}
</div>
${apply ? `<p><a class="apply" href="${escapeHtml(apply)}">${applyLabel}</a></p>` : ''}
</article>
</main>`;
}

async function findListing(options: CareersPagesOptions, id: string): Promise<Listing | undefined> {
  const ctx = context(options.lang ?? 'en');
  try {
    if (options.adapter.getListing)
      return employed(options, readListing(await options.adapter.getListing(id, ctx)));
  } catch (error) {
    if ((error as { code?: string }).code === 'not-found') return undefined;
    throw error;
  }
  for await (const listing of everyListing(options)) if (listing.id === id) return listing;
  return undefined;
}

/** Every listing, page by page (100 at a time). */
async function* everyListing(options: CareersPagesOptions): AsyncGenerator<Listing> {
  const ctx = context(options.lang ?? 'en');
  let cursor: string | undefined;
  do {
    const page = readListingPage(
      await options.adapter.listListings({ limit: 100, ...(cursor ? { cursor } : {}) }, ctx),
    );
    for (const item of page.items) yield employed(options, item);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/** `sitemap.xml`: the index and every listing's page, with when each was posted. */
export async function renderSitemap(options: CareersPagesOptions): Promise<string> {
  const urls = [`<url><loc>${escapeHtml(options.jobsUrl)}</loc></url>`];
  for await (const listing of everyListing(options)) {
    const posted = listing.postedAt ? `<lastmod>${listing.postedAt.slice(0, 10)}</lastmod>` : '';
    urls.push(`<url><loc>${escapeHtml(listingUrl(options, listing.id))}</loc>${posted}</url>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.join('\n')}
</urlset>
`;
}
