/**
 * The second step: the mentor's session types, each with its duration and description. In the
 * choices' lazy chunk (choice-steps.ts).
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Mentor, SessionType } from '../core/models/mentoring.ts';
import { formatDuration } from './booking-format.ts';

export function renderSessionList(
  mentor: Mentor,
  locale: string,
  chosen: string | undefined,
  choose: (session: SessionType) => void,
) {
  return html`<ul part="sessions" class="sessions">
    ${mentor.sessionTypes.map(
      (session) =>
        html`<li>
          <button
            type="button"
            part="session${session.id === chosen ? ' session-chosen' : ''}"
            class="session"
            data-session=${session.id}
            aria-current=${ifDefined(session.id === chosen ? 'true' : undefined)}
            @click=${() => choose(session)}
          >
            <span class="session-name">${session.name}</span>
            <span class="muted">${formatDuration(session.durationMinutes, locale)}</span>
            ${session.description ? html`<span class="description">${session.description}</span>` : nothing}
          </button>
        </li>`,
    )}
  </ul>`;
}
