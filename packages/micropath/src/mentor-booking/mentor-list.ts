/**
 * The first step: mentors as cards (photo, name, headline, the asked skills they cover,
 * expertise, languages), filterable by expertise. In the choices' lazy chunk (choice-steps.ts).
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { Mentor } from '../core/models/mentoring.ts';
import type { SkillRanking } from './skill-ranking.ts';
import { foldText } from '../core/text-match.ts';
import { plural } from '../core/plural.ts';
import { renderPhoto } from './mentor-photo.ts';

export interface MentorListContext {
  mentors: readonly Mentor[];
  expertise: string | undefined;
  locale: string;
  filter: (expertise: string | undefined) => void;
  choose: (mentor: Mentor) => void;
  /** What a mentor covers of the skills the visitor asked for, when they asked. */
  coverOf?: (mentor: Mentor) => { covers: string[]; related: string[] } | undefined;
}

/** Every expertise named by the mentors, once each, in the visitor's collation. */
export function expertiseOf(mentors: readonly Mentor[], locale: string): string[] {
  const seen = new Map<string, string>();
  for (const mentor of mentors)
    for (const topic of mentor.expertise)
      if (!seen.has(foldText(topic))) seen.set(foldText(topic), topic);
  return [...seen.values()].sort(new Intl.Collator(locale).compare);
}

export const withExpertise = (mentors: readonly Mentor[], expertise: string | undefined) =>
  expertise
    ? mentors.filter((m) => m.expertise.some((e) => foldText(e) === foldText(expertise)))
    : mentors;

function renderCard(mentor: Mentor, ctx: MentorListContext) {
  const languages = mentor.languages.map((tag) => languageName(tag, ctx.locale));
  const cover = ctx.coverOf?.(mentor);
  return html`<li part="mentor" class="mentor">
    ${renderPhoto(mentor)}
    <div class="mentor-text">
      <h3 class="mentor-name" id="mentor-${mentor.id}">${mentor.name}</h3>
      ${mentor.headline ? html`<p class="headline">${mentor.headline}</p>` : nothing}
      ${
        cover?.covers.length
          ? html`<p part="covers" class="covers">
              ${msg(str`Can help with: ${cover.covers.join(', ')}`)}
            </p>`
          : nothing
      }
      ${
        cover?.related.length
          ? html`<p part="related" class="muted">
              ${msg(str`Related: ${cover.related.join(', ')}`)}
            </p>`
          : nothing
      }
      ${
        mentor.expertise.length
          ? html`<ul part="expertise" class="tags" aria-label=${msg('Expertise')}>
              ${mentor.expertise.map((topic) => html`<li>${topic}</li>`)}
            </ul>`
          : nothing
      }
      ${
        languages.length
          ? html`<p class="muted">
              ${msg(str`Speaks ${new Intl.ListFormat(ctx.locale).format(languages)}`)}
            </p>`
          : nothing
      }
      ${mentor.bio ? html`<p part="bio" class="bio">${mentor.bio}</p>` : nothing}
    </div>
    <button
      type="button"
      class="primary"
      data-mentor=${mentor.id}
      aria-describedby="mentor-${mentor.id}"
      @click=${() => ctx.choose(mentor)}
    >
      ${msg('Choose')}
    </button>
  </li>`;
}

export function renderMentorList(ctx: MentorListContext) {
  const topics = expertiseOf(ctx.mentors, ctx.locale);
  const shown = withExpertise(ctx.mentors, ctx.expertise);
  return html`${
      topics.length > 1
        ? html`<label class="filter">
            <span>${msg('Expertise')}</span>
            <select
              part="expertise-filter"
              @change=${(e: Event) => ctx.filter((e.target as HTMLSelectElement).value || undefined)}
            >
              <option value="" ?selected=${!ctx.expertise}>${msg('All areas')}</option>
              ${topics.map(
                (topic) =>
                  html`<option
                    value=${topic}
                    ?selected=${foldText(topic) === foldText(ctx.expertise ?? '')}
                  >
                    ${topic}
                  </option>`,
              )}
            </select>
          </label>`
        : nothing
    }
    <p part="count" class="muted" role="status">
      ${plural(shown.length, ctx.locale, {
        zero: (n) => msg(str`${n} mentors`, { id: 'mentors.zero' }),
        one: (n) => msg(str`${n} mentor`, { id: 'mentors.one' }),
        two: (n) => msg(str`${n} mentors`, { id: 'mentors.two' }),
        few: (n) => msg(str`${n} mentors`, { id: 'mentors.few' }),
        many: (n) => msg(str`${n} mentors`, { id: 'mentors.many' }),
        other: (n) => msg(str`${n} mentors`, { id: 'mentors.other' }),
      })}
    </p>
    <ul part="mentors" class="mentors">
      ${shown.map((mentor) => renderCard(mentor, ctx))}
    </ul>`;
}

export interface MentorStepContext {
  mentors: readonly Mentor[];
  /** The mentors ranked by the skills asked for, when the visitor asked for some. */
  ranked: SkillRanking | undefined;
  /** How many mentors could not be read. */
  skipped: number;
  expertise: string | undefined;
  locale: string;
  filter: (expertise: string | undefined) => void;
  choose: (mentor: Mentor) => void;
}

/** The mentor step: which asked skills nobody covers, the mentors, and how many were left out. */
export function renderMentorStep(ctx: MentorStepContext) {
  const { ranked } = ctx;
  const uncovered = ranked?.uncovered ?? [];
  return html`${
    uncovered.length
      ? html`<p part="skills-notice" class="notice">
          ${msg(
            str`No mentor here covers ${new Intl.ListFormat(ctx.locale, { type: 'disjunction' }).format(uncovered)} yet. You can still book any mentor below.`,
          )}
        </p>`
      : nothing
  }
  ${renderMentorList({
    mentors: ranked?.mentors.map((c) => c.mentor) ?? ctx.mentors,
    expertise: ctx.expertise,
    locale: ctx.locale,
    filter: ctx.filter,
    choose: ctx.choose,
    coverOf: ranked ? (mentor) => ranked.mentors.find((c) => c.mentor === mentor) : undefined,
  })}
  ${
    ctx.skipped
      ? html`<p class="muted">${msg(str`Mentors who could not be shown: ${ctx.skipped}.`)}</p>`
      : nothing
  }`;
}

/** "Spanish" for "es" in English, "Spanisch" in German; the tag itself when unknown. */
export function languageName(tag: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale, 'en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
