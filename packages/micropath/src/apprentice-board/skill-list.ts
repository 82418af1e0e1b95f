/**
 * A listing's skills as chips, required ones first; a preferred one says so in words (not by
 * colour alone). The detail view puts them under a heading, "Skills this opening asks for",
 * which then names the list.
 */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { SkillRequirement } from '../core/models/skill.ts';

export function renderSkillList(skills: readonly SkillRequirement[], underHeading = false) {
  if (!skills.length) return nothing;
  const ordered = [
    ...skills.filter((skill) => skill.importance === 'required'),
    ...skills.filter((skill) => skill.importance === 'preferred'),
  ];
  return html`<ul part="skills" class="skills" aria-label=${underHeading ? nothing : msg('Skills')}>
    ${ordered.map((skill) =>
      skill.importance === 'preferred'
        ? html`<li part="skill skill-preferred" class="preferred">
            ${skill.label} <span class="importance">(${msg('preferred')})</span>
          </li>`
        : html`<li part="skill">${skill.label}</li>`,
    )}
  </ul>`;
}
