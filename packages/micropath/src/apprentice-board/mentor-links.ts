/**
 * "Find a mentor for SQL": a link to the page's mentoring page (the board's `mentor-url`, with
 * the skill in it), which first tells the page of the gap (`mp-skill-gap`, cancelable: a
 * provider holding a booking keeps the visitor here and shows mentors for the skill instead).
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { SkillGap } from '../core/events.ts';

export interface MentorLinks {
  href: (skill: SkillGap) => string;
  follow: (skill: SkillGap, event: MouseEvent) => void;
}

export function renderMentorLink(skill: SkillGap, links: MentorLinks | undefined) {
  if (!links) return nothing;
  const label = skill.label;
  return html`<a
    part="find-mentor"
    href=${links.href(skill)}
    @click=${(e: MouseEvent) => links.follow(skill, e)}
    >${msg(str`Find a mentor for ${label}`)}</a
  >`;
}

/** One link per skill, as a list under the opening's skills. */
export function renderMentorLinks(skills: readonly SkillGap[], links: MentorLinks | undefined) {
  if (!links || !skills.length) return nothing;
  return html`<ul part="mentor-links" class="mentor-links">
    ${skills.map((skill) => html`<li>${renderMentorLink(skill, links)}</li>`)}
  </ul>`;
}
