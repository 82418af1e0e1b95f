/**
 * "Your credentials" in the application form: Open Badges the applicant adds by pasting (JSON,
 * a JWT or a link) or uploading (a JSON or JWT file, a baked PNG or SVG), each shown with the
 * verdict of the badge's verifier, and what they show of the listing's skills ("2 of 3 required
 * skills shown by verified credentials", each skill with its evidence). Only a verified
 * credential whose recipient is the e-mail typed counts. A CLR 2.0 envelope is one entry, with
 * the credentials it holds listed inside it, each with its own verdict.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { SkillRequirement } from '../core/models/skill.ts';
import { matchSkills, type CredentialClaims } from '../core/skills/match.ts';
import { verdictLabel } from '../credential-badge/verdict-label.ts';
import { distinctIds } from '../core/skills/evidence.ts';
import { claimsName as named, skillLine } from '../credential-badge/skill-lines.ts';
import { renderWallet, type WalletContext } from './wallet-panel.ts';
import { renderMentorLink, type MentorLinks } from './mentor-links.ts';

export interface CredentialEntry {
  key: string;
  /** The file's name, or "Pasted credential". */
  label: string;
  status: 'checking' | 'checked' | 'failed';
  /** The credential as the matcher reads it, then each credential it holds (a CLR's). */
  claims?: readonly CredentialClaims[];
  error?: string;
}

export interface CredentialsContext {
  entries: readonly CredentialEntry[];
  pasted: string;
  skills: readonly SkillRequirement[];
  editPasted: (value: string) => void;
  addPasted: () => void;
  addFile: (file: File) => void;
  remove: (key: string) => void;
  /** When the backend hosts wallet exchanges. */
  wallet?: WalletContext;
  /** "Find a mentor for …" beside each skill not shown, when the board has a `mentor-url`. */
  mentors?: MentorLinks;
}

function claimsStatus(claims: CredentialClaims) {
  const verdict = verdictLabel(claims.verdict);
  if (claims.verdict === 'verified' && !claims.bound)
    return msg(str`${verdict}, but not shown to be yours: its recipient is not the e-mail above.`);
  return verdict;
}

function entryStatus(entry: CredentialEntry, own: CredentialClaims | undefined) {
  if (entry.status === 'checking') return msg('Checking…');
  if (entry.status === 'failed' || !own) return entry.error ?? msg('Could not be read.');
  return claimsStatus(own);
}

const nameAndIssuer = (claims: CredentialClaims) =>
  html`${named(claims)}${claims.issuer ? html`<span class="muted"> · ${claims.issuer}</span>` : nothing}`;

/** The credentials a CLR 2.0 envelope holds, each with its own verdict, inside its entry. */
const renderHeld = (held: readonly CredentialClaims[]) =>
  held.length
    ? html`<ul class="held-credentials">
        ${held.map(
          (claims) =>
            html`<li part="held-credential">
              <span class="credential-name">${nameAndIssuer(claims)}</span>
              <span class="credential-status">${claimsStatus(claims)}</span>
            </li>`,
        )}
      </ul>`
    : nothing;

function renderEntry(entry: CredentialEntry, ctx: CredentialsContext) {
  const [own, ...held] = entry.claims ?? [];
  const counts = own?.verdict === 'verified' && own.bound;
  return html`<li part="applied-credential" class=${counts ? 'counts' : ''}>
    <span class="credential-name">${own ? nameAndIssuer(own) : entry.label}</span>
    <span class="credential-status">${entryStatus(entry, own)}</span>
    <button
      type="button"
      class="link"
      aria-label=${msg(str`Remove ${own ? named(own) : entry.label}`)}
      @click=${() => ctx.remove(entry.key)}
    >
      ${msg('Remove')}
    </button>
    ${renderHeld(held)}
  </li>`;
}

function renderMatch(ctx: CredentialsContext) {
  const checked = distinctIds(ctx.entries.flatMap((e) => e.claims ?? []));
  if (!ctx.skills.length || !checked.length) return nothing;
  const report = matchSkills(ctx.skills, checked);
  const byId = new Map(checked.map((c) => [c.credentialId, c]));
  const { met, total } = report.required;
  return html`<div part="skill-match" class="skill-match">
    <p class="match-summary">
      ${msg(str`${met} of ${total} required skills shown by verified credentials`)}
    </p>
    <ul>
      ${report.requirements.map(
        (r) =>
          html`<li part="skill-report skill-${r.status}">
            ${skillLine(r, byId)}
            ${r.status === 'met' ? nothing : renderMentorLink(r.requirement, ctx.mentors)}
          </li>`,
      )}
    </ul>
  </div>`;
}

export function renderCredentials(ctx: CredentialsContext) {
  return html`<fieldset class="field credentials" aria-describedby="apply-credentials-hint">
    <legend>${msg('Your credentials (optional)')}</legend>
    <p class="hint" id="apply-credentials-hint">
      ${msg(
        'Open Badges you have earned: paste one (its JSON, or a link to it), or upload its file or image. Each is checked here, and again by the employer.',
      )}
    </p>
    <label for="apply-credential-paste">${msg('Paste a credential or a link')}</label>
    <textarea
      id="apply-credential-paste"
      rows="2"
      .value=${ctx.pasted}
      @input=${(e: Event) => ctx.editPasted((e.target as HTMLTextAreaElement).value)}
    ></textarea>
    <div class="actions">
      <button type="button" @click=${ctx.addPasted} ?disabled=${!ctx.pasted.trim()}>
        ${msg('Add')}
      </button>
      <label class="file">
        ${msg('Or upload a file')}
        <input
          id="apply-credential-file"
          type="file"
          accept=".json,.jwt,.txt,.png,.svg,application/json,image/png,image/svg+xml"
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            if (file) ctx.addFile(file);
            input.value = '';
          }}
        />
      </label>
    </div>
    ${renderWallet(ctx.wallet)}
    <div aria-live="polite">
      ${
        ctx.entries.length
          ? html`<ul part="applied-credentials" class="applied-credentials">
              ${ctx.entries.map((entry) => renderEntry(entry, ctx))}
            </ul>`
          : nothing
      }
      ${renderMatch(ctx)}
    </div>
  </fieldset>`;
}
