import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { Listing } from '../core/models/listing.ts';
import { formatDeadline, formatPosted, kindLabel } from './listing-format.ts';
import { FACTS, factTexts } from './listing-card.ts';
import { renderSkillList } from './skill-list.ts';
import { renderMentorLinks, type MentorLinks } from './mentor-links.ts';

export interface DetailContext {
  listing: Listing;
  locale: string;
  now: number;
  description: DocumentFragment | undefined | 'loading';
  canApplyHere: boolean;
  applying: boolean;
  applyForm: unknown;
  close: () => void;
  applyLink: (event: MouseEvent) => void;
  startApplication: () => void;
  /** The pointer or focus reached "Apply here": its form's code can load. */
  preloadApplication: () => void;
  /** "Find a mentor for …" per skill, when the board has a `mentor-url`. */
  mentors?: MentorLinks;
}

/** The facts given, the deadline and the posting date: the detail view's. */
function listingFacts(listing: Listing, locale: string, now: number) {
  const texts = factTexts(listing, locale);
  return {
    facts: FACTS.filter((part) => texts[part]).map((part) => ({ part, text: texts[part] })),
    deadline: formatDeadline(listing.applyBy, locale, now),
    posted: formatPosted(listing.postedAt, locale, now),
  };
}

export function renderDetail(ctx: DetailContext) {
  const { listing } = ctx;
  const { facts, deadline, posted } = listingFacts(listing, ctx.locale, ctx.now);
  return html`<article part="detail" class="detail" aria-labelledby="detail-title">
    <header class="detail-head">
      <span part="kind" class="kind">${kindLabel(listing.kind)}</span>
      <h2 id="detail-title" tabindex="-1">${listing.title}</h2>
      <p part="organization" class="org">
        ${
          listing.organization.url
            ? html`<a href=${listing.organization.url} target="_blank" rel="noopener noreferrer"
                >${listing.organization.name}</a
              >`
            : listing.organization.name
        }
        ${listing.department ? html`· ${listing.department}` : nothing}
      </p>
      <button part="close" class="close" type="button" @click=${ctx.close}>${msg('Close')}</button>
    </header>
    <ul part="facts" class="facts">
      ${facts.map((fact) => html`<li part="fact ${fact.part}">${fact.text}</li>`)}
      ${deadline ? html`<li part="fact deadline" class=${deadline.closed ? 'closed' : ''}>${deadline.text}</li>` : nothing}
      ${posted ? html`<li part="fact posted">${posted}</li>` : nothing}
    </ul>
    ${
      listing.skills.length
        ? html`<section class="detail-skills" aria-labelledby="detail-skills">
            <h3 id="detail-skills">${msg('Skills this opening asks for')}</h3>
            ${renderSkillList(listing.skills, true)}
            ${renderMentorLinks(listing.skills, ctx.mentors)}
          </section>`
        : nothing
    }
    ${listing.mentorship ? html`<p part="mentorship" class="perk">${msg('Mentorship:')} ${listing.mentorship}</p>` : nothing}
    ${
      listing.credential
        ? html`<p part="credential" class="perk">
            ${msg('Credential on completion:')}
            ${
              listing.credential.url
                ? html`<a href=${listing.credential.url} target="_blank" rel="noopener noreferrer"
                    >${listing.credential.name}</a
                  >`
                : listing.credential.name
            }
          </p>`
        : nothing
    }
    <div part="description" class="description">
      ${
        ctx.description === 'loading'
          ? html`<p class="muted">${msg('Loading the description…')}</p>`
          : (ctx.description ?? (listing.summary ? html`<p>${listing.summary}</p>` : nothing))
      }
    </div>
    ${
      deadline?.closed
        ? html`<p part="closed-note" class="muted">
            ${msg('Applications for this opening are closed.')}
          </p>`
        : ctx.applying
          ? ctx.applyForm
          : html`<div part="apply-actions" class="actions">
              ${
                ctx.canApplyHere
                  ? html`<button
                      part="apply-here"
                      class="primary"
                      type="button"
                      @click=${ctx.startApplication}
                      @pointerenter=${ctx.preloadApplication}
                      @focus=${ctx.preloadApplication}
                    >
                      ${msg('Apply here')}
                    </button>`
                  : nothing
              }
              ${listing.applyUrl ? renderApplyLink(listing.applyUrl, ctx) : nothing}
            </div>`
    }
  </article>`;
}

/** The employer's own way to apply: their page (a new tab) or an email (the mail app). */
function renderApplyLink(url: string, ctx: DetailContext) {
  const byMail = url.toLowerCase().startsWith('mailto:');
  const label = byMail
    ? msg('Apply by email')
    : ctx.canApplyHere
      ? msg('Apply on the company site')
      : msg('Apply');
  return html`<a
    part="apply"
    class=${ctx.canApplyHere ? 'button' : 'button primary'}
    href=${url}
    target=${byMail ? nothing : '_blank'}
    rel=${byMail ? nothing : 'noopener'}
    @click=${ctx.applyLink}
  >
    ${label}
  </a>`;
}
