import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { Listing } from '../core/models/listing.ts';
import { renderSkillList } from './skill-list.ts';
import {
  formatCompensation,
  formatDeadline,
  formatDuration,
  formatHours,
  formatPosted,
  formatSpots,
  kindLabel,
  workplaceLabel,
  employmentLabel,
} from './listing-format.ts';

/** A DOM id for a listing id, which may hold any character (ids are space-separated lists). */
export const domId = (prefix: string, id: string) =>
  `${prefix}-${id.replace(/[^\w-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}`)}`;

export interface CardContext {
  locale: string;
  now: number;
  /** The listing's own address: the board's `url-state` link, else the posting's page. */
  href: (listing: Listing) => string | undefined;
}

/** A plain click opens the listing here; a click for a new tab or window goes to its address. */
const opensHere = (event: MouseEvent) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

/**
 * A click in the list of cards (one listener for all of them, not one per card): on a card's
 * title, it opens that listing here, unless it asks for a new tab or window.
 */
export function openFromList(
  event: MouseEvent,
  items: readonly Listing[],
  open: (listing: Listing, trigger: HTMLElement) => void,
): void {
  const trigger = (event.target as Element | null)?.closest<HTMLElement>('[data-open]');
  const listing = trigger && items.find((item) => item.id === trigger.dataset.open);
  if (!listing || (trigger.localName === 'a' && !opensHere(event))) return;
  event.preventDefault();
  open(listing, trigger);
}

/** Where and how: "Remote · Berlin, Germany". */
export function placeText(listing: Listing): string {
  const labels = listing.locations.map((l) => l.label).join(' / ');
  // "Remote · Remote (EU)" says it twice: a location that already names the workplace is enough.
  const workplace =
    listing.workplace &&
    !labels.toLowerCase().includes(workplaceLabel(listing.workplace).toLowerCase())
      ? workplaceLabel(listing.workplace)
      : '';
  return [workplace, labels].filter(Boolean).join(' · ');
}

/** The facts a candidate decides on, in the order shown; an empty text is a fact not given. */
export const FACTS = ['place', 'duration', 'employment', 'pay', 'spots'] as const;

export function factTexts(
  listing: Listing,
  locale: string,
): Record<(typeof FACTS)[number], string> {
  const duration = formatDuration(listing.duration, locale);
  const hours = formatHours(listing.hoursPerWeek, locale);
  return {
    place: placeText(listing),
    duration: [duration, hours].filter(Boolean).join(', '),
    employment: employmentLabel(listing.employmentType),
    pay: formatCompensation(listing.compensation, locale) ?? '',
    spots: formatSpots(listing.spots, locale) ?? '',
  };
}

/**
 * A card: one template whose optional parts are hidden when empty (a nested template for each
 * cost more than the rest of the card in a page of 1,000).
 */
export function renderCard(listing: Listing, ctx: CardContext) {
  const { locale, now } = ctx;
  const deadline = formatDeadline(listing.applyBy, locale, now);
  const posted = formatPosted(listing.postedAt, locale, now);
  const { place, duration, employment, pay, spots } = factTexts(listing, locale);
  const titleId = domId('t', listing.id);
  const logo = listing.organization.logoUrl;
  return html`<li>
    <article
      part="card${deadline?.closed ? ' card-closed' : ''}"
      class="card"
      aria-labelledby=${titleId}
    >
      <header class="card-head">
        ${
          logo
            ? html`<img
                part="logo"
                class="logo"
                src=${logo}
                alt=""
                loading="lazy"
                width="40"
                height="40"
              />`
            : nothing
        }
        <div>
          <span part="kind" class="kind">${kindLabel(listing.kind)}</span>
          <h3 part="title" class="title" id=${titleId}>${renderOpen(listing, ctx)}</h3>
          <p part="organization" class="org">${listing.organization.name}</p>
        </div>
      </header>
      <p part="summary" class="summary" ?hidden=${!listing.summary}>${listing.summary}</p>
      <ul part="facts" class="facts">
        <li part="fact place" ?hidden=${!place}>${place}</li>
        <li part="fact duration" ?hidden=${!duration}>${duration}</li>
        <li part="fact employment" ?hidden=${!employment}>${employment}</li>
        <li part="fact pay" ?hidden=${!pay}>${pay}</li>
        <li part="fact spots" ?hidden=${!spots}>${spots}</li>
      </ul>
      ${renderSkillList(listing.skills)}
      <p part="mentorship" class="perk" ?hidden=${!listing.mentorship}>
        ${msg('Mentorship:')} ${listing.mentorship}
      </p>
      <p part="credential" class="perk" ?hidden=${!listing.credential}>
        ${msg('Credential on completion:')} ${listing.credential?.name}
      </p>
      <footer class="card-foot">
        <span
          part="deadline"
          class="deadline ${deadline?.closed ? 'closed' : deadline?.soon ? 'soon' : ''}"
          ?hidden=${!deadline}
          >${deadline?.text}</span
        >
        <span part="posted" class="posted" ?hidden=${!posted}>${posted}</span>
      </footer>
    </article>
  </li>`;
}

/** Placeholder cards while the first page loads. */
export function renderSkeleton(count = 6) {
  return html`<ul class="cards" aria-hidden="true">
    ${Array.from(
      { length: count },
      () =>
        html`<li>
          <div part="skeleton" class="card skeleton"><span></span><span></span><span></span></div>
        </li>`,
    )}
  </ul>`;
}

/**
 * The title opens the listing (see `openFromList`). With an address it is a real link, so
 * crawlers and "open in a new tab" find every listing; without one it is a button.
 */
function renderOpen(listing: Listing, ctx: CardContext) {
  const href = ctx.href(listing);
  return href
    ? html`<a class="open" href=${href} data-open=${listing.id}>${listing.title}</a>`
    : html`<button type="button" class="open" data-open=${listing.id}>${listing.title}</button>`;
}
