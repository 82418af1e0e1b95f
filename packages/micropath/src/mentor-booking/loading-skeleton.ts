/**
 * What the booking shows while its mentors load: the step that comes next, drawn in
 * placeholders with the real layout's classes, so the element has its final size before any
 * data arrives and the host page does not move. With a `mentor-id` that step is the month;
 * otherwise the mentor cards. Placeholders carry no parts: nothing outside mistakes them.
 */
import { html } from 'lit';
import { msg } from '@lit/localize';

/** One placeholder line; `kind` is its width (core/skeleton.styles.ts). */
const bone = (kind = '') => html`<span class="bone ${kind}"></span>`;

function mentorCard() {
  return html`<li class="mentor">
    <span class="photo bone"></span>
    <div class="mentor-text">
      ${bone('half')} ${bone('long')} ${bone('long')} ${bone('half')}
      <span class="bio">${bone()} ${bone()} ${bone()} ${bone('short')}</span>
    </div>
    ${bone('control')}
  </li>`;
}

export function renderMentorsSkeleton() {
  return html`<section class="step step-mentor">
    <div class="step-head" aria-hidden="true">${bone('title')}</div>
    ${renderMentorCards(html`<p class="muted" role="status">${msg('Loading mentors…')}</p>`)}
  </section>`;
}

/**
 * The mentor step's filter, count and cards in placeholders: under the step's real title while
 * its code comes, with `count` in the count's place.
 */
export function renderMentorCards(
  count: unknown = html`<p aria-hidden="true">${bone('short')}</p>`,
) {
  return html`<div class="filter" aria-hidden="true">${bone('short')} ${bone('control')}</div>
    ${count}
    <ul class="mentors" aria-hidden="true">
      ${mentorCard()} ${mentorCard()} ${mentorCard()}
    </ul>`;
}

export function renderTimeSkeleton() {
  return html`<section class="step step-time">
    <div class="step-head" aria-hidden="true">${bone('title')}</div>
    <div class="summary" aria-hidden="true">
      <span class="photo bone"></span>
      <div>${bone('half')} ${bone('long')}</div>
      ${bone('control')}
    </div>
    <p class="muted" role="status">${msg('Loading mentors…')}</p>
    <div class="time-step" aria-hidden="true">
      <div class="month-panel">
        ${bone('half')}
        <div class="days-skeleton">${Array.from({ length: 35 }, () => bone('day'))}</div>
      </div>
      <div class="day-panel">${bone('long')}</div>
    </div>
  </section>`;
}

/** A step whose code is still on its way (the session step, its chunk slower than the mentors). */
export function renderLoading() {
  return html`<p class="muted" role="status">${msg('Loading…')}</p>`;
}
