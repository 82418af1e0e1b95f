/** A mentor's photo, or their initials: on a mentor's card and in the summary of later steps. */
import { html } from 'lit';
import type { Mentor } from '../core/models/mentoring.ts';

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => [...part][0]!.toUpperCase())
    .join('');

export function renderPhoto(mentor: Mentor) {
  return mentor.photoUrl
    ? html`<img
        part="photo"
        class="photo"
        src=${mentor.photoUrl}
        alt=""
        loading="lazy"
        referrerpolicy="no-referrer"
        width="56"
        height="56"
      />`
    : html`<span part="photo" class="photo initials" aria-hidden="true"
        >${initials(mentor.name)}</span
      >`;
}
