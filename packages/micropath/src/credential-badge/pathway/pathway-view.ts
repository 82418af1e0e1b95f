/**
 * How the badge shows a learner's stack (`layout="pathway"`): an ordered list of steps (one
 * per group of steps that belong together, numbered on across groups), each with its verdict
 * and how it relates to the others; the skills the verified steps prove, each once with its
 * evidence; and, against a listing, what is still missing, with a link to find a mentor.
 * Read aloud it is lists of steps and of skills, not a picture. Lazy, with its styles.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { currentUiLocale } from '../../core/locale.ts';
import type { CredentialView } from '../../core/models/credential.ts';
import type { SkillRequirement } from '../../core/models/skill.ts';
import { matchSkills, type CredentialClaims } from '../../core/skills/match.ts';
import { mentorHref } from '../../core/events.ts';
import { verdictLabel } from '../verdict-label.ts';
import { claimsName, provenLine, quotedName, skillLine } from '../skill-lines.ts';
import { counts, type PlacedStep, type Step, type StepGroup } from './order.ts';
import type { Pathway } from './build.ts';

export { pathwayStyles } from './pathway-view.styles.ts';
export { buildPathway } from './build.ts';

/** The listing a stack is held against. */
export interface PathwayListing {
  title?: string;
  skills: readonly SkillRequirement[];
}

export interface PathwayHost {
  locale: string;
  listing?: PathwayListing | undefined;
  /** `mentor-url`: a URL template, `{skill}` replaced by the skill's URI or label. */
  mentorUrl?: string | undefined;
  /** Why the listing named by `for-listing` could not be looked up. */
  listingProblem?: string | undefined;
}

/** Step names, each in the quotation marks of the UI language, in a list of that language. */
const quoted = (steps: readonly Step[]) =>
  new Intl.ListFormat(currentUiLocale()).format(steps.map((s) => quotedName(s.claims)));

function relations(placed: PlacedStep): TemplateResult | typeof nothing {
  const parts = [
    placed.before.length ? msg(str`Before ${quoted(placed.before)}.`) : '',
    placed.after.length ? msg(str`After ${quoted(placed.after)}.`) : '',
    placed.partOf.length ? msg(str`Part of ${quoted(placed.partOf)}.`) : '',
    placed.madeOf.length ? msg(str`Made of ${quoted(placed.madeOf)}.`) : '',
  ].filter(Boolean);
  return parts.length ? html`<span part="step-relations">${parts.join(' ')}</span>` : nothing;
}

function formatDate(value: string | undefined, locale: string): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return undefined;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
  } catch {
    return date.toISOString().slice(0, 10);
  }
}

function renderStep(placed: PlacedStep, view: CredentialView | undefined, host: PathwayHost) {
  const { claims } = placed.step;
  const details = [
    view?.achievementType,
    claims.issuer,
    formatDate(placed.step.date, host.locale),
  ].filter(Boolean);
  return html`<li part="step" class="verdict-${claims.verdict}">
    <span part="step-name">${claimsName(claims)}</span>
    ${details.length ? html`<span part="step-details">${details.join(' · ')}</span>` : nothing}
    <span part="step-verdict">${verdictLabel(claims.verdict, view)}</span>
    ${relations(placed)}
  </li>`;
}

function groupHeading(group: StepGroup, only: boolean) {
  if (group.linked) return only ? nothing : html`<h3>${msg('Linked steps')}</h3>`;
  if (group.shared.length)
    return html`<h3>${msg(str`Steps sharing ${group.shared.join(', ')}`)}</h3>`;
  return only ? nothing : html`<h3>${msg('Other steps')}</h3>`;
}

function renderGroups(pathway: Pathway, host: PathwayHost) {
  const only = pathway.groups.length === 1;
  return pathway.groups.map(
    (group) =>
      html`<div part="pathway-group">
        ${groupHeading(group, only)}
        <ol
          part="steps"
          start=${group.steps[0]?.number ?? 1}
          style="--_start: ${group.steps[0]?.number ?? 1}"
        >
          ${group.steps.map((placed) => renderStep(placed, pathway.views.get(placed.step.key), host))}
        </ol>
      </div>`,
  );
}

function renderProblems(pathway: Pathway) {
  const failed = pathway.steps.filter((step) => !counts(step.claims));
  if (!failed.length) return nothing;
  return html`<div part="pathway-problems" role="note">
    <ul>
      ${failed.map((step) => {
        const name = claimsName(step.claims);
        const verdict = verdictLabel(step.claims.verdict, pathway.views.get(step.key));
        return html`<li>${msg(str`‘${name}’ is ${verdict}: nothing it claims counts.`)}</li>`;
      })}
    </ul>
  </div>`;
}

function renderProven(pathway: Pathway) {
  return html`<section part="pathway-skills" aria-labelledby="pathway-skills-title">
    <h3 id="pathway-skills-title">${msg('Skills this pathway shows')}</h3>
    ${
      pathway.proven.length
        ? html`<ul>
            ${pathway.proven.map(
              (skill) =>
                html`<li part="proven-skill">${provenLine(skill.label, skill.shownIn)}</li>`,
            )}
          </ul>`
        : html`<p>${msg('No skill is shown by a verified step yet.')}</p>`
    }
  </section>`;
}

function renderGaps(pathway: Pathway, host: PathwayHost) {
  const listing = host.listing;
  if (!listing && host.listingProblem)
    return html`<p part="pathway-gaps" role="note">${host.listingProblem}</p>`;
  if (!listing?.skills.length) return nothing;
  const claims: CredentialClaims[] = pathway.steps.map((step) => step.claims);
  const report = matchSkills(listing.skills, claims);
  const byId = new Map(claims.map((c) => [c.credentialId, c]));
  const { met, total } = report.required;
  const shown = report.requirements.filter((r) => r.status !== 'missing');
  const missing = report.requirements.filter((r) => r.status === 'missing');
  return html`<section part="pathway-gaps" aria-labelledby="pathway-gaps-title">
    <h3 id="pathway-gaps-title">
      ${listing.title ? msg(str`Against ‘${listing.title}’`) : msg('Against this opening')}
    </h3>
    <p part="gap-summary">
      ${msg(str`${met} of ${total} required skills shown by verified credentials`)}
    </p>
    ${
      shown.length
        ? html`<ul aria-label=${msg('Shown')}>
            ${shown.map((r) => html`<li part="gap-${r.status}">${skillLine(r, byId)}</li>`)}
          </ul>`
        : nothing
    }
    ${
      missing.length
        ? html`<ul aria-label=${msg('Still missing')}>
            ${missing.map(
              (r) =>
                html`<li>
                  <span part="gap-skill">${skillLine(r, byId)}</span>
                  ${
                    host.mentorUrl
                      ? html` <a
                          part="mentor-link"
                          href=${mentorHref(host.mentorUrl, r.requirement)}
                          >${msg(str`Find a mentor for ${r.requirement.label}`)}</a
                        >`
                      : nothing
                  }
                </li>`,
            )}
          </ul>`
        : nothing
    }
  </section>`;
}

export function renderPathway(pathway: Pathway, host: PathwayHost): TemplateResult {
  const verified = pathway.steps.filter((step) => counts(step.claims)).length;
  const record = pathway.record;
  return html`<section part="pathway" aria-labelledby="pathway-title">
    <h2 part="pathway-title" id="pathway-title">${record?.name ?? msg('Learning pathway')}</h2>
    ${
      record
        ? html`<p part="pathway-record">
            ${msg(
              str`A learner record from ${record.issuer ?? msg('an unknown issuer')}: ${verdictLabel(record.verdict, record.view)}.`,
            )}
          </p>`
        : nothing
    }
    <p part="pathway-summary">
      ${msg(str`${verified} of ${pathway.steps.length} steps verified.`)}
    </p>
    ${renderProblems(pathway)}
    ${
      pathway.steps.length
        ? renderGroups(pathway, host)
        : html`<p part="message">${msg('This pathway has no steps to show yet.')}</p>`
    }
    ${renderProven(pathway)} ${renderGaps(pathway, host)}
  </section>`;
}
